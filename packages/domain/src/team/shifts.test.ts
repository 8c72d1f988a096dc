import { describe, expect, it } from 'vitest';
import {
  addDaysToDate,
  generateRoster,
  minutesOf,
  SHIFT_PATTERNS,
  SHIFTS,
  type ShiftPatternCode,
  shiftSegments,
  timeOf,
} from '../index.js';

describe('shifts', () => {
  it('have the hours of seed 000, breaks removed, and say which cross midnight', () => {
    expect(Object.values(SHIFTS).map((s) => [s.code, s.start, s.end, s.hours, s.crossesMidnight])).toEqual([
      ['OFFICE', '08:00', '17:30', 8, false],
      ['SPLIT', '07:00', '16:00', 7, false],
      ['DAY', '07:00', '19:00', 12, false],
      ['NIGHT', '19:00', '07:00', 12, true],
    ]);
    expect(SHIFTS.NIGHT.nameZh).toBe('晚班');
    expect(SHIFTS.DAY.nameZh).toBe('早班');
  });

  it('give on-duty segments from midnight of the start day, a night running into the next day', () => {
    expect(shiftSegments(SHIFTS.NIGHT)).toEqual([{ start: 19 * 60, end: 31 * 60 }]);
    expect(shiftSegments(SHIFTS.SPLIT)).toEqual([
      { start: 7 * 60, end: 11 * 60 },
      { start: 13 * 60, end: 16 * 60 },
    ]);
    expect(shiftSegments(SHIFTS.OFFICE)).toEqual([
      { start: 8 * 60, end: 12 * 60 },
      { start: 13.5 * 60, end: 17.5 * 60 },
    ]);
  });

  it('read and write times of day', () => {
    expect(minutesOf('19:30')).toBe(1170);
    expect(minutesOf('24:00')).toBe(1440);
    expect(timeOf(1440)).toBe('24:00');
    expect(timeOf(425)).toBe('07:05');
    for (const bad of ['7:00', '24:30', '12:60', '']) expect(() => minutesOf(bad)).toThrow(RangeError);
  });
});

describe('shift patterns', () => {
  it('have their names, cycle lengths and weekly hours per person', () => {
    const rows = Object.values(SHIFT_PATTERNS).map((p) => [p.code, p.nameZh, p.cycleLength, p.weeklyHours]);
    expect(rows).toEqual([
      ['FIVE_TWO', '做五休二', 7, 40],
      ['SIX_ONE', '做六休一', 7, 42],
      ['TWO_CREWS', '二班二运转', 14, 84],
      ['THREE_CREWS', '三班两运转', 3, 56],
    ]);
    expect(SHIFT_PATTERNS.TWO_CREWS.shifts.map((s) => s.code)).toEqual(['DAY', 'NIGHT']);
    expect(SHIFT_PATTERNS.SIX_ONE.cycle.filter((d) => d.length === 0)).toHaveLength(1);
  });

  it('三班两运转: each crew works a day, then a night, then rests; one crew per shift each day', () => {
    const staff = ['A', 'B', 'C'].map((crew) => ({
      staffId: crew,
      patternCode: 'THREE_CREWS' as const,
      crew,
    }));
    const roster = generateRoster({ from: '2025-03-01', to: '2025-03-06', anchor: '2025-03-01', staff });
    const line = (id: string) =>
      roster.entries.filter((e) => e.staffId === id).map((e) => e.shifts.join() || '-');
    expect(line('A')).toEqual(['DAY', 'NIGHT', '-', 'DAY', 'NIGHT', '-']);
    expect(line('B')).toEqual(['NIGHT', '-', 'DAY', 'NIGHT', '-', 'DAY']);
    expect(line('C')).toEqual(['-', 'DAY', 'NIGHT', '-', 'DAY', 'NIGHT']);
  });

  it('二班二运转: both crews on duty daily, changing over weekly with one 24-hour day', () => {
    const staff = ['A', 'B'].map((crew) => ({ staffId: crew, patternCode: 'TWO_CREWS' as const, crew }));
    const roster = generateRoster({ from: '2025-03-01', to: '2025-03-14', anchor: '2025-03-01', staff });
    const line = (id: string) =>
      roster.entries.filter((e) => e.staffId === id).map((e) => e.shifts.map((s) => s[0]).join('') || '-');
    expect(line('A').join(' ')).toBe('DN N N N N N N - D D D D D D');
    expect(line('B').join(' ')).toBe('- D D D D D D DN N N N N N N');
  });

  it('never start a shift less than 12 hours after a night shift ends', () => {
    const codes: ShiftPatternCode[] = ['TWO_CREWS', 'THREE_CREWS'];
    for (const patternCode of codes) {
      const pattern = SHIFT_PATTERNS[patternCode];
      const staff = pattern.crews.map((c) => ({ staffId: c.code, patternCode, crew: c.code }));
      const from = '2025-01-01';
      const roster = generateRoster({ from, to: addDaysToDate(from, 41), anchor: from, staff });
      for (const crew of pattern.crews) {
        const starts: { start: number; end: number; night: boolean }[] = roster.entries
          .filter((e) => e.staffId === crew.code)
          .flatMap((e, day) =>
            e.shifts.map((code) => ({
              start: day * 1440 + minutesOf(SHIFTS[code].start),
              end: day * 1440 + (shiftSegments(SHIFTS[code]).at(-1)?.end ?? 0),
              night: code === 'NIGHT',
            })),
          );
        starts.forEach((s, i) => {
          const next = starts[i + 1];
          if (s.night && next)
            expect(next.start - s.end, `${patternCode} ${crew.code}`).toBeGreaterThanOrEqual(720);
        });
      }
    }
  });
});
