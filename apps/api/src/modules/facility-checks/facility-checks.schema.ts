import type { FacilityClass } from '@anju/domain';
import { sql } from 'drizzle-orm';
import {
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

/**
 * A facility check (设施检查) of one class (houses, equipment, street lights … cleaning points):
 * items checked and items found intact (green areas in m²), what was wrong, when and by whom.
 */
export const facilityChecks = pgTable(
  'facility_checks',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    facilityClass: text('facility_class').$type<FacilityClass>().notNull(),
    checkedOn: date('checked_on', { mode: 'string' }).notNull(),
    itemsChecked: integer('items_checked').notNull(),
    itemsIntact: integer('items_intact').notNull(),
    defects: text('defects'),
    checker: text('checker').notNull(),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('facility_checks_estate_date_idx').on(t.companyId, t.estateId, t.checkedOn),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
    check(
      'facility_checks_items',
      sql`${t.itemsChecked} > 0 and ${t.itemsIntact} >= 0 and ${t.itemsIntact} <= ${t.itemsChecked}`,
    ),
  ],
);
export type FacilityCheckRow = typeof facilityChecks.$inferSelect;
