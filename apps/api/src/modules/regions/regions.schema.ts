import { foreignKey, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from '../../db/columns.js';
import { companies } from '../companies/companies.schema.js';

export const regions = pgTable(
  'regions',
  {
    ...tenantColumns(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    version: integer('version').notNull().default(1),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('regions_company_code_key').on(t.companyId, t.code),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
  ],
);
export type RegionRow = typeof regions.$inferSelect;
