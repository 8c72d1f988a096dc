/**
 * Rules for staff records: resident ID numbers (居民身份证号码, GB 11643), mobile numbers, staff
 * statuses, certificate kinds and states, ages and turnover. Pure: every date is an input, as a
 * calendar day `YYYY-MM-DD`.
 */
import { isCalendarDate } from '../validation/primitives.js';

// ---- Calendar days -------------------------------------------------------------------------

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` day; throws on anything else (a programming error). */
export function dayNumber(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** Whole days from `from` to `to` (negative when `to` is earlier), checked as calendar dates. */
function daysFromTo(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The same day `years` earlier or later; 29 February falls back to the 28th in other years. */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const candidate = `${String(year).padStart(4, '0')}${date.slice(4)}`;
  return isCalendarDate(candidate) ? candidate : `${String(year).padStart(4, '0')}-02-28`;
}

// ---- Resident ID numbers -------------------------------------------------------------------

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';
const ID_SHAPE = /^\d{17}[\dX]$/;

/** The ISO 7064 MOD 11-2 check character of the first 17 digits of an ID number. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('Expected 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11]!;
}

export type Gender = 'MALE' | 'FEMALE';
export const GENDERS = ['MALE', 'FEMALE'] as const satisfies readonly Gender[];

/** Why an ID number is refused: wrong shape, impossible birth date, or a wrong check character. */
export type ResidentIdProblem = 'FORMAT' | 'BIRTH_DATE' | 'CHECKSUM';

export type ResidentIdResult =
  | { ok: true; value: string; birthDate: string; gender: Gender; regionCode: string }
  | { ok: false; problem: ResidentIdProblem };

/** Upper-cases the check character and drops surrounding white space. */
export function normaliseResidentId(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * Checks an 18-character resident ID number: 17 digits and a digit or X, a real birth date from
 * 1900 on in characters 7–14 (not after `today` when given), and the MOD 11-2 check character.
 * The birth date is checked before the checksum, so a typo in it is named as such.
 */
export function parseResidentId(input: string, today?: string): ResidentIdResult {
  const value = normaliseResidentId(input);
  if (!ID_SHAPE.test(value)) return { ok: false, problem: 'FORMAT' };
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || birthDate < '1900-01-01' || (today != null && birthDate > today)) {
    return { ok: false, problem: 'BIRTH_DATE' };
  }
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, problem: 'CHECKSUM' };
  // The sequence code's last digit (the 17th character) is odd for men, even for women.
  const gender: Gender = Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
  return { ok: true, value, birthDate, gender, regionCode: value.slice(0, 6) };
}

export function isValidResidentId(value: string, today?: string): boolean {
  return parseResidentId(value, today).ok;
}

/** Birth date and gender from a valid ID number, or null. */
export function identityFromResidentId(value: string): { birthDate: string; gender: Gender } | null {
  const r = parseResidentId(value);
  return r.ok ? { birthDate: r.birthDate, gender: r.gender } : null;
}

/**
 * An ID number as shown to anyone who has not asked to reveal it: the first 3 and last 4
 * characters kept, the rest starred (`110***********1234`). Shorter values are starred entirely.
 */
export function maskResidentId(value: string): string {
  const v = value.trim();
  if (v.length <= 7) return '*'.repeat(v.length);
  return `${v.slice(0, 3)}${'*'.repeat(v.length - 7)}${v.slice(-4)}`;
}

// ---- Mobile numbers ------------------------------------------------------------------------

/** A mainland mobile number without separators or the +86 / 0086 prefix. */
export function normaliseMobile(value: string): string {
  const compact = value.trim().replace(/[\s-]/g, '');
  return compact.replace(/^(\+86|0086)/, '');
}

/** 11 digits starting 13–19 (mainland mobile numbering), after `normaliseMobile`. */
export function isMainlandMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(normaliseMobile(value));
}

// ---- Staff status --------------------------------------------------------------------------

export const STAFF_STATUSES = ['PROBATION', 'ACTIVE', 'LEFT'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

export const STAFF_STATUS_NAMES: Readonly<Record<StaffStatus, { zh: string; en: string }>> = {
  PROBATION: { zh: '试用', en: 'On probation' },
  ACTIVE: { zh: '在职', en: 'Active' },
  LEFT: { zh: '离职', en: 'Left' },
};

/** On the team (counted against the planned headcount): on probation or active. */
export function isOnTeam(status: StaffStatus): boolean {
  return status !== 'LEFT';
}

// ---- Certificates --------------------------------------------------------------------------

export const CERTIFICATE_KINDS = [
  'ELECTRICIAN',
  'FIRE_FACILITY_OPERATOR',
  'SECURITY_GUARD',
  'SPECIAL_EQUIPMENT',
  'WORK_AT_HEIGHT',
  'WELDING',
  'PROPERTY_MANAGEMENT',
  'OTHER',
] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export interface CertificateKindInfo {
  zh: string;
  en: string;
  /** 特种作业 / 特种设备: a role doing this work may only do it with a valid one (持证上岗). */
  specialOperation: boolean;
}

export const CERTIFICATE_KIND_INFO: Readonly<Record<CertificateKind, CertificateKindInfo>> = {
  ELECTRICIAN: {
    zh: '电工证（特种作业操作证·电工作业）',
    en: "Electrician's licence (special operation)",
    specialOperation: true,
  },
  FIRE_FACILITY_OPERATOR: {
    zh: '消防设施操作员证',
    en: 'Fire facility operator certificate',
    specialOperation: true,
  },
  SECURITY_GUARD: { zh: '保安员证', en: 'Security guard certificate', specialOperation: false },
  SPECIAL_EQUIPMENT: {
    zh: '特种设备作业人员证',
    en: 'Special equipment operator certificate',
    specialOperation: true,
  },
  WORK_AT_HEIGHT: {
    zh: '高处作业证（特种作业操作证）',
    en: 'Work-at-height licence (special operation)',
    specialOperation: true,
  },
  WELDING: {
    zh: '焊工证（特种作业操作证·焊接与热切割）',
    en: 'Welding licence (special operation)',
    specialOperation: true,
  },
  PROPERTY_MANAGEMENT: {
    zh: '物业管理从业人员岗位证书',
    en: 'Property management certificate',
    specialOperation: false,
  },
  OTHER: { zh: '其他证书', en: 'Other certificate', specialOperation: false },
};

/** Days before its expiry from which a certificate counts as expiring. */
export const CERTIFICATE_EXPIRING_DAYS = 30;

export type CertificateState = 'VALID' | 'EXPIRING' | 'EXPIRED';

/**
 * The state of a certificate on `today`. A certificate is valid through its expiry day; it is
 * EXPIRING from 30 days before that day up to and including it, EXPIRED from the day after.
 * No expiry (长期有效) is VALID.
 */
export function certificateState(expiry: string | null, today: string): CertificateState {
  if (expiry == null) return 'VALID';
  const left = daysFromTo(today, expiry);
  if (left < 0) return 'EXPIRED';
  return left <= CERTIFICATE_EXPIRING_DAYS ? 'EXPIRING' : 'VALID';
}

/** Valid on `today` (VALID or EXPIRING): what 持证上岗 asks. */
export function isCertificateCurrent(expiry: string | null, today: string): boolean {
  return certificateState(expiry, today) !== 'EXPIRED';
}

/**
 * Whether certificates meet a position's requirement on `today`: one current certificate of any
 * of `kinds` (an empty list asks for none).
 */
export function meetsCertificateRequirement(
  kinds: readonly CertificateKind[],
  certificates: readonly { kind: CertificateKind; expiry: string | null }[],
  today: string,
): boolean {
  if (kinds.length === 0) return true;
  return certificates.some((c) => kinds.includes(c.kind) && isCertificateCurrent(c.expiry, today));
}

// ---- Age and turnover ----------------------------------------------------------------------

/**
 * Age in whole years (周岁) on `date`. Someone born on 29 February turns a year older on
 * 1 March in other years.
 */
export function ageAt(birthDate: string, date: string): number {
  if (dayNumber(date) < dayNumber(birthDate)) throw new RangeError('Date before birth');
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Employment dates of one staff record; `leaveDate` is the last day employed (离职日期). */
export interface EmploymentSpan {
  hireDate: string;
  leaveDate: string | null;
}

/** Employed on `date`: hired on or before it and not left before it. */
export function employedOn(span: EmploymentSpan, date: string): boolean {
  return span.hireDate <= date && (span.leaveDate == null || span.leaveDate >= date);
}

export interface Turnover {
  /** The day before the period: the headcount at its close is the opening headcount. */
  start: string;
  /** The period's last day (`asOf`). */
  end: string;
  headcountAtStart: number;
  headcountAtEnd: number;
  /** Staff whose employment ended inside the period (last day from `start` to the day before `end`). */
  leavers: number;
  /** Leavers / average of the opening and closing headcount; null when both are 0. */
  rate: number | null;
}

/**
 * Staff turnover (员工流失率) over the 12 months ending on `asOf`: leavers divided by the average
 * of the headcount on the day before the period and on its last day. Someone whose last day is
 * `asOf` is still on the team and leaves in the next period, so each departure counts once and
 * closing = opening + hires − leavers.
 */
export function turnover12Months(spans: readonly EmploymentSpan[], asOf: string): Turnover {
  const start = addYears(asOf, -1);
  const headcountAtStart = spans.filter((s) => employedOn(s, start)).length;
  const headcountAtEnd = spans.filter((s) => employedOn(s, asOf)).length;
  const leavers = spans.filter(
    (s) => s.leaveDate != null && s.hireDate <= s.leaveDate && s.leaveDate >= start && s.leaveDate < asOf,
  ).length;
  const average = (headcountAtStart + headcountAtEnd) / 2;
  return {
    start,
    end: asOf,
    headcountAtStart,
    headcountAtEnd,
    leavers,
    rate: average === 0 ? null : leavers / average,
  };
}
