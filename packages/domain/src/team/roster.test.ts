import { describe, expect, it } from 'vitest';
import {
  generateMonthRoster,
  generateRoster,
  hoursByStaff,
  type RosterAssignment,
  rosterEntry,
  scheduledShifts,
} from '../index.js';

const GUARDS: RosterAssignment[] = [
  { staffId: 'g1', patternCode: 'TWO_CREWS', crew: 'A', positionId: 'guard' },
  { staffId: 'g2', patternCode: 'TWO_CREWS', crew: 'B', positionId: 'guard' },
];
const OFFICE: RosterAssignment[] = [
  { staffId: 'm1', patternCode: 'FIVE_TWO', positionId: 'manager' },
  { staffId: 'c1', patternCode: 'FIVE_TWO', offset: 2, positionId: 'desk' },
];
/** A Monday: day 0 of 做五休二 falls on Mondays. */
const ANCHOR = '2024-01-01';

const line = (roster: ReturnType<typeof generateRoster>, staffId: string) =>
  roster.entries.filter((e) => e.staffId === staffId).map((e) => e.shifts.join('+') || '-');

describe('generateMonthRoster', () => {
  it('continues the rotation from December into January as if generated in one go', () => {
    const staff = [...GUARDS, ...OFFICE];
    const dec = generateMonthRoster({ month: '2024-12', anchor: ANCHOR, staff });
    const jan = generateMonthRoster({ month: '2025-01', anchor: ANCHOR, staff });
    const whole = generateRoster({ from: '2024-12-01', to: '2025-01-31', anchor: ANCHOR, staff });
    expect(dec.from).toBe('2024-12-01');
    expect(dec.to).toBe('2024-12-31');
    for (const id of ['g1', 'g2', 'm1', 'c1']) {
      expect([...line(dec, id), ...line(jan, id)]).toEqual(line(whole, id));
    }
    // 2024-12-30 is day 364 after the anchor (2024 has 366 days): 364 mod 14 = 0, crew A's 24-hour day;
    // crew A works nights to 5 January and rests on the 6th, while crew B works its 24 hours.
    expect(line(whole, 'g1').slice(29, 38).join(' ')).toBe(
      'DAY+NIGHT NIGHT NIGHT NIGHT NIGHT NIGHT NIGHT - DAY',
    );
    expect(line(whole, 'g2').slice(29, 38).join(' ')).toBe('- DAY DAY DAY DAY DAY DAY DAY+NIGHT NIGHT');
    expect(rosterEntry(jan, 'g2', '2025-01-06')?.shifts).toEqual(['DAY', 'NIGHT']);
  });

  it('covers 29 February in a leap year and carries on into March', () => {
    const feb = generateMonthRoster({ month: '2024-02', anchor: ANCHOR, staff: GUARDS });
    const mar = generateMonthRoster({ month: '2024-03', anchor: ANCHOR, staff: GUARDS });
    expect(feb.to).toBe('2024-02-29');
    expect(feb.entries.filter((e) => e.staffId === 'g1')).toHaveLength(29);
    expect(generateMonthRoster({ month: '2025-02', anchor: ANCHOR, staff: GUARDS }).to).toBe('2025-02-28');
    const whole = generateRoster({ from: '2024-02-01', to: '2024-03-31', anchor: ANCHOR, staff: GUARDS });
    expect([...line(feb, 'g1'), ...line(mar, 'g1')]).toEqual(line(whole, 'g1'));
    // 29 February is day 59 after the anchor: 59 mod 14 = 3, a night for crew A, a day for crew B.
    expect(rosterEntry(feb, 'g1', '2024-02-29')?.shifts).toEqual(['NIGHT']);
    expect(rosterEntry(feb, 'g2', '2024-02-29')?.shifts).toEqual(['DAY']);
  });

  it('works for months before the anchor date too', () => {
    const late = generateRoster({
      from: '2023-12-01',
      to: '2024-01-31',
      anchor: '2024-01-01',
      staff: GUARDS,
    });
    const early = generateRoster({
      from: '2023-12-01',
      to: '2024-01-31',
      anchor: '2023-01-02',
      staff: GUARDS,
    });
    // 2023-01-02 is 364 days (26 cycles of 14) before 2024-01-01: the same rotation.
    expect(line(late, 'g1')).toEqual(line(early, 'g1'));
    expect(rosterEntry(late, 'g1', '2023-12-31')?.shifts).toEqual(['DAY']);
    expect(rosterEntry(late, 'g1', '2024-01-01')?.shifts).toEqual(['DAY', 'NIGHT']);
  });

  it('做五休二 rests at the weekend from a Monday anchor; an offset staggers the rest days', () => {
    const roster = generateRoster({ from: '2024-12-02', to: '2024-12-08', anchor: ANCHOR, staff: OFFICE });
    expect(line(roster, 'm1')).toEqual(['OFFICE', 'OFFICE', 'OFFICE', 'OFFICE', 'OFFICE', '-', '-']);
    expect(line(roster, 'c1')).toEqual(['OFFICE', 'OFFICE', 'OFFICE', '-', '-', 'OFFICE', 'OFFICE']);
    expect(roster.entries.find((e) => e.staffId === 'c1' && e.date === '2024-12-05')?.status).toBe('REST');
    expect(roster.entries.every((e) => e.patternCode === 'FIVE_TWO')).toBe(true);
  });

  it('counts hours on the day a shift starts: a night of 31 January belongs to January', () => {
    const staff: RosterAssignment[] = [
      { staffId: 'n1', patternCode: 'THREE_CREWS', crew: 'B' },
      { staffId: 'm1', patternCode: 'FIVE_TWO' },
    ];
    // Anchor 2024-01-01: 2024-01-31 is day 30; crew B is at day (30 + 1) mod 3 = 1, a night.
    const jan = generateMonthRoster({ month: '2024-01', anchor: ANCHOR, staff });
    const feb = generateMonthRoster({ month: '2024-02', anchor: ANCHOR, staff });
    expect(rosterEntry(jan, 'n1', '2024-01-31')?.shifts).toEqual(['NIGHT']);
    // January: days 0–30, crew B works days 2, 5, ... and nights 0, 3, ..., 30: 10 days, 11 nights.
    expect(hoursByStaff(jan)).toEqual({ n1: 21 * 12, m1: 23 * 8 });
    expect(rosterEntry(feb, 'n1', '2024-02-01')?.shifts).toEqual([]);
    expect(hoursByStaff(feb)).toEqual({ n1: 19 * 12, m1: 21 * 8 });
  });

  it('refuses assignments it cannot place', () => {
    const base = { from: '2024-12-01', to: '2024-12-31', anchor: ANCHOR };
    const g1 = GUARDS[0]!;
    expect(() => generateRoster({ ...base, staff: [g1, g1] })).toThrow(/twice/);
    expect(() => generateRoster({ ...base, staff: [{ ...g1, crew: 'C' }] })).toThrow(/no crew C/);
    expect(() => generateRoster({ ...base, staff: [{ ...g1, offset: 3 }] })).toThrow(/not both/);
    expect(() => generateRoster({ ...base, anchor: '2024-02-30', staff: GUARDS })).toThrow(RangeError);
    const unknown = { ...g1, patternCode: 'FOUR_ON' } as unknown as RosterAssignment;
    expect(() => generateRoster({ ...base, staff: [unknown] })).toThrow(/unknown shift pattern/);
    expect(() => scheduledShifts(unknown, ANCHOR, '2024-12-01')).toThrow(/unknown shift pattern/);
    expect(() => generateMonthRoster({ month: '2024-13', anchor: ANCHOR, staff: GUARDS })).toThrow(
      RangeError,
    );
  });
});
