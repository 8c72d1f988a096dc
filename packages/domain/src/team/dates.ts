/** Calendar arithmetic for rosters: whole days between dates, the days of a month or a range. */
import { addDaysToDate, type IsoDate, isIsoDate } from '../audits/dates.js';
import { isMonth } from '../time.js';

const DAY_MS = 86_400_000;

/** Calendar days from `from` to `to` (negative when `to` is earlier), across months and leap years. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Every date from `from` to `to`, both included, in order (empty when `to` is before `from`). */
export function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  assertDate(from, 'from');
  assertDate(to, 'to');
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDaysToDate(from, i));
}

/**
 * The days a list filter of a month and/or a year covers: both given, the days they share (none
 * when the month lies in another year: `null`); neither, no bound.
 */
export function periodBounds(filter: {
  month?: string | null;
  year?: number | null;
}): { from?: IsoDate; to?: IsoDate } | null {
  const { month, year } = filter;
  if (month && year != null && Number(month.slice(0, 4)) !== year) return null;
  if (month) return monthBounds(month);
  if (year != null) return { from: `${year}-01-01` as IsoDate, to: `${year}-12-31` as IsoDate };
  return {};
}

/** The first and last day of a month `YYYY-MM` (29 February in a leap year). */
export function monthBounds(month: string): { from: IsoDate; to: IsoDate } {
  if (!isMonth(month)) throw new RangeError(`month ${month} is not YYYY-MM`);
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export function assertDate(value: IsoDate, what: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${what} ${value} is not a date YYYY-MM-DD`);
}

/** `n` modulo `m`, never negative (days before the anchor still land in the cycle). */
export function cycleIndex(n: number, m: number): number {
  return ((n % m) + m) % m;
}
