import type { SortOrder } from 'antd/es/table/interface';

/**
 * Names sort as a Chinese reader expects: by pinyin (阿 before 中), digits as numbers. PGlite has
 * no Chinese ICU collation (only `und-x-icu`), so the API's lists stay in code-point order and
 * every table and picker sorts names here, with the browser's collator.
 *
 * The comparers take the column's sort order as antd's `sorter` passes it (third argument) and
 * keep blanks last in either direction: antd reverses the comparer's answer for `descend`, so a
 * blank is answered the other way round there.
 */
const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

type Order = SortOrder | undefined;

/** Blanks last whichever way the column sorts; undefined when neither is blank. */
function blanks(aBlank: boolean, bBlank: boolean, order: Order): number | undefined {
  if (!aBlank && !bBlank) return undefined;
  if (aBlank && bBlank) return 0;
  const last = aBlank ? 1 : -1;
  return order === 'descend' ? -last : last;
}

export function compareNames(
  a: string | null | undefined,
  b: string | null | undefined,
  order?: Order,
): number {
  return (
    blanks(a == null || a === '', b == null || b === '', order) ?? collator.compare(a as string, b as string)
  );
}

export function compareNumbers(
  a: number | null | undefined,
  b: number | null | undefined,
  order?: Order,
): number {
  return blanks(a == null, b == null, order) ?? (a as number) - (b as number);
}

/** Dates, date-times and months (`2026-11`), chronologically; ISO texts with any offset. */
export function compareDates(
  a: string | null | undefined,
  b: string | null | undefined,
  order?: Order,
): number {
  const x = a ? Date.parse(a) : Number.NaN;
  const y = b ? Date.parse(b) : Number.NaN;
  return blanks(Number.isNaN(x), Number.isNaN(y), order) ?? x - y;
}

/** By the position of each value in `order` (an enum's natural order), unknown values last. */
export function compareRank<T>(ranked: readonly T[], a: T, b: T): number {
  const ia = ranked.indexOf(a);
  const ib = ranked.indexOf(b);
  return (ia < 0 ? ranked.length : ia) - (ib < 0 ? ranked.length : ib);
}

export function sortByName<T>(rows: readonly T[], name: (row: T) => string): T[] {
  return [...rows].sort((a, b) => compareNames(name(a), name(b)));
}
