import { type EstateFields, estateFilter, type FieldProblem, validateEstateFields } from '@anju/domain';
import { accessibleWhere, assertCanCreate } from '../../authz/accessible.js';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/connection.js';
import { type Context, requireTenant } from '../../graphql/context.js';
import {
  assertValid,
  badInput,
  conflict,
  forbidden,
  mapConstraintError,
  notFound,
} from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { invalidateSessions } from '../auth/index.js';
import { onceWithKey } from '../idempotency/index.js';
import { findRegion } from '../regions/index.js';
import type { EstateRow } from './estates.schema.js';
import * as store from './estates.store.js';
import type { CreateEstateInput, EstateFilter, UpdateEstateInput } from './estates.types.js';

const uniques = {
  estates_company_code_key: { path: ['code'], reason: 'TAKEN', message: '项目编号已存在' },
} satisfies Record<string, FieldProblem>;

export function listEstates(
  ctx: Context,
  args: { first?: number | null; after?: string | null; filter?: EstateFilter | null },
): Promise<Page<EstateRow>> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!caller.ability.can('read', 'Estate')) throw forbidden();
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after, 2) as [string, string] | undefined;
    parseInput(estateFilter, args.filter ?? {}, ['filter']);
    const access = accessibleWhere(caller.ability, 'read', 'Estate', store.estateColumns);
    const { rows, total } = await store.listEstates(
      tx,
      caller.companyId,
      access,
      args.filter ?? {},
      limit,
      after,
    );
    return toPage(rows, limit, (r) => [r.name, r.id], total);
  });
}

export function getEstate(ctx: Context, id: string): Promise<EstateRow> {
  // A direct read (no loader tick): the hot path of `estate(id)`.
  return tenantRead(ctx, (tx, caller) => loadEstateFor(tx, caller, id, 'read'));
}

/** Trims strings and keeps only what the caller sent (undefined = unchanged). */
function cleanFields(input: EstateFields): EstateFields {
  const out: EstateFields = {};
  for (const [k, v] of Object.entries(input) as [keyof EstateFields, unknown][]) {
    if (v === undefined) continue;
    (out as Record<string, unknown>)[k] = typeof v === 'string' ? v.trim() || null : v;
  }
  return out;
}

async function assertRegionUsable(tx: Tx, companyId: string, regionId: string | null | undefined) {
  if (!regionId) return;
  const region = await findRegion(tx, companyId, regionId);
  if (!region || region.archivedAt) {
    throw badInput([{ path: ['regionId'], reason: 'NOT_FOUND', message: '区域不存在或已归档' }]);
  }
}

async function afterChange(
  ctx: Context,
  kind: 'CREATED' | 'UPDATED' | 'ARCHIVED',
  row: EstateRow,
  regionMoved: boolean,
) {
  // Region-scoped actors hold their region's estate ids: let them be rebuilt.
  if (regionMoved) await invalidateSessions(ctx.services, { companyId: row.companyId });
  ctx.services.pubsub.publish('ESTATE_CHANGED', row.companyId, {
    kind,
    estate: JSON.parse(JSON.stringify(row)),
  });
}

export async function createEstate(ctx: Context, input: CreateEstateInput): Promise<EstateRow> {
  const { idempotencyKey, ...raw } = input;
  const fields = cleanFields(raw);
  // Permission first (type level: may the caller create estates at all?), then the input.
  if (!requireTenant(ctx).ability.can('create', 'Estate')) throw forbidden();
  assertValid(validateEstateFields(fields, true));
  let created = false;
  try {
    const row = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      assertCanCreate(caller.ability, 'Estate', {
        companyId: caller.companyId,
        regionId: fields.regionId ?? null,
      });
      await assertRegionUsable(tx, caller.companyId, fields.regionId);
      const { result, replayed } = await onceWithKey(
        tx,
        { companyId: caller.companyId, userId: caller.userId, operation: 'createEstate', payload: input },
        idempotencyKey,
        async () => {
          const row = await store.insertEstate(tx, caller.companyId, {
            ...(fields as store.EstateValues),
            name: fields.name!,
            code: fields.code!,
            type: fields.type!,
            households: fields.households ?? 0,
            buildings: fields.buildings ?? 0,
            status: fields.status ?? 'MANAGED',
          });
          await changeLog('estate.create', 'Estate', row.id, null, row);
          return row.id;
        },
      );
      created = !replayed;
      const row = await store.findEstate(tx, caller.companyId, result);
      if (!row) throw notFound('小区');
      return row;
    });
    if (created) await afterChange(ctx, 'CREATED', row, row.regionId != null);
    return row;
  } catch (error) {
    throw mapConstraintError(error, uniques) ?? error;
  }
}

async function changeEstate(
  ctx: Context,
  id: string,
  version: number,
  action: 'update' | 'archive',
  values: EstateFields & { archivedAt?: Date },
  problems: () => FieldProblem[] = () => [],
): Promise<EstateRow> {
  try {
    const { before, after } = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      const before = await loadEstateFor(tx, caller, id, action);
      // Permission first: the input is judged only for a caller who may change this estate.
      assertValid(problems());
      if (values.regionId !== undefined && values.regionId !== before.regionId) {
        await assertRegionUsable(tx, caller.companyId, values.regionId);
      }
      // Cross-field rules see the merged record (e.g. a new end date against the stored start).
      const merged = { ...before, ...values } as EstateFields;
      assertValid(
        validateEstateFields(merged, false).filter(
          (p) => String(p.path[0]) in values || p.reason === 'BEFORE_START',
        ),
      );
      const after = await store.updateEstate(
        tx,
        caller.companyId,
        id,
        version,
        values as Partial<store.EstateValues>,
      );
      if (!after) throw conflict('小区信息已被他人修改，请刷新后重试', 'STALE_VERSION');
      await changeLog(`estate.${action}`, 'Estate', id, before, after);
      return { before, after };
    });
    await afterChange(
      ctx,
      action === 'archive' ? 'ARCHIVED' : 'UPDATED',
      after,
      before.regionId !== after.regionId || action === 'archive',
    );
    return after;
  } catch (error) {
    throw mapConstraintError(error, uniques) ?? error;
  }
}

export function updateEstate(ctx: Context, input: UpdateEstateInput): Promise<EstateRow> {
  const { id, version, ...raw } = input;
  const fields = cleanFields(raw);
  return changeEstate(ctx, id, version, 'update', fields, () => {
    const missing = (['name', 'code', 'type'] as const).filter((k) => k in fields && fields[k] == null);
    if (missing.length)
      return missing.map((k) => ({ path: [k], reason: 'REQUIRED', message: '该项不能为空' }));
    return validateEstateFields(fields, false);
  });
}

export function archiveEstate(ctx: Context, input: { id: string; version: number }): Promise<EstateRow> {
  return changeEstate(ctx, input.id, input.version, 'archive', { archivedAt: ctx.services.clock() });
}
