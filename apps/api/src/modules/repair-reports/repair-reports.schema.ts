import {
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../db/columns.js';
import { estates } from '../estates/estates.schema.js';
import { workOrders } from '../work-orders/work-orders.schema.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * An estate's public repair link (扫码报修): the token in its QR code poster. One per estate; the
 * manager rotates it (a new token, the old one stops working at once) when a poster went astray.
 * The token is unguessable (24 random bytes), so the company's estates cannot be enumerated. It
 * is stored as is: managers print it, and the poster shows it publicly anyway.
 */
export const estateRepairLinks = pgTable(
  'estate_repair_links',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    token: text('token').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull(),
    createdBy: uuid('created_by'),
    rotatedAt: at('rotated_at'),
    rotatedBy: uuid('rotated_by'),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('estate_repair_links_estate_key').on(t.companyId, t.estateId),
    // The public page looks the token up before any company is known (withSystem, one row).
    uniqueIndex('estate_repair_links_token_key').on(t.token),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
  ],
);
export type EstateRepairLinkRow = typeof estateRepairLinks.$inferSelect;

/**
 * A resident's report through the public page: the work order it became, the tracking link's
 * token (only its SHA-256 is kept; the resident holds the token), and the resident's rating of the
 * finished repair (1–5 and a comment, once).
 */
export const repairReports = pgTable(
  'repair_reports',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    workOrderId: uuid('work_order_id').notNull(),
    trackingTokenHash: text('tracking_token_hash').notNull(),
    rating: integer('rating'),
    ratingComment: text('rating_comment'),
    ratedAt: at('rated_at'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('repair_reports_work_order_key').on(t.companyId, t.workOrderId),
    uniqueIndex('repair_reports_tracking_key').on(t.trackingTokenHash),
    index('repair_reports_estate_idx').on(t.companyId, t.estateId, t.createdAt),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
    foreignKey({
      columns: [t.companyId, t.workOrderId],
      foreignColumns: [workOrders.companyId, workOrders.id],
    }),
  ],
);
export type RepairReportRow = typeof repairReports.$inferSelect;
