import { createHmac, hash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: what the client holds. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database holds: an HMAC of the token with the server secret, so neither a stolen
 * sessions table nor a stolen token list alone lets anyone in.
 */
export function hashToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

/**
 * The key of a token in this process's caches (signed-in sessions, refusals): its SHA-256, so no
 * cache holds tokens themselves. A one-shot hash: every signed-in request computes it, and the
 * HMAC above (a new keyed object each time) cost ≈ 40 µs of a saveAuditItem's CPU under load
 * (`./scripts/bench/run --suite=audits --cpu-prof`); it is computed only when the cache misses.
 */
export function tokenCacheKey(token: string): string {
  return hash('sha256', token, 'base64url');
}

export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/i.exec(header.trim());
  return match?.[1];
}
