import type { EstateStatus, EstateType } from '@anju/domain';
import {
  date,
  doublePrecision,
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
import { tenantColumns, timestamps } from '../../db/columns.js';
import { companies } from '../companies/companies.schema.js';
import { regions } from '../regions/regions.schema.js';

export const estates = pgTable(
  'estates',
  {
    ...tenantColumns(),
    regionId: uuid('region_id'),
    name: text('name').notNull(),
    code: text('code').notNull(),
    address: text('address'),
    type: text('type').$type<EstateType>().notNull(),
    /** 建筑面积, m². */
    grossFloorArea: doublePrecision('gross_floor_area'),
    households: integer('households').notNull().default(0),
    buildings: integer('buildings').notNull().default(0),
    contractStart: date('contract_start', { mode: 'string' }),
    contractEnd: date('contract_end', { mode: 'string' }),
    /** 物业费, 元/m²/月. */
    feeRate: doublePrecision('fee_rate'),
    status: text('status').$type<EstateStatus>().notNull().default('MANAGED'),
    version: integer('version').notNull().default(1),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('estates_company_code_key').on(t.companyId, t.code),
    index('estates_company_name_idx').on(t.companyId, t.name, t.id),
    index('estates_company_region_idx').on(t.companyId, t.regionId),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
    // Composite: an estate can only point at a region of its own company.
    foreignKey({ columns: [t.companyId, t.regionId], foreignColumns: [regions.companyId, regions.id] }),
  ],
);
export type EstateRow = typeof estates.$inferSelect;
