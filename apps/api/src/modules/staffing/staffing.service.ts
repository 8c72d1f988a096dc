/**
 * Staffing against the contract (issue 10 item 4): per estate, planned against actual headcount
 * by department and position, certificates of the posts that require one, age limits, turnover and
 * a compliance score (the formula is in packages/domain/src/staffing/compliance.ts); and the league
 * table of the estates in the caller's scope.
 *
 * Who: whoever may compare estates (Comparison read: company admin, auditor, HQ viewers, estate
 * managers) over the estates they see; staff and committee members are refused. Names of staff
 * appear only for callers who may read that estate's staff; ages (a reading of the birth date,
 * which is personal data) only for those who may read the birth date.
 */
import {
  type AppAbility,
  addYears,
  assessStaffing,
  DEFAULT_TIME_ZONE,
  localDateOf,
  rankByScore,
  type StaffingAssessment,
  staffingComplianceArgs,
  staffingComplianceTableArgs,
  subject,
} from '@anju/domain';
import { and } from 'drizzle-orm';
import { accessibleWhere } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead } from '../../lib/write.js';
import { findCompany } from '../companies/index.js';
import { estateColumns, estates, findEstate } from '../estates/index.js';
import * as store from './staffing.store.js';
import type { StaffingCompliance, StaffingComplianceRow } from './staffing.types.js';

const ESTATE = '小区';

/** Today (`YYYY-MM-DD`) in the company's time zone, by the injected clock. */
export async function companyToday(tx: Tx, companyId: string, now: Date): Promise<string> {
  const zone = (await findCompany(tx, companyId))?.timeZone || DEFAULT_TIME_ZONE;
  return localDateOf(now, zone);
}

/** Whoever may compare estates may see their staffing; others (staff, committee) may not. */
export function assertMayCompare(caller: TenantCaller): void {
  if (!caller.ability.can('read', 'Comparison')) throw forbidden();
}

/** The caller may read the names of this estate's staff. */
export function mayReadStaff(ability: AppAbility, companyId: string, estateId: string): boolean {
  return ability.can('read', subject('Staff', { companyId, estateId }), 'name');
}

/** The caller may read this person's birth date (and so their age). */
function mayReadBirthDate(
  ability: AppAbility,
  row: { companyId: string; estateId: string; userId: string | null },
) {
  return ability.can('read', subject('Staff', row), 'birthDate');
}

const percent1 = (rate: number | null) => (rate == null ? null : Math.round(rate * 1000) / 10);

interface Assessed {
  assessment: StaffingAssessment;
  positions: store.PositionLine[];
  staff: store.StaffLine[];
}

/**
 * Assesses `estateIds` on `today` in four statements whatever their number: positions, staff
 * (leavers of the last 12 months included, for turnover), certificates, all of these estates.
 */
async function assessEstates(
  tx: Tx,
  companyId: string,
  estateIds: readonly string[],
  today: string,
): Promise<Map<string, Assessed>> {
  // Leavers matter from the day before the 12-month period on (its opening headcount).
  const since = addYears(today, -1);
  const [positions, staff, certificates] = [
    await store.positionsOf(tx, companyId, estateIds),
    await store.staffOf(tx, companyId, estateIds, since),
    await store.certificatesOf(tx, companyId, estateIds),
  ];
  const out = new Map<string, Assessed>();
  for (const estateId of estateIds) {
    const ps = positions.filter((p) => p.estateId === estateId);
    const people = staff.filter((s) => s.estateId === estateId);
    const ids = new Set(people.map((s) => s.id));
    out.set(estateId, {
      positions: ps,
      staff: people,
      assessment: assessStaffing({
        positions: ps,
        staff: people,
        certificates: certificates.filter((c) => ids.has(c.staffId)),
        today,
      }),
    });
  }
  return out;
}

export function staffingCompliance(ctx: Context, estateId: string): Promise<StaffingCompliance> {
  return tenantRead(ctx, async (tx, caller) => {
    const { companyId, ability } = caller;
    // An estate the caller cannot see (or of another company) does not exist for them.
    const estate = isUuid(estateId) ? await findEstate(tx, companyId, estateId) : undefined;
    if (!estate || !ability.can('read', subject('Estate', { ...estate }))) throw notFound(ESTATE);
    assertMayCompare(caller);
    if (!ability.can('read', subject('Position', { companyId, estateId: estate.id }))) throw forbidden();
    parseInput(staffingComplianceArgs, { estateId });
    const today = await companyToday(tx, companyId, ctx.services.clock());
    const {
      assessment: a,
      positions,
      staff,
    } = (await assessEstates(tx, companyId, [estate.id], today)).get(estate.id)!;
    const names = mayReadStaff(ability, companyId, estate.id);
    const staffById = new Map(staff.map((s) => [s.id, s]));
    const positionById = new Map(positions.map((p) => [p.id, p]));
    const who = (staffId: string) => ({
      staffId: names ? staffId : null,
      staffName: names ? (staffById.get(staffId)?.name ?? null) : null,
    });
    const departments = new Map<string, store.PositionLine>();
    for (const p of positions) if (!departments.has(p.departmentId)) departments.set(p.departmentId, p);
    return {
      estateId: estate.id,
      estateName: estate.name,
      asOf: today,
      planned: a.planned,
      actual: a.actual,
      vacancies: a.vacancies,
      departments: [...departments.values()].map((p) => ({
        departmentId: p.departmentId,
        code: p.departmentCode,
        name: p.departmentName,
        ...a.byDepartment.get(p.departmentId)!,
      })),
      positions: positions.map((p) => ({
        positionId: p.id,
        departmentId: p.departmentId,
        code: p.code,
        name: p.name,
        certificateRequired: p.certificateRequired,
        ageMin: p.ageMin,
        ageMax: p.ageMax,
        ...a.byPosition.get(p.id)!,
      })),
      certificateIssues: a.certificateIssues.map((i) => ({
        ...who(i.staffId),
        positionId: i.positionId,
        positionName: positionById.get(i.positionId)?.name ?? '',
        kind: i.kind,
        expiresOn: i.expiresOn,
        daysLeft: i.daysLeft,
        state: i.standing,
      })),
      certificatesExpired: a.expired,
      certificatesExpiring: a.expiring,
      certificatesMissing: a.missing,
      ageBreaches: a.ageBreaches.map((b) => {
        const person = staffById.get(b.staffId)!;
        const mayAge =
          names && mayReadBirthDate(ability, { companyId, estateId: estate.id, userId: person.userId });
        return {
          ...who(b.staffId),
          positionId: b.positionId,
          positionName: positionById.get(b.positionId)?.name ?? '',
          breach: b.breach,
          limit: b.limit,
          age: mayAge ? b.age : null,
        };
      }),
      turnover: {
        start: a.turnover.start,
        end: a.turnover.end,
        headcountAtStart: a.turnover.headcountAtStart,
        headcountAtEnd: a.turnover.headcountAtEnd,
        leavers: a.turnover.leavers,
        percent: percent1(a.turnover.rate),
      },
      score: a.score,
      scoreParts: a.parts,
      namesHidden: !names,
    };
  });
}

/** The league table's rows: the estates in the caller's scope (of one region), best score first. */
export async function complianceTableRows(
  tx: Tx,
  caller: TenantCaller,
  regionId: string | null | undefined,
  now: Date,
): Promise<StaffingComplianceRow[]> {
  const { companyId, ability } = caller;
  // Estates the caller sees and whose positions they may read (the same set for every role today).
  const access = and(
    accessibleWhere(ability, 'read', 'Estate', estateColumns),
    accessibleWhere(ability, 'read', 'Position', { companyId: estates.companyId, estateId: estates.id }),
  )!;
  const heads = await store.estatesInScope(tx, companyId, access, regionId);
  const today = await companyToday(tx, companyId, now);
  const assessed = await assessEstates(
    tx,
    companyId,
    heads.map((h) => h.id),
    today,
  );
  const rows = heads.map((h) => {
    const a = assessed.get(h.id)!.assessment;
    return {
      name: h.name,
      score: a.score,
      row: {
        rank: null as number | null,
        estateId: h.id,
        estateName: h.name,
        estateCode: h.code,
        regionId: h.regionId,
        regionName: h.regionName,
        planned: a.planned,
        actual: a.actual,
        vacancies: a.vacancies,
        certificateProblems: a.certificateIssues.length,
        certificatesExpired: a.expired,
        certificatesExpiring: a.expiring,
        certificatesMissing: a.missing,
        ageProblems: a.ageBreaches.length,
        leavers: a.turnover.leavers,
        turnoverPercent: percent1(a.turnover.rate),
        score: a.score,
      },
    };
  });
  return rankByScore(rows).map(({ row }, i) => ({ ...row, rank: row.score == null ? null : i + 1 }));
}

export function staffingComplianceTable(
  ctx: Context,
  regionId: string | null | undefined,
): Promise<StaffingComplianceRow[]> {
  return tenantRead(ctx, async (tx, caller) => {
    assertMayCompare(caller);
    parseInput(staffingComplianceTableArgs, { regionId });
    return complianceTableRows(tx, caller, regionId, ctx.services.clock());
  });
}
