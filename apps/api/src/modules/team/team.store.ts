/** SQL of departments and positions; every function is company-scoped. */
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { type DepartmentRow, departments, type PositionRow, positions } from './team.schema.js';

/** The fields the CASL rules of Department and Position name, for `accessibleWhere`. */
export const departmentColumns = {
  companyId: departments.companyId,
  id: departments.id,
  estateId: departments.estateId,
};
export const positionColumns = {
  companyId: positions.companyId,
  id: positions.id,
  estateId: positions.estateId,
};

export async function findDepartment(
  tx: Tx,
  companyId: string,
  id: string,
): Promise<DepartmentRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const [row] = await tx
    .select()
    .from(departments)
    .where(and(eq(departments.companyId, companyId), eq(departments.id, id)));
  return row;
}

/** Departments of an estate that `access` lets the caller read, by code. */
export async function listDepartments(
  tx: Tx,
  companyId: string,
  estateId: string,
  access: SQL = sql`true`,
): Promise<DepartmentRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(departments)
    .where(and(eq(departments.companyId, companyId), eq(departments.estateId, estateId), access))
    .orderBy(asc(departments.code), asc(departments.id));
}

/** The company's headquarters departments (no estate). */
export async function listHqDepartments(
  tx: Tx,
  companyId: string,
  access: SQL = sql`true`,
): Promise<DepartmentRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(departments)
    .where(and(eq(departments.companyId, companyId), isNull(departments.estateId), access))
    .orderBy(asc(departments.code), asc(departments.id));
}

/** Inserts departments; one whose code the estate already has (a concurrent call) is skipped. */
export async function insertDepartments(
  tx: Tx,
  companyId: string,
  values: Pick<DepartmentRow, 'estateId' | 'code' | 'name' | 'nameEn' | 'createdBy'>[],
  now: Date,
): Promise<DepartmentRow[]> {
  assertCompanyId(companyId);
  if (values.length === 0) return [];
  return tx
    .insert(departments)
    .values(values.map((v) => ({ ...v, companyId, createdAt: now, updatedAt: now })))
    .onConflictDoNothing()
    .returning();
}

export async function findPosition(
  tx: Tx,
  companyId: string,
  id: string,
  lock = false,
): Promise<PositionRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const query = tx
    .select()
    .from(positions)
    .where(and(eq(positions.companyId, companyId), eq(positions.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Positions of an estate that `access` lets the caller read, by department and code. */
export async function listPositions(
  tx: Tx,
  companyId: string,
  estateId: string,
  access: SQL = sql`true`,
): Promise<PositionRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(positions)
    .where(and(eq(positions.companyId, companyId), eq(positions.estateId, estateId), access))
    .orderBy(asc(positions.departmentId), asc(positions.code), asc(positions.id));
}

export type NewPosition = Omit<PositionRow, 'companyId' | 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/**
 * Inserts positions. With `skipTaken`, one whose code the estate already has (a concurrent call)
 * is skipped instead of failing on positions_estate_code_key.
 */
export async function insertPositions(
  tx: Tx,
  companyId: string,
  values: NewPosition[],
  now: Date,
  skipTaken = false,
): Promise<PositionRow[]> {
  assertCompanyId(companyId);
  if (values.length === 0) return [];
  const insert = tx
    .insert(positions)
    .values(values.map((v) => ({ ...v, companyId, createdAt: now, updatedAt: now })));
  return (skipTaken ? insert.onConflictDoNothing() : insert).returning();
}

export type PositionChanges = Partial<
  Pick<
    PositionRow,
    | 'departmentId'
    | 'code'
    | 'name'
    | 'nameEn'
    | 'plannedHeadcount'
    | 'shiftPattern'
    | 'workingHours'
    | 'duty'
    | 'certificateRequired'
    | 'certificateKinds'
    | 'ageMin'
    | 'ageMax'
  >
>;

/** Optimistic: only changes the version the caller read; `undefined` means someone else won. */
export async function updatePosition(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
  values: PositionChanges,
  now: Date,
): Promise<PositionRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(positions)
    .set({ ...values, version: sql`${positions.version} + 1`, updatedAt: now })
    .where(and(eq(positions.companyId, companyId), eq(positions.id, id), eq(positions.version, version)))
    .returning();
  return row;
}

export async function deletePosition(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
): Promise<PositionRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .delete(positions)
    .where(and(eq(positions.companyId, companyId), eq(positions.id, id), eq(positions.version, version)))
    .returning();
  return row;
}
