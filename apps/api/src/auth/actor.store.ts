import type { ActorMembership, MembershipRole } from '@anju/domain';
import { and, asc, eq, gt, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
// The table only (db/schema.ts): importing the staff module here would load its resolvers early.
import { staff } from '../db/schema.js';
import { sessions } from '../modules/auth/index.js';
import { companies } from '../modules/companies/index.js';
import { estates } from '../modules/estates/index.js';
import { membershipEstates, memberships, users } from '../modules/users/index.js';

export interface SessionUser {
  sessionId: string;
  userId: string;
  companyId: string | null;
  expiresAt: Date;
  email: string;
  name: string;
  phone: string | null;
  platformAdmin: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  /** The session's company was suspended by the platform: the session is refused meanwhile. */
  companySuspended: boolean;
}

/** Runs under withSystem('auth'): the token is the only thing known at this point. */
export async function findLiveSession(tx: Tx, tokenHash: string): Promise<SessionUser | undefined> {
  const [row] = await tx
    .select({
      sessionId: sessions.id,
      userId: sessions.userId,
      companyId: sessions.companyId,
      expiresAt: sessions.expiresAt,
      email: users.email,
      name: users.name,
      phone: users.phone,
      platformAdmin: users.platformAdmin,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
      companySuspended: isNotNull(companies.suspendedAt).mapWith(Boolean),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(companies, eq(companies.id, sessions.companyId))
    .where(
      and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, new Date())),
    );
  return row;
}

/** Granted: not deactivated, and not waiting for the account to accept an invitation. */
const granted = () => and(isNull(memberships.deactivatedAt), isNull(memberships.invitationId));

/**
 * The user's active memberships in one company, with their scopes resolved to estate ids (a region
 * scope becomes the region's estates), ready for `defineAbilityFor`.
 */
export async function loadActorMemberships(
  tx: Tx,
  companyId: string,
  userId: string,
): Promise<ActorMembership[]> {
  const rows = await tx
    .select({ id: memberships.id, role: memberships.role, regionId: memberships.regionId })
    .from(memberships)
    .where(and(eq(memberships.companyId, companyId), eq(memberships.userId, userId), granted()))
    .orderBy(asc(memberships.createdAt));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const direct = await tx
    .select({
      membershipId: membershipEstates.membershipId,
      estateId: membershipEstates.estateId,
      regionId: estates.regionId,
    })
    .from(membershipEstates)
    .innerJoin(
      estates,
      and(eq(estates.companyId, membershipEstates.companyId), eq(estates.id, membershipEstates.estateId)),
    )
    .where(and(eq(membershipEstates.companyId, companyId), inArray(membershipEstates.membershipId, ids)));
  const regionIds = rows.flatMap((r) => (r.regionId ? [r.regionId] : []));
  const regional = regionIds.length
    ? await tx
        .select({ id: estates.id, regionId: estates.regionId })
        .from(estates)
        .where(and(eq(estates.companyId, companyId), inArray(estates.regionId, regionIds)))
    : [];
  // Estate staff see the work of their department (work orders): the departments of the staff
  // records linked to the account, on the team.
  const departments = rows.some((r) => r.role === 'ESTATE_STAFF')
    ? await tx
        .select({ estateId: staff.estateId, departmentId: staff.departmentId })
        .from(staff)
        .where(and(eq(staff.companyId, companyId), eq(staff.userId, userId), ne(staff.status, 'LEFT')))
    : [];
  return rows.map((r): ActorMembership => {
    const role = r.role as MembershipRole;
    if (r.regionId) {
      const estateIds = regional.filter((e) => e.regionId === r.regionId).map((e) => e.id);
      return { role, companyId, scope: { kind: 'REGION', regionId: r.regionId, estateIds } };
    }
    const own = direct.filter((d) => d.membershipId === r.id);
    const estateIds = own.map((d) => d.estateId);
    // The regions of those estates: members may read where their estate belongs.
    const regionIds = [...new Set(own.flatMap((d) => (d.regionId ? [d.regionId] : [])))];
    if (estateIds.length > 0) {
      if (role !== 'ESTATE_STAFF')
        return { role, companyId, scope: { kind: 'ESTATES', estateIds, regionIds } };
      const departmentIds = [
        ...new Set(departments.filter((d) => estateIds.includes(d.estateId)).map((d) => d.departmentId)),
      ];
      return { role, companyId, scope: { kind: 'ESTATES', estateIds, regionIds, departmentIds } };
    }
    return { role, companyId, scope: { kind: 'COMPANY' } };
  });
}

/** The company a new session works in: the earliest active membership of a company in service. */
export async function defaultCompanyOf(tx: Tx, userId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ companyId: memberships.companyId })
    .from(memberships)
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .where(and(eq(memberships.userId, userId), granted(), isNull(companies.suspendedAt)))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  return row?.companyId;
}

/** Whether the user would work in a company but for its suspension (sign-in then says so). */
export async function onlySuspendedCompanies(tx: Tx, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ companyId: memberships.companyId })
    .from(memberships)
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .where(and(eq(memberships.userId, userId), granted(), isNotNull(companies.suspendedAt)))
    .limit(1);
  return row != null;
}

/** Whether the user holds a granted membership in this company, and the company is in service. */
export async function canWorkIn(tx: Tx, userId: string, companyId: string): Promise<boolean> {
  const [row] = await tx
    .select({ companyId: memberships.companyId })
    .from(memberships)
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.companyId, companyId),
        granted(),
        isNull(companies.suspendedAt),
      ),
    )
    .limit(1);
  return row != null;
}
