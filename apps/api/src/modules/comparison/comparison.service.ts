import {
  addMonths,
  comparisonFilter,
  createTargetLookup,
  fromSums,
  judge,
  monthlyValue,
  monthRange,
  subject,
  trendArgs,
} from '@anju/domain';
import { accessibleWhere } from '../../authz/accessible.js';
import { loadEstateFor } from '../../authz/estate-access.js';
import { visibilityKey } from '../../authz/visibility.js';
import type { Tx } from '../../db/client.js';
import { type Context, requireTenant, type TenantCaller } from '../../graphql/context.js';
import { dependsOnMonths } from '../../graphql/response-cache.js';
import { badInput, forbidden, notFound } from '../../lib/errors.js';
import { assertMonth } from '../../lib/months.js';
import { SingleFlight } from '../../lib/single-flight.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead } from '../../lib/write.js';
import { findCompany } from '../companies/index.js';
import { estateColumns, findEstates } from '../estates/index.js';
import { type CatalogueEntry, loadCatalogue, targetLabeller, toIndicator } from '../indicators/index.js';
import { computeMatrix, periodMonths, selectIndicators } from './comparison.compute.js';
import { type MonthPoint, monthlyPoints } from './comparison.store.js';
import type {
  ComparedWithin,
  ComparisonFilter,
  ComparisonMatrix,
  EstateScorecard,
  MissedCommitment,
  TrendPoint,
  TrendSeries,
} from './comparison.types.js';

/** One approved month's value (null without one). */
function monthValue(def: CatalogueEntry, p: MonthPoint | undefined): number | null {
  return p ? monthlyValue(def, { numerator: p.numerator, denominator: p.denominator }) : null;
}

export const MAX_TREND_ESTATES = 50;
export const MAX_TREND_INDICATORS = 10;
const trendLimits = trendArgs({
  estates: MAX_TREND_ESTATES,
  indicators: MAX_TREND_INDICATORS,
});
export const MAX_TREND_MONTHS = 60;

function assertCanCompare(caller: TenantCaller) {
  if (!caller.ability.can('read', 'Comparison')) throw forbidden();
}

async function companyName(tx: Tx, companyId: string) {
  return (await findCompany(tx, companyId))?.name ?? '';
}

const matrices = new SingleFlight<ComparisonMatrix>();

/**
 * The matrix over the estates the caller may see. Identical requests arriving while one is being
 * computed (same visibility, data version and filter) share that computation.
 */
export function comparisonMatrix(ctx: Context, filter: ComparisonFilter): Promise<ComparisonMatrix> {
  const caller = requireTenant(ctx);
  assertCanCompare(caller);
  parseInput(comparisonFilter, filter, ['filter']);
  dependsOnMonths(ctx, periodMonths(filter.period).months);
  const key = JSON.stringify([
    visibilityKey(ctx.auth),
    ctx.services.dataVersions.get(caller.companyId),
    filter.period,
    filter.regionId ?? null,
    filter.estateType ?? null,
    filter.indicatorCodes ?? null,
  ]);
  return matrices.run(key, () =>
    tenantRead(ctx, async (tx) => {
      const access = accessibleWhere(caller.ability, 'read', 'Estate', estateColumns);
      return computeMatrix(tx, caller.companyId, await companyName(tx, caller.companyId), access, filter);
    }),
  );
}

export async function missedCommitments(ctx: Context, filter: ComparisonFilter): Promise<MissedCommitment[]> {
  const matrix = await comparisonMatrix(ctx, filter);
  return matrix.rows.flatMap((row) =>
    row.cells.flatMap((cell, j) => {
      if (cell.judgement !== 'MISSED' || !cell.target) return [];
      return [
        {
          estateId: row.estateId,
          estateName: row.estateName,
          regionName: row.regionName,
          indicator: matrix.indicators[j]!,
          value: cell.value,
          target: cell.target,
          gap: cell.value == null ? null : Math.round((cell.value - cell.target.value) * 100) / 100,
        },
      ];
    }),
  );
}

export function indicatorTrend(
  ctx: Context,
  args: {
    estateIds: string[];
    indicatorCodes: string[];
    from: string;
    to: string;
    includeTotal?: boolean | null;
  },
): Promise<TrendSeries[]> {
  // Permission first: a caller who may not compare learns nothing from validation.
  assertCanCompare(requireTenant(ctx));
  assertMonth(args.from, ['from']);
  assertMonth(args.to, ['to']);
  if (args.to < args.from)
    throw badInput([{ path: ['to'], reason: 'BEFORE_START', message: '结束月份不能早于开始月份' }]);
  const months = monthRange(args.from, args.to);
  if (months.length > MAX_TREND_MONTHS)
    throw badInput([{ path: ['from'], reason: 'TOO_LONG', message: `最多 ${MAX_TREND_MONTHS} 个月` }]);
  parseInput(trendLimits, args);
  dependsOnMonths(ctx, months);
  return tenantRead(ctx, async (tx, caller) => {
    assertCanCompare(caller);
    const estateIds = [...new Set(args.estateIds)];
    const estates = (await findEstates(tx, caller.companyId, estateIds)).filter((e) =>
      caller.ability.can('read', subject('Estate', e)),
    );
    if (estates.length !== estateIds.length) throw notFound('小区');
    const catalogue = await loadCatalogue(tx, caller.companyId);
    const defs = selectIndicators(catalogue.indicators, args.indicatorCodes, ['indicatorCodes']);
    const points = await monthlyPoints(
      tx,
      caller.companyId,
      estateIds,
      defs.map((d) => d.code),
      args.from,
      args.to,
    );
    const lookup = createTargetLookup(catalogue.presets, catalogue.overrides);
    const label = targetLabeller();
    const byKey = new Map(points.map((p) => [`${p.estateId}|${p.code}|${p.month}`, p]));
    const series: TrendSeries[] = [];
    for (const def of defs) {
      for (const e of estates) {
        series.push({
          estateId: e.id,
          estateName: e.name,
          indicatorCode: def.code,
          points: months.map((month): TrendPoint => {
            const p = byKey.get(`${e.id}|${def.code}|${month}`);
            const value = monthValue(def, p);
            const target = lookup(def, e.id, month).target;
            return { month, value, target: label(target, def.unit), judgement: judge(target, value) };
          }),
        });
      }
      if (args.includeTotal && estates.length > 1) {
        series.push({
          estateId: null,
          estateName: '合计',
          indicatorCode: def.code,
          points: months.map((month): TrendPoint => {
            const mine = estates.flatMap((e) => {
              const p = byKey.get(`${e.id}|${def.code}|${month}`);
              return p ? [p] : [];
            });
            let value: number | null = null;
            if (mine.length) {
              if (def.unit === 'PERCENT') {
                const num = mine.reduce((a, p) => a + p.numerator, 0);
                const den = mine.reduce((a, p) => a + (p.denominator ?? 0), 0);
                value =
                  fromSums(def, { numerator: num, denominator: den, months: 1, lastNumerator: num })?.value ??
                  null;
              } else {
                value = Math.round((mine.reduce((a, p) => a + p.numerator, 0) / mine.length) * 100) / 100;
              }
            }
            const target = lookup(def, null, month).target;
            return { month, value, target: label(target, def.unit), judgement: judge(target, value) };
          }),
        });
      }
    }
    return series;
  });
}

/**
 * One estate's period, indicator by indicator, ranked among the estates the caller may see, with
 * their pooled value for reference. Ranks and pooled values over estates outside the caller's scope
 * would let a regional viewer or a manager work out other estates' figures, so they are computed
 * over the caller's estates only; with a single estate in view, there is nothing to compare with.
 */
export function estateScorecard(
  ctx: Context,
  estateId: string,
  periodText: string,
): Promise<EstateScorecard> {
  assertCanCompare(requireTenant(ctx));
  return tenantRead(ctx, async (tx, caller) => {
    const estate = await loadEstateFor(tx, caller, estateId, 'read');
    const { months } = periodMonths(periodText, ['period']);
    const lastMonth = months.at(-1)!;
    const trendFrom = addMonths(lastMonth, -11);
    const trendMonths = monthRange(trendFrom, lastMonth);
    dependsOnMonths(ctx, [...months, ...trendMonths]);
    const access = accessibleWhere(caller.ability, 'read', 'Estate', estateColumns);
    const matrix = await computeMatrix(
      tx,
      caller.companyId,
      await companyName(tx, caller.companyId),
      access,
      { period: periodText },
    );
    const comparedWithin: ComparedWithin = caller.actor.memberships.some((m) => m.scope.kind === 'COMPANY')
      ? 'COMPANY'
      : matrix.rows.length > 1
        ? 'VISIBLE'
        : 'NONE';
    const compared = comparedWithin !== 'NONE';
    const row = matrix.rows.find((r) => r.estateId === estateId);
    const catalogue = await loadCatalogue(tx, caller.companyId);
    const defs = matrix.indicators.map((i) => catalogue.byCode.get(i.code)!);
    const points = await monthlyPoints(
      tx,
      caller.companyId,
      [estateId],
      defs.map((d) => d.code),
      trendFrom,
      lastMonth,
    );
    const byKey = new Map(points.map((p) => [`${p.code}|${p.month}`, p]));
    const lookup = createTargetLookup(catalogue.presets, catalogue.overrides);
    const label = targetLabeller();
    return {
      estateId,
      estateName: estate.name,
      period: matrix.period,
      metCount: row?.metCount ?? 0,
      missedCount: row?.missedCount ?? 0,
      comparedWithin,
      rank: compared ? (row?.rank ?? null) : null,
      rankOf: compared ? matrix.rows.filter((r) => r.rank != null).length : 0,
      items: defs.map((def, j) => ({
        indicator: toIndicator(def),
        cell: (row && { ...row.cells[j]!, rank: compared ? row.cells[j]!.rank : null }) ?? {
          indicatorCode: def.code,
          value: null,
          per1000: null,
          numerator: null,
          denominator: null,
          months: 0,
          target: null,
          judgement: 'NO_DATA',
          rank: null,
        },
        rankOf: compared ? matrix.rows.filter((r) => r.cells[j]!.rank != null).length : 0,
        companyValue: compared ? matrix.company.cells[j]!.value : null,
        trend: trendMonths.map((month) => {
          const p = byKey.get(`${def.code}|${month}`);
          const value = monthValue(def, p);
          const target = lookup(def, estateId, month).target;
          return { month, value, target: label(target, def.unit), judgement: judge(target, value) };
        }),
      })),
    };
  });
}
