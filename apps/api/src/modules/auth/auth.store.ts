import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '../../db/client.js';
import { users } from '../users/index.js';
import { loginThrottle, sessions } from './auth.schema.js';

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_WINDOW_MS = 15 * 60_000;

export type Attempt = { allowed: true } | { allowed: false; lockedUntil: Date };

/**
 * Reserves one password check for this email before the password is verified: 15 minutes after
 * the first failure at most LOCK_AFTER_FAILURES attempts are let through, and the last of them
 * locks the email for 15 minutes. The row is locked while deciding, so a burst of concurrent
 * attempts is counted one by one: however many arrive together, at most five are ever checked.
 * Every reserved attempt counts as a failure until a successful sign-in clears the count.
 * Runs in its own short transaction: never verify a password (argon2) inside it.
 */
export async function reserveAttempt(tx: Tx, email: string): Promise<Attempt> {
  const windowMs = `${LOCK_WINDOW_MS} milliseconds`;
  await tx.execute(sql`
    insert into login_throttle (email, failures, window_started_at)
    values (${email}, 0, now())
    on conflict (email) do nothing`);
  const [prior] = rowsOf<{
    failures: number;
    locked_until: Date | string | null;
    locked: boolean;
    fresh: boolean;
  }>(
    await tx.execute(sql`
      select failures, locked_until,
             coalesce(locked_until > now(), false) as locked,
             (locked_until is null and window_started_at < now() - ${windowMs}::interval)
               or locked_until <= now() as fresh
      from login_throttle where email = ${email} for update`),
  );
  if (!prior) throw new Error('login_throttle row missing after insert');
  if (prior.locked) return { allowed: false, lockedUntil: new Date(prior.locked_until!) };
  const failures = prior.fresh ? 1 : prior.failures + 1;
  await tx.execute(sql`
    update login_throttle set
      failures = ${failures},
      window_started_at = case when ${prior.fresh} then now() else window_started_at end,
      locked_until = case when ${failures >= LOCK_AFTER_FAILURES} then now() + ${windowMs}::interval end
    where email = ${email}`);
  return { allowed: true };
}

export async function clearFailures(tx: Tx, email: string): Promise<void> {
  await tx.delete(loginThrottle).where(eq(loginThrottle.email, email));
}

export async function findUserByEmail(tx: Tx, email: string) {
  const [row] = await tx.select().from(users).where(eq(users.email, email));
  return row;
}

export async function findUserByInvitation(tx: Tx, tokenHash: string) {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.invitationTokenHash, tokenHash), gt(users.invitationExpiresAt, new Date())));
  return row;
}

export async function insertSession(
  tx: Tx,
  values: {
    tokenHash: string;
    userId: string;
    companyId: string | null;
    expiresAt: Date;
    userAgent?: string | undefined;
    ip?: string | undefined;
  },
): Promise<string> {
  const [row] = await tx
    .insert(sessions)
    .values({ ...values, userAgent: values.userAgent?.slice(0, 300) ?? null, ip: values.ip ?? null })
    .returning({ id: sessions.id });
  return row!.id;
}

export async function revokeSession(tx: Tx, sessionId: string): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

export async function revokeUserSessions(tx: Tx, userId: string, companyId: string): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), eq(sessions.companyId, companyId), isNull(sessions.revokedAt)));
}
