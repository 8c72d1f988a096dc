/**
 * The estate's operational records (issue 11 items 5–6): fees, incidents, facility checks,
 * community activities and the special-services menu, and the drill-downs behind their figures.
 * HQ (admin, auditor, viewers) and the estate's manager and staff read the records of estates[0];
 * the manager, the admin and the estate's staff record fees, incidents, checks and activities;
 * only the manager and the admin keep the services menu; the drill-downs go to whoever reads the
 * estate's monthly figures. The committee sees none of it.
 */
import { randomUUID } from 'node:crypto';
import { addMonths } from '@anju/domain';
import { expect } from 'vitest';
import { uploadFile } from '../files.js';
import { feeWorkbook } from '../ops-kit.js';
import type { MatrixRole } from '../schema-roles.js';
import { unique } from '../schema-roles.js';
import { adminGql, co, type Entry, FIGURE_READERS, kit, THIS_MONTH, tokenOf } from './harness.js';

const READERS: readonly MatrixRole[] = [
  'COMPANY_ADMIN',
  'QUALITY_AUDITOR',
  'HQ_VIEWER',
  'HQ_VIEWER_REGION',
  'ESTATE_MANAGER',
  'ESTATE_STAFF',
];
const RECORDERS: readonly MatrixRole[] = ['COMPANY_ADMIN', 'ESTATE_MANAGER', 'ESTATE_STAFF'];
const MENU_KEEPERS: readonly MatrixRole[] = ['COMPANY_ADMIN', 'ESTATE_MANAGER'];
const LAST = addMonths(THIS_MONTH, -1);
const DAY = `${LAST}-12`;
const e0 = () => co.estates[0]!.id;

/** Each fee sample gets a month of its own, far back from the figures' samples. */
let feeMonth = addMonths(THIS_MONTH, -60);
const nextFeeMonth = () => {
  feeMonth = addMonths(feeMonth, -1);
  return feeMonth;
};

const incidentInput = () => ({
  kind: 'VIOLATION',
  occurredOn: DAY,
  place: `矩阵 ${unique()} 栋`,
  description: '私搭乱建',
});
const checkInput = () => ({
  facilityClass: 'STREET_LIGHT',
  checkedOn: DAY,
  itemsChecked: 20,
  itemsIntact: 19,
  defects: '1 盏不亮',
  checker: '矩阵检查人',
});
const activityInput = () => ({ heldOn: DAY, title: `矩阵活动 ${unique()}`, attendance: 300 });
const serviceInput = () => ({
  name: `矩阵服务 ${unique()}`,
  price: '20',
  unit: '次',
  activeFrom: `${LAST}-01`,
});

async function fresh<T extends { id: string }>(
  mutation: string,
  type: string,
  input: Record<string, unknown>,
) {
  const data = await adminGql<Record<string, T>>(`mutation($i: ${type}!) { ${mutation}(input: $i) { id } }`, {
    i: { estateId: e0(), ...input },
  });
  return Object.values(data)[0]!.id;
}

const drill = (field: string, code: string): Entry => ({
  allowed: FIGURE_READERS,
  sample: () => ({
    query: `query($e: ID!, $c: String!, $m: String!) { ${field}(estateId: $e, indicatorCode: $c, month: $m) { estateId indicatorCode month } }`,
    variables: { e: e0(), c: code, m: LAST },
  }),
  check: (_role, data) => expect(data[field]).toMatchObject({ indicatorCode: code, month: LAST }),
});

export const estateOpsPermissions: Record<string, Entry> = {
  feeCollections: {
    allowed: READERS,
    sample: () => ({
      query: `query($e: ID!) { feeCollections(estateId: $e) { id month } }`,
      variables: { e: e0() },
    }),
  },
  saveFeeCollection: {
    allowed: RECORDERS,
    sample: () => ({
      query: `mutation($i: SaveFeeCollectionInput!) { saveFeeCollection(input: $i) { id month version } }`,
      variables: { i: { estateId: e0(), month: nextFeeMonth(), receivable: '1000', collected: '990' } },
    }),
    check: (_role, data) => expect(data.saveFeeCollection).toMatchObject({ version: 1 }),
  },
  importFeeCollections: {
    allowed: RECORDERS,
    sample: async (role) => {
      const token = tokenOf(role);
      const upload = token
        ? await uploadFile(kit, token, await feeWorkbook([[nextFeeMonth(), '500', '450', null]]), 'fees.xlsx')
        : null;
      return {
        query: `mutation($i: ImportFeeCollectionsInput!) { importFeeCollections(input: $i) { saved } }`,
        variables: { i: { estateId: e0(), fileId: upload?.status === 201 ? upload.body.id : randomUUID() } },
      };
    },
    check: (_role, data) => expect(data.importFeeCollections).toMatchObject({ saved: 1 }),
  },
  exportFeeCollections: {
    allowed: READERS,
    sample: () => ({
      query: `mutation($i: ExportFeeCollectionsInput!) { exportFeeCollections(input: $i) { id contentType } }`,
      variables: { i: { estateId: e0() } },
    }),
  },
  feeIndicatorDrillDown: drill('feeIndicatorDrillDown', 'fee_collection'),
  incidents: {
    allowed: READERS,
    sample: () => ({
      query: `query($f: IncidentFilter!) { incidents(filter: $f) { id } }`,
      variables: { f: { estateId: e0() } },
    }),
  },
  createIncident: {
    allowed: RECORDERS,
    sample: () => ({
      query: `mutation($i: CreateIncidentInput!) { createIncident(input: $i) { id kind } }`,
      variables: { i: { estateId: e0(), ...incidentInput() } },
    }),
  },
  updateIncident: {
    allowed: RECORDERS,
    sample: async () => ({
      query: `mutation($i: UpdateIncidentInput!) { updateIncident(input: $i) { id version handled } }`,
      variables: {
        i: {
          id: await fresh('createIncident', 'CreateIncidentInput', incidentInput()),
          version: 1,
          ...incidentInput(),
          handled: true,
          handledOn: DAY,
        },
      },
    }),
    check: (_role, data) => expect(data.updateIncident).toMatchObject({ version: 2, handled: true }),
  },
  incidentIndicatorDrillDown: drill('incidentIndicatorDrillDown', 'violation_rate'),
  facilityChecks: {
    allowed: READERS,
    sample: () => ({
      query: `query($f: FacilityCheckFilter!) { facilityChecks(filter: $f) { id } }`,
      variables: { f: { estateId: e0() } },
    }),
  },
  createFacilityCheck: {
    allowed: RECORDERS,
    sample: () => ({
      query: `mutation($i: CreateFacilityCheckInput!) { createFacilityCheck(input: $i) { id } }`,
      variables: { i: { estateId: e0(), ...checkInput() } },
    }),
  },
  updateFacilityCheck: {
    allowed: RECORDERS,
    sample: async () => ({
      query: `mutation($i: UpdateFacilityCheckInput!) { updateFacilityCheck(input: $i) { id version } }`,
      variables: {
        i: {
          id: await fresh('createFacilityCheck', 'CreateFacilityCheckInput', checkInput()),
          version: 1,
          ...checkInput(),
          itemsIntact: 20,
          defects: null,
        },
      },
    }),
    check: (_role, data) => expect(data.updateFacilityCheck).toMatchObject({ version: 2 }),
  },
  facilityCheckIndicatorDrillDown: drill('facilityCheckIndicatorDrillDown', 'streetlight_intact'),
  communityActivities: {
    allowed: READERS,
    sample: () => ({
      query: `query($e: ID!) { communityActivities(estateId: $e) { id } }`,
      variables: { e: e0() },
    }),
  },
  createCommunityActivity: {
    allowed: RECORDERS,
    sample: () => ({
      query: `mutation($i: CreateCommunityActivityInput!) { createCommunityActivity(input: $i) { id } }`,
      variables: { i: { estateId: e0(), ...activityInput() } },
    }),
  },
  updateCommunityActivity: {
    allowed: RECORDERS,
    sample: async () => ({
      query: `mutation($i: UpdateCommunityActivityInput!) { updateCommunityActivity(input: $i) { id version } }`,
      variables: {
        i: {
          id: await fresh('createCommunityActivity', 'CreateCommunityActivityInput', activityInput()),
          version: 1,
          ...activityInput(),
        },
      },
    }),
    check: (_role, data) => expect(data.updateCommunityActivity).toMatchObject({ version: 2 }),
  },
  specialServices: {
    allowed: READERS,
    sample: () => ({
      query: `query($e: ID!) { specialServices(estateId: $e) { id } }`,
      variables: { e: e0() },
    }),
  },
  createSpecialService: {
    allowed: MENU_KEEPERS,
    sample: () => ({
      query: `mutation($i: CreateSpecialServiceInput!) { createSpecialService(input: $i) { id active } }`,
      variables: { i: { estateId: e0(), ...serviceInput() } },
    }),
  },
  updateSpecialService: {
    allowed: MENU_KEEPERS,
    sample: async () => ({
      query: `mutation($i: UpdateSpecialServiceInput!) { updateSpecialService(input: $i) { id version } }`,
      variables: {
        i: {
          id: await fresh('createSpecialService', 'CreateSpecialServiceInput', serviceInput()),
          version: 1,
          ...serviceInput(),
          activeUntil: `${LAST}-28`,
        },
      },
    }),
    check: (_role, data) => expect(data.updateSpecialService).toMatchObject({ version: 2 }),
  },
  applySpecialServicePresets: {
    allowed: MENU_KEEPERS,
    sample: () => ({
      query: `mutation($i: ApplySpecialServicePresetsInput!) { applySpecialServicePresets(input: $i) { id name } }`,
      variables: { i: { estateId: e0(), activeFrom: `${LAST}-01` } },
    }),
  },
  activityIndicatorDrillDown: drill('activityIndicatorDrillDown', 'culture_activities'),
};
