/**
 * Incidents (issue 11 item 5): fire alarms, fires, security cases, major criminal cases and
 * violations, recorded by the estate's manager and staff. Each write recomputes the estate's
 * incident figures of the months it touched, in the same transaction.
 */
import {
  type Action,
  CAUSE_KINDS,
  createIncidentInput,
  DEFAULT_TIME_ZONE,
  INCIDENT_INDICATOR_CODES,
  incidentFilter,
  localDateOf,
  periodBounds,
  subject,
  updateIncidentInput,
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
import type { IncidentRow } from './incidents.schema.js';
import * as store from './incidents.store.js';
import type {
  CreateIncidentInput,
  Incident,
  IncidentFilter,
  UpdateIncidentInput,
} from './incidents.types.js';

const INCIDENT = '事件';
const stale = () => conflict('事件已被他人修改，请刷新后重试', 'STALE_VERSION');

async function incidentEstate(
  tx: Tx,
  caller: TenantCaller,
  estateId: unknown,
  action: Action,
): Promise<EstateRow> {
  const id = String(estateId ?? '');
  if (!isUuid(id)) throw notFound('小区');
  const estate = await loadEstateFor(tx, caller, id, 'read', 'Incident');
  if (
    action !== 'read' &&
    !caller.ability.can(action, subject('Incident', { companyId: caller.companyId, estateId: estate.id }))
  )
    throw forbidden();
  return estate;
}

export const toIncident = (r: IncidentRow): Incident => ({
  id: r.id,
  estateId: r.estateId,
  kind: r.kind,
  occurredOn: r.occurredOn,
  place: r.place,
  description: r.description,
  managementCaused: r.managementCaused,
  handling: r.handling,
  handled: r.handled,
  handledOn: r.handledOn,
  version: r.version,
  updatedAt: r.updatedAt,
});

/** Today in the company's time zone. */
export async function todayOf(tx: Tx, companyId: string, now: Date): Promise<string> {
  return localDateOf(now, (await findCompany(tx, companyId))?.timeZone || DEFAULT_TIME_ZONE);
}

function notAfterToday(today: string, dates: { value: string | null | undefined; path: string }[]) {
  assertValid(
    dates
      .filter((d) => d.value && d.value > today)
      .map((d) => ({
        path: [d.path],
        reason: 'FUTURE',
        message: '日期不能晚于今天',
        params: { max: today },
      })),
  );
}

export function listIncidents(ctx: Context, filter: IncidentFilter): Promise<Incident[]> {
  return tenantRead(ctx, async (tx, caller) => {
    const estate = await incidentEstate(tx, caller, filter?.estateId, 'read');
    const parsed = parseInput(incidentFilter, filter);
    const access = accessibleWhere(caller.ability, 'read', 'Incident', store.incidentColumns);
    const range = periodBounds(parsed);
    if (!range) return [];
    const rows = await store.incidentsOf(tx, caller.companyId, estate.id, access, {
      from: range.from,
      to: range.to,
      kind: parsed.kind ?? null,
    });
    return rows.map(toIncident);
  });
}

const facts = (d: {
  kind: IncidentRow['kind'];
  occurredOn: string;
  place: string;
  description: string;
  managementCaused?: boolean | null;
  handling?: string | null;
  handled?: boolean | null;
  handledOn?: string | null;
}) => ({
  kind: d.kind,
  occurredOn: d.occurredOn,
  place: d.place,
  description: d.description,
  // Only fires and security cases are judged by their cause.
  managementCaused: CAUSE_KINDS.includes(d.kind) ? (d.managementCaused ?? false) : false,
  handling: d.handling || null,
  handled: d.handled ?? false,
  handledOn: d.handled ? (d.handledOn ?? null) : null,
});

export function createIncident(ctx: Context, input: CreateIncidentInput): Promise<Incident> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await incidentEstate(tx, caller, input?.estateId, 'create');
    const parsed = parseInput(createIncidentInput, input);
    const now = ctx.services.clock();
    notAfterToday(await todayOf(tx, caller.companyId, now), [
      { value: parsed.occurredOn, path: 'occurredOn' },
      { value: parsed.handledOn, path: 'handledOn' },
    ]);
    const row = await store.insertIncident(tx, {
      companyId: caller.companyId,
      estateId: estate.id,
      ...facts(parsed),
      createdBy: caller.userId,
      updatedBy: caller.userId,
      createdAt: now,
      updatedAt: now,
    });
    await changeLog('incident.create', 'Incident', row.id, null, row);
    await recomputeSourceFigures(
      tx,
      caller.companyId,
      estate.id,
      [row.occurredOn.slice(0, 7)],
      INCIDENT_INDICATOR_CODES,
      now,
    );
    return toIncident(row);
  });
}

export function updateIncident(ctx: Context, input: UpdateIncidentInput): Promise<Incident> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await store.findIncident(tx, caller.companyId, String(input?.id ?? ''), true);
    if (!before || !caller.ability.can('read', subject('Incident', { ...before }))) throw notFound(INCIDENT);
    if (!caller.ability.can('update', subject('Incident', { ...before }))) throw forbidden();
    const parsed = parseInput(updateIncidentInput, input);
    if (parsed.version !== before.version) throw stale();
    const now = ctx.services.clock();
    notAfterToday(await todayOf(tx, caller.companyId, now), [
      { value: parsed.occurredOn, path: 'occurredOn' },
      { value: parsed.handledOn, path: 'handledOn' },
    ]);
    const after = await store.updateIncident(tx, caller.companyId, before.id, before.version, {
      ...facts(parsed),
      updatedBy: caller.userId,
      updatedAt: now,
    });
    if (!after) throw stale();
    await changeLog('incident.update', 'Incident', after.id, before, after);
    await recomputeSourceFigures(
      tx,
      caller.companyId,
      after.estateId,
      [before.occurredOn.slice(0, 7), after.occurredOn.slice(0, 7)],
      INCIDENT_INDICATOR_CODES,
      now,
    );
    return toIncident(after);
  });
}
