/**
 * Estate teams for the staffing tests, written straight into the staff tables (the staff module's
 * API is built elsewhere): positions from the 16-person template through `applyStaffingTemplate`,
 * then people, certificates, training records and rosters as rows.
 */
import {
  addDaysToDate,
  addYears,
  type CertificateKind,
  DEFAULT_TIME_ZONE,
  localDateOf,
  type StaffStatus,
} from '@anju/domain';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { positions, rosterMonths, staff, staffCertificates, staffTrainings } from '../src/db/schema.js';
import { withTenant } from '../src/db/tenant.js';
import { codeOf, type TestKit } from './kit.js';
import { unique } from './schema-roles.js';

export interface TeamPosition {
  id: string;
  departmentId: string;
  code: string;
}

/** Today in Shanghai (the test companies' time zone) by the API's injected clock. */
export const todayOf = (kit: TestKit) => localDateOf(kit.app.services.clock(), DEFAULT_TIME_ZONE);
export const daysFrom = (date: string, n: number) => addDaysToDate(date, n);
export const yearsFrom = (date: string, n: number) => addYears(date, n);

const APPLY = `mutation($input: ApplyStaffingTemplateInput!) { applyStaffingTemplate(input: $input) { positions { id code departmentId } } }`;

/** Applies the 16-person template to the estate (as `token`); answers its positions by code. */
export async function staffedFromTemplate(
  kit: TestKit,
  token: string,
  estateId: string,
): Promise<Record<string, TeamPosition>> {
  const res = await kit.gql<{ applyStaffingTemplate: { positions: TeamPosition[] } }>(token, APPLY, {
    input: { estateId },
  });
  if (codeOf(res) !== 'OK') throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
  return Object.fromEntries(res.data!.applyStaffingTemplate.positions.map((p) => [p.code, p]));
}

/** Sets a position's age limits (straight in the row). */
export async function setAgeLimits(
  database: Database,
  companyId: string,
  positionId: string,
  limits: { ageMin?: number | null; ageMax?: number | null },
) {
  await withTenant(database, companyId, (tx) =>
    tx
      .update(positions)
      .set(limits)
      .where(and(eq(positions.companyId, companyId), eq(positions.id, positionId))),
  );
}

export interface PersonInput {
  name?: string;
  status?: StaffStatus;
  hireDate: string;
  leaveDate?: string | null;
  birthDate?: string | null;
  userId?: string | null;
}

/** A member of staff of `estateId` in `position`; answers their id. */
export async function addPerson(
  database: Database,
  companyId: string,
  estateId: string,
  position: TeamPosition,
  p: PersonInput,
): Promise<string> {
  const [row] = await withTenant(database, companyId, (tx) =>
    tx
      .insert(staff)
      .values({
        companyId,
        estateId,
        departmentId: position.departmentId,
        positionId: position.id,
        name: p.name ?? `员工${unique()}`,
        status: p.status ?? 'ACTIVE',
        hireDate: p.hireDate,
        leaveDate: p.leaveDate ?? null,
        birthDate: p.birthDate ?? null,
        userId: p.userId ?? null,
      })
      .returning({ id: staff.id }),
  );
  return row!.id;
}

/** A certificate of a member of staff; answers its id. */
export async function addCertificate(
  database: Database,
  companyId: string,
  estateId: string,
  staffId: string,
  kind: CertificateKind,
  expiresOn: string | null,
): Promise<string> {
  const [row] = await withTenant(database, companyId, (tx) =>
    tx
      .insert(staffCertificates)
      .values({ companyId, estateId, staffId, kind, number: `NO-${unique()}`, expiresOn })
      .returning({ id: staffCertificates.id }),
  );
  return row!.id;
}

/** A training record; answers its id. */
export async function addTraining(
  database: Database,
  companyId: string,
  estateId: string,
  staffId: string,
  trainedOn: string,
  passed: boolean,
  course = '物业管理条例',
): Promise<string> {
  const [row] = await withTenant(database, companyId, (tx) =>
    tx
      .insert(staffTrainings)
      .values({ companyId, estateId, staffId, course, trainedOn, hours: 4, passed })
      .returning({ id: staffTrainings.id }),
  );
  return row!.id;
}

/** A generated roster of a department for a month (the row the roster module writes). */
export async function addRosterMonth(
  database: Database,
  companyId: string,
  estateId: string,
  departmentId: string,
  month: string,
): Promise<void> {
  await withTenant(database, companyId, (tx) =>
    tx.insert(rosterMonths).values({
      companyId,
      estateId,
      departmentId,
      month,
      anchor: '2024-01-01',
      generatedAt: new Date('2024-01-01T00:00:00Z'),
    }),
  );
}

/** Reads a certificate's reminded days (straight from the row). */
export async function remindedDaysOf(database: Database, companyId: string, id: string): Promise<number[]> {
  const [row] = await withTenant(database, companyId, (tx) =>
    tx
      .select({ days: staffCertificates.remindedDays })
      .from(staffCertificates)
      .where(and(eq(staffCertificates.companyId, companyId), eq(staffCertificates.id, id))),
  );
  return row?.days ?? [];
}

/**
 * The hand-built estate of the compliance test, around `today`: 15 of the 16 planned (one cleaner
 * short), the guards' certificates expired (yesterday), expiring (in 20 days), valid and 长期有效,
 * the electrician's valid, one cleaner of 58 where cleaners may be at most 55, and two leavers in
 * the last 12 months (plus one left long ago). Compliance score 87.5.
 */
export async function handBuiltEstate(
  kit: TestKit,
  token: string,
  companyId: string,
  estateId: string,
): Promise<{
  positions: Record<string, TeamPosition>;
  ids: Record<string, string>;
  names: Record<string, string>;
}> {
  const db = kit.database;
  const today = todayOf(kit);
  const p = await staffedFromTemplate(kit, token, estateId);
  await setAgeLimits(db, companyId, p.CLEANER!.id, { ageMax: 55 });
  const hired = yearsFrom(today, -2);
  const born = yearsFrom(today, -40);
  const tag = unique();
  const names: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const person = async (key: string, code: string, over: Partial<PersonInput> = {}) => {
    names[key] = `${key}-${tag}`;
    ids[key] = await addPerson(db, companyId, estateId, p[code]!, {
      name: names[key],
      hireDate: hired,
      birthDate: born,
      ...over,
    });
    return ids[key]!;
  };
  await person('manager', 'ESTATE_MANAGER');
  await person('desk1', 'CUSTOMER_SERVICE_AGENT');
  await person('desk2', 'CUSTOMER_SERVICE_AGENT', { status: 'PROBATION', hireDate: daysFrom(today, -30) });
  for (const g of ['guard1', 'guard2', 'guard3', 'guard4']) await person(g, 'SECURITY_GUARD');
  await person('oldCleaner', 'CLEANER', { birthDate: yearsFrom(today, -58) });
  for (const c of ['cleaner2', 'cleaner3', 'cleaner4']) await person(c, 'CLEANER');
  await person('electrician', 'ELECTRICIAN_PLUMBER');
  for (const g of ['gardener1', 'gardener2', 'gardener3']) await person(g, 'GARDENER');
  await person('leaver1', 'GARDENER', { status: 'LEFT', leaveDate: daysFrom(today, -90) });
  await person('leaver2', 'CLEANER', { status: 'LEFT', leaveDate: daysFrom(today, -180) });
  await person('longGone', 'CLEANER', { status: 'LEFT', hireDate: '2015-01-01', leaveDate: '2018-01-01' });
  const cert = (key: string, kind: CertificateKind, expiresOn: string | null) =>
    addCertificate(db, companyId, estateId, ids[key]!, kind, expiresOn);
  ids.expiredCert = await cert('guard1', 'SECURITY_GUARD', daysFrom(today, -1));
  ids.expiringCert = await cert('guard2', 'SECURITY_GUARD', daysFrom(today, 20));
  await cert('guard3', 'FIRE_FACILITY_OPERATOR', daysFrom(today, 500));
  await cert('guard4', 'SECURITY_GUARD', null);
  await cert('guard4', 'SECURITY_GUARD', '2020-01-01');
  await cert('electrician', 'ELECTRICIAN', daysFrom(today, 365));
  return { positions: p, ids, names };
}
