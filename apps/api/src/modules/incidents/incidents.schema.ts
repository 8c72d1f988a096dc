import type { IncidentKind } from '@anju/domain';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from '../../db/columns.js';
import { estates } from '../estates/estates.schema.js';

/**
 * An incident of an estate: 火警, 火灾 (management-caused or not), 治安案件 (management-caused or
 * not), 重大刑事案件, 违章 (handled or not, and when). Counted into the incident indicators of
 * the month it occurred in.
 */
export const incidents = pgTable(
  'incidents',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    kind: text('kind').$type<IncidentKind>().notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    description: text('description').notNull(),
    managementCaused: boolean('management_caused').notNull().default(false),
    handling: text('handling'),
    handled: boolean('handled').notNull().default(false),
    handledOn: date('handled_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('incidents_estate_date_idx').on(t.companyId, t.estateId, t.occurredOn),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
  ],
);
export type IncidentRow = typeof incidents.$inferSelect;
