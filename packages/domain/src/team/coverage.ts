/**
 * Coverage of a roster: a 24-hour post (秩序维护 guards) must be manned every minute of every day,
 * and a position must have its planned number of people on duty each day. A night shift belongs
 * to the day it starts (its hours, its headcount) but covers the small hours of the next day.
 */
import type { IsoDate } from '../audits/dates.js';
import { datesBetween, daysBetween } from './dates.js';
import type { RosterEntry } from './roster.js';
import { type Segment, SHIFTS, shiftSegments, type TimeOfDay, timeOf } from './shifts.js';

/** A position that must be manned around the clock by `required` people at a time (default 1). */
export interface RoundTheClockPost {
  positionId: string;
  required?: number;
}

/**
 * A position that needs `requiredOnDuty` people working each day, or as many as the function
 * answers for a date (a rotating pattern puts a different number on duty on some days: see
 * `plannedOnDuty`).
 */
export interface DailyHeadcount {
  positionId: string;
  requiredOnDuty: number | ((date: IsoDate) => number);
}

export interface CoverageInput {
  /**
   * Roster entries; those of the day before `from` count for the small hours of `from` (a night
   * shift started then). Without them those hours show as uncovered.
   */
  entries: readonly RosterEntry[];
  from: IsoDate;
  to: IsoDate;
  posts?: readonly RoundTheClockPost[];
  headcounts?: readonly DailyHeadcount[];
}

/** A stretch of a day when a post has fewer people than it needs. */
export interface CoverageGap {
  positionId: string;
  date: IsoDate;
  start: TimeOfDay;
  /** `24:00` when the gap runs to midnight. */
  end: TimeOfDay;
  hours: number;
  onDuty: number;
  required: number;
}

export interface HeadcountShortfall {
  positionId: string;
  date: IsoDate;
  onDuty: number;
  required: number;
}

export interface CoverageReport {
  gaps: CoverageGap[];
  shortfalls: HeadcountShortfall[];
}

/** The post's on-duty spans within `date` (0–1440), from shifts started that day or the day before. */
function spansOn(entries: readonly RosterEntry[], date: IsoDate): Segment[] {
  const out: Segment[] = [];
  for (const e of entries) {
    const shift = daysBetween(date, e.date) * 1440;
    if (shift !== 0 && shift !== -1440) continue;
    for (const code of e.shifts) {
      for (const s of shiftSegments(SHIFTS[code])) {
        const start = Math.max(0, s.start + shift);
        const end = Math.min(1440, s.end + shift);
        if (start < end) out.push({ start, end });
      }
    }
  }
  return out;
}

/** Stretches of the day (merged while the count stays the same) with fewer than `required` on duty. */
function dayGaps(
  spans: readonly Segment[],
  required: number,
): { start: number; end: number; onDuty: number }[] {
  const cuts = [...new Set([0, 1440, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const gaps: { start: number; end: number; onDuty: number }[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k]!;
    const end = cuts[k + 1]!;
    const onDuty = spans.filter((s) => s.start <= start && s.end >= end).length;
    if (onDuty >= required) continue;
    const last = gaps.at(-1);
    if (last && last.end === start && last.onDuty === onDuty) last.end = end;
    else gaps.push({ start, end, onDuty });
  }
  return gaps;
}

/** Uncovered stretches of the 24-hour posts and days below headcount, from `from` to `to`. */
export function checkCoverage(input: CoverageInput): CoverageReport {
  const dates = datesBetween(input.from, input.to);
  const gaps: CoverageGap[] = [];
  for (const post of input.posts ?? []) {
    const required = post.required ?? 1;
    const mine = input.entries.filter((e) => e.positionId === post.positionId);
    for (const date of dates) {
      for (const g of dayGaps(spansOn(mine, date), required)) {
        gaps.push({
          positionId: post.positionId,
          date,
          start: timeOf(g.start),
          end: timeOf(g.end),
          hours: (g.end - g.start) / 60,
          onDuty: g.onDuty,
          required,
        });
      }
    }
  }
  const shortfalls: HeadcountShortfall[] = [];
  for (const h of input.headcounts ?? []) {
    for (const date of dates) {
      const required = typeof h.requiredOnDuty === 'function' ? h.requiredOnDuty(date) : h.requiredOnDuty;
      const onDuty = input.entries.filter(
        (e) => e.positionId === h.positionId && e.date === date && e.shifts.length > 0,
      ).length;
      if (onDuty < required) {
        shortfalls.push({ positionId: h.positionId, date, onDuty, required });
      }
    }
  }
  return { gaps, shortfalls };
}
