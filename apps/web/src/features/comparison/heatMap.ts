import { per1000Households } from '@anju/domain';
import type { ComparisonMatrixQuery, Judgement, TargetFieldsFragment } from '../../gql/graphql';
import { JUDGEMENTS, TONES, type Tone } from '../../shared/indicators/judgement';

export type Matrix = ComparisonMatrixQuery['comparisonMatrix'];
export type MatrixRow = Matrix['rows'][number];
export type MatrixIndicator = Matrix['indicators'][number];
export type AggregateRow = Matrix['company'];

/** What a row carries per indicator: parallel lists in the order of `indicators`. */
export type CompactRow = Pick<
  MatrixRow,
  'households' | 'values' | 'judgements' | 'ranks' | 'monthCounts' | 'ownTargets'
>;

/** One estate × indicator cell, as the heat map, league table and drawer show it. */
export interface CellView {
  value: number | null;
  judgement: Judgement;
  /** Among the compared estates, 1 = best; null without data. */
  rank: number | null;
  /** Months with an approved figure. */
  months: number;
  /** The estate's own target where it has one, otherwise the company target of the column. */
  target: TargetFieldsFragment | null;
  /** Count indicators: value per 1,000 households, so estates of different sizes compare. */
  per1000: number | null;
}

/** Own targets by indicator code; null where the estate's own setting removed the target. */
type OwnTargets = ReadonlyMap<string, TargetFieldsFragment | null>;
const NO_OWN_TARGETS: OwnTargets = new Map();
const ownTargetsByRow = new WeakMap<CompactRow, OwnTargets>();

/** A row's own targets by indicator code, built once per row object (rows are immutable results). */
function ownTargetsOf(row: CompactRow): OwnTargets {
  if (row.ownTargets.length === 0) return NO_OWN_TARGETS;
  let byCode = ownTargetsByRow.get(row);
  if (!byCode) {
    byCode = new Map(row.ownTargets.map((o) => [o.indicatorCode, o.target]));
    ownTargetsByRow.set(row, byCode);
  }
  return byCode;
}

function targetOf(
  matrix: Pick<Matrix, 'company'>,
  row: CompactRow,
  j: number,
  code: string,
): TargetFieldsFragment | null {
  const own = ownTargetsOf(row);
  if (own.has(code)) return own.get(code) ?? null;
  return matrix.company.cells[j]?.target ?? null;
}

/**
 * The cell of `row` in column `j`, read from the row's compact lists by index: called for every
 * one of up to 14,500 cells per render, so nothing here searches a list. Null outside the matrix.
 */
export function cellView(
  matrix: Pick<Matrix, 'indicators' | 'company'>,
  row: CompactRow,
  j: number,
): CellView | null {
  const indicator = matrix.indicators[j];
  const judgement = row.judgements[j];
  if (!indicator || !judgement) return null;
  const value = row.values[j] ?? null;
  return {
    value,
    judgement,
    rank: row.ranks[j] ?? null,
    months: row.monthCounts[j] ?? 0,
    // The estate's own setting beats the column's, also where it removed the target (null).
    target: targetOf(matrix, row, j, indicator.code),
    per1000: indicator.unit === 'PERCENT' ? null : per1000Households(value, row.households),
  };
}

/** Colours of a heat-map cell: judged cells carry the verdict, the rest stay quiet. */
export function cellTone(judgement: Judgement): Tone {
  return TONES[judgement];
}

export type LegendCounts = Record<Judgement, number>;

/** How many estate cells fall in each judgement: the legend shows these next to the colours. */
export function legendCounts(rows: readonly Pick<MatrixRow, 'judgements'>[]): LegendCounts {
  const counts: LegendCounts = { MET: 0, MISSED: 0, NO_DATA: 0, NO_TARGET: 0 };
  for (const row of rows) for (const judgement of row.judgements) counts[judgement] += 1;
  return counts;
}

/** Legend entries in reading order, with the cells they cover; empty classes are left out. */
export function legendItems(counts: LegendCounts): { judgement: Judgement; count: number; tone: Tone }[] {
  return JUDGEMENTS.filter((j) => counts[j] > 0).map((j) => ({
    judgement: j,
    count: counts[j],
    tone: TONES[j],
  }));
}

/**
 * Share of judged cells that met their target, percent with one decimal; null when nothing was
 * judged (no targets or no data), so an empty period never shows as 0 %.
 */
export function metShare(counts: LegendCounts): number | null {
  const judged = counts.MET + counts.MISSED;
  return judged === 0 ? null : Math.round((counts.MET / judged) * 1000) / 10;
}

/** The company-wide target of each column, for header tooltips (estates may override it). */
export function columnTargets(matrix: Pick<Matrix, 'indicators' | 'company'>): Map<string, string | null> {
  const byCode = new Map(matrix.company.cells.map((c) => [c.indicatorCode, c.target?.label ?? null]));
  return new Map(matrix.indicators.map((i) => [i.code, byCode.get(i.code) ?? null]));
}
