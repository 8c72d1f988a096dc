import type { CertificateKind, ShiftPatternCode } from '@anju/domain';
import {
  boolean,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from '../../db/columns.js';
import { companies } from '../companies/companies.schema.js';
import { estates } from '../estates/estates.schema.js';

/**
 * A department (部门): of an estate's service centre (客服部, 秩序维护部 …), or of the company
 * headquarters when `estateId` is null (财务部, 品质部, 技术部). One per code and estate.
 */
export const departments = pgTable(
  'departments',
  {
    ...tenantColumns(),
    /** Null: a headquarters department. */
    estateId: uuid('estate_id'),
    /** DEPARTMENT_CODES of the domain, or a code the company chose. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    // HQ departments (estate null) are unique per code too.
    unique('departments_estate_code_key').on(t.companyId, t.estateId, t.code).nullsNotDistinct(),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
  ],
);
export type DepartmentRow = typeof departments.$inferSelect;

/** A position (岗位) of an estate's department: its planned headcount (编制) and how it works. */
export const positions = pgTable(
  'positions',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    plannedHeadcount: integer('planned_headcount').notNull(),
    shiftPattern: text('shift_pattern').$type<ShiftPatternCode>().notNull(),
    workingHours: text('working_hours'),
    duty: text('duty'),
    /** 持证上岗: only with a current certificate of one of `certificateKinds`. */
    certificateRequired: boolean('certificate_required').notNull().default(false),
    certificateKinds: text('certificate_kinds').array().$type<CertificateKind[]>().notNull().default([]),
    ageMin: integer('age_min'),
    ageMax: integer('age_max'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    unique('positions_estate_code_key').on(t.companyId, t.estateId, t.code),
    index('positions_department_idx').on(t.companyId, t.departmentId),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
    foreignKey({
      columns: [t.companyId, t.departmentId],
      foreignColumns: [departments.companyId, departments.id],
    }),
  ],
);
export type PositionRow = typeof positions.$inferSelect;
export * from './team.templates.schema.js';
