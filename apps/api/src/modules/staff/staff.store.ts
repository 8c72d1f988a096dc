/** SQL of staff, their certificates and training records; every function is company-scoped. */
import type { StaffStatus } from '@anju/domain';
import { and, asc, count, desc, eq, gt, ilike, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import {
  type StaffCertificateRow,
  type StaffRow,
  type StaffTrainingRow,
  staff,
  staffCertificates,
  staffTrainings,
} from './staff.schema.js';

/** The fields the CASL rules of Staff name, for `accessibleWhere`. */
export const staffColumns = {
  companyId: staff.companyId,
  id: staff.id,
  estateId: staff.estateId,
  userId: staff.userId,
};

export interface StaffListFilter {
  estateId: string;
  departmentId?: string | null;
  positionId?: string | null;
  status?: StaffStatus | null;
  search?: string | null;
  /** Only staff with a certificate expired or expiring by this day (`YYYY-MM-DD`). */
  certificateWarningUntil?: string | null;
}

/** Matches nothing when an id filter cannot be an id (it names no row either way). */
const idIs = (column: AnyPgColumn, value: string | null | undefined): SQL | undefined =>
  value == null ? undefined : isUuid(value) ? eq(column, value) : sql`false`;

function listWhere(companyId: string, filter: StaffListFilter, access: SQL): SQL {
  const text = filter.search?.trim();
  const pattern = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  // Correlated by hand: drizzle would write the outer columns unqualified inside the sub-select.
  const warning = filter.certificateWarningUntil
    ? sql`exists (select 1 from staff_certificates c where c.company_id = "staff"."company_id"
        and c.staff_id = "staff"."id" and c.expires_on is not null
        and c.expires_on <= ${filter.certificateWarningUntil}::date)`
    : undefined;
  return and(
    eq(staff.companyId, companyId),
    eq(staff.estateId, filter.estateId),
    access,
    idIs(staff.departmentId, filter.departmentId),
    idIs(staff.positionId, filter.positionId),
    filter.status ? eq(staff.status, filter.status) : undefined,
    pattern ? ilike(staff.name, pattern) : undefined,
    warning,
  ) as SQL;
}

/** A page of an estate's staff by name (keyset on name, id), and how many match in all. */
export async function listStaff(
  tx: Tx,
  companyId: string,
  filter: StaffListFilter,
  access: SQL,
  limit: number,
  after?: [string, string],
): Promise<{ rows: StaffRow[]; total: number }> {
  assertCompanyId(companyId);
  const where = listWhere(companyId, filter, access);
  const page = after
    ? (or(gt(staff.name, after[0]), and(eq(staff.name, after[0]), gt(staff.id, after[1]))) as SQL)
    : undefined;
  const rows = await tx
    .select()
    .from(staff)
    .where(and(where, page))
    .orderBy(asc(staff.name), asc(staff.id))
    .limit(limit + 1);
  const [total] = await tx.select({ n: count() }).from(staff).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Every member of an estate's staff that `access` admits (the export), by status and name. */
export async function allStaffOfEstate(
  tx: Tx,
  companyId: string,
  estateId: string,
  access: SQL,
): Promise<StaffRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(staff)
    .where(and(eq(staff.companyId, companyId), eq(staff.estateId, estateId), access))
    .orderBy(asc(staff.positionId), asc(staff.name), asc(staff.id));
}

export async function findStaff(
  tx: Tx,
  companyId: string,
  id: string,
  lock = false,
): Promise<StaffRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const query = tx
    .select()
    .from(staff)
    .where(and(eq(staff.companyId, companyId), eq(staff.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/**
 * The member of the company's team (not LEFT) holding this ID number (by its hash), other than
 * `exceptId`: the same person cannot be on two records at once.
 */
export async function findOnTeamByIdHash(
  tx: Tx,
  companyId: string,
  hashes: readonly string[],
  exceptId?: string,
): Promise<Pick<StaffRow, 'id' | 'idNumberHash' | 'estateId'>[]> {
  assertCompanyId(companyId);
  if (hashes.length === 0) return [];
  return tx
    .select({ id: staff.id, idNumberHash: staff.idNumberHash, estateId: staff.estateId })
    .from(staff)
    .where(
      and(
        eq(staff.companyId, companyId),
        inArray(staff.idNumberHash, [...hashes]),
        ne(staff.status, 'LEFT'),
        exceptId ? ne(staff.id, exceptId) : undefined,
      ),
    );
}

/** The company's team record (not LEFT) linked to the account `userId`, other than `exceptId`. */
export async function findOnTeamByUser(
  tx: Tx,
  companyId: string,
  userId: string,
  exceptId?: string,
): Promise<Pick<StaffRow, 'id'> | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select({ id: staff.id })
    .from(staff)
    .where(
      and(
        eq(staff.companyId, companyId),
        eq(staff.userId, userId),
        ne(staff.status, 'LEFT'),
        exceptId ? ne(staff.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row;
}

export type NewStaff = Omit<StaffRow, 'companyId' | 'id' | 'version' | 'createdAt' | 'updatedAt'>;

export async function insertStaff(
  tx: Tx,
  companyId: string,
  values: NewStaff[],
  now: Date,
): Promise<StaffRow[]> {
  assertCompanyId(companyId);
  if (values.length === 0) return [];
  return tx
    .insert(staff)
    .values(values.map((v) => ({ ...v, companyId, createdAt: now, updatedAt: now })))
    .returning();
}

export type StaffChanges = Partial<
  Pick<
    StaffRow,
    | 'departmentId'
    | 'positionId'
    | 'userId'
    | 'name'
    | 'phone'
    | 'idNumberCipher'
    | 'idNumberMasked'
    | 'idNumberHash'
    | 'gender'
    | 'birthDate'
    | 'hireDate'
    | 'leaveDate'
    | 'status'
    | 'shiftCrew'
    | 'note'
  >
>;

/** Optimistic: only changes the version the caller read; `undefined` means someone else won. */
export async function updateStaff(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
  values: StaffChanges,
  now: Date,
): Promise<StaffRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(staff)
    .set({ ...values, version: sql`${staff.version} + 1`, updatedAt: now })
    .where(and(eq(staff.companyId, companyId), eq(staff.id, id), eq(staff.version, version)))
    .returning();
  return row;
}

// ---- certificates ----------------------------------------------------------------------------

/** Certificates of the given staff: soonest expiry first, those without one (长期有效) last. */
export async function certificatesOf(
  tx: Tx,
  companyId: string,
  staffIds: readonly string[],
): Promise<StaffCertificateRow[]> {
  assertCompanyId(companyId);
  if (staffIds.length === 0) return [];
  return tx
    .select()
    .from(staffCertificates)
    .where(and(eq(staffCertificates.companyId, companyId), inArray(staffCertificates.staffId, [...staffIds])))
    .orderBy(
      sql`${staffCertificates.expiresOn} asc nulls last`,
      asc(staffCertificates.kind),
      asc(staffCertificates.id),
    );
}

export async function findCertificate(
  tx: Tx,
  companyId: string,
  id: string,
  lock = false,
): Promise<StaffCertificateRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const query = tx
    .select()
    .from(staffCertificates)
    .where(and(eq(staffCertificates.companyId, companyId), eq(staffCertificates.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export type NewCertificate = Omit<
  StaffCertificateRow,
  'companyId' | 'id' | 'version' | 'remindedDays' | 'createdAt' | 'updatedAt'
>;

export async function insertCertificates(
  tx: Tx,
  companyId: string,
  values: NewCertificate[],
  now: Date,
): Promise<StaffCertificateRow[]> {
  assertCompanyId(companyId);
  if (values.length === 0) return [];
  return tx
    .insert(staffCertificates)
    .values(values.map((v) => ({ ...v, companyId, createdAt: now, updatedAt: now })))
    .returning();
}

export type CertificateChanges = Partial<
  Pick<
    StaffCertificateRow,
    'kind' | 'number' | 'issuer' | 'issuedOn' | 'expiresOn' | 'scanFileId' | 'remindedDays'
  >
>;

export async function updateCertificate(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
  values: CertificateChanges,
  now: Date,
): Promise<StaffCertificateRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(staffCertificates)
    .set({ ...values, version: sql`${staffCertificates.version} + 1`, updatedAt: now })
    .where(
      and(
        eq(staffCertificates.companyId, companyId),
        eq(staffCertificates.id, id),
        eq(staffCertificates.version, version),
      ),
    )
    .returning();
  return row;
}

export async function deleteCertificate(
  tx: Tx,
  companyId: string,
  id: string,
): Promise<StaffCertificateRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .delete(staffCertificates)
    .where(and(eq(staffCertificates.companyId, companyId), eq(staffCertificates.id, id)))
    .returning();
  return row;
}

// ---- training records ------------------------------------------------------------------------

/** Training records of the given staff, latest first. */
export async function trainingsOf(
  tx: Tx,
  companyId: string,
  staffIds: readonly string[],
): Promise<StaffTrainingRow[]> {
  assertCompanyId(companyId);
  if (staffIds.length === 0) return [];
  return tx
    .select()
    .from(staffTrainings)
    .where(and(eq(staffTrainings.companyId, companyId), inArray(staffTrainings.staffId, [...staffIds])))
    .orderBy(desc(staffTrainings.trainedOn), asc(staffTrainings.course), asc(staffTrainings.id));
}

export async function findTraining(
  tx: Tx,
  companyId: string,
  id: string,
): Promise<StaffTrainingRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const [row] = await tx
    .select()
    .from(staffTrainings)
    .where(and(eq(staffTrainings.companyId, companyId), eq(staffTrainings.id, id)));
  return row;
}

export type NewTraining = Omit<StaffTrainingRow, 'companyId' | 'id' | 'createdAt' | 'updatedAt'>;

export async function insertTrainings(
  tx: Tx,
  companyId: string,
  values: NewTraining[],
  now: Date,
): Promise<StaffTrainingRow[]> {
  assertCompanyId(companyId);
  if (values.length === 0) return [];
  return tx
    .insert(staffTrainings)
    .values(values.map((v) => ({ ...v, companyId, createdAt: now, updatedAt: now })))
    .returning();
}

export async function deleteTraining(
  tx: Tx,
  companyId: string,
  id: string,
): Promise<StaffTrainingRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .delete(staffTrainings)
    .where(and(eq(staffTrainings.companyId, companyId), eq(staffTrainings.id, id)))
    .returning();
  return row;
}
