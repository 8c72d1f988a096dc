/**
 * SQL of staffing compliance, its jobs and its indicators. Reads the team, staff and roster tables
 * (their modules own them); writes only `staff_certificates.reminded_days` (the reminder job's
 * record of what it sent). Every function is company-scoped and takes a batch of estates, so a
 * league table of 3 estates and one of 300 send the same statements.
 */
import type { CertificateKind, StaffStatus } from '@anju/domain';
import { and, asc, eq, gte, inArray, isNull, lte, ne, notExists, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { estates } from '../estates/index.js';
import { regions } from '../regions/index.js';
import { rosterMonths } from '../rosters/index.js';
import { staff, staffCertificates, staffTrainings } from '../staff/index.js';
import { departments, positions } from '../team/index.js';
import { membershipEstates, memberships } from '../users/index.js';

export interface EstateHead {
  id: string;
  name: string;
  code: string;
  regionId: string | null;
  regionName: string | null;
}

/**
 * Estates in service (not archived) that `access` lets the caller see, of one region when given
 * (an id that is no region of the company matches nothing), by code.
 */
export async function estatesInScope(
  tx: Tx,
  companyId: string,
  access: SQL,
  regionId?: string | null,
): Promise<EstateHead[]> {
  assertCompanyId(companyId);
  return tx
    .select({
      id: estates.id,
      name: estates.name,
      code: estates.code,
      regionId: estates.regionId,
      regionName: regions.name,
    })
    .from(estates)
    .leftJoin(regions, and(eq(regions.companyId, estates.companyId), eq(regions.id, estates.regionId)))
    .where(
      and(
        eq(estates.companyId, companyId),
        isNull(estates.archivedAt),
        access,
        regionId != null ? (isUuid(regionId) ? eq(estates.regionId, regionId) : sql`false`) : undefined,
      ),
    )
    .orderBy(asc(estates.code));
}

export interface PositionLine {
  id: string;
  estateId: string;
  departmentId: string;
  departmentCode: string;
  departmentName: string;
  code: string;
  name: string;
  plannedHeadcount: number;
  certificateRequired: boolean;
  certificateKinds: CertificateKind[];
  ageMin: number | null;
  ageMax: number | null;
}

/** The positions of `estateIds` with their department, by department and position code. */
export async function positionsOf(
  tx: Tx,
  companyId: string,
  estateIds: readonly string[],
): Promise<PositionLine[]> {
  assertCompanyId(companyId);
  if (estateIds.length === 0) return [];
  return tx
    .select({
      id: positions.id,
      estateId: positions.estateId,
      departmentId: positions.departmentId,
      departmentCode: departments.code,
      departmentName: departments.name,
      code: positions.code,
      name: positions.name,
      plannedHeadcount: positions.plannedHeadcount,
      certificateRequired: positions.certificateRequired,
      certificateKinds: positions.certificateKinds,
      ageMin: positions.ageMin,
      ageMax: positions.ageMax,
    })
    .from(positions)
    .innerJoin(
      departments,
      and(eq(departments.companyId, positions.companyId), eq(departments.id, positions.departmentId)),
    )
    .where(and(eq(positions.companyId, companyId), inArray(positions.estateId, [...estateIds])))
    .orderBy(asc(positions.estateId), asc(departments.code), asc(positions.code));
}

export interface StaffLine {
  id: string;
  estateId: string;
  positionId: string;
  userId: string | null;
  name: string;
  status: StaffStatus;
  hireDate: string;
  leaveDate: string | null;
  birthDate: string | null;
}

/**
 * Staff of `estateIds` who may matter on or after `since`: everyone not LEFT, and leavers whose
 * last day is `since` or later (turnover, a past month's figure). By name.
 */
export async function staffOf(
  tx: Tx,
  companyId: string,
  estateIds: readonly string[],
  since: string,
): Promise<StaffLine[]> {
  assertCompanyId(companyId);
  if (estateIds.length === 0) return [];
  return tx
    .select({
      id: staff.id,
      estateId: staff.estateId,
      positionId: staff.positionId,
      userId: staff.userId,
      name: staff.name,
      status: staff.status,
      hireDate: staff.hireDate,
      leaveDate: staff.leaveDate,
      birthDate: staff.birthDate,
    })
    .from(staff)
    .where(
      and(
        eq(staff.companyId, companyId),
        inArray(staff.estateId, [...estateIds]),
        or(ne(staff.status, 'LEFT'), gte(staff.leaveDate, since)),
      ),
    )
    .orderBy(asc(staff.name), asc(staff.id));
}

export interface CertificateLine {
  staffId: string;
  kind: CertificateKind;
  expiresOn: string | null;
}

/** Every certificate of the staff of `estateIds` (by the person's estate, not the certificate's). */
export async function certificatesOf(
  tx: Tx,
  companyId: string,
  estateIds: readonly string[],
): Promise<CertificateLine[]> {
  assertCompanyId(companyId);
  if (estateIds.length === 0) return [];
  return tx
    .select({
      staffId: staffCertificates.staffId,
      kind: staffCertificates.kind,
      expiresOn: staffCertificates.expiresOn,
    })
    .from(staffCertificates)
    .innerJoin(
      staff,
      and(eq(staff.companyId, staffCertificates.companyId), eq(staff.id, staffCertificates.staffId)),
    )
    .where(and(eq(staffCertificates.companyId, companyId), inArray(staff.estateId, [...estateIds])))
    .orderBy(asc(staffCertificates.staffId), asc(staffCertificates.id));
}

export interface TrainingLine {
  trainingId: string;
  staffId: string;
  course: string;
  trainedOn: string;
  passed: boolean;
  positionId: string;
  positionCode: string;
  departmentCode: string;
}

/** Training records of `month` of the people of an estate, with their current position. */
export async function trainingsOf(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: { from: string; to: string },
): Promise<TrainingLine[]> {
  assertCompanyId(companyId);
  return tx
    .select({
      trainingId: staffTrainings.id,
      staffId: staffTrainings.staffId,
      course: staffTrainings.course,
      trainedOn: staffTrainings.trainedOn,
      passed: staffTrainings.passed,
      positionId: positions.id,
      positionCode: positions.code,
      departmentCode: departments.code,
    })
    .from(staffTrainings)
    .innerJoin(
      staff,
      and(eq(staff.companyId, staffTrainings.companyId), eq(staff.id, staffTrainings.staffId)),
    )
    .innerJoin(positions, and(eq(positions.companyId, staff.companyId), eq(positions.id, staff.positionId)))
    .innerJoin(
      departments,
      and(eq(departments.companyId, positions.companyId), eq(departments.id, positions.departmentId)),
    )
    .where(
      and(
        eq(staffTrainings.companyId, companyId),
        eq(staff.estateId, estateId),
        gte(staffTrainings.trainedOn, month.from),
        lte(staffTrainings.trainedOn, month.to),
      ),
    )
    .orderBy(asc(staffTrainings.trainedOn), asc(staffTrainings.id));
}

/** Names and positions of staff by id (for a drill-down's rows). */
export async function staffNames(
  tx: Tx,
  companyId: string,
  ids: readonly string[],
): Promise<Map<string, { name: string; userId: string | null }>> {
  assertCompanyId(companyId);
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: staff.id, name: staff.name, userId: staff.userId })
    .from(staff)
    .where(and(eq(staff.companyId, companyId), inArray(staff.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, { name: r.name, userId: r.userId }]));
}

// ---- Jobs ----------------------------------------------------------------------------------

export interface ExpiringCertificate {
  id: string;
  staffId: string;
  staffName: string;
  estateId: string;
  estateName: string;
  positionName: string;
  kind: CertificateKind;
  expiresOn: string;
  remindedDays: number[];
}

/**
 * Certificates expiring from `from` to `to` (inclusive) of people on the team (not LEFT) of estates
 * in service, by expiry.
 */
export async function certificatesExpiringBetween(
  tx: Tx,
  companyId: string,
  from: string,
  to: string,
): Promise<ExpiringCertificate[]> {
  assertCompanyId(companyId);
  const rows = await tx
    .select({
      id: staffCertificates.id,
      staffId: staff.id,
      staffName: staff.name,
      estateId: staff.estateId,
      estateName: estates.name,
      positionName: positions.name,
      kind: staffCertificates.kind,
      expiresOn: staffCertificates.expiresOn,
      remindedDays: staffCertificates.remindedDays,
    })
    .from(staffCertificates)
    .innerJoin(
      staff,
      and(eq(staff.companyId, staffCertificates.companyId), eq(staff.id, staffCertificates.staffId)),
    )
    .innerJoin(estates, and(eq(estates.companyId, staff.companyId), eq(estates.id, staff.estateId)))
    .innerJoin(positions, and(eq(positions.companyId, staff.companyId), eq(positions.id, staff.positionId)))
    .where(
      and(
        eq(staffCertificates.companyId, companyId),
        ne(staff.status, 'LEFT'),
        isNull(estates.archivedAt),
        gte(staffCertificates.expiresOn, from),
        lte(staffCertificates.expiresOn, to),
      ),
    )
    .orderBy(asc(staffCertificates.expiresOn), asc(staffCertificates.id));
  return rows.map((r) => ({ ...r, expiresOn: r.expiresOn! }));
}

/**
 * Records the reminders sent for a certificate, only while it still expires on `expiresOn` (a
 * renewal committed in between has reset the record, and wins). Answers whether it was written.
 */
export async function recordReminded(
  tx: Tx,
  companyId: string,
  certificateId: string,
  expiresOn: string,
  days: readonly number[],
): Promise<boolean> {
  assertCompanyId(companyId);
  const rows = await tx
    .update(staffCertificates)
    .set({ remindedDays: [...days] })
    .where(
      and(
        eq(staffCertificates.companyId, companyId),
        eq(staffCertificates.id, certificateId),
        eq(staffCertificates.expiresOn, expiresOn),
      ),
    )
    .returning({ id: staffCertificates.id });
  return rows.length > 0;
}

export interface RosterGap {
  departmentId: string;
  departmentName: string;
  estateId: string;
  estateName: string;
  staffCount: number;
}

/**
 * Departments of estates in service that have people on the team (not LEFT) and no roster for
 * `month`, by estate and department code.
 */
export async function departmentsWithoutRoster(
  tx: Tx,
  companyId: string,
  month: string,
): Promise<RosterGap[]> {
  assertCompanyId(companyId);
  const generated = tx
    .select({ id: rosterMonths.id })
    .from(rosterMonths)
    .where(
      and(
        eq(rosterMonths.companyId, companyId),
        // Qualified by hand: drizzle writes columns unqualified inside a sub-select.
        sql`"roster_months"."department_id" = "departments"."id"`,
        eq(rosterMonths.month, month),
      ),
    );
  return tx
    .select({
      departmentId: departments.id,
      departmentName: departments.name,
      estateId: estates.id,
      estateName: estates.name,
      staffCount: sql<number>`count(${staff.id})::int`,
    })
    .from(departments)
    .innerJoin(
      estates,
      and(eq(estates.companyId, departments.companyId), eq(estates.id, departments.estateId)),
    )
    .innerJoin(
      staff,
      and(
        eq(staff.companyId, departments.companyId),
        eq(staff.departmentId, departments.id),
        ne(staff.status, 'LEFT'),
      ),
    )
    .where(and(eq(departments.companyId, companyId), isNull(estates.archivedAt), notExists(generated)))
    .groupBy(departments.id, departments.name, departments.code, estates.id, estates.name, estates.code)
    .orderBy(asc(estates.code), asc(departments.code));
}

/** The estate managers of `estateIds` whose membership grants something (active, not invited). */
export async function estateManagers(
  tx: Tx,
  companyId: string,
  estateIds: readonly string[],
): Promise<{ estateId: string; userId: string }[]> {
  assertCompanyId(companyId);
  if (estateIds.length === 0) return [];
  return tx
    .selectDistinct({ estateId: membershipEstates.estateId, userId: memberships.userId })
    .from(memberships)
    .innerJoin(
      membershipEstates,
      and(
        eq(membershipEstates.companyId, memberships.companyId),
        eq(membershipEstates.membershipId, memberships.id),
      ),
    )
    .where(
      and(
        eq(memberships.companyId, companyId),
        eq(memberships.role, 'ESTATE_MANAGER'),
        isNull(memberships.deactivatedAt),
        isNull(memberships.invitationId),
        inArray(membershipEstates.estateId, [...new Set(estateIds)]),
      ),
    )
    .orderBy(asc(membershipEstates.estateId), asc(memberships.userId));
}
