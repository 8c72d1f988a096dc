/**
 * SQL of rosters; every function is company-scoped. The department, position and staff tables
 * are read here (never written): the roster is built from them.
 */
import { and, asc, eq, gte, inArray, isNotNull, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { estates } from '../estates/index.js';
import { staff } from '../staff/index.js';
import { type DepartmentRow, departments, type PositionRow, positions } from '../team/index.js';
import { type RosterEntryRow, type RosterMonthRow, rosterEntries, rosterMonths } from './rosters.schema.js';

/** The fields the CASL rules of Shift name, for `accessibleWhere` over roster entries. */
export const entryColumns = {
  companyId: rosterEntries.companyId,
  id: rosterEntries.id,
  estateId: rosterEntries.estateId,
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

export async function estateName(tx: Tx, companyId: string, estateId: string): Promise<string> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select({ name: estates.name })
    .from(estates)
    .where(and(eq(estates.companyId, companyId), eq(estates.id, estateId)));
  return row?.name ?? '';
}

/** The estates of a company (seeding walks them), with their codes. */
export async function listEstates(tx: Tx, companyId: string): Promise<{ id: string; code: string }[]> {
  assertCompanyId(companyId);
  return tx
    .select({ id: estates.id, code: estates.code })
    .from(estates)
    .where(eq(estates.companyId, companyId))
    .orderBy(asc(estates.code));
}

export async function listPositions(tx: Tx, companyId: string, estateId: string): Promise<PositionRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(positions)
    .where(and(eq(positions.companyId, companyId), eq(positions.estateId, estateId)))
    .orderBy(asc(positions.code), asc(positions.id));
}

/** An estate's departments with their roster of `month` (if generated) and their team's size now. */
export async function departmentMonths(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
): Promise<{ department: DepartmentRow; roster: RosterMonthRow | null; staffCount: number }[]> {
  assertCompanyId(companyId);
  const rows = await tx
    .select({
      department: departments,
      roster: rosterMonths,
      staffCount: sql<number>`(select count(*)::int from "staff" s where s.company_id = ${companyId}
        and s.department_id = "departments"."id" and s.status <> 'LEFT')`,
    })
    .from(departments)
    .leftJoin(
      rosterMonths,
      and(
        eq(rosterMonths.companyId, departments.companyId),
        eq(rosterMonths.departmentId, departments.id),
        eq(rosterMonths.month, month),
      ),
    )
    .where(and(eq(departments.companyId, companyId), eq(departments.estateId, estateId)))
    .orderBy(asc(departments.code), asc(departments.id));
  return rows.map((r) => ({ ...r, staffCount: Number(r.staffCount) }));
}

export interface RosterStaff {
  id: string;
  name: string;
  positionId: string;
  shiftCrew: string | null;
  hireDate: string;
  leaveDate: string | null;
  status: string;
}

const staffFields = {
  id: staff.id,
  name: staff.name,
  positionId: staff.positionId,
  shiftCrew: staff.shiftCrew,
  hireDate: staff.hireDate,
  leaveDate: staff.leaveDate,
  status: staff.status,
};

/**
 * The department's team for a month: on probation or active (or left during the month), hired by
 * its last day and not gone before its first; in a stable order (hire date, name, id).
 */
export async function teamOfMonth(
  tx: Tx,
  companyId: string,
  departmentId: string,
  from: string,
  to: string,
): Promise<RosterStaff[]> {
  assertCompanyId(companyId);
  return tx
    .select(staffFields)
    .from(staff)
    .where(
      and(
        eq(staff.companyId, companyId),
        eq(staff.departmentId, departmentId),
        lte(staff.hireDate, to),
        or(sql`${staff.leaveDate} is null`, gte(staff.leaveDate, from)),
        or(
          inArray(staff.status, ['ACTIVE', 'PROBATION']),
          and(eq(staff.status, 'LEFT'), isNotNull(staff.leaveDate)),
        ),
      ),
    )
    .orderBy(asc(staff.hireDate), asc(staff.name), asc(staff.id));
}

export async function staffByIds(tx: Tx, companyId: string, ids: readonly string[]): Promise<RosterStaff[]> {
  assertCompanyId(companyId);
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  return tx
    .select(staffFields)
    .from(staff)
    .where(and(eq(staff.companyId, companyId), inArray(staff.id, valid)));
}

export async function findRosterMonth(
  tx: Tx,
  companyId: string,
  departmentId: string,
  month: string,
  lock = false,
): Promise<RosterMonthRow | undefined> {
  assertCompanyId(companyId);
  const query = tx
    .select()
    .from(rosterMonths)
    .where(
      and(
        eq(rosterMonths.companyId, companyId),
        eq(rosterMonths.departmentId, departmentId),
        eq(rosterMonths.month, month),
      ),
    );
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The anchor of the estate's first stored month (every month of an estate keeps one anchor). */
export async function firstAnchor(tx: Tx, companyId: string, estateId: string): Promise<string | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select({ anchor: rosterMonths.anchor })
    .from(rosterMonths)
    .where(and(eq(rosterMonths.companyId, companyId), eq(rosterMonths.estateId, estateId)))
    .orderBy(asc(rosterMonths.month))
    .limit(1);
  return row?.anchor;
}

export async function insertRosterMonth(
  tx: Tx,
  companyId: string,
  values: Pick<
    RosterMonthRow,
    'estateId' | 'departmentId' | 'month' | 'anchor' | 'generatedAt' | 'generatedBy'
  >,
): Promise<RosterMonthRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .insert(rosterMonths)
    .values({ ...values, companyId, createdAt: values.generatedAt, updatedAt: values.generatedAt })
    .returning();
  return row!;
}

/** The next version of a roster (generated again or a day edited); `undefined`: someone else won. */
export async function bumpRosterMonth(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
  now: Date,
  generated?: { generatedAt: Date; generatedBy: string | null; anchor: string },
): Promise<RosterMonthRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(rosterMonths)
    .set({ ...generated, version: sql`${rosterMonths.version} + 1`, updatedAt: now })
    .where(
      and(eq(rosterMonths.companyId, companyId), eq(rosterMonths.id, id), eq(rosterMonths.version, version)),
    )
    .returning();
  return row;
}

export async function listEntries(
  tx: Tx,
  companyId: string,
  rosterMonthId: string,
): Promise<RosterEntryRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(rosterEntries)
    .where(and(eq(rosterEntries.companyId, companyId), eq(rosterEntries.rosterMonthId, rosterMonthId)))
    .orderBy(asc(rosterEntries.staffId), asc(rosterEntries.day));
}

/** Entries of some people from `from` to `to` in any roster but `exceptRosterId`. */
export async function entriesOfStaff(
  tx: Tx,
  companyId: string,
  staffIds: readonly string[],
  from: string,
  to: string,
  exceptRosterId?: string,
): Promise<RosterEntryRow[]> {
  assertCompanyId(companyId);
  if (staffIds.length === 0) return [];
  return tx
    .select()
    .from(rosterEntries)
    .where(
      and(
        eq(rosterEntries.companyId, companyId),
        inArray(rosterEntries.staffId, [...staffIds]),
        gte(rosterEntries.day, from),
        lte(rosterEntries.day, to),
        exceptRosterId ? ne(rosterEntries.rosterMonthId, exceptRosterId) : undefined,
      ),
    )
    .orderBy(asc(rosterEntries.staffId), asc(rosterEntries.day));
}

/** Entries of an estate's positions on one day (the night before a month covers its first hours). */
export async function entriesOnDay(
  tx: Tx,
  companyId: string,
  estateId: string,
  day: string,
  positionIds: readonly string[],
): Promise<RosterEntryRow[]> {
  assertCompanyId(companyId);
  if (positionIds.length === 0) return [];
  return tx
    .select()
    .from(rosterEntries)
    .where(
      and(
        eq(rosterEntries.companyId, companyId),
        eq(rosterEntries.estateId, estateId),
        eq(rosterEntries.day, day),
        inArray(rosterEntries.positionId, [...positionIds]),
      ),
    );
}

export async function deleteEntries(tx: Tx, companyId: string, rosterMonthId: string): Promise<void> {
  assertCompanyId(companyId);
  await tx
    .delete(rosterEntries)
    .where(and(eq(rosterEntries.companyId, companyId), eq(rosterEntries.rosterMonthId, rosterMonthId)));
}

export type NewEntry = Pick<
  RosterEntryRow,
  | 'estateId'
  | 'rosterMonthId'
  | 'staffId'
  | 'positionId'
  | 'day'
  | 'patternCode'
  | 'shifts'
  | 'status'
  | 'editKind'
  | 'leaveKind'
  | 'swapWithStaffId'
  | 'editedBy'
  | 'editedAt'
>;

export async function insertEntries(tx: Tx, companyId: string, values: NewEntry[], now: Date): Promise<void> {
  assertCompanyId(companyId);
  // A month of a large department is a few thousand rows: sent in slices of bounded size.
  for (let i = 0; i < values.length; i += 500) {
    await tx
      .insert(rosterEntries)
      .values(values.slice(i, i + 500).map((v) => ({ ...v, companyId, createdAt: now, updatedAt: now })));
  }
}

export type EntryChanges = Pick<
  RosterEntryRow,
  'shifts' | 'status' | 'editKind' | 'leaveKind' | 'swapWithStaffId' | 'editedBy' | 'editedAt'
>;

export async function updateEntry(
  tx: Tx,
  companyId: string,
  id: string,
  changes: EntryChanges,
  now: Date,
): Promise<RosterEntryRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(rosterEntries)
    .set({ ...changes, updatedAt: now })
    .where(and(eq(rosterEntries.companyId, companyId), eq(rosterEntries.id, id)))
    .returning();
  return row!;
}

export interface MyEntry {
  entry: RosterEntryRow;
  estateName: string;
  departmentId: string;
  departmentName: string;
  positionName: string | null;
}

/**
 * The entries of the staff records linked to `userId` from `from` to `to`, in the estates `access`
 * (the caller's Shift read rules) allows, by day.
 */
export async function myEntries(
  tx: Tx,
  companyId: string,
  userId: string,
  from: string,
  to: string,
  access: SQL,
): Promise<MyEntry[]> {
  assertCompanyId(companyId);
  const rows = await tx
    .select({
      entry: rosterEntries,
      estateName: estates.name,
      departmentId: departments.id,
      departmentName: departments.name,
      positionName: positions.name,
    })
    .from(rosterEntries)
    .innerJoin(staff, and(eq(staff.companyId, rosterEntries.companyId), eq(staff.id, rosterEntries.staffId)))
    .innerJoin(
      rosterMonths,
      and(
        eq(rosterMonths.companyId, rosterEntries.companyId),
        eq(rosterMonths.id, rosterEntries.rosterMonthId),
      ),
    )
    .innerJoin(
      departments,
      and(eq(departments.companyId, rosterMonths.companyId), eq(departments.id, rosterMonths.departmentId)),
    )
    .innerJoin(
      estates,
      and(eq(estates.companyId, rosterEntries.companyId), eq(estates.id, rosterEntries.estateId)),
    )
    .leftJoin(
      positions,
      and(eq(positions.companyId, rosterEntries.companyId), eq(positions.id, rosterEntries.positionId)),
    )
    .where(
      and(
        eq(rosterEntries.companyId, companyId),
        eq(staff.userId, userId),
        gte(rosterEntries.day, from),
        lte(rosterEntries.day, to),
        access,
      ),
    )
    .orderBy(asc(rosterEntries.day), asc(estates.name), asc(rosterEntries.id));
  return rows;
}
