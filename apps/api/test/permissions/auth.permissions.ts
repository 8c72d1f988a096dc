/** The auth module’s operations: who may run each, and a runnable sample (see permission-matrix.test.ts). */
import { expect } from 'vitest';
import { codeOf, TEST_PASSWORD } from '../kit.js';
import { newUserOf, SIGNED_IN_ROLES } from '../schema-roles.js';
import { ANYONE, co, type Entry, invitations, kit, loginUser, tokenOf } from './harness.js';

export const authPermissions: Record<string, Entry> = {
  login: {
    allowed: ANYONE,
    sample: () => ({
      query: `mutation($input: LoginInput!) { login(input: $input) { token user { id } } }`,
      variables: { input: { email: loginUser.email, password: TEST_PASSWORD } },
    }),
    check: (_role, data) => expect(data.login).toMatchObject({ user: { id: loginUser.id } }),
  },
  logout: {
    allowed: SIGNED_IN_ROLES,
    sample: async (role) => ({
      query: `mutation { logout }`,
      token: role === 'ANONYMOUS' ? null : (await newUserOf(kit, co, role)).token,
    }),
    check: async (role, data, call) => {
      expect(data.logout).toBe(true);
      // The throwaway session is over; the role's own session is untouched.
      expect(codeOf(await kit.gql(call.token!, `query { me { id } }`))).toBe('UNAUTHENTICATED');
      expect(codeOf(await kit.gql(tokenOf(role), `query { me { id } }`))).toBe('OK');
    },
  },
  acceptInvitation: {
    allowed: ANYONE,
    sample: (role) => ({
      query: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id } } }`,
      variables: { input: { token: invitations.get(role)!.token, password: 'accepted-pass-1' } },
    }),
    check: (role, data) =>
      expect(data.acceptInvitation).toMatchObject({ user: { id: invitations.get(role)!.userId } }),
  },
};
