import type { StaffingTemplateDepartment, StaffingTemplatePosition } from '@anju/domain';
import { foreignKey, integer, jsonb, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from '../../db/columns.js';
import { companies } from '../companies/companies.schema.js';

/**
 * A company's staffing template (编制模板): departments and positions, with planned headcount,
 * shifts, hours, duties, certificates and age limits, that an estate can start from. Made as a
 * snapshot of an estate; a copy, so later changes to that estate do not change the template. The
 * built-in 16-person template is not stored here (it lives in the domain package).
 */
export const staffingTemplates = pgTable(
  'staffing_templates',
  {
    ...tenantColumns(),
    name: text('name').notNull(),
    description: text('description'),
    /** The departments the positions belong to (code, name, English name), in service-centre order. */
    departments: jsonb('departments').$type<StaffingTemplateDepartment[]>().notNull(),
    /** Each position with its department's code; applied by code. */
    positions: jsonb('positions').$type<StaffingTemplatePosition[]>().notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    unique('staffing_templates_name_key').on(t.companyId, t.name),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
  ],
);
export type StaffingTemplateRow = typeof staffingTemplates.$inferSelect;
