/**
 * Inputs of an estate's departments and positions (岗位): planned headcount (编制), shift pattern,
 * working hours, duty text, the certificates the post requires (持证上岗) and age limits.
 */
import { z } from 'zod';
import { CERTIFICATE_KINDS } from '../../staffing/people.js';
import { SHIFT_PATTERN_CODES } from '../../team/shifts.js';
import { code, id, name, oneOf, text, wholeNumber } from '../primitives.js';
import { MIN_HIRING_AGE } from './staffing.js';

/** The oldest age limit a position may set. */
export const MAX_POSITION_AGE = 80;
/** The largest planned headcount of one position of one estate. */
export const MAX_PLANNED_HEADCOUNT = 500;

const positionCode = code({
  pattern: /^[A-Z][A-Z0-9_]*$/,
  max: 40,
  label: '岗位代码',
  message: '岗位代码只能包含大写字母、数字和下划线，并以字母开头',
});
const positionName = name({ max: 40, label: '岗位名称' });
const positionNameEn = text({ max: 80, label: '英文名称' });
const plannedHeadcount = wholeNumber({ min: 0, max: MAX_PLANNED_HEADCOUNT, label: '编制人数' });
const shiftPattern = oneOf(SHIFT_PATTERN_CODES, { required: '请选择班制', invalid: '班制无效' });
const workingHours = text({ max: 200, label: '工作时间' });
const duty = text({ max: 2000, label: '岗位职责', multiline: true });
const certificateRequired = z.boolean({ error: '是否持证上岗须为是或否' });
const certificateKinds = z
  .array(oneOf(CERTIFICATE_KINDS, { required: '请选择证书类型', invalid: '证书类型无效' }))
  .max(CERTIFICATE_KINDS.length, { error: '证书类型过多' });
const age = (label: string) => wholeNumber({ min: MIN_HIRING_AGE, max: MAX_POSITION_AGE, label });

/**
 * Rules across the fields, on what is sent: a minimum age not above the maximum, and a post that
 * requires a certificate names at least one kind. On update the service checks the merged record.
 */
export const positionRules = z
  .object({
    ageMin: z.unknown().optional(),
    ageMax: z.unknown().optional(),
    certificateRequired: z.unknown().optional(),
    certificateKinds: z.unknown().optional(),
  })
  .superRefine((input, ctx) => {
    const { ageMin, ageMax } = input;
    if (typeof ageMin === 'number' && typeof ageMax === 'number' && ageMin > ageMax) {
      ctx.addIssue({
        code: 'custom',
        path: ['ageMax'],
        message: '最高年龄不能小于最低年龄',
        params: { reason: 'BEFORE_START' },
      });
    }
    if (
      input.certificateRequired === true &&
      Array.isArray(input.certificateKinds) &&
      input.certificateKinds.length === 0
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['certificateKinds'],
        message: '持证上岗的岗位请至少选择一种证书',
        params: { reason: 'REQUIRED' },
      });
    }
  });

export const createPositionInput = z
  .object({
    estateId: id('项目'),
    departmentId: id('部门'),
    code: positionCode,
    name: positionName,
    nameEn: positionNameEn.nullish(),
    plannedHeadcount,
    shiftPattern,
    workingHours: workingHours.nullish(),
    duty: duty.nullish(),
    certificateRequired: certificateRequired.nullish(),
    certificateKinds: certificateKinds.nullish(),
    ageMin: age('最低年龄').nullish(),
    ageMax: age('最高年龄').nullish(),
  })
  .and(positionRules);

/** An absent field is unchanged; null clears the optional ones. */
export const updatePositionInput = z
  .object({
    id: id('岗位'),
    version: z.number().int(),
    departmentId: id('部门').optional(),
    code: positionCode.optional(),
    name: positionName.optional(),
    nameEn: positionNameEn.nullish(),
    plannedHeadcount: plannedHeadcount.optional(),
    shiftPattern: shiftPattern.optional(),
    workingHours: workingHours.nullish(),
    duty: duty.nullish(),
    certificateRequired: certificateRequired.optional(),
    certificateKinds: certificateKinds.optional(),
    ageMin: age('最低年龄').nullish(),
    ageMax: age('最高年龄').nullish(),
  })
  .and(positionRules);

/**
 * `templateId` absent or null: the built-in 16-person template (BUILT_IN_STAFFING_TEMPLATE_ID names
 * it too); otherwise one of the company's staffing templates.
 */
export const applyStaffingTemplateInput = z.object({
  estateId: id('项目'),
  templateId: id('编制模板').nullish(),
});

/** The longest name of a company staffing template. */
export const STAFFING_TEMPLATE_NAME_MAX = 60;
/** The longest description of a company staffing template. */
export const STAFFING_TEMPLATE_DESCRIPTION_MAX = 500;
/** The most positions a staffing template holds (an estate with more cannot be saved as one). */
export const MAX_TEMPLATE_POSITIONS = 200;

const templateName = name({ max: STAFFING_TEMPLATE_NAME_MAX, label: '模板名称' });
const templateDescription = text({
  max: STAFFING_TEMPLATE_DESCRIPTION_MAX,
  label: '模板说明',
  multiline: true,
});

/** A company template made from an estate's departments and positions as they are now. */
export const createStaffingTemplateInput = z.object({
  name: templateName,
  description: templateDescription.nullish(),
  fromEstateId: id('项目'),
});

/** Name and description of a company template; absent fields stay, `description: null` clears it. */
export const updateStaffingTemplateInput = z.object({
  id: id('编制模板'),
  version: z.number().int(),
  name: templateName.optional(),
  description: templateDescription.nullish(),
});

export const deleteStaffingTemplateInput = z.object({ id: id('编制模板') });

export type CreatePositionInput = z.output<typeof createPositionInput>;
export type UpdatePositionInput = z.output<typeof updatePositionInput>;
export type CreateStaffingTemplateInput = z.output<typeof createStaffingTemplateInput>;
export type UpdateStaffingTemplateInput = z.output<typeof updateStaffingTemplateInput>;
