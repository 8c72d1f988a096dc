import { createHash } from 'node:crypto';
import {
  createTargetLookup,
  formatPeriod,
  fromSums,
  judge,
  monthsOf,
  type PeriodSums,
  parsePeriod,
  per1000Households,
  rankValues,
  round,
  type Target,
} from '@anju/domain';
import type { SQL } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { Tx } from '../../db/client.js';
import { badInput } from '../../lib/errors.js';
import {
  type Catalogue,
  type CatalogueEntry,
  loadCatalogue,
  type TargetValue,
  targetLabeller,
  toIndicator,
} from '../indicators/index.js';
import { comparisonEstates, type EstateInfo, periodSums } from './comparison.store.js';
import type {
  AggregateCell,
  ComparisonCell,
  ComparisonFilter,
  ComparisonMatrix,
  ComparisonRow,
  GroupAggregate,
  OwnTarget,
} from './comparison.types.js';

export function periodMonths(text: string, path: (string | number)[] = ['filter', 'period']) {
  const period = parsePeriod(text);
  if (!period)
    throw badInput([{ path, reason: 'INVALID', message: '期间格式应为 2025-03、2025-Q1、2025-H1 或 2025' }]);
  return { period: formatPeriod(period), months: monthsOf(period) };
}

export function selectIndicators(
  all: CatalogueEntry[],
  codes: readonly string[] | null | undefined,
  path: (string | number)[] = ['filter', 'indicatorCodes'],
): CatalogueEntry[] {
  if (!codes?.length) return all.filter((i) => !i.retired);
  const byCode = new Map(all.map((i) => [i.code, i]));
  return codes.map((code, i) => {
    const def = byCode.get(code);
    if (!def) throw badInput([{ path: [...path, i], reason: 'NOT_FOUND', message: `指标 ${code} 不存在` }]);
    return def;
  });
}

function isCount(def: CatalogueEntry) {
  return def.unit !== 'PERCENT';
}

/**
 * The comparison of a period: estates × indicators with values, targets in force at the end of
 * the period, judgements and ranks, plus region and company aggregates. A fixed number of
 * statements (catalogue 3, estates 1, sums 1), whatever the number of estates.
 *
 * 500 estates × 29 indicators is 14,500 cells per request: everything below works by index
 * (estate i, indicator j) over arrays built once, never by searching lists or building keys per
 * cell, so the cost grows linearly with the cells and stays small beside serialising them.
 *
 * The statements run every time; the computing only when something it reads changed: the estates
 * (as the caller sees them), the catalogue and targets, or the version of one estate's sums. A
 * write to one estate re-reads that estate's sums alone (`periodSums`) and recomputes the matrix
 * once for every viewer.
 */
export async function computeMatrix(
  tx: Tx,
  companyId: string,
  companyName: string,
  access: SQL,
  filter: ComparisonFilter,
): Promise<ComparisonMatrix> {
  const { period, months } = periodMonths(filter.period);
  const catalogue = await loadCatalogue(tx, companyId);
  const defs = selectIndicators(catalogue.indicators, filter.indicatorCodes);
  const estates = await comparisonEstates(tx, companyId, access, filter, {
    from: months[0]!,
    to: months.at(-1)!,
  });
  const { sums, versions } = await periodSums(tx, companyId, period);
  // Everything the matrix is computed from: an equal key means an equal matrix.
  const key = createHash('sha256')
    .update(
      JSON.stringify([
        companyId,
        companyName,
        period,
        defs.map((d) => d.code),
        estates,
        catalogue.indicators,
        catalogue.presets,
        catalogue.overrides,
        versions,
      ]),
    )
    .digest('base64url');
  const known = computed.get(key);
  if (known) return known;
  const matrix = buildMatrix(catalogue, defs, estates, sums, companyName, period, months);
  computed.set(key, matrix);
  return matrix;
}

/** The matrices computed lately, by everything they were computed from (see `computeMatrix`). */
const computed = new LRUCache<string, ComparisonMatrix>({ max: 16 });

function buildMatrix(
  catalogue: Catalogue,
  defs: CatalogueEntry[],
  estates: EstateInfo[],
  sums: Map<string, Map<string, PeriodSums>>,
  companyName: string,
  period: string,
  months: string[],
): ComparisonMatrix {
  const lookup = createTargetLookup(catalogue.presets, catalogue.overrides);
  const lastMonth = months.at(-1)!;

  // grid[i][j]: the sums of estate i and indicator j (undefined without figures).
  const grid = estates.map((e) => {
    const mine = sums.get(e.id);
    return defs.map((def) => mine?.get(def.code));
  });
  // Targets per indicator: the company's (preset or company-wide override) for every estate,
  // except the few estates with an override of their own in force.
  const targetValue = targetLabeller();
  const ownOverrides = new Map<string, Set<string>>();
  for (const o of catalogue.overrides) {
    if (!o.estateId || o.effectiveMonth > lastMonth) continue;
    const codes = ownOverrides.get(o.estateId) ?? new Set<string>();
    codes.add(o.indicatorCode);
    ownOverrides.set(o.estateId, codes);
  }
  const companyTargets = defs.map((def) => lookup(def, null, lastMonth).target);

  const rows: ComparisonRow[] = estates.map((e, i) => {
    const overridden = ownOverrides.get(e.id);
    let metCount = 0;
    let missedCount = 0;
    let noDataCount = 0;
    const ownTargets: OwnTarget[] = [];
    const cells = defs.map((def, j): ComparisonCell => {
      const s = grid[i]![j];
      const agg = s ? fromSums(def, s) : null;
      const own = overridden?.has(def.code);
      const target = own ? lookup(def, e.id, lastMonth).target : (companyTargets[j] ?? null);
      const value = agg?.value ?? null;
      const judgement = judge(target, value);
      if (judgement === 'MET') metCount++;
      else if (judgement === 'MISSED') missedCount++;
      else if (judgement === 'NO_DATA') noDataCount++;
      const label = targetValue(target, def.unit);
      if (own) ownTargets.push({ indicatorCode: def.code, target: label });
      return {
        indicatorCode: def.code,
        value,
        per1000: isCount(def) ? per1000Households(value, e.households) : null,
        numerator: agg?.numerator ?? null,
        denominator: agg?.denominator ?? null,
        months: agg?.months ?? 0,
        target: label,
        judgement,
        rank: null,
      };
    });
    const judged = metCount + missedCount;
    return {
      estateId: e.id,
      estateName: e.name,
      estateCode: e.code,
      regionId: e.regionId,
      regionName: e.regionName,
      households: e.households,
      cells,
      values: cells.map((c) => c.value),
      judgements: cells.map((c) => c.judgement),
      ranks: cells.map(() => null),
      monthCounts: cells.map((c) => c.months),
      ownTargets,
      metCount,
      missedCount,
      noDataCount,
      metRate: judged ? round((metCount / judged) * 100) : null,
      rank: null,
    };
  });

  defs.forEach((def, j) => {
    const ranks = rankValues(
      def.direction === 'AT_LEAST' ? 'AT_LEAST' : 'AT_MOST',
      rows.map((r) => r.cells[j]!.value),
    );
    rows.forEach((r, i) => {
      r.cells[j]!.rank = ranks[i]!;
      r.ranks[j] = ranks[i]!;
    });
  });
  const leagueRanks = rankValues(
    'AT_LEAST',
    rows.map((r) => r.metRate),
  );
  rows.forEach((r, i) => {
    r.rank = leagueRanks[i]!;
  });

  const groupOf = (name: string, regionId: string | null, members: number[]): GroupAggregate => ({
    regionId,
    name,
    estateCount: members.length,
    cells: defs.map((def, j) =>
      aggregateCell(def, j, members, grid, rows, companyTargets[j] ?? null, targetValue),
    ),
  });
  const byRegion = new Map<string, number[]>();
  estates.forEach((e, i) => {
    if (!e.regionId) return;
    const list = byRegion.get(e.regionId);
    if (list) list.push(i);
    else byRegion.set(e.regionId, [i]);
  });
  const regions = [...byRegion]
    .map(([id, members]) => groupOf(estates[members[0]!]!.regionName ?? '', id, members))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return {
    period,
    months,
    indicators: defs.map(toIndicator),
    rows,
    regions,
    company: groupOf(
      companyName,
      null,
      estates.map((_, i) => i),
    ),
  };
}

/**
 * A group's value of indicator `j`: rates pooled from the member estates' counts (never averaged);
 * counts as the mean per estate that has data, so groups of different sizes compare.
 */
function aggregateCell(
  def: CatalogueEntry,
  j: number,
  members: readonly number[],
  grid: readonly (readonly (PeriodSums | undefined)[])[],
  rows: readonly ComparisonRow[],
  target: Target | null,
  targetValue: (target: Target | null, unit: CatalogueEntry['unit']) => TargetValue | null,
): AggregateCell {
  let value: number | null = null;
  let metCount = 0;
  let missedCount = 0;
  let numerator = 0;
  let denominator = 0;
  let valueSum = 0;
  let valueCount = 0;
  const pooled = def.aggregation === 'RATIO' || def.aggregation === 'RATE_OF_STOCK';
  for (const i of members) {
    const cell = rows[i]!.cells[j]!;
    if (cell.judgement === 'MET') metCount++;
    else if (cell.judgement === 'MISSED') missedCount++;
    if (!pooled) {
      if (cell.value != null) {
        valueSum += cell.value;
        valueCount++;
      }
      continue;
    }
    const s = grid[i]![j];
    if (!s || s.months === 0) continue;
    if (def.aggregation === 'RATIO') {
      numerator += s.numerator;
      denominator += s.denominator;
    } else {
      // Annualise each estate's count, and average its stock over its own months.
      numerator += s.numerator * (12 / s.months);
      denominator += s.denominator / s.months;
    }
  }
  if (pooled) value = denominator > 0 ? round((numerator / denominator) * 100) : null;
  else value = valueCount ? round(valueSum / valueCount) : null;
  return {
    indicatorCode: def.code,
    value,
    target: targetValue(target, def.unit),
    judgement: judge(target, value),
    metCount,
    missedCount,
  };
}
