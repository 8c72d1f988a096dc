/**
 * Fixtures of the roster tests: an estate staffed from the 16-person template (through GraphQL),
 * and staff rows written directly (the staff API is another module's), inside the company's
 * tenant transaction as the API would.
 */
import { randomBytes } from 'node:crypto';
import { withTenant } from '../src/db/tenant.js';
import { staff } from '../src/modules/staff/index.js';
import { codeOf, type TestKit } from './kit.js';

export interface StaffedEstate {
  estateId: string;
  /** Department ids by code (SECURITY, CLEANING …). */
  departments: Record<string, string>;
  /** Position ids by code (SECURITY_GUARD, CLEANER …). */
  positions: Record<string, string>;
}

const APPLY = `mutation($input: ApplyStaffingTemplateInput!) { applyStaffingTemplate(input: $input) { departments { id code } positions { id code departmentId } } }`;

/** Applies the staffing template to an estate as `token` (idempotent) and answers its ids. */
export async function staffedEstate(kit: TestKit, token: string, estateId: string): Promise<StaffedEstate> {
  const res = await kit.gql<{
    applyStaffingTemplate: {
      departments: { id: string; code: string }[];
      positions: { id: string; code: string }[];
    };
  }>(token, APPLY, { input: { estateId } });
  if (codeOf(res) !== 'OK') throw new Error(`staffing failed: ${JSON.stringify(res.errors)}`);
  const r = res.data!.applyStaffingTemplate;
  return {
    estateId,
    departments: Object.fromEntries(r.departments.map((d) => [d.code, d.id])),
    positions: Object.fromEntries(r.positions.map((p) => [p.code, p.id])),
  };
}

export interface NewStaff {
  name?: string;
  departmentCode?: string;
  positionCode?: string;
  hireDate?: string;
  leaveDate?: string | null;
  status?: 'PROBATION' | 'ACTIVE' | 'LEFT';
  shiftCrew?: string | null;
  userId?: string | null;
}

/** Inserts members of staff of a staffed estate (guards of SECURITY by default); answers their ids. */
export async function insertStaff(
  kit: TestKit,
  companyId: string,
  estate: StaffedEstate,
  people: NewStaff[],
): Promise<string[]> {
  const rows = await withTenant(kit.database, companyId, (tx) =>
    tx
      .insert(staff)
      .values(
        people.map((p, i) => ({
          companyId,
          estateId: estate.estateId,
          departmentId: estate.departments[p.departmentCode ?? 'SECURITY']!,
          positionId: estate.positions[p.positionCode ?? 'SECURITY_GUARD']!,
          name: p.name ?? `员工${randomBytes(2).toString('hex')}`,
          hireDate: p.hireDate ?? `2023-01-${String(10 + i).padStart(2, '0')}`,
          leaveDate: p.leaveDate ?? null,
          status: p.status ?? 'ACTIVE',
          shiftCrew: p.shiftCrew ?? null,
          userId: p.userId ?? null,
        })),
      )
      .returning({ id: staff.id }),
  );
  return rows.map((r) => r.id);
}

/** The roster fields the tests read. */
export const ROSTER_FIELDS = `id month anchor version departmentId departmentName estateId estateName generatedAt
  rows { staffId staffName positionId positionName patternCode shiftCrew totalHours
    days { day shifts status employed editKind leaveKind swapWithStaffId hours } }
  coverage { gaps { positionId positionName date start end hours onDuty required }
    shortfalls { positionId positionName date onDuty required } }
  shifts { code labelZh start end hours }`;

export const GENERATE = `mutation($input: GenerateRosterInput!) { generateRoster(input: $input) { ${ROSTER_FIELDS} } }`;
export const EDIT = `mutation($input: EditRosterDayInput!) { editRosterDay(input: $input) { ${ROSTER_FIELDS} } }`;
export const ROSTER = `query($departmentId: ID!, $month: String!) { roster(departmentId: $departmentId, month: $month) { ${ROSTER_FIELDS} } }`;
export const MONTHS = `query($estateId: ID!, $month: String!) { rosterMonths(estateId: $estateId, month: $month) { departmentId departmentCode departmentName staffCount generated generatedAt rosterId version } }`;
export const MY_SHIFTS = `query($from: String!, $to: String!) { myShifts(from: $from, to: $to) { day staffId estateId estateName departmentId departmentName positionId positionName status editKind leaveKind hours shifts { code nameZh labelZh start end hours crossesMidnight } } }`;
export const EXPORT = `mutation($input: ExportRosterInput!) { exportRoster(input: $input) { id name contentType size } }`;

export interface RosterDayOf {
  day: string;
  shifts: string[];
  status: string;
  employed: boolean;
  editKind: string | null;
  leaveKind: string | null;
  swapWithStaffId: string | null;
  hours: number;
}
export interface RosterOf {
  id: string;
  month: string;
  anchor: string;
  version: number;
  departmentId: string;
  departmentName: string;
  estateId: string;
  estateName: string;
  generatedAt: string;
  rows: {
    staffId: string;
    staffName: string;
    positionId: string | null;
    positionName: string | null;
    patternCode: string;
    shiftCrew: string | null;
    totalHours: number;
    days: RosterDayOf[];
  }[];
  coverage: {
    gaps: {
      positionId: string;
      positionName: string;
      date: string;
      start: string;
      end: string;
      hours: number;
      onDuty: number;
      required: number;
    }[];
    shortfalls: {
      positionId: string;
      positionName: string;
      date: string;
      onDuty: number;
      required: number;
    }[];
  };
  shifts: { code: string; labelZh: string; start: string; end: string; hours: number }[];
}

/** One person's day of a roster. */
export function dayOf(roster: RosterOf, staffId: string, day: string): RosterDayOf {
  const found = roster.rows.find((r) => r.staffId === staffId)?.days.find((d) => d.day === day);
  if (!found) throw new Error(`no day ${day} of ${staffId}`);
  return found;
}
