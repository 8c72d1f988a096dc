import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { users } from '../users/index.js';
import { loginThrottle, sessions } from './auth.schema.js';

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_WINDOW_MS = 15 * 60_000;

export async function lockedUntil(tx: Tx, email: string): Promise<Date | null> {
  const [row] = await tx
    .select({ lockedUntil: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(eq(loginThrottle.email, email));
  return row?.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : null;
}

/**
 * Counts a failure in a 15-minute window; the fifth locks the email for 15 minutes. One upsert,
 * so concurrent failures cannot undercount.
 */
export async function recordFailure(tx: Tx, email: string): Promise<void> {
  const windowMs = `${LOCK_WINDOW_MS} milliseconds`;
  await tx.execute(sql`
    insert into login_throttle (email, failures, window_started_at)
    values (${email}, 1, now())
    on conflict (email) do update set
      failures = case when login_throttle.window_started_at < now() - ${windowMs}::interval
                      or login_throttle.locked_until <= now()
                 then 1 else login_throttle.failures + 1 end,
      window_started_at = case when login_throttle.window_started_at < now() - ${windowMs}::interval
                               or login_throttle.locked_until <= now()
                          then now() else login_throttle.window_started_at end,
      locked_until = case when login_throttle.window_started_at >= now() - ${windowMs}::interval
                           and (login_throttle.locked_until is null or login_throttle.locked_until > now())
                           and login_throttle.failures + 1 >= ${LOCK_AFTER_FAILURES}
                      then now() + ${windowMs}::interval else null end`);
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
