import { addMonths } from '@anju/domain';
import { and, asc, eq, gte, inArray, isNull, lt, notExists, or } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId } from '../../db/tenant.js';
import { estates } from '../estates/index.js';
import { monthlyFigures } from '../figures/index.js';
import { membershipEstates, memberships } from '../users/index.js';

export async function unsubmittedEstates(
  tx: Tx,
  companyId: string,
  month: string,
): Promise<{ id: string; name: string; code: string }[]> {
  assertCompanyId(companyId);
  const monthStart = `${month}-01`;
  const nextMonthStart = `${addMonths(month, 1)}-01`;
  const sent = tx
    .select({ id: monthlyFigures.id })
    .from(monthlyFigures)
    .where(
      and(
        eq(monthlyFigures.companyId, companyId),
        eq(monthlyFigures.estateId, estates.id),
        eq(monthlyFigures.month, month),
        inArray(monthlyFigures.state, ['SUBMITTED', 'APPROVED']),
      ),
    );
  return tx
    .select({ id: estates.id, name: estates.name, code: estates.code })
    .from(estates)
    .where(
      and(
        eq(estates.companyId, companyId),
        isNull(estates.archivedAt),
        eq(estates.status, 'MANAGED'),
        or(isNull(estates.contractStart), lt(estates.contractStart, nextMonthStart)),
        or(isNull(estates.contractEnd), gte(estates.contractEnd, monthStart)),
        notExists(sent),
      ),
    )
    .orderBy(asc(estates.code));
}

/** The estate managers of `estateIds` whose membership grants something (active, not invited). */
export async function estateManagers(
  tx: Tx,
  companyId: string,
  estateIds: readonly string[],
): Promise<{ estateId: string; userId: string }[]> {
  assertCompanyId(companyId);
  if (estateIds.length === 0) return [];
  return tx
    .selectDistinct({ estateId: membershipEstates.estateId, userId: memberships.userId })
    .from(memberships)
    .innerJoin(
      membershipEstates,
      and(
        eq(membershipEstates.companyId, memberships.companyId),
        eq(membershipEstates.membershipId, memberships.id),
      ),
    )
    .where(
      and(
        eq(memberships.companyId, companyId),
        eq(memberships.role, 'ESTATE_MANAGER'),
        isNull(memberships.deactivatedAt),
        isNull(memberships.invitationId),
        inArray(membershipEstates.estateId, [...estateIds]),
      ),
    )
    .orderBy(asc(membershipEstates.estateId), asc(memberships.userId));
}
