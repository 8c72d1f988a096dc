/**
 * An estate's departments and positions (issue 10 item 1): lists per estate, positions created,
 * changed (optimistic lock) and deleted by the estate's manager. Staffing templates, and applying
 * one to an estate, are in team.templates.service.ts. Every change is written to the change log.
 */
import { createPositionInput, positionRules, updatePositionInput } from '@anju/domain';
import { accessibleWhere, assertCan } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { badInput, conflict, mapConstraintError, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { findEstate } from '../estates/index.js';
import type { DepartmentRow, PositionRow } from './team.schema.js';
import * as store from './team.store.js';
import type { CreatePositionInput, Department, Position, UpdatePositionInput } from './team.types.js';

const ESTATE = '项目';
const POSITION = '岗位';

const uniques = {
  positions_estate_code_key: { path: ['code'], reason: 'TAKEN', message: '岗位代码在本项目已被使用' },
};

const staleVersion = () => conflict('岗位已被他人修改，请刷新后重试', 'STALE_VERSION');

export const toDepartment = (row: DepartmentRow): Department => ({
  id: row.id,
  companyId: row.companyId,
  estateId: row.estateId,
  code: row.code,
  name: row.name,
  nameEn: row.nameEn,
});

export const toPosition = (row: PositionRow): Position => ({
  id: row.id,
  companyId: row.companyId,
  estateId: row.estateId,
  departmentId: row.departmentId,
  code: row.code,
  name: row.name,
  nameEn: row.nameEn,
  plannedHeadcount: row.plannedHeadcount,
  shiftPattern: row.shiftPattern,
  workingHours: row.workingHours,
  duty: row.duty,
  certificateRequired: row.certificateRequired,
  certificateKinds: row.certificateKinds,
  ageMin: row.ageMin,
  ageMax: row.ageMax,
  version: row.version,
  updatedAt: row.updatedAt,
});

/**
 * The estate `estateId` of the caller's company, when the caller may `action` the subject's rows
 * of it: an estate of another company or outside the caller's scope is NOT_FOUND; a readable one
 * the caller may not change is FORBIDDEN.
 */
export async function estateFor(
  tx: Tx,
  caller: TenantCaller,
  estateId: string,
  action: 'read' | 'create',
  type: 'Department' | 'Position',
): Promise<string> {
  const estate = isUuid(estateId) ? await findEstate(tx, caller.companyId, estateId) : undefined;
  if (!estate) throw notFound(ESTATE);
  assertCan(caller.ability, action, type, { companyId: caller.companyId, estateId: estate.id }, ESTATE);
  return estate.id;
}

async function positionFor(
  tx: Tx,
  caller: TenantCaller,
  id: string,
  action: 'update' | 'delete',
): Promise<PositionRow> {
  const row = await store.findPosition(tx, caller.companyId, id, true);
  if (!row) throw notFound(POSITION);
  assertCan(caller.ability, action, 'Position', row, POSITION);
  return row;
}

/** A department of `estateId` for a position; another estate's (or none) is a field problem. */
async function departmentOf(tx: Tx, caller: TenantCaller, estateId: string, departmentId: string) {
  const department = await store.findDepartment(tx, caller.companyId, departmentId);
  if (!department || department.estateId !== estateId) {
    throw badInput([{ path: ['departmentId'], reason: 'NOT_FOUND', message: '该项目没有这个部门' }]);
  }
  return department;
}

// ---------------------------------------------------------------------------------------------
// Reads

export function listDepartments(ctx: Context, estateId: string): Promise<Department[]> {
  return tenantRead(ctx, async (tx, caller) => {
    const id = await estateFor(tx, caller, estateId, 'read', 'Department');
    const access = accessibleWhere(caller.ability, 'read', 'Department', store.departmentColumns);
    return (await store.listDepartments(tx, caller.companyId, id, access)).map(toDepartment);
  });
}

export function listPositions(ctx: Context, estateId: string): Promise<Position[]> {
  return tenantRead(ctx, async (tx, caller) => {
    const id = await estateFor(tx, caller, estateId, 'read', 'Position');
    const access = accessibleWhere(caller.ability, 'read', 'Position', store.positionColumns);
    return (await store.listPositions(tx, caller.companyId, id, access)).map(toPosition);
  });
}

// ---------------------------------------------------------------------------------------------
// Changes

export async function createPosition(ctx: Context, input: CreatePositionInput): Promise<Position> {
  try {
    return await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      // Permission first: the input is judged only for a caller who may add positions there.
      const estateId = await estateFor(tx, caller, String(input.estateId), 'create', 'Position');
      const parsed = parseInput(createPositionInput, input);
      await departmentOf(tx, caller, estateId, parsed.departmentId);
      const [row] = await store.insertPositions(
        tx,
        caller.companyId,
        [
          {
            estateId,
            departmentId: parsed.departmentId,
            code: parsed.code,
            name: parsed.name,
            nameEn: parsed.nameEn || null,
            plannedHeadcount: parsed.plannedHeadcount,
            shiftPattern: parsed.shiftPattern,
            workingHours: parsed.workingHours || null,
            duty: parsed.duty || null,
            certificateRequired: parsed.certificateRequired ?? false,
            certificateKinds: [...new Set(parsed.certificateKinds ?? [])],
            ageMin: parsed.ageMin ?? null,
            ageMax: parsed.ageMax ?? null,
            createdBy: caller.userId,
          },
        ],
        ctx.services.clock(),
      );
      await changeLog('position.create', 'Position', row!.id, null, row);
      return toPosition(row!);
    });
  } catch (error) {
    throw mapConstraintError(error, uniques) ?? error;
  }
}

export async function updatePosition(ctx: Context, input: UpdatePositionInput): Promise<Position> {
  try {
    return await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      const before = await positionFor(tx, caller, String(input.id), 'update');
      // Absent (undefined) fields stay; GraphQL's null means "clear" only where a field may be empty.
      const sent = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      for (const key of ['departmentId', 'code', 'name', 'plannedHeadcount', 'shiftPattern'] as const) {
        if (sent[key] === null) delete sent[key];
      }
      if (sent.certificateRequired === null) sent.certificateRequired = false;
      if (sent.certificateKinds === null) sent.certificateKinds = [];
      const parsed = parseInput(updatePositionInput, sent);
      if (before.version !== parsed.version) throw staleVersion();
      if (parsed.departmentId !== undefined && parsed.departmentId !== before.departmentId) {
        await departmentOf(tx, caller, before.estateId, parsed.departmentId);
      }
      const changes: store.PositionChanges = {
        ...(parsed.departmentId !== undefined && { departmentId: parsed.departmentId }),
        ...(parsed.code !== undefined && { code: parsed.code }),
        ...(parsed.name !== undefined && { name: parsed.name }),
        ...(parsed.nameEn !== undefined && { nameEn: parsed.nameEn || null }),
        ...(parsed.plannedHeadcount !== undefined && { plannedHeadcount: parsed.plannedHeadcount }),
        ...(parsed.shiftPattern !== undefined && { shiftPattern: parsed.shiftPattern }),
        ...(parsed.workingHours !== undefined && { workingHours: parsed.workingHours || null }),
        ...(parsed.duty !== undefined && { duty: parsed.duty || null }),
        ...(parsed.certificateRequired !== undefined && { certificateRequired: parsed.certificateRequired }),
        ...(parsed.certificateKinds !== undefined && {
          certificateKinds: [...new Set(parsed.certificateKinds)],
        }),
        ...(parsed.ageMin !== undefined && { ageMin: parsed.ageMin ?? null }),
        ...(parsed.ageMax !== undefined && { ageMax: parsed.ageMax ?? null }),
      };
      // The rules across fields hold for the record as it will be, not only for what was sent.
      parseInput(positionRules, {
        ageMin: changes.ageMin !== undefined ? changes.ageMin : before.ageMin,
        ageMax: changes.ageMax !== undefined ? changes.ageMax : before.ageMax,
        certificateRequired: changes.certificateRequired ?? before.certificateRequired,
        certificateKinds: changes.certificateKinds ?? before.certificateKinds,
      });
      const after = await store.updatePosition(
        tx,
        caller.companyId,
        before.id,
        before.version,
        changes,
        ctx.services.clock(),
      );
      if (!after) throw staleVersion();
      await changeLog('position.update', 'Position', before.id, before, after);
      return toPosition(after);
    });
  } catch (error) {
    throw mapConstraintError(error, uniques) ?? error;
  }
}

/**
 * Deletes a position nobody holds. A staff record (on the team or gone) that names it keeps it:
 * the database's foreign key refuses the delete, answered as CONFLICT `IN_USE`.
 */
export async function deletePosition(ctx: Context, input: { id: string; version: number }): Promise<string> {
  try {
    return await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      const before = await positionFor(tx, caller, String(input.id), 'delete');
      if (before.version !== input.version) throw staleVersion();
      const deleted = await store.deletePosition(tx, caller.companyId, before.id, before.version);
      if (!deleted) throw staleVersion();
      await changeLog('position.delete', 'Position', before.id, before, null);
      return before.id;
    });
  } catch (error) {
    // The only foreign key that points at a position is a staff record's.
    const mapped = mapConstraintError(error, uniques);
    if (mapped?.extensions.code === 'BAD_USER_INPUT') {
      throw conflict('该岗位还有人员记录，不能删除；请先将人员调到其他岗位', 'IN_USE');
    }
    throw mapped ?? error;
  }
}
