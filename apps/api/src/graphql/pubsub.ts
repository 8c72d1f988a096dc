import { setMaxListeners } from 'node:events';
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
  /** A notification for one user: the routing key is the recipient's id (one topic per user). */
  NOTIFICATION_ADDED: [userId: string, payload: NotificationPayload];
  /** An audit was planned, started, answered, submitted, rescored, closed or fell overdue. */
  AUDIT_CHANGED: [companyId: string, payload: AuditChangedPayload];
  /** A finding's rectification (or its appeal) changed: raised, assigned, submitted, verified … */
  RECTIFICATION_CHANGED: [companyId: string, payload: RectificationChangedPayload];
  /** A work order was reported, dispatched, reached, completed, called back, closed or breached. */
  WORK_ORDER_CHANGED: [companyId: string, payload: WorkOrderChangedPayload];
  COMPLAINT_CHANGED: [companyId: string, payload: ComplaintChangedPayload];
  /** A company's data changed: cached answers built from it are stale (see DataVersions). */
  DATA_CHANGED: [payload: { companyId: string; origin: string; structure?: boolean; months?: string[] }];
};

/**
 * What changed about an audit, with the fields its read rule names (estate, kind, status as of the
 * event), so every subscriber's ability is checked against the audit as it is now: a planned spot
 * check's events never reach an estate role.
 */
export interface AuditChangedPayload {
  auditId: string;
  estateId: string;
  kind: string;
  status: string;
  campaignId: string | null;
  event: 'PLANNED' | 'STARTED' | 'ITEM_SAVED' | 'SUBMITTED' | 'RESCORED' | 'CLOSED' | 'OVERDUE' | 'CANCELLED';
  /** The item answered (ITEM_SAVED). */
  itemKey?: string | null;
  actorUserId?: string | null;
}

/** What changed about a rectification, with the fields its read and update rules name. */
export interface RectificationChangedPayload {
  rectificationId: string;
  findingId: string;
  auditId: string;
  estateId: string;
  auditKind: string;
  status: string;
  assigneeUserId: string | null;
  overdue: boolean;
  event:
    | 'RAISED'
    | 'ASSIGNED'
    | 'UPDATED'
    | 'SUBMITTED'
    | 'VERIFIED'
    | 'REOPENED'
    | 'OVERDUE'
    | 'APPEALED'
    | 'APPEAL_DECIDED'
    | 'CANCELLED';
  actorUserId?: string | null;
}

/**
 * What changed about a work order, with the fields its read rules name (estate, assignee, who
 * logged it, department), so every subscriber's ability is checked against the order as it is now.
 */
export interface WorkOrderChangedPayload {
  workOrderId: string;
  estateId: string;
  status: string;
  assigneeUserId: string | null;
  createdBy: string | null;
  departmentId: string | null;
  breached: boolean;
  event: 'CREATED' | 'DISPATCHED' | 'ARRIVED' | 'COMPLETED' | 'CALLED_BACK' | 'CLOSED' | 'BREACHED';
  /** The steps the job found past their deadline (BREACHED). */
  steps?: string[];
  actorUserId?: string | null;
}

/** What changed about a complaint, with the fields its read rule names (as of the event). */
export interface ComplaintChangedPayload {
  complaintId: string;
  estateId: string;
  receiverUserId: string | null;
  departmentId: string | null;
  event: 'CREATED' | 'RULED' | 'POSTPONED' | 'RESOLVED';
  actorUserId: string | null;
}

export interface IndicatorAlertPayload {
  estateId: string;
  estateName: string;
  indicatorCode: string;
  indicatorName: string;
  month: string;
  value: number | null;
  target: { op: string; value: number; label: string };
}

/** A new notification as it crosses instances: the stored row, dates as ISO text. */
export interface NotificationPayload {
  id: string;
  companyId: string;
  userId: string;
  kind: string;
  params: Record<string, string>;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: string;
}

export interface EstateChangedPayload {
  kind: 'CREATED' | 'UPDATED' | 'ARCHIVED';
  estate: Record<string, unknown>;
}

export type AppPubSub = ReturnType<typeof createPubSub<Events>> & {
  /** Listeners as the server registers them: what a test awaits before it publishes. */
  registrations: Registrations;
};

export interface PubSubHandle {
  pubsub: AppPubSub;
  close(): Promise<void>;
}

type Target = Pick<EventTarget, 'addEventListener' | 'dispatchEvent' | 'removeEventListener'>;

/**
 * Counts the listeners registered on the event bus, per topic (`ESTATE_CHANGED:<companyId>`), once
 * they are really listening: at once in process, after Redis confirmed the SUBSCRIBE otherwise.
 * graphql-ws sends no acknowledgement of a subscription, so this is how a test knows that an event
 * published from now on reaches the subscriber (and that silence means it was filtered out).
 */
export class Registrations {
  private readonly added = new Map<string, number>();
  private readonly waiters = new Set<() => void>();

  /** Listeners ever registered on `topic` (removals do not count down: a mark stays valid). */
  count(topic: string): number {
    return this.added.get(topic) ?? 0;
  }

  /** Resolves once `topic` has had at least `count` listeners registered. */
  until(topic: string, count: number, timeoutMs = 10_000): Promise<void> {
    if (this.count(topic) >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.count(topic) < count) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(
          new Error(`${topic}: ${this.count(topic)} of ${count} listeners registered in ${timeoutMs} ms`),
        );
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  registered(topic: string) {
    this.added.set(topic, this.count(topic) + 1);
    for (const check of [...this.waiters]) check();
  }

  /** Wraps an event target so that each listener added is counted once it listens. */
  observe(target: Target, confirm: (topic: string) => Promise<unknown> = async () => {}): Target {
    return {
      addEventListener: (topic, listener, options) => {
        target.addEventListener(topic, listener, options);
        void confirm(topic).then(() => this.registered(topic));
      },
      removeEventListener: (topic, listener, options) => target.removeEventListener(topic, listener, options),
      dispatchEvent: (event) => target.dispatchEvent(event),
    };
  }
}

/** In-process by default; with REDIS_URL, events reach subscribers on every API instance. */
export function createAppPubSub(redisUrl?: string): PubSubHandle {
  const registrations = new Registrations();
  if (!redisUrl) {
    const target = new EventTarget();
    // One listener per subscriber of a company: many are normal, not a leak.
    setMaxListeners(0, target);
    const eventTarget = registrations.observe(target);
    return {
      pubsub: Object.assign(createPubSub<Events>({ eventTarget }), { registrations }),
      close: async () => {},
    };
  }
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  // The event target subscribes a topic's channel when its first listener arrives; asking again
  // is harmless to Redis and its reply (in order on this connection) confirms the channel is live.
  const eventTarget = registrations.observe(
    createRedisEventTarget({ publishClient, subscribeClient }),
    (topic) => subscribeClient.subscribe(topic),
  );
  return {
    pubsub: Object.assign(createPubSub<Events>({ eventTarget }), { registrations }),
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
