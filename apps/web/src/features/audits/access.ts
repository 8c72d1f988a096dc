import { type AppAbility, subject } from '@anju/domain';

/** HQ planning (campaigns, spot checks, night patrols): who may create an HQ audit anywhere. */
export const canPlanHq = (ability: AppAbility, companyId: string) =>
  ability.can('create', subject('Audit', { companyId, kind: 'SPOT_CHECK', status: 'PLANNED' }));

/** Company-wide audit readers see campaigns (auditors, admins, company-wide HQ viewers). */
export const canSeeCampaigns = (ability: AppAbility) =>
  ability
    .rulesFor('read', 'Audit')
    .some((r) => !r.inverted && !(r.conditions && 'estateId' in (r.conditions as object)));

/** Who may create the estate's own recurring checks at some estate (estate managers, HQ). */
export const canPlanSelfChecks = (ability: AppAbility) =>
  ability.rulesFor('create', 'Audit').some((r) => !r.inverted);
