/**
 * Staff of an estate (issue 10 item 2): lists and detail with the field-level rules of personal
 * data, records created and changed (optimistic lock) by the estate's manager and company admins,
 * and the ID number revealed whole only on an explicit request, written to the change log.
 * ID numbers are stored encrypted (AES-256-GCM) with a keyed hash for duplicates, never in clear.
 */
import {
  createStaffInput,
  type FieldProblem,
  identityFromResidentId,
  maskResidentId,
  SHIFT_PATTERNS,
  type ShiftPatternCode,
  type StaffStatus,
  staffFilter,
  staffRecordRules,
  subject,
  updateStaffInput,
} from '@anju/domain';
import { accessibleWhere, assertCan } from '../../authz/accessible.js';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/connection.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { appError, badInput, conflict, forbidden, notFound } from '../../lib/errors.js';
import type { AppServices } from '../../lib/services.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import type { EstateRow } from '../estates/index.js';
import { onceWithKey } from '../idempotency/index.js';
import { findPosition, type PositionRow } from '../team/index.js';
import { findUsers, membershipsOf } from '../users/index.js';
import {
  canReadStaffField,
  readableStaff,
  STAFF,
  staffSubject,
  todayOf,
  toStaffMembers,
  warningUntil,
} from './staff.access.js';
import { staffRecordsChanged } from './staff.changes.js';
import type { PersonalDataCipher } from './staff.crypto.js';
import type { StaffRow } from './staff.schema.js';
import * as store from './staff.store.js';
import type { CreateStaffInput, StaffFilter, StaffMember, UpdateStaffInput } from './staff.types.js';

const staleVersion = () => conflict('员工记录已被他人修改，请刷新后重试', 'STALE_VERSION');

/** The same person twice on a company's team (the unique index staff_id_number_key, or found first). */
export const duplicateIdNumber = (path: (string | number)[] = ['idNumber']): FieldProblem => ({
  path,
  reason: 'DUPLICATE',
  message: '该身份证号已登记在本公司在职或试用的员工中',
});

/** Is this PostgreSQL error the unique index of ID numbers? */
export function isDuplicateIdNumber(error: unknown): boolean {
  let current: unknown = error;
  for (let i = 0; i < 5 && current && typeof current === 'object'; i++) {
    const e = current as { code?: string; constraint?: string; constraint_name?: string; cause?: unknown };
    if (e.code === '23505') return (e.constraint ?? e.constraint_name) === 'staff_id_number_key';
    current = e.cause;
  }
  return false;
}

/** The stored columns of an ID number: ciphertext, mask and keyed hash (all null without one). */
export function idNumberColumns(cipher: PersonalDataCipher, companyId: string, idNumber: string | null) {
  if (!idNumber) return { idNumberCipher: null, idNumberMasked: null, idNumberHash: null };
  return {
    idNumberCipher: cipher.encrypt(companyId, idNumber),
    idNumberMasked: maskResidentId(idNumber),
    idNumberHash: cipher.hash(companyId, idNumber),
  };
}

/** A row as the change log keeps it: the mask, never the ciphertext or the hash. */
export function logged(row: StaffRow) {
  const { idNumberCipher: _c, idNumberHash: _h, ...rest } = row;
  return rest;
}

/** The estate for an operation on its staff (NOT_FOUND when hidden, FORBIDDEN when read-only). */
export async function estateFor(tx: Tx, caller: TenantCaller, estateId: unknown, action: 'read' | 'create') {
  const id = String(estateId ?? '');
  if (!isUuid(id)) throw notFound('小区');
  return loadEstateFor(tx, caller, id, action, 'Staff');
}

/** A position of `estateId` (another estate's, or none, is a field problem). */
export async function positionOf(
  tx: Tx,
  companyId: string,
  estateId: string,
  positionId: string,
  path: (string | number)[] = ['positionId'],
): Promise<PositionRow> {
  const position = await findPosition(tx, companyId, positionId);
  if (!position || position.estateId !== estateId) {
    throw badInput([{ path, reason: 'NOT_FOUND', message: '该项目没有这个岗位' }]);
  }
  return position;
}

/** A crew code of the position's shift pattern, or a problem. */
export function crewProblem(
  pattern: ShiftPatternCode,
  crew: string | null | undefined,
  path: (string | number)[] = ['shiftCrew'],
): FieldProblem | null {
  if (crew == null) return null;
  const crews = SHIFT_PATTERNS[pattern].crews.map((c) => c.code);
  return crews.includes(crew)
    ? null
    : {
        path,
        reason: 'INVALID',
        message: `该岗位的班制只有 ${crews.join('、')} 班组`,
        params: { crews: crews.join(',') },
      };
}

/**
 * An account that may be linked to a staff record of `estate`: an active member of the company
 * (not of the owners' committee) whose scope holds the estate, not yet linked to another record
 * on the team. Anything else is a problem on `userId`; an account of another company reads as one
 * that does not exist.
 */
export async function userProblem(
  tx: Tx,
  companyId: string,
  estate: Pick<EstateRow, 'id' | 'regionId'>,
  userId: string,
  exceptStaffId?: string,
  path: (string | number)[] = ['userId'],
): Promise<FieldProblem | null> {
  const [user] = isUuid(userId) ? await findUsers(tx, companyId, [userId]) : [];
  if (!user) return { path, reason: 'NOT_FOUND', message: '账号不存在' };
  const memberships = (await membershipsOf(tx, companyId, [userId])).filter(
    (m) => m.active && !m.pending && m.role !== 'COMMITTEE_MEMBER',
  );
  const inScope = memberships.some(
    (m) =>
      m.scopeKind === 'COMPANY' ||
      (m.scopeKind === 'REGION' && m.regionId === estate.regionId) ||
      (m.scopeKind === 'ESTATES' && m.estateIds.includes(estate.id)),
  );
  if (!inScope) return { path, reason: 'NOT_ASSIGNABLE', message: '该账号不是本项目的成员' };
  if (await store.findOnTeamByUser(tx, companyId, userId, exceptStaffId)) {
    return { path, reason: 'TAKEN', message: '该账号已关联其他员工记录' };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Reads

export function listStaffMembers(
  ctx: Context,
  args: { filter: StaffFilter; first?: number | null; after?: string | null },
): Promise<Page<StaffMember>> {
  return tenantRead(ctx, async (tx, caller) => {
    // Permission first: nothing of the filter is judged for a caller who may not list these staff.
    const estate = await estateFor(tx, caller, args.filter?.estateId, 'read');
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after, 2) as [string, string] | undefined;
    const filter = parseInput(staffFilter, args.filter ?? {}, ['filter']);
    const now = ctx.services.clock();
    const today = await todayOf(tx, caller.companyId, now);
    const access = accessibleWhere(caller.ability, 'read', 'Staff', store.staffColumns);
    const { rows, total } = await store.listStaff(
      tx,
      caller.companyId,
      {
        estateId: estate.id,
        departmentId: filter.departmentId,
        positionId: filter.positionId,
        status: filter.status,
        search: filter.search,
        certificateWarningUntil: filter.certificateWarning ? warningUntil(today) : null,
      },
      access,
      limit,
      after,
    );
    const page = toPage(rows, limit, (r) => [r.name, r.id], total);
    const members = await toStaffMembers(
      tx,
      caller,
      page.edges.map((e) => e.node),
      now,
    );
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: members[i]! })) };
  });
}

export function staffMember(ctx: Context, id: string): Promise<StaffMember> {
  return tenantRead(ctx, async (tx, caller) => {
    const row = await readableStaff(tx, caller, String(id));
    const [member] = await toStaffMembers(tx, caller, [row], ctx.services.clock());
    return member!;
  });
}

// ---------------------------------------------------------------------------------------------
// Changes

/** Refuses an ID number already on the company's team (by its hash) for a record on the team. */
async function assertNotDuplicate(
  tx: Tx,
  companyId: string,
  hash: string | null,
  status: StaffStatus,
  exceptId?: string,
) {
  if (!hash || status === 'LEFT') return;
  const found = await store.findOnTeamByIdHash(tx, companyId, [hash], exceptId);
  if (found.length > 0) throw badInput([duplicateIdNumber()]);
}

async function withDuplicateMapped<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isDuplicateIdNumber(error)) throw badInput([duplicateIdNumber()]);
    throw error;
  }
}

export function createStaff(ctx: Context, input: CreateStaffInput): Promise<StaffMember> {
  return withDuplicateMapped(() =>
    tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      // Permission first: the input is judged only for a caller who may add staff there.
      const estate = await estateFor(tx, caller, input.estateId, 'create');
      const parsed = parseInput(createStaffInput, input);
      // Create mode: the schema requires name, position and hire date.
      const position = await positionOf(tx, caller.companyId, estate.id, parsed.positionId!);
      const crew = crewProblem(position.shiftPattern, parsed.shiftCrew);
      if (crew) throw badInput([crew]);
      const status = parsed.status ?? 'ACTIVE';
      const cipher = ctx.services.personalData;
      const idNumber = parsed.idNumber ?? null;
      const columns = idNumberColumns(cipher, caller.companyId, idNumber);
      const identity = idNumber ? identityFromResidentId(idNumber) : null;
      const { result: id } = await onceWithKey(
        tx,
        {
          companyId: caller.companyId,
          userId: caller.userId,
          operation: 'createStaff',
          // The idempotency table keeps a plain hash of the payload: the ID number goes in keyed.
          payload: { ...parsed, idNumber: columns.idNumberHash, idempotencyKey: null },
        },
        parsed.idempotencyKey,
        async () => {
          // Checked on the first request only: a replay answers the record it made.
          if (parsed.userId) {
            const user = await userProblem(tx, caller.companyId, estate, parsed.userId);
            if (user) throw badInput([user]);
          }
          await assertNotDuplicate(tx, caller.companyId, columns.idNumberHash, status);
          const [row] = await store.insertStaff(
            tx,
            caller.companyId,
            [
              {
                estateId: estate.id,
                departmentId: position.departmentId,
                positionId: position.id,
                userId: parsed.userId ?? null,
                name: parsed.name!,
                phone: parsed.phone ?? null,
                ...columns,
                gender: parsed.gender ?? identity?.gender ?? null,
                birthDate: parsed.birthDate ?? identity?.birthDate ?? null,
                hireDate: parsed.hireDate!,
                leaveDate: parsed.leaveDate ?? null,
                status,
                shiftCrew: parsed.shiftCrew ?? null,
                note: parsed.note || null,
                createdBy: caller.userId,
              },
            ],
            ctx.services.clock(),
          );
          await changeLog('staff.create', 'Staff', row!.id, null, logged(row!));
          await staffRecordsChanged(tx, {
            companyId: caller.companyId,
            estateId: row!.estateId,
            now: ctx.services.clock(),
          });
          return row!.id;
        },
      );
      const row = await readableStaff(tx, caller, id);
      const [member] = await toStaffMembers(tx, caller, [row], ctx.services.clock());
      return member!;
    }),
  );
}

/** The stored ID number in clear (for rules across fields), or null. */
function storedIdNumber(services: AppServices, row: StaffRow): string | null {
  return row.idNumberCipher ? services.personalData.decrypt(row.companyId, row.idNumberCipher) : null;
}

export function updateStaff(ctx: Context, input: UpdateStaffInput): Promise<StaffMember> {
  return withDuplicateMapped(() =>
    tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      const before = await readableStaff(tx, caller, String(input.id), true);
      assertCan(caller.ability, 'update', 'Staff', staffSubject(before), STAFF);
      const sent = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      const parsed = parseInput(updateStaffInput, sent);
      if (before.version !== parsed.version) throw staleVersion();
      const position =
        parsed.positionId !== undefined && parsed.positionId !== before.positionId
          ? await positionOf(tx, caller.companyId, before.estateId, parsed.positionId)
          : await positionOf(tx, caller.companyId, before.estateId, before.positionId);
      const idChanged = parsed.idNumber !== undefined;
      const idNumber = idChanged ? (parsed.idNumber ?? null) : storedIdNumber(ctx.services, before);
      // A new ID number brings its birth date and gender unless they are sent too.
      const identity = idChanged && idNumber ? identityFromResidentId(idNumber) : null;
      const gender = parsed.gender !== undefined ? parsed.gender : (identity?.gender ?? before.gender);
      const birthDate =
        parsed.birthDate !== undefined ? parsed.birthDate : (identity?.birthDate ?? before.birthDate);
      const status = parsed.status ?? before.status;
      const leaveDate = parsed.leaveDate !== undefined ? parsed.leaveDate : before.leaveDate;
      const hireDate = parsed.hireDate ?? before.hireDate;
      // The record as it will be must hold together, not only the fields sent.
      parseInput(staffRecordRules, { idNumber, gender, birthDate, hireDate, leaveDate, status });
      // A crew the new position's pattern does not have is dropped unless one is sent.
      let shiftCrew = parsed.shiftCrew !== undefined ? parsed.shiftCrew : before.shiftCrew;
      if (parsed.shiftCrew === undefined && crewProblem(position.shiftPattern, shiftCrew)) shiftCrew = null;
      const problems: FieldProblem[] = [];
      const crew = crewProblem(position.shiftPattern, shiftCrew);
      if (crew) problems.push(crew);
      if (parsed.userId && parsed.userId !== before.userId) {
        const estate = await estateFor(tx, caller, before.estateId, 'read');
        const user = await userProblem(tx, caller.companyId, estate, parsed.userId, before.id);
        if (user) problems.push(user);
      }
      if (problems.length) throw badInput(problems);
      const columns = idChanged
        ? idNumberColumns(ctx.services.personalData, caller.companyId, idNumber)
        : null;
      if ((columns || (before.status === 'LEFT' && status !== 'LEFT')) && idNumber) {
        await assertNotDuplicate(
          tx,
          caller.companyId,
          columns?.idNumberHash ?? before.idNumberHash,
          status,
          before.id,
        );
      }
      if (
        !idChanged &&
        before.status === 'LEFT' &&
        status !== 'LEFT' &&
        before.userId &&
        parsed.userId === undefined
      ) {
        // Back on the team: the account must not be on another record meanwhile.
        if (await store.findOnTeamByUser(tx, caller.companyId, before.userId, before.id)) {
          throw badInput([{ path: ['userId'], reason: 'TAKEN', message: '该账号已关联其他员工记录' }]);
        }
      }
      const changes: store.StaffChanges = {
        ...(position.id !== before.positionId && {
          positionId: position.id,
          departmentId: position.departmentId,
        }),
        ...(parsed.name !== undefined && { name: parsed.name }),
        ...(parsed.phone !== undefined && { phone: parsed.phone ?? null }),
        ...(columns ?? {}),
        gender,
        birthDate,
        hireDate,
        leaveDate,
        status,
        shiftCrew,
        ...(parsed.note !== undefined && { note: parsed.note || null }),
        ...(parsed.userId !== undefined && { userId: parsed.userId ?? null }),
      };
      const after = await store.updateStaff(
        tx,
        caller.companyId,
        before.id,
        before.version,
        changes,
        ctx.services.clock(),
      );
      if (!after) throw staleVersion();
      await changeLog('staff.update', 'Staff', before.id, logged(before), logged(after));
      await staffRecordsChanged(tx, {
        companyId: caller.companyId,
        estateId: after.estateId,
        now: ctx.services.clock(),
      });
      const [member] = await toStaffMembers(tx, caller, [after], ctx.services.clock());
      return member!;
    }),
  );
}

/**
 * The whole ID number, for a caller who may read it (the estate's manager, company admins, the
 * person themself): every reveal is written to the change log, without the number.
 */
export function revealStaffIdNumber(ctx: Context, id: string): Promise<string> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const row = await readableStaff(tx, caller, String(id));
    if (!canReadStaffField(caller.ability, row, 'idNumber')) throw forbidden();
    if (!row.idNumberCipher) throw appError('NOT_FOUND', '该员工未登记身份证号', { reason: 'NO_ID_NUMBER' });
    const plain = ctx.services.personalData.decrypt(caller.companyId, row.idNumberCipher);
    await changeLog('staff.reveal_id_number', 'Staff', row.id, null, {
      field: 'idNumber',
      staffName: row.name,
      estateId: row.estateId,
    });
    return plain;
  });
}

/** Whether the caller may change staff of this estate at all (before any file is read). */
export function assertCanManageStaff(caller: TenantCaller, estateId: string) {
  if (!caller.ability.can('create', subject('Staff', { companyId: caller.companyId, estateId })))
    throw forbidden();
}
