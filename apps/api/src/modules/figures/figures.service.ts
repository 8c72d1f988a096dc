/**
 * The monthly form: what the form of an estate and month shows, the reads, and what every use
 * case that changes figures shares. The changes live by use case: drafts (save, submit, correct,
 * recompute) in figures.drafts.ts, approval in figures.approval.ts, the queue in figures.queue.ts,
 * Excel in figures.excel.ts and figures.import.ts.
 */
import { judge, targetInForce } from '@anju/domain';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import { type Context, requireTenant } from '../../graphql/context.js';
import { assertMonth } from '../../lib/months.js';
import { tenantRead } from '../../lib/write.js';
import { currentMonthOf } from '../companies/index.js';
import type { EstateRow } from '../estates/index.js';
import { type Catalogue, loadCatalogue, toIndicator, toTargetValue } from '../indicators/index.js';
import type { MonthlyFigureRow } from './figures.schema.js';
import * as store from './figures.store.js';
import type { FormState, MonthlyForm, MonthlyFormItem } from './figures.types.js';

function formStateOf(latest: MonthlyFigureRow[]): FormState {
  const states = new Set(latest.map((f) => f.state));
  if (states.size === 0) return 'EMPTY';
  if (states.size > 1) return states.has('REJECTED') ? 'REJECTED' : 'MIXED';
  return [...states][0]!;
}

/** Latest and effective revision per indicator, from all revisions of the month. */
export function byIndicator(revisions: MonthlyFigureRow[]) {
  const latest = new Map<string, MonthlyFigureRow>();
  const effective = new Map<string, MonthlyFigureRow>();
  for (const r of revisions) {
    const l = latest.get(r.indicatorCode);
    if (!l || r.revision > l.revision) latest.set(r.indicatorCode, r);
    if (r.effective) effective.set(r.indicatorCode, r);
  }
  return { latest, effective };
}

export function buildForm(
  estate: EstateRow,
  month: string,
  catalogue: Catalogue,
  revisions: MonthlyFigureRow[],
): MonthlyForm {
  const { latest, effective } = byIndicator(revisions);
  const items: MonthlyFormItem[] = catalogue.indicators
    .filter((def) => !def.retired || latest.has(def.code))
    .map((def) => {
      const figure = latest.get(def.code) ?? null;
      const target = targetInForce(def, estate.id, month, catalogue.presets, catalogue.overrides).target;
      return {
        indicator: toIndicator(def),
        figure,
        effective: effective.get(def.code) ?? null,
        target: toTargetValue(target, def.unit),
        judgement: judge(target, figure?.value),
      };
    });
  const latestRows = [...latest.values()];
  return {
    estateId: estate.id,
    estateName: estate.name,
    month,
    state: formStateOf(latestRows),
    rejectReason: latestRows.find((f) => f.state === 'REJECTED')?.rejectReason ?? null,
    items,
  };
}

/** The form as it stands after a change, read in the same transaction. */
export async function formNow(
  tx: Tx,
  companyId: string,
  estate: EstateRow,
  month: string,
  catalogue?: Catalogue,
): Promise<MonthlyForm> {
  return buildForm(
    estate,
    month,
    catalogue ?? (await loadCatalogue(tx, companyId)),
    await store.revisionsOfMonth(tx, companyId, estate.id, month),
  );
}

/** A month that may be reported: well-formed and not after the company's current month. */
export async function assertReportableMonth(
  ctx: Context,
  tx: Tx,
  companyId: string,
  month: string,
  path: (string | number)[] = ['month'],
) {
  assertMonth(month, path, {
    notFuture: true,
    now: await currentMonthOf(tx, companyId, ctx.services.clock),
  });
}

export function monthlyForm(ctx: Context, estateId: string, month: string): Promise<MonthlyForm> {
  return tenantRead(ctx, async (tx, caller) => {
    const estate = await loadEstateFor(tx, caller, estateId, 'read', 'MonthlyFigure');
    assertMonth(month, ['month']);
    return formNow(tx, caller.companyId, estate, month);
  });
}

export function figureHistory(
  ctx: Context,
  estateId: string,
  code: string,
  month: string,
): Promise<MonthlyFigureRow[]> {
  return tenantRead(ctx, async (tx, caller) => {
    await loadEstateFor(tx, caller, estateId, 'read', 'MonthlyFigure');
    assertMonth(month, ['month']);
    return store.revisionsOfFigure(tx, caller.companyId, estateId, code, month);
  });
}

export function publishFigures(ctx: Context, form: MonthlyForm) {
  ctx.services.pubsub.publish('FIGURES_CHANGED', requireTenant(ctx).companyId, {
    estateId: form.estateId,
    month: form.month,
    state: form.state,
  });
}

/** The latest revisions of `codes` before a change: the `before` of its change-log entry. */
export function figuresBefore(latest: Map<string, MonthlyFigureRow>, codes: Iterable<string>) {
  const rows = [...new Set(codes)].flatMap((code) => {
    const f = latest.get(code);
    return f ? [f] : [];
  });
  return rows.map((f) => ({
    indicatorCode: f.indicatorCode,
    revision: f.revision,
    state: f.state,
    numerator: f.numerator,
    denominator: f.denominator,
    value: f.value,
    note: f.note,
    rejectReason: f.rejectReason,
    version: f.version,
  }));
}
