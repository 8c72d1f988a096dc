import { hash as oneShotHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { jsonText, runStatement, type Statement } from '../../db/prepared.js';
import { badInput, conflict } from '../../lib/errors.js';
import { idempotencyKeys } from './idempotency.schema.js';

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

/** JSON with object keys sorted, so equal payloads hash equally whatever their key order. */
function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([k, v]) => v !== undefined && k !== 'idempotencyKey')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** What is stored with a key: the SHA-256 of the payload (the key itself left out). */
export function payloadHash(payload: unknown): string {
  return oneShotHash('sha256', canonical(payload), 'hex');
}

/** A key as it was stored by the write that used it first. */
export interface StoredKey {
  operation: string;
  payloadHash: string | null;
  result: unknown;
}

/** Refuses a key that does not fit the format every client generates. */
export function assertKeyFormat(key: string): void {
  if (!KEY.test(key))
    throw badInput([{ path: ['idempotencyKey'], reason: 'INVALID', message: '幂等键格式无效' }]);
}

/**
 * A retry's answer: the result stored with the key, if the key was used for this operation with
 * this payload. Used for another operation it is REUSED; with another payload, CONFLICT
 * (IDEMPOTENCY_KEY_REUSED), never the first request's result.
 */
export function replayOf<T>(prior: StoredKey | undefined, operation: string, hash: string): T {
  if (!prior || prior.operation !== operation) {
    throw badInput([{ path: ['idempotencyKey'], reason: 'REUSED', message: '幂等键已用于其他操作' }]);
  }
  // Keys stored before payloads were hashed (null) are honoured as they were.
  if (prior.payloadHash !== null && prior.payloadHash !== hash) {
    throw conflict('幂等键已用于内容不同的请求', 'IDEMPOTENCY_KEY_REUSED');
  }
  return prior.result as T;
}

/** A user's key as stored. */
export async function findKey(
  tx: Tx,
  companyId: string,
  userId: string,
  key: string,
): Promise<StoredKey | undefined> {
  const [prior] = await tx
    .select({
      operation: idempotencyKeys.operation,
      payloadHash: idempotencyKeys.payloadHash,
      result: idempotencyKeys.result,
    })
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.companyId, companyId),
        eq(idempotencyKeys.userId, userId),
        eq(idempotencyKeys.key, key),
      ),
    );
  return prior;
}

export interface KeyScope {
  companyId: string;
  userId: string;
  operation: string;
  payload: unknown;
}

/**
 * A key claimed for a write: either the result of the write that claimed it first (a retry), or
 * the right to write, whose result `store` then keeps with the key in the same transaction.
 */
export type Claim<T> = { replayed: true; result: T } | { replayed: false; store(result: T): Promise<void> };

/**
 * Runs a write at most once per (company, user, key). The key is claimed first with
 * `on conflict do nothing`: a concurrent retry blocks on the claim until the first transaction
 * ends, then reads its result instead of writing twice. A retry must carry the same payload: the
 * same key with another payload is a client bug (or a guessed key) and gets CONFLICT
 * (reason IDEMPOTENCY_KEY_REUSED), never the first request's result.
 */
export async function onceWithKey<T>(
  tx: Tx,
  scope: KeyScope,
  key: string | null | undefined,
  run: () => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  const claim = await claimKey<T>(tx, scope, key);
  if (claim.replayed) return claim;
  const result = await run();
  await claim.store(result);
  return { result, replayed: false };
}

const CLAIM: Statement = {
  name: 'idempotency.claim',
  text: `insert into idempotency_keys (company_id, user_id, key, operation, payload_hash, result)
    values ($1, $2, $3, $4, $5, 'null'::jsonb) on conflict do nothing returning key`,
};

const STORE: Statement = {
  name: 'idempotency.result',
  text: `update idempotency_keys set result = $4::jsonb
    where company_id = $1 and user_id = $2 and key = $3`,
};

/**
 * `onceWithKey` in two steps, for a hot path that sends the claim and the result's storing along
 * with its other statements (postgres.js pipelines statements started together on the
 * transaction's connection). The claim must come before the write; the result must be stored
 * before the transaction commits. Both are prepared statements written as SQL text (see
 * db/prepared.ts).
 */
export async function claimKey<T>(
  tx: Tx,
  scope: KeyScope,
  key: string | null | undefined,
): Promise<Claim<T>> {
  if (key == null) return { replayed: false, store: async () => {} };
  assertKeyFormat(key);
  const hash = payloadHash(scope.payload);
  const claimed = await runStatement(tx, CLAIM, [scope.companyId, scope.userId, key, scope.operation, hash]);
  if (claimed.length === 0) {
    const prior = await findKey(tx, scope.companyId, scope.userId, key);
    return { replayed: true, result: replayOf<T>(prior, scope.operation, hash) };
  }
  return {
    replayed: false,
    store: async (result) => {
      await runStatement(tx, STORE, [scope.companyId, scope.userId, key, jsonText(result) ?? 'null']);
    },
  };
}
