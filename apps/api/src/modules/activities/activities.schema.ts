import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
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

/** A community cultural activity (社区文化活动): when, what, how many took part. */
export const communityActivities = pgTable(
  'community_activities',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    attendance: integer('attendance').notNull(),
    place: text('place'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('community_activities_estate_date_idx').on(t.companyId, t.estateId, t.heldOn),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
    check('community_activities_attendance', sql`${t.attendance} >= 0`),
  ],
);
export type CommunityActivityRow = typeof communityActivities.$inferSelect;

/**
 * A priced service on an estate's special-services menu (特约服务, 菜单式服务), on offer from
 * `activeFrom` through `activeUntil` (open: still offered): the count on a month's last day is the
 * special_services figure. A service withdrawn and offered again is a new row.
 */
export const specialServices = pgTable(
  'special_services',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    name: text('name').notNull(),
    priceFen: bigint('price_fen', { mode: 'number' }).notNull(),
    unit: text('unit').notNull(),
    description: text('description'),
    activeFrom: date('active_from', { mode: 'string' }).notNull(),
    activeUntil: date('active_until', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('special_services_estate_idx').on(t.companyId, t.estateId, t.activeFrom),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
    check(
      'special_services_dates',
      sql`${t.priceFen} >= 0 and (${t.activeUntil} is null or ${t.activeUntil} >= ${t.activeFrom})`,
    ),
  ],
);
export type SpecialServiceRow = typeof specialServices.$inferSelect;
