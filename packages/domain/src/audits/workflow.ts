/**
 * The life of an audit and of what it raises (DOMAIN.md, "Quality supervision"): statuses, how
 * severe a finding is and how long the estate has to rectify it, and when recurring self-checks
 * fall due. Shared by the API (which enforces it) and the web (which shows it).
 */
import { addDaysToDate, type IsoDate } from './dates.js';
import { AUDIT_KINDS, type AuditAnswer, type AuditKind, type AuditTemplateItem } from './types.js';

/** planned → in progress → submitted → closed (every rectification verified); or cancelled. */
export const AUDIT_STATUSES = ['PLANNED', 'IN_PROGRESS', 'SUBMITTED', 'CLOSED', 'CANCELLED'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/** Kinds HQ plans (campaigns, spot checks, night patrols) and kinds the estate plans for itself. */
export const HQ_PLANNED_KINDS = [
  'QUARTERLY',
  'SPOT_CHECK',
  'NIGHT_PATROL',
] as const satisfies readonly AuditKind[];
export const ESTATE_PLANNED_KINDS = [
  'SELF_CHECK',
  'SEMI_MONTHLY',
  'MONTHLY',
] as const satisfies readonly AuditKind[];
export type EstateAuditKind = (typeof ESTATE_PLANNED_KINDS)[number];

export const isAuditKind = (value: string): value is AuditKind =>
  (AUDIT_KINDS as readonly string[]).includes(value);

/** How serious a failed item is; it decides the rectification's due date. */
export const FINDING_SEVERITIES = ['CRITICAL', 'MAJOR', 'MINOR'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** Days the estate has to rectify a finding, by severity (critical items at once, within 3 days). */
export const RECTIFICATION_DUE_DAYS: Readonly<Record<FindingSeverity, number>> = Object.freeze({
  CRITICAL: 3,
  MAJOR: 7,
  MINOR: 15,
});

/**
 * A failed critical item (一票否决) is CRITICAL; a plain FAIL or a score below half the item's
 * points is MAJOR; a score short of full marks but at least half is MINOR.
 */
export function findingSeverity(item: AuditTemplateItem, answer: AuditAnswer): FindingSeverity {
  if (item.critical) return 'CRITICAL';
  if (answer.kind === 'SCORE' && answer.score >= item.maxScore / 2) return 'MINOR';
  return 'MAJOR';
}

/** When a rectification of a finding raised at `raisedAt` falls due. */
export function rectificationDueAt(severity: FindingSeverity, raisedAt: Date): Date {
  return new Date(raisedAt.getTime() + RECTIFICATION_DUE_DAYS[severity] * 24 * 60 * 60 * 1000);
}

/**
 * open → in progress (assigned) → submitted with evidence → verified ✓, or reopened (back to the
 * assignee) → submitted again … Overdue is a flag beside the status (`overdueAt`), not a status:
 * an overdue rectification is still open, in progress or reopened.
 */
export const RECTIFICATION_STATUSES = ['OPEN', 'IN_PROGRESS', 'SUBMITTED', 'VERIFIED', 'REOPENED'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

/** Statuses in which the estate still owes work (and so can fall overdue). */
export const RECTIFICATION_OPEN_STATUSES: readonly RectificationStatus[] = [
  'OPEN',
  'IN_PROGRESS',
  'REOPENED',
];

/** A finding's appeal: filed once by the estate, decided by the auditor. */
export const APPEAL_STATUSES = ['PENDING', 'UPHELD', 'WITHDRAWN'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

/**
 * The planned dates of a recurring estate check between `from` and `to` (inclusive), as
 * `YYYY-MM-DD`: SELF_CHECK every day, SEMI_MONTHLY on the 1st and 16th, MONTHLY on the 1st.
 */
export function recurrenceDates(kind: EstateAuditKind, from: IsoDate, to: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let d = from; d <= to; d = addDaysToDate(d, 1)) {
    const day = Number(d.slice(8, 10));
    if (kind === 'SELF_CHECK' || day === 1 || (kind === 'SEMI_MONTHLY' && day === 16)) dates.push(d);
  }
  return dates;
}
