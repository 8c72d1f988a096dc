/** The estates module’s operations: who may run each, and a runnable sample (see permission-matrix.test.ts). */
import { expect } from 'vitest';
import { COMPANY_ROLES, unique, versionOf } from '../schema-roles.js';
import {
  ADMIN_ONLY,
  adminGql,
  CREATE_ESTATE,
  co,
  type Entry,
  ESTATE_SCOPED,
  freshEstate,
  kit,
  spareEstateId,
} from './harness.js';

export const estatesPermissions: Record<string, Entry> = {
  estates: {
    allowed: COMPANY_ROLES,
    sample: () => ({
      query: `query { estates(first: 100) { totalCount edges { node { id regionId } } } }`,
    }),
    check: (role, data) => {
      const nodes = (
        data.estates as { edges: { node: { id: string; regionId: string | null } }[] }
      ).edges.map((e) => e.node);
      const seen = nodes.map((n) => n.id);
      const [e0, e1, e2] = co.estates.map((e) => e.id);
      if (ESTATE_SCOPED.includes(role)) expect(seen).toEqual([e0]);
      else if (role === 'HQ_VIEWER_REGION') {
        expect(seen).toEqual(expect.arrayContaining([e0, e1]));
        expect(nodes.every((n) => n.regionId === co.regions[0]!.id)).toBe(true);
      } else expect(seen).toEqual(expect.arrayContaining([e0, e1, e2]));
    },
  },
  estate: {
    allowed: COMPANY_ROLES,
    // estates[0] is in every scoped role's scope (and in region 0).
    sample: () => ({
      query: `query($id: ID!) { estate(id: $id) { id name } }`,
      variables: { id: co.estates[0]!.id },
    }),
    check: (_role, data) => expect(data.estate).toMatchObject({ id: co.estates[0]!.id }),
  },
  createEstate: {
    allowed: ADMIN_ONLY,
    sample: () => ({
      query: CREATE_ESTATE,
      variables: {
        input: {
          name: `新苑 ${unique()}`,
          code: `MC-${unique()}`,
          type: 'OFFICE',
          regionId: co.regions[0]!.id,
        },
      },
    }),
  },
  updateEstate: {
    allowed: ADMIN_ONLY,
    // Refused roles aim at estates[0], which they can all read (FORBIDDEN rather than NOT_FOUND).
    sample: async (role) => {
      const id = role === 'COMPANY_ADMIN' ? spareEstateId : co.estates[0]!.id;
      return {
        query: `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id name version } }`,
        variables: { input: { id, version: await versionOf(kit, 'estates', id), name: `改名 ${unique()}` } },
      };
    },
  },
  archiveEstate: {
    allowed: ADMIN_ONLY,
    sample: async (role) => {
      const id = role === 'COMPANY_ADMIN' ? await freshEstate() : co.estates[0]!.id;
      return {
        query: `mutation($input: ArchiveInput!) { archiveEstate(input: $input) { id archivedAt } }`,
        variables: { input: { id, version: await versionOf(kit, 'estates', id) } },
      };
    },
    check: (_role, data) => expect((data.archiveEstate as { archivedAt: string }).archivedAt).toBeTruthy(),
  },
  estateChanged: {
    allowed: COMPANY_ROLES,
    sample: () => ({ query: `subscription { estateChanged { kind estate { id } } }` }),
    // estates[0] is visible to every company role, so every allowed subscriber hears of it.
    trigger: async () => {
      const id = co.estates[0]!.id;
      await adminGql(`mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id } }`, {
        input: { id, version: await versionOf(kit, 'estates', id), address: `矩阵路 ${unique()} 号` },
      });
    },
    check: (_role, data) =>
      expect(data.estateChanged).toMatchObject({ kind: 'UPDATED', estate: { id: co.estates[0]!.id } }),
  },
};
