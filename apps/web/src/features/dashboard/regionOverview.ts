import type { AppAbility } from '@anju/domain';

/**
 * The home's region overview (every region with its estate count) is for those who oversee
 * regions: a company-wide or regional membership. Estate-level members may read the region their
 * estate is in, but the company's region list and counts are not theirs to see.
 */
export function showsRegionOverview(
  memberships: readonly { scopeKind: string }[],
  ability: Pick<AppAbility, 'can'>,
): boolean {
  return ability.can('read', 'Region') && memberships.some((m) => m.scopeKind !== 'ESTATES');
}
