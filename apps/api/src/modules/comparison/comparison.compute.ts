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
} from '@anju/domain';
import type { SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { badInput } from '../../lib/errors.js';
import { toIndicator, toTargetValue } from '../indicators/indicators.service.js';
import { type CatalogueEntry, loadCatalogue } from '../indicators/indicators.store.js';
import { comparisonEstates, type EstateInfo, periodSums } from './comparison.store.js';
import type {
  AggregateCell,
  ComparisonCell,
  ComparisonFilter,
  ComparisonMatrix,
  ComparisonRow,
  GroupAggregate,
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
): CatalogueEntry[] {
  if (!codes?.length) return all.filter((i) => !i.retired);
  const byCode = new Map(all.map((i) => [i.code, i]));
  return codes.map((code, i) => {
    const def = byCode.get(code);
    if (!def)
      throw badInput([
        { path: ['filter', 'indicatorCodes', i], reason: 'NOT_FOUND', message: `指标 ${code} 不存在` },
      ]);
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
  const estates = await comparisonEstates(tx, companyId, access, filter);
  const sums = await periodSums(
    tx,
    companyId,
    months[0]!,
    months.at(-1)!,
    filter.indicatorCodes?.length ? defs.map((d) => d.code) : null,
  );
  const lookup = createTargetLookup(catalogue.presets, catalogue.overrides);
  const lastMonth = months.at(-1)!;

  const rows: ComparisonRow[] = estates.map((e) => {
    const cells = defs.map((def): ComparisonCell => {
      const s = sums.get(`${e.id}|${def.code}`);
      const agg = s ? fromSums(def, s) : null;
      const target = lookup(def, e.id, lastMonth).target;
      return {
        indicatorCode: def.code,
        value: agg?.value ?? null,
        per1000: isCount(def) ? per1000Households(agg?.value ?? null, e.households) : null,
        numerator: agg?.numerator ?? null,
        denominator: agg?.denominator ?? null,
        months: agg?.months ?? 0,
        target: toTargetValue(target, def.unit),
        judgement: judge(target, agg?.value ?? null),
        rank: null,
      };
    });
    const metCount = cells.filter((c) => c.judgement === 'MET').length;
    const missedCount = cells.filter((c) => c.judgement === 'MISSED').length;
    const judged = metCount + missedCount;
    return {
      estateId: e.id,
      estateName: e.name,
      estateCode: e.code,
      regionId: e.regionId,
      regionName: e.regionName,
      households: e.households,
      cells,
      metCount,
      missedCount,
      noDataCount: cells.filter((c) => c.judgement === 'NO_DATA').length,
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
    });
  });
  const leagueRanks = rankValues(
    'AT_LEAST',
    rows.map((r) => r.metRate),
  );
  rows.forEach((r, i) => {
    r.rank = leagueRanks[i]!;
  });

  const groupOf = (name: string, regionId: string | null, members: EstateInfo[]): GroupAggregate => {
    const memberRows = rows.filter((r) => members.some((m) => m.id === r.estateId));
    return {
      regionId,
      name,
      estateCount: members.length,
      cells: defs.map((def, j) =>
        aggregateCell(
          def,
          members,
          memberRows.map((r) => r.cells[j]!),
          sums,
          lookup(def, null, lastMonth).target,
        ),
      ),
    };
  };
  const regionIds = [...new Set(estates.flatMap((e) => (e.regionId ? [e.regionId] : [])))];
  const regions = regionIds
    .map((id) => {
      const members = estates.filter((e) => e.regionId === id);
      return groupOf(members[0]!.regionName ?? '', id, members);
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return {
    period,
    months,
    indicators: defs.map(toIndicator),
    rows,
    regions,
    company: groupOf(companyName, null, estates),
  };
}

/**
 * A group's value of one indicator: rates pooled from the estates' counts (never averaged);
 * counts as the mean per estate that has data, so groups of different sizes compare.
 */
function aggregateCell(
  def: CatalogueEntry,
  members: EstateInfo[],
  cells: ComparisonCell[],
  sums: Map<string, PeriodSums>,
  target: Parameters<typeof judge>[0],
): AggregateCell {
  let value: number | null = null;
  if (def.aggregation === 'RATIO' || def.aggregation === 'RATE_OF_STOCK') {
    let numerator = 0;
    let denominator = 0;
    for (const m of members) {
      const s = sums.get(`${m.id}|${def.code}`);
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
    value = denominator > 0 ? round((numerator / denominator) * 100) : null;
  } else {
    const values = cells.map((c) => c.value).filter((v): v is number => v != null);
    value = values.length ? round(values.reduce((a, b) => a + b, 0) / values.length) : null;
  }
  return {
    indicatorCode: def.code,
    value,
    target: toTargetValue(target ?? null, def.unit),
    judgement: judge(target, value),
    metCount: cells.filter((c) => c.judgement === 'MET').length,
    missedCount: cells.filter((c) => c.judgement === 'MISSED').length,
  };
}
