/**
 * Staffing against the contract (人员配置达标): planned against actual headcount, certificates of
 * the posts that require one (持证上岗), the age limits a company sets per position, staff turnover,
 * and one compliance score per estate; plus the two staffing indicators (training_pass,
 * certified_on_duty), the certificate-expiry reminders and the monthly roster deadline. Pure: every
 * date is an input (`YYYY-MM-DD`, the company's calendar day), nothing reads a clock.
 *
 * ## The compliance score (0–100)
 *
 *     score = 40 × staffed + 30 × certified + 15 × ageOk + 15 × retention, rounded to 0.1
 *
 * - staffed   = (planned − vacancies) / planned; vacancies are counted per position
 *               (max(0, planned − on the team)), so extra people in one post fill no gap in
 *               another. 1 when nothing is planned.
 * - certified = (R − expired − missing − ½ × expiring) / R, where R is the people on the team in
 *               posts that require a certificate: one whose best certificate of a required kind
 *               has expired, or who holds none, counts fully against it; one whose certificate
 *               expires within CERTIFICATE_EXPIRING_DAYS counts half. 1 when R = 0.
 * - ageOk     = 1 − (people outside their position's age limits) / (people on the team);
 *               1 with nobody on the team. People without a known birth date are not judged.
 * - retention = 1 up to a 12-month turnover of 20 %, 0 from 60 %, linear in between; 1 when
 *               there is no rate (nobody employed at either end of the period).
 *
 * An estate with no position planned and nobody on the team has no score (null): nothing to judge.
 */
import { addMonths } from '../indicators/periods.js';
import { daysBetween, monthBounds } from '../team/dates.js';
import { isCalendarDate } from '../validation/primitives.js';
import {
  ageAt,
  CERTIFICATE_EXPIRING_DAYS,
  type CertificateKind,
  type CertificateState,
  certificateState,
  type EmploymentSpan,
  isOnTeam,
  type StaffStatus,
  type Turnover,
  turnover12Months,
} from './people.js';

// ---- Calendar days -------------------------------------------------------------------------

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day `YYYY-MM-DD` of an instant in a time zone (the company's "today"). */
export function localDateOf(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

// ---- Inputs --------------------------------------------------------------------------------

export interface CompliancePosition {
  id: string;
  departmentId: string;
  plannedHeadcount: number;
  certificateRequired: boolean;
  certificateKinds: readonly CertificateKind[];
  ageMin: number | null;
  ageMax: number | null;
}

export interface ComplianceStaff extends EmploymentSpan {
  id: string;
  positionId: string;
  status: StaffStatus;
  birthDate: string | null;
}

export interface ComplianceCertificate {
  staffId: string;
  kind: CertificateKind;
  expiresOn: string | null;
}

// ---- Certificates of a post ------------------------------------------------------------------

/** Why someone in a post that requires a certificate is listed (or not). */
export type CertificateStanding = CertificateState | 'MISSING';

export interface CertificateCheck {
  standing: CertificateStanding;
  /** The best certificate of a required kind (the latest expiry; none expiring beats any date). */
  kind: CertificateKind | null;
  expiresOn: string | null;
  /** Days from `date` to the expiry (null: none, or no expiry). */
  daysLeft: number | null;
}

/**
 * How a person's certificates meet a post's requirement on `date`: the best certificate of one of
 * the required kinds (any kind when the post names none) decides. Holding none of those kinds is
 * MISSING, whatever else the person holds.
 */
export function checkCertificates(
  kinds: readonly CertificateKind[],
  certificates: readonly { kind: CertificateKind; expiresOn: string | null }[],
  date: string,
): CertificateCheck {
  const relevant = certificates.filter((c) => kinds.length === 0 || kinds.includes(c.kind));
  if (relevant.length === 0) return { standing: 'MISSING', kind: null, expiresOn: null, daysLeft: null };
  const best = relevant.reduce((a, b) => {
    if (a.expiresOn == null) return a;
    if (b.expiresOn == null) return b;
    return b.expiresOn > a.expiresOn ? b : a;
  });
  return {
    standing: certificateState(best.expiresOn, date),
    kind: best.kind,
    expiresOn: best.expiresOn,
    daysLeft: best.expiresOn == null ? null : daysBetween(date, best.expiresOn),
  };
}

// ---- Assessment ----------------------------------------------------------------------------

export interface HeadcountLine {
  planned: number;
  actual: number;
  vacancies: number;
}

export interface CertificateIssue extends CertificateCheck {
  staffId: string;
  positionId: string;
  standing: 'EXPIRING' | 'EXPIRED' | 'MISSING';
}

export type AgeBreachKind = 'TOO_YOUNG' | 'TOO_OLD';

export interface AgeBreach {
  staffId: string;
  positionId: string;
  breach: AgeBreachKind;
  /** The limit broken (ageMin or ageMax). */
  limit: number;
  age: number;
}

export interface ScoreParts {
  staffed: number;
  certified: number;
  ageOk: number;
  retention: number;
}

export interface StaffingAssessment extends HeadcountLine {
  today: string;
  byPosition: Map<string, HeadcountLine>;
  byDepartment: Map<string, HeadcountLine>;
  /** On the team in posts that require a certificate (R of the score). */
  certificateHolders: number;
  certificateIssues: CertificateIssue[];
  expired: number;
  expiring: number;
  missing: number;
  ageBreaches: AgeBreach[];
  turnover: Turnover;
  parts: ScoreParts | null;
  score: number | null;
}

export const SCORE_WEIGHTS = { staffed: 40, certified: 30, ageOk: 15, retention: 15 } as const;
/** Turnover up to which retention earns full points, and from which it earns none. */
export const TURNOVER_HEALTHY = 0.2;
export const TURNOVER_CRITICAL = 0.6;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Points for retention from a 12-month turnover rate (a fraction; null: nothing to judge). */
export function retentionOf(rate: number | null): number {
  if (rate == null) return 1;
  return clamp01((TURNOVER_CRITICAL - rate) / (TURNOVER_CRITICAL - TURNOVER_HEALTHY));
}

/** The score from its parts (each 0–1), rounded to one decimal: see the formula above. */
export function complianceScore(parts: ScoreParts): number {
  return round1(
    SCORE_WEIGHTS.staffed * clamp01(parts.staffed) +
      SCORE_WEIGHTS.certified * clamp01(parts.certified) +
      SCORE_WEIGHTS.ageOk * clamp01(parts.ageOk) +
      SCORE_WEIGHTS.retention * clamp01(parts.retention),
  );
}

/** The age outside a position's limits, or null within them (limits are inclusive). */
export function ageBreachOf(
  limits: { ageMin: number | null; ageMax: number | null },
  age: number,
): { breach: AgeBreachKind; limit: number } | null {
  if (limits.ageMin != null && age < limits.ageMin) return { breach: 'TOO_YOUNG', limit: limits.ageMin };
  if (limits.ageMax != null && age > limits.ageMax) return { breach: 'TOO_OLD', limit: limits.ageMax };
  return null;
}

/** Age in whole years on `date` (ageAt), or null for a birth date that is unusable or later. */
function ageOn(birthDate: string, date: string): number | null {
  if (!isCalendarDate(birthDate) || birthDate > date) return null;
  return ageAt(birthDate, date);
}

/**
 * One estate's staffing against its plan on `today`. On the team: status ACTIVE or PROBATION.
 * Turnover reads every record (leavers included) with a known last day; a LEFT record without
 * one left at an unknown time and is left out.
 */
export function assessStaffing(input: {
  positions: readonly CompliancePosition[];
  staff: readonly ComplianceStaff[];
  certificates: readonly ComplianceCertificate[];
  today: string;
}): StaffingAssessment {
  const { positions, staff, certificates, today } = input;
  const positionById = new Map(positions.map((p) => [p.id, p]));
  const team = staff.filter((s) => isOnTeam(s.status));
  const byPosition = new Map<string, HeadcountLine>();
  for (const p of positions) byPosition.set(p.id, { planned: p.plannedHeadcount, actual: 0, vacancies: 0 });
  for (const s of team) {
    const line = byPosition.get(s.positionId);
    if (line) line.actual += 1;
  }
  const byDepartment = new Map<string, HeadcountLine>();
  for (const p of positions) {
    const line = byPosition.get(p.id)!;
    line.vacancies = Math.max(0, line.planned - line.actual);
    const d = byDepartment.get(p.departmentId) ?? { planned: 0, actual: 0, vacancies: 0 };
    d.planned += line.planned;
    d.actual += line.actual;
    d.vacancies += line.vacancies;
    byDepartment.set(p.departmentId, d);
  }
  const planned = positions.reduce((sum, p) => sum + p.plannedHeadcount, 0);
  const vacancies = [...byPosition.values()].reduce((sum, l) => sum + l.vacancies, 0);
  const actual = team.length;

  const certificatesOf = new Map<string, ComplianceCertificate[]>();
  for (const c of certificates) certificatesOf.set(c.staffId, [...(certificatesOf.get(c.staffId) ?? []), c]);
  const certificateIssues: CertificateIssue[] = [];
  let certificateHolders = 0;
  const ageBreaches: AgeBreach[] = [];
  for (const s of team) {
    const p = positionById.get(s.positionId);
    if (!p) continue;
    if (p.certificateRequired) {
      certificateHolders += 1;
      const check = checkCertificates(p.certificateKinds, certificatesOf.get(s.id) ?? [], today);
      if (check.standing !== 'VALID')
        certificateIssues.push({ ...check, standing: check.standing, staffId: s.id, positionId: p.id });
    }
    if (s.birthDate && (p.ageMin != null || p.ageMax != null)) {
      const age = ageOn(s.birthDate, today);
      const breach = age == null ? null : ageBreachOf(p, age);
      if (breach) ageBreaches.push({ staffId: s.id, positionId: p.id, ...breach, age: age! });
    }
  }
  const count = (standing: CertificateIssue['standing']) =>
    certificateIssues.filter((i) => i.standing === standing).length;
  const expired = count('EXPIRED');
  const expiring = count('EXPIRING');
  const missing = count('MISSING');

  const spans = staff.filter((s) => s.status !== 'LEFT' || s.leaveDate != null);
  const turnover = turnover12Months(spans, today);

  const parts: ScoreParts | null =
    planned === 0 && actual === 0
      ? null
      : {
          staffed: planned === 0 ? 1 : (planned - vacancies) / planned,
          certified:
            certificateHolders === 0
              ? 1
              : (certificateHolders - expired - missing - expiring / 2) / certificateHolders,
          ageOk: actual === 0 ? 1 : 1 - ageBreaches.length / actual,
          retention: retentionOf(turnover.rate),
        };
  return {
    today,
    planned,
    actual,
    vacancies,
    byPosition,
    byDepartment,
    certificateHolders,
    certificateIssues,
    expired,
    expiring,
    missing,
    ageBreaches,
    turnover,
    parts,
    score: parts ? complianceScore(parts) : null,
  };
}

/** Orders assessments for a league table: best score first, no score last, then by `name`. */
export function rankByScore<T extends { score: number | null; name: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => {
    if (a.score == null || b.score == null) {
      if (a.score != null) return -1;
      if (b.score != null) return 1;
    } else if (a.score !== b.score) return b.score - a.score;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}

// ---- The two staffing indicators -----------------------------------------------------------

/** The indicators computed from staff records (codes of the catalogue). */
export const TRAINING_PASS = 'training_pass';
export const CERTIFIED_ON_DUTY = 'certified_on_duty';
export const STAFFING_INDICATOR_CODES = [TRAINING_PASS, CERTIFIED_ON_DUTY] as const;
export type StaffingIndicatorCode = (typeof STAFFING_INDICATOR_CODES)[number];

export function isStaffingIndicator(code: string): code is StaffingIndicatorCode {
  return (STAFFING_INDICATOR_CODES as readonly string[]).includes(code);
}

/**
 * 管理层员工 (management staff) for training_pass: the management department (项目经理 …) and
 * positions whose code ends in MANAGER or SUPERVISOR (主管) in any department.
 */
export function isManagementPosition(position: { code: string; departmentCode: string }): boolean {
  return position.departmentCode === 'MANAGEMENT' || /(MANAGER|SUPERVISOR)$/.test(position.code);
}

/** Why a person counts in a staffing indicator (numerator) or not. */
export type StaffingIndicatorReason = 'PASSED' | 'FAILED' | 'CERTIFIED' | 'EXPIRED' | 'MISSING';

export interface TrainingRowInput {
  trainingId: string;
  staffId: string;
  course: string;
  trainedOn: string;
  passed: boolean;
}

export interface IndicatorRow {
  staffId: string;
  positionId: string;
  counted: boolean;
  reason: StaffingIndicatorReason;
  course?: string;
  trainedOn?: string;
  kind?: CertificateKind | null;
  expiresOn?: string | null;
}

/** A month's figure from its rows: counted / rows; null without rows (no figure rather than 0). */
export function indicatorFigure(
  rows: readonly IndicatorRow[],
): { numerator: number; denominator: number } | null {
  if (rows.length === 0) return null;
  return { numerator: rows.filter((r) => r.counted).length, denominator: rows.length };
}

/**
 * training_pass of a month (培训合格人次 / 参训人次): every training record of the month
 * (`trainedOn` in it) of a person in a management position; passed ones count.
 */
export function trainingPassRows(
  month: string,
  trainings: readonly TrainingRowInput[],
  positionOf: (staffId: string) => { id: string; code: string; departmentCode: string } | undefined,
): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const t of trainings) {
    if (t.trainedOn.slice(0, 7) !== month) continue;
    const p = positionOf(t.staffId);
    if (!p || !isManagementPosition(p)) continue;
    rows.push({
      staffId: t.staffId,
      positionId: p.id,
      counted: t.passed,
      reason: t.passed ? 'PASSED' : 'FAILED',
      course: t.course,
      trainedOn: t.trainedOn,
    });
  }
  return rows;
}

/** Employed on `date` by the record's dates; a LEFT record without a last day is not. */
export function employedOnDay(s: EmploymentSpan & { status: StaffStatus }, date: string): boolean {
  if (s.status === 'LEFT' && s.leaveDate == null) return false;
  return s.hireDate <= date && (s.leaveDate == null || s.leaveDate >= date);
}

/**
 * certified_on_duty of a month (持有效证书人数 / 特种作业人数), as things stand on the month's last
 * day: everyone employed that day in a position that requires a certificate; those holding a
 * certificate of a required kind current that day count. The month's end is fixed, so the figure
 * is the same whenever it is computed (a certificate known to expire before the month ends already
 * counts as expired for that month).
 */
export function certifiedOnDutyRows(
  month: string,
  staff: readonly ComplianceStaff[],
  positions: readonly CompliancePosition[],
  certificates: readonly ComplianceCertificate[],
): IndicatorRow[] {
  const asOf = monthBounds(month).to;
  const positionById = new Map(positions.map((p) => [p.id, p]));
  const rows: IndicatorRow[] = [];
  for (const s of staff) {
    const p = positionById.get(s.positionId);
    if (!p?.certificateRequired || !employedOnDay(s, asOf)) continue;
    const check = checkCertificates(
      p.certificateKinds,
      certificates.filter((c) => c.staffId === s.id),
      asOf,
    );
    const counted = check.standing === 'VALID' || check.standing === 'EXPIRING';
    rows.push({
      staffId: s.id,
      positionId: p.id,
      counted,
      reason: counted ? 'CERTIFIED' : check.standing === 'MISSING' ? 'MISSING' : 'EXPIRED',
      kind: check.kind,
      expiresOn: check.expiresOn,
    });
  }
  return rows;
}

// ---- Reminders -----------------------------------------------------------------------------

/** Days before expiry at which the estate's managers hear of a certificate, most distant first. */
export const CERTIFICATE_REMINDER_DAYS = [CERTIFICATE_EXPIRING_DAYS, 7] as const;

/**
 * The reminder due for a certificate on `today`, given the thresholds already reminded: the most
 * urgent threshold reached (0 ≤ days left ≤ threshold) and not yet sent, or null. `record` is what
 * the certificate's reminded days become: a certificate first seen 5 days out gets one reminder
 * (7) and both thresholds recorded, never a "30 days" notice after the fact.
 */
export function certificateReminderDue(
  expiresOn: string | null,
  today: string,
  reminded: readonly number[],
): { threshold: number; daysLeft: number; record: number[] } | null {
  if (expiresOn == null) return null;
  const daysLeft = daysBetween(today, expiresOn);
  if (daysLeft < 0) return null;
  const reached = CERTIFICATE_REMINDER_DAYS.filter((t) => daysLeft <= t);
  const due = reached.filter((t) => !reminded.includes(t));
  if (due.length === 0) return null;
  return {
    threshold: Math.min(...due),
    daysLeft,
    record: [...new Set([...reminded, ...reached])].sort((a, b) => b - a),
  };
}

/** From this day of the month, a department with staff and no roster for next month is flagged. */
export const ROSTER_DEADLINE_DAY = 25;

/** The month whose rosters are due on `today` (`YYYY-MM-DD`): next month from the 25th, else null. */
export function rosterDueMonth(today: string): string | null {
  if (Number(today.slice(8, 10)) < ROSTER_DEADLINE_DAY) return null;
  return addMonths(today.slice(0, 7), 1);
}
