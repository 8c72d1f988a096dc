import { type ActorMembership, defineAbilityFor, type MembershipRole } from '@anju/domain';
import { describe, expect, it } from 'vitest';
import { showsRegionOverview } from './regionOverview';

const companyId = 'c1';
const estateScope = { kind: 'ESTATES', estateIds: ['e1'], regionIds: ['r1'] } as const;

function ability(role: MembershipRole, scope: ActorMembership['scope']) {
  return defineAbilityFor({ userId: 'u1', platformAdmin: false, memberships: [{ role, companyId, scope }] });
}

describe('home region overview', () => {
  it.each(['ESTATE_MANAGER', 'ESTATE_STAFF', 'COMMITTEE_MEMBER'] as const)(
    'is not shown to an estate-level %s, even though it may read its own region',
    (role) => {
      const a = ability(role, estateScope);
      expect(a.can('read', 'Region')).toBe(true);
      expect(showsRegionOverview([{ scopeKind: 'ESTATES' }], a)).toBe(false);
    },
  );

  it('is shown to company-wide and regional HQ', () => {
    expect(
      showsRegionOverview([{ scopeKind: 'COMPANY' }], ability('COMPANY_ADMIN', { kind: 'COMPANY' })),
    ).toBe(true);
    expect(
      showsRegionOverview(
        [{ scopeKind: 'REGION' }],
        ability('HQ_VIEWER', { kind: 'REGION', regionId: 'r1', estateIds: ['e1'] }),
      ),
    ).toBe(true);
  });
});
