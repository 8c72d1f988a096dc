import type { NotificationKind } from '@anju/domain';
import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../db/columns.js';
import { companies } from '../companies/companies.schema.js';
import { users } from '../users/users.schema.js';

/**
 * A message to one user of the company (a reminder, an overdue rectification). Only its recipient
 * reads it and marks it read. `kind` and `params` say what it is about, so the web words it in the
 * reader's language; `title` and `body` are the Chinese default text.
 */
export const notifications = pgTable(
  'notifications',
  {
    ...tenantColumns(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').$type<NotificationKind>().notNull(),
    /** What the text names (estate name, month …), as strings: the web interpolates them. */
    params: jsonb('params').$type<Record<string, string>>().notNull().default({}),
    title: text('title').notNull(),
    body: text('body'),
    /** A path of the web app where the matter is handled, e.g. `/figures?estate=…&month=…`. */
    link: text('link'),
    /**
     * Sent once per recipient and key (e.g. `figures-reminder:<estate>:<month>`): a rerun of the
     * job, or a second instance running it at the same moment, inserts nothing (unique index).
     */
    onceKey: text('once_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('notifications_once_key').on(t.companyId, t.userId, t.onceKey),
    // The recipient's list, newest first, and their unread count.
    index('notifications_recipient_idx').on(t.companyId, t.userId, t.createdAt.desc(), t.id.desc()),
    index('notifications_unread_idx').on(t.companyId, t.userId).where(sql`read_at is null`),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
  ],
);
export type NotificationRow = typeof notifications.$inferSelect;
