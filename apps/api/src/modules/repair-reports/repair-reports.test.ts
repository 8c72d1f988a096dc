import 'reflect-metadata';
/**
 * Residents' repair reports by QR code (issue 11 item 2), through GraphQL and the public photo
 * route as a phone uses them: the estate's link (manager sees, rotates; others refused), the
 * public page, a report with a photo that becomes a QR_CODE work order of the estate, the phone
 * visible only to staff handling it, the tracking page's progress (no staff data), the rating
 * once, hostile and malformed input, photos only through the right estate's page; and the repair
 * indicators computed in each step's transaction with their drill-down.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  type GqlResult,
  startTestKit,
  TEST_NOW,
  type TestCompany,
  type TestKit,
  type TestUser,
  THIS_MONTH,
} from '../../../test/kit.js';
import { addPerson, staffedFromTemplate } from '../../../test/staffing-fixture.js';

let kit: TestKit;
let co: TestCompany;
let other: TestCompany;
let admin: TestUser;
let manager: TestUser;
let viewer: TestUser;
let fixer: TestUser;
let staff: TestUser;
let committee: TestUser;
let otherAdmin: TestUser;
let estate0: string;
let token0: string;

const LINK = `query($e: ID!) { estateRepairLink(estateId: $e) { estateId estateName token path rotatedAt version } }`;
const ROTATE = `mutation($e: ID!) { rotateEstateRepairLink(estateId: $e) { token path rotatedAt version } }`;
const PAGE = `query($t: String!) { repairReportPage(token: $t) { estateName companyName } }`;
const SUBMIT = `mutation($i: SubmitRepairReportInput!) { submitRepairReport(input: $i) { trackingToken number estateName reportedAt } }`;
const TRACK_FIELDS = `estateName number location category description status reportedAt dispatchedAt arrivedAt completedAt calledBackAt closedAt photoCount canRate rating ratingComment ratedAt`;
const TRACK = `query($t: String!) { repairTracking(token: $t) { ${TRACK_FIELDS} } }`;
const RATE = `mutation($i: RateRepairReportInput!) { rateRepairReport(input: $i) { ${TRACK_FIELDS} } }`;
const LIST = `query($f: WorkOrderFilter!) { workOrders(filter: $f, first: 50) { edges { node { id number channel status version reporterPhone reporterName personalDataVisible photos { id } createdBy { id } department { code } } } } }`;
const ONE = `query($id: ID!) { workOrder(id: $id) { id version status reporterPhone personalDataVisible } }`;
const DRILL = `query($e: ID!, $c: String!, $m: String!) { workOrderIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) {
  numerator denominator value unitsHidden rows { workOrderId number locationKind location counted reason channel } } }`;

const base = (kit: TestKit) => kit.url.replace(/\/graphql$/, '');

async function ok<T>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await kit.gql<T>(token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}
const reasons = (res: GqlResult) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path.join('.')}:${f.reason}`);

async function uploadPhoto(token: string, bytes: Uint8Array, name = '漏水.png') {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  const res = await fetch(`${base(kit)}/public/repair-reports/${token}/photos`, {
    method: 'POST',
    body: form,
  });
  return {
    status: res.status,
    body: (await res.json()) as { id?: string; errors?: { extensions: Record<string, unknown> }[] },
  };
}
const png = () =>
  sharp({ create: { width: 16, height: 16, channels: 3, background: '#c33' } })
    .png()
    .toBuffer();

const report = (over: Record<string, unknown> = {}) => ({
  token: token0,
  location: '3栋2单元801',
  description: '卫生间地漏返水',
  phone: '13812345678',
  ...over,
});

interface Order {
  id: string;
  number: number;
  channel: string;
  status: string;
  version: number;
  reporterPhone: string | null;
  personalDataVisible: boolean;
  photos: { id: string }[];
  createdBy: { id: string } | null;
  department: { code: string } | null;
}
async function orderNumbered(token: string, number: number): Promise<Order> {
  const data = await ok<{ workOrders: { edges: { node: Order }[] } }>(token, LIST, {
    f: { estateId: estate0 },
  });
  const found = data.workOrders.edges.map((e) => e.node).find((n) => n.number === number);
  if (!found) throw new Error(`order ${number} not listed`);
  return found;
}

beforeAll(async () => {
  kit = await startTestKit();
  [co, other] = await Promise.all([kit.company(), kit.company()]);
  estate0 = co.estates[0]!.id;
  [admin, manager, viewer, fixer, staff, committee, otherAdmin] = await Promise.all([
    co.user('COMPANY_ADMIN'),
    co.user('ESTATE_MANAGER'),
    co.user('HQ_VIEWER'),
    co.user('ESTATE_STAFF'),
    co.user('ESTATE_STAFF'),
    co.user('COMMITTEE_MEMBER'),
    other.user('COMPANY_ADMIN'),
  ]);
  const positions = await staffedFromTemplate(kit, admin.token, estate0);
  await addPerson(kit.database, co.id, estate0, positions.ELECTRICIAN_PLUMBER!, {
    hireDate: '2020-01-01',
    userId: fixer.id,
  });
  token0 = (await ok<{ estateRepairLink: { token: string } }>(manager.token, LINK, { e: estate0 }))
    .estateRepairLink.token;
});
afterAll(() => kit?.close());

describe('the estate’s public link', () => {
  it('is one unguessable token per estate that the manager and the admin see; rotating retires the old one', async () => {
    expect(token0).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const again = await ok<{ estateRepairLink: { token: string; path: string } }>(admin.token, LINK, {
      e: estate0,
    });
    expect(again.estateRepairLink).toMatchObject({ token: token0, path: `/r/${token0}` });
    const estate1 = co.estates[1]!.id;
    const other1 = await ok<{ estateRepairLink: { token: string } }>(admin.token, LINK, { e: estate1 });
    expect(other1.estateRepairLink.token).not.toBe(token0);

    const rotated = (
      await ok<{ rotateEstateRepairLink: { token: string; version: number; rotatedAt: string } }>(
        admin.token,
        ROTATE,
        { e: estate1 },
      )
    ).rotateEstateRepairLink;
    expect(rotated.token).not.toBe(other1.estateRepairLink.token);
    expect(rotated.version).toBe(2);
    expect(rotated.rotatedAt).toBe(TEST_NOW.toISOString());
    expect(codeOf(await kit.gql(null, PAGE, { t: other1.estateRepairLink.token }))).toBe('NOT_FOUND');
    expect(
      (await ok<{ repairReportPage: { estateName: string } }>(null, PAGE, { t: rotated.token }))
        .repairReportPage.estateName,
    ).toBe(co.estates[1]!.name);
  });

  it('is refused to staff, HQ viewers and the committee, and NOT_FOUND to another company', async () => {
    for (const u of [staff, viewer, committee])
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(await kit.gql(u.token, LINK, { e: estate0 })));
    expect(codeOf(await kit.gql(otherAdmin.token, LINK, { e: estate0 }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(otherAdmin.token, ROTATE, { e: estate0 }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(null, LINK, { e: estate0 }))).toBe('UNAUTHENTICATED');
  });

  it('opens the public page without signing in; a wrong or malformed token is NOT_FOUND', async () => {
    const page = await ok<{ repairReportPage: { estateName: string; companyName: string } }>(null, PAGE, {
      t: token0,
    });
    expect(page.repairReportPage.estateName).toBe(co.estates[0]!.name);
    for (const t of ['x'.repeat(32), 'short', 'a'.repeat(33)])
      expect(codeOf(await kit.gql(null, PAGE, { t }))).toBe('NOT_FOUND');
    // Hostile characters and huge strings are refused before any lookup.
    for (const t of [`${token0}\u0000`, 'a'.repeat(100_000)])
      expect(codeOf(await kit.gql(null, PAGE, { t }))).toBe('BAD_USER_INPUT');
  });
});

describe('a resident’s report', () => {
  let tracking: string;
  let number: number;

  it('with a photo becomes a QR_CODE work order of the estate for its 工程部; the phone reaches only those handling it', async () => {
    const photo = await uploadPhoto(token0, await png());
    expect(photo.status).toBe(201);
    const receipt = (
      await ok<{ submitRepairReport: { trackingToken: string; number: number; estateName: string } }>(
        null,
        SUBMIT,
        {
          i: report({ photoFileIds: [photo.body.id], reporterName: '李阿姨', category: 'DRAINAGE' }),
        },
      )
    ).submitRepairReport;
    expect(receipt.trackingToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(receipt.estateName).toBe(co.estates[0]!.name);
    tracking = receipt.trackingToken;
    number = receipt.number;
    const order = await orderNumbered(manager.token, number);
    expect(order).toMatchObject({
      channel: 'QR_CODE',
      status: 'NEW',
      reporterPhone: '13812345678',
      personalDataVisible: true,
      photos: [{ id: photo.body.id }],
      createdBy: null,
      department: { code: 'ENGINEERING' },
    });
    // HQ reads the order, never the resident's phone.
    const seen = await ok<{ workOrder: { reporterPhone: string | null } }>(viewer.token, ONE, {
      id: order.id,
    });
    expect(seen.workOrder.reporterPhone).toBeNull();
    // Only the hash of the tracking token is kept.
    const rows = await kit.database.raw<{ tracking_token_hash: string }>(
      'select tracking_token_hash from repair_reports where work_order_id = $1',
      [order.id],
    );
    expect(rows[0]!.tracking_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.tracking_token_hash).not.toContain(tracking);
  });

  it('is tracked by its own token: status and step times, no staff data; rating only once it is done, once', async () => {
    const t0 = (await ok<{ repairTracking: Record<string, unknown> }>(null, TRACK, { t: tracking }))
      .repairTracking;
    expect(t0).toMatchObject({
      number,
      status: 'NEW',
      canRate: false,
      rating: null,
      photoCount: 1,
      dispatchedAt: null,
    });
    const early = await kit.gql(null, RATE, { i: { token: tracking, rating: 5 } });
    expect(reasons(early)).toEqual(['rating:INVALID_TRANSITION']);

    const order = await orderNumbered(manager.token, number);
    // The fixer (工程部) sees the order but not the phone until it is theirs.
    const before = await ok<{ workOrder: { reporterPhone: string | null } }>(fixer.token, ONE, {
      id: order.id,
    });
    expect(before.workOrder.reporterPhone).toBeNull();
    const step = (q: string, i: Record<string, unknown>, token = manager.token) =>
      ok<Record<string, { version: number; reporterPhone: string | null }>>(token, q, { i });
    const at = (m: number) => new Date(TEST_NOW.getTime() + m * 60_000);
    kit.setNow(at(2));
    await step(
      'mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { version reporterPhone } }',
      {
        id: order.id,
        version: order.version,
        assigneeUserId: fixer.id,
      },
    );
    const mine = await ok<{ workOrder: { reporterPhone: string | null } }>(fixer.token, ONE, {
      id: order.id,
    });
    expect(mine.workOrder.reporterPhone).toBe('13812345678');
    kit.setNow(at(8));
    await step(
      'mutation($i: ArriveWorkOrderInput!) { arriveWorkOrder(input: $i) { version reporterPhone } }',
      {
        id: order.id,
        version: order.version + 1,
      },
      fixer.token,
    );
    kit.setNow(at(50));
    await step(
      'mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { version reporterPhone } }',
      {
        id: order.id,
        version: order.version + 2,
        qualityPassed: true,
      },
      fixer.token,
    );
    kit.setNow(TEST_NOW);

    const done = (await ok<{ repairTracking: Record<string, unknown> }>(null, TRACK, { t: tracking }))
      .repairTracking;
    expect(done).toMatchObject({
      status: 'COMPLETED',
      dispatchedAt: at(2).toISOString(),
      arrivedAt: at(8).toISOString(),
      completedAt: at(50).toISOString(),
      canRate: true,
    });
    expect(JSON.stringify(done)).not.toContain(fixer.id);
    expect(JSON.stringify(done)).not.toContain('13812345678');

    const rated = (
      await ok<{ rateRepairReport: Record<string, unknown> }>(null, RATE, {
        i: { token: tracking, rating: 4, comment: '师傅很准时' },
      })
    ).rateRepairReport;
    expect(rated).toMatchObject({
      rating: 4,
      ratingComment: '师傅很准时',
      canRate: false,
      ratedAt: TEST_NOW.toISOString(),
    });
    const twice = await kit.gql(null, RATE, { i: { token: tracking, rating: 1 } });
    expect(reasons(twice)).toEqual(['rating:ALREADY_RATED']);
    expect(codeOf(await kit.gql(null, TRACK, { t: 'y'.repeat(32) }))).toBe('NOT_FOUND');
  });

  it('computes the repair figures of the month in the step’s transaction, with their drill-down', async () => {
    const figures = await kit.database.raw<{
      indicator_code: string;
      numerator: number;
      denominator: number;
      source: string;
    }>(
      `select indicator_code, numerator::float8 as numerator, denominator::float8 as denominator, source from monthly_figures
       where estate_id = $1 and month = $2 and indicator_code like 'repair_%' order by indicator_code, revision desc`,
      [estate0, THIS_MONTH],
    );
    const latest = new Map<string, (typeof figures)[number]>();
    for (const f of figures) if (!latest.has(f.indicator_code)) latest.set(f.indicator_code, f);
    expect(
      Object.fromEntries([...latest].map(([c, f]) => [c, [f.numerator, f.denominator, f.source]])),
    ).toEqual({
      repair_callback: [0, 1, 'COMPUTED'],
      repair_quality: [1, 1, 'COMPUTED'],
      repair_rework: [0, 1, 'COMPUTED'],
      repair_timely: [1, 1, 'COMPUTED'],
    });
    const drill = await ok<{
      workOrderIndicatorDrillDown: {
        numerator: number;
        denominator: number;
        unitsHidden: boolean;
        rows: {
          location: string | null;
          counted: boolean;
          reason: string;
          channel: string;
          workOrderId: string | null;
        }[];
      };
    }>(manager.token, DRILL, { e: estate0, c: 'repair_timely', m: THIS_MONTH });
    expect(drill.workOrderIndicatorDrillDown).toMatchObject({
      numerator: 1,
      denominator: 1,
      unitsHidden: false,
    });
    expect(drill.workOrderIndicatorDrillDown.rows).toEqual([
      expect.objectContaining({
        location: '3栋2单元801',
        counted: true,
        reason: 'ON_TIME',
        channel: 'QR_CODE',
      }),
    ]);
    // HQ sees the figure's orders, not the household's unit.
    const hq = await ok<typeof drill>(viewer.token, DRILL, {
      e: estate0,
      c: 'repair_callback',
      m: THIS_MONTH,
    });
    expect(hq.workOrderIndicatorDrillDown.unitsHidden).toBe(true);
    expect(hq.workOrderIndicatorDrillDown.rows).toEqual([
      expect.objectContaining({ location: null, counted: false, reason: 'NOT_CALLED_BACK' }),
    ]);
    // The committee sees none of it; another company not even the estate.
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(
      codeOf(await kit.gql(committee.token, DRILL, { e: estate0, c: 'repair_timely', m: THIS_MONTH })),
    );
    expect(
      codeOf(await kit.gql(otherAdmin.token, DRILL, { e: estate0, c: 'repair_timely', m: THIS_MONTH })),
    ).toBe('NOT_FOUND');
    const bad = await kit.gql(manager.token, DRILL, { e: estate0, c: 'fee_collection', m: THIS_MONTH });
    expect(reasons(bad)).toEqual(['indicatorCode:INVALID']);
  });
});

describe('bad input from anyone', () => {
  it('is refused with BAD_USER_INPUT, field paths and machine-readable reasons, and nothing is stored', async () => {
    const [{ n: before }] = (await kit.database.raw<{ n: number }>(
      'select count(*)::int as n from work_orders where estate_id = $1',
      [estate0],
    )) as [{ n: number }];
    const cases: [Record<string, unknown>, string[]][] = [
      [{ description: '漏水\u0000' }, ['description:CONTROL_CHARACTERS']],
      [{ location: '3栋\u001b[2J801' }, ['location:CONTROL_CHARACTERS']],
      [{ location: '3栋\u202e801' }, ['location:CONTROL_CHARACTERS']],
      [{ description: '漏'.repeat(100_000) }, ['description:TOO_LONG']],
      [{ phone: '12345' }, ['phone:NOT_MOBILE']],
      [{ location: '   ' }, ['location:REQUIRED']],
      [{ category: 'NUCLEAR' }, []],
      [{ photoFileIds: ['a', 'b', 'c', 'd'] }, ['photoFileIds:TOO_MANY']],
      [{ photoFileIds: ['not-a-file'] }, ['photoFileIds.0:NOT_FOUND']],
      [{ photoFileIds: ['00000000-0000-4000-8000-000000000000'] }, ['photoFileIds.0:NOT_FOUND']],
      [{ token: 'x'.repeat(32) }, []],
    ];
    for (const [over, expected] of cases) {
      const res = await kit.gql(null, SUBMIT, { i: report(over) });
      if (expected.length) {
        expect(codeOf(res), JSON.stringify(over).slice(0, 80)).toBe('BAD_USER_INPUT');
        expect(reasons(res)).toEqual(expected);
      } else expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(codeOf(res));
    }
    const hostile = await kit.gql(null, RATE, { i: { token: token0, rating: 5, comment: '\u0007' } });
    expect(reasons(hostile)).toEqual(['comment:CONTROL_CHARACTERS']);
    const rate = await kit.gql(null, RATE, { i: { token: token0, rating: 9 } });
    expect(reasons(rate)).toEqual(['rating:TOO_LARGE']);
    const [{ n: after }] = (await kit.database.raw<{ n: number }>(
      'select count(*)::int as n from work_orders where estate_id = $1',
      [estate0],
    )) as [{ n: number }];
    expect(after).toBe(before);
  });

  it('takes only photos, only through a valid link, attachable only by that estate’s report', async () => {
    const text = await uploadPhoto(
      token0,
      new TextEncoder().encode('<script>alert(1)</script>'.repeat(300)),
      'a.png',
    );
    expect(text.status).toBe(415);
    expect(text.body.errors![0]!.extensions.code).toBe('UNSUPPORTED_FILE_TYPE');
    const pdf = await uploadPhoto(token0, new TextEncoder().encode(`%PDF-1.4\n${'x'.repeat(5000)}`), 'a.pdf');
    expect(pdf.status).toBe(415);
    const wrong = await uploadPhoto('z'.repeat(32), await png());
    expect(wrong.status).toBe(404);
    // A photo sent through another estate's page is not this estate's.
    const link1 = (
      await ok<{ estateRepairLink: { token: string } }>(admin.token, LINK, { e: co.estates[1]!.id })
    ).estateRepairLink.token;
    const elsewhere = await uploadPhoto(link1, await png());
    expect(elsewhere.status).toBe(201);
    const res = await kit.gql(null, SUBMIT, { i: report({ photoFileIds: [elsewhere.body.id] }) });
    expect(reasons(res)).toEqual(['photoFileIds.0:NOT_FOUND']);
    // Nobody reads a public upload back without signing in.
    const read = await fetch(`${base(kit)}/files/${elsewhere.body.id}`);
    expect(read.status).toBe(401);
  });
});
