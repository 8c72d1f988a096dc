import type { ComparisonMatrixQuery, Judgement } from '../../gql/graphql';
import { JUDGEMENTS, TONES, type Tone } from '../../shared/indicators/judgement';

export type Matrix = ComparisonMatrixQuery['comparisonMatrix'];
export type MatrixRow = Matrix['rows'][number];
export type MatrixCell = MatrixRow['cells'][number];
export type MatrixIndicator = Matrix['indicators'][number];
export type AggregateRow = Matrix['company'];

/** Colours of a heat-map cell: judged cells carry the verdict, the rest stay quiet. */
export function cellTone(judgement: Judgement): Tone {
  return TONES[judgement];
}

export type LegendCounts = Record<Judgement, number>;

/** How many estate cells fall in each judgement: the legend shows these next to the colours. */
export function legendCounts(rows: readonly Pick<MatrixRow, 'cells'>[]): LegendCounts {
  const counts: LegendCounts = { MET: 0, MISSED: 0, NO_DATA: 0, NO_TARGET: 0 };
  for (const row of rows) for (const cell of row.cells) counts[cell.judgement] += 1;
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
