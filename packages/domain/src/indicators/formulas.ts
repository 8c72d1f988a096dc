import type { Aggregation, IndicatorDefinition, IndicatorDirection, Target } from './catalogue.js';

/** One month's figure of one estate and indicator. */
export interface MonthlyFigureValue {
  month: string;
  numerator: number;
  /** Null for count indicators. */
  denominator: number | null;
}

export interface AggregatedFigure {
  numerator: number;
  denominator: number | null;
  /** Percent for PERCENT indicators, count otherwise; null when it cannot be computed (0 denominator). */
  value: number | null;
  /** Months that had a figure. */
  months: number;
}

export type Judgement = 'MET' | 'MISSED' | 'NO_DATA' | 'NO_TARGET';

/** The value of a single month: what the monthly form shows next to the inputs. */
export function monthlyValue(
  def: Pick<IndicatorDefinition, 'unit' | 'aggregation'>,
  f: Omit<MonthlyFigureValue, 'month'>,
): number | null {
  return aggregate(def, [{ month: '', ...f }])?.value ?? null;
}

/**
 * Rolls monthly figures up to any longer period from the counts, never by averaging rates
 * (see `Aggregation`). Returns null when there is no figure at all.
 */
export function aggregate(
  def: Pick<IndicatorDefinition, 'unit' | 'aggregation'>,
  figures: readonly MonthlyFigureValue[],
): AggregatedFigure | null {
  if (figures.length === 0) return null;
  let numerator = 0;
  let denominator = 0;
  let last = figures[0]!;
  for (const f of figures) {
    numerator += f.numerator;
    denominator += f.denominator ?? 0;
    if (f.month >= last.month) last = f;
  }
  return fromSums(def, { numerator, denominator, months: figures.length, lastNumerator: last.numerator });
}

/** What the database hands back per estate and indicator: sums over the period's months. */
export interface PeriodSums {
  numerator: number;
  /** Sum of the monthly denominators (0 for counts). */
  denominator: number;
  /** Months that had a figure. */
  months: number;
  /** The numerator of the latest month, for stock counts. */
  lastNumerator: number;
}

/** The period value from summed counts; the one formula SQL aggregates and `aggregate` share. */
export function fromSums(
  def: Pick<IndicatorDefinition, 'unit' | 'aggregation'>,
  s: PeriodSums,
): AggregatedFigure | null {
  const { numerator, months } = s;
  if (months === 0) return null;
  switch (def.aggregation as Aggregation) {
    case 'RATIO':
      return {
        numerator,
        denominator: s.denominator,
        value: s.denominator > 0 ? round((numerator / s.denominator) * 100) : null,
        months,
      };
    case 'RATE_OF_STOCK': {
      // A stock (households) is averaged over the months, then the count is annualised.
      const denominator = s.denominator / months;
      const value = denominator > 0 ? round((numerator / denominator) * 100 * (12 / months)) : null;
      return { numerator, denominator: round(denominator), value, months };
    }
    case 'ANNUAL_COUNT':
      return { numerator, denominator: null, value: round(numerator * (12 / months)), months };
    case 'SUM':
      return { numerator, denominator: null, value: numerator, months };
    case 'LATEST':
      return { numerator: s.lastNumerator, denominator: null, value: s.lastNumerator, months };
  }
}

export function judge(target: Target | null | undefined, value: number | null | undefined): Judgement {
  if (!target) return 'NO_TARGET';
  if (value == null) return 'NO_DATA';
  const v = round(value);
  switch (target.op) {
    case '>=':
      return v >= target.value ? 'MET' : 'MISSED';
    case '>':
      return v > target.value ? 'MET' : 'MISSED';
    case '<=':
      return v <= target.value ? 'MET' : 'MISSED';
    case '<':
      return v < target.value ? 'MET' : 'MISSED';
    case '=':
      return v === target.value ? 'MET' : 'MISSED';
  }
}

/** Sort order for a league table: better values first, no value last. */
export function compareValues(direction: IndicatorDirection, a: number | null, b: number | null): number {
  if (a == null && b == null) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  return direction === 'AT_LEAST' ? b - a : a - b;
}

/**
 * Standard competition ranks (1, 2, 2, 4) for values in one indicator; estates without a value
 * get no rank.
 */
export function rankValues(
  direction: IndicatorDirection,
  values: readonly (number | null)[],
): (number | null)[] {
  const order = values.map((v, i) => ({ v, i })).filter((x) => x.v != null);
  order.sort((a, b) => compareValues(direction, a.v, b.v));
  const ranks: (number | null)[] = values.map(() => null);
  order.forEach((x, pos) => {
    const prev = order[pos - 1];
    ranks[x.i] = prev && prev.v === x.v ? ranks[prev.i]! : pos + 1;
  });
  return ranks;
}

/** Value per 1,000 households, so estates of different sizes compare fairly. */
export function per1000Households(value: number | null, households: number): number | null {
  if (value == null || households <= 0) return null;
  return round((value / households) * 1000);
}

export function formatTarget(target: Target | null | undefined, unit: IndicatorDefinition['unit']): string {
  if (!target) return '—';
  const op = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '' }[target.op];
  return `${op}${target.value}${unit === 'PERCENT' ? '%' : ''}`;
}

/** Two decimals, away from binary noise (99.99999 → 100). */
export function round(v: number): number {
  return Math.round(v * 100) / 100;
}
