/**
 * "Now", months and the company's time zone. Code that needs the current time takes a `Clock`
 * (passed in, never read from a global), so tests can pin any day: month end, December, a leap
 * day. The composition root passes `systemClock`.
 */
import { dayOfDate, monthOfDate } from './indicators/periods.js';
import type { FieldProblem } from './validation/problems.js';

/** The current instant. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock stopped at one instant (tests, replays). */
export function fixedClock(at: Date | string): Clock {
  const time = new Date(at).getTime();
  return () => new Date(time);
}

/** The time zone of a company that has not set one (companies.time_zone defaults to it). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** A calendar month `YYYY-MM`. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): boolean {
  return MONTH_PATTERN.test(text);
}

/** The current month `YYYY-MM` in a time zone: the limit for reports and for target changes. */
export function currentMonth(clock: Clock = systemClock, timeZone: string = DEFAULT_TIME_ZONE): string {
  return monthOfDate(clock(), timeZone);
}

/** Today's day of the month (1–31) in a time zone: when a company's monthly reminder is due. */
export function currentDayOfMonth(clock: Clock = systemClock, timeZone: string = DEFAULT_TIME_ZONE): number {
  return dayOfDate(clock(), timeZone);
}

export interface MonthRule {
  /** Refuse a month after `now` (figures cannot be reported ahead). */
  notFuture?: boolean;
  /** Refuse a month before `now` (a past period is judged by the target in force then). */
  notPast?: boolean;
}

/**
 * Problems with a month argument: its format, and where it lies against `now` (the current month
 * in the company's time zone, from `currentMonth`). Empty when the month is fine.
 */
export function monthProblems(
  month: string,
  path: (string | number)[],
  rule: MonthRule,
  now: string,
): FieldProblem[] {
  if (!isMonth(month)) return [{ path, reason: 'INVALID', message: '月份格式应为 YYYY-MM' }];
  if (rule.notFuture && month > now) return [{ path, reason: 'FUTURE', message: '不能填报未来月份' }];
  if (rule.notPast && month < now) {
    return [{ path, reason: 'PAST', message: '只能从本月或以后生效：历史期间按当时的目标评价' }];
  }
  return [];
}
