/**
 * The 16-person staffing template (人员配置 / 编制) of seed 000 ("住宅小区物业管理服务方案"): the
 * table after "服务中心计划配置16名专业人员" (columns 类别 / 岗位 / 人数 / 班次 / 工作时间 / 说明),
 * with the duties of the numbered sections that follow it (二、项目经理职能与职责 … 八、水电工职能与职责).
 * The table lists a 秩序维护主管 too, but "项目经理同时担任秩序维护部主管，团队总编制为16人": that post
 * is held by the estate manager and plans no head of its own.
 */

import type { ShiftPatternCode } from '../team/shifts.js';
import { DEPARTMENTS, SERVICE_CENTRE_DEPARTMENTS, type ServiceCentreDepartment } from './departments.js';
import type { CertificateKind } from './people.js';

/** Named shift patterns; their hours and rotation rules live with the roster. */

/** A stretch of a day, `HH:MM`; an `end` not after `start` runs into the next day (19:00–07:00). */
export interface TimeSpan {
  start: string;
  end: string;
}

/** One shift of a position: the periods worked on a day on that shift. */
export interface ShiftTime {
  code: string;
  zh: string;
  en: string;
  periods: TimeSpan[];
}

/** Age limits a company may set for a position (inclusive), in whole years. */
export interface AgeLimit {
  min: number | null;
  max: number | null;
}

export interface TemplatePosition {
  code: string;
  zh: string;
  en: string;
  department: ServiceCentreDepartment;
  /** Planned headcount (编制). */
  headcount: number;
  /** Another position whose holder also holds this one (its headcount is then 0). */
  heldBy: string | null;
  shiftPattern: ShiftPatternCode;
  /** Working hours as the seed writes them. */
  hoursText: { zh: string; en: string };
  shifts: ShiftTime[];
  /** The post must be staffed every hour of every day. */
  roundTheClock: boolean;
  /** A window the post as a whole must be staffed (the customer-service desk), or null. */
  staffedWindow: TimeSpan | null;
  /** On call for emergencies 24 hours a day (全年24小时应急响应). */
  onCall24h: boolean;
  duty: { zh: string; en: string };
  /** 持证上岗: only with a current certificate of one of `certificateKinds`. */
  certificateRequired: boolean;
  certificateKinds: CertificateKind[];
  /** The seeds set no age limits; a company sets its own per position. */
  ageLimit: AgeLimit | null;
}

const DAY_0800_1730: ShiftTime = {
  code: 'DAY',
  zh: '白班',
  en: 'Day',
  periods: [{ start: '08:00', end: '17:30' }],
};
const SPLIT_0700_1600: ShiftTime = {
  code: 'DAY',
  zh: '白班',
  en: 'Day',
  periods: [
    { start: '07:00', end: '11:00' },
    { start: '13:00', end: '16:00' },
  ],
};

export const STAFFING_TEMPLATE_16: readonly TemplatePosition[] = [
  {
    // Seed 000 table, row 项目经理; duties: 二、项目经理职能与职责.
    code: 'ESTATE_MANAGER',
    zh: '项目经理',
    en: 'Estate manager',
    department: 'MANAGEMENT',
    headcount: 1,
    heldBy: null,
    shiftPattern: 'FIVE_TWO',
    hoursText: { zh: '8:00-17:30', en: '8:00–17:30' },
    shifts: [DAY_0800_1730],
    roundTheClock: false,
    staffedWindow: null,
    onCall24h: true,
    duty: {
      zh: '全面负责小区各项物业管理工作，以及外部协调事宜；全年24小时应急响应，节假日安排值班。',
      en: 'Runs all property management of the estate and its outside contacts; on call for emergencies 24 hours a day all year, arranges duty on holidays.',
    },
    certificateRequired: false,
    certificateKinds: [],
    ageLimit: null,
  },
  {
    // Seed 000 table, row 客服部 / 客服; duties: 三、客户服务人员职能与职责.
    code: 'CUSTOMER_SERVICE_AGENT',
    zh: '客服',
    en: 'Customer service agent',
    department: 'CUSTOMER_SERVICE',
    headcount: 2,
    heldBy: null,
    shiftPattern: 'FIVE_TWO',
    hoursText: { zh: '轮休，确保前台8:00-20:00有人', en: 'Rotating days off; front desk staffed 8:00–20:00' },
    shifts: [{ code: 'DESK', zh: '前台', en: 'Front desk', periods: [{ start: '08:00', end: '20:00' }] }],
    roundTheClock: false,
    staffedWindow: { start: '08:00', end: '20:00' },
    onCall24h: false,
    duty: {
      zh: '主要负责其片区业户的投诉、咨询、物业费收缴及业务处理。',
      en: "Handles complaints, enquiries, fee collection and other business of the households in the agent's area.",
    },
    certificateRequired: false,
    certificateKinds: [],
    ageLimit: null,
  },
  {
    // Seed 000 table, row 秩序维护主管 (held by the estate manager, see the header); duties:
    // 四、秩序维护负责人职能与职责.
    code: 'SECURITY_SUPERVISOR',
    zh: '秩序维护主管',
    en: 'Security supervisor',
    department: 'SECURITY',
    headcount: 0,
    heldBy: 'ESTATE_MANAGER',
    shiftPattern: 'FIVE_TWO',
    hoursText: { zh: '8:00-17:30', en: '8:00–17:30' },
    shifts: [DAY_0800_1730],
    roundTheClock: false,
    staffedWindow: null,
    onCall24h: false,
    duty: {
      zh: '全面负责安防条线各项工作，监督抽查各安防岗位工作质量。',
      en: 'Leads all security work and supervises and spot-checks the quality of every security post.',
    },
    certificateRequired: false,
    certificateKinds: [],
    ageLimit: null,
  },
  {
    // Seed 000 table, row 秩序维护员; duties: 五、秩序维护员职能与职责. The seeds name no certificate
    // for guards; the requirement follows from their work at the monitoring centre and on fire
    // facilities (ibid. 9–11) and seed 000's "监督上岗作业证有效期". Either kind below satisfies it.
    code: 'SECURITY_GUARD',
    zh: '秩序维护员',
    en: 'Security guard',
    department: 'SECURITY',
    headcount: 4,
    heldBy: null,
    shiftPattern: 'TWO_CREWS',
    hoursText: { zh: '早班：7:00-19:00 晚班：19:00-次日7:00', en: 'Day 7:00–19:00, night 19:00–7:00' },
    shifts: [
      { code: 'DAY', zh: '早班', en: 'Day', periods: [{ start: '07:00', end: '19:00' }] },
      { code: 'NIGHT', zh: '晚班', en: 'Night', periods: [{ start: '19:00', end: '07:00' }] },
    ],
    roundTheClock: true,
    staffedWindow: null,
    onCall24h: false,
    duty: {
      zh: '24小时值班看守，并有交接班记录和外来车辆的登记记录。对进出小区的车辆进行管理和疏导，对大型物件搬出实行记录。监控中心接到报警信号后，安防人员及时赶到现场进行处理，同时中心应接受业户救助的要求，解答业户询问。',
      en: 'Guards the estate 24 hours a day with handover and visitor-vehicle logs; directs vehicles in and out and records large items moved out; on an alarm at the monitoring centre goes to the scene at once; takes residents’ calls for help and answers their questions.',
    },
    certificateRequired: true,
    certificateKinds: ['SECURITY_GUARD', 'FIRE_FACILITY_OPERATOR'],
    ageLimit: null,
  },
  {
    // Seed 000 table, row 保洁部 / 保洁员 ("做六休", read as 做六休一); duties: 六、保洁员职能与职责.
    code: 'CLEANER',
    zh: '保洁员',
    en: 'Cleaner',
    department: 'CLEANING',
    headcount: 5,
    heldBy: null,
    shiftPattern: 'SIX_ONE',
    hoursText: {
      zh: '7:00-11:00 13:00-16:00（时间可根据季节调整）',
      en: '7:00–11:00 and 13:00–16:00 (adjusted by season)',
    },
    shifts: [SPLIT_0700_1600],
    roundTheClock: false,
    staffedWindow: null,
    onCall24h: false,
    duty: {
      zh: '负责小区内日常清洁，循环保洁：道路地面、绿地、明沟清洁，以及公共灯具、宣传栏等擦抹。负责小高层住宅的大堂、门厅、电梯轿厢、安全通道，公共区域玻璃、地面等日常清洁，循环保洁。项目经理负责安排顶替年休人员。',
      en: 'Daily and rotating cleaning of roads, green areas and open drains, wiping of public lamps and notice boards; lobbies, entrances, lift cars, stairwells, public glass and floors of the mid-rise blocks. The estate manager arranges cover for annual leave.',
    },
    certificateRequired: false,
    certificateKinds: [],
    ageLimit: null,
  },
  {
    // Seed 000 table, row 工程部 / 水电工 ("做六休", read as 做六休一); duties: 八、水电工职能与职责
    // (2: 确保持证上岗) and the indicator "所有工程人员全部持证上岗"; seed 001 item 23: 特种作业员工持证上岗率 100%.
    code: 'ELECTRICIAN_PLUMBER',
    zh: '水电工',
    en: 'Electrician / plumber',
    department: 'ENGINEERING',
    headcount: 1,
    heldBy: null,
    shiftPattern: 'SIX_ONE',
    hoursText: { zh: '7:00-11:00 13:00-16:00', en: '7:00–11:00 and 13:00–16:00' },
    shifts: [SPLIT_0700_1600],
    roundTheClock: false,
    staffedWindow: null,
    onCall24h: true,
    duty: {
      zh: '全面负责小区工程条线工作，制定维保计划，监督检查工作质量；负责业户日常报修、设备设施的维修保养，做好各类保养记录；全年24小时应急响应。',
      en: 'Runs all engineering of the estate: maintenance plans and their quality, residents’ repair requests, upkeep of equipment and facilities with records; on call for emergencies 24 hours a day all year.',
    },
    certificateRequired: true,
    certificateKinds: ['ELECTRICIAN'],
    ageLimit: null,
  },
  {
    // Seed 000 table, row 绿化部 / 绿化工; duties: 七、绿化工职能与职责.
    code: 'GARDENER',
    zh: '绿化工',
    en: 'Gardener',
    department: 'LANDSCAPING',
    headcount: 3,
    heldBy: null,
    shiftPattern: 'FIVE_TWO',
    hoursText: { zh: '8:00-17:30', en: '8:00–17:30' },
    shifts: [DAY_0800_1730],
    roundTheClock: false,
    staffedWindow: null,
    onCall24h: false,
    duty: {
      zh: '全面负责小区绿化条线工作。',
      en: 'Looks after all green areas of the estate.',
    },
    certificateRequired: false,
    certificateKinds: [],
    ageLimit: null,
  },
];

/** Sum of the planned headcounts of a template (positions held by another count 0). */
export function plannedHeadcount(positions: readonly Pick<TemplatePosition, 'headcount'>[]): number {
  return positions.reduce((sum, p) => sum + p.headcount, 0);
}

/** Planned headcount per department of a template. */
export function headcountByDepartment(
  positions: readonly Pick<TemplatePosition, 'department' | 'headcount'>[],
): Partial<Record<ServiceCentreDepartment, number>> {
  const out: Partial<Record<ServiceCentreDepartment, number>> = {};
  for (const p of positions) out[p.department] = (out[p.department] ?? 0) + p.headcount;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Staffing templates as the API stores and applies them: the built-in one above, and the
// company's own (a snapshot of an estate's departments and positions).

/**
 * The id the API gives the built-in 16-person template in `staffingTemplates` (a fixed id that is
 * no UUID, so it names no company's row); `applyStaffingTemplate` takes it, or no id, for it.
 */
export const BUILT_IN_STAFFING_TEMPLATE_ID = 'BUILT_IN_16';

/** A department of a staffing template, matched by code when the template is applied. */
export interface StaffingTemplateDepartment {
  code: string;
  name: string;
  nameEn: string | null;
}

/** A position of a staffing template: what `createPosition` takes, with its department's code. */
export interface StaffingTemplatePosition {
  departmentCode: string;
  code: string;
  name: string;
  nameEn: string | null;
  plannedHeadcount: number;
  shiftPattern: ShiftPatternCode;
  workingHours: string | null;
  duty: string | null;
  certificateRequired: boolean;
  certificateKinds: CertificateKind[];
  ageMin: number | null;
  ageMax: number | null;
}

export interface StaffingTemplateContent {
  departments: StaffingTemplateDepartment[];
  positions: StaffingTemplatePosition[];
}

/**
 * The built-in template in that shape: the six service-centre departments and the positions of
 * STAFFING_TEMPLATE_16 with their Chinese texts (what an estate's positions hold).
 */
export function builtInStaffingTemplate(): StaffingTemplateContent {
  return {
    departments: SERVICE_CENTRE_DEPARTMENTS.map((code) => ({
      code,
      name: DEPARTMENTS[code].zh,
      nameEn: DEPARTMENTS[code].en,
    })),
    positions: STAFFING_TEMPLATE_16.map((p) => ({
      departmentCode: p.department,
      code: p.code,
      name: p.zh,
      nameEn: p.en,
      plannedHeadcount: p.headcount,
      shiftPattern: p.shiftPattern,
      workingHours: p.hoursText.zh,
      duty: p.duty.zh,
      certificateRequired: p.certificateRequired,
      certificateKinds: [...p.certificateKinds],
      ageMin: p.ageLimit?.min ?? null,
      ageMax: p.ageLimit?.max ?? null,
    })),
  };
}
