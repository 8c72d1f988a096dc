/**
 * The intact rates (house_intact … public_facility_intact, cleaning) through the indicator source
 * interface: items intact / items checked over the month's checks of the indicator's class.
 * `facilityCheckIndicatorDrillDown` lists those checks.
 */
import {
  FACILITY_INDICATOR_CODES,
  facilityCheckIndicatorDrillDownArgs,
  facilityClassOf,
  facilityFigure,
  indicatorByCode,
  monthBounds,
  monthlyValue,
} from '@anju/domain';
import { sql } from 'drizzle-orm';
import { accessibleWhere } from '../../authz/accessible.js';
import { loadEstateFor } from '../../authz/estate-access.js';
import { isUuid } from '../../db/tenant.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../lib/errors.js';
import { assertMonth } from '../../lib/months.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead } from '../../lib/write.js';
import { currentMonthOf } from '../companies/index.js';
import { type IndicatorSource, registerIndicatorSource } from '../indicators/index.js';
import { toFacilityCheck } from './facility-checks.service.js';
import * as store from './facility-checks.store.js';
import type { FacilityCheckIndicatorDrillDown } from './facility-checks.types.js';

export const facilityCheckSource: IndicatorSource = {
  name: 'facility-checks',
  measurement: 'FACILITY_CHECK',
  codes: FACILITY_INDICATOR_CODES,
  async compute(tx, companyId, estateId, month, code) {
    const facilityClass = facilityClassOf(code);
    if (!facilityClass) return null;
    return facilityFigure(
      await store.checksOf(tx, companyId, estateId, sql`true`, { ...monthBounds(month), facilityClass }),
    );
  },
};

export function registerFacilityCheckIndicatorSource(): () => void {
  return registerIndicatorSource(facilityCheckSource);
}

export function facilityCheckIndicatorDrillDown(
  ctx: Context,
  args: { estateId: string; indicatorCode: string; month: string },
): Promise<FacilityCheckIndicatorDrillDown> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!isUuid(String(args.estateId ?? ''))) throw notFound('小区');
    const estate = await loadEstateFor(tx, caller, args.estateId, 'read', 'MonthlyFigure');
    const parsed = parseInput(facilityCheckIndicatorDrillDownArgs, args);
    assertMonth(parsed.month, ['month'], {
      notFuture: true,
      now: await currentMonthOf(tx, caller.companyId, ctx.services.clock),
    });
    const facilityClass = facilityClassOf(parsed.indicatorCode)!;
    const range = { ...monthBounds(parsed.month), facilityClass };
    const figure = facilityFigure(await store.checksOf(tx, caller.companyId, estate.id, sql`true`, range));
    const access = accessibleWhere(caller.ability, 'read', 'FacilityCheck', store.facilityCheckColumns);
    const rows = await store.checksOf(tx, caller.companyId, estate.id, access, range);
    return {
      estateId: estate.id,
      indicatorCode: parsed.indicatorCode,
      facilityClass,
      month: parsed.month,
      numerator: figure?.numerator ?? null,
      denominator: figure?.denominator ?? null,
      value: figure ? monthlyValue(indicatorByCode(parsed.indicatorCode)!, figure) : null,
      rows: rows.map(toFacilityCheck),
    };
  });
}
