/**
 * Value-axis bounds for the indicator charts: round numbers with room above and below the data
 * and the target (so a target line never lies on the axis edge unless it is the hard limit), never
 * below 0 for counts and rates, never above 100 for a percentage whose values stay within it.
 */
export function niceBounds(
  values: readonly (number | null | undefined)[],
  { percent = false }: { percent?: boolean } = {},
): { min: number; max: number; interval: number } {
  const data = values.filter((v): v is number => v != null && Number.isFinite(v));
  let lo = data.length ? Math.min(...data) : 0;
  let hi = data.length ? Math.max(...data) : percent ? 100 : 1;
  const span = hi - lo || Math.abs(hi) || 1;
  const pad = span * 0.15;
  lo -= pad;
  hi += pad;
  const interval = niceStep((hi - lo) / 4);
  let min = Math.floor(lo / interval) * interval;
  let max = Math.ceil(hi / interval) * interval;
  if (min < 0 && data.every((v) => v >= 0)) min = 0;
  if (percent && max > 100 && data.every((v) => v <= 100)) max = 100;
  // Float noise from the multiplications (0.30000000000000004).
  min = round(min);
  max = round(max);
  return { min, max, interval: round(interval) };
}

/** 1, 2, 2.5 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * Series colours told apart at a glance (and by most colour-blind readers): the Okabe–Ito and
 * Tableau hues, none close to the target's dark yellow or the pooled series' ink.
 */
export const SERIES_COLORS = [
  '#1f4fd1',
  '#e8590c',
  '#2b8a3e',
  '#c2255c',
  '#15aabf',
  '#7048e8',
  '#94d82d',
  '#868e96',
  '#f783ac',
  '#0b7285',
] as const;
