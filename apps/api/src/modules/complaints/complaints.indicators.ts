/**
 * The two indicators computed from complaints (issue 11 item 6), through the indicator source
 * interface like the staffing ones:
 *
 * - complaint_valid_rate (业户有效投诉率): valid complaints received in the month / households;
 * - complaint_handled (有效投诉处理率): of those valid complaints, the ones resolved.
 *
 * A complaint counts in the month it was received (the company's time zone). Each write of a
 * complaint recomputes the figures of its estate and month in the same transaction
 * (`recomputeChanged`); `complaintIndicatorDrillDown` lists the complaints behind a figure.
 */
import {
  addMonths,
  COMPLAINT_INDICATOR_CODES,
  type ComplaintIndicatorCode,
  complaintCounted,
  complaintFigure,
  indicatorByCode,
  isMonth,
  monthlyValue,
  monthOfDate,
  oneOf,
  startOfZonedDay,
} from '@anju/domain';
import { z } from 'zod';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../lib/errors.js';
import { assertMonth } from '../../lib/months.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead } from '../../lib/write.js';
import { currentMonthOf } from '../companies/index.js';
import { latestFigure, recomputeFigures } from '../figures/index.js';
import { type IndicatorSource, loadCatalogue, registerIndicatorSource } from '../indicators/index.js';
import { canReadComplainant, canReadComplaint, timeZoneOf } from './complaints.access.js';
import type { ComplaintRow } from './complaints.schema.js';
import * as store from './complaints.store.js';
import type { ComplaintIndicatorDrillDown } from './complaints.types.js';

/** The instants a month of the company spans: [from, to). */
export function monthInstants(month: string, timeZone: string): { from: Date; to: Date } {
  return {
    from: startOfZonedDay(`${month}-01`, timeZone),
    to: startOfZonedDay(`${addMonths(month, 1)}-01`, timeZone),
  };
}

/** The complaints of an estate received in `month`. */
export async function complaintsOfMonth(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
): Promise<ComplaintRow[]> {
  const { from, to } = monthInstants(month, await timeZoneOf(tx, companyId));
  return store.complaintsReceived(tx, companyId, estateId, from, to);
}

export async function complaintFigureOf(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
  code: ComplaintIndicatorCode,
) {
  const rows = await complaintsOfMonth(tx, companyId, estateId, month);
  return complaintFigure(code, rows, await store.householdsOf(tx, companyId, estateId));
}

export const complaintSource: IndicatorSource = {
  name: 'complaints',
  measurement: indicatorByCode('complaint_valid_rate')!.measurement,
  codes: COMPLAINT_INDICATOR_CODES,
  compute: (tx, companyId, estateId, month, code) =>
    complaintFigureOf(tx, companyId, estateId, month, code as ComplaintIndicatorCode),
};

export function registerComplaintIndicatorSources(): () => void {
  return registerIndicatorSource(complaintSource);
}

const same = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Recomputes `codes` of one estate and month inside the writer's transaction, writing only figures
 * whose counts changed; a month after the current one is skipped, and a figure waiting for HQ
 * (SUBMITTED) is left for the nightly drift check (as the staffing sources do). Answers the codes
 * written.
 */
export async function recomputeChanged(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
  now: Date,
  codes: readonly string[],
  derive: (code: string) => Promise<{ numerator: number; denominator: number | null } | null>,
): Promise<string[]> {
  const zone = await timeZoneOf(tx, companyId);
  if (!isMonth(month) || month > monthOfDate(now, zone)) return [];
  const catalogue = await loadCatalogue(tx, companyId);
  const changed: string[] = [];
  for (const code of codes) {
    const def = catalogue.byCode.get(code);
    if (!def || def.retired) continue;
    const derived = await derive(code);
    if (!derived) continue;
    const stored = await latestFigure(tx, companyId, estateId, month, code);
    if (stored && same(stored.numerator, derived.numerator) && same(stored.denominator, derived.denominator))
      continue;
    if (stored?.state === 'SUBMITTED') continue;
    changed.push(code);
  }
  if (changed.length) await recomputeFigures(tx, companyId, estateId, month, changed);
  return changed;
}

/** After a complaint was written: its estate's figures of the month it was received. */
export async function recomputeComplaintIndicators(tx: Tx, row: ComplaintRow, now: Date): Promise<string[]> {
  const month = monthOfDate(row.receivedAt, await timeZoneOf(tx, row.companyId));
  return recomputeChanged(tx, row.companyId, row.estateId, month, now, COMPLAINT_INDICATOR_CODES, (code) =>
    complaintFigureOf(tx, row.companyId, row.estateId, month, code as ComplaintIndicatorCode),
  );
}

const drillDownArgs = z.object({
  estateId: z.string(),
  indicatorCode: oneOf(COMPLAINT_INDICATOR_CODES, {
    required: '请选择指标',
    invalid: '该指标没有投诉明细（仅有效投诉率与有效投诉处理率）',
  }),
  month: z.string(),
});

/**
 * The complaints behind an estate's complaint figure of a month, for whoever may read that
 * estate's monthly figures and its complaints. Complainants' names only where the caller may read
 * them; a caller who reads figures but no complaints gets the counts without rows.
 */
export function complaintIndicatorDrillDown(
  ctx: Context,
  args: { estateId: string; indicatorCode: string; month: string },
): Promise<ComplaintIndicatorDrillDown> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!isUuid(args.estateId)) throw notFound('小区');
    const estate = await loadEstateFor(tx, caller, args.estateId, 'read', 'MonthlyFigure');
    const parsed = parseInput(drillDownArgs, args);
    assertMonth(parsed.month, ['month'], {
      notFuture: true,
      now: await currentMonthOf(tx, caller.companyId, ctx.services.clock),
    });
    const code = parsed.indicatorCode;
    const rows = await complaintsOfMonth(tx, caller.companyId, estate.id, parsed.month);
    const figure = complaintFigure(code, rows, estate.households);
    const shown = rows.filter((r) => canReadComplaint(caller.ability, r));
    return {
      estateId: estate.id,
      indicatorCode: code,
      month: parsed.month,
      numerator: figure?.numerator ?? null,
      denominator: figure?.denominator ?? null,
      value: figure ? monthlyValue(indicatorByCode(code)!, figure) : null,
      namesHidden: shown.length < rows.length || !shown.every((r) => canReadComplainant(caller.ability, r)),
      rows: shown.map((r) => ({
        complaintId: r.id,
        number: r.number,
        receivedAt: r.receivedAt,
        category: r.category,
        severity: r.severity,
        valid: r.valid,
        status: r.status,
        counted: complaintCounted(code, r),
        complainantName: canReadComplainant(caller.ability, r) ? r.complainantName : null,
      })),
    };
  });
}
