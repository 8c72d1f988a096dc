import type { Actor, AppAbility } from '@anju/domain';
import { LRUCache } from 'lru-cache';
import type { SessionUser } from './actor.store.js';

export interface Authenticated {
  session: SessionUser;
  actor: Actor;
  ability: AppAbility;
}

export interface Invalidation {
  sessionId?: string;
  userId?: string;
  companyId?: string;
}

/**
 * Authenticated sessions by token (`tokenCacheKey`), for a few seconds: most requests then need no sign-in
 * lookup at all. Logout, deactivation and membership or scope changes publish an invalidation that
 * every API instance applies (through Redis when configured), so revocation is immediate.
 */
export class SessionCache {
  private readonly cache: LRUCache<string, Authenticated>;

  constructor(ttlMs = 30_000, max = 10_000) {
    this.cache = new LRUCache({ max, ttl: ttlMs });
  }

  get(key: string): Authenticated | undefined {
    const hit = this.cache.get(key);
    if (hit && hit.session.expiresAt.getTime() <= Date.now()) {
      this.cache.delete(key);
      return undefined;
    }
    return hit;
  }

  set(key: string, value: Authenticated): void {
    this.cache.set(key, value);
  }

  invalidate(what: Invalidation): void {
    for (const [key, value] of this.cache.entries()) {
      const s = value.session;
      if (
        (what.sessionId && s.sessionId === what.sessionId) ||
        (what.userId && s.userId === what.userId) ||
        (what.companyId && s.companyId === what.companyId)
      ) {
        this.cache.delete(key);
      }
    }
  }

  clear(): void {
    this.cache.clear();
  }
}
