import { describe, expect, it } from 'vitest';
import {
  addDaysToDate,
  checkCoverage,
  crewShifts,
  datesBetween,
  generateRoster,
  inferCrew,
  LEAVE_KINDS,
  plannedOnDuty,
  ROSTER_ANCHOR,
  rosterDayLabel,
  SHIFT_PATTERN_CODES,
  SHIFT_PATTERNS,
  scheduledShifts,
  spreadCrews,
} from '../index.js';

describe('ROSTER_ANCHOR', () => {
  it('is a Monday, so 做五休二 rests at the weekend and 做六休一 on Sunday', () => {
    expect(new Date(`${ROSTER_ANCHOR}T00:00:00Z`).getUTCDay()).toBe(1);
    // 2025-01-04 is a Saturday, 2025-01-05 a Sunday.
    expect(crewShifts('FIVE_TWO', 'A', ROSTER_ANCHOR, '2025-01-03')).toEqual(['OFFICE']);
    expect(crewShifts('FIVE_TWO', 'A', ROSTER_ANCHOR, '2025-01-04')).toEqual([]);
    expect(crewShifts('SIX_ONE', 'A', ROSTER_ANCHOR, '2025-01-04')).toEqual(['SPLIT']);
    expect(crewShifts('SIX_ONE', 'A', ROSTER_ANCHOR, '2025-01-05')).toEqual([]);
  });
});

describe('spreadCrews', () => {
  it('spreads people without a crew evenly, in the order given', () => {
    const people = ['g1', 'g2', 'g3', 'g4', 'g5'].map((staffId) => ({ staffId }));
    expect([...spreadCrews('TWO_CREWS', people).values()]).toEqual(['A', 'B', 'A', 'B', 'A']);
    expect([...spreadCrews('THREE_CREWS', people).values()]).toEqual(['A', 'B', 'C', 'A', 'B']);
    expect([...spreadCrews('FIVE_TWO', people).values()]).toEqual(['A', 'A', 'A', 'A', 'A']);
  });

  it('keeps given crews and fills the emptier crew first; an unknown crew counts as none', () => {
    const out = spreadCrews('TWO_CREWS', [
      { staffId: 'g1', crew: null },
      { staffId: 'g2', crew: 'A' },
      { staffId: 'g3', crew: 'A' },
      { staffId: 'g4', crew: 'C' },
    ]);
    expect(Object.fromEntries(out)).toEqual({ g1: 'B', g2: 'A', g3: 'A', g4: 'B' });
  });
});

describe('inferCrew', () => {
  it('finds the crew whose schedule the days follow, across any month', () => {
    for (const pattern of SHIFT_PATTERN_CODES) {
      for (const crew of SHIFT_PATTERNS[pattern].crews) {
        const a = { staffId: 'x', patternCode: pattern, crew: crew.code };
        const days = ['2024-12-31', '2025-02-28'].map((date) => ({
          date,
          shifts: scheduledShifts(a, ROSTER_ANCHOR, date),
        }));
        expect(inferCrew(pattern, ROSTER_ANCHOR, days), `${pattern} ${crew.code}`).toBe(crew.code);
        // One day is enough.
        expect(inferCrew(pattern, ROSTER_ANCHOR, days.slice(0, 1))).toBe(crew.code);
      }
    }
  });

  it('is null without days or when no crew fits', () => {
    expect(inferCrew('TWO_CREWS', ROSTER_ANCHOR, [])).toBeNull();
    expect(inferCrew('FIVE_TWO', ROSTER_ANCHOR, [{ date: '2025-01-04', shifts: ['OFFICE'] }])).toBeNull();
  });
});

describe('plannedOnDuty', () => {
  it('is what the pattern puts on duty at the planned headcount', () => {
    // 二班二运转, 4 planned: 4 a day, 2 on changeover days (one crew works 24 h, the other rests).
    const month = datesBetween('2025-01-01', '2025-01-31');
    const twoCrews = month.map((d) => plannedOnDuty('TWO_CREWS', 4, ROSTER_ANCHOR, d));
    expect(new Set(twoCrews)).toEqual(new Set([4, 2]));
    expect(twoCrews.filter((n) => n === 2)).toHaveLength(4);
    // 三班两运转, 3 planned: a day crew and a night crew.
    expect(new Set(month.map((d) => plannedOnDuty('THREE_CREWS', 3, ROSTER_ANCHOR, d)))).toEqual(
      new Set([2]),
    );
    // 做五休二: everyone on weekdays, nobody at the weekend.
    expect(plannedOnDuty('FIVE_TWO', 3, ROSTER_ANCHOR, '2025-01-03')).toBe(3);
    expect(plannedOnDuty('FIVE_TWO', 3, ROSTER_ANCHOR, '2025-01-04')).toBe(0);
    expect(plannedOnDuty('SIX_ONE', 0, ROSTER_ANCHOR, '2025-01-03')).toBe(0);
  });

  it('finds no shortfall in a roster staffed at the planned headcount, and one when a person is missing', () => {
    const people = ['g1', 'g2', 'g3', 'g4'].map((staffId) => ({ staffId }));
    const crews = spreadCrews('TWO_CREWS', people);
    const staff = people.map((p) => ({
      staffId: p.staffId,
      patternCode: 'TWO_CREWS' as const,
      crew: crews.get(p.staffId)!,
      positionId: 'guard',
    }));
    const from = '2025-01-01';
    const to = '2025-01-31';
    const headcounts = [
      { positionId: 'guard', requiredOnDuty: (d: string) => plannedOnDuty('TWO_CREWS', 4, ROSTER_ANCHOR, d) },
    ];
    const full = generateRoster({ from: addDaysToDate(from, -1), to, anchor: ROSTER_ANCHOR, staff });
    expect(
      checkCoverage({ entries: full.entries, from, to, headcounts, posts: [{ positionId: 'guard' }] }),
    ).toEqual({
      gaps: [],
      shortfalls: [],
    });
    const short = generateRoster({ from, to, anchor: ROSTER_ANCHOR, staff: staff.slice(0, 3) });
    const { shortfalls } = checkCoverage({ entries: short.entries, from, to, headcounts });
    // g4's crew B is on duty on 29 days of January (it rests on 2): one short on each of them.
    expect(shortfalls.length).toBe(29);
    expect(shortfalls[0]).toMatchObject({ positionId: 'guard', onDuty: 3, required: 4 });
  });
});

describe('rosterDayLabel', () => {
  it('labels shifts, rest and leave in Chinese and English', () => {
    expect(rosterDayLabel({ shifts: ['DAY'], status: 'WORK' })).toBe('白');
    expect(rosterDayLabel({ shifts: ['NIGHT'], status: 'WORK' })).toBe('夜');
    expect(rosterDayLabel({ shifts: ['DAY', 'NIGHT'], status: 'WORK' })).toBe('白夜');
    expect(rosterDayLabel({ shifts: [], status: 'REST' })).toBe('休');
    expect(rosterDayLabel({ shifts: [], status: 'LEAVE', leaveKind: 'SICK' })).toBe('病假');
    expect(rosterDayLabel({ shifts: ['DAY', 'NIGHT'], status: 'WORK' }, 'EN')).toBe('D+N');
    for (const kind of LEAVE_KINDS) {
      expect(rosterDayLabel({ shifts: [], status: 'LEAVE', leaveKind: kind }, 'EN')).toMatch(/^[A-Z]+$/);
    }
  });
});
