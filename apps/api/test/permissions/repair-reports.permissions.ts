/**
 * Residents' repair reports by QR code (issue 11 item 2). The public page, the report, the
 * tracking page and the rating need no sign-in: every role (anonymous included) may use them with
 * a valid token. The estate's link (its QR poster) is seen and rotated by the company admin and
 * the estate's manager only.
 */
import { expect } from 'vitest';
import { ANYONE, adminGql, co, type Entry, kit } from './harness.js';

const LINK = `query($e: ID!) { estateRepairLink(estateId: $e) { token } }`;
const SUBMIT = `mutation($i: SubmitRepairReportInput!) { submitRepairReport(input: $i) { trackingToken number } }`;

/** estates[0]'s public link token (made by the admin once). */
let linkOf: Promise<string> | undefined;
const link = () => {
  linkOf ??= adminGql<{ estateRepairLink: { token: string } }>(LINK, { e: co.estates[0]!.id }).then(
    (d) => d.estateRepairLink.token,
  );
  return linkOf;
};

const reportInput = async () => ({
  token: await link(),
  location: '矩阵 1 栋 101',
  description: '阳台灯不亮',
  phone: '13912345678',
});

/** A fresh report of estates[0], its order marked done (as staff would have completed it). */
async function doneReport(): Promise<string> {
  const receipt = await kit.gql<{ submitRepairReport: { trackingToken: string; number: number } }>(
    null,
    SUBMIT,
    {
      i: await reportInput(),
    },
  );
  if (receipt.errors) throw new Error(`setup failed: ${JSON.stringify(receipt.errors)}`);
  const { trackingToken, number } = receipt.data!.submitRepairReport;
  await kit.database.raw(
    `update work_orders set status = 'COMPLETED', dispatched_at = reported_at, arrived_at = reported_at,
     completed_at = reported_at where estate_id = $1 and number = $2`,
    [co.estates[0]!.id, number],
  );
  return trackingToken;
}

export const repairReportsPermissions: Record<string, Entry> = {
  repairReportPage: {
    allowed: ANYONE,
    sample: async () => ({
      query: `query($t: String!) { repairReportPage(token: $t) { estateName companyName } }`,
      variables: { t: await link() },
    }),
    check: (_role, data) => expect(data.repairReportPage).toMatchObject({ estateName: co.estates[0]!.name }),
  },
  submitRepairReport: {
    allowed: ANYONE,
    sample: async () => ({ query: SUBMIT, variables: { i: await reportInput() } }),
    check: (_role, data) =>
      expect((data.submitRepairReport as { trackingToken: string }).trackingToken).toMatch(/^[\w-]{32}$/),
  },
  repairTracking: {
    allowed: ANYONE,
    sample: async () => ({
      query: `query($t: String!) { repairTracking(token: $t) { status canRate location } }`,
      variables: { t: await doneReport() },
    }),
    check: (_role, data) =>
      expect(data.repairTracking).toEqual({ status: 'COMPLETED', canRate: true, location: '矩阵 1 栋 101' }),
  },
  rateRepairReport: {
    allowed: ANYONE,
    sample: async () => ({
      query: `mutation($i: RateRepairReportInput!) { rateRepairReport(input: $i) { rating canRate } }`,
      variables: { i: { token: await doneReport(), rating: 5, comment: '很好' } },
    }),
    check: (_role, data) => expect(data.rateRepairReport).toEqual({ rating: 5, canRate: false }),
  },
  estateRepairLink: {
    allowed: ['COMPANY_ADMIN', 'ESTATE_MANAGER'],
    sample: () => ({
      query: `query($e: ID!) { estateRepairLink(estateId: $e) { estateId token path } }`,
      variables: { e: co.estates[0]!.id },
    }),
    check: async (_role, data) =>
      expect(data.estateRepairLink).toMatchObject({ estateId: co.estates[0]!.id, token: await link() }),
  },
  rotateEstateRepairLink: {
    allowed: ['COMPANY_ADMIN', 'ESTATE_MANAGER'],
    // Rotates estates[0]'s link (listed last: the samples above used the token before).
    sample: () => ({
      query: `mutation($e: ID!) { rotateEstateRepairLink(estateId: $e) { token version } }`,
      variables: { e: co.estates[0]!.id },
    }),
    check: (_role, data) => {
      const { token, version } = data.rotateEstateRepairLink as { token: string; version: number };
      expect(version).toBeGreaterThan(1);
      linkOf = Promise.resolve(token);
    },
  },
};
