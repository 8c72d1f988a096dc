import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import type { Invalidation } from '../auth/session-cache.js';

/** Events and their payloads; every payload is plain JSON so it can cross instances via Redis. */
export type Events = {
  ESTATE_CHANGED: [companyId: string, payload: EstateChangedPayload];
  AUTH_INVALIDATE: [payload: Invalidation];
  FIGURES_CHANGED: [companyId: string, payload: { estateId: string; month: string; state: string }];
  INDICATOR_ALERT: [companyId: string, payload: IndicatorAlertPayload];
  /** A company's data changed: cached answers built from it are stale (see DataVersions). */
  DATA_CHANGED: [payload: { companyId: string; origin: string }];
};

export interface IndicatorAlertPayload {
  estateId: string;
  estateName: string;
  indicatorCode: string;
  indicatorName: string;
  month: string;
  value: number | null;
  target: { op: string; value: number; label: string };
}

export interface EstateChangedPayload {
  kind: 'CREATED' | 'UPDATED' | 'ARCHIVED';
  estate: Record<string, unknown>;
}

export type AppPubSub = ReturnType<typeof createPubSub<Events>>;

export interface PubSubHandle {
  pubsub: AppPubSub;
  close(): Promise<void>;
}

/** In-process by default; with REDIS_URL, events reach subscribers on every API instance. */
export function createAppPubSub(redisUrl?: string): PubSubHandle {
  if (!redisUrl) return { pubsub: createPubSub<Events>(), close: async () => {} };
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubsub: createPubSub<Events>({ eventTarget }),
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
