import { describe, expect, it } from 'vitest';
import { currentDayOfMonth, currentMonth, fixedClock, isMonth, monthProblems } from './time.js';

describe('clock and months', () => {
  it('reads the month in the company time zone from the injected clock', () => {
    // 2028-02-29 17:30 UTC is already 1 March in Shanghai, still February in New York.
    const clock = fixedClock('2028-02-29T17:30:00Z');
    expect(currentMonth(clock, 'Asia/Shanghai')).toBe('2028-03');
    expect(currentMonth(clock, 'America/New_York')).toBe('2028-02');
    // New Year's Eve: December in UTC, January in Shanghai.
    expect(currentMonth(fixedClock('2030-12-31T20:00:00Z'))).toBe('2031-01');
  });

  it('reads the day of the month in the company time zone', () => {
    // 01:00 UTC on New Year's Eve is 09:00 on 31 December in Shanghai; 17:00 UTC is 1 January there.
    expect(currentDayOfMonth(fixedClock('2030-12-31T01:00:00Z'))).toBe(31);
    expect(currentDayOfMonth(fixedClock('2030-12-31T17:00:00Z'))).toBe(1);
    expect(currentDayOfMonth(fixedClock('2030-12-31T17:00:00Z'), 'America/New_York')).toBe(31);
    expect(currentDayOfMonth(fixedClock('2028-02-29T15:30:00Z'))).toBe(29);
  });

  it('a fixed clock does not move', () => {
    const clock = fixedClock('2027-12-31T23:59:59Z');
    expect(clock().toISOString()).toBe(clock().toISOString());
  });

  it('checks a month argument against now', () => {
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-12')).toBe(true);
    expect(monthProblems('2026-1', ['month'], {}, '2026-12')[0]?.reason).toBe('INVALID');
    expect(monthProblems('2027-01', ['month'], { notFuture: true }, '2026-12')[0]?.reason).toBe('FUTURE');
    expect(monthProblems('2026-12', ['month'], { notFuture: true }, '2026-12')).toEqual([]);
    expect(monthProblems('2026-11', ['m'], { notPast: true }, '2026-12')).toMatchObject([
      { path: ['m'], reason: 'PAST' },
    ]);
    expect(monthProblems('2026-11', ['month'], { notFuture: true }, '2026-12')).toEqual([]);
  });
});
