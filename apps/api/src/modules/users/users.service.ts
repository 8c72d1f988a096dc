import { randomUUID } from 'node:crypto';
import { createUserInput, type FieldProblem, membershipList, subject, userFilter } from '@anju/domain';
import { hashPassword } from '../../auth/passwords.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import type { Tx } from '../../db/client.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/connection.js';
import { type Context, requireTenant } from '../../graphql/context.js';
import {
  appError,
  assertValid,
  badInput,
  conflict,
  forbidden,
  mapConstraintError,
  notFound,
} from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite, type WriteScope } from '../../lib/write.js';
import { accountIdByEmail, invalidateSessions, normaliseEmail, revokeUserSessions } from '../auth/index.js';
import { findEstates } from '../estates/index.js';
import { onceWithKey } from '../idempotency/index.js';
import { findRegion } from '../regions/index.js';
import * as store from './users.store.js';
import type {
  CreateUserInput,
  MembershipInput,
  SetMembershipsInput,
  User,
  UserFilter,
} from './users.types.js';

const INVITATION_TTL_MS = 7 * 24 * 3600_000;
const uniques = {
  users_email_key: { path: ['email'], reason: 'TAKEN', message: '该邮箱已被使用' },
} satisfies Record<string, FieldProblem>;

/** Asked first by every use case: nothing is validated, hashed or read for a refused caller. */
function assertCanManageUsers(ctx: Context, action: 'read' | 'create' | 'update') {
  const { ability, companyId } = requireTenant(ctx);
  if (!ability.can(action, subject('User', { companyId }))) throw forbidden();
}

export function listUsers(
  ctx: Context,
  args: { first?: number | null; after?: string | null; filter?: UserFilter | null },
): Promise<Page<User>> {
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, string] | undefined;
  return tenantRead(ctx, async (tx, caller) => {
    assertCanManageUsers(ctx, 'read');
    parseInput(userFilter, args.filter ?? {}, ['filter']);
    const { rows, total } = await store.listUsers(tx, caller.companyId, args.filter ?? {}, limit, after);
    return toPage(rows, limit, (r) => [r.name, r.id], total);
  });
}

/** Validates each membership's shape, then that its region and estates exist in this company. */
async function checkMemberships(
  tx: Tx,
  companyId: string,
  list: MembershipInput[],
): Promise<store.MembershipValues[]> {
  parseInput(membershipList, list, ['memberships']);
  const problems: FieldProblem[] = [];
  const estateIds = [...new Set(list.flatMap((m) => m.estateIds ?? []))];
  const found = new Set(
    (await findEstates(tx, companyId, estateIds)).filter((e) => !e.archivedAt).map((e) => e.id),
  );
  for (const [i, m] of list.entries()) {
    (m.estateIds ?? []).forEach((id, j) => {
      if (!found.has(id))
        problems.push({
          path: ['memberships', i, 'estateIds', j],
          reason: 'NOT_FOUND',
          message: '小区不存在',
        });
    });
    if (m.regionId) {
      const region = await findRegion(tx, companyId, m.regionId);
      if (!region || region.archivedAt) {
        problems.push({ path: ['memberships', i, 'regionId'], reason: 'NOT_FOUND', message: '区域不存在' });
      }
    }
  }
  assertValid(problems);
  return list.map((m) => ({ role: m.role, regionId: m.regionId ?? null, estateIds: m.estateIds ?? [] }));
}

/**
 * Creates a user of the company. An email that already has an account (in another company, or of
 * the platform) gets a pending invitation of that account instead, and the answer is exactly the
 * one a new address gets — same fields, same values as typed, same slow work — so no company
 * learns whether an address has an account elsewhere. The account joins once it accepts.
 */
export async function createUser(
  ctx: Context,
  input: CreateUserInput,
): Promise<{ user: User; invitationToken: string | null }> {
  assertCanManageUsers(ctx, 'create');
  parseInput(createUserInput, input);
  const email = normaliseEmail(input.email);
  const name = input.name.trim();
  const phone = input.phone?.trim() || null;
  // Hash before the transaction: slow work never holds a connection (PGlite has only one). An
  // existing account never gets this password; it is hashed anyway so both answers take as long.
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const invitationToken = passwordHash ? null : newToken();
  // Found through the auth module's system hatch: the company cannot see other companies' people.
  const existingId = await accountIdByEmail(ctx.services, email);
  const secret = ctx.services.config.sessionSecret;
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  try {
    return await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      assertCanManageUsers(ctx, 'create');
      const list = await checkMemberships(tx, caller.companyId, input.memberships);
      const { result: userId, replayed } = await onceWithKey(
        tx,
        {
          companyId: caller.companyId,
          userId: caller.userId,
          operation: 'createUser',
          payload: { ...input, password: null },
        },
        input.idempotencyKey,
        async () => {
          let id: string;
          if (existingId) {
            // Already known here (invited, active or former member): the same answer as before.
            if (await store.hasAnyMembership(tx, caller.companyId, existingId)) {
              const problem = uniques.users_email_key;
              throw appError('CONFLICT', problem.message, { fields: [problem] });
            }
            id = existingId;
            const invitationId = randomUUID();
            await store.insertInvitation(tx, caller.companyId, {
              id: invitationId,
              userId: id,
              // With a password the admin gets no code; the account accepts from its own session.
              tokenHash: hashToken(invitationToken ?? newToken(), secret),
              expiresAt,
              name,
              phone,
              withPassword: passwordHash != null,
              invitedBy: caller.userId,
            });
            await store.insertMemberships(tx, caller.companyId, id, list, invitationId);
          } else {
            id = randomUUID();
            await store.insertUser(tx, {
              id,
              email,
              name,
              phone,
              passwordHash,
              invitationTokenHash: invitationToken ? hashToken(invitationToken, secret) : null,
              invitationExpiresAt: invitationToken ? expiresAt : null,
            });
            await store.insertMemberships(tx, caller.companyId, id, list);
          }
          // One kind of row for both: the company's trail must not tell them apart either.
          await changeLog('user.create', 'User', id, null, { email, name: input.name, memberships: list });
          return id;
        },
      );
      const [user] = await store.findUsers(tx, caller.companyId, [userId]);
      if (!user) throw notFound('用户');
      // A replayed request must not hand out a code that was never stored.
      return { user, invitationToken: replayed ? null : invitationToken };
    });
  } catch (error) {
    throw mapConstraintError(error, uniques) ?? error;
  }
}

async function loadMember(scope: WriteScope, userId: string): Promise<User> {
  const [user] = await store.findUsers(scope.tx, scope.caller.companyId, [userId]);
  if (!user) throw notFound('用户');
  return user;
}

/** The company must keep at least one active admin, and admins cannot lock themselves out. */
async function assertAdminsRemain(scope: WriteScope, userId: string, stillAdmin: boolean) {
  if (stillAdmin) return;
  // Serialise admin changes per company: two admins demoting each other at once must not both
  // see the other as the remaining admin.
  await store.lockAdminChanges(scope.tx, scope.caller.companyId);
  const before = await store.membershipsOf(scope.tx, scope.caller.companyId, [userId]);
  const wasAdmin = before.some((m) => m.active && m.role === 'COMPANY_ADMIN');
  if (wasAdmin && (await store.otherActiveAdmins(scope.tx, scope.caller.companyId, userId)) === 0) {
    throw conflict('公司至少需要保留一名管理员', 'LAST_ADMIN');
  }
}

export async function setMemberships(ctx: Context, input: SetMembershipsInput): Promise<User> {
  const user = await tenantWrite(ctx, async (scope) => {
    const { tx, caller, changeLog } = scope;
    assertCanManageUsers(ctx, 'update');
    const user = await loadMember(scope, input.userId);
    if (user.status === 'DEACTIVATED') throw conflict('用户已停用', 'DEACTIVATED');
    const list = await checkMemberships(tx, caller.companyId, input.memberships);
    await assertAdminsRemain(
      scope,
      user.id,
      list.some((m) => m.role === 'COMPANY_ADMIN'),
    );
    const before = await store.membershipsOf(tx, caller.companyId, [user.id]);
    // An invited account's new roles still wait for its answer.
    const invitationId = await store.pendingInvitationOf(tx, caller.companyId, user.id);
    await store.deleteActiveMemberships(tx, caller.companyId, user.id);
    await store.insertMemberships(tx, caller.companyId, user.id, list, invitationId ?? null);
    await changeLog(
      'user.setMemberships',
      'User',
      user.id,
      { memberships: before.filter((m) => m.active) },
      { memberships: list },
    );
    return user;
  });
  await invalidateSessions(ctx.services, { userId: user.id });
  return user;
}

export async function deactivateUser(ctx: Context, userId: string): Promise<User> {
  const user = await tenantWrite(ctx, async (scope) => {
    const { tx, caller, changeLog } = scope;
    assertCanManageUsers(ctx, 'update');
    if (userId === caller.userId) {
      throw badInput([{ path: ['userId'], reason: 'SELF', message: '不能停用自己的账户' }]);
    }
    const before = await loadMember(scope, userId);
    await assertAdminsRemain(scope, userId, false);
    await store.deactivateMemberships(tx, caller.companyId, userId);
    await revokeUserSessions(tx, userId, caller.companyId);
    await changeLog('user.deactivate', 'User', userId, { status: before.status }, { status: 'DEACTIVATED' });
    return loadMember(scope, userId);
  });
  await invalidateSessions(ctx.services, { userId });
  return user;
}
