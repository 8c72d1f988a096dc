/**
 * The estate's other operational records (DOMAIN.md "Estate operations", issue 11 item 5): fee
 * collection per month, incidents, facility checks by class, community activities and the
 * special-services menu — and, as pure functions, the figures of the indicators they earn (item 6),
 * so the API's sources, the demo and the tests count the same way.
 */

// ---- money ------------------------------------------------------------------------------------

/** Amounts are kept in fen (分), whole numbers; people type and read yuan with at most 2 decimals. */
const YUAN = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** `"1234.5"` → 123450 fen, without floating point; null when it is not such an amount. */
export function parseYuan(text: string): number | null {
  const m = YUAN.exec(text.trim().replace(/,/g, ''));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 123450 fen → `"1234.50"`. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

// ---- kinds -------------------------------------------------------------------------------------

/** 火警, 火灾, 治安案件, 重大刑事案件, 违章. */
export const INCIDENT_KINDS = [
  'FIRE_ALARM',
  'FIRE',
  'SECURITY_CASE',
  'MAJOR_CRIMINAL_CASE',
  'VIOLATION',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_KIND_NAMES: Record<IncidentKind, { zh: string; en: string }> = {
  FIRE_ALARM: { zh: '火警', en: 'Fire alarm' },
  FIRE: { zh: '火灾', en: 'Fire' },
  SECURITY_CASE: { zh: '治安案件', en: 'Security case' },
  MAJOR_CRIMINAL_CASE: { zh: '重大刑事案件', en: 'Major criminal case' },
  VIOLATION: { zh: '违章', en: 'Violation' },
};

/** Kinds where it matters whether management failings caused it (fire_count, security_cases). */
export const CAUSE_KINDS: readonly IncidentKind[] = ['FIRE', 'SECURITY_CASE'];

/** The classes of facility checks, each earning one intact-rate indicator. */
export const FACILITY_CLASSES = [
  'HOUSE',
  'EQUIPMENT',
  'STREET_LIGHT',
  'FIRE_FACILITY',
  'ROAD_PARKING',
  'GREENERY',
  'DRAINAGE',
  'PIPE',
  'PUBLIC_FACILITY',
  'CLEANING',
] as const;
export type FacilityClass = (typeof FACILITY_CLASSES)[number];

export const FACILITY_CLASS_INDICATOR = {
  HOUSE: 'house_intact',
  EQUIPMENT: 'equipment_intact',
  STREET_LIGHT: 'streetlight_intact',
  FIRE_FACILITY: 'fire_facility_intact',
  ROAD_PARKING: 'road_parking_intact',
  GREENERY: 'greenery_intact',
  DRAINAGE: 'drainage_intact',
  PIPE: 'pipe_intact',
  PUBLIC_FACILITY: 'public_facility_intact',
  CLEANING: 'cleaning',
} as const satisfies Record<FacilityClass, string>;

export const FACILITY_CLASS_NAMES: Record<FacilityClass, { zh: string; en: string; unit: string }> = {
  HOUSE: { zh: '房屋', en: 'Houses', unit: '幢/户' },
  EQUIPMENT: { zh: '机电设备', en: 'Equipment', unit: '台' },
  STREET_LIGHT: { zh: '路灯', en: 'Street lights', unit: '盏' },
  FIRE_FACILITY: { zh: '消防设施', en: 'Fire facilities', unit: '处' },
  ROAD_PARKING: { zh: '道路车场', en: 'Roads and car parks', unit: '处' },
  GREENERY: { zh: '绿化（面积 m²）', en: 'Green area (m²)', unit: 'm²' },
  DRAINAGE: { zh: '雨水井、污水井、化粪池、沙井', en: 'Wells and drains', unit: '个' },
  PIPE: { zh: '排水管、明暗沟', en: 'Pipes and ditches', unit: '段' },
  PUBLIC_FACILITY: { zh: '公共文体设施、建筑小品', en: 'Public amenities', unit: '处' },
  CLEANING: { zh: '保洁点', en: 'Cleaning points', unit: '处' },
};

export const FEE_INDICATOR_CODES = ['fee_collection'] as const;
export const INCIDENT_INDICATOR_CODES = [
  'fire_alarm_rate',
  'fire_count',
  'security_cases',
  'major_criminal_cases',
  'violation_rate',
  'violation_handled',
] as const;
export type IncidentIndicatorCode = (typeof INCIDENT_INDICATOR_CODES)[number];
export const FACILITY_INDICATOR_CODES = FACILITY_CLASSES.map((c) => FACILITY_CLASS_INDICATOR[c]);
export const ACTIVITY_INDICATOR_CODES = ['culture_activities', 'special_services'] as const;
/** Every indicator these records earn. */
export const ESTATE_OPS_INDICATOR_CODES: readonly string[] = [
  ...FEE_INDICATOR_CODES,
  ...INCIDENT_INDICATOR_CODES,
  ...FACILITY_INDICATOR_CODES,
  ...ACTIVITY_INDICATOR_CODES,
];

export function facilityClassOf(code: string): FacilityClass | undefined {
  return FACILITY_CLASSES.find((c) => FACILITY_CLASS_INDICATOR[c] === code);
}

/**
 * The starting menu of special services (特约服务, 菜单式服务): seed 001 asks for at least 10
 * priced services reaching into residents' clothing, food, housing and travel (衣、食、住、行),
 * openly priced (明码标价). The kinds and prices are the product's starting list; each estate
 * edits its own menu.
 */
export const SPECIAL_SERVICE_PRESETS: readonly {
  name: string;
  nameEn: string;
  priceFen: number;
  unit: string;
}[] = [
  { name: '家政保洁', nameEn: 'Home cleaning', priceFen: 4000, unit: '小时' },
  { name: '家电维修', nameEn: 'Appliance repair', priceFen: 5000, unit: '次' },
  { name: '管道疏通', nameEn: 'Drain unblocking', priceFen: 8000, unit: '次' },
  { name: '衣物干洗代送', nameEn: 'Dry-cleaning pick-up', priceFen: 1000, unit: '件' },
  { name: '代购送餐', nameEn: 'Shopping and meal delivery', priceFen: 500, unit: '次' },
  { name: '搬家搬运', nameEn: 'Moving and carrying', priceFen: 10000, unit: '次' },
  { name: '汽车清洗', nameEn: 'Car washing', priceFen: 3000, unit: '次' },
  { name: '空调清洗', nameEn: 'Air-conditioner cleaning', priceFen: 8000, unit: '台' },
  { name: '绿植养护', nameEn: 'Plant care', priceFen: 2000, unit: '次' },
  { name: '房屋看管', nameEn: 'Home watch while away', priceFen: 20000, unit: '月' },
];

// ---- figures -----------------------------------------------------------------------------------

export type Counts = { numerator: number; denominator: number | null };

/** fee_collection: collected / receivable of the month, in yuan (fen / 100); null: no record. */
export function feeFigure(rows: readonly { receivableFen: number; collectedFen: number }[]): Counts | null {
  if (rows.length === 0) return null;
  const receivable = rows.reduce((s, r) => s + r.receivableFen, 0);
  const collected = rows.reduce((s, r) => s + r.collectedFen, 0);
  if (receivable <= 0) return null;
  return { numerator: collected / 100, denominator: receivable / 100 };
}

export interface IncidentFacts {
  kind: IncidentKind;
  managementCaused: boolean;
  handled: boolean;
}

/** Whether an incident counts in the numerator of `code` (and in its denominator, for violation_handled). */
export function incidentCounts(
  code: IncidentIndicatorCode,
  i: IncidentFacts,
): { inNumerator: boolean; inBase: boolean } {
  switch (code) {
    case 'fire_alarm_rate':
      return { inNumerator: i.kind === 'FIRE_ALARM', inBase: i.kind === 'FIRE_ALARM' };
    case 'fire_count':
      return { inNumerator: i.kind === 'FIRE' && i.managementCaused, inBase: i.kind === 'FIRE' };
    case 'security_cases':
      return {
        inNumerator: i.kind === 'SECURITY_CASE' && i.managementCaused,
        inBase: i.kind === 'SECURITY_CASE',
      };
    case 'major_criminal_cases':
      return { inNumerator: i.kind === 'MAJOR_CRIMINAL_CASE', inBase: i.kind === 'MAJOR_CRIMINAL_CASE' };
    case 'violation_rate':
      return { inNumerator: i.kind === 'VIOLATION', inBase: i.kind === 'VIOLATION' };
    case 'violation_handled':
      return { inNumerator: i.kind === 'VIOLATION' && i.handled, inBase: i.kind === 'VIOLATION' };
  }
}

/**
 * An incident indicator of one month from that month's incidents. Counts are figures even when
 * zero (no fire is the point); per-household rates (RATE_OF_STOCK) need households and are null
 * without them; violation_handled is null without violations.
 */
export function incidentFigure(
  code: IncidentIndicatorCode,
  incidents: readonly IncidentFacts[],
  households: number,
): Counts | null {
  const numerator = incidents.filter((i) => incidentCounts(code, i).inNumerator).length;
  switch (code) {
    case 'fire_alarm_rate':
    case 'violation_rate':
      return households > 0 ? { numerator, denominator: households } : null;
    case 'violation_handled': {
      const base = incidents.filter((i) => i.kind === 'VIOLATION').length;
      return base > 0 ? { numerator, denominator: base } : null;
    }
    default:
      return { numerator, denominator: null };
  }
}

/** An intact rate: items intact / items checked over the month's checks of the class; null: no check. */
export function facilityFigure(
  checks: readonly { itemsChecked: number; itemsIntact: number }[],
): Counts | null {
  const checked = checks.reduce((s, c) => s + c.itemsChecked, 0);
  if (checks.length === 0 || checked <= 0) return null;
  return { numerator: checks.reduce((s, c) => s + c.itemsIntact, 0), denominator: checked };
}

/** culture_activities: the month's activities (zero is a figure: the yearly target needs 12). */
export function activitiesFigure(count: number): Counts {
  return { numerator: count, denominator: null };
}

/** Whether a service is on the menu on `day` (YYYY-MM-DD): from its start, until the day it ended. */
export function serviceActiveOn(s: { activeFrom: string; activeUntil: string | null }, day: string): boolean {
  return s.activeFrom <= day && (s.activeUntil === null || s.activeUntil >= day);
}

/** special_services: services on the menu on the month's last day; null: the estate has no menu. */
export function servicesFigure(
  services: readonly { activeFrom: string; activeUntil: string | null }[],
  lastDay: string,
): Counts | null {
  if (services.length === 0) return null;
  return { numerator: services.filter((s) => serviceActiveOn(s, lastDay)).length, denominator: null };
}
