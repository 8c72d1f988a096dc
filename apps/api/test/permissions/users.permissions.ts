/** The users module’s operations: who may run each, and a runnable sample (see permission-matrix.test.ts). */
import { expect } from 'vitest';
import { SIGNED_IN_ROLES, type SignedInRole, unique } from '../schema-roles.js';
import { ADMIN_ONLY, co, type Entry, ids, kit, users, victim } from './harness.js';

export const usersPermissions: Record<string, Entry> = {
  me: {
    allowed: SIGNED_IN_ROLES,
    sample: () => ({ query: `query { me { id email platformAdmin memberships { role scopeKind } } }` }),
    check: (role, data) => {
      const u = users[role as SignedInRole];
      expect(data.me).toMatchObject({ id: u.id, email: u.email, platformAdmin: role === 'PLATFORM_ADMIN' });
    },
  },
  users: {
    allowed: ['COMPANY_ADMIN', 'QUALITY_AUDITOR'],
    sample: () => ({ query: `query { users(first: 100) { totalCount edges { node { id name email } } } }` }),
    check: (role, data) => expect(ids(data.users)).toContain(users[role as SignedInRole].id),
  },
  createUser: {
    allowed: ADMIN_ONLY,
    sample: () => ({
      query: `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email } invitationToken } }`,
      variables: {
        input: {
          email: `matrix-${unique()}@${co.slug}.test`,
          name: '矩阵用户',
          memberships: [{ role: 'ESTATE_STAFF', estateIds: [co.estates[0]!.id] }],
        },
      },
    }),
    check: async (_role, data, call) => {
      const email = (call.variables!.input as { email: string }).email;
      const rows = await kit.database.raw('select id from users where email = $1', [email]);
      expect(rows).toHaveLength(1);
      expect((data.createUser as { invitationToken: string | null }).invitationToken).toBeTruthy();
    },
  },
  setMemberships: {
    allowed: ADMIN_ONLY,
    sample: () => ({
      query: `mutation($input: SetMembershipsInput!) { setMemberships(input: $input) { id memberships { role estateIds } } }`,
      variables: {
        input: { userId: victim.id, memberships: [{ role: 'ESTATE_STAFF', estateIds: [co.estates[1]!.id] }] },
      },
    }),
    check: (_role, data) =>
      expect(data.setMemberships).toMatchObject({
        id: victim.id,
        memberships: [{ role: 'ESTATE_STAFF', estateIds: [co.estates[1]!.id] }],
      }),
  },
  deactivateUser: {
    allowed: ADMIN_ONLY,
    sample: async (role) => ({
      query: `mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { id status } }`,
      variables: {
        input: { userId: role === 'COMPANY_ADMIN' ? (await co.user('ESTATE_STAFF')).id : victim.id },
      },
    }),
    check: (_role, data) => expect(data.deactivateUser).toMatchObject({ status: 'DEACTIVATED' }),
  },
};
