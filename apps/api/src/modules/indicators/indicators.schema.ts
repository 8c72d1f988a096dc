import type {
  Aggregation,
  IndicatorDirection,
  IndicatorUnit,
  Measurement,
  Preset,
  Target,
} from '@anju/domain';
import {
  doublePrecision,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantColumns } from '../../db/columns.js';
import { companies } from '../companies/companies.schema.js';
import { estates } from '../estates/estates.schema.js';

/** A company's own indicators, beside the built-in catalogue; retired ones keep their history. */
export const customIndicators = pgTable(
  'custom_indicators',
  {
    ...tenantColumns(),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    unit: text('unit').$type<IndicatorUnit>().notNull(),
    direction: text('direction').$type<IndicatorDirection>().notNull(),
    measurement: text('measurement').$type<Measurement>().notNull(),
    aggregation: text('aggregation').$type<Aggregation>().notNull(),
    numeratorLabel: text('numerator_label').notNull(),
    denominatorLabel: text('denominator_label'),
    descriptionZh: text('description_zh').notNull().default(''),
    /** English texts; null: English readers see the Chinese ones. */
    numeratorLabelEn: text('numerator_label_en'),
    denominatorLabelEn: text('denominator_label_en'),
    descriptionEn: text('description_en'),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('custom_indicators_company_code_key').on(t.companyId, t.code),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
  ],
);
export type CustomIndicatorRow = typeof customIndicators.$inferSelect;

/** Which preset (A or B) the company committed to, from which month on: a history, never edited. */
export const indicatorPresets = pgTable(
  'indicator_presets',
  {
    ...tenantColumns(),
    preset: text('preset').$type<Preset>().notNull(),
    effectiveMonth: text('effective_month').notNull(),
    setBy: uuid('set_by'),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('indicator_presets_company_month_idx').on(t.companyId, t.effectiveMonth),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
  ],
);

/**
 * Target overrides with their history: company-wide (no estate) or for one estate, in force from
 * `effective_month` until a later row replaces it. A past period is judged by the row in force
 * then. `op` null means "no target" (an override that removes the preset's target).
 */
export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    ...tenantColumns(),
    indicatorCode: text('indicator_code').notNull(),
    estateId: uuid('estate_id'),
    op: text('op').$type<Target['op']>(),
    value: doublePrecision('value'),
    effectiveMonth: text('effective_month').notNull(),
    reason: text('reason'),
    setBy: uuid('set_by'),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('indicator_targets_lookup_idx').on(t.companyId, t.indicatorCode, t.estateId, t.effectiveMonth),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
  ],
);
export type IndicatorTargetRow = typeof indicatorTargets.$inferSelect;
