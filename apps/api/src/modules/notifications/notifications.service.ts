/**
 * Notifications: what other modules send (`notify` inside their transaction, then `announce`
 * once it committed), and what the recipient does with them (list, mark read).
 */
import type { NotificationKind } from '@anju/domain';
import { accessibleWhere, assertCan } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import type { AppPubSub, NotificationPayload } from '../../graphql/pubsub.js';
import { badInput, forbidden, notFound } from '../../lib/errors.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import type { NotificationRow } from './notifications.schema.js';
import * as store from './notifications.store.js';
import type { Notification } from './notifications.types.js';

/** One notification to send. */
export interface NewNotification {
  /** The recipient: a user of the company. */
  userId: string;
  kind: NotificationKind;
  /** The values the text names, for clients that word it in another language. */
  params?: Record<string, string>;
  /** The Chinese default text. */
  title: string;
  body?: string | null;
  /** Where in the web app the matter is handled. */
  link?: string | null;
  /**
   * Sent at most once per recipient and key, however often the sender runs (job reruns, two
   * instances): e.g. `figures-reminder:<estateId>:<month>`. Absent: always sent.
   */
  onceKey?: string | null;
}

/**
 * Writes notifications of `companyId` in the caller's transaction (a request's or a job's
 * `job.tenant`), at `at` (the injected clock). Answers those actually written (a notification
 * whose once-key its recipient already has is skipped): pass them to `announce` after the
 * transaction committed, so nobody hears of a notification that was rolled back.
 */
export function notify(
  tx: Tx,
  companyId: string,
  items: readonly NewNotification[],
  at: Date,
): Promise<NotificationRow[]> {
  return store.insertNotifications(
    tx,
    companyId,
    items.map((n) => ({
      userId: n.userId,
      kind: n.kind,
      params: n.params ?? {},
      title: n.title,
      body: n.body ?? null,
      link: n.link ?? null,
      onceKey: n.onceKey ?? null,
      createdAt: at,
    })),
  );
}

/** Delivers committed notifications to their recipients' live subscriptions (every instance). */
export function announce(pubsub: AppPubSub, rows: readonly NotificationRow[]): void {
  for (const row of rows) {
    const payload: NotificationPayload = {
      id: row.id,
      companyId: row.companyId,
      userId: row.userId,
      kind: row.kind,
      params: row.params,
      title: row.title,
      body: row.body,
      link: row.link,
      createdAt: row.createdAt.toISOString(),
    };
    pubsub.publish('NOTIFICATION_ADDED', row.userId, payload);
  }
}

export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    companyId: row.companyId,
    userId: row.userId,
    kind: row.kind,
    params: Object.entries(row.params).map(([name, value]) => ({ name, value })),
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}

export function fromPayload(payload: NotificationPayload): Notification {
  return toNotification({
    ...payload,
    kind: payload.kind as NotificationKind,
    onceKey: null,
    createdAt: new Date(payload.createdAt),
    readAt: null,
  });
}

/** The caller's own notifications, newest first. */
export function myNotifications(
  ctx: Context,
  args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
): Promise<Page<Notification>> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!caller.ability.can('read', 'Notification')) throw forbidden();
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after, 2) as [string, string] | undefined;
    // A cursor is opaque: one that decodes to something else than (instant, id) is bad input, not SQL.
    if (after && (Number.isNaN(Date.parse(String(after[0]))) || !isUuid(after[1])))
      throw badInput([{ path: ['after'], reason: 'INVALID', message: '分页游标无效' }]);
    const { rows, total } = await store.listNotifications(
      tx,
      caller.companyId,
      accessibleWhere(caller.ability, 'read', 'Notification', store.notificationColumns),
      {
        limit,
        after,
        unreadOnly: args.unreadOnly ?? false,
      },
    );
    return toPage(rows.map(toNotification), limit, (n) => [n.createdAt.toISOString(), n.id], total);
  });
}

/** Marks one of the caller's notifications read; anyone else's is NOT_FOUND. */
export function markNotificationRead(ctx: Context, id: string): Promise<Notification> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await store.findNotification(tx, caller.companyId, id);
    if (!before) throw notFound('通知');
    // Another user's notification is not the caller's to see: NOT_FOUND (assertCan), never FORBIDDEN.
    assertCan(caller.ability, 'update', 'Notification', before, '通知');
    if (before.readAt) return toNotification(before);
    const after = await store.markRead(tx, caller.companyId, id, ctx.services.clock());
    await changeLog('notification.read', 'Notification', id, before, after);
    return toNotification(after);
  });
}
