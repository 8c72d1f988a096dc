import { foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../db/columns.js';
import { companies } from '../companies/companies.schema.js';

/**
 * The change trail: who changed what, when, before and after, written in the same transaction as
 * the change. ("Audit" is the quality audit of an estate; this is not that.)
 */
export const changeLog = pgTable(
  'change_log',
  {
    ...tenantColumns(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('change_log_company_subject_idx').on(t.companyId, t.subjectType, t.subjectId),
    index('change_log_company_at_idx').on(t.companyId, t.at),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
  ],
);
