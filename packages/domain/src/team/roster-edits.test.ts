import { describe, expect, it } from 'vitest';
import {
  assignShifts,
  generateRoster,
  markLeave,
  type Roster,
  type RosterAssignment,
  rosterEntry,
  swapShifts,
} from '../index.js';

const STAFF: RosterAssignment[] = [
  { staffId: 'a', patternCode: 'THREE_CREWS', crew: 'A', positionId: 'guard' },
  { staffId: 'b', patternCode: 'THREE_CREWS', crew: 'B', positionId: 'guard' },
  { staffId: 'c', patternCode: 'THREE_CREWS', crew: 'C', positionId: 'guard' },
  { staffId: 'k', patternCode: 'SIX_ONE', positionId: 'cleaner' },
];
// On 2025-03-01 (the anchor) crew A works the day, B the night and C rests.
const ROSTER = generateRoster({ from: '2025-03-01', to: '2025-03-07', anchor: '2025-03-01', staff: STAFF });
const D = '2025-03-01';

function edited(result: ReturnType<typeof markLeave>): Roster {
  if (!result.ok) throw new Error(`edit refused: ${result.problem}`);
  return result.roster;
}

describe('markLeave', () => {
  it('drops the day’s shifts and records the leave, leaving the input roster as it was', () => {
    const roster = edited(markLeave(ROSTER, { staffId: 'a', date: D, leaveKind: 'SICK' }));
    expect(rosterEntry(roster, 'a', D)).toMatchObject({
      shifts: [],
      status: 'LEAVE',
      edit: { kind: 'LEAVE', leaveKind: 'SICK' },
    });
    expect(rosterEntry(ROSTER, 'a', D)?.shifts).toEqual(['DAY']);
    expect(roster.entries.filter((e, i) => e !== ROSTER.entries[i])).toHaveLength(1);
  });

  it('refuses a rest day, a second leave and someone not in the roster', () => {
    expect(markLeave(ROSTER, { staffId: 'c', date: D, leaveKind: 'ANNUAL' })).toEqual({
      ok: false,
      problem: 'NOT_WORKING',
    });
    const once = edited(markLeave(ROSTER, { staffId: 'a', date: D, leaveKind: 'ANNUAL' }));
    expect(markLeave(once, { staffId: 'a', date: D, leaveKind: 'ANNUAL' })).toMatchObject({
      problem: 'ON_LEAVE',
    });
    expect(markLeave(ROSTER, { staffId: 'z', date: D, leaveKind: 'ANNUAL' })).toMatchObject({
      problem: 'NOT_IN_ROSTER',
    });
    expect(markLeave(ROSTER, { staffId: 'a', date: '2025-04-01', leaveKind: 'ANNUAL' })).toMatchObject({
      problem: 'NOT_IN_ROSTER',
    });
  });
});

describe('swapShifts', () => {
  it('exchanges two people’s shifts for the day, a rest day included, and records with whom', () => {
    const roster = edited(swapShifts(ROSTER, { date: D, staffId: 'a', withStaffId: 'c' }));
    expect(rosterEntry(roster, 'a', D)).toMatchObject({
      shifts: [],
      status: 'REST',
      edit: { kind: 'SWAP', withStaffId: 'c' },
    });
    expect(rosterEntry(roster, 'c', D)).toMatchObject({
      shifts: ['DAY'],
      status: 'WORK',
      edit: { kind: 'SWAP', withStaffId: 'a' },
    });
    expect(rosterEntry(roster, 'a', '2025-03-02')?.shifts).toEqual(['NIGHT']);
  });

  it('refuses swaps that change nothing, cross positions or involve someone on leave', () => {
    const swap = (staffId: string, withStaffId: string, roster = ROSTER) =>
      swapShifts(roster, { date: D, staffId, withStaffId });
    expect(swap('a', 'a')).toMatchObject({ problem: 'SAME_STAFF' });
    expect(swap('a', 'k')).toMatchObject({ problem: 'DIFFERENT_POSITION' });
    expect(swap('a', 'nobody')).toMatchObject({ problem: 'NOT_IN_ROSTER' });
    const leave = edited(markLeave(ROSTER, { staffId: 'b', date: D, leaveKind: 'PERSONAL' }));
    expect(swap('a', 'b', leave)).toMatchObject({ problem: 'ON_LEAVE' });
    const bothRest = edited(assignShifts(ROSTER, { staffId: 'a', date: D, shifts: [] }));
    expect(swap('a', 'c', bothRest)).toMatchObject({ problem: 'NOTHING_TO_SWAP' });
  });
});

describe('assignShifts', () => {
  it('sets a day’s shifts, e.g. a rest-day relief', () => {
    const roster = edited(assignShifts(ROSTER, { staffId: 'c', date: D, shifts: ['NIGHT'] }));
    expect(rosterEntry(roster, 'c', D)).toMatchObject({
      shifts: ['NIGHT'],
      status: 'WORK',
      edit: { kind: 'ASSIGN' },
    });
  });

  it('refuses unknown shifts and shifts that overlap', () => {
    expect(assignShifts(ROSTER, { staffId: 'c', date: D, shifts: ['LATE'] })).toMatchObject({
      problem: 'UNKNOWN_SHIFT',
    });
    expect(assignShifts(ROSTER, { staffId: 'c', date: D, shifts: ['OFFICE', 'DAY'] })).toMatchObject({
      problem: 'OVERLAP',
    });
    expect(assignShifts(ROSTER, { staffId: 'c', date: D, shifts: ['DAY', 'NIGHT'] })).toMatchObject({
      ok: true,
    });
  });
});
