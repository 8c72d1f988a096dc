/**
 * Community activities (社区文化活动) and the special-services menu (特约服务, issue 11 item 5).
 * Activities are recorded by the estate's manager and staff; the menu is the manager's, started
 * from the product's list of ten and edited freely, each service on offer between two dates so
 * the count on any month's last day is known. Each write recomputes culture_activities or
 * special_services for that estate and the months it touched, in the same transaction.
 */
import {
  type Action,
  applySpecialServicePresetsInput,
  communityActivitiesArgs,
  createCommunityActivityInput,
  createSpecialServiceInput,
  DEFAULT_TIME_ZONE,
  formatFen,
  localDateOf,
  monthOfDate,
  periodBounds,
  SPECIAL_SERVICE_PRESETS,
  type SubjectName,
  serviceActiveOn,
  subject,
  updateCommunityActivityInput,
  updateSpecialServiceInput,
} from '@anju/domain';
import { accessibleWhere } from '../../authz/accessible.js';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { assertValid, conflict, forbidden, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { findCompany } from '../companies/index.js';
import type { EstateRow } from '../estates/index.js';
import { recomputeSourceFigures } from '../figures/index.js';
import type { CommunityActivityRow, SpecialServiceRow } from './activities.schema.js';
import * as store from './activities.store.js';
import type {
  ApplySpecialServicePresetsInput,
  CommunityActivity,
  CreateCommunityActivityInput,
  CreateSpecialServiceInput,
  SpecialService,
  UpdateCommunityActivityInput,
  UpdateSpecialServiceInput,
} from './activities.types.js';

const stale = () => conflict('记录已被他人修改，请刷新后重试', 'STALE_VERSION');

async function estateFor(
  tx: Tx,
  caller: TenantCaller,
  estateId: unknown,
  type: SubjectName,
  action: Action,
): Promise<EstateRow> {
  const id = String(estateId ?? '');
  if (!isUuid(id)) throw notFound('小区');
  const estate = await loadEstateFor(tx, caller, id, 'read', type);
  if (
    action !== 'read' &&
    !caller.ability.can(action, subject(type, { companyId: caller.companyId, estateId: estate.id }))
  )
    throw forbidden();
  return estate;
}

async function zoneOf(tx: Tx, companyId: string): Promise<string> {
  return (await findCompany(tx, companyId))?.timeZone || DEFAULT_TIME_ZONE;
}

/** The month of a date that changed a figure, and every month after it up to now (a stock moves on). */
function monthsFrom(day: string, now: Date, zone: string): string[] {
  const current = monthOfDate(now, zone);
  const months: string[] = [];
  let m = day.slice(0, 7);
  // A service's start or end changes the count of every month end it spans; 24 months back at most.
  for (let i = 0; i < 240 && m <= current; i++) {
    months.push(m);
    const [y, mm] = m.split('-').map(Number) as [number, number];
    m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
  }
  return months.slice(-24);
}

export const toActivity = (r: CommunityActivityRow): CommunityActivity => ({
  id: r.id,
  estateId: r.estateId,
  heldOn: r.heldOn,
  title: r.title,
  attendance: r.attendance,
  place: r.place,
  note: r.note,
  version: r.version,
  updatedAt: r.updatedAt,
});

export const toService = (r: SpecialServiceRow, today: string): SpecialService => ({
  id: r.id,
  estateId: r.estateId,
  name: r.name,
  price: formatFen(r.priceFen),
  unit: r.unit,
  description: r.description,
  activeFrom: r.activeFrom,
  activeUntil: r.activeUntil,
  active: serviceActiveOn(r, today),
  version: r.version,
  updatedAt: r.updatedAt,
});

// ---- community activities ---------------------------------------------------------------------

export function communityActivities(
  ctx: Context,
  args: { estateId: string; year?: number | null },
): Promise<CommunityActivity[]> {
  return tenantRead(ctx, async (tx, caller) => {
    const estate = await estateFor(tx, caller, args.estateId, 'CommunityActivity', 'read');
    const parsed = parseInput(communityActivitiesArgs, args);
    const access = accessibleWhere(caller.ability, 'read', 'CommunityActivity', store.activityColumns);
    const range = periodBounds(parsed) ?? {};
    return (await store.activitiesOf(tx, caller.companyId, estate.id, access, range)).map(toActivity);
  });
}

async function notFuture(tx: Tx, companyId: string, now: Date, day: string, path: string) {
  const today = localDateOf(now, await zoneOf(tx, companyId));
  if (day > today)
    assertValid([{ path: [path], reason: 'FUTURE', message: '日期不能晚于今天', params: { max: today } }]);
}

export function createCommunityActivity(
  ctx: Context,
  input: CreateCommunityActivityInput,
): Promise<CommunityActivity> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await estateFor(tx, caller, input?.estateId, 'CommunityActivity', 'create');
    const parsed = parseInput(createCommunityActivityInput, input);
    const now = ctx.services.clock();
    await notFuture(tx, caller.companyId, now, parsed.heldOn, 'heldOn');
    const row = await store.insertActivity(tx, {
      companyId: caller.companyId,
      estateId: estate.id,
      heldOn: parsed.heldOn,
      title: parsed.title,
      attendance: parsed.attendance,
      place: parsed.place || null,
      note: parsed.note || null,
      createdBy: caller.userId,
      updatedBy: caller.userId,
      createdAt: now,
      updatedAt: now,
    });
    await changeLog('community_activity.create', 'CommunityActivity', row.id, null, row);
    await recomputeSourceFigures(
      tx,
      caller.companyId,
      estate.id,
      [row.heldOn.slice(0, 7)],
      ['culture_activities'],
      now,
    );
    return toActivity(row);
  });
}

export function updateCommunityActivity(
  ctx: Context,
  input: UpdateCommunityActivityInput,
): Promise<CommunityActivity> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await store.findActivity(tx, caller.companyId, String(input?.id ?? ''), true);
    if (!before || !caller.ability.can('read', subject('CommunityActivity', { ...before })))
      throw notFound('活动');
    if (!caller.ability.can('update', subject('CommunityActivity', { ...before }))) throw forbidden();
    const parsed = parseInput(updateCommunityActivityInput, input);
    if (parsed.version !== before.version) throw stale();
    const now = ctx.services.clock();
    await notFuture(tx, caller.companyId, now, parsed.heldOn, 'heldOn');
    const after = await store.updateActivity(tx, caller.companyId, before.id, before.version, {
      heldOn: parsed.heldOn,
      title: parsed.title,
      attendance: parsed.attendance,
      place: parsed.place || null,
      note: parsed.note || null,
      updatedBy: caller.userId,
      updatedAt: now,
    });
    if (!after) throw stale();
    await changeLog('community_activity.update', 'CommunityActivity', after.id, before, after);
    await recomputeSourceFigures(
      tx,
      caller.companyId,
      after.estateId,
      [before.heldOn.slice(0, 7), after.heldOn.slice(0, 7)],
      ['culture_activities'],
      now,
    );
    return toActivity(after);
  });
}

// ---- special services -------------------------------------------------------------------------

export function specialServices(ctx: Context, estateId: string): Promise<SpecialService[]> {
  return tenantRead(ctx, async (tx, caller) => {
    const estate = await estateFor(tx, caller, estateId, 'SpecialService', 'read');
    const access = accessibleWhere(caller.ability, 'read', 'SpecialService', store.serviceColumns);
    const today = localDateOf(ctx.services.clock(), await zoneOf(tx, caller.companyId));
    return (await store.servicesOf(tx, caller.companyId, estate.id, access)).map((r) => toService(r, today));
  });
}

async function recomputeServices(tx: Tx, caller: TenantCaller, estateId: string, days: string[], now: Date) {
  const zone = await zoneOf(tx, caller.companyId);
  const first = [...days].sort()[0]!;
  await recomputeSourceFigures(
    tx,
    caller.companyId,
    estateId,
    monthsFrom(first, now, zone),
    ['special_services'],
    now,
  );
}

export function createSpecialService(
  ctx: Context,
  input: CreateSpecialServiceInput,
): Promise<SpecialService> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await estateFor(tx, caller, input?.estateId, 'SpecialService', 'create');
    const parsed = parseInput(createSpecialServiceInput, input);
    const now = ctx.services.clock();
    const [row] = await store.insertServices(tx, [
      {
        companyId: caller.companyId,
        estateId: estate.id,
        name: parsed.name,
        priceFen: parsed.price,
        unit: parsed.unit,
        description: parsed.description || null,
        activeFrom: parsed.activeFrom,
        activeUntil: parsed.activeUntil ?? null,
        createdBy: caller.userId,
        updatedBy: caller.userId,
        createdAt: now,
        updatedAt: now,
      },
    ]);
    await changeLog('special_service.create', 'SpecialService', row!.id, null, row);
    await recomputeServices(tx, caller, estate.id, [row!.activeFrom], now);
    return toService(row!, localDateOf(now, await zoneOf(tx, caller.companyId)));
  });
}

export function updateSpecialService(
  ctx: Context,
  input: UpdateSpecialServiceInput,
): Promise<SpecialService> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await store.findService(tx, caller.companyId, String(input?.id ?? ''), true);
    if (!before || !caller.ability.can('read', subject('SpecialService', { ...before })))
      throw notFound('特约服务');
    if (!caller.ability.can('update', subject('SpecialService', { ...before }))) throw forbidden();
    const parsed = parseInput(updateSpecialServiceInput, input);
    if (parsed.version !== before.version) throw stale();
    const now = ctx.services.clock();
    const after = await store.updateService(tx, caller.companyId, before.id, before.version, {
      name: parsed.name,
      priceFen: parsed.price,
      unit: parsed.unit,
      description: parsed.description || null,
      activeFrom: parsed.activeFrom,
      activeUntil: parsed.activeUntil ?? null,
      updatedBy: caller.userId,
      updatedAt: now,
    });
    if (!after) throw stale();
    await changeLog('special_service.update', 'SpecialService', after.id, before, after);
    const days = [before.activeFrom, after.activeFrom, before.activeUntil, after.activeUntil].filter(
      (d): d is string => d != null,
    );
    await recomputeServices(tx, caller, after.estateId, days, now);
    return toService(after, localDateOf(now, await zoneOf(tx, caller.companyId)));
  });
}

/** Adds the product's starting list (the ten kinds) to the menu, skipping names already offered. */
export function applySpecialServicePresets(
  ctx: Context,
  input: ApplySpecialServicePresetsInput,
): Promise<SpecialService[]> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await estateFor(tx, caller, input?.estateId, 'SpecialService', 'create');
    const parsed = parseInput(applySpecialServicePresetsInput, input);
    const now = ctx.services.clock();
    const existing = await store.servicesOf(
      tx,
      caller.companyId,
      estate.id,
      accessibleWhere(caller.ability, 'read', 'SpecialService', store.serviceColumns),
    );
    const offered = new Set(existing.filter((s) => s.activeUntil === null).map((s) => s.name));
    const rows = await store.insertServices(
      tx,
      SPECIAL_SERVICE_PRESETS.filter((p) => !offered.has(p.name)).map((p) => ({
        companyId: caller.companyId,
        estateId: estate.id,
        name: p.name,
        priceFen: p.priceFen,
        unit: p.unit,
        activeFrom: parsed.activeFrom,
        createdBy: caller.userId,
        updatedBy: caller.userId,
        createdAt: now,
        updatedAt: now,
      })),
    );
    if (rows.length) {
      await changeLog('special_service.presets', 'Estate', estate.id, null, { services: rows });
      await recomputeServices(tx, caller, estate.id, [parsed.activeFrom], now);
    }
    const today = localDateOf(now, await zoneOf(tx, caller.companyId));
    return rows.map((r) => toService(r, today));
  });
}
