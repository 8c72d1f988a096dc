/**
 * fee_collection (管理费收缴率) through the indicator source interface: collected / receivable of
 * the month's fee record, in yuan. `feeIndicatorDrillDown` lists the record behind a figure.
 */
import {
  FEE_INDICATOR_CODES,
  feeFigure,
  feeIndicatorDrillDownArgs,
  indicatorByCode,
  monthlyValue,
} from '@anju/domain';
import { loadEstateFor } from '../../authz/estate-access.js';
import { isUuid } from '../../db/tenant.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../lib/errors.js';
import { assertMonth } from '../../lib/months.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead } from '../../lib/write.js';
import { currentMonthOf } from '../companies/index.js';
import { type IndicatorSource, registerIndicatorSource } from '../indicators/index.js';
import { toFeeCollection } from './fees.service.js';
import * as store from './fees.store.js';
import type { FeeIndicatorDrillDown } from './fees.types.js';

export const feeCollectionSource: IndicatorSource = {
  name: 'fees',
  measurement: 'FEES',
  codes: FEE_INDICATOR_CODES,
  async compute(tx, companyId, estateId, month) {
    return feeFigure(await store.feesOfMonths(tx, companyId, estateId, [month]));
  },
};

export function registerFeeIndicatorSource(): () => void {
  return registerIndicatorSource(feeCollectionSource);
}

/** The fee record behind an estate's figure of a month, for whoever reads its monthly figures. */
export function feeIndicatorDrillDown(
  ctx: Context,
  args: { estateId: string; indicatorCode: string; month: string },
): Promise<FeeIndicatorDrillDown> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!isUuid(String(args.estateId ?? ''))) throw notFound('小区');
    const estate = await loadEstateFor(tx, caller, args.estateId, 'read', 'MonthlyFigure');
    const parsed = parseInput(feeIndicatorDrillDownArgs, args);
    assertMonth(parsed.month, ['month'], {
      notFuture: true,
      now: await currentMonthOf(tx, caller.companyId, ctx.services.clock),
    });
    const rows = await store.feesOfMonths(tx, caller.companyId, estate.id, [parsed.month]);
    const figure = feeFigure(rows);
    return {
      estateId: estate.id,
      indicatorCode: parsed.indicatorCode,
      month: parsed.month,
      numerator: figure?.numerator ?? null,
      denominator: figure?.denominator ?? null,
      value: figure ? monthlyValue(indicatorByCode(parsed.indicatorCode)!, figure) : null,
      rows: rows.map(toFeeCollection),
    };
  });
}
