import type { FieldProblem } from '@anju/domain';
import { accessibleWhere, assertCan, assertCanCreate } from '../../authz/accessible.js';
import { type Context, requireTenant } from '../../graphql/context.js';
import { assertValid, conflict, forbidden, mapConstraintError, notFound } from '../../lib/errors.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { onceWithKey } from '../idempotency/index.js';
import type { RegionRow } from './regions.schema.js';
import * as store from './regions.store.js';
import type { ArchiveInput, CreateRegionInput, UpdateRegionInput } from './regions.types.js';

const REGION_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
const uniques = {
  regions_company_code_key: { path: ['code'], reason: 'TAKEN', message: '区域编号已存在' },
} satisfies Record<string, FieldProblem>;

function validate(input: { name?: string | null; code?: string | null }, required: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (required || input.name != null) {
    const name = input.name?.trim() ?? '';
    if (!name) problems.push({ path: ['name'], reason: 'REQUIRED', message: '请填写区域名称' });
    else if (name.length > 30)
      problems.push({ path: ['name'], reason: 'TOO_LONG', message: '区域名称不能超过 30 个字' });
  }
  if (required || input.code != null) {
    const code = input.code?.trim() ?? '';
    if (!code) problems.push({ path: ['code'], reason: 'REQUIRED', message: '请填写区域编号' });
    else if (!REGION_CODE.test(code))
      problems.push({ path: ['code'], reason: 'INVALID', message: '区域编号只能包含字母、数字、- 和 _' });
  }
  return problems;
}

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
  assertValid(validate(input, true));
  try {
    return await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      const { result } = await onceWithKey(
        tx,
        { companyId: caller.companyId, userId: caller.userId, operation: 'createRegion' },
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
    return await tenantWrite(
      ctx,
      async ({ tx, caller, changeLog }) => {
        const before = await store.findRegion(tx, caller.companyId, id);
        if (!before) throw notFound('区域');
        assertCan(caller.ability, action, 'Region', before, '区域');
        // Permission first: the input is judged only for a caller who may change this region.
        assertValid(problems());
        const after = await store.updateRegion(tx, caller.companyId, id, version, values);
        if (!after) throw conflict('区域已被他人修改，请刷新后重试', 'STALE_VERSION');
        await changeLog(`region.${action}`, 'Region', id, before, after);
        return after;
      },
      { changesCachedData: true },
    );
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
    () => validate(input, false),
  );
}

export function archiveRegion(ctx: Context, input: ArchiveInput): Promise<RegionRow> {
  return changeRegion(ctx, input.id, input.version, 'archive', { archivedAt: ctx.services.clock() });
}
