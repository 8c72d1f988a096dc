/**
 * The four repair indicators (issue 11 item 6), computed from work orders through the indicator
 * source interface like the staffing ones (staffing.indicators.ts):
 *
 * - repair_timely (房屋零修、急修及时率): completed orders of the month whose every step (dispatch,
 *   arrival, completion) was done by its deadline / orders completed in the month.
 * - repair_rework (返修率): completed orders that repeat an earlier repair of the same fault within
 *   30 days (rework link) / orders completed.
 * - repair_quality (维修工程质量合格率): completed orders whose quality check passed / orders
 *   completed. The check is recorded at completion (completeWorkOrder qualityPassed) or, when the
 *   supervisor inspects later, at closing (closeWorkOrder qualityPassed); an order never checked
 *   counts as not passed, so an estate cannot raise the rate by not inspecting.
 * - repair_callback (维修服务回访率): completed orders called back (回访) / orders completed.
 *
 * Every order counts in the month (company time zone) it was completed in; a later callback or
 * quality check changes that month's figure. The figures are a function of the rows only (no
 * clock), written as computed drafts by `recomputeRepairIndicators`, which every work-order step
 * calls inside its own transaction for the estate and the completion month it touched.
 */
import {
  addMonths,
  DEFAULT_TIME_ZONE,
  indicatorByCode,
  isMonth,
  monthlyValue,
  monthOfDate,
  REPAIR_INDICATOR_CODES,
  type RepairIndicatorCode,
  type RepairRowReason,
  repairRowOf,
  startOfZonedDay,
  subject,
  WORK_ORDER_PERSONAL_FIELDS,
  workOrderIndicatorDrillDownArgs,
} from '@anju/domain';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import type { Context } from '../../graphql/context.js';
import { assertMonth } from '../../lib/months.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead } from '../../lib/write.js';
import { currentMonthOf, findCompany } from '../companies/index.js';
import { latestFigure, recomputeFigures } from '../figures/index.js';
import { type IndicatorSource, loadCatalogue, registerIndicatorSource } from '../indicators/index.js';
import { canReadWorkOrder, workOrderSubject } from './work-orders.access.js';
import type { WorkOrderRow } from './work-orders.schema.js';
import * as store from './work-orders.store.js';
import type { WorkOrderIndicatorDrillDown } from './work-orders.types.js';

export interface RepairIndicatorRow {
  order: WorkOrderRow;
  counted: boolean;
  reason: RepairRowReason;
}

const zoneOf = async (tx: Tx, companyId: string) =>
  (await findCompany(tx, companyId))?.timeZone || DEFAULT_TIME_ZONE;

/** The company-time-zone bounds of a month: [first midnight, next month's first midnight). */
export function monthInstants(month: string, timeZone: string): { from: Date; to: Date } {
  return {
    from: startOfZonedDay(`${month}-01`, timeZone),
    to: startOfZonedDay(`${addMonths(month, 1)}-01`, timeZone),
  };
}

/**
 * While a recompute runs (`recomputeRepairIndicators`), the orders completed in an estate-month are
 * read once for its four figures and their writes, not once per figure and again per write: the
 * step's own change is already written when the recompute starts, and nothing writes orders until
 * it ends. Outside a recompute (drill-downs, the drift check) every call reads afresh.
 */
const recomputing = new WeakMap<Tx, Map<string, Promise<WorkOrderRow[]>>>();

async function completedOrders(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
  timeZone?: string,
): Promise<WorkOrderRow[]> {
  const read = async () => {
    const { from, to } = monthInstants(month, timeZone ?? (await zoneOf(tx, companyId)));
    return store.completedIn(tx, companyId, estateId, from, to);
  };
  const memo = recomputing.get(tx);
  if (!memo) return read();
  const key = `${companyId}|${estateId}|${month}`;
  let orders = memo.get(key);
  if (!orders) {
    orders = read();
    memo.set(key, orders);
  }
  return orders;
}

/** The orders behind an estate's repair figure of `month`: every order completed in it. */
export async function repairIndicatorRows(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
  code: RepairIndicatorCode,
  timeZone?: string,
): Promise<RepairIndicatorRow[]> {
  const orders = await completedOrders(tx, companyId, estateId, month, timeZone);
  return orders.flatMap((order) => {
    const row = repairRowOf(code, order);
    return row ? [{ order, ...row }] : [];
  });
}

const figureOfRows = (rows: readonly RepairIndicatorRow[]) =>
  rows.length ? { numerator: rows.filter((r) => r.counted).length, denominator: rows.length } : null;

const sourceFor = (code: RepairIndicatorCode): IndicatorSource => ({
  name: `work-orders.${code}`,
  measurement: indicatorByCode(code)!.measurement,
  codes: [code],
  async compute(tx, companyId, estateId, month) {
    // Nothing completed that month: no figure rather than 0 %.
    return figureOfRows(await repairIndicatorRows(tx, companyId, estateId, month, code));
  },
});

export const repairIndicatorSources = REPAIR_INDICATOR_CODES.map(sourceFor);

/** Registers the four sources (idempotent); answers the unregister. Called by the composition root. */
export function registerWorkOrderIndicatorSources(): () => void {
  const off = repairIndicatorSources.map((s) => registerIndicatorSource(s));
  return () => {
    for (const f of off) f();
  };
}

export interface RepairRecompute {
  /** Figures rewritten, as `month:code`. */
  written: string[];
  /** Figures whose month is with HQ for approval (SUBMITTED): left for the nightly drift check. */
  waiting: string[];
}

/**
 * Recomputes an estate's repair figures of `months` inside the caller's transaction (a work-order
 * step: the month its order was completed in). A month after the current one is skipped; only
 * figures whose value changed are written; a SUBMITTED month is left for the drift check (as the
 * staffing recompute does), so a step never fails because HQ is reviewing the month.
 */
export async function recomputeRepairIndicators(
  tx: Tx,
  companyId: string,
  estateId: string,
  now: Date,
  months: readonly string[],
): Promise<RepairRecompute> {
  const zone = await zoneOf(tx, companyId);
  const current = monthOfDate(now, zone);
  const wanted = [...new Set(months)].filter((m) => isMonth(m) && m <= current).sort();
  const result: RepairRecompute = { written: [], waiting: [] };
  if (!wanted.length) return result;
  if (recomputing.has(tx)) return recomputeMonths(tx, companyId, estateId, wanted, zone, result);
  recomputing.set(tx, new Map());
  try {
    return await recomputeMonths(tx, companyId, estateId, wanted, zone, result);
  } finally {
    recomputing.delete(tx);
  }
}

async function recomputeMonths(
  tx: Tx,
  companyId: string,
  estateId: string,
  wanted: readonly string[],
  zone: string,
  result: RepairRecompute,
): Promise<RepairRecompute> {
  const catalogue = await loadCatalogue(tx, companyId);
  const codes = REPAIR_INDICATOR_CODES.filter((c) => {
    const def = catalogue.byCode.get(c);
    return def != null && !def.retired;
  });
  for (const month of wanted) {
    const changed: RepairIndicatorCode[] = [];
    for (const code of codes) {
      const derived = figureOfRows(await repairIndicatorRows(tx, companyId, estateId, month, code, zone));
      if (!derived) continue;
      const stored = await latestFigure(tx, companyId, estateId, month, code);
      if (stored && stored.numerator === derived.numerator && stored.denominator === derived.denominator)
        continue;
      if (stored?.state === 'SUBMITTED') {
        result.waiting.push(`${month}:${code}`);
        continue;
      }
      changed.push(code);
    }
    if (changed.length) {
      await recomputeFigures(tx, companyId, estateId, month, changed);
      result.written.push(...changed.map((c) => `${month}:${c}`));
    }
  }
  return result;
}

/** The completion month of an order (company time zone), the one its step may have changed. */
export async function completionMonthOf(tx: Tx, row: WorkOrderRow): Promise<string | null> {
  return row.completedAt ? monthOfDate(row.completedAt, await zoneOf(tx, row.companyId)) : null;
}

/**
 * The orders behind an estate's repair figure of a month, for whoever may read that estate's
 * monthly figures (a comparison cell's drill-down): each completed order, counted or not and why.
 * A unit (a household's address) is shown only to callers who may read the order's reporter data;
 * public areas to all; the reporter's name and phone never.
 */
export function workOrderIndicatorDrillDown(
  ctx: Context,
  args: { estateId: string; indicatorCode: string; month: string },
): Promise<WorkOrderIndicatorDrillDown> {
  return tenantRead(ctx, async (tx, caller) => {
    const estate = await loadEstateFor(tx, caller, args.estateId, 'read', 'MonthlyFigure');
    const parsed = parseInput(workOrderIndicatorDrillDownArgs, args);
    assertMonth(parsed.month, ['month'], {
      notFuture: true,
      now: await currentMonthOf(tx, caller.companyId, ctx.services.clock),
    });
    const code = parsed.indicatorCode;
    const rows = await repairIndicatorRows(tx, caller.companyId, estate.id, parsed.month, code);
    const figure = figureOfRows(rows);
    const numbers = new Map(
      (
        await store.findWorkOrders(
          tx,
          caller.companyId,
          rows.flatMap((r) => (r.order.reworkOfId ? [r.order.reworkOfId] : [])),
        )
      ).map((o) => [o.id, o.number]),
    );
    let hidden = false;
    const out = rows.map(({ order: o, counted, reason }) => {
      const readable = canReadWorkOrder(caller.ability, o);
      const personal =
        readable &&
        WORK_ORDER_PERSONAL_FIELDS.every((f) =>
          caller.ability.can('read', subject('WorkOrder', workOrderSubject(o)), f),
        );
      const showPlace = o.locationKind === 'PUBLIC_AREA' || personal;
      if (!showPlace) hidden = true;
      return {
        workOrderId: readable ? o.id : null,
        number: o.number,
        locationKind: o.locationKind,
        location: showPlace ? o.location : null,
        category: o.category,
        kind: o.kind,
        channel: o.channel,
        reportedAt: o.reportedAt,
        completedAt: o.completedAt!,
        counted,
        reason,
        reworkOfNumber: o.reworkOfId ? (numbers.get(o.reworkOfId) ?? null) : null,
      };
    });
    return {
      estateId: estate.id,
      indicatorCode: code,
      month: parsed.month,
      numerator: figure?.numerator ?? null,
      denominator: figure?.denominator ?? null,
      value: figure ? monthlyValue(indicatorByCode(code)!, figure) : null,
      unitsHidden: hidden,
      rows: out,
    };
  });
}
