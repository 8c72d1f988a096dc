/**
 * Rosters (issue 10, item 3): a department's month generated from its staff and their
 * positions' shift patterns, single days edited (leave, swap, assign, reset) under an optimistic
 * lock, the coverage check, an estate's months, and one's own shifts. The subject is `Shift`:
 * estate managers and the company admin change rosters; staff, HQ viewers and auditors read them;
 * the committee sees nothing. Rules of generation and coverage: rosters.core.ts.
 */
import {
  editRosterDayInput,
  generateRosterInput,
  myShiftsInput,
  rosterMonthsInput,
  rosterQueryInput,
  SHIFTS,
  subject,
} from '@anju/domain';
import { accessibleWhere } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { findEstate } from '../estates/index.js';
import type { DepartmentRow } from '../team/index.js';
import { editDay, generateMonth, rosterView, shiftDefinition } from './rosters.core.js';
import * as store from './rosters.store.js';
import type {
  EditRosterDayInput,
  GenerateRosterInput,
  MyShiftDay,
  Roster,
  RosterMonthStatus,
} from './rosters.types.js';

const DEPARTMENT = '部门';
const ESTATE = '项目';

/**
 * The estate `estateId` when the caller may read its rosters: another company's, one outside the
 * caller's scope, or one whose rosters the caller may not read (the committee) is NOT_FOUND.
 */
async function estateFor(tx: Tx, caller: TenantCaller, estateId: string, what = ESTATE) {
  const estate = isUuid(estateId) ? await findEstate(tx, caller.companyId, estateId) : undefined;
  const rows = { companyId: caller.companyId, estateId: estate?.id };
  if (
    !estate ||
    !caller.ability.can('read', subject('Estate', { ...estate })) ||
    !caller.ability.can('read', subject('Shift', rows))
  ) {
    throw notFound(what);
  }
  return estate;
}

/**
 * A department of an estate whose rosters the caller may `action` (read, create, update): NOT_FOUND
 * when they may not even read them (or it is another company's, or a headquarters department),
 * FORBIDDEN when they may read but not change them.
 */
async function departmentFor(
  tx: Tx,
  caller: TenantCaller,
  departmentId: string,
  action: 'read' | 'create' | 'update',
): Promise<DepartmentRow> {
  const department = await store.findDepartment(tx, caller.companyId, String(departmentId));
  if (!department?.estateId) throw notFound(DEPARTMENT);
  await estateFor(tx, caller, department.estateId, DEPARTMENT);
  const row = subject('Shift', { companyId: caller.companyId, estateId: department.estateId });
  if (action !== 'read' && !caller.ability.can(action, row)) throw forbidden();
  return department;
}

export function roster(ctx: Context, departmentId: string, month: string): Promise<Roster | null> {
  return tenantRead(ctx, async (tx, caller) => {
    const department = await departmentFor(tx, caller, departmentId, 'read');
    const input = parseInput(rosterQueryInput, { departmentId, month });
    const row = await store.findRosterMonth(tx, caller.companyId, department.id, input.month);
    return row ? rosterView(tx, caller.companyId, row, department) : null;
  });
}

/** Generates a department's month (CONFLICT `ROSTER_EXISTS` unless `replace`). */
export function generateRoster(ctx: Context, input: GenerateRosterInput): Promise<Roster> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const department = await departmentFor(tx, caller, String(input.departmentId), 'create');
    const parsed = parseInput(generateRosterInput, input);
    const outcome = await generateMonth(tx, {
      companyId: caller.companyId,
      department,
      month: parsed.month,
      replace: parsed.replace ?? false,
      now: ctx.services.clock(),
      userId: caller.userId,
    });
    await changeLog('roster.generate', 'RosterMonth', outcome.roster.id, outcome.before, {
      ...outcome.roster,
      entries: outcome.entries,
      keptEdits: outcome.keptEdits,
      droppedEdits: outcome.droppedEdits,
    });
    return rosterView(tx, caller.companyId, outcome.roster, department);
  });
}

/** Edits one person's day (CONFLICT `STALE_VERSION` when the roster changed since it was read). */
export function editRosterDay(ctx: Context, input: EditRosterDayInput): Promise<Roster> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const department = await departmentFor(tx, caller, String(input.departmentId), 'update');
    const parsed = parseInput(editRosterDayInput, input);
    const row = await editDay(tx, {
      companyId: caller.companyId,
      department,
      edit: parsed,
      now: ctx.services.clock(),
      userId: caller.userId,
      changeLog,
    });
    return rosterView(tx, caller.companyId, row, department);
  });
}

/** Every department of an estate with whether its month is generated. */
export function rosterMonths(ctx: Context, estateId: string, month: string): Promise<RosterMonthStatus[]> {
  return tenantRead(ctx, async (tx, caller) => {
    const estate = await estateFor(tx, caller, String(estateId));
    const input = parseInput(rosterMonthsInput, { estateId, month });
    const rows = await store.departmentMonths(tx, caller.companyId, estate.id, input.month);
    return rows.map(({ department, roster, staffCount }) => ({
      departmentId: department.id,
      departmentCode: department.code,
      departmentName: department.name,
      staffCount,
      generated: roster !== null,
      generatedAt: roster?.generatedAt ?? null,
      rosterId: roster?.id ?? null,
      version: roster?.version ?? null,
    }));
  });
}

/**
 * The caller's own days from `from` to `to` (at most 62): the roster entries of the staff records
 * linked to their account, in the estates whose rosters they may read, with shift times.
 */
export function myShifts(ctx: Context, from: string, to: string): Promise<MyShiftDay[]> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!caller.ability.can('read', 'Shift')) throw forbidden();
    const input = parseInput(myShiftsInput, { from, to });
    const access = accessibleWhere(caller.ability, 'read', 'Shift', store.entryColumns);
    const rows = await store.myEntries(tx, caller.companyId, caller.userId, input.from, input.to, access);
    return rows.map(({ entry, estateName, departmentId, departmentName, positionName }) => ({
      day: entry.day,
      staffId: entry.staffId,
      estateId: entry.estateId,
      estateName,
      departmentId,
      departmentName,
      positionId: entry.positionId,
      positionName,
      status: entry.status,
      editKind: entry.editKind,
      leaveKind: entry.leaveKind,
      shifts: [...entry.shifts]
        .sort((a, b) => SHIFTS[a].start.localeCompare(SHIFTS[b].start))
        .map(shiftDefinition),
      hours: entry.shifts.reduce((sum, c) => sum + SHIFTS[c].hours, 0),
    }));
  });
}
