import type { CertificateKind, Gender, StaffStatus } from '@anju/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from '../../db/columns.js';
import { estates } from '../estates/estates.schema.js';
import { departments, positions } from '../team/team.schema.js';

/**
 * A member of an estate's team (员工). Personal data (phone, ID number, birth date, certificate
 * scans) is read only by the roles the abilities allow (STAFF_PERSONAL_FIELDS). The resident ID
 * number is never stored in clear: `id_number_cipher` is AES-256-GCM under the personal-data key,
 * `id_number_masked` is what lists show (110***********1234), and `id_number_hash` (HMAC-SHA-256
 * under the same key) finds the same person twice in a company without decrypting anyone.
 */
export const staff = pgTable(
  'staff',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    positionId: uuid('position_id').notNull(),
    /** The person's own sign-in account, when they have one (their shifts, their own record). */
    userId: uuid('user_id'),
    name: text('name').notNull(),
    phone: text('phone'),
    idNumberCipher: text('id_number_cipher'),
    idNumberMasked: text('id_number_masked'),
    idNumberHash: text('id_number_hash'),
    gender: text('gender').$type<Gender>(),
    birthDate: date('birth_date', { mode: 'string' }),
    hireDate: date('hire_date', { mode: 'string' }).notNull(),
    leaveDate: date('leave_date', { mode: 'string' }),
    status: text('status').$type<StaffStatus>().notNull(),
    /** The crew of the position's shift pattern the person works in (A, B, C; null: the first). */
    shiftCrew: text('shift_crew'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('staff_id_number_key')
      .on(t.companyId, t.idNumberHash)
      .where(sql`id_number_hash is not null and status <> 'LEFT'`),
    index('staff_estate_idx').on(t.companyId, t.estateId, t.status),
    index('staff_position_idx').on(t.companyId, t.positionId),
    index('staff_user_idx').on(t.companyId, t.userId),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
    foreignKey({
      columns: [t.companyId, t.departmentId],
      foreignColumns: [departments.companyId, departments.id],
    }),
    foreignKey({ columns: [t.companyId, t.positionId], foreignColumns: [positions.companyId, positions.id] }),
  ],
);
export type StaffRow = typeof staff.$inferSelect;

/** A certificate (证书) of a member of staff: 持证上岗 for the posts that require one. */
export const staffCertificates = pgTable(
  'staff_certificates',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    staffId: uuid('staff_id').notNull(),
    kind: text('kind').$type<CertificateKind>().notNull(),
    number: text('number').notNull(),
    issuer: text('issuer'),
    issuedOn: date('issued_on', { mode: 'string' }),
    /** Null: 长期有效. */
    expiresOn: date('expires_on', { mode: 'string' }),
    /** The scan, through the file service (personal data: read as STAFF_PERSONAL_FIELDS). */
    scanFileId: uuid('scan_file_id'),
    /** Reminders already sent for this expiry (30, 7 days before): never twice. */
    remindedDays: integer('reminded_days').array().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('staff_certificates_staff_idx').on(t.companyId, t.staffId),
    index('staff_certificates_expiry_idx').on(t.companyId, t.expiresOn),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
    foreignKey({ columns: [t.companyId, t.staffId], foreignColumns: [staff.companyId, staff.id] }),
  ],
);
export type StaffCertificateRow = typeof staffCertificates.$inferSelect;

/** A training record (培训记录): a course attended, its hours and whether the person passed. */
export const staffTrainings = pgTable(
  'staff_trainings',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    staffId: uuid('staff_id').notNull(),
    course: text('course').notNull(),
    trainedOn: date('trained_on', { mode: 'string' }).notNull(),
    hours: numeric('hours', { precision: 5, scale: 1, mode: 'number' }).notNull(),
    passed: boolean('passed').notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('staff_trainings_staff_idx').on(t.companyId, t.staffId),
    index('staff_trainings_estate_idx').on(t.companyId, t.estateId, t.trainedOn),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
    foreignKey({ columns: [t.companyId, t.staffId], foreignColumns: [staff.companyId, staff.id] }),
  ],
);
export type StaffTrainingRow = typeof staffTrainings.$inferSelect;
