/**
 * The idempotency module's public surface: run a write once per key, or claim the key and store
 * the write's result as two steps.
 */
export { idempotencyKeys } from './idempotency.schema.js';
export {
  assertKeyFormat,
  type Claim,
  claimKey,
  findKey,
  onceWithKey,
  payloadHash,
  replayOf,
  type StoredKey,
} from './idempotency.store.js';
