import { type MonthRule, monthProblems } from '@anju/domain';
import { assertValid } from './errors.js';

/**
 * Refuses a malformed month argument, or one on the wrong side of `now`: the company's current
 * month from its time zone and the injected clock (see `currentMonthOf` in the companies module).
 */
export function assertMonth(
  month: string,
  path: (string | number)[],
  rule: MonthRule & { now?: string } = {},
): void {
  if ((rule.notFuture || rule.notPast) && !rule.now) throw new Error('assertMonth: a rule needs `now`');
  assertValid(monthProblems(month, path, rule, rule.now ?? ''));
}
