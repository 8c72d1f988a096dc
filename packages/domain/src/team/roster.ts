/**
 * Rosters (排班): each person's shifts by date, generated from their shift pattern. A person's day
 * of the cycle is counted from one fixed anchor date plus their crew's offset, so a roster for
 * January continues December's rotation exactly, whatever the month lengths or leap years.
 */
import type { IsoDate } from '../audits/dates.js';
import { assertDate, cycleIndex, datesBetween, daysBetween, monthBounds } from './dates.js';
import {
  crewOffset,
  isShiftPatternCode,
  SHIFT_PATTERNS,
  SHIFTS,
  type ShiftCode,
  type ShiftPatternCode,
} from './shifts.js';

/** A person on a pattern: `crew` (a crew code of the pattern) or `offset` (day of the cycle on the anchor date). */
export interface RosterAssignment {
  staffId: string;
  patternCode: ShiftPatternCode;
  crew?: string;
  offset?: number;
  /** The position (post) the person fills: coverage and headcount are counted by it. */
  positionId?: string;
}

export const LEAVE_KINDS = ['ANNUAL', 'SICK', 'PERSONAL', 'COMPENSATORY', 'OTHER'] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];

/** How a day differs from the generated one. */
export type RosterEdit =
  | { kind: 'LEAVE'; leaveKind: LeaveKind }
  | { kind: 'SWAP'; withStaffId: string }
  | { kind: 'ASSIGN' };

export interface RosterEntry {
  staffId: string;
  date: IsoDate;
  patternCode: ShiftPatternCode;
  positionId?: string;
  /** Shifts starting on `date` (a night shift belongs to the day it starts); empty: not working. */
  shifts: readonly ShiftCode[];
  /** WORK / REST as generated or assigned; LEAVE when leave replaced the day's shifts. */
  status: 'WORK' | 'REST' | 'LEAVE';
  edit?: RosterEdit;
}

export interface Roster {
  from: IsoDate;
  to: IsoDate;
  anchor: IsoDate;
  /** One entry per person and date, by person (in the order given) then date. */
  entries: readonly RosterEntry[];
}

export interface GenerateRosterInput {
  from: IsoDate;
  to: IsoDate;
  /** Day 0 of every cycle at offset 0; keep it fixed for an estate so rotations continue. */
  anchor: IsoDate;
  staff: readonly RosterAssignment[];
}

function offsetOf(a: RosterAssignment): number {
  if (!isShiftPatternCode(a.patternCode)) throw new RangeError(`unknown shift pattern ${a.patternCode}`);
  const pattern = SHIFT_PATTERNS[a.patternCode];
  if (a.crew !== undefined && a.offset !== undefined) {
    throw new RangeError(`${a.staffId}: give a crew or an offset, not both`);
  }
  if (a.offset !== undefined && !Number.isInteger(a.offset)) {
    throw new RangeError(`${a.staffId}: offset ${a.offset} is not a whole number`);
  }
  return a.crew !== undefined ? crewOffset(pattern, a.crew) : (a.offset ?? 0);
}

/** The shifts a person's pattern gives them on `date`. */
export function scheduledShifts(a: RosterAssignment, anchor: IsoDate, date: IsoDate): readonly ShiftCode[] {
  const offset = offsetOf(a);
  const pattern = SHIFT_PATTERNS[a.patternCode];
  return pattern.cycle[cycleIndex(daysBetween(anchor, date) + offset, pattern.cycleLength)] ?? [];
}

/** Generate every person's days from `from` to `to` (both included). */
export function generateRoster(input: GenerateRosterInput): Roster {
  assertDate(input.anchor, 'anchor');
  const dates = datesBetween(input.from, input.to);
  const seen = new Set<string>();
  const entries: RosterEntry[] = [];
  for (const a of input.staff) {
    if (seen.has(a.staffId)) throw new RangeError(`${a.staffId} is assigned twice`);
    seen.add(a.staffId);
    offsetOf(a);
    for (const date of dates) {
      const shifts = scheduledShifts(a, input.anchor, date);
      entries.push({
        staffId: a.staffId,
        date,
        patternCode: a.patternCode,
        ...(a.positionId !== undefined ? { positionId: a.positionId } : {}),
        shifts,
        status: shifts.length ? 'WORK' : 'REST',
      });
    }
  }
  return { from: input.from, to: input.to, anchor: input.anchor, entries };
}

/** Generate a month `YYYY-MM` (see generateRoster); consecutive months join without a break. */
export function generateMonthRoster(
  input: Omit<GenerateRosterInput, 'from' | 'to'> & { month: string },
): Roster {
  const { month, ...rest } = input;
  return generateRoster({ ...rest, ...monthBounds(month) });
}

export function rosterEntry(roster: Roster, staffId: string, date: IsoDate): RosterEntry | undefined {
  return roster.entries.find((e) => e.staffId === staffId && e.date === date);
}

/** Hours each person works in the roster, each shift counted on the day it starts. */
export function hoursByStaff(roster: Roster): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of roster.entries) {
    out[e.staffId] = (out[e.staffId] ?? 0) + e.shifts.reduce((sum, code) => sum + SHIFTS[code].hours, 0);
  }
  return out;
}
