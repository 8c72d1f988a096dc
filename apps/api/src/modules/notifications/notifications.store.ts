import { and, count, desc, eq, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { type NotificationRow, notifications } from './notifications.schema.js';

/** The fields the CASL rules of Notification name, for `accessibleWhere`. */
export const notificationColumns = {
  companyId: notifications.companyId,
  id: notifications.id,
  userId: notifications.userId,
};

export type NewNotificationRow = Pick<
  typeof notifications.$inferInsert,
  'userId' | 'kind' | 'params' | 'title' | 'body' | 'link' | 'onceKey' | 'createdAt'
>;

/**
 * Inserts notifications; those whose recipient already has one with the same `onceKey` are
 * skipped (by the unique index, so two writers at once cannot both insert). Answers the rows
 * actually inserted: the ones to announce.
 */
export async function insertNotifications(
  tx: Tx,
  companyId: string,
  rows: readonly NewNotificationRow[],
): Promise<NotificationRow[]> {
  assertCompanyId(companyId);
  if (rows.length === 0) return [];
  return tx
    .insert(notifications)
    .values(rows.map((r) => ({ ...r, companyId })))
    .onConflictDoNothing({
      target: [notifications.companyId, notifications.userId, notifications.onceKey],
    })
    .returning();
}

/**
 * A page of the notifications `access` lets the caller read, newest first (keyset on created_at
 * and id), and how many there are (and how many unread) in all pages.
 */
export async function listNotifications(
  tx: Tx,
  companyId: string,
  access: SQL,
  options: { limit: number; after?: [string, string] | undefined; unreadOnly: boolean },
): Promise<{ rows: NotificationRow[]; total: number }> {
  assertCompanyId(companyId);
  const filter = and(
    eq(notifications.companyId, companyId),
    access,
    options.unreadOnly ? isNull(notifications.readAt) : undefined,
  );
  const after = options.after;
  const rows = await tx
    .select()
    .from(notifications)
    .where(
      and(
        filter,
        after
          ? or(
              lt(notifications.createdAt, new Date(after[0])),
              and(eq(notifications.createdAt, new Date(after[0])), lt(notifications.id, after[1])),
            )
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit + 1);
  const [total] = await tx.select({ n: count() }).from(notifications).where(filter);
  return { rows, total: total?.n ?? 0 };
}

export async function findNotification(
  tx: Tx,
  companyId: string,
  id: string,
): Promise<NotificationRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const [row] = await tx
    .select()
    .from(notifications)
    .where(and(eq(notifications.companyId, companyId), eq(notifications.id, id)));
  return row;
}

/** Marks one notification read; one already read keeps the moment it was first read. */
export async function markRead(tx: Tx, companyId: string, id: string, at: Date): Promise<NotificationRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(eq(notifications.companyId, companyId), eq(notifications.id, id), isNull(notifications.readAt)),
    )
    .returning();
  if (row) return row;
  return (await findNotification(tx, companyId, id))!;
}
