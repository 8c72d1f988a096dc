/**
 * Complaints (投诉, DOMAIN.md "Estate operations"): category by department, a validity ruling
 * (有效投诉) with its reason, severity (major ones reach the estate manager at once), the first
 * receiver who owns the case (首问责任制), the promised feedback time (1–2 days, at most a week),
 * at most one postponement, the resolution with its callback and satisfaction. Shared by the API
 * (which enforces the rules) and the web (which offers only what the complaint can take next), and
 * the rows behind the two complaint indicators.
 */
import type { ServiceCentreDepartment } from '../staffing/departments.js';
import { type CallbackSatisfaction, isSatisfied } from './work-orders.js';

/** Which department the complaint is about (the service centre's departments). */
export const COMPLAINT_CATEGORIES = [
  'CUSTOMER_SERVICE',
  'SECURITY',
  'CLEANING',
  'ENGINEERING',
  'LANDSCAPING',
  'MANAGEMENT',
] as const satisfies readonly ServiceCentreDepartment[];
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** How it reached the estate: phone, front desk, a visit, a letter or the online channels. */
export const COMPLAINT_CHANNELS = ['PHONE', 'FRONT_DESK', 'VISIT', 'LETTER', 'ONLINE'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** Major complaints (重大投诉) are sent to the estate manager the moment they are logged. */
export const COMPLAINT_SEVERITIES = ['NORMAL', 'MAJOR'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];

/** OPEN until resolved (the resolution, callback and satisfaction are recorded together). */
export const COMPLAINT_STATUSES = ['OPEN', 'RESOLVED'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** The steps after logging a complaint. */
export const COMPLAINT_STEPS = ['RULE', 'POSTPONE', 'RESOLVE'] as const;
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number];

/**
 * The company presets of the promised feedback time (回复时限): the seeds promise an answer within
 * one or two days; the default is two. Whatever the promise, feedback is due at most a week after
 * the complaint was received, and the same matter may be postponed at most once.
 */
export const COMPLAINT_FEEDBACK_PRESETS = { ONE_DAY: 24 * 60, TWO_DAYS: 48 * 60 } as const;
export const DEFAULT_COMPLAINT_FEEDBACK_MINUTES = COMPLAINT_FEEDBACK_PRESETS.TWO_DAYS;
export const MAX_COMPLAINT_FEEDBACK_MINUTES = 7 * 24 * 60;
export const MAX_COMPLAINT_POSTPONEMENTS = 1;

const MINUTE = 60_000;

/** The feedback time promised for a complaint received at `receivedAt`. */
export function promisedFeedbackAt(
  receivedAt: Date,
  minutes: number = DEFAULT_COMPLAINT_FEEDBACK_MINUTES,
): Date {
  return new Date(receivedAt.getTime() + minutes * MINUTE);
}

/** The latest feedback time any promise or postponement may name: a week after receipt. */
export function latestFeedbackAt(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + MAX_COMPLAINT_FEEDBACK_MINUTES * MINUTE);
}

export interface ComplaintFacts {
  status: ComplaintStatus;
  postponedAt: Date | null;
}

/** Why a step is refused on a complaint (null: allowed). */
export type ComplaintRefusal = 'ALREADY_RESOLVED' | 'ALREADY_POSTPONED' | null;

export function refusalOf(c: ComplaintFacts, step: ComplaintStep): ComplaintRefusal {
  if (c.status === 'RESOLVED') return 'ALREADY_RESOLVED';
  if (step === 'POSTPONE' && c.postponedAt) return 'ALREADY_POSTPONED';
  return null;
}

/** The steps a complaint can take now. */
export function complaintNextSteps(c: ComplaintFacts): ComplaintStep[] {
  return COMPLAINT_STEPS.filter((s) => refusalOf(c, s) === null);
}

/**
 * A postponement's new time: after the current promise, and no later than a week after receipt.
 * Answers the problem's reason, or null.
 */
export function postponementProblem(
  c: { receivedAt: Date; promisedFeedbackAt: Date },
  newFeedbackAt: Date,
): 'NOT_LATER' | 'TOO_LATE' | null {
  if (newFeedbackAt.getTime() <= c.promisedFeedbackAt.getTime()) return 'NOT_LATER';
  if (newFeedbackAt.getTime() > latestFeedbackAt(c.receivedAt).getTime()) return 'TOO_LATE';
  return null;
}

/** Overdue: open past its (possibly postponed) promise. */
export function isOverdue(c: { status: ComplaintStatus; promisedFeedbackAt: Date }, now: Date): boolean {
  return c.status === 'OPEN' && c.promisedFeedbackAt.getTime() < now.getTime();
}

// ---- indicators ------------------------------------------------------------------------------

export const COMPLAINT_VALID_RATE = 'complaint_valid_rate';
export const COMPLAINT_HANDLED = 'complaint_handled';
export const COMPLAINT_INDICATOR_CODES = [COMPLAINT_VALID_RATE, COMPLAINT_HANDLED] as const;
export type ComplaintIndicatorCode = (typeof COMPLAINT_INDICATOR_CODES)[number];

/** What the indicators need of a complaint received in the month. */
export interface ComplaintIndicatorFacts {
  id: string;
  valid: boolean | null;
  status: ComplaintStatus;
}

/**
 * An estate's complaint figure of a month, from the complaints received in that month (the
 * company's time zone):
 * - complaint_valid_rate (业户有效投诉率): valid complaints / households (null without households);
 * - complaint_handled (有效投诉处理率): valid complaints resolved / valid complaints (null without any).
 */
export function complaintFigure(
  code: ComplaintIndicatorCode,
  complaints: readonly ComplaintIndicatorFacts[],
  households: number,
): { numerator: number; denominator: number | null } | null {
  const valid = complaints.filter((c) => c.valid === true);
  if (code === COMPLAINT_VALID_RATE)
    return households > 0 ? { numerator: valid.length, denominator: households } : null;
  if (valid.length === 0) return null;
  return { numerator: valid.filter((c) => c.status === 'RESOLVED').length, denominator: valid.length };
}

/** Whether a complaint counts in the numerator of `code` (drill-down rows). */
export function complaintCounted(code: ComplaintIndicatorCode, c: ComplaintIndicatorFacts): boolean {
  return code === COMPLAINT_VALID_RATE ? c.valid === true : c.valid === true && c.status === 'RESOLVED';
}

/** Satisfaction after a resolution counts 满意 and 基本满意 as satisfied (as repair callbacks). */
export const complaintSatisfied = (s: CallbackSatisfaction | null | undefined) => isSatisfied(s);

export const COMPLAINT_LABELS = {
  category: {
    CUSTOMER_SERVICE: { zh: '客服', en: 'Customer service' },
    SECURITY: { zh: '秩序维护', en: 'Security' },
    CLEANING: { zh: '保洁', en: 'Cleaning' },
    ENGINEERING: { zh: '工程', en: 'Engineering' },
    LANDSCAPING: { zh: '绿化', en: 'Landscaping' },
    MANAGEMENT: { zh: '管理', en: 'Management' },
  },
  channel: {
    PHONE: { zh: '电话', en: 'Phone' },
    FRONT_DESK: { zh: '前台', en: 'Front desk' },
    VISIT: { zh: '来访', en: 'Visit' },
    LETTER: { zh: '来信', en: 'Letter' },
    ONLINE: { zh: '线上', en: 'Online' },
  },
  severity: { NORMAL: { zh: '一般', en: 'Normal' }, MAJOR: { zh: '重大', en: 'Major' } },
  status: { OPEN: { zh: '处理中', en: 'Open' }, RESOLVED: { zh: '已处理', en: 'Resolved' } },
} as const satisfies Record<string, Record<string, { zh: string; en: string }>>;
