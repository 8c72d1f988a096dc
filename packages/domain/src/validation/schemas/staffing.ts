/**
 * Inputs of staff records and their certificates. The ID number and the mobile number are checked
 * by the staffing rules (checksum, birth date, mainland numbering) and come out normalised.
 */
import { z } from 'zod';
import {
  ageAt,
  CERTIFICATE_KINDS,
  GENDERS,
  isMainlandMobile,
  normaliseMobile,
  normaliseResidentId,
  parseResidentId,
  type ResidentIdProblem,
  STAFF_STATUSES,
} from '../../staffing/people.js';
import { findForbiddenCharacter } from '../characters.js';
import {
  calendarDate,
  code,
  decimal,
  id,
  idempotencyKey,
  isCalendarDate,
  name,
  oneOf,
  search,
  text,
} from '../primitives.js';

/** The youngest age at which anyone may be hired (劳动法 第十五条: 禁止招用未满十六周岁的未成年人). */
export const MIN_HIRING_AGE = 16;

type Ctx = z.RefinementCtx;
const fail = (ctx: Ctx, message: string, params: Record<string, string | number>) =>
  ctx.addIssue({ code: 'custom', message, params, continue: false });

/** A one-line string checked by `rule` after forbidden characters and emptiness; trimmed. */
function ruled(label: string, rule: (value: string, ctx: Ctx) => void) {
  return z
    .string({ error: (issue) => (issue.input == null ? `请填写${label}` : `${label}格式不正确`) })
    .superRefine((value, ctx) => {
      const bad = findForbiddenCharacter(value);
      if (bad) {
        return fail(ctx, `${label}不能包含控制字符或文字方向控制符`, {
          reason: 'CONTROL_CHARACTERS',
          char: bad.char,
        });
      }
      const v = value.trim();
      if (!v) return fail(ctx, `请填写${label}`, { reason: 'REQUIRED' });
      if (v.length > 40) return fail(ctx, `${label}不能超过 40 个字符`, { reason: 'TOO_LONG', max: 40 });
      rule(v, ctx);
    });
}

const ID_PROBLEMS: Record<ResidentIdProblem, { reason: string; message: string }> = {
  FORMAT: { reason: 'ID_NUMBER_FORMAT', message: '身份证号应为 18 位：17 位数字加 1 位数字或 X' },
  BIRTH_DATE: { reason: 'ID_NUMBER_BIRTH_DATE', message: '身份证号中的出生日期无效' },
  CHECKSUM: { reason: 'ID_NUMBER_CHECKSUM', message: '身份证号校验位不正确，请核对' },
};

/** A resident ID number (18 characters, valid birth date and check character), upper-cased. */
export function residentIdNumber() {
  return ruled('身份证号', (v, ctx) => {
    const r = parseResidentId(v);
    if (!r.ok) fail(ctx, ID_PROBLEMS[r.problem].message, { reason: ID_PROBLEMS[r.problem].reason });
  }).transform(normaliseResidentId);
}

/** A mainland mobile number; +86, spaces and hyphens are dropped: 11 digits come out. */
export function mobileNumber() {
  return ruled('手机号', (v, ctx) => {
    if (!isMainlandMobile(v)) fail(ctx, '手机号应为 11 位中国大陆手机号码', { reason: 'NOT_MOBILE' });
  }).transform(normaliseMobile);
}

const gender = oneOf(GENDERS, { required: '请选择性别', invalid: '性别无效' });
const staffStatus = oneOf(STAFF_STATUSES, { required: '请选择状态', invalid: '状态无效' });
const staffName = name({ max: 40, label: '姓名' });
const positionId = id('岗位');
const hireDate = calendarDate('入职日期');
/** The crew of the position's shift pattern (A, B, C); the service checks it against the pattern. */
export const shiftCrew = code({
  pattern: /^[A-Z]$/,
  max: 1,
  label: '班组',
  message: '班组应为一个大写字母（A、B、C）',
});

/**
 * The fields of a staff record. On create, name, position and hire date are required; on update
 * an absent field is unchanged and null clears it (refused as REQUIRED for the required ones).
 * Gender and birth date may be left out when an ID number gives them (`identityFromResidentId`).
 */
export function staffFields(mode: 'create' | 'update') {
  const create = mode === 'create';
  return z
    .object({
      name: create ? staffName : staffName.optional(),
      phone: mobileNumber().nullish(),
      idNumber: residentIdNumber().nullish(),
      gender: gender.nullish(),
      birthDate: calendarDate('出生日期').nullish(),
      positionId: create ? positionId : positionId.optional(),
      hireDate: create ? hireDate : hireDate.optional(),
      leaveDate: calendarDate('离职日期').nullish(),
      status: create ? staffStatus.nullish() : staffStatus.optional(),
      note: text({ max: 500, label: '备注', multiline: true }).nullish(),
      /** The person's sign-in account (a member of the company with the estate in scope). */
      userId: id('账号').nullish(),
      shiftCrew: shiftCrew.nullish(),
    })
    .and(staffRules(create));
}

/**
 * Rules across fields, checked whatever the other fields hold: leave date not before hire date;
 * a LEFT record has a leave date; gender and birth date agree with the ID number; nobody is hired
 * before the age of 16. On update only the fields sent are compared; the service compares the
 * rest with the stored record.
 */
function staffRules(create: boolean) {
  return z
    .object({
      idNumber: z.unknown().optional(),
      gender: z.unknown().optional(),
      birthDate: z.unknown().optional(),
      hireDate: z.unknown().optional(),
      leaveDate: z.unknown().optional(),
      status: z.unknown().optional(),
    })
    .superRefine((input, ctx) => {
      const add = (path: string, reason: string, message: string, params: Record<string, number> = {}) =>
        ctx.addIssue({ code: 'custom', path: [path], message, params: { reason, ...params } });
      const date = (v: unknown) => (typeof v === 'string' && isCalendarDate(v) ? v : null);
      const hire = date(input.hireDate);
      const leave = date(input.leaveDate);
      if (hire && leave && leave < hire) add('leaveDate', 'BEFORE_START', '离职日期不能早于入职日期');
      if (
        input.status === 'LEFT' &&
        (input.leaveDate === null || (create && input.leaveDate === undefined))
      ) {
        add('leaveDate', 'REQUIRED', '离职的员工请填写离职日期');
      }
      const fromId = typeof input.idNumber === 'string' ? parseResidentId(input.idNumber) : null;
      const identity = fromId?.ok ? fromId : null;
      const birth = date(input.birthDate);
      if (identity && birth && birth !== identity.birthDate) {
        add('birthDate', 'ID_NUMBER_MISMATCH', '出生日期与身份证号不一致');
      }
      if (identity && typeof input.gender === 'string' && input.gender !== identity.gender) {
        add('gender', 'ID_NUMBER_MISMATCH', '性别与身份证号不一致');
      }
      const born = birth ?? identity?.birthDate ?? null;
      if (born && hire && (hire < born || ageAt(born, hire) < MIN_HIRING_AGE)) {
        add(birth ? 'birthDate' : 'idNumber', 'UNDER_AGE', `入职时未满 ${MIN_HIRING_AGE} 周岁`, {
          min: MIN_HIRING_AGE,
        });
      }
    });
}

/**
 * The rules across fields for a whole record (on update: the stored record with the changes
 * applied, the ID number decrypted), so that a change of one field is judged against the others.
 */
export const staffRecordRules = staffRules(true);

export const createStaffInput = z
  .object({ estateId: id('项目'), idempotencyKey: idempotencyKey().nullish() })
  .and(staffFields('create'));

export const updateStaffInput = z
  .object({ id: id('员工'), version: z.number({ error: '版本号无效' }).int() })
  .and(staffFields('update'));

const certificateKind = oneOf(CERTIFICATE_KINDS, { required: '请选择证书类型', invalid: '证书类型无效' });

const certificateNumber = name({ max: 60, label: '证书编号' });
const issuer = text({ max: 100, label: '发证机关' });

/** Issue date not after expiry, on what is sent (the service checks the merged certificate). */
export const certificateDates = z
  .object({ issuedOn: z.unknown().optional(), expiresOn: z.unknown().optional() })
  .superRefine(({ issuedOn, expiresOn }, ctx) => {
    if (typeof issuedOn !== 'string' || typeof expiresOn !== 'string') return;
    if (isCalendarDate(issuedOn) && isCalendarDate(expiresOn) && expiresOn < issuedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['expiresOn'],
        message: '有效期不能早于发证日期',
        params: { reason: 'BEFORE_START' },
      });
    }
  });

/** A certificate of a staff member; no expiry means 长期有效. The scan is an upload (POST /files). */
export const certificateInput = z
  .object({
    staffId: id('员工'),
    kind: certificateKind,
    number: certificateNumber,
    issuer: issuer.nullish(),
    issuedOn: calendarDate('发证日期').nullish(),
    expiresOn: calendarDate('有效期至').nullish(),
    scanFileId: id('证书扫描件').nullish(),
  })
  .and(certificateDates);

/** Changes to a certificate: absent fields stay, null clears the optional ones. */
export const updateCertificateInput = z
  .object({
    id: id('证书'),
    version: z.number({ error: '版本号无效' }).int(),
    kind: certificateKind.optional(),
    number: certificateNumber.optional(),
    issuer: issuer.nullish(),
    issuedOn: calendarDate('发证日期').nullish(),
    expiresOn: calendarDate('有效期至').nullish(),
    scanFileId: id('证书扫描件').nullish(),
  })
  .and(certificateDates);

/** The longest course a training record takes, in hours. */
export const MAX_TRAINING_HOURS = 500;

/** A training record (培训记录): course, day, hours in steps of 0.5, passed or not. */
export const trainingInput = z.object({
  staffId: id('员工'),
  course: name({ max: 100, label: '课程' }),
  trainedOn: calendarDate('培训日期'),
  hours: decimal({ min: 0.5, max: MAX_TRAINING_HOURS, label: '学时' }).superRefine((v, ctx) => {
    if (Number.isFinite(v) && !Number.isInteger(v * 2)) {
      ctx.addIssue({ code: 'custom', message: '学时以 0.5 小时为单位', params: { reason: 'INVALID' } });
    }
  }),
  passed: z.boolean({ error: '是否通过须为是或否' }),
  note: text({ max: 500, label: '备注', multiline: true }).nullish(),
});

/** The filter of an estate's staff list. */
export const staffFilter = z.object({
  estateId: id('项目'),
  departmentId: id('部门').nullish(),
  positionId: id('岗位').nullish(),
  status: staffStatus.nullish(),
  search: search(40).nullish(),
  certificateWarning: z.boolean({ error: '证书提醒须为是或否' }).nullish(),
});

/** An .xlsx of staff (uploaded through POST /files) for an estate. */
export const importStaffInput = z.object({ estateId: id('项目'), fileId: id('文件') });

export type CreateStaffInput = z.output<typeof createStaffInput>;
export type UpdateStaffInput = z.output<typeof updateStaffInput>;
export type CertificateInput = z.output<typeof certificateInput>;
export type UpdateCertificateInput = z.output<typeof updateCertificateInput>;
export type TrainingInput = z.output<typeof trainingInput>;
export type StaffFilter = z.output<typeof staffFilter>;
