/**
 * Names sort as a Chinese reader expects: by pinyin (阿 before 中), digits as numbers. PGlite has
 * no Chinese ICU collation (only `und-x-icu`), so the API's lists stay in code-point order and
 * every table and picker sorts names here, with the browser's collator.
 */
const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

export function compareNames(a: string | null | undefined, b: string | null | undefined): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return collator.compare(a, b);
}

export function compareNumbers(a: number | null | undefined, b: number | null | undefined): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return a - b;
}

export function sortByName<T>(rows: readonly T[], name: (row: T) => string): T[] {
  return [...rows].sort((a, b) => compareNames(name(a), name(b)));
}
