import { sql } from 'drizzle-orm';
import {
  bigint,
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
    // The read model's refresh of one estate's periods reads its effective figures by month.
    index('monthly_figures_effective_estate_idx').on(t.companyId, t.estateId, t.month).where(sql`effective`),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
  ],
);
export type MonthlyFigureRow = typeof monthlyFigures.$inferSelect;

/**
 * The comparison's read model: per estate and period (`2025-03`, `2025-Q1`, `2025-H1`, `2025`),
 * the sums of the effective figures of every indicator, as one JSON text
 * `[[code, numerator, denominator, months, lastNumerator], …]`. Kept by statement triggers on
 * `monthly_figures` (migration 0012) in the transaction that changed the figures, whatever code
 * wrote them: a quarter of 500 estates is 500 short rows instead of an aggregation of 43,500
 * figures. `version` takes a new number (a sequence) at every rewrite of the row, so a reader
 * that holds an estate's sums can tell at a glance whether they are still current.
 */
export const figurePeriodSums = pgTable(
  'figure_period_sums',
  {
    companyId: uuid('company_id').notNull(),
    estateId: uuid('estate_id').notNull(),
    period: text('period').notNull(),
    sums: text('sums').notNull(),
    version: bigint('version', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.period, t.estateId] }),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
  ],
);
