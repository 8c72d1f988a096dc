/** The idempotency module's public surface: run a write once per key. */
export { idempotencyKeys } from './idempotency.schema.js';
export { onceWithKey } from './idempotency.store.js';
