import { z } from 'zod';
import { MEMBERSHIP_ROLES, type MembershipScopeInput, ROLE_SCOPES, scopeKindOf } from '../../roles.js';
import { problemsOf } from '../adapter.js';
import { email, id, idempotencyKey, name, oneOf, password, phone, search } from '../primitives.js';
import type { FieldProblem } from '../problems.js';

const role = oneOf(MEMBERSHIP_ROLES as unknown as readonly [string, ...string[]], {
  required: '请选择角色',
  invalid: '角色无效',
});

/**
 * One membership: its role, and a scope that fits the role (a company-wide role takes neither a
 * region nor estates; an estate role takes at least one estate; a committee member exactly one).
 */
export const membershipInput = z
  .object({
    role,
    regionId: id('区域').nullish(),
    estateIds: z.array(id('小区')).max(500, { error: '小区过多' }).nullish(),
  })
  .superRefine((input, ctx) => {
    const add = (field: string, reason: string, message: string, params: Record<string, number> = {}) =>
      ctx.addIssue({ code: 'custom', path: [field], message, params: { reason, ...params } });
    const m = input as MembershipScopeInput;
    if (m.regionId && m.estateIds && m.estateIds.length > 0) {
      return add('regionId', 'CONFLICT', '不能同时指定区域和小区');
    }
    const kind = scopeKindOf(m);
    const allowed = ROLE_SCOPES[m.role];
    if (!allowed) return;
    if (!allowed.includes(kind)) {
      if (allowed.includes('ESTATES')) add('estateIds', 'REQUIRED', '该角色必须指定所管小区');
      else if (kind === 'REGION') add('regionId', 'NOT_ALLOWED', '该角色不能限定区域');
      else add('estateIds', 'NOT_ALLOWED', '该角色不能限定小区');
    }
    if (m.role === 'COMMITTEE_MEMBER' && (m.estateIds?.length ?? 0) > 1) {
      add('estateIds', 'TOO_MANY', '业主委员会委员只能对应一个小区', { max: 1 });
    }
    if (m.estateIds?.some((e) => !e?.trim())) add('estateIds', 'INVALID', '小区无效');
    if (m.estateIds && new Set(m.estateIds).size !== m.estateIds.length) {
      add('estateIds', 'DUPLICATE', '小区重复');
    }
  });

/** Checks that a membership's scope fits its role. Returns problems rather than throwing. */
export function validateMembershipScope(
  input: MembershipScopeInput,
  path: (string | number)[] = [],
): FieldProblem[] {
  return problemsOf(membershipInput, input, path);
}

export const MAX_MEMBERSHIPS = 20;

/** A user's memberships: at least one, at most 20. */
export const membershipList = z
  .array(membershipInput)
  .min(1, { error: '至少指定一个角色' })
  .max(MAX_MEMBERSHIPS, { error: '角色过多' });

export const userName = name({ max: 40, label: '姓名' });

/** A new user; memberships are checked separately, after the caller's right to create users. */
export const createUserInput = z.object({
  email: email(),
  name: userName,
  phone: phone().nullish(),
  password: password().nullish(),
  idempotencyKey: idempotencyKey().nullish(),
});

export const userFilter = z.object({ search: search(100).nullish() });

export const loginInput = z.object({
  // Sign-in only bounds what it reads: format rules would tell which addresses can exist.
  email: z.string().max(254, { error: '邮箱不能超过 254 个字符' }),
  password: z.string().max(200, { error: '密码不能超过 200 位' }),
});

export const acceptInvitationInput = z.object({
  token: z.string().max(200, { error: '邀请码无效' }),
  password: password(),
});
