/**
 * Service-time commitments (服务承诺) of work orders and the rules that judge them, as pure
 * functions: the clock and the company's time zone are passed in.
 *
 * The seeds' figures are the defaults: dispatch within 3 minutes (三分钟服务承诺, seed 001),
 * arrive within 10 minutes of the report (接到维修通知十分钟到达现场, seed 000), urgent repairs
 * finished the same day (急修不过夜, seed 000). Seed 002 allows 30 minutes to reach an emergency:
 * that figure is the preset `SEED_002`. Minor repairs are "done at once or within the promised
 * time" (临修及时完成): the seeds name no figure, so the product's default is 24 hours, which a
 * company changes like any other commitment.
 *
 * Every deadline runs from the moment the repair was reported (the resident's wait), not from the
 * previous step: a slow dispatch leaves less time to arrive.
 *
 * Same-day urgent repairs: the deadline is the end of the company's local calendar day on which the
 * repair was reported (midnight, whatever the month or year: 31 January → 1 February, 31 December
 * → 1 January, 29 February in a leap year → 1 March). An urgent repair reported at 23:50 is due at
 * 24:00 the same night, ten minutes later. The seeds promise 不过夜 without exception, so none is
 * invented here: such an order breaches at midnight unless finished, counts as not on time, and
 * the board shows it. A company that wants another rule turns `urgentSameDay` off and sets
 * `urgentCompleteMinutes` (then measured from the report like the other deadlines). Its dispatch
 * and arrival deadlines (23:53 and 00:00) are unaffected.
 */
import type { WorkOrderKind } from './work-orders.js';
import { endOfZonedDay } from './zoned.js';

/** A company's commitments, as stored (one version per change, see work_order_commitments). */
export interface WorkOrderCommitments {
  dispatchMinutesMinor: number;
  dispatchMinutesUrgent: number;
  arriveMinutesMinor: number;
  arriveMinutesUrgent: number;
  /** Minor repairs finished within this many minutes of the report. */
  completeMinutesMinor: number;
  /** 急修不过夜: urgent repairs finished by the end of the local day they were reported. */
  urgentSameDay: boolean;
  /** Urgent repairs, when `urgentSameDay` is off: finished within this many minutes of the report. */
  completeMinutesUrgent: number;
}

/** The seeds' commitments (seed 001: 3 minutes to dispatch; seed 000: 10 minutes to arrive, 不过夜). */
export const DEFAULT_WORK_ORDER_COMMITMENTS: Readonly<WorkOrderCommitments> = {
  dispatchMinutesMinor: 3,
  dispatchMinutesUrgent: 3,
  arriveMinutesMinor: 10,
  arriveMinutesUrgent: 10,
  completeMinutesMinor: 24 * 60,
  urgentSameDay: true,
  completeMinutesUrgent: 4 * 60,
};

/** Presets a company may start from: the seeds disagree on the time to reach an emergency. */
export const WORK_ORDER_COMMITMENT_PRESETS = {
  /** Seeds 000 and 001: 3 minutes to dispatch, 10 minutes to arrive, urgent repairs the same day. */
  SEED_000: DEFAULT_WORK_ORDER_COMMITMENTS,
  /** Seed 002: an emergency repair reached within 30 minutes. */
  SEED_002: { ...DEFAULT_WORK_ORDER_COMMITMENTS, arriveMinutesUrgent: 30 },
} as const satisfies Record<string, WorkOrderCommitments>;

/** Bounds of a commitment in minutes: at least one minute, at most 30 days. */
export const MAX_COMMITMENT_MINUTES = 30 * 24 * 60;

/** The steps with a deadline. */
export const SLA_STEPS = ['DISPATCH', 'ARRIVE', 'COMPLETE'] as const;
export type SlaStep = (typeof SLA_STEPS)[number];

export interface WorkOrderDeadlines {
  dispatchDueAt: Date;
  arriveDueAt: Date;
  completeDueAt: Date;
}

const MINUTE = 60_000;
const after = (from: Date, minutes: number) => new Date(from.getTime() + minutes * MINUTE);

/**
 * The deadlines of an order reported at `reportedAt`, under the commitments in force then. An
 * order keeps them: a later change of the commitments judges only orders reported after it.
 */
export function workOrderDeadlines(
  kind: WorkOrderKind,
  reportedAt: Date,
  commitments: WorkOrderCommitments,
  timeZone: string,
): WorkOrderDeadlines {
  const urgent = kind === 'URGENT';
  return {
    dispatchDueAt: after(
      reportedAt,
      urgent ? commitments.dispatchMinutesUrgent : commitments.dispatchMinutesMinor,
    ),
    arriveDueAt: after(reportedAt, urgent ? commitments.arriveMinutesUrgent : commitments.arriveMinutesMinor),
    completeDueAt: urgent
      ? commitments.urgentSameDay
        ? endOfZonedDay(reportedAt, timeZone)
        : after(reportedAt, commitments.completeMinutesUrgent)
      : after(reportedAt, commitments.completeMinutesMinor),
  };
}

/** The commitments in force at `at`: the latest version effective by then, else the defaults. */
export function commitmentsAt<T extends WorkOrderCommitments & { effectiveFrom: Date }>(
  versions: readonly T[],
  at: Date,
): WorkOrderCommitments {
  let best: T | undefined;
  for (const v of versions) {
    if (v.effectiveFrom.getTime() > at.getTime()) continue;
    if (!best || v.effectiveFrom.getTime() > best.effectiveFrom.getTime()) best = v;
  }
  return best ?? DEFAULT_WORK_ORDER_COMMITMENTS;
}

/** The timestamps and deadlines the SLA rules read. */
export interface SlaTimes extends WorkOrderDeadlines {
  dispatchedAt: Date | null;
  arrivedAt: Date | null;
  completedAt: Date | null;
}

export const dueOf = (o: WorkOrderDeadlines, step: SlaStep): Date =>
  step === 'DISPATCH' ? o.dispatchDueAt : step === 'ARRIVE' ? o.arriveDueAt : o.completeDueAt;

export const doneAtOf = (o: Pick<SlaTimes, 'dispatchedAt' | 'arrivedAt' | 'completedAt'>, step: SlaStep) =>
  step === 'DISPATCH' ? o.dispatchedAt : step === 'ARRIVE' ? o.arrivedAt : o.completedAt;

/**
 * Whether a step missed its deadline by `now`: done after it, or not done and the deadline passed.
 * Done exactly at the deadline is on time ("within 3 minutes").
 */
export function stepBreached(o: SlaTimes, step: SlaStep, now: Date): boolean {
  const due = dueOf(o, step).getTime();
  const done = doneAtOf(o, step);
  return done ? done.getTime() > due : now.getTime() > due;
}

/** The steps breached by `now` (in lifecycle order). */
export function breachedSteps(o: SlaTimes, now: Date): SlaStep[] {
  return SLA_STEPS.filter((s) => stepBreached(o, s, now));
}

/** The next deadline still ahead of an open step (what the board counts down to), or null. */
export function nextDeadline(o: SlaTimes, now: Date): { step: SlaStep; dueAt: Date } | null {
  for (const step of SLA_STEPS) {
    if (doneAtOf(o, step)) continue;
    const dueAt = dueOf(o, step);
    if (dueAt.getTime() >= now.getTime()) return { step, dueAt };
  }
  return null;
}

/**
 * On time (及时, repair_timely): completed, and every step done by its deadline — dispatched in
 * time, on site in time, finished in time.
 */
export function isTimely(o: SlaTimes): boolean {
  if (!o.completedAt) return false;
  return SLA_STEPS.every((s) => {
    const done = doneAtOf(o, s);
    return done != null && done.getTime() <= dueOf(o, s).getTime();
  });
}
