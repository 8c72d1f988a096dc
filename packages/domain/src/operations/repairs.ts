/**
 * Rework (返修) and what a work order contributes to the repair indicators (repair_timely,
 * repair_rework, repair_quality, repair_callback), as pure functions for the indicator source.
 */
import { monthOfDate } from '../indicators/periods.js';
import { doneAtOf, dueOf, isTimely, SLA_STEPS, type SlaTimes } from './sla.js';
import type { WorkOrderCategory, WorkOrderKind, WorkOrderLocationKind } from './work-orders.js';

/** A repeat repair of the same fault within this many days of the earlier completion is rework. */
export const REWORK_WINDOW_DAYS = 30;
const WINDOW_MS = REWORK_WINDOW_DAYS * 86_400_000;

/**
 * The key two descriptions of one place share: Unicode-normalised (full-width digits and letters
 * become half-width), lower-cased, without white space. "3栋 2单元 801" and "３栋2单元801" match.
 */
export function locationKey(location: string): string {
  return location.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** What the rework rule compares. */
export interface ReworkFacts {
  id: string;
  estateId: string;
  locationKind: WorkOrderLocationKind;
  /** `locationKey` of the unit or area. */
  locationKey: string;
  category: WorkOrderCategory;
}

/**
 * Whether `later` repeats `earlier`'s fault: the same estate, the same unit or public area and the
 * same category, reported within 30 days (30 × 24 hours) after `earlier` was completed.
 */
export function isReworkOf(
  earlier: ReworkFacts & { completedAt: Date | null },
  later: ReworkFacts & { reportedAt: Date },
): boolean {
  if (!earlier.completedAt || earlier.id === later.id) return false;
  const gap = later.reportedAt.getTime() - earlier.completedAt.getTime();
  return (
    earlier.estateId === later.estateId &&
    earlier.locationKind === later.locationKind &&
    earlier.locationKey === later.locationKey &&
    earlier.category === later.category &&
    gap >= 0 &&
    gap <= WINDOW_MS
  );
}

/** The earliest completion an earlier repair may have for a report at `reportedAt` to be its rework. */
export const reworkWindowStart = (reportedAt: Date) => new Date(reportedAt.getTime() - WINDOW_MS);

/** The repair `later` reworks among `candidates`: the most recently completed match, or null. */
export function reworkOf<T extends ReworkFacts & { completedAt: Date | null }>(
  candidates: readonly T[],
  later: ReworkFacts & { reportedAt: Date },
): T | null {
  let best: T | null = null;
  for (const c of candidates) {
    if (!isReworkOf(c, later)) continue;
    if (!best || c.completedAt!.getTime() > best.completedAt!.getTime()) best = c;
  }
  return best;
}

/** What the indicators read of an order. */
export interface RepairFacts extends SlaTimes {
  kind: WorkOrderKind;
  reworkOfId: string | null;
  qualityPassed: boolean | null;
  calledBackAt: Date | null;
}

/**
 * One completed order's contribution, to the month (company time zone) it was completed in. Every
 * repair indicator divides by the orders completed in the month; the numerators are the orders of
 * those that were on time (every step within its deadline), that were a rework of an earlier
 * repair, that passed the quality check (`qualityPassed` true; not checked counts as not passed),
 * and that were called back (whenever the callback was made: it counts in the completion month).
 * Null for an order not completed: it counts nowhere yet.
 */
export interface RepairFigures {
  month: string;
  finished: number;
  timely: number;
  rework: number;
  qualityPassed: number;
  calledBack: number;
}

export function repairFiguresOf(order: RepairFacts, timeZone: string): RepairFigures | null {
  if (!order.completedAt) return null;
  return {
    month: monthOfDate(order.completedAt, timeZone),
    finished: 1,
    timely: isTimely(order) ? 1 : 0,
    rework: order.reworkOfId ? 1 : 0,
    qualityPassed: order.qualityPassed === true ? 1 : 0,
    calledBack: order.calledBackAt ? 1 : 0,
  };
}

export type RepairSums = Omit<RepairFigures, 'month'>;

/** The sums of many orders' figures (one estate and month): what the indicator source answers. */
export function sumRepairFigures(figures: readonly (RepairFigures | null)[]): RepairSums {
  const out: RepairSums = { finished: 0, timely: 0, rework: 0, qualityPassed: 0, calledBack: 0 };
  for (const f of figures) {
    if (!f) continue;
    out.finished += f.finished;
    out.timely += f.timely;
    out.rework += f.rework;
    out.qualityPassed += f.qualityPassed;
    out.calledBack += f.calledBack;
  }
  return out;
}

/** The repair indicators and the part of the sums each one counts. */
export const REPAIR_INDICATORS = {
  repair_timely: 'timely',
  repair_rework: 'rework',
  repair_quality: 'qualityPassed',
  repair_callback: 'calledBack',
} as const satisfies Record<string, keyof RepairSums>;
export type RepairIndicatorCode = keyof typeof REPAIR_INDICATORS;
export const REPAIR_INDICATOR_CODES = Object.keys(REPAIR_INDICATORS) as [
  RepairIndicatorCode,
  ...RepairIndicatorCode[],
];

/** Numerator and denominator of a repair indicator; null when nothing was completed (no figure). */
export function repairIndicatorValue(
  code: RepairIndicatorCode,
  sums: RepairSums,
): { numerator: number; denominator: number } | null {
  if (sums.finished === 0) return null;
  return { numerator: sums[REPAIR_INDICATORS[code]], denominator: sums.finished };
}

/**
 * Why an order counts or not in a repair figure (the drill-down's reason): on time, or the first
 * step that was late; a rework or a first repair; the quality check passed, failed or not recorded
 * (counts as not passed); called back or not.
 */
export const REPAIR_ROW_REASONS = [
  'ON_TIME',
  'LATE_DISPATCH',
  'LATE_ARRIVAL',
  'LATE_COMPLETION',
  'REWORK',
  'FIRST_REPAIR',
  'QUALITY_PASSED',
  'QUALITY_FAILED',
  'QUALITY_NOT_CHECKED',
  'CALLED_BACK',
  'NOT_CALLED_BACK',
] as const;
export type RepairRowReason = (typeof REPAIR_ROW_REASONS)[number];

const LATE: Record<(typeof SLA_STEPS)[number], RepairRowReason> = {
  DISPATCH: 'LATE_DISPATCH',
  ARRIVE: 'LATE_ARRIVAL',
  COMPLETE: 'LATE_COMPLETION',
};

/** Whether a completed order counts in `code`'s numerator, and why (null: not completed). */
export function repairRowOf(
  code: RepairIndicatorCode,
  order: RepairFacts,
): { counted: boolean; reason: RepairRowReason } | null {
  if (!order.completedAt) return null;
  switch (code) {
    case 'repair_timely': {
      if (isTimely(order)) return { counted: true, reason: 'ON_TIME' };
      const late = SLA_STEPS.find((s) => {
        const done = doneAtOf(order, s);
        return !done || done.getTime() > dueOf(order, s).getTime();
      });
      return { counted: false, reason: LATE[late ?? 'COMPLETE'] };
    }
    case 'repair_rework':
      return order.reworkOfId
        ? { counted: true, reason: 'REWORK' }
        : { counted: false, reason: 'FIRST_REPAIR' };
    case 'repair_quality':
      return order.qualityPassed === true
        ? { counted: true, reason: 'QUALITY_PASSED' }
        : {
            counted: false,
            reason: order.qualityPassed === false ? 'QUALITY_FAILED' : 'QUALITY_NOT_CHECKED',
          };
    case 'repair_callback':
      return order.calledBackAt
        ? { counted: true, reason: 'CALLED_BACK' }
        : { counted: false, reason: 'NOT_CALLED_BACK' };
  }
}
