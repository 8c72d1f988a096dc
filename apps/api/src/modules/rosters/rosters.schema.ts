import type { LeaveKind, ShiftCode, ShiftPatternCode } from '@anju/domain';
import {
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from '../../db/columns.js';
import { estates } from '../estates/estates.schema.js';
import { staff } from '../staff/staff.schema.js';
import { departments } from '../team/team.schema.js';

/**
 * A department's roster (排班表) for one month: generated from its staff and their positions'
 * shift patterns, counted from the estate's fixed anchor date so rotations continue across months.
 */
export const rosterMonths = pgTable(
  'roster_months',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    /** `YYYY-MM`. */
    month: text('month').notNull(),
    /** Day 0 of every cycle (the domain's roster anchor); the same for every month of the estate. */
    anchor: date('anchor', { mode: 'string' }).notNull(),
    generatedAt: timestamp('generated_at', { withTimezone: true, mode: 'date' }).notNull(),
    generatedBy: uuid('generated_by'),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    unique('roster_months_department_month_key').on(t.companyId, t.departmentId, t.month),
    index('roster_months_estate_idx').on(t.companyId, t.estateId, t.month),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
    foreignKey({
      columns: [t.companyId, t.departmentId],
      foreignColumns: [departments.companyId, departments.id],
    }),
  ],
);
export type RosterMonthRow = typeof rosterMonths.$inferSelect;

/** One person's day in a roster: the shifts starting that day, or rest, or leave. */
export const rosterEntries = pgTable(
  'roster_entries',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    rosterMonthId: uuid('roster_month_id').notNull(),
    staffId: uuid('staff_id').notNull(),
    positionId: uuid('position_id'),
    day: date('day', { mode: 'string' }).notNull(),
    patternCode: text('pattern_code').$type<ShiftPatternCode>().notNull(),
    shifts: text('shifts').array().$type<ShiftCode[]>().notNull().default([]),
    /** WORK, REST or LEAVE (RosterEntry.status of the domain). */
    status: text('status').$type<'WORK' | 'REST' | 'LEAVE'>().notNull(),
    /** How the day differs from the generated one: LEAVE, SWAP or ASSIGN; null: as generated. */
    editKind: text('edit_kind').$type<'LEAVE' | 'SWAP' | 'ASSIGN'>(),
    leaveKind: text('leave_kind').$type<LeaveKind>(),
    swapWithStaffId: uuid('swap_with_staff_id'),
    editedBy: uuid('edited_by'),
    editedAt: timestamp('edited_at', { withTimezone: true, mode: 'date' }),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    unique('roster_entries_staff_day_key').on(t.companyId, t.staffId, t.day),
    index('roster_entries_month_idx').on(t.companyId, t.rosterMonthId),
    index('roster_entries_estate_day_idx').on(t.companyId, t.estateId, t.day),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
    foreignKey({
      columns: [t.companyId, t.rosterMonthId],
      foreignColumns: [rosterMonths.companyId, rosterMonths.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.companyId, t.staffId], foreignColumns: [staff.companyId, staff.id] }),
  ],
);
export type RosterEntryRow = typeof rosterEntries.$inferSelect;
