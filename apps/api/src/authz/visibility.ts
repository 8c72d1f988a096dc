import type { Authenticated } from '../auth/session-cache.js';

/**
 * What decides which rows a caller sees: company, memberships (role and scope) and platform
 * rights. Callers with the same key get the same answers, so they share cache entries; a
 * region-scoped viewer never shares with a company-wide one.
 */
export function visibilityKey(auth: Authenticated | null): string | null {
  const companyId = auth?.session.companyId;
  if (!auth || !companyId) return null;
  const memberships = auth.actor.memberships
    .map((m) => JSON.stringify([m.role, m.companyId, m.scope]))
    .sort()
    .join('|');
  return `${companyId}|${auth.actor.platformAdmin ? 'P' : '-'}|${memberships}`;
}
