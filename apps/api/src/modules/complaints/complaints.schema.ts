import type {
  CallbackSatisfaction,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintSeverity,
  ComplaintStatus,
} from '@anju/domain';
import {
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
import { estates } from '../estates/estates.schema.js';
import { departments } from '../team/team.schema.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A complaint (投诉) of an estate: what it is about (the department), how it came in, the first
 * receiver who owns it (首问责任人), the promised feedback time and its one postponement, the
 * validity ruling (有效投诉), the resolution with callback and satisfaction. The complainant's name
 * and phone are personal data (COMPLAINT_PERSONAL_FIELDS).
 */
export const complaints = pgTable(
  'complaints',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    /** 1, 2, 3 … per estate, in the order received. */
    number: integer('number').notNull(),
    category: text('category').$type<ComplaintCategory>().notNull(),
    /** The estate's department of the category: its staff read the complaint. */
    departmentId: uuid('department_id'),
    channel: text('channel').$type<ComplaintChannel>().notNull(),
    severity: text('severity').$type<ComplaintSeverity>().notNull().default('NORMAL'),
    location: text('location'),
    description: text('description').notNull(),
    complainantName: text('complainant_name'),
    complainantPhone: text('complainant_phone'),
    /** The first receiver (首问责任人): owns the case until it is resolved. */
    receiverUserId: uuid('receiver_user_id'),
    receivedAt: at('received_at').notNull(),
    /** The feedback time promised on receipt. */
    originalFeedbackAt: at('original_feedback_at').notNull(),
    /** The feedback time in force (the postponed one, once postponed). */
    promisedFeedbackAt: at('promised_feedback_at').notNull(),
    postponedAt: at('postponed_at'),
    postponedBy: uuid('postponed_by'),
    postponeReason: text('postpone_reason'),
    /** 有效投诉: null until ruled. */
    valid: boolean('valid'),
    validityReason: text('validity_reason'),
    ruledAt: at('ruled_at'),
    ruledBy: uuid('ruled_by'),
    status: text('status').$type<ComplaintStatus>().notNull().default('OPEN'),
    resolvedAt: at('resolved_at'),
    resolvedBy: uuid('resolved_by'),
    resolution: text('resolution'),
    callbackNote: text('callback_note'),
    satisfaction: text('satisfaction').$type<CallbackSatisfaction>(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('complaints_number_key').on(t.companyId, t.estateId, t.number),
    // The list, newest first, and the indicators' month ranges.
    index('complaints_estate_received_idx').on(t.companyId, t.estateId, t.receivedAt, t.id),
    index('complaints_estate_status_idx').on(t.companyId, t.estateId, t.status, t.receivedAt),
    index('complaints_receiver_idx').on(t.companyId, t.receiverUserId, t.status),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
    foreignKey({
      columns: [t.companyId, t.departmentId],
      foreignColumns: [departments.companyId, departments.id],
    }),
  ],
);
export type ComplaintRow = typeof complaints.$inferSelect;
