import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** The tenant itself. Its RLS policy matches `id` (not `company_id`) against the current company. */
export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** Set by the platform admin: nobody of the company signs in or keeps a session meanwhile. */
    suspendedAt: timestamp('suspended_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('companies_slug_key').on(t.slug)],
);
export type CompanyRow = typeof companies.$inferSelect;
