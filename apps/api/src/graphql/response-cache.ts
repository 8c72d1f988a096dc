import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from './context.js';
import type { AppPubSub } from './pubsub.js';

/**
 * A number per company that moves whenever data that cached answers are built from changes
 * (figures, targets, indicators, estates, regions). It is part of every cache key, so a change
 * makes the company's cached answers unreachable at once; the LRU drops them later.
 *
 * `changed()` moves this instance's number before the mutation answers (so the writer reads its
 * own write) and tells the other instances through the pub/sub (Redis when configured).
 */
export class DataVersions {
  private readonly versions = new Map<string, number>();
  private readonly origin = randomUUID();

  constructor(private readonly pubsub: AppPubSub) {}

  get(companyId: string): number {
    return this.versions.get(companyId) ?? 0;
  }

  /** Call after the transaction that changed the company's data has committed. */
  changed(companyId: string): void {
    this.bump(companyId);
    this.pubsub.publish('DATA_CHANGED', { companyId, origin: this.origin });
  }

  /** Applies other instances' changes until the pub/sub closes. */
  async follow(): Promise<void> {
    for await (const { companyId, origin } of this.pubsub.subscribe('DATA_CHANGED')) {
      if (origin !== this.origin) this.bump(companyId);
    }
  }

  private bump(companyId: string) {
    this.versions.set(companyId, this.get(companyId) + 1);
  }
}

/** Root fields whose answers may be cached (they declare `@cacheControl` in the schema). */
const CACHEABLE_ROOT_FIELDS = new Set([
  'comparisonMatrix',
  'missedCommitments',
  'indicatorTrend',
  'estateScorecard',
]);

function onlyCacheableFields(operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(s.name.value),
  );
}

/**
 * What decides which rows a caller sees: company, memberships (role and scope) and platform
 * rights. Callers with the same key get the same answers, so they share cache entries; a
 * region-scoped viewer never shares with a company-wide one.
 */
export function visibilityKey(ctx: Context): string | null {
  const auth = ctx.auth;
  const companyId = auth?.session.companyId;
  if (!auth || !companyId) return null;
  const memberships = auth.actor.memberships
    .map((m) => JSON.stringify([m.role, m.companyId, m.scope]))
    .sort()
    .join('|');
  return `${companyId}|${auth.actor.platformAdmin ? 'P' : '-'}|${memberships}`;
}

/**
 * Whole answers of the comparison queries, per visibility key and company data version, in this
 * instance's memory (Apollo's response cache). A hit skips execution: the heat map of 500 estates
 * is served in a few milliseconds instead of being recomputed for every viewer.
 *
 * Every other operation is marked uncacheable before execution, which keeps Apollo's cache-control
 * bookkeeping to its cheap path for them.
 */
export function responseCachePlugins(versions: DataVersions, maxBytes = 64 * 1024 * 1024) {
  const cache = new InMemoryLRUCache<string>({ maxSize: maxBytes });
  const markUncacheable: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, overallCachePolicy }) {
          if (!onlyCacheableFields(operation)) overallCachePolicy.restrict({ maxAge: 0 });
        },
      };
    },
  };
  return [
    markUncacheable,
    ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
    responseCachePlugin<Context>({
      cache,
      sessionId: async ({ contextValue }) => visibilityKey(contextValue),
      extraCacheKeyData: async ({ contextValue }) => {
        const companyId = contextValue.auth?.session.companyId;
        return companyId ? versions.get(companyId) : null;
      },
      // Only signed-in company users, and only what they may cache (see markUncacheable).
      shouldReadFromCache: async ({ contextValue, operation }) =>
        visibilityKey(contextValue) != null && onlyCacheableFields(operation ?? undefined),
      shouldWriteToCache: async ({ contextValue, operation }) =>
        visibilityKey(contextValue) != null && onlyCacheableFields(operation ?? undefined),
    }),
  ];
}
