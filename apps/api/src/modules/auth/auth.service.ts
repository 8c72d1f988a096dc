import { defineAbilityFor } from '@anju/domain';
import { eq } from 'drizzle-orm';
import { defaultCompanyOf, findLiveSession, loadActorMemberships } from '../../auth/actor.store.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../../auth/passwords.js';
import type { Authenticated } from '../../auth/session-cache.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import { withSystem } from '../../db/tenant.js';
import { appError, badInput } from '../../lib/errors.js';
import type { AppServices } from '../../lib/services.js';
import { users } from '../users/index.js';
import * as store from './auth.store.js';

export interface SignedIn {
  token: string;
  expiresAt: Date;
  userId: string;
}

// One message for every failure: it must not say whether the email exists.
const invalidCredentials = () => appError('UNAUTHENTICATED', '邮箱或密码错误');

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Resolves a bearer token to the caller, from the short-lived cache or the database. */
export async function authenticate(services: AppServices, token: string): Promise<Authenticated | null> {
  const tokenHash = hashToken(token, services.config.sessionSecret);
  const cached = services.sessions.get(tokenHash);
  if (cached) return cached;
  const auth = await withSystem(services.database, 'auth', async (tx) => {
    const session = await findLiveSession(tx, tokenHash);
    if (!session) return null;
    const memberships = session.companyId
      ? await loadActorMemberships(tx, session.companyId, session.userId)
      : [];
    // A member whose access to the company was withdrawn keeps no session there.
    if (!session.platformAdmin && memberships.length === 0) return null;
    const actor = { userId: session.userId, platformAdmin: session.platformAdmin, memberships };
    return { session, actor, ability: defineAbilityFor(actor) } satisfies Authenticated;
  });
  if (auth) services.sessions.set(tokenHash, auth);
  return auth;
}

export async function login(
  services: AppServices,
  input: { email: string; password: string },
  meta: { ip?: string | undefined; userAgent?: string | undefined },
): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  if (!email || email.length > 254 || input.password.length > 200) throw invalidCredentials();
  const { locked, user } = await withSystem(services.database, 'auth', async (tx) => ({
    locked: await store.lockedUntil(tx, email),
    user: await store.findUserByEmail(tx, email),
  }));
  if (locked)
    throw appError('TOO_MANY_REQUESTS', '登录失败次数过多，账户已锁定 15 分钟', {
      retryAfter: locked.toISOString(),
    });

  // Slow hashing happens outside any transaction (PGlite has a single connection).
  const ok = await verifyPassword(user?.passwordHash, input.password);
  const signedIn = await withSystem(services.database, 'auth', async (tx) => {
    const companyId = ok && user ? await defaultCompanyOf(tx, user.id) : undefined;
    if (!ok || !user || (!companyId && !user.platformAdmin)) {
      // Recorded and committed; the error is thrown after the transaction, not inside it.
      await store.recordFailure(tx, email);
      return null;
    }
    await store.clearFailures(tx, email);
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    return startSession(services, tx, user.id, companyId ?? null, meta);
  });
  if (!signedIn) throw invalidCredentials();
  return signedIn;
}

async function startSession(
  services: AppServices,
  tx: Parameters<Parameters<typeof withSystem>[2]>[0],
  userId: string,
  companyId: string | null,
  meta: { ip?: string | undefined; userAgent?: string | undefined },
): Promise<SignedIn> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + services.config.sessionTtlMs);
  await store.insertSession(tx, {
    tokenHash: hashToken(token, services.config.sessionSecret),
    userId,
    companyId,
    expiresAt,
    userAgent: meta.userAgent,
    ip: meta.ip,
  });
  return { token, expiresAt, userId };
}

export async function logout(services: AppServices, auth: Authenticated): Promise<void> {
  await withSystem(services.database, 'auth', (tx) => store.revokeSession(tx, auth.session.sessionId));
  await invalidateSessions(services, { sessionId: auth.session.sessionId });
}

/** Drops cached sessions here and, through pub/sub, on every other API instance. */
export async function invalidateSessions(
  services: AppServices,
  what: { sessionId?: string; userId?: string; companyId?: string },
): Promise<void> {
  services.sessions.invalidate(what);
  services.pubsub.publish('AUTH_INVALIDATE', what);
}

export async function acceptInvitation(
  services: AppServices,
  input: { token: string; password: string },
  meta: { ip?: string | undefined; userAgent?: string | undefined },
): Promise<SignedIn> {
  if (input.password.length < MIN_PASSWORD_LENGTH || input.password.length > 200) {
    throw badInput([
      { path: ['password'], reason: 'TOO_SHORT', message: `密码至少 ${MIN_PASSWORD_LENGTH} 位` },
    ]);
  }
  const passwordHash = await hashPassword(input.password);
  return withSystem(services.database, 'auth', async (tx) => {
    const user = await store.findUserByInvitation(tx, hashToken(input.token, services.config.sessionSecret));
    if (!user) throw appError('NOT_FOUND', '邀请码无效或已过期');
    const companyId = await defaultCompanyOf(tx, user.id);
    if (!companyId) throw appError('NOT_FOUND', '邀请码无效或已过期');
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
    return startSession(services, tx, user.id, companyId, meta);
  });
}
