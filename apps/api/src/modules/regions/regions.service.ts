import { createRegionInput, type FieldProblem, problemsOf, updateRegionInput } from '@anju/domain';
import { accessibleWhere, assertCan, assertCanCreate } from '../../authz/accessible.js';
import { type Context, requireTenant } from '../../graphql/context.js';
import { assertValid, conflict, forbidden, mapConstraintError, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { onceWithKey } from '../idempotency/index.js';
import type { RegionRow } from './regions.schema.js';
import * as store from './regions.store.js';
import type { ArchiveInput, CreateRegionInput, UpdateRegionInput } from './regions.types.js';

const uniques = {
  regions_company_code_key: { path: ['code'], reason: 'TAKEN', message: '区域编号已存在' },
} satisfies Record<string, FieldProblem>;

export function listRegions(ctx: Context, includeArchived: boolean): Promise<RegionRow[]> {
  return tenantRead(ctx, (tx, caller) => {
    // A role with no region rule at all is refused outright, like other lists, not given [].
    if (!caller.ability.can('read', 'Region')) throw forbidden();
    const access = accessibleWhere(caller.ability, 'read', 'Region', store.regionColumns);
    return store.listRegions(tx, caller.companyId, access, includeArchived);
  });
}

export async function createRegion(ctx: Context, input: CreateRegionInput): Promise<RegionRow> {
  // Permission first: a caller who may not create regions learns nothing from validation.
  const caller = requireTenant(ctx);
  assertCanCreate(caller.ability, 'Region', { companyId: caller.companyId });
  parseInput(createRegionInput, input);
  try {
    return await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      const { result } = await onceWithKey(
        tx,
        { companyId: caller.companyId, userId: caller.userId, operation: 'createRegion', payload: input },
        input.idempotencyKey,
        async () => {
          const row = await store.insertRegion(tx, caller.companyId, {
            name: input.name.trim(),
            code: input.code.trim(),
          });
          await changeLog('region.create', 'Region', row.id, null, row);
          return row.id;
        },
      );
      const row = await store.findRegion(tx, caller.companyId, result);
      if (!row) throw notFound('区域');
      return row;
    });
  } catch (error) {
    throw mapConstraintError(error, uniques) ?? error;
  }
}

async function changeRegion(
  ctx: Context,
  id: string,
  version: number,
  action: 'update' | 'archive',
  values: Partial<Pick<RegionRow, 'name' | 'code' | 'archivedAt'>>,
  problems: () => FieldProblem[] = () => [],
): Promise<RegionRow> {
  try {
    return await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      const before = await store.findRegion(tx, caller.companyId, id);
      if (!before) throw notFound('区域');
      assertCan(caller.ability, action, 'Region', before, '区域');
      // Permission first: the input is judged only for a caller who may change this region.
      assertValid(problems());
      const after = await store.updateRegion(tx, caller.companyId, id, version, values);
      if (!after) throw conflict('区域已被他人修改，请刷新后重试', 'STALE_VERSION');
      await changeLog(`region.${action}`, 'Region', id, before, after);
      return after;
    });
  } catch (error) {
    throw mapConstraintError(error, uniques) ?? error;
  }
}

export function updateRegion(ctx: Context, input: UpdateRegionInput): Promise<RegionRow> {
  return changeRegion(
    ctx,
    input.id,
    input.version,
    'update',
    {
      ...(input.name != null && { name: input.name.trim() }),
      ...(input.code != null && { code: input.code.trim() }),
    },
    () => problemsOf(updateRegionInput, input),
  );
}

export function archiveRegion(ctx: Context, input: ArchiveInput): Promise<RegionRow> {
  return changeRegion(ctx, input.id, input.version, 'archive', { archivedAt: ctx.services.clock() });
}
