/**
 * Roles and the scope each one is granted over. A membership ties a user to one company with one
 * role and one scope; the platform admin is not a membership (it sits above all companies).
 */
export const ROLES = [
  'PLATFORM_ADMIN',
  'COMPANY_ADMIN',
  'QUALITY_AUDITOR',
  'HQ_VIEWER',
  'ESTATE_MANAGER',
  'ESTATE_STAFF',
  'COMMITTEE_MEMBER',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles a company admin can grant through a membership (the platform admin is not one of them). */
export const MEMBERSHIP_ROLES = ROLES.filter((r) => r !== 'PLATFORM_ADMIN') as Exclude<
  Role,
  'PLATFORM_ADMIN'
>[];
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const SCOPE_KINDS = ['COMPANY', 'REGION', 'ESTATES'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** Which scopes each role accepts; the first one is the default. */
export const ROLE_SCOPES: Record<MembershipRole, readonly ScopeKind[]> = {
  COMPANY_ADMIN: ['COMPANY'],
  QUALITY_AUDITOR: ['COMPANY'],
  HQ_VIEWER: ['COMPANY', 'REGION'],
  ESTATE_MANAGER: ['ESTATES'],
  ESTATE_STAFF: ['ESTATES'],
  COMMITTEE_MEMBER: ['ESTATES'],
};

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  PLATFORM_ADMIN: { zh: '平台管理员', en: 'Platform admin' },
  COMPANY_ADMIN: { zh: '公司管理员', en: 'Company admin' },
  QUALITY_AUDITOR: { zh: '品质专员', en: 'Quality auditor' },
  HQ_VIEWER: { zh: '区域经理 / 总部查看', en: 'HQ viewer' },
  ESTATE_MANAGER: { zh: '项目经理', en: 'Estate manager' },
  ESTATE_STAFF: { zh: '项目员工', en: 'Estate staff' },
  COMMITTEE_MEMBER: { zh: '业主委员会委员', en: "Owners' committee member" },
};

/** The scope a membership is granted over, as stored and as sent by clients. */
export interface MembershipScopeInput {
  role: MembershipRole;
  regionId?: string | null;
  estateIds?: readonly string[] | null;
}

export function scopeKindOf(input: MembershipScopeInput): ScopeKind {
  if (input.estateIds && input.estateIds.length > 0) return 'ESTATES';
  if (input.regionId) return 'REGION';
  return 'COMPANY';
}

// The rules of a membership's scope (`validateMembershipScope`, `membershipInput`) are in
// validation/schemas/users.ts.
