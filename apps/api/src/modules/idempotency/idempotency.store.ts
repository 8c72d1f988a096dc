import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { badInput } from '../../lib/errors.js';
import { idempotencyKeys } from './idempotency.schema.js';

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * Runs a write at most once per (company, user, key). The key is claimed first with
 * `on conflict do nothing`: a concurrent retry blocks on the claim until the first transaction
 * ends, then reads its result instead of writing twice.
 */
export async function onceWithKey<T>(
  tx: Tx,
  scope: { companyId: string; userId: string; operation: string },
  key: string | null | undefined,
  run: () => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  if (key == null) return { result: await run(), replayed: false };
  if (!KEY.test(key)) {
    throw badInput([{ path: ['idempotencyKey'], reason: 'INVALID', message: '幂等键格式无效' }]);
  }
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({
      companyId: scope.companyId,
      userId: scope.userId,
      key,
      operation: scope.operation,
      result: sql`'null'::jsonb`,
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed.length === 0) {
    const [prior] = await tx
      .select({ operation: idempotencyKeys.operation, result: idempotencyKeys.result })
      .from(idempotencyKeys)
      .where(
        and(
          eq(idempotencyKeys.companyId, scope.companyId),
          eq(idempotencyKeys.userId, scope.userId),
          eq(idempotencyKeys.key, key),
        ),
      );
    if (!prior || prior.operation !== scope.operation) {
      throw badInput([{ path: ['idempotencyKey'], reason: 'REUSED', message: '幂等键已用于其他操作' }]);
    }
    return { result: prior.result as T, replayed: true };
  }
  const result = await run();
  await tx
    .update(idempotencyKeys)
    .set({ result: result as never })
    .where(
      and(
        eq(idempotencyKeys.companyId, scope.companyId),
        eq(idempotencyKeys.userId, scope.userId),
        eq(idempotencyKeys.key, key),
      ),
    );
  return { result, replayed: false };
}
