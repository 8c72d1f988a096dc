/** The auth module’s operations: who may run each, and a runnable sample (see permission-matrix.test.ts). */
import { expect } from 'vitest';
import { codeOf, TEST_PASSWORD } from '../kit.js';
import { COMPANY_ROLES, newUserOf, SIGNED_IN_ROLES } from '../schema-roles.js';
import {
  ANYONE,
  co,
  type Entry,
  invitationOf,
  invitations,
  kit,
  loginUser,
  second,
  tokenOf,
} from './harness.js';

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
  myCompanies: {
    allowed: SIGNED_IN_ROLES,
    sample: () => ({ query: `query { myCompanies { id name } }` }),
    check: (role, data) =>
      expect((data.myCompanies as { id: string }[]).map((c) => c.id)).toEqual(
        role === 'PLATFORM_ADMIN' ? [] : [co.id],
      ),
  },
  myInvitations: {
    allowed: SIGNED_IN_ROLES,
    sample: () => ({ query: `query { myInvitations { id companyId companyName roles } }` }),
    check: (_role, data) => expect(data.myInvitations).toEqual([]),
  },
  acceptCompanyInvitation: {
    allowed: SIGNED_IN_ROLES,
    // A throwaway account of the role, invited by the second company; anonymous callers try its id.
    sample: async (role) => {
      const query = `mutation($input: AcceptCompanyInvitationInput!) { acceptCompanyInvitation(input: $input) { id } }`;
      const account = await newUserOf(kit, co, role === 'ANONYMOUS' ? 'ESTATE_STAFF' : role);
      const invitationId = await invitationOf(account);
      return {
        query,
        variables: { input: { invitationId } },
        token: role === 'ANONYMOUS' ? null : account.token,
      };
    },
    check: (_role, data) =>
      expect((data.acceptCompanyInvitation as { id: string }[]).map((c) => c.id)).toContain(second.id),
  },
  switchCompany: {
    allowed: COMPANY_ROLES,
    // A throwaway account of the role, also invited to and working for the second company, moves
    // there (the platform admin has no membership in `second`: NOT_FOUND).
    sample: async (role) => {
      const query = `mutation($input: SwitchCompanyInput!) { switchCompany(input: $input) { token user { id } } }`;
      if (role === 'ANONYMOUS') return { query, variables: { input: { companyId: second.id } }, token: null };
      const account = await newUserOf(kit, co, role);
      if (role !== 'PLATFORM_ADMIN') {
        const invitationId = await invitationOf(account);
        await kit.gql(
          account.token,
          `mutation($input: AcceptCompanyInvitationInput!) { acceptCompanyInvitation(input: $input) { id } }`,
          { input: { invitationId } },
        );
      }
      return { query, variables: { input: { companyId: second.id } }, token: account.token };
    },
    check: async (_role, data, call) => {
      const { token } = data.switchCompany as { token: string };
      expect(codeOf(await kit.gql(call.token!, `query { me { id } }`))).toBe('UNAUTHENTICATED');
      const view = await kit.gql<{ company: { id: string } }>(token, `query { company { id } }`);
      expect(view.data!.company.id).toBe(second.id);
    },
  },
};
