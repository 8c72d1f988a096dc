/**
 * Reporting periods: a month (2025-03), quarter (2025-Q1), half-year (2025-H1) or year (2025).
 * Figures are kept per month; every longer period is the months it covers.
 */
export const PERIOD_KINDS = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 1 for a year. */
  index: number;
}

const PATTERNS: [RegExp, PeriodKind][] = [
  [/^(\d{4})-(\d{2})$/, 'MONTH'],
  [/^(\d{4})-Q([1-4])$/, 'QUARTER'],
  [/^(\d{4})-H([12])$/, 'HALF_YEAR'],
  [/^(\d{4})$/, 'YEAR'],
];

export function parsePeriod(text: string): Period | null {
  for (const [pattern, kind] of PATTERNS) {
    const m = pattern.exec(text.trim());
    if (!m) continue;
    const year = Number(m[1]);
    const index = m[2] ? Number(m[2]) : 1;
    if (year < 2000 || year > 2100) return null;
    if (kind === 'MONTH' && (index < 1 || index > 12)) return null;
    return { kind, year, index };
  }
  return null;
}

export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case 'MONTH':
      return monthKey(p.year, p.index);
    case 'QUARTER':
      return `${p.year}-Q${p.index}`;
    case 'HALF_YEAR':
      return `${p.year}-H${p.index}`;
    case 'YEAR':
      return String(p.year);
  }
}

export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The months a period covers, as `YYYY-MM`, in order. */
export function monthsOf(p: Period): string[] {
  const [first, count] =
    p.kind === 'MONTH'
      ? [p.index, 1]
      : p.kind === 'QUARTER'
        ? [(p.index - 1) * 3 + 1, 3]
        : p.kind === 'HALF_YEAR'
          ? [(p.index - 1) * 6 + 1, 6]
          : [1, 12];
  return Array.from({ length: count }, (_, i) => monthKey(p.year, first + i));
}

/** `YYYY-MM` shifted by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + delta;
  return monthKey(Math.floor(total / 12), (total % 12) + 1);
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** The month `YYYY-MM` of a date in a time zone (Asia/Shanghai by default). */
export function monthOfDate(date: Date, timeZone = 'Asia/Shanghai'): string {
  // Building a formatter is costly; one per time zone serves every call.
  let format = monthFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
    monthFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(date);
  const year = parts.find((x) => x.type === 'year')!.value;
  const month = parts.find((x) => x.type === 'month')!.value;
  return `${year}-${month}`;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The day of the month (1–31) of a date in a time zone (Asia/Shanghai by default). */
export function dayOfDate(date: Date, timeZone = 'Asia/Shanghai'): number {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, day: 'numeric' });
    dayFormats.set(timeZone, format);
  }
  return Number(format.formatToParts(date).find((x) => x.type === 'day')!.value);
}

/** Months from `from` to `to` inclusive. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}
