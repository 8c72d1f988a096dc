import { describe, expect, it } from 'vitest';
import {
  addDaysToDate,
  checkCoverage,
  generateMonthRoster,
  generateRoster,
  markLeave,
  monthBounds,
  type Roster,
  type RosterAssignment,
  type RosterEntry,
  swapShifts,
} from '../index.js';

const ANCHOR = '2024-01-01';
/** Seed 000: four guards on 二班二运转, two per crew. */
const GUARDS: RosterAssignment[] = ['A', 'A', 'B', 'B'].map((crew, i) => ({
  staffId: `g${i + 1}`,
  patternCode: 'TWO_CREWS',
  crew,
  positionId: 'guard',
}));
const ONE_GUARD = [{ positionId: 'guard' }];
const TWO_GUARDS = [{ positionId: 'guard', required: 2 }];

/** A month's roster plus the day before it, whose night shift covers the month's first small hours. */
function withLeadIn(month: string, staff: readonly RosterAssignment[]): Roster {
  const { from, to } = monthBounds(month);
  return generateRoster({ from: addDaysToDate(from, -1), to, anchor: ANCHOR, staff });
}

function edited(result: ReturnType<typeof markLeave>): Roster {
  if (!result.ok) throw new Error(`edit refused: ${result.problem}`);
  return result.roster;
}

describe('checkCoverage of a 24-hour post', () => {
  it('two crews on 二班二运转 cover every minute, across December into January and through a leap February', () => {
    for (const month of ['2024-12', '2025-01', '2024-02']) {
      const roster = withLeadIn(month, GUARDS);
      const report = checkCoverage({ entries: roster.entries, ...monthBounds(month), posts: TWO_GUARDS });
      expect(report, month).toEqual({ gaps: [], shortfalls: [] });
    }
  });

  it('three crews on 三班两运转 cover every minute', () => {
    const staff = ['A', 'B', 'C'].map((crew) => ({
      staffId: crew,
      patternCode: 'THREE_CREWS' as const,
      crew,
      positionId: 'guard',
    }));
    const roster = withLeadIn('2024-02', staff);
    expect(
      checkCoverage({ entries: roster.entries, ...monthBounds('2024-02'), posts: ONE_GUARD }).gaps,
    ).toEqual([]);
  });

  it('without the day before, the first small hours show as uncovered', () => {
    const roster = generateMonthRoster({ month: '2025-01', anchor: ANCHOR, staff: GUARDS.slice(0, 3) });
    expect(
      checkCoverage({ entries: roster.entries, from: '2025-01-01', to: '2025-01-01', posts: ONE_GUARD }),
    ).toEqual({
      gaps: [
        {
          positionId: 'guard',
          date: '2025-01-01',
          start: '00:00',
          end: '07:00',
          hours: 7,
          onDuty: 0,
          required: 1,
        },
      ],
      shortfalls: [],
    });
  });

  it('leave on a night shift leaves the evening and the next morning uncovered', () => {
    const staff = [GUARDS[0]!, GUARDS[2]!];
    // 2024-12-03 is day 337 after the anchor: crew A is on nights (337 mod 14 = 1).
    const leave = { staffId: 'g1', date: '2024-12-03', leaveKind: 'SICK' } as const;
    const roster = edited(markLeave(withLeadIn('2024-12', staff), leave));
    const gap = { positionId: 'guard', onDuty: 0, required: 1 };
    expect(
      checkCoverage({ entries: roster.entries, ...monthBounds('2024-12'), posts: ONE_GUARD }).gaps,
    ).toEqual([
      { ...gap, date: '2024-12-03', start: '19:00', end: '24:00', hours: 5 },
      { ...gap, date: '2024-12-04', start: '00:00', end: '07:00', hours: 7 },
    ]);
  });

  it('with two guards needed, one on leave leaves the post half-manned for the shift', () => {
    // 2024-12-05 is day 339: crew B (g3, g4) is on days.
    const leave = { staffId: 'g4', date: '2024-12-05', leaveKind: 'ANNUAL' } as const;
    const roster = edited(markLeave(withLeadIn('2024-12', GUARDS), leave));
    expect(
      checkCoverage({ entries: roster.entries, ...monthBounds('2024-12'), posts: TWO_GUARDS }).gaps,
    ).toEqual([
      {
        positionId: 'guard',
        date: '2024-12-05',
        start: '07:00',
        end: '19:00',
        hours: 12,
        onDuty: 1,
        required: 2,
      },
    ]);
  });

  it('a swap between a day and a night guard keeps the post covered', () => {
    const staff = [GUARDS[0]!, GUARDS[2]!];
    const before = withLeadIn('2024-12', staff);
    const roster = edited(swapShifts(before, { date: '2024-12-10', staffId: 'g1', withStaffId: 'g3' }));
    // 2024-12-10 is day 344 (344 mod 14 = 8): crew A (g1) on the day shift, crew B (g3) on the night.
    const at = (r: Roster, id: string) =>
      r.entries.find((e) => e.staffId === id && e.date === '2024-12-10')?.shifts;
    expect([at(before, 'g1'), at(before, 'g3')]).toEqual([['DAY'], ['NIGHT']]);
    expect([at(roster, 'g1'), at(roster, 'g3')]).toEqual([['NIGHT'], ['DAY']]);
    expect(
      checkCoverage({ entries: roster.entries, ...monthBounds('2024-12'), posts: ONE_GUARD }).gaps,
    ).toEqual([]);
  });

  it('a night shift crossing midnight covers the next day’s small hours but counts on the day it starts', () => {
    const night: RosterEntry = {
      staffId: 'g1',
      date: '2024-12-31',
      patternCode: 'TWO_CREWS',
      positionId: 'guard',
      shifts: ['NIGHT'],
      status: 'WORK',
    };
    const rest: RosterEntry = { ...night, date: '2025-01-01', shifts: [], status: 'REST' };
    const report = checkCoverage({
      entries: [night, rest],
      from: '2024-12-31',
      to: '2025-01-01',
      posts: ONE_GUARD,
      headcounts: [{ positionId: 'guard', requiredOnDuty: 1 }],
    });
    expect(report.gaps.map((g) => [g.date, g.start, g.end])).toEqual([
      ['2024-12-31', '00:00', '19:00'],
      ['2025-01-01', '07:00', '24:00'],
    ]);
    expect(report.shortfalls).toEqual([{ positionId: 'guard', date: '2025-01-01', onDuty: 0, required: 1 }]);
  });

  it('breaks in a split shift are not on duty', () => {
    const roster = generateRoster({
      from: '2024-12-02',
      to: '2024-12-02',
      anchor: ANCHOR,
      staff: [{ staffId: 'k1', patternCode: 'SIX_ONE', positionId: 'cleaner' }],
    });
    const gaps = checkCoverage({ ...roster, posts: [{ positionId: 'cleaner' }] }).gaps;
    expect(gaps.map((g) => `${g.start}-${g.end}`)).toEqual(['00:00-07:00', '11:00-13:00', '16:00-24:00']);
  });
});

describe('checkCoverage of daily headcount', () => {
  // Five cleaners on 做六休一 with rest days staggered: four or five at work every day.
  const CLEANERS: RosterAssignment[] = [0, 1, 2, 3, 4].map((offset) => ({
    staffId: `k${offset}`,
    patternCode: 'SIX_ONE',
    offset,
    positionId: 'cleaner',
  }));
  const HEADCOUNT = [{ positionId: 'cleaner', requiredOnDuty: 4 }];
  const roster = generateMonthRoster({ month: '2024-12', anchor: ANCHOR, staff: CLEANERS });

  it('finds no shortfall when the rest days are staggered', () => {
    expect(checkCoverage({ ...roster, headcounts: HEADCOUNT }).shortfalls).toEqual([]);
  });

  it('reports each day a position is below its headcount', () => {
    // A cleaner at offset k rests when (day + k) mod 7 = 6. 2024-12-09 is day 343 (mod 7 = 0): all five
    // work, so one on leave still leaves four; on 12-11 (mod 7 = 2) k4 rests and a leave leaves three.
    const leave1 = edited(markLeave(roster, { staffId: 'k0', date: '2024-12-09', leaveKind: 'ANNUAL' }));
    const leave2 = edited(markLeave(leave1, { staffId: 'k0', date: '2024-12-11', leaveKind: 'ANNUAL' }));
    expect(checkCoverage({ ...leave2, headcounts: HEADCOUNT }).shortfalls).toEqual([
      { positionId: 'cleaner', date: '2024-12-11', onDuty: 3, required: 4 },
    ]);
    // All five work only on days ≡ 0 or 1 mod 7: 2, 3, 9, 10, 16, 17, 23, 24, 30 and 31 December.
    const five = checkCoverage({ ...roster, headcounts: [{ positionId: 'cleaner', requiredOnDuty: 5 }] });
    expect(five.shortfalls).toHaveLength(31 - 10);
    expect(five.shortfalls.every((s) => s.onDuty === 4)).toBe(true);
  });
});
