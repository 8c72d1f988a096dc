import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from '../../db/columns.js';
import { estates } from '../estates/estates.schema.js';

/**
 * An estate's fee collection (物业费收缴) of one month: the amount receivable and the amount
 * collected, in fen (whole numbers: never floating point). One row per estate and month, edited
 * under optimistic locking (`version`).
 */
export const feeCollections = pgTable(
  'fee_collections',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    month: text('month').notNull(),
    receivableFen: bigint('receivable_fen', { mode: 'number' }).notNull(),
    collectedFen: bigint('collected_fen', { mode: 'number' }).notNull(),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('fee_collections_month_key').on(t.companyId, t.estateId, t.month),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
    check('fee_collections_amounts', sql`${t.receivableFen} >= 0 and ${t.collectedFen} >= 0`),
  ],
);
export type FeeCollectionRow = typeof feeCollections.$inferSelect;
