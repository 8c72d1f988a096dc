import { and, asc, eq, exists, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import { type CompanyRow, companies } from '../companies/index.js';
import { invitations, memberships, users } from '../users/index.js';
import { sessions } from './auth.schema.js';

// Every function here runs under withSystem('auth'): an account's own invitations and companies
// span tenants, so each query names the account (or the token) it is about.

export async function accountIdByEmail(tx: Tx, email: string): Promise<string | undefined> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row?.id;
}

export interface PendingInvitation {
  id: string;
  companyId: string;
  userId: string;
  email: string;
  passwordHash: string | null;
}

/** Unanswered, unexpired, still meant (its roles were not withdrawn), of a company in service. */
function answerable() {
  return and(
    isNull(invitations.acceptedAt),
    gt(invitations.expiresAt, new Date()),
    isNull(companies.suspendedAt),
    exists(
      sql`(select 1 from ${memberships} m where m.company_id = ${invitations.companyId} and m.invitation_id = ${invitations.id} and m.deactivated_at is null)`,
    ),
  );
}

async function findPending(tx: Tx, where: ReturnType<typeof and>): Promise<PendingInvitation | undefined> {
  const [row] = await tx
    .select({
      id: invitations.id,
      companyId: invitations.companyId,
      userId: invitations.userId,
      email: users.email,
      passwordHash: users.passwordHash,
    })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .innerJoin(companies, eq(companies.id, invitations.companyId))
    .where(and(where, answerable()))
    .limit(1);
  return row;
}

export function pendingInvitationByToken(tx: Tx, tokenHash: string) {
  return findPending(tx, eq(invitations.tokenHash, tokenHash));
}

export function pendingInvitationOfUser(tx: Tx, userId: string, invitationId: string) {
  if (!isUuid(invitationId)) return Promise.resolve(undefined);
  return findPending(tx, and(eq(invitations.userId, userId), eq(invitations.id, invitationId)));
}

export interface InvitationView {
  id: string;
  companyId: string;
  companyName: string;
  roles: string[];
  invitedAt: Date;
  expiresAt: Date;
}

export async function pendingInvitationsOf(tx: Tx, userId: string): Promise<InvitationView[]> {
  const rows = await tx
    .select({
      id: invitations.id,
      companyId: invitations.companyId,
      companyName: companies.name,
      invitedAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(companies, eq(companies.id, invitations.companyId))
    .where(and(eq(invitations.userId, userId), answerable()))
    .orderBy(asc(invitations.createdAt));
  if (rows.length === 0) return [];
  const roles = await tx
    .select({ invitationId: memberships.invitationId, role: memberships.role })
    .from(memberships)
    .where(
      and(
        inArray(
          memberships.invitationId,
          rows.map((r) => r.id),
        ),
        isNull(memberships.deactivatedAt),
      ),
    );
  return rows.map((r) => ({
    ...r,
    roles: roles.filter((m) => m.invitationId === r.id).map((m) => m.role),
  }));
}

/** Accepts once: false when it was answered meanwhile. The waiting roles become granted. */
export async function markAccepted(tx: Tx, invitation: PendingInvitation): Promise<boolean> {
  const done = await tx
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(
      and(
        eq(invitations.companyId, invitation.companyId),
        eq(invitations.id, invitation.id),
        isNull(invitations.acceptedAt),
      ),
    )
    .returning({ id: invitations.id });
  if (done.length === 0) return false;
  await tx
    .update(memberships)
    .set({ invitationId: null })
    .where(
      and(
        eq(memberships.companyId, invitation.companyId),
        eq(memberships.invitationId, invitation.id),
        isNull(memberships.deactivatedAt),
      ),
    );
  return true;
}

/** Companies in service where the account holds a granted membership, by name. */
export async function companiesOf(tx: Tx, userId: string): Promise<CompanyRow[]> {
  return tx
    .selectDistinct({
      id: companies.id,
      name: companies.name,
      slug: companies.slug,
      timeZone: companies.timeZone,
      createdAt: companies.createdAt,
      archivedAt: companies.archivedAt,
      suspendedAt: companies.suspendedAt,
      auditGradeBands: companies.auditGradeBands,
      figureReminderDay: companies.figureReminderDay,
    })
    .from(companies)
    .innerJoin(memberships, eq(memberships.companyId, companies.id))
    .where(
      and(
        eq(memberships.userId, userId),
        isNull(memberships.deactivatedAt),
        isNull(memberships.invitationId),
        isNull(companies.suspendedAt),
      ),
    )
    .orderBy(asc(companies.name), asc(companies.id));
}

/** Moves a live session to another company under a new token; the old token stops working. */
export async function moveSession(
  tx: Tx,
  sessionId: string,
  values: { tokenHash: string; companyId: string },
): Promise<{ expiresAt: Date } | undefined> {
  const [row] = await tx
    .update(sessions)
    .set(values)
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .returning({ expiresAt: sessions.expiresAt });
  return row;
}
