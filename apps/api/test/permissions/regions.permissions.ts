/** The regions module’s operations: who may run each, and a runnable sample (see permission-matrix.test.ts). */
import { expect } from 'vitest';
import { COMPANY_ROLES, unique, versionOf } from '../schema-roles.js';
import { ADMIN_ONLY, CREATE_REGION, co, type Entry, freshRegion, kit } from './harness.js';

export const regionsPermissions: Record<string, Entry> = {
  regions: {
    // Estate-level members read the region of their estate only (estates[0] is in region 0).
    allowed: COMPANY_ROLES,
    sample: () => ({ query: `query { regions { id code } }` }),
    check: (role, data) => {
      const seen = (data.regions as { id: string }[]).map((r) => r.id);
      if (['HQ_VIEWER_REGION', 'ESTATE_MANAGER', 'ESTATE_STAFF', 'COMMITTEE_MEMBER'].includes(role))
        expect(seen).toEqual([co.estates[0]!.regionId]);
      else expect(seen).toEqual(expect.arrayContaining(co.regions.map((r) => r.id)));
    },
  },
  createRegion: {
    allowed: ADMIN_ONLY,
    sample: () => ({
      query: CREATE_REGION,
      variables: { input: { name: `新区 ${unique()}`, code: `RC-${unique()}` } },
    }),
  },
  updateRegion: {
    allowed: ADMIN_ONLY,
    sample: async (role) => {
      const id = role === 'COMPANY_ADMIN' ? await freshRegion() : co.regions[0]!.id;
      return {
        query: `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { id name version } }`,
        variables: { input: { id, version: await versionOf(kit, 'regions', id), name: `改区 ${unique()}` } },
      };
    },
  },
  archiveRegion: {
    allowed: ADMIN_ONLY,
    sample: async (role) => {
      const id = role === 'COMPANY_ADMIN' ? await freshRegion() : co.regions[0]!.id;
      return {
        query: `mutation($input: ArchiveInput!) { archiveRegion(input: $input) { id archivedAt } }`,
        variables: { input: { id, version: await versionOf(kit, 'regions', id) } },
      };
    },
    check: (_role, data) => expect((data.archiveRegion as { archivedAt: string }).archivedAt).toBeTruthy(),
  },
};
