/**
 * Who sees what of a staff record: rows become GraphQL objects here, and only here, so every
 * operation that returns staff (lists, detail, mutations, import, export) hides the same fields.
 * Field rules come from the caller's CASL ability on the concrete row (STAFF_PERSONAL_FIELDS,
 * CERTIFICATE_PERSONAL_FIELDS): the estate's manager, company admins and the person themself read
 * phone, ID number, birth date and certificate scans; nobody else gets more than null.
 */
import {
  type AppAbility,
  CERTIFICATE_EXPIRING_DAYS,
  type CertificateState,
  certificateState,
  DEFAULT_TIME_ZONE,
  daysBetween,
  maskResidentId,
  subject,
} from '@anju/domain';
import type { Tx } from '../../db/client.js';
import type { TenantCaller } from '../../graphql/context.js';
import { notFound } from '../../lib/errors.js';
import { findCompany } from '../companies/index.js';
import {
  type Department,
  listDepartments,
  listPositions,
  type Position,
  toDepartment,
  toPosition,
} from '../team/index.js';
import type { StaffCertificateRow, StaffRow, StaffTrainingRow } from './staff.schema.js';
import * as store from './staff.store.js';
import type { StaffCertificate, StaffMember, StaffTraining } from './staff.types.js';

export const STAFF = '员工';

/** The fields of a Staff row its CASL rules name. */
export const staffSubject = (row: Pick<StaffRow, 'companyId' | 'id' | 'estateId' | 'userId'>) => ({
  companyId: row.companyId,
  id: row.id,
  estateId: row.estateId,
  userId: row.userId,
});

/** A certificate as its rules see it: its estate and whose it is (`staffUserId`). */
export const certificateSubject = (
  staffRow: Pick<StaffRow, 'companyId' | 'id' | 'estateId' | 'userId'>,
  id?: string,
) => ({
  companyId: staffRow.companyId,
  ...(id ? { id } : {}),
  estateId: staffRow.estateId,
  staffId: staffRow.id,
  staffUserId: staffRow.userId,
});

/** May the caller read `field` of this staff row (phone, idNumber, birthDate)? */
export const canReadStaffField = (
  ability: AppAbility,
  row: Pick<StaffRow, 'companyId' | 'id' | 'estateId' | 'userId'>,
  field: 'phone' | 'idNumber' | 'birthDate',
) => ability.can('read', subject('Staff', staffSubject(row)), field);

/** May the caller download the certificate scans of this person? */
export const canReadScans = (
  ability: AppAbility,
  staffRow: Pick<StaffRow, 'companyId' | 'id' | 'estateId' | 'userId'>,
) => ability.can('read', subject('Certificate', certificateSubject(staffRow)), 'scanFileId');

/** Loads a staff row the caller may read; anything else (another company, hidden) is NOT_FOUND. */
export async function readableStaff(
  tx: Tx,
  caller: TenantCaller,
  id: string,
  lock = false,
): Promise<StaffRow> {
  const row = await store.findStaff(tx, caller.companyId, id, lock);
  if (!row || !caller.ability.can('read', subject('Staff', staffSubject(row)))) throw notFound(STAFF);
  return row;
}

// ---- today ------------------------------------------------------------------------------------

/** The calendar day `YYYY-MM-DD` of an instant in a time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** The day `days` after `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Today in the company's time zone, by the API's clock. */
export async function todayOf(tx: Tx, companyId: string, now: Date): Promise<string> {
  const timeZone = (await findCompany(tx, companyId))?.timeZone || DEFAULT_TIME_ZONE;
  return dayIn(now, timeZone);
}

/** Until which day a certificate expiry is a warning (expired, or expiring within 30 days). */
export const warningUntil = (today: string) => addDays(today, CERTIFICATE_EXPIRING_DAYS);

// ---- rows to objects --------------------------------------------------------------------------

const ORDER: Record<CertificateState, number> = { VALID: 0, EXPIRING: 1, EXPIRED: 2 };

/** The worst of some certificate states (EXPIRED over EXPIRING over VALID), null for none. */
export function worstState(states: readonly CertificateState[]): CertificateState | null {
  return states.reduce<CertificateState | null>(
    (worst, s) => (worst === null || ORDER[s] > ORDER[worst] ? s : worst),
    null,
  );
}

/** An ID number inside a certificate number (special-operation licences carry one): masked. */
const ID_IN_TEXT = /\d{17}[\dXx]/g;
export const maskIdsIn = (text: string) => text.replace(ID_IN_TEXT, (id) => maskResidentId(id));

export function toCertificate(
  row: StaffCertificateRow,
  today: string,
  personal: { scans: boolean; idNumber: boolean },
): StaffCertificate {
  return {
    id: row.id,
    staffId: row.staffId,
    estateId: row.estateId,
    kind: row.kind,
    number: personal.idNumber ? row.number : maskIdsIn(row.number),
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    scanFileId: personal.scans ? row.scanFileId : null,
    state: certificateState(row.expiresOn, today),
    daysToExpiry: row.expiresOn ? daysBetween(today, row.expiresOn) : null,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

export const toTraining = (row: StaffTrainingRow): StaffTraining => ({
  id: row.id,
  staffId: row.staffId,
  estateId: row.estateId,
  course: row.course,
  trainedOn: row.trainedOn,
  hours: Number(row.hours),
  passed: row.passed,
  note: row.note,
});

export interface Related {
  departments: Map<string, Department>;
  positions: Map<string, Position>;
  certificates: Map<string, StaffCertificateRow[]>;
  trainings: Map<string, StaffTrainingRow[]>;
  today: string;
}

/** A staff row as the caller may see it. */
export function toStaffMember(ability: AppAbility, row: StaffRow, related: Related): StaffMember {
  const phone = canReadStaffField(ability, row, 'phone');
  const idNumber = canReadStaffField(ability, row, 'idNumber');
  const birthDate = canReadStaffField(ability, row, 'birthDate');
  const scans = canReadScans(ability, row);
  const certificates = (related.certificates.get(row.id) ?? []).map((c) =>
    toCertificate(c, related.today, { scans, idNumber }),
  );
  return {
    id: row.id,
    companyId: row.companyId,
    estateId: row.estateId,
    departmentId: row.departmentId,
    positionId: row.positionId,
    department: related.departments.get(row.departmentId)!,
    position: related.positions.get(row.positionId)!,
    userId: row.userId,
    name: row.name,
    phone: phone ? row.phone : null,
    idNumberMasked: idNumber ? row.idNumberMasked : null,
    birthDate: birthDate ? row.birthDate : null,
    gender: row.gender,
    hireDate: row.hireDate,
    leaveDate: row.leaveDate,
    status: row.status,
    shiftCrew: row.shiftCrew,
    note: row.note,
    version: row.version,
    personalDataVisible: phone && idNumber && birthDate,
    certificates,
    trainings: (related.trainings.get(row.id) ?? []).map(toTraining),
    certificateState: worstState(certificates.map((c) => c.state)),
    updatedAt: row.updatedAt,
  };
}

const groupBy = <T>(rows: readonly T[], key: (row: T) => string) => {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
};

/**
 * Staff rows as the caller may see them, with their positions, departments, certificates and
 * training records loaded in a few queries for the whole batch (no query per row). Certificates
 * and trainings come only where the caller may read them.
 */
export async function toStaffMembers(
  tx: Tx,
  caller: TenantCaller,
  rows: readonly StaffRow[],
  now: Date,
): Promise<StaffMember[]> {
  if (rows.length === 0) return [];
  const { companyId, ability } = caller;
  const estateIds = [...new Set(rows.map((r) => r.estateId))];
  const departments = new Map<string, Department>();
  const positions = new Map<string, Position>();
  for (const estateId of estateIds) {
    for (const d of await listDepartments(tx, companyId, estateId)) departments.set(d.id, toDepartment(d));
    for (const p of await listPositions(tx, companyId, estateId)) positions.set(p.id, toPosition(p));
  }
  const readable = (type: 'Certificate' | 'Training') => {
    const estates = new Set(
      estateIds.filter((estateId) => ability.can('read', subject(type, { companyId, estateId }))),
    );
    return rows.filter((r) => estates.has(r.estateId)).map((r) => r.id);
  };
  const certificates = groupBy(
    await store.certificatesOf(tx, companyId, readable('Certificate')),
    (c) => c.staffId,
  );
  const trainings = groupBy(await store.trainingsOf(tx, companyId, readable('Training')), (t) => t.staffId);
  const today = await todayOf(tx, companyId, now);
  return rows.map((row) =>
    toStaffMember(ability, row, { departments, positions, certificates, trainings, today }),
  );
}
