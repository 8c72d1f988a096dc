/**
 * culture_activities (the month's activities) and special_services (services on the menu on the
 * month's last day) through the indicator source interface. `activityIndicatorDrillDown` lists
 * the activities or services behind a figure.
 */
import {
  activitiesFigure,
  activityIndicatorDrillDownArgs,
  indicatorByCode,
  monthBounds,
  monthlyValue,
  serviceActiveOn,
  servicesFigure,
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
import { type IndicatorSource, registerIndicatorSource } from '../indicators/index.js';
import { toActivity, toService } from './activities.service.js';
import * as store from './activities.store.js';
import type { ActivityIndicatorDrillDown } from './activities.types.js';

async function figureOf(tx: Tx, companyId: string, estateId: string, month: string, code: string) {
  const bounds = monthBounds(month);
  if (code === 'culture_activities')
    return activitiesFigure((await store.activitiesOf(tx, companyId, estateId, sql`true`, bounds)).length);
  return servicesFigure(await store.servicesOf(tx, companyId, estateId, sql`true`), bounds.to);
}

export const activitySource: IndicatorSource = {
  name: 'activities',
  measurement: 'ACTIVITIES',
  codes: ['culture_activities'],
  compute: (tx, companyId, estateId, month, code) => figureOf(tx, companyId, estateId, month, code),
};

export const specialServicesSource: IndicatorSource = {
  name: 'special-services',
  measurement: 'SERVICES_MENU',
  codes: ['special_services'],
  compute: (tx, companyId, estateId, month, code) => figureOf(tx, companyId, estateId, month, code),
};

export function registerActivityIndicatorSources(): () => void {
  const off = [registerIndicatorSource(activitySource), registerIndicatorSource(specialServicesSource)];
  return () => {
    for (const f of off) f();
  };
}

export function activityIndicatorDrillDown(
  ctx: Context,
  args: { estateId: string; indicatorCode: string; month: string },
): Promise<ActivityIndicatorDrillDown> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!isUuid(String(args.estateId ?? ''))) throw notFound('小区');
    const estate = await loadEstateFor(tx, caller, args.estateId, 'read', 'MonthlyFigure');
    const parsed = parseInput(activityIndicatorDrillDownArgs, args);
    assertMonth(parsed.month, ['month'], {
      notFuture: true,
      now: await currentMonthOf(tx, caller.companyId, ctx.services.clock),
    });
    const code = parsed.indicatorCode;
    const bounds = monthBounds(parsed.month);
    const figure = await figureOf(tx, caller.companyId, estate.id, parsed.month, code);
    const activities =
      code === 'culture_activities'
        ? await store.activitiesOf(
            tx,
            caller.companyId,
            estate.id,
            accessibleWhere(caller.ability, 'read', 'CommunityActivity', store.activityColumns),
            bounds,
          )
        : [];
    const services =
      code === 'special_services'
        ? (
            await store.servicesOf(
              tx,
              caller.companyId,
              estate.id,
              accessibleWhere(caller.ability, 'read', 'SpecialService', store.serviceColumns),
            )
          ).filter((s) => serviceActiveOn(s, bounds.to))
        : [];
    return {
      estateId: estate.id,
      indicatorCode: code,
      month: parsed.month,
      numerator: figure?.numerator ?? null,
      value: figure ? monthlyValue(indicatorByCode(code)!, figure) : null,
      activities: activities.map(toActivity),
      // Active as of the month's last day.
      services: services.map((s) => toService(s, bounds.to)),
    };
  });
}
