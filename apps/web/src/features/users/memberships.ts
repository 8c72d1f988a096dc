import {
  type FieldProblem,
  MEMBERSHIP_ROLES,
  type MembershipRole,
  membershipInput,
  problemsOf,
  ROLE_SCOPES,
} from '@anju/domain';
import type { MembershipInput, UserFieldsFragment } from '../../gql/graphql';

export type UserRow = UserFieldsFragment;
export type MembershipRow = UserRow['memberships'][number];

/** One row of the memberships Form.List, named like MembershipInput. */
export interface MembershipFormValue {
  role?: MembershipRole;
  regionId?: string | null;
  estateIds?: string[];
}

export function scopeOf(role: MembershipRole | undefined): 'COMPANY' | 'REGION' | 'ESTATES' {
  if (!role) return 'COMPANY';
  const scopes = ROLE_SCOPES[role];
  if (scopes.includes('ESTATES')) return 'ESTATES';
  if (scopes.includes('REGION')) return 'REGION';
  return 'COMPANY';
}

function isMembershipRole(role: string): role is MembershipRole {
  return (MEMBERSHIP_ROLES as readonly string[]).includes(role);
}

export function fromMemberships(rows: readonly MembershipRow[]): MembershipFormValue[] {
  return rows
    .filter((m) => isMembershipRole(m.role))
    .map((m) => ({
      role: m.role as MembershipRole,
      regionId: m.regionId ?? null,
      estateIds: [...m.estateIds],
    }));
}

/** Only the scope the role takes is sent: a region left over from a previous role choice is dropped. */
export function toMembershipInputs(values: readonly MembershipFormValue[] | undefined): MembershipInput[] {
  return (values ?? []).map((v) => {
    const role = v.role ?? 'ESTATE_STAFF';
    const scope = scopeOf(v.role);
    if (scope === 'ESTATES') return { role, estateIds: v.estateIds ?? [] };
    if (scope === 'REGION') return { role, regionId: v.regionId || null };
    return { role };
  });
}

/**
 * The same schema the API applies (`membershipInput` of @anju/domain), per row, with paths the
 * Form.List understands: a row without a role is REQUIRED, a scope that does not fit its role is
 * reported on the field to fix.
 */
export function validateMemberships(inputs: readonly MembershipInput[]): FieldProblem[] {
  return inputs.flatMap((input, i) => problemsOf(membershipInput, input, ['memberships', i]));
}
