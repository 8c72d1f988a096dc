import { addMonths, formatPeriod, monthsOf, type Period, type PeriodKind, parsePeriod } from '@anju/domain';

/**
 * Periods as the API names them: `2025-03`, `2025-Q1`, `2025-H1`, `2025`. The picker works on
 * these strings; these helpers convert between kinds and list what may be chosen.
 */

function monthParts(month: string): [number, number] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return [y, m];
}

/** The period of `kind` that contains `month` (`YYYY-MM`). */
export function periodContaining(month: string, kind: PeriodKind): string {
  const [year, m] = monthParts(month);
  const index =
    kind === 'MONTH'
      ? m
      : kind === 'QUARTER'
        ? Math.ceil(m / 3)
        : kind === 'HALF_YEAR'
          ? Math.ceil(m / 6)
          : 1;
  return formatPeriod({ kind, year, index });
}

export function kindOf(period: string): PeriodKind {
  return parsePeriod(period)?.kind ?? 'QUARTER';
}

/** First and last month of a period. */
export function periodBounds(period: string): { from: string; to: string } {
  const p = parsePeriod(period);
  if (!p) throw new Error(`Not a period: ${period}`);
  const months = monthsOf(p);
  return { from: months[0]!, to: months[months.length - 1]! };
}

/**
 * The same moment seen with another granularity: the period of `kind` that holds the last month
 * of `period`, but never one that starts after `currentMonth` (2025-Q1 → 2025-03, 2025-H1, 2025).
 */
export function convertPeriod(period: string, kind: PeriodKind, currentMonth: string): string {
  const { to } = periodBounds(period);
  const month = to > currentMonth ? currentMonth : to;
  return periodContaining(month, kind);
}

/** The last quarter that has ended before `currentMonth`: the default of the comparison. */
export function lastCompleteQuarter(currentMonth: string): string {
  const current = periodContaining(currentMonth, 'QUARTER');
  return periodContaining(addMonths(periodBounds(current).from, -1), 'QUARTER');
}

/** Choosable periods of `kind`, newest first, from the one in progress back `count` periods. */
export function periodOptions(kind: PeriodKind, currentMonth: string, count: number): string[] {
  const out: string[] = [];
  let month = currentMonth;
  while (out.length < count) {
    const p = periodContaining(month, kind);
    out.push(p);
    month = addMonths(periodBounds(p).from, -1);
  }
  return out;
}

/** The i18n key and values that name a period (2025年第1季度 / Q1 2025). */
export function periodLabelParts(period: string): { key: PeriodKind; year: number; index: number } {
  const p: Period | null = parsePeriod(period);
  if (!p) return { key: 'YEAR', year: Number(period), index: 1 };
  return { key: p.kind, year: p.year, index: p.index };
}
