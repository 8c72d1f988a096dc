import { defineAbilityFor } from '@anju/domain';
import { eq } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import {
  defaultCompanyOf,
  findLiveSession,
  loadActorMemberships,
  onlySuspendedCompanies,
} from '../../auth/actor.store.js';
import { verifyPassword } from '../../auth/passwords.js';
import type { Authenticated } from '../../auth/session-cache.js';
import { hashToken, newToken, tokenCacheKey } from '../../auth/tokens.js';
import { withSystem } from '../../db/tenant.js';
import { appError } from '../../lib/errors.js';
import { tooManyRequests } from '../../lib/rate-limit.js';
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

/** Said only to someone who proved the password (or holds a session): the company is suspended. */
export const companySuspended = () =>
  appError('UNAUTHENTICATED', '公司已暂停使用，请联系平台管理员', { reason: 'COMPANY_SUSPENDED' });

/**
 * Why a presented token was refused, when there is more to say than "sign in": a suspended
 * company's sessions stay stored (reactivation brings them back) but answer COMPANY_SUSPENDED.
 */
const refusals = new WeakMap<AppServices, LRUCache<string, GraphQLError>>();

export function refusalOf(services: AppServices, token: string): GraphQLError | undefined {
  return refusals.get(services)?.get(tokenCacheKey(token));
}

function refuse(services: AppServices, cacheKey: string, error: GraphQLError): null {
  let cache = refusals.get(services);
  if (!cache) {
    cache = new LRUCache({ max: 10_000, ttl: 60_000 });
    refusals.set(services, cache);
  }
  cache.set(cacheKey, error);
  return null;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Resolves a bearer token to the caller, from the short-lived cache or the database. */
export async function authenticate(services: AppServices, token: string): Promise<Authenticated | null> {
  const cacheKey = tokenCacheKey(token);
  const cached = services.sessions.get(cacheKey);
  if (cached) return cached;
  const auth = await withSystem(services.database, 'auth', async (tx) => {
    const session = await findLiveSession(tx, hashToken(token, services.config.sessionSecret));
    if (!session) return null;
    if (session.companySuspended) return refuse(services, cacheKey, companySuspended());
    const memberships = session.companyId
      ? await loadActorMemberships(tx, session.companyId, session.userId)
      : [];
    // A member whose access to the company was withdrawn keeps no session there.
    if (!session.platformAdmin && memberships.length === 0) return null;
    const actor = { userId: session.userId, platformAdmin: session.platformAdmin, memberships };
    return { session, actor, ability: defineAbilityFor(actor) } satisfies Authenticated;
  });
  if (auth) services.sessions.set(cacheKey, auth);
  return auth;
}

export async function login(
  services: AppServices,
  input: { email: string; password: string },
  meta: { ip?: string | undefined; userAgent?: string | undefined },
): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  if (!email || email.length > 254 || input.password.length > 200) throw invalidCredentials();
  // The attempt is reserved (and counted) before the password is checked, in its own short
  // transaction: a burst of concurrent guesses cannot get more than five checks past the lock.
  const { attempt, user } = await withSystem(services.database, 'auth', async (tx) => ({
    attempt: await store.reserveAttempt(tx, email),
    user: await store.findUserByEmail(tx, email),
  }));
  if (!attempt.allowed) {
    const seconds = (attempt.lockedUntil.getTime() - Date.now()) / 1000;
    throw tooManyRequests(seconds, '登录失败次数过多，账户已锁定 15 分钟', {
      lockedUntil: attempt.lockedUntil.toISOString(),
    });
  }

  // Slow hashing happens outside any transaction (PGlite has a single connection).
  const ok = await verifyPassword(user?.passwordHash, input.password);
  const signedIn = await withSystem(services.database, 'auth', async (tx) => {
    const companyId = ok && user ? await defaultCompanyOf(tx, user.id) : undefined;
    if (ok && user && !companyId && !user.platformAdmin && (await onlySuspendedCompanies(tx, user.id)))
      throw companySuspended();
    // A failed attempt was counted when it was reserved.
    if (!ok || !user || (!companyId && !user.platformAdmin)) return null;
    await store.clearFailures(tx, email);
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    return startSession(services, tx, user.id, companyId ?? null, meta);
  });
  if (!signedIn) throw invalidCredentials();
  return signedIn;
}

export async function startSession(
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
