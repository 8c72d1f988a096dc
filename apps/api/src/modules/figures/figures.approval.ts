/** HQ's decision on submitted figures: approve (they take effect) or reject (back to the estate). */
import { rejectMonthlyFiguresInput } from '@anju/domain';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Context } from '../../graphql/context.js';
import { conflict } from '../../lib/errors.js';
import { assertMonth } from '../../lib/months.js';
import { parseInput } from '../../lib/validation.js';
import { tenantWrite } from '../../lib/write.js';
import { loadCatalogue } from '../indicators/index.js';
import type { MonthlyFigureRow } from './figures.schema.js';
import { figuresBefore, formNow, publishFigures } from './figures.service.js';
import * as store from './figures.store.js';
import type { MonthlyForm, RejectMonthlyFiguresInput } from './figures.types.js';

const byCode = (rows: MonthlyFigureRow[]) => new Map(rows.map((f) => [f.indicatorCode, f]));

export async function approveMonthlyFigures(
  ctx: Context,
  estateId: string,
  month: string,
): Promise<MonthlyForm> {
  const { form, alerts, companyId } = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await loadEstateFor(tx, caller, estateId, 'approve', 'MonthlyFigure');
    assertMonth(month, ['month']);
    await store.lockEstateMonth(tx, caller.companyId, estateId, month);
    const submitted = await store.submittedOf(tx, caller.companyId, estateId, month);
    if (submitted.length === 0) throw conflict('没有待审核的数据', 'NOTHING_TO_APPROVE');
    const codes = submitted.map((f) => f.indicatorCode);
    await store.retireEffective(tx, caller.companyId, estateId, month, codes);
    await store.setStates(
      tx,
      caller.companyId,
      submitted.map((f) => f.id),
      { state: 'APPROVED', effective: true, decidedBy: caller.userId, decidedAt: ctx.services.clock() },
    );
    await changeLog(
      'figures.approve',
      'MonthlyFigure',
      estateId,
      { month, figures: figuresBefore(byCode(submitted), codes) },
      { month, indicators: codes, state: 'APPROVED' },
    );
    const catalogue = await loadCatalogue(tx, caller.companyId);
    const form = await formNow(tx, caller.companyId, estate, month, catalogue);
    const approvedCodes = new Set(codes);
    const alerts = form.items.filter((i) => approvedCodes.has(i.indicator.code) && i.judgement === 'MISSED');
    return { form, alerts, companyId: caller.companyId };
  });
  publishFigures(ctx, form);
  for (const a of alerts) {
    ctx.services.pubsub.publish('INDICATOR_ALERT', companyId, {
      estateId: form.estateId,
      estateName: form.estateName,
      indicatorCode: a.indicator.code,
      indicatorName: a.indicator.nameZh,
      month,
      value: a.figure?.value ?? null,
      target: a.target!,
    });
  }
  return form;
}

export async function rejectMonthlyFigures(
  ctx: Context,
  input: RejectMonthlyFiguresInput,
): Promise<MonthlyForm> {
  const form = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await loadEstateFor(tx, caller, input.estateId, 'approve', 'MonthlyFigure');
    assertMonth(input.month, ['month']);
    await store.lockEstateMonth(tx, caller.companyId, input.estateId, input.month);
    const { reason } = parseInput(rejectMonthlyFiguresInput, input);
    const submitted = await store.submittedOf(tx, caller.companyId, input.estateId, input.month);
    if (submitted.length === 0) throw conflict('没有待审核的数据', 'NOTHING_TO_APPROVE');
    await store.setStates(
      tx,
      caller.companyId,
      submitted.map((f) => f.id),
      {
        state: 'REJECTED',
        rejectReason: reason,
        decidedBy: caller.userId,
        decidedAt: ctx.services.clock(),
      },
    );
    const codes = submitted.map((f) => f.indicatorCode);
    await changeLog(
      'figures.reject',
      'MonthlyFigure',
      input.estateId,
      { month: input.month, figures: figuresBefore(byCode(submitted), codes) },
      { month: input.month, indicators: codes, state: 'REJECTED', reason },
    );
    return formNow(tx, caller.companyId, estate, input.month);
  });
  publishFigures(ctx, form);
  return form;
}
