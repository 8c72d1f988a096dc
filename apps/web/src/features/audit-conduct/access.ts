import type { AppAbility } from '@anju/domain';

/** Who may open the conduct form and the report; the API decides per audit (NOT_FOUND otherwise). */
export const canConductAudits = (ability: AppAbility, hasCompany: boolean) =>
  hasCompany && ability.can('update', 'Audit');
export const canReadAuditReports = (ability: AppAbility, hasCompany: boolean) =>
  hasCompany && ability.can('read', 'Audit');
