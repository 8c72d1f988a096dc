/**
 * Single-day edits of a roster, as pure functions: each returns a new roster (the input is left
 * unchanged) or the reason it cannot be done, a stable code the API turns into a field problem.
 */
import { addDaysToDate, type IsoDate } from '../audits/dates.js';
import type { LeaveKind, Roster, RosterEdit, RosterEntry } from './roster.js';
import { isShiftCode, SHIFTS, type ShiftCode, shiftSegments } from './shifts.js';

export const ROSTER_EDIT_PROBLEMS = [
  'NOT_IN_ROSTER',
  'NOT_WORKING',
  'ON_LEAVE',
  'SAME_STAFF',
  'DIFFERENT_POSITION',
  'NOTHING_TO_SWAP',
  'UNKNOWN_SHIFT',
  'OVERLAP',
] as const;
export type RosterEditProblem = (typeof ROSTER_EDIT_PROBLEMS)[number];

export type RosterEditResult = { ok: true; roster: Roster } | { ok: false; problem: RosterEditProblem };

const fail = (problem: RosterEditProblem): RosterEditResult => ({ ok: false, problem });

function indexOf(roster: Roster, staffId: string, date: IsoDate): number {
  return roster.entries.findIndex((e) => e.staffId === staffId && e.date === date);
}

function replaced(roster: Roster, changes: ReadonlyMap<number, RosterEntry>): Roster {
  return { ...roster, entries: roster.entries.map((e, i) => changes.get(i) ?? e) };
}

function withShifts(entry: RosterEntry, shifts: readonly ShiftCode[], edit: RosterEdit): RosterEntry {
  return { ...entry, shifts, status: shifts.length ? 'WORK' : 'REST', edit };
}

/** Minutes on duty of a day's shifts, from midnight of `date`. */
function spans(shifts: readonly ShiftCode[], dayShift: number) {
  return shifts.flatMap((c) =>
    shiftSegments(SHIFTS[c]).map((s) => ({ start: s.start + dayShift * 1440, end: s.end + dayShift * 1440 })),
  );
}

/** Whether `shifts` on `date` overlap each other or the person's shifts of the days around it. */
function overlaps(roster: Roster, staffId: string, date: IsoDate, shifts: readonly ShiftCode[]): boolean {
  const around = [-1, 1].flatMap((d) => {
    const e = roster.entries.find((x) => x.staffId === staffId && x.date === addDaysToDate(date, d));
    return e ? spans(e.shifts, d) : [];
  });
  const own = spans(shifts, 0);
  return own.some((a, i) => [...own.slice(i + 1), ...around].some((b) => a.start < b.end && b.start < a.end));
}

/** Leave on a working day: the day's shifts are dropped (the post may be left uncovered). */
export function markLeave(
  roster: Roster,
  edit: { staffId: string; date: IsoDate; leaveKind: LeaveKind },
): RosterEditResult {
  const i = indexOf(roster, edit.staffId, edit.date);
  const entry = roster.entries[i];
  if (!entry) return fail('NOT_IN_ROSTER');
  if (entry.status === 'LEAVE') return fail('ON_LEAVE');
  if (!entry.shifts.length) return fail('NOT_WORKING');
  const onLeave: RosterEntry = {
    ...entry,
    shifts: [],
    status: 'LEAVE',
    edit: { kind: 'LEAVE', leaveKind: edit.leaveKind },
  };
  return { ok: true, roster: replaced(roster, new Map([[i, onLeave]])) };
}

/**
 * Two people of the same position exchange their shifts of one day (换班): one may take the
 * other's shift on a rest day. The post keeps the same shifts, so its coverage is unchanged.
 */
export function swapShifts(
  roster: Roster,
  edit: { date: IsoDate; staffId: string; withStaffId: string },
): RosterEditResult {
  if (edit.staffId === edit.withStaffId) return fail('SAME_STAFF');
  const i = indexOf(roster, edit.staffId, edit.date);
  const j = indexOf(roster, edit.withStaffId, edit.date);
  const a = roster.entries[i];
  const b = roster.entries[j];
  if (!a || !b) return fail('NOT_IN_ROSTER');
  if (a.status === 'LEAVE' || b.status === 'LEAVE') return fail('ON_LEAVE');
  if (a.positionId !== b.positionId) return fail('DIFFERENT_POSITION');
  if (a.shifts.join() === b.shifts.join()) return fail('NOTHING_TO_SWAP');
  if (overlaps(roster, a.staffId, a.date, b.shifts) || overlaps(roster, b.staffId, b.date, a.shifts)) {
    return fail('OVERLAP');
  }
  const changes = new Map([
    [i, withShifts(a, b.shifts, { kind: 'SWAP', withStaffId: b.staffId })],
    [j, withShifts(b, a.shifts, { kind: 'SWAP', withStaffId: a.staffId })],
  ]);
  return { ok: true, roster: replaced(roster, changes) };
}

/** Set one person's shifts for a day (relief cover, an extra shift, a cancelled leave). */
export function assignShifts(
  roster: Roster,
  edit: { staffId: string; date: IsoDate; shifts: readonly string[] },
): RosterEditResult {
  const i = indexOf(roster, edit.staffId, edit.date);
  const entry = roster.entries[i];
  if (!entry) return fail('NOT_IN_ROSTER');
  if (!edit.shifts.every(isShiftCode)) return fail('UNKNOWN_SHIFT');
  const shifts = edit.shifts as readonly ShiftCode[];
  if (overlaps(roster, entry.staffId, entry.date, shifts)) return fail('OVERLAP');
  return {
    ok: true,
    roster: replaced(roster, new Map([[i, withShifts(entry, shifts, { kind: 'ASSIGN' })]])),
  };
}
