import type {
  CallbackSatisfaction,
  WorkOrderCategory,
  WorkOrderChannel,
  WorkOrderKind,
  WorkOrderLocationKind,
  WorkOrderStatus,
} from '@anju/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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
import { departments } from '../team/team.schema.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A work order (报修 / 工单) of an estate: where, what, who reported it and how, who works it, a
 * timestamp per step, the deadlines it got when it was reported (from the commitments in force
 * then), and the breach of each deadline as the job flagged it. The reporter's name and phone are
 * personal data (WORK_ORDER_PERSONAL_FIELDS).
 */
export const workOrders = pgTable(
  'work_orders',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    /** 1, 2, 3 … per estate, in the order reported: what staff say on the phone. */
    number: integer('number').notNull(),
    locationKind: text('location_kind').$type<WorkOrderLocationKind>().notNull(),
    /** The unit or public area as typed. */
    location: text('location').notNull(),
    /** `locationKey(location)`: what rework matching compares. */
    locationKey: text('location_key').notNull(),
    category: text('category').$type<WorkOrderCategory>().notNull(),
    kind: text('kind').$type<WorkOrderKind>().notNull(),
    description: text('description').notNull(),
    channel: text('channel').$type<WorkOrderChannel>().notNull(),
    reporterName: text('reporter_name'),
    reporterPhone: text('reporter_phone'),
    /** The department that takes it: its staff see it. */
    departmentId: uuid('department_id'),
    assigneeUserId: uuid('assignee_user_id'),
    /** Photos of the fault (reported) and of the finished repair. */
    photoFileIds: uuid('photo_file_ids').array().notNull().default(sql`'{}'::uuid[]`),
    completionPhotoFileIds: uuid('completion_photo_file_ids').array().notNull().default(sql`'{}'::uuid[]`),
    status: text('status').$type<WorkOrderStatus>().notNull().default('NEW'),
    reportedAt: at('reported_at').notNull(),
    dispatchedAt: at('dispatched_at'),
    dispatchedBy: uuid('dispatched_by'),
    arrivedAt: at('arrived_at'),
    arriveNote: text('arrive_note'),
    completedAt: at('completed_at'),
    completedBy: uuid('completed_by'),
    completionNote: text('completion_note'),
    /** The quality check of the repair (维修工程质量): null while not checked. */
    qualityPassed: boolean('quality_passed'),
    calledBackAt: at('called_back_at'),
    calledBackBy: uuid('called_back_by'),
    satisfaction: text('satisfaction').$type<CallbackSatisfaction>(),
    callbackNote: text('callback_note'),
    closedAt: at('closed_at'),
    closedBy: uuid('closed_by'),
    closeNote: text('close_note'),
    dispatchDueAt: at('dispatch_due_at').notNull(),
    arriveDueAt: at('arrive_due_at').notNull(),
    completeDueAt: at('complete_due_at').notNull(),
    /** When a step was found past its deadline (by the job, or by the late step itself). */
    dispatchBreachedAt: at('dispatch_breached_at'),
    arriveBreachedAt: at('arrive_breached_at'),
    completeBreachedAt: at('complete_breached_at'),
    /** Any step breached (the list filter and the board's flag). */
    breached: boolean('breached').notNull().default(false),
    /** The earlier repair of the same fault this one repeats (返修), within 30 days. */
    reworkOfId: uuid('rework_of_id'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('work_orders_number_key').on(t.companyId, t.estateId, t.number),
    // The list, newest first, of an estate (keyset on reported_at, id). The trailing columns are
    // every other list filter and access condition, so a page's total count is an index-only scan
    // of the estate's range however the list is filtered, never a read of the wide rows.
    index('work_orders_estate_reported_idx').on(
      t.companyId,
      t.estateId,
      t.reportedAt,
      t.id,
      t.status,
      t.kind,
      t.category,
      t.breached,
      t.departmentId,
      t.assigneeUserId,
      t.createdBy,
    ),
    // The board and the status filter.
    index('work_orders_estate_status_idx').on(t.companyId, t.estateId, t.status, t.reportedAt, t.id),
    index('work_orders_assignee_idx').on(t.companyId, t.assigneeUserId, t.status),
    // The repair indicators: an estate's orders completed in a month.
    index('work_orders_estate_completed_idx').on(t.companyId, t.estateId, t.completedAt),
    // Rework: the same estate, category and place, by completion.
    index('work_orders_rework_idx').on(t.companyId, t.estateId, t.category, t.locationKey, t.completedAt),
    // The breach job's scans: open steps past due and not flagged yet.
    index('work_orders_dispatch_due_idx')
      .on(t.dispatchDueAt, t.companyId)
      .where(sql`status = 'NEW' and dispatch_breached_at is null`),
    index('work_orders_arrive_due_idx')
      .on(t.arriveDueAt, t.companyId)
      .where(sql`status in ('NEW', 'DISPATCHED') and arrive_breached_at is null`),
    index('work_orders_complete_due_idx')
      .on(t.completeDueAt, t.companyId)
      .where(sql`status in ('NEW', 'DISPATCHED', 'ON_SITE') and complete_breached_at is null`),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
    foreignKey({
      columns: [t.companyId, t.departmentId],
      foreignColumns: [departments.companyId, departments.id],
    }),
    foreignKey({ columns: [t.companyId, t.reworkOfId], foreignColumns: [t.companyId, t.id] }),
  ],
);
export type WorkOrderRow = typeof workOrders.$inferSelect;

/**
 * How many orders an estate holds per status, kind, category and breach: kept by statement
 * triggers on work_orders in the writing transaction (migration 0021), so a list's total and the
 * board's counts for a caller who reads every order of the estate are a sum of a few rows rather
 * than a count of an estate's 100,000 orders.
 */
export const workOrderCounts = pgTable(
  'work_order_counts',
  {
    companyId: uuid('company_id').notNull(),
    estateId: uuid('estate_id').notNull(),
    status: text('status').$type<WorkOrderStatus>().notNull(),
    kind: text('kind').$type<WorkOrderKind>().notNull(),
    category: text('category').$type<WorkOrderCategory>().notNull(),
    breached: boolean('breached').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.estateId, t.status, t.kind, t.category, t.breached] }),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
  ],
);

/**
 * The company's service-time commitments (服务承诺), one row per version: a change is a new row
 * effective from the moment it was made, so history is kept and every order is judged by the
 * version in force when it was reported. No row: the seeds' defaults.
 */
export const workOrderCommitments = pgTable(
  'work_order_commitments',
  {
    ...tenantColumns(),
    effectiveFrom: at('effective_from').notNull(),
    dispatchMinutesMinor: integer('dispatch_minutes_minor').notNull(),
    dispatchMinutesUrgent: integer('dispatch_minutes_urgent').notNull(),
    arriveMinutesMinor: integer('arrive_minutes_minor').notNull(),
    arriveMinutesUrgent: integer('arrive_minutes_urgent').notNull(),
    completeMinutesMinor: integer('complete_minutes_minor').notNull(),
    urgentSameDay: boolean('urgent_same_day').notNull(),
    completeMinutesUrgent: integer('complete_minutes_urgent').notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('work_order_commitments_effective_key').on(t.companyId, t.effectiveFrom),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
  ],
);
export type WorkOrderCommitmentsRow = typeof workOrderCommitments.$inferSelect;

/**
 * A number per estate that moves with every statement writing its work orders (statement triggers,
 * migration 0025, whatever code writes): a cached board or list of the estate is still current
 * while it is unchanged (graphql/response-cache.ts). Checked in the database, so an answer cached on
 * one instance never outlives a write made on another.
 */
export const workOrderVersions = pgTable(
  'work_order_versions',
  {
    companyId: uuid('company_id').notNull(),
    estateId: uuid('estate_id').notNull(),
    version: bigint('version', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.estateId] }),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
  ],
);
