/**
 * The service-quality indicators (服务质量指标) of DOMAIN.md, with the two target presets:
 * A = seed 000's bid commitments (投标指标), B = seed 001's targets. A company may add its own
 * indicators with the same fields; those live in the database, these are the built-in ones.
 */

export const INDICATOR_UNITS = ['PERCENT', 'COUNT_PER_YEAR', 'COUNT'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** Which way is better: judged against the target, and used to rank estates. */
export const INDICATOR_DIRECTIONS = ['AT_LEAST', 'AT_MOST', 'ZERO'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** Where the figure comes from: an operational module computes it, or the estate reports it. */
export const MEASUREMENTS = [
  'FACILITY_CHECK',
  'WORK_ORDERS',
  'INCIDENTS',
  'COMPLAINTS',
  'SURVEYS',
  'FEES',
  'TRAINING',
  'CERTIFICATES',
  'ACTIVITIES',
  'SERVICES_MENU',
  'AUDIT',
] as const;
export type Measurement = (typeof MEASUREMENTS)[number];

/**
 * How monthly figures roll up to a quarter, half-year or year — never by averaging rates:
 * - RATIO: sum of numerators / sum of denominators (flows: repairs, checks, fees, responses).
 * - RATE_OF_STOCK: sum of numerators / the average denominator, annualised — the denominator is
 *   a stock such as households, which must not be summed month after month.
 * - ANNUAL_COUNT: sum of counts, annualised (× 12 / months) so a quarter compares with a yearly target.
 * - SUM: sum of counts (zero-tolerance events: any one is a miss).
 * - LATEST: the last month's count (a stock, e.g. services on the menu).
 */
export const AGGREGATIONS = ['RATIO', 'RATE_OF_STOCK', 'ANNUAL_COUNT', 'SUM', 'LATEST'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** A committed target: `value` with a comparison (`<` and `>` are strict, as "<1%" in seed 000). */
export interface Target {
  op: '>=' | '>' | '<=' | '<' | '=';
  value: number;
}

export interface IndicatorDefinition {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  measurement: Measurement;
  aggregation: Aggregation;
  /** What the numerator and denominator count, for forms and exports (Chinese). */
  numeratorLabel: string;
  denominatorLabel: string | null;
  /** The same in English (a company's own indicator without them falls back to the Chinese). */
  numeratorLabelEn: string;
  denominatorLabelEn: string | null;
  descriptionZh: string;
  descriptionEn: string;
  presets: { A: Target | null; B: Target | null };
}

const pct = (
  code: string,
  nameZh: string,
  nameEn: string,
  measurement: Measurement,
  [numeratorLabel, numeratorLabelEn]: [string, string],
  [denominatorLabel, denominatorLabelEn]: [string, string],
  A: Target | null,
  B: Target | null,
  options: {
    direction?: IndicatorDirection;
    aggregation?: Aggregation;
    descriptionZh?: string;
    descriptionEn?: string;
  } = {},
): IndicatorDefinition => ({
  code,
  nameZh,
  nameEn,
  unit: 'PERCENT',
  direction: options.direction ?? 'AT_LEAST',
  measurement,
  aggregation: options.aggregation ?? 'RATIO',
  numeratorLabel,
  denominatorLabel,
  numeratorLabelEn,
  denominatorLabelEn,
  descriptionZh: options.descriptionZh ?? `${numeratorLabel} / ${denominatorLabel}`,
  descriptionEn: options.descriptionEn ?? `${numeratorLabelEn} / ${denominatorLabelEn}`,
  presets: { A, B },
});

const atLeast = (value: number): Target => ({ op: '>=', value });
const below = (value: number): Target => ({ op: '<', value });
const atMost = (value: number): Target => ({ op: '<=', value });
const exactly = (value: number): Target => ({ op: '=', value });

export const INDICATORS: readonly IndicatorDefinition[] = [
  pct(
    'house_intact',
    '房屋完好率',
    'Housing intact rate',
    'FACILITY_CHECK',
    ['完好房屋数', 'Intact houses'],
    ['检查房屋数', 'Houses inspected'],
    atLeast(98),
    exactly(100),
  ),
  pct(
    'repair_timely',
    '房屋零修、急修及时率',
    'Repairs on time',
    'WORK_ORDERS',
    ['按时完成工单', 'Work orders done on time'],
    ['完成工单', 'Work orders completed'],
    atLeast(99),
    atLeast(99),
  ),
  pct(
    'repair_rework',
    '零修、急修返修率',
    'Repair rework rate',
    'WORK_ORDERS',
    ['返修工单', 'Work orders reworked'],
    ['完成工单', 'Work orders completed'],
    below(1),
    null,
    { direction: 'AT_MOST' },
  ),
  pct(
    'repair_quality',
    '维修工程质量合格率',
    'Repair quality pass rate',
    'WORK_ORDERS',
    ['合格工单', 'Work orders passing inspection'],
    ['完成工单', 'Work orders completed'],
    atLeast(99),
    exactly(100),
  ),
  pct(
    'repair_callback',
    '维修服务回访率',
    'Repair callback rate',
    'WORK_ORDERS',
    ['已回访工单', 'Work orders followed up'],
    ['完成工单', 'Work orders completed'],
    atLeast(99),
    atLeast(30),
  ),
  pct(
    'equipment_intact',
    '大型及重要机电设备完好率',
    'Major equipment intact rate',
    'FACILITY_CHECK',
    ['完好设备数', 'Intact equipment units'],
    ['检查设备数', 'Equipment units inspected'],
    atLeast(99),
    exactly(100),
  ),
  pct(
    'cleaning',
    '保洁率',
    'Cleaning rate',
    'FACILITY_CHECK',
    ['合格保洁点', 'Cleaning points passed'],
    ['检查保洁点', 'Cleaning points inspected'],
    atLeast(99),
    atLeast(99),
  ),
  pct(
    'streetlight_intact',
    '路灯完好率',
    'Street light intact rate',
    'FACILITY_CHECK',
    ['完好路灯数', 'Intact street lights'],
    ['路灯总数', 'Street lights in total'],
    atLeast(95),
    exactly(100),
  ),
  pct(
    'fire_facility_intact',
    '消防设施设备完好率',
    'Fire facilities intact rate',
    'FACILITY_CHECK',
    ['完好消防设施', 'Intact fire facilities'],
    ['检查消防设施', 'Fire facilities inspected'],
    atLeast(99),
    exactly(100),
  ),
  pct(
    'fire_alarm_rate',
    '火警发生率',
    'Fire alarm rate',
    'INCIDENTS',
    ['火警次数', 'Fire alarms'],
    ['户数', 'Households'],
    null,
    atMost(1),
    {
      direction: 'AT_MOST',
      aggregation: 'RATE_OF_STOCK',
      descriptionZh: '火警次数 / 户数（按年折算）',
      descriptionEn: 'Fire alarms / households (annualised)',
    },
  ),
  {
    code: 'fire_count',
    nameZh: '火灾发生率（管理原因）',
    nameEn: 'Fires (management-caused)',
    unit: 'COUNT',
    direction: 'ZERO',
    measurement: 'INCIDENTS',
    aggregation: 'SUM',
    numeratorLabel: '因管理原因造成的火灾次数',
    denominatorLabel: null,
    numeratorLabelEn: 'Fires caused by management',
    denominatorLabelEn: null,
    descriptionZh: '因管理原因造成的火灾次数，应为 0',
    descriptionEn: 'Fires caused by management failings; must be 0',
    presets: { A: exactly(0), B: exactly(0) },
  },
  pct(
    'road_parking_intact',
    '道路、车场完好率',
    'Roads and car parks intact rate',
    'FACILITY_CHECK',
    ['完好道路车场', 'Intact roads and car parks'],
    ['检查道路车场', 'Roads and car parks inspected'],
    atLeast(98),
    exactly(100),
  ),
  pct(
    'greenery_intact',
    '绿化完好率',
    'Greenery intact rate',
    'FACILITY_CHECK',
    ['完好绿化面积', 'Intact green area'],
    ['绿化面积', 'Green area'],
    atLeast(95),
    atLeast(99),
  ),
  pct(
    'drainage_intact',
    '雨水井、污水井、化粪池、沙井完好率',
    'Wells and drains intact rate',
    'FACILITY_CHECK',
    ['完好井', 'Intact wells'],
    ['检查井', 'Wells inspected'],
    atLeast(98),
    exactly(100),
  ),
  pct(
    'pipe_intact',
    '排水管、明暗沟完好率',
    'Drain pipes and ditches intact rate',
    'FACILITY_CHECK',
    ['完好管沟', 'Intact pipes and ditches'],
    ['检查管沟', 'Pipes and ditches inspected'],
    null,
    exactly(100),
  ),
  pct(
    'public_facility_intact',
    '公共文体设施、建筑小品完好率',
    'Public amenities intact rate',
    'FACILITY_CHECK',
    ['完好设施', 'Intact amenities'],
    ['检查设施', 'Amenities inspected'],
    null,
    exactly(100),
  ),
  pct(
    'complaint_valid_rate',
    '业户有效投诉率',
    'Valid complaint rate',
    'COMPLAINTS',
    ['有效投诉', 'Valid complaints'],
    ['户数', 'Households'],
    below(2),
    atMost(2),
    {
      direction: 'AT_MOST',
      aggregation: 'RATE_OF_STOCK',
      descriptionZh: '有效投诉数 / 户数（按年折算）',
      descriptionEn: 'Valid complaints / households (annualised)',
    },
  ),
  pct(
    'complaint_handled',
    '有效投诉处理率',
    'Valid complaints handled',
    'COMPLAINTS',
    ['已处理有效投诉', 'Valid complaints handled'],
    ['有效投诉', 'Valid complaints'],
    exactly(100),
    exactly(100),
  ),
  pct(
    'satisfaction',
    '业主满意率',
    'Owner satisfaction',
    'SURVEYS',
    ['满意答卷', 'Satisfied responses'],
    ['有效答卷', 'Valid responses'],
    atLeast(80),
    atLeast(98),
  ),
  pct(
    'fee_collection',
    '管理费收缴率',
    'Fee collection rate',
    'FEES',
    ['实收金额', 'Amount collected'],
    ['应收金额', 'Amount due'],
    atLeast(95),
    atLeast(98),
  ),
  {
    code: 'security_cases',
    nameZh: '治安案件发生率',
    nameEn: 'Security cases per year',
    unit: 'COUNT_PER_YEAR',
    direction: 'AT_MOST',
    measurement: 'INCIDENTS',
    aggregation: 'ANNUAL_COUNT',
    numeratorLabel: '因管理原因造成的治安案件数',
    denominatorLabel: null,
    numeratorLabelEn: 'Security cases caused by management',
    denominatorLabelEn: null,
    descriptionZh: '因管理原因造成的治安案件数（按年折算）',
    descriptionEn: 'Security cases caused by management failings (annualised)',
    presets: { A: below(1), B: atMost(1) },
  },
  {
    code: 'major_criminal_cases',
    nameZh: '重大刑事案件发生率',
    nameEn: 'Major criminal cases',
    unit: 'COUNT',
    direction: 'ZERO',
    measurement: 'INCIDENTS',
    aggregation: 'SUM',
    numeratorLabel: '重大刑事案件数',
    denominatorLabel: null,
    numeratorLabelEn: 'Major criminal cases',
    denominatorLabelEn: null,
    descriptionZh: '小区内重大刑事案件数，应为 0',
    descriptionEn: 'Major criminal cases in the estate; must be 0',
    presets: { A: null, B: exactly(0) },
  },
  pct(
    'violation_rate',
    '违章发生率',
    'Violation rate',
    'INCIDENTS',
    ['违章次数', 'Violations'],
    ['户数', 'Households'],
    below(1),
    atMost(2),
    {
      direction: 'AT_MOST',
      aggregation: 'RATE_OF_STOCK',
      descriptionZh: '违章次数 / 户数（按年折算）',
      descriptionEn: 'Violations / households (annualised)',
    },
  ),
  pct(
    'violation_handled',
    '违章处理率',
    'Violations handled',
    'INCIDENTS',
    ['已处理违章', 'Violations handled'],
    ['违章次数', 'Violations'],
    atLeast(95),
    exactly(100),
  ),
  pct(
    'training_pass',
    '管理层员工专业培训合格率',
    'Management training pass rate',
    'TRAINING',
    ['培训合格人次', 'Trainees who passed'],
    ['参训人次', 'Trainees'],
    exactly(100),
    exactly(100),
  ),
  pct(
    'certified_on_duty',
    '特种作业员工持证上岗率',
    'Certified special-operation staff',
    'CERTIFICATES',
    ['持有效证书人数', 'Staff with valid certificates'],
    ['特种作业人数', 'Special-operation staff'],
    exactly(100),
    exactly(100),
  ),
  {
    code: 'culture_activities',
    nameZh: '社区文化活动次数',
    nameEn: 'Community activities per year',
    unit: 'COUNT_PER_YEAR',
    direction: 'AT_LEAST',
    measurement: 'ACTIVITIES',
    aggregation: 'ANNUAL_COUNT',
    numeratorLabel: '社区文化活动次数',
    denominatorLabel: null,
    numeratorLabelEn: 'Community activities held',
    denominatorLabelEn: null,
    descriptionZh: '社区文化活动次数（按年折算，每年不少于 12 次）',
    descriptionEn: 'Community cultural activities held (annualised, at least 12 a year)',
    presets: { A: null, B: atLeast(12) },
  },
  {
    code: 'special_services',
    nameZh: '特约服务项目数',
    nameEn: 'Special services on the menu',
    unit: 'COUNT',
    direction: 'AT_LEAST',
    measurement: 'SERVICES_MENU',
    aggregation: 'LATEST',
    numeratorLabel: '特约服务项目数',
    denominatorLabel: null,
    numeratorLabelEn: 'Special services offered',
    denominatorLabelEn: null,
    descriptionZh: '菜单式特约服务项目数（期末）',
    descriptionEn: 'Special services on the service menu (at the end of the period)',
    presets: { A: null, B: atLeast(10) },
  },
];

export const INDICATOR_CODES = INDICATORS.map((i) => i.code);
export const PRESETS = ['A', 'B'] as const;
export type Preset = (typeof PRESETS)[number];

export function indicatorByCode(code: string): IndicatorDefinition | undefined {
  return INDICATORS.find((i) => i.code === code);
}

/**
 * The quarterly audit score (DOMAIN.md: "audit scores per quarter are indicators too"): points
 * earned over applicable points of the HQ audits in the period, computed from audit results.
 * No preset: a company sets its own target (e.g. ≥ 90, the 优 band).
 */
export const AUDIT_SCORE: IndicatorDefinition = {
  code: 'audit_score',
  nameZh: '品质检查得分率',
  nameEn: 'Quality audit score',
  unit: 'PERCENT',
  direction: 'AT_LEAST',
  measurement: 'AUDIT',
  aggregation: 'RATIO',
  numeratorLabel: '得分',
  denominatorLabel: '适用项满分',
  numeratorLabelEn: 'Points scored',
  denominatorLabelEn: 'Applicable full points',
  descriptionZh: '季度品质检查得分 / 适用项满分',
  descriptionEn: 'Quarterly quality audit points scored / full points of the applicable items',
  presets: { A: null, B: null },
};

/** Everything built in: the 28 indicators of DOMAIN.md and the audit score. */
export const BUILT_IN_INDICATORS: readonly IndicatorDefinition[] = [...INDICATORS, AUDIT_SCORE];

export function builtInIndicator(code: string): IndicatorDefinition | undefined {
  return BUILT_IN_INDICATORS.find((i) => i.code === code);
}

/** The languages files and labels are produced in (the GraphQL `Language` enum). */
export const LANGUAGES = ['ZH', 'EN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What people read of an indicator, in one language. */
export interface IndicatorText {
  name: string;
  numeratorLabel: string;
  denominatorLabel: string | null;
  description: string;
}

/** The fields `indicatorText` reads: a definition, a catalogue entry or its GraphQL view alike. */
export type IndicatorTexts = Pick<
  IndicatorDefinition,
  | 'nameZh'
  | 'nameEn'
  | 'numeratorLabel'
  | 'denominatorLabel'
  | 'numeratorLabelEn'
  | 'denominatorLabelEn'
  | 'descriptionZh'
  | 'descriptionEn'
>;

export function indicatorText(def: IndicatorTexts, language: Language): IndicatorText {
  return language === 'EN'
    ? {
        name: def.nameEn,
        numeratorLabel: def.numeratorLabelEn,
        denominatorLabel: def.denominatorLabelEn,
        description: def.descriptionEn,
      }
    : {
        name: def.nameZh,
        numeratorLabel: def.numeratorLabel,
        denominatorLabel: def.denominatorLabel,
        description: def.descriptionZh,
      };
}
