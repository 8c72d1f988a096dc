import type { MembershipRole } from '@anju/domain';
import { and, asc, eq, gt, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { invitations, membershipEstates, memberships, users } from './users.schema.js';
import type { Membership, User, UserStatus } from './users.types.js';

/**
 * The company's unanswered invitation of an existing account (see `invitations`). While it stands,
 * the company sees the person exactly as it would see a new invitee: as typed, never the account.
 */
function pendingInvitation(companyId: string, column: SQL) {
  return sql`(select ${column} from ${invitations} i where i.company_id = ${companyId} and i.user_id = "users"."id" and i.accepted_at is null order by i.created_at desc limit 1)`;
}

function hasPendingInvitation(companyId: string, withPassword?: boolean) {
  const flag = withPassword === undefined ? sql`` : sql` and i.with_password = ${withPassword}`;
  return sql`exists (select 1 from ${invitations} i where i.company_id = ${companyId} and i.user_id = "users"."id" and i.accepted_at is null${flag})`;
}

/** A user as seen by one company: the standing is per company, not global. */
function statusSql(companyId: string) {
  // "users"."id" is spelled out: in a select list drizzle renders ${users.id} unqualified, which
  // inside this subquery would silently mean m.id.
  // A pending invitation shows what a new user created the same way would show: invited, or
  // active when the admin set an initial password (which is never applied to the account).
  return sql<UserStatus>`case
    when not exists (select 1 from ${memberships} m where m.company_id = ${companyId} and m.user_id = "users"."id" and m.deactivated_at is null) then 'DEACTIVATED'
    when ${hasPendingInvitation(companyId, false)} then 'INVITED'
    when ${hasPendingInvitation(companyId, true)} then 'ACTIVE'
    when ${users.passwordHash} is null then 'INVITED'
    else 'ACTIVE' end`;
}

/** The name the company sees: its own invitation's until the account accepts it. */
function nameSql(companyId: string) {
  return sql<string>`coalesce(${pendingInvitation(companyId, sql`i.name`)}, "users"."name")`;
}

function userFields(companyId: string) {
  const pending = hasPendingInvitation(companyId);
  return {
    id: users.id,
    email: users.email,
    name: nameSql(companyId),
    phone: sql<
      string | null
    >`case when ${pending} then ${pendingInvitation(companyId, sql`i.phone`)} else "users"."phone" end`,
    platformAdmin: sql<boolean>`case when ${pending} then false else "users"."platform_admin" end`,
    lastLoginAt: sql<Date | null>`case when ${pending} then null else "users"."last_login_at" end`.mapWith(
      users.lastLoginAt,
    ),
    createdAt:
      sql<Date>`coalesce(${pendingInvitation(companyId, sql`i.created_at`)}, "users"."created_at")`.mapWith(
        users.createdAt,
      ),
    status: statusSql(companyId),
  };
}

/** Members of the company (RLS also limits `users` to them). */
function memberOf(companyId: string) {
  return sql`exists (select 1 from ${memberships} m where m.company_id = ${companyId} and m.user_id = "users"."id")`;
}

export interface UserListFilter {
  search?: string | null;
  status?: UserStatus | null;
  role?: string | null;
}

export async function listUsers(
  tx: Tx,
  companyId: string,
  filter: UserListFilter,
  limit: number,
  after: [string, string] | undefined,
): Promise<{ rows: User[]; total: number }> {
  assertCompanyId(companyId);
  const text = filter.search?.trim();
  const pattern = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const name = nameSql(companyId);
  const where = and(
    memberOf(companyId),
    pattern ? or(ilike(name, pattern), ilike(users.email, pattern)) : undefined,
    filter.status ? sql`${statusSql(companyId)} = ${filter.status}` : undefined,
    filter.role
      ? sql`exists (select 1 from ${memberships} m where m.company_id = ${companyId} and m.user_id = "users"."id" and m.deactivated_at is null and m.role = ${filter.role})`
      : undefined,
  ) as SQL;
  const keyset = after ? or(gt(name, after[0]), and(eq(name, after[0]), gt(users.id, after[1]))) : undefined;
  const rows = await tx
    .select(userFields(companyId))
    .from(users)
    .where(and(where, keyset))
    .orderBy(asc(name), asc(users.id))
    .limit(limit + 1);
  const [total] = await tx.select({ n: sql<number>`count(*)::int` }).from(users).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findUsers(tx: Tx, companyId: string, ids: readonly string[]): Promise<User[]> {
  assertCompanyId(companyId);
  ids = ids.filter(isUuid);
  if (ids.length === 0) return [];
  return tx
    .select(userFields(companyId))
    .from(users)
    .where(and(inArray(users.id, [...ids]), memberOf(companyId)));
}

/** Serialises admin changes of one company (a row lock on the company until the transaction ends). */
export async function lockAdminChanges(tx: Tx, companyId: string): Promise<void> {
  assertCompanyId(companyId);
  await tx.execute(sql`select 1 from companies where id = ${companyId} for update`);
}

/** Display names of users (who submitted, who set a target), by id. */
export async function userNames(
  tx: Tx,
  companyId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  assertCompanyId(companyId);
  const wanted = [...new Set(ids)].filter(isUuid);
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((u) => [u.id, u.name]));
}

export async function membershipsOf(
  tx: Tx,
  companyId: string,
  userIds: readonly string[],
): Promise<Membership[]> {
  assertCompanyId(companyId);
  if (userIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.companyId, companyId), inArray(memberships.userId, [...userIds])))
    .orderBy(asc(memberships.createdAt), asc(memberships.id));
  const links = rows.length
    ? await tx
        .select({ membershipId: membershipEstates.membershipId, estateId: membershipEstates.estateId })
        .from(membershipEstates)
        .where(
          and(
            eq(membershipEstates.companyId, companyId),
            inArray(
              membershipEstates.membershipId,
              rows.map((r) => r.id),
            ),
          ),
        )
    : [];
  return rows.map((r) => {
    const estateIds = links.filter((l) => l.membershipId === r.id).map((l) => l.estateId);
    return {
      id: r.id,
      companyId: r.companyId,
      userId: r.userId,
      role: r.role,
      regionId: r.regionId,
      estateIds,
      scopeKind: r.regionId ? 'REGION' : estateIds.length ? 'ESTATES' : 'COMPANY',
      active: r.deactivatedAt == null,
      pending: r.invitationId != null,
    };
  });
}

/** No RETURNING: the new user is not yet a member, so RLS would hide the returned row. */
export async function insertUser(
  tx: Tx,
  values: {
    id: string;
    email: string;
    name: string;
    phone: string | null;
    passwordHash: string | null;
    invitationTokenHash: string | null;
    invitationExpiresAt: Date | null;
  },
): Promise<void> {
  await tx.insert(users).values(values);
}

export interface MembershipValues {
  role: MembershipRole;
  regionId: string | null;
  estateIds: readonly string[];
}

/** `invitationId`: the memberships wait for the account to accept that invitation. */
export async function insertMemberships(
  tx: Tx,
  companyId: string,
  userId: string,
  list: readonly MembershipValues[],
  invitationId: string | null = null,
): Promise<void> {
  assertCompanyId(companyId);
  for (const m of list) {
    const [row] = await tx
      .insert(memberships)
      .values({ companyId, userId, role: m.role, regionId: m.regionId, invitationId })
      .returning({ id: memberships.id });
    if (m.estateIds.length) {
      await tx
        .insert(membershipEstates)
        .values(m.estateIds.map((estateId) => ({ companyId, membershipId: row!.id, estateId })));
    }
  }
}

export async function deleteActiveMemberships(tx: Tx, companyId: string, userId: string): Promise<void> {
  assertCompanyId(companyId);
  await tx
    .delete(memberships)
    .where(
      and(
        eq(memberships.companyId, companyId),
        eq(memberships.userId, userId),
        isNull(memberships.deactivatedAt),
      ),
    );
}

export async function deactivateMemberships(tx: Tx, companyId: string, userId: string): Promise<void> {
  assertCompanyId(companyId);
  await tx
    .update(memberships)
    .set({ deactivatedAt: new Date() })
    .where(
      and(
        eq(memberships.companyId, companyId),
        eq(memberships.userId, userId),
        isNull(memberships.deactivatedAt),
      ),
    );
}

/** Active company admins other than `userId`: the company must never be left without one. */
export async function otherActiveAdmins(tx: Tx, companyId: string, userId: string): Promise<number> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select({ n: sql<number>`count(distinct ${memberships.userId})::int` })
    .from(memberships)
    .where(
      and(
        eq(memberships.companyId, companyId),
        eq(memberships.role, 'COMPANY_ADMIN'),
        isNull(memberships.deactivatedAt),
        sql`${memberships.userId} <> ${userId}`,
      ),
    );
  return row?.n ?? 0;
}

export async function updateUserName(tx: Tx, id: string, values: { name?: string; phone?: string | null }) {
  await tx
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id));
}

/** Whether the person already belongs to the company in any standing (invited, active, former). */
export async function hasAnyMembership(tx: Tx, companyId: string, userId: string): Promise<boolean> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.companyId, companyId), eq(memberships.userId, userId)))
    .limit(1);
  return row != null;
}

export async function insertInvitation(
  tx: Tx,
  companyId: string,
  values: {
    id: string;
    userId: string;
    tokenHash: string;
    expiresAt: Date;
    name: string;
    phone: string | null;
    withPassword: boolean;
    invitedBy: string;
  },
): Promise<void> {
  assertCompanyId(companyId);
  await tx.insert(invitations).values({ companyId, ...values });
}

/** The company's unanswered invitation of this account, if any. */
export async function pendingInvitationOf(
  tx: Tx,
  companyId: string,
  userId: string,
): Promise<string | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.companyId, companyId),
        eq(invitations.userId, userId),
        isNull(invitations.acceptedAt),
      ),
    )
    .limit(1);
  return row?.id;
}
