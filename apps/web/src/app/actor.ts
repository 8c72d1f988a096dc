import { type Actor, type ActorMembership, MEMBERSHIP_ROLES, type MembershipRole } from '@anju/domain';
import type { MeQuery } from '../gql/graphql';

type Me = MeQuery['me'];

function isMembershipRole(role: string): role is MembershipRole {
  return (MEMBERSHIP_ROLES as readonly string[]).includes(role);
}

/**
 * The actor for the client-side ability, mirroring what the API builds per request. The web uses
 * it only to hide what a user cannot do; the API remains the authority on every call.
 */
export function actorFrom(me: Me, companyId: string | null): Actor {
  const memberships: ActorMembership[] = [];
  if (companyId) {
    for (const m of me.memberships) {
      if (!isMembershipRole(m.role)) continue;
      const scope: ActorMembership['scope'] =
        m.scopeKind === 'COMPANY'
          ? { kind: 'COMPANY' }
          : m.scopeKind === 'REGION'
            ? { kind: 'REGION', regionId: m.regionId ?? '', estateIds: [] }
            : { kind: 'ESTATES', estateIds: m.estateIds };
      memberships.push({ role: m.role, companyId, scope });
    }
  }
  return { userId: me.id, platformAdmin: me.platformAdmin, memberships };
}
