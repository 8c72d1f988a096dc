import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { estates } from '../estates/estates.schema.js';

export type FigureSource = 'COMPUTED' | 'REPORTED';
export type FigureState = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED';

/**
 * One estate's figure for one indicator and month, as revisions: an approved revision is locked;
 * a correction is a new revision with a reason, and the old one stays readable. `effective`
 * marks the approved revision in force — the one comparisons read.
 */
export const monthlyFigures = pgTable(
  'monthly_figures',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    indicatorCode: text('indicator_code').notNull(),
    /** `YYYY-MM`. */
    month: text('month').notNull(),
    revision: integer('revision').notNull().default(1),
    numerator: doublePrecision('numerator').notNull(),
    denominator: doublePrecision('denominator'),
    value: doublePrecision('value'),
    source: text('source').$type<FigureSource>().notNull(),
    state: text('state').$type<FigureState>().notNull().default('DRAFT'),
    effective: boolean('effective').notNull().default(false),
    note: text('note'),
    rejectReason: text('reject_reason'),
    correctionReason: text('correction_reason'),
    createdBy: uuid('created_by'),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('monthly_figures_revision_key').on(
      t.companyId,
      t.estateId,
      t.indicatorCode,
      t.month,
      t.revision,
    ),
    // One effective revision per estate, indicator and month, held by the database itself;
    // comparisons read only the effective revisions, by month range, through the same index.
    uniqueIndex('monthly_figures_effective_key')
      .on(t.companyId, t.month, t.estateId, t.indicatorCode)
      .where(sql`effective`),
    index('monthly_figures_state_idx').on(t.companyId, t.state, t.month),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
  ],
);
export type MonthlyFigureRow = typeof monthlyFigures.$inferSelect;
