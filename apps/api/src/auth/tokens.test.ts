/**
 * Tokens: what the client holds, what the database keeps (an HMAC with the server secret) and what
 * the process's caches are keyed by (a SHA-256): never the token itself.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bearerToken, hashToken, newToken, tokenCacheKey } from './tokens.js';

describe('tokens', () => {
  it('keys caches by the SHA-256 of the token, stable and distinct per token', () => {
    const token = newToken();
    const key = tokenCacheKey(token);
    expect(key).toBe(createHash('sha256').update(token).digest('base64url'));
    expect(key).not.toContain(token);
    expect(tokenCacheKey(token)).toBe(key);
    expect(tokenCacheKey(newToken())).not.toBe(key);
    // Not what the database holds: a cache key alone finds no session.
    expect(hashToken(token, 'a-secret-of-the-server-0123456789')).not.toBe(key);
  });

  it('reads a bearer token only in its own format', () => {
    const token = newToken();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer  ${token} `)).toBe(token);
    expect(bearerToken(`Basic ${token}`)).toBeUndefined();
    expect(bearerToken('Bearer short')).toBeUndefined();
    expect(bearerToken(`Bearer ${token}\u0000`)).toBeUndefined();
    expect(bearerToken(['Bearer', token])).toBeUndefined();
  });
});
