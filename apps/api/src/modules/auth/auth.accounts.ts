import { acceptInvitationInput } from '@anju/domain';
import { eq } from 'drizzle-orm';
import { canWorkIn, defaultCompanyOf } from '../../auth/actor.store.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import type { Tx } from '../../db/client.js';
import { isUuid, withSystem } from '../../db/tenant.js';
import { type Context, requireAuth } from '../../graphql/context.js';
import { appError, badInput, notFound, unauthenticated } from '../../lib/errors.js';
import { tooManyRequests } from '../../lib/rate-limit.js';
import type { AppServices } from '../../lib/services.js';
import { parseInput } from '../../lib/validation.js';
import { writeChangeLog } from '../change-log/index.js';
import type { CompanyRow } from '../companies/index.js';
import { users } from '../users/index.js';
import * as store from './auth.accounts.store.js';
import { invalidateSessions, type SignedIn, startSession } from './auth.service.js';
import * as authStore from './auth.store.js';

// A person is one account that may work for several companies: each company invites it, the
// account accepts, and a session works in one company at a time (switchCompany moves it).

type Meta = { ip?: string | undefined; userAgent?: string | undefined; requestId?: string | undefined };

const invalidInvitation = () => appError('NOT_FOUND', '邀请码无效或已过期');

/** Whether an account has this email, across every company (for createUser's invitation path). */
export function accountIdByEmail(services: AppServices, email: string): Promise<string | undefined> {
  return withSystem(services.database, 'auth', (tx) => store.accountIdByEmail(tx, email));
}

function acceptedEntry(
  tx: Tx,
  companyId: string,
  userId: string,
  how: 'NEW_ACCOUNT' | 'EXISTING_ACCOUNT',
  meta: Meta,
) {
  return writeChangeLog(tx, {
    companyId,
    actorUserId: userId,
    action: 'user.acceptInvitation',
    subjectType: 'User',
    subjectId: userId,
    before: { status: 'INVITED' },
    after: { status: 'ACTIVE', account: how },
    requestId: meta.requestId,
  });
}

/**
 * Redeems an invitation code. A new person chooses their password; an account that already
 * exists proves it is its owner with its existing password (never replaced: whoever holds the
 * code — the inviting admin included — must not take over an account), and wrong passwords count
 * toward the account's sign-in lock like failed sign-ins do.
 */
export async function acceptInvitation(
  services: AppServices,
  input: { token: string; password: string },
  meta: Meta,
): Promise<SignedIn> {
  parseInput(acceptInvitationInput, input);
  const tokenHash = hashToken(input.token, services.config.sessionSecret);
  const found = await withSystem(services.database, 'auth', async (tx) => {
    const fresh = await authStore.findUserByInvitation(tx, tokenHash);
    if (fresh) return { kind: 'new' as const };
    const invitation = await store.pendingInvitationByToken(tx, tokenHash);
    if (!invitation) return null;
    // The password check below is a sign-in attempt: reserved (and counted) first, as in login().
    return {
      kind: 'existing' as const,
      invitation,
      attempt: await authStore.reserveAttempt(tx, invitation.email),
    };
  });
  if (!found) throw invalidInvitation();
  if (found.kind === 'new') return acceptAsNewAccount(services, tokenHash, input.password, meta);

  const { invitation, attempt } = found;
  if (!attempt.allowed) {
    const seconds = (attempt.lockedUntil.getTime() - Date.now()) / 1000;
    throw tooManyRequests(seconds, '登录失败次数过多，账户已锁定 15 分钟', {
      lockedUntil: attempt.lockedUntil.toISOString(),
    });
  }
  // Slow hashing happens outside any transaction (PGlite has a single connection).
  if (!(await verifyPassword(invitation.passwordHash, input.password))) {
    throw badInput([
      {
        path: ['password'],
        reason: 'WRONG_PASSWORD',
        message: '密码不正确：该邮箱已有账户，请输入这个账户的密码',
      },
    ]);
  }
  const signedIn = await withSystem(services.database, 'auth', async (tx) => {
    if (!(await store.markAccepted(tx, invitation))) throw invalidInvitation();
    await authStore.clearFailures(tx, invitation.email);
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, invitation.userId));
    await acceptedEntry(tx, invitation.companyId, invitation.userId, 'EXISTING_ACCOUNT', meta);
    return startSession(services, tx, invitation.userId, invitation.companyId, meta);
  });
  await invalidateSessions(services, { userId: invitation.userId });
  return signedIn;
}

async function acceptAsNewAccount(
  services: AppServices,
  tokenHash: string,
  password: string,
  meta: Meta,
): Promise<SignedIn> {
  const passwordHash = await hashPassword(password);
  return withSystem(services.database, 'auth', async (tx) => {
    const user = await authStore.findUserByInvitation(tx, tokenHash);
    if (!user) throw invalidInvitation();
    const companyId = await defaultCompanyOf(tx, user.id);
    if (!companyId) throw invalidInvitation();
    await tx
      .update(users)
      .set({
        passwordHash,
        invitationTokenHash: null,
        invitationExpiresAt: null,
        lastLoginAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(users.id, user.id));
    await acceptedEntry(tx, companyId, user.id, 'NEW_ACCOUNT', meta);
    return startSession(services, tx, user.id, companyId, meta);
  });
}

/** The signed-in account accepts an invitation it sees in `myInvitations`; it then works there too. */
export async function acceptCompanyInvitation(ctx: Context, invitationId: string): Promise<CompanyRow[]> {
  const { session } = requireAuth(ctx);
  const companies = await withSystem(ctx.services.database, 'auth', async (tx) => {
    const invitation = await store.pendingInvitationOfUser(tx, session.userId, invitationId);
    if (!invitation || !(await store.markAccepted(tx, invitation))) throw notFound('邀请');
    await acceptedEntry(tx, invitation.companyId, session.userId, 'EXISTING_ACCOUNT', ctx);
    return store.companiesOf(tx, session.userId);
  });
  await invalidateSessions(ctx.services, { userId: session.userId });
  return companies;
}

export function myCompanies(ctx: Context): Promise<CompanyRow[]> {
  const { session } = requireAuth(ctx);
  return withSystem(ctx.services.database, 'auth', (tx) => store.companiesOf(tx, session.userId));
}

export function myInvitations(ctx: Context): Promise<store.InvitationView[]> {
  const { session } = requireAuth(ctx);
  return withSystem(ctx.services.database, 'auth', (tx) => store.pendingInvitationsOf(tx, session.userId));
}

/**
 * Moves the caller's session to another company where it holds an active membership. The session
 * keeps its expiry but gets a new token (the old one stops at once, with every cached copy of it
 * on every instance), so nothing bound to the previous company outlives the switch.
 */
export async function switchCompany(ctx: Context, companyId: string): Promise<SignedIn> {
  const { session } = requireAuth(ctx);
  if (!isUuid(companyId)) throw notFound('公司');
  // Already there: nothing moves, the token stays (it was just checked).
  if (companyId === session.companyId && ctx.token) {
    return { token: ctx.token, expiresAt: session.expiresAt, userId: session.userId };
  }
  const token = newToken();
  const moved = await withSystem(ctx.services.database, 'auth', async (tx) => {
    if (!(await canWorkIn(tx, session.userId, companyId))) throw notFound('公司');
    return store.moveSession(tx, session.sessionId, {
      tokenHash: hashToken(token, ctx.services.config.sessionSecret),
      companyId,
    });
  });
  await invalidateSessions(ctx.services, { sessionId: session.sessionId });
  if (!moved) throw unauthenticated();
  return { token, expiresAt: moved.expiresAt, userId: session.userId };
}
