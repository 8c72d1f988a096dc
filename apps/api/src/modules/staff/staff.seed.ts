/**
 * The demo's estate teams (issue 10): every managed estate of 安居物业 staffed from the 16-person
 * template, with people whose ID numbers are valid (MOD 11-2, ages fitting their posts), stored
 * encrypted as the API stores them. 翠湖苑 has 15 of its 16 (a cleaner's post vacant) and a guard
 * whose certificate expires next month; the other estates are fuller or thinner, one has an
 * expired electrician's licence, some lost people in the last 12 months, one runs its guards on
 * 三班两运转. Management staff have training records (some failed). Names, numbers and dates come
 * from a generator seeded by the estate code (never Math.random), so a reseed tells the same story.
 */
import {
  addYears,
  type CertificateKind,
  DEPARTMENTS,
  type Gender,
  residentIdCheckChar,
  SERVICE_CENTRE_DEPARTMENTS,
  type ShiftPatternCode,
  STAFFING_TEMPLATE_16,
  type StaffStatus,
} from '@anju/domain';
import type { Tx } from '../../db/client.js';
import {
  insertDepartments,
  insertPositions,
  listDepartments,
  listPositions,
  type PositionRow,
} from '../team/index.js';
import { addDays, dayIn } from './staff.access.js';
import type { PersonalDataCipher } from './staff.crypto.js';
import { idNumberColumns } from './staff.service.js';
import * as store from './staff.store.js';

export interface DemoStaffInput {
  companyId: string;
  /** The managed estates to staff (the first should be 翠湖苑, HZ-CHY). */
  estates: { id: string; code: string; name: string }[];
  adminId: string;
  /** The demo account of each estate's staff (estate code → user id): linked to a staff record. */
  accounts: Map<string, string>;
  cipher: PersonalDataCipher;
  now: Date;
}

/** How an estate differs from a full team of the template. */
interface EstatePlan {
  /** People per position code; absent: the planned headcount. */
  staffed?: Partial<Record<string, number>>;
  /** Guards on 三班两运转 with this many posts instead of 4 on 二班二运转. */
  threeCrews?: number;
  /** Position codes whose first holder's certificate expired (days ago) or expires (days ahead). */
  certificates?: { position: string; days: number }[];
  /** Leavers in the last 12 months: position and months ago. */
  leavers?: { position: string; monthsAgo: number }[];
  /** Position codes whose last holder is on probation. */
  probation?: string[];
  /** Share of failed trainings (0..1). */
  failRate: number;
  /** Which position's holder the estate's demo account is. */
  account: string;
  /** Region codes of the ID numbers (where people come from). */
  regions: string[];
}

/** 翠湖苑's guard certificate that expires next month: the day it expires (see `nextMonthExpiry`). */
const EXPIRES_NEXT_MONTH = 0;

const PLANS: Record<string, EstatePlan> = {
  'HZ-CHY': {
    staffed: { CLEANER: 4 },
    certificates: [{ position: 'SECURITY_GUARD', days: EXPIRES_NEXT_MONTH }],
    leavers: [{ position: 'CLEANER', monthsAgo: 2 }],
    failRate: 0.2,
    account: 'SECURITY_GUARD',
    regions: ['330106', '330102', '341221', '412702', '330281'],
  },
  'SZ-JGY': {
    leavers: [{ position: 'CUSTOMER_SERVICE_AGENT', monthsAgo: 7 }],
    failRate: 0.1,
    account: 'CUSTOMER_SERVICE_AGENT',
    regions: ['320506', '320583', '342201', '321081'],
  },
  'SH-BJHY': {
    certificates: [{ position: 'SECURITY_GUARD', days: -12 }],
    leavers: [
      { position: 'SECURITY_GUARD', monthsAgo: 3 },
      { position: 'CLEANER', monthsAgo: 9 },
    ],
    failRate: 0.15,
    account: 'ELECTRICIAN_PLUMBER',
    regions: ['310115', '310110', '320623', '340823'],
  },
  'NJ-ZJY': {
    staffed: { SECURITY_GUARD: 3, CLEANER: 3, GARDENER: 2 },
    certificates: [{ position: 'ELECTRICIAN_PLUMBER', days: -40 }],
    leavers: [
      { position: 'SECURITY_GUARD', monthsAgo: 1 },
      { position: 'CLEANER', monthsAgo: 4 },
      { position: 'GARDENER', monthsAgo: 6 },
      { position: 'CUSTOMER_SERVICE_AGENT', monthsAgo: 10 },
    ],
    failRate: 0.45,
    account: 'GARDENER',
    regions: ['320106', '320102', '341502', '320830'],
  },
  'GZ-LWYY': {
    staffed: { GARDENER: 2 },
    certificates: [{ position: 'ELECTRICIAN_PLUMBER', days: 18 }],
    probation: ['CUSTOMER_SERVICE_AGENT'],
    failRate: 0.25,
    account: 'CLEANER',
    regions: ['440103', '440104', '441481', '452122'],
  },
  'SZ-HJHT': {
    threeCrews: 6,
    probation: ['SECURITY_GUARD'],
    leavers: [{ position: 'SECURITY_GUARD', monthsAgo: 5 }],
    failRate: 0.1,
    account: 'SECURITY_GUARD',
    regions: ['440305', '440304', '441581', '430521'],
  },
  'GZ-NHGJ': {
    staffed: { CLEANER: 4, GARDENER: 1 },
    failRate: 0.35,
    account: 'CUSTOMER_SERVICE_AGENT',
    regions: ['440106', '440111', '445122', '362421'],
  },
};

/** A fuller team with nothing remarkable, for an estate the plans do not name. */
const DEFAULT_PLAN: EstatePlan = { failRate: 0.2, account: 'CLEANER', regions: ['330106', '341221'] };

/** Ages (whole years today) of people in each post. */
const AGES: Record<string, [number, number]> = {
  ESTATE_MANAGER: [34, 48],
  CUSTOMER_SERVICE_AGENT: [23, 34],
  SECURITY_GUARD: [24, 45],
  CLEANER: [42, 56],
  ELECTRICIAN_PLUMBER: [30, 50],
  GARDENER: [40, 56],
};
/** Share of women in each post. */
const WOMEN: Record<string, number> = {
  ESTATE_MANAGER: 0.3,
  CUSTOMER_SERVICE_AGENT: 0.8,
  SECURITY_GUARD: 0.05,
  CLEANER: 0.75,
  ELECTRICIAN_PLUMBER: 0,
  GARDENER: 0.4,
};

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const MEN = [
  '伟',
  '强',
  '磊',
  '军',
  '勇',
  '杰',
  '涛',
  '斌',
  '超',
  '明',
  '刚',
  '平',
  '辉',
  '鹏',
  '华',
  '飞',
  '建国',
  '志强',
  '海波',
  '国庆',
  '建华',
  '晓东',
  '文斌',
  '立新',
  '永刚',
  '振华',
  '德明',
  '宏伟',
  '俊杰',
  '浩然',
  '子豪',
  '宇航',
];
const WOMEN_NAMES = [
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '艳',
  '娟',
  '霞',
  '燕',
  '玲',
  '桂英',
  '秀兰',
  '玉兰',
  '秀英',
  '丽娟',
  '晓燕',
  '春梅',
  '海燕',
  '雪梅',
  '婷婷',
  '佳怡',
  '欣怡',
  '梦琪',
  '雨涵',
  '思雨',
  '慧敏',
  '凤英',
  '美华',
];

const COURSES: Record<string, { course: string; hours: number }[]> = {
  ESTATE_MANAGER: [
    { course: '物业管理条例与合同履约', hours: 8 },
    { course: '安全生产责任制与应急预案', hours: 6 },
    { course: '品质督导与整改闭环', hours: 4 },
  ],
  CUSTOMER_SERVICE_AGENT: [
    { course: '客户服务礼仪与投诉处理', hours: 4 },
    { course: '物业费收缴与沟通技巧', hours: 3 },
    { course: '消防安全知识', hours: 2 },
  ],
};

const CERTIFICATES: Partial<Record<string, { kind: CertificateKind; issuer: string; years: number }>> = {
  ESTATE_MANAGER: { kind: 'PROPERTY_MANAGEMENT', issuer: '中国物业管理协会', years: 0 },
  SECURITY_GUARD: { kind: 'SECURITY_GUARD', issuer: '市公安局', years: 3 },
  ELECTRICIAN_PLUMBER: { kind: 'ELECTRICIAN', issuer: '市应急管理局', years: 6 },
};

/** A deterministic generator in [0, 1) keyed by a string (mulberry32 over an FNV-1a hash). */
function seeded(key: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const between = (r: () => number, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

/** A valid resident ID number: region, birth date, a sequence whose parity is the gender, check character. */
function residentId(region: string, birthDate: string, sequence: number, gender: Gender): string {
  const seq = (sequence % 500) * 2 + (gender === 'MALE' ? 1 : 0);
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return `${first17}${residentIdCheckChar(first17)}`;
}

/** First day of the month `delta` months after the month of `date`. */
function monthStart(date: string, delta: number): string {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1 + delta, 1));
  return d.toISOString().slice(0, 10);
}

/**
 * The expiry of 翠湖苑's guard certificate: in next month and, on every day but the first of a
 * 31-day month, within the 30 days that make it EXPIRING (so the warning shows in the demo).
 */
function nextMonthExpiry(today: string): string {
  const first = monthStart(today, 1);
  const soon = addDays(today, 20);
  const inNext = [soon, first].sort()[1]!;
  return inNext < monthStart(today, 2) ? inNext : addDays(monthStart(today, 2), -1);
}

/** The template's departments and positions for an estate, adjusted by its plan (store level). */
async function staffingOf(tx: Tx, input: DemoStaffInput, estateId: string, plan: EstatePlan, now: Date) {
  const { companyId, adminId } = input;
  await insertDepartments(
    tx,
    companyId,
    SERVICE_CENTRE_DEPARTMENTS.map((code) => ({
      estateId,
      code,
      name: DEPARTMENTS[code].zh,
      nameEn: DEPARTMENTS[code].en,
      createdBy: adminId,
    })),
    now,
  );
  const departments = new Map((await listDepartments(tx, companyId, estateId)).map((d) => [d.code, d.id]));
  await insertPositions(
    tx,
    companyId,
    STAFFING_TEMPLATE_16.map((p) => {
      const three = p.code === 'SECURITY_GUARD' && plan.threeCrews;
      return {
        estateId,
        departmentId: departments.get(p.department)!,
        code: p.code,
        name: p.zh,
        nameEn: p.en,
        plannedHeadcount: three ? plan.threeCrews! : p.headcount,
        shiftPattern: (three ? 'THREE_CREWS' : p.shiftPattern) as ShiftPatternCode,
        workingHours: three ? '早班 7:00-19:00，晚班 19:00-次日7:00，三班轮换' : p.hoursText.zh,
        duty: p.duty.zh,
        certificateRequired: p.certificateRequired,
        certificateKinds: [...p.certificateKinds],
        ageMin: p.ageLimit?.min ?? null,
        ageMax: p.ageLimit?.max ?? null,
        createdBy: adminId,
      };
    }),
    now,
    true,
  );
  return listPositions(tx, companyId, estateId);
}

const crewsOf = (pattern: ShiftPatternCode): string[] =>
  pattern === 'TWO_CREWS' ? ['A', 'B'] : pattern === 'THREE_CREWS' ? ['A', 'B', 'C'] : [];

/** Loads the demo's staff; answers how many records it wrote. */
export async function seedDemoStaff(tx: Tx, input: DemoStaffInput): Promise<{ staff: number }> {
  const { companyId, cipher, now } = input;
  const today = dayIn(now, 'Asia/Shanghai');
  let total = 0;
  let sequence = 0;
  const usedNames = new Set<string>();
  for (const estate of input.estates) {
    const plan = PLANS[estate.code] ?? DEFAULT_PLAN;
    const r = seeded(`staff|${estate.code}`);
    const positions = await staffingOf(tx, input, estate.id, plan, now);
    const byCode = new Map(positions.map((p) => [p.code, p]));

    const person = (position: PositionRow, status: StaffStatus, index: number) => {
      const [minAge, maxAge] = AGES[position.code] ?? [25, 50];
      const gender: Gender = r() < (WOMEN[position.code] ?? 0.5) ? 'FEMALE' : 'MALE';
      let name = '';
      do {
        name = `${pick(r, SURNAMES)}${pick(r, gender === 'MALE' ? MEN : WOMEN_NAMES)}`;
      } while (usedNames.has(name));
      usedNames.add(name);
      const birthDate = addDays(addYears(today, -between(r, minAge, maxAge)), -between(r, 1, 360));
      const idNumber = residentId(pick(r, plan.regions), birthDate, sequence++, gender);
      // Years on the team: the first of a post longest; a probationer joined weeks ago.
      const hireDate =
        status === 'PROBATION'
          ? addDays(today, -between(r, 14, 60))
          : addDays(
              addYears(today, -between(r, index === 0 ? 3 : 1, index === 0 ? 8 : 5)),
              -between(r, 0, 300),
            );
      const phone = `1${pick(r, ['35', '37', '38', '39', '58', '59', '86', '88', '39'])}${String(between(r, 0, 99_999_999)).padStart(8, '0')}`;
      return { gender, name, birthDate, idNumber, hireDate, phone };
    };

    const rows: store.NewStaff[] = [];
    const meta: { position: PositionRow; index: number; idNumber: string }[] = [];
    for (const template of STAFFING_TEMPLATE_16) {
      const position = byCode.get(template.code)!;
      const count = plan.staffed?.[template.code] ?? position.plannedHeadcount;
      const crews = crewsOf(position.shiftPattern);
      for (let index = 0; index < count; index++) {
        const status: StaffStatus =
          plan.probation?.includes(template.code) && index === count - 1 ? 'PROBATION' : 'ACTIVE';
        const p = person(position, status, index);
        rows.push({
          estateId: estate.id,
          departmentId: position.departmentId,
          positionId: position.id,
          userId: null,
          name: p.name,
          phone: p.phone,
          ...idNumberColumns(cipher, companyId, p.idNumber),
          gender: p.gender,
          birthDate: p.birthDate,
          hireDate: p.hireDate,
          leaveDate: null,
          status,
          // Crews in turn (A, B, A, B …): two or three crews cover every hour of every day.
          shiftCrew: crews.length ? crews[index % crews.length]! : null,
          note: null,
          createdBy: input.adminId,
        });
        meta.push({ position, index, idNumber: p.idNumber });
      }
    }
    for (const leaver of plan.leavers ?? []) {
      const position = byCode.get(leaver.position)!;
      const p = person(position, 'ACTIVE', 1);
      const leaveDate = addDays(monthStart(today, -leaver.monthsAgo), between(r, 3, 25));
      rows.push({
        estateId: estate.id,
        departmentId: position.departmentId,
        positionId: position.id,
        userId: null,
        name: p.name,
        phone: p.phone,
        ...idNumberColumns(cipher, companyId, p.idNumber),
        gender: p.gender,
        birthDate: p.birthDate,
        hireDate: p.hireDate < leaveDate ? p.hireDate : addYears(leaveDate, -1),
        leaveDate: leaveDate < today ? leaveDate : addDays(today, -1),
        status: 'LEFT',
        shiftCrew: null,
        note: pick(r, ['个人原因离职', '回老家发展', '合同到期不再续签']),
        createdBy: input.adminId,
      });
      meta.push({ position, index: -1, idNumber: p.idNumber });
    }
    // The estate's demo account is a holder of its plan's post (翠湖苑: a guard).
    const account = input.accounts.get(estate.code);
    if (account) {
      const at = meta.findIndex((m) => m.position.code === plan.account && m.index >= 0);
      if (at >= 0) rows[at]!.userId = account;
    }
    const inserted = await store.insertStaff(tx, companyId, rows, now);
    total += inserted.length;

    // Certificates of the posts that need one (and the manager's), most valid for years.
    const certificates: store.NewCertificate[] = [];
    const trainings: store.NewTraining[] = [];
    inserted.forEach((row, i) => {
      const { position, index, idNumber } = meta[i]!;
      if (row.status === 'LEFT') return;
      const cert = CERTIFICATES[position.code];
      if (cert) {
        const special = plan.certificates?.find((c) => c.position === position.code);
        const issuedOn = addDays(row.hireDate, between(r, 10, 60));
        // Renewed every few years since: valid for a while yet.
        let expiresOn: string | null = cert.years ? addYears(issuedOn, cert.years) : null;
        while (expiresOn && expiresOn < addDays(today, 60)) expiresOn = addYears(expiresOn, cert.years);
        if (special && index === 0) {
          expiresOn =
            special.days === EXPIRES_NEXT_MONTH ? nextMonthExpiry(today) : addDays(today, special.days);
        }
        certificates.push({
          estateId: estate.id,
          staffId: row.id,
          kind: cert.kind,
          // Special-operation licences carry the holder's ID number (T + ID): masked for most readers.
          number:
            cert.kind === 'ELECTRICIAN'
              ? `T${idNumber}`
              : `${cert.kind === 'SECURITY_GUARD' ? 'BA' : 'WY'}${String(between(r, 0, 99_999_999)).padStart(8, '0')}`,
          issuer: cert.issuer,
          issuedOn: [issuedOn, today].sort()[0]!,
          expiresOn,
          scanFileId: null,
          createdBy: input.adminId,
        });
      }
      const courses = COURSES[position.code];
      for (const [k, c] of (courses ?? []).entries()) {
        const trainedOn = addDays(today, -between(r, 20, 330) - k * 7);
        if (trainedOn < row.hireDate) continue;
        trainings.push({
          estateId: estate.id,
          staffId: row.id,
          course: c.course,
          trainedOn,
          hours: c.hours,
          passed: r() >= plan.failRate,
          note: null,
          createdBy: input.adminId,
        });
      }
    });
    await store.insertCertificates(tx, companyId, certificates, now);
    await store.insertTrainings(tx, companyId, trainings, now);
  }
  return { staff: total };
}
