import { sql } from 'drizzle-orm';
import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Columns every tenant table starts with: the company first, so keys and indexes lead with it. */
export const tenantColumns = () => ({
  companyId: uuid('company_id').notNull(),
  id: uuid('id').notNull().default(sql`gen_random_uuid()`),
});

export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
