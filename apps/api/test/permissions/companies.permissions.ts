/** The companies module’s operations: who may run each, and a runnable sample (see permission-matrix.test.ts). */
import { expect } from 'vitest';
import { TEST_PASSWORD } from '../kit.js';
import { COMPANY_ROLES, unique } from '../schema-roles.js';
import { co, type Entry, ids, kit } from './harness.js';

export const companiesPermissions: Record<string, Entry> = {
  company: {
    allowed: COMPANY_ROLES,
    sample: () => ({ query: `query { company { id name slug } }` }),
    check: (_role, data) => expect(data.company).toMatchObject({ id: co.id, slug: co.slug }),
  },
  companies: {
    allowed: ['PLATFORM_ADMIN'],
    sample: () => ({ query: `query { companies(first: 100) { totalCount edges { node { id slug } } } }` }),
    check: (_role, data) => expect(ids(data.companies)).toContain(co.id),
  },
  updateCompany: {
    allowed: ['PLATFORM_ADMIN'],
    sample: async () => ({
      query: `mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { id name } }`,
      variables: { input: { id: (await kit.company()).id, name: `改名 ${unique()}` } },
    }),
    check: (_role, data) => expect((data.updateCompany as { name: string }).name).toMatch(/^改名 /),
  },
  updateCompanySettings: {
    allowed: ['COMPANY_ADMIN'],
    sample: () => ({
      query: `mutation($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { id figureReminderDay } }`,
      variables: { input: { figureReminderDay: 7 } },
    }),
    check: (_role, data) => expect(data.updateCompanySettings).toEqual({ id: co.id, figureReminderDay: 7 }),
  },
  suspendCompany: {
    allowed: ['PLATFORM_ADMIN'],
    sample: async () => ({
      query: `mutation($input: CompanyIdInput!) { suspendCompany(input: $input) { id suspendedAt } }`,
      variables: { input: { id: (await kit.company()).id } },
    }),
    check: (_role, data) => expect((data.suspendCompany as { suspendedAt: string }).suspendedAt).toBeTruthy(),
  },
  reactivateCompany: {
    allowed: ['PLATFORM_ADMIN'],
    sample: async () => {
      const target = await kit.company();
      await kit.database.raw('update companies set suspended_at = now() where id = $1', [target.id]);
      return {
        query: `mutation($input: CompanyIdInput!) { reactivateCompany(input: $input) { id suspendedAt } }`,
        variables: { input: { id: target.id } },
      };
    },
    check: (_role, data) => expect((data.reactivateCompany as { suspendedAt: null }).suspendedAt).toBeNull(),
  },
  createCompany: {
    allowed: ['PLATFORM_ADMIN'],
    sample: () => {
      const tag = unique();
      return {
        query: `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id slug } }`,
        variables: {
          input: {
            name: `矩阵物业 ${tag}`,
            slug: `mx-${tag}`,
            admin: { email: `admin-${tag}@mx.test`, name: '首任管理员', password: TEST_PASSWORD },
          },
        },
      };
    },
    check: async (_role, data) => {
      const rows = await kit.database.raw('select id from companies where slug = $1', [
        (data.createCompany as { slug: string }).slug,
      ]);
      expect(rows).toHaveLength(1);
    },
  },
};
