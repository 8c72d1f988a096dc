import { createHmac, randomBytes } from 'node:crypto';

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

export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/i.exec(header.trim());
  return match?.[1];
}
