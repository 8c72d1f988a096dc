/**
 * The incident indicators through the indicator source interface: fire_alarm_rate and
 * violation_rate (per household: the estate's households are the denominator), fire_count and
 * security_cases (management-caused), major_criminal_cases, violation_handled. Counted from the
 * incidents that occurred in the month. `incidentIndicatorDrillDown` lists them.
 */
import {
  INCIDENT_INDICATOR_CODES,
  type IncidentIndicatorCode,
  incidentCounts,
  incidentFigure,
  incidentIndicatorDrillDownArgs,
  indicatorByCode,
  monthBounds,
  monthlyValue,
} from '@anju/domain';
import { sql } from 'drizzle-orm';
import { accessibleWhere } from '../../authz/accessible.js';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../lib/errors.js';
import { assertMonth } from '../../lib/months.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead } from '../../lib/write.js';
import { currentMonthOf } from '../companies/index.js';
import { findEstate } from '../estates/index.js';
import { type IndicatorSource, registerIndicatorSource } from '../indicators/index.js';
import { toIncident } from './incidents.service.js';
import * as store from './incidents.store.js';
import type { IncidentIndicatorDrillDown } from './incidents.types.js';

async function monthFigure(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
  code: IncidentIndicatorCode,
) {
  const estate = await findEstate(tx, companyId, estateId);
  if (!estate) return { figure: null, rows: [] };
  const rows = await store.incidentsOf(tx, companyId, estateId, sql`true`, monthBounds(month));
  return { figure: incidentFigure(code, rows, estate.households), rows };
}

export const incidentSource: IndicatorSource = {
  name: 'incidents',
  measurement: 'INCIDENTS',
  codes: INCIDENT_INDICATOR_CODES,
  async compute(tx, companyId, estateId, month, code) {
    return (await monthFigure(tx, companyId, estateId, month, code as IncidentIndicatorCode)).figure;
  },
};

export function registerIncidentIndicatorSource(): () => void {
  return registerIndicatorSource(incidentSource);
}

export function incidentIndicatorDrillDown(
  ctx: Context,
  args: { estateId: string; indicatorCode: string; month: string },
): Promise<IncidentIndicatorDrillDown> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!isUuid(String(args.estateId ?? ''))) throw notFound('小区');
    const estate = await loadEstateFor(tx, caller, args.estateId, 'read', 'MonthlyFigure');
    const parsed = parseInput(incidentIndicatorDrillDownArgs, args);
    assertMonth(parsed.month, ['month'], {
      notFuture: true,
      now: await currentMonthOf(tx, caller.companyId, ctx.services.clock),
    });
    const code = parsed.indicatorCode;
    const { figure } = await monthFigure(tx, caller.companyId, estate.id, parsed.month, code);
    // The rows as the caller may read incidents (the figure counts them all).
    const access = accessibleWhere(caller.ability, 'read', 'Incident', store.incidentColumns);
    const visible = await store.incidentsOf(
      tx,
      caller.companyId,
      estate.id,
      access,
      monthBounds(parsed.month),
    );
    return {
      estateId: estate.id,
      indicatorCode: code,
      month: parsed.month,
      numerator: figure?.numerator ?? null,
      denominator: figure?.denominator ?? null,
      value: figure ? monthlyValue(indicatorByCode(code)!, figure) : null,
      rows: visible
        .filter((r) => incidentCounts(code, r).inBase)
        .map((r) => ({ incident: toIncident(r), counted: incidentCounts(code, r).inNumerator })),
    };
  });
}
