import type { MembershipRole } from '@anju/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { regions } from '../regions/regions.schema.js';

/**
 * A person who can sign in. Not a tenant row: a person is reached through memberships, which are.
 * RLS still applies: under a company, only users with a membership in that company are visible.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    email: text('email').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    /** argon2id; null while an invitation is pending. */
    passwordHash: text('password_hash'),
    invitationTokenHash: text('invitation_token_hash'),
    invitationExpiresAt: timestamp('invitation_expires_at', { withTimezone: true }),
    platformAdmin: boolean('platform_admin').notNull().default(false),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    uniqueIndex('users_invitation_token_key').on(t.invitationTokenHash),
  ],
);
export type UserRow = typeof users.$inferSelect;

export const memberships = pgTable(
  'memberships',
  {
    ...tenantColumns(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').$type<MembershipRole>().notNull(),
    regionId: uuid('region_id'),
    /**
     * Set while the membership waits for an existing account to accept the company's invitation:
     * until then it grants nothing (and the account is shown to the company as invited).
     */
    invitationId: uuid('invitation_id'),
    /** Deactivated memberships stay for the audit trail; the user loses access to this company. */
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('memberships_company_user_idx').on(t.companyId, t.userId),
    index('memberships_user_idx').on(t.userId),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
    foreignKey({ columns: [t.companyId, t.regionId], foreignColumns: [regions.companyId, regions.id] }),
    foreignKey({
      columns: [t.companyId, t.invitationId],
      foreignColumns: [invitations.companyId, invitations.id],
    }),
  ],
);
export type MembershipRow = typeof memberships.$inferSelect;

export const membershipEstates = pgTable(
  'membership_estates',
  {
    companyId: uuid('company_id').notNull(),
    membershipId: uuid('membership_id').notNull(),
    estateId: uuid('estate_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.membershipId, t.estateId] }),
    foreignKey({
      columns: [t.companyId, t.membershipId],
      foreignColumns: [memberships.companyId, memberships.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
  ],
);

/**
 * A company's invitation of an account that already exists (it works for another company, or
 * runs the platform). The company sees the person as it typed them (name, phone, invited) until
 * the account accepts, so the invitation reveals nothing of the account to the inviting company.
 */
export const invitations = pgTable(
  'invitations',
  {
    ...tenantColumns(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** SHA-256 of the (peppered) invitation code handed to the inviting admin. */
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** What the inviting admin typed: shown to the company instead of the account's own data. */
    name: text('name').notNull(),
    phone: text('phone'),
    /** The admin set an initial password: the company then sees the user as a new active one. */
    withPassword: boolean('with_password').notNull().default(false),
    invitedBy: uuid('invited_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('invitations_token_key').on(t.tokenHash),
    index('invitations_user_idx').on(t.userId),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
  ],
);
export type InvitationRow = typeof invitations.$inferSelect;
