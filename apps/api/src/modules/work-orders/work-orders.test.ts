import 'reflect-metadata';
/**
 * Work orders through GraphQL (issue 11 items 1 and 9): the whole lifecycle and every refused
 * transition, deadlines from the commitments in force, breaches flagged by the job under the
 * injected clock and seen live on the board, rework links, callbacks, the commitments' history,
 * permissions per role (staff: theirs, their department's, what they logged), personal data,
 * photos, hostile input and idempotent reports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoOf } from '../../../test/audits-kit.js';
import { downloadFile } from '../../../test/files.js';
import {
  codeOf,
  collect,
  type GqlResult,
  startTestKit,
  TEST_NOW,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';
import { subscriptionErrorCode, unique } from '../../../test/schema-roles.js';
import { addPerson, staffedFromTemplate, type TeamPosition } from '../../../test/staffing-fixture.js';
import { WORK_ORDER_BREACH } from './index.js';

let kit: TestKit;
let co: TestCompany;
let other: TestCompany;
let admin: TestUser;
let auditor: TestUser;
let viewer: TestUser;
let manager: TestUser;
/** Electrician of estates[0] (工程部). */
let fixer: TestUser;
/** Another electrician (工程部): a department colleague of `fixer`. */
let colleague: TestUser;
/** A cleaner (保洁部) of estates[0]. */
let cleaner: TestUser;
/** Front desk (客服部) of estates[0]: logs repairs and calls back. */
let desk: TestUser;
/** A staff member of estates[1]. */
let elsewhere: TestUser;
let committee: TestUser;
let otherAdmin: TestUser;
let estate0: string;
let engineering: string;

const FIELDS = `id estateId number locationKind location category kind description channel reporterName reporterPhone
  personalDataVisible department { id code name } assignee { id name } createdBy { id } photos { id } completionPhotos { id }
  status reportedAt dispatchedAt arrivedAt completedAt calledBackAt closedAt dispatchDueAt arriveDueAt completeDueAt
  dispatchBreachedAt arriveBreachedAt completeBreachedAt breached breachedSteps timely reworkOf { id number }
  qualityPassed satisfaction callbackNote completionNote nextSteps version estate { id }`;
const CREATE = `mutation($i: CreateWorkOrderInput!) { createWorkOrder(input: $i) { ${FIELDS} } }`;
const DISPATCH = `mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { ${FIELDS} } }`;
const ARRIVE = `mutation($i: ArriveWorkOrderInput!) { arriveWorkOrder(input: $i) { ${FIELDS} } }`;
const COMPLETE = `mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { ${FIELDS} } }`;
const CALLBACK = `mutation($i: CallbackWorkOrderInput!) { callbackWorkOrder(input: $i) { ${FIELDS} } }`;
const CLOSE = `mutation($i: CloseWorkOrderInput!) { closeWorkOrder(input: $i) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { workOrder(id: $id) { ${FIELDS} } }`;
const LIST = `query($f: WorkOrderFilter!, $first: Int, $after: String) { workOrders(filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id number status breached reporterPhone assignee { id } } } } }`;
const BOARD = `query($e: ID!, $first: Int) { workOrderBoard(estateId: $e, first: $first) { estateId at
  columns { column count breachedCount cards { id number status breached breachedSteps } } } }`;
const COMMITMENTS = `{ workOrderCommitments { current { id effectiveFrom dispatchMinutesMinor arriveMinutesMinor arriveMinutesUrgent urgentSameDay completeMinutesMinor note createdBy { id } }
  history { id effectiveFrom arriveMinutesUrgent } defaults { arriveMinutesUrgent } seed002 { arriveMinutesUrgent } } }`;
const UPDATE_COMMITMENTS = `mutation($i: UpdateWorkOrderCommitmentsInput!) { updateWorkOrderCommitments(input: $i) { current { id arriveMinutesUrgent effectiveFrom } history { id } } }`;
const SUB = `subscription($e: ID!) { workOrderChanged(estateId: $e) { event workOrderId estateId steps workOrder { id status breached reporterPhone } } }`;

interface View {
  id: string;
  number: number;
  status: string;
  version: number;
  location: string;
  reporterName: string | null;
  reporterPhone: string | null;
  personalDataVisible: boolean;
  department: { id: string; code: string } | null;
  assignee: { id: string } | null;
  photos: { id: string }[];
  completionPhotos: { id: string }[];
  reportedAt: string;
  dispatchedAt: string | null;
  arrivedAt: string | null;
  completedAt: string | null;
  calledBackAt: string | null;
  closedAt: string | null;
  dispatchDueAt: string;
  arriveDueAt: string;
  completeDueAt: string;
  dispatchBreachedAt: string | null;
  arriveBreachedAt: string | null;
  completeBreachedAt: string | null;
  breached: boolean;
  breachedSteps: string[];
  timely: boolean | null;
  reworkOf: { id: string; number: number } | null;
  qualityPassed: boolean | null;
  satisfaction: string | null;
  nextSteps: string[];
}

async function ok<T>(token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await kit.gql<T>(token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

const reasons = (res: GqlResult) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path.join('.')}:${f.reason}`);

const report = (over: Record<string, unknown> = {}) => ({
  estateId: estate0,
  locationKind: 'UNIT',
  location: `${unique()}栋801`,
  category: 'PLUMBING_ELECTRICAL',
  kind: 'MINOR',
  description: '厨房水龙头漏水',
  channel: 'PHONE',
  reporterName: '王先生',
  reporterPhone: '13912345678',
  ...over,
});

async function create(token: string, over: Record<string, unknown> = {}): Promise<View> {
  return (await ok<{ createWorkOrder: View }>(token, CREATE, { i: report(over) })).createWorkOrder;
}
async function step(token: string, query: string, i: Record<string, unknown>): Promise<View> {
  const data = await ok<Record<string, View>>(token, query, { i });
  return Object.values(data)[0]!;
}
const one = async (token: string, id: string) =>
  (await ok<{ workOrder: View }>(token, ONE, { id })).workOrder;

const MIN = 60_000;
const at = (ms: number) => new Date(TEST_NOW.getTime() + ms);

/** Sends a job and resolves once this instance completed it. */
async function run(send: () => Promise<string | null>) {
  const { events } = kit.app.services.jobs;
  const done: string[] = [];
  let wanted: string | null = null;
  const finished = new Promise<void>((resolve) => {
    const listener = (e: { id: string }) => {
      done.push(e.id);
      if (wanted && done.includes(wanted)) {
        events.off('completed', listener);
        resolve();
      }
    };
    events.on('completed', listener);
  });
  wanted = await send();
  if (!wanted) throw new Error('the job was not queued');
  if (done.includes(wanted)) return;
  await finished;
}

beforeAll(async () => {
  kit = await startTestKit();
  [co, other] = await Promise.all([kit.company(), kit.company()]);
  estate0 = co.estates[0]!.id;
  [admin, auditor, viewer, manager, fixer, colleague, cleaner, desk, committee, otherAdmin] =
    await Promise.all([
      co.user('COMPANY_ADMIN'),
      co.user('QUALITY_AUDITOR'),
      co.user('HQ_VIEWER'),
      co.user('ESTATE_MANAGER'),
      co.user('ESTATE_STAFF'),
      co.user('ESTATE_STAFF'),
      co.user('ESTATE_STAFF'),
      co.user('ESTATE_STAFF'),
      co.user('COMMITTEE_MEMBER'),
      other.user('COMPANY_ADMIN'),
    ]);
  elsewhere = await co.user('ESTATE_STAFF', { estateIds: [co.estates[1]!.id] });
  // The team of estates[0], linked to the accounts before any of them signs in.
  const positions: Record<string, TeamPosition> = await staffedFromTemplate(kit, admin.token, estate0);
  engineering = positions.ELECTRICIAN_PLUMBER!.departmentId;
  for (const [user, code] of [
    [fixer, 'ELECTRICIAN_PLUMBER'],
    [colleague, 'ELECTRICIAN_PLUMBER'],
    [cleaner, 'CLEANER'],
    [desk, 'CUSTOMER_SERVICE_AGENT'],
  ] as const)
    await addPerson(kit.database, co.id, estate0, positions[code]!, {
      hireDate: '2020-01-01',
      userId: user.id,
    });
});

afterAll(() => kit?.close());

describe('the lifecycle', () => {
  it('reported → dispatched → on site → completed → called back → closed, with a timestamp and a log entry each', async () => {
    kit.setNow(TEST_NOW);
    const photo = await photoOf(kit, desk.token);
    const created = await create(desk.token, { channel: 'FRONT_DESK', photoFileIds: [photo] });
    expect(created).toMatchObject({
      status: 'NEW',
      reporterName: '王先生',
      reporterPhone: '13912345678',
      personalDataVisible: true,
      department: { id: engineering, code: 'ENGINEERING' },
      assignee: null,
      photos: [{ id: photo }],
      breached: false,
      timely: null,
      nextSteps: ['DISPATCH'],
      reportedAt: TEST_NOW.toISOString(),
      dispatchDueAt: at(3 * MIN).toISOString(),
      arriveDueAt: at(10 * MIN).toISOString(),
    });
    expect(created.number).toBeGreaterThan(0);

    kit.setNow(at(2 * MIN));
    const dispatched = await step(desk.token, DISPATCH, {
      id: created.id,
      version: 1,
      assigneeUserId: fixer.id,
    });
    expect(dispatched).toMatchObject({ status: 'DISPATCHED', assignee: { id: fixer.id }, version: 2 });
    expect(dispatched.dispatchedAt).toBe(at(2 * MIN).toISOString());
    // Whoever logged it may hand it over, not work it.
    expect(dispatched.nextSteps).toEqual(['DISPATCH']);

    kit.setNow(at(9 * MIN));
    expect((await one(fixer.token, created.id)).nextSteps).toEqual(['DISPATCH', 'ARRIVE']);
    const arrived = await step(fixer.token, ARRIVE, { id: created.id, version: 2, note: '已到现场' });
    expect(arrived).toMatchObject({
      status: 'ON_SITE',
      arrivedAt: at(9 * MIN).toISOString(),
      nextSteps: ['COMPLETE'],
    });

    kit.setNow(at(60 * MIN));
    const after = await photoOf(kit, fixer.token);
    const completed = await step(fixer.token, COMPLETE, {
      id: created.id,
      version: 3,
      qualityPassed: true,
      note: '更换阀门',
      photoFileIds: [after],
    });
    expect(completed).toMatchObject({
      status: 'COMPLETED',
      completedAt: at(60 * MIN).toISOString(),
      qualityPassed: true,
      completionPhotos: [{ id: after }],
      timely: true,
      breached: false,
      // The repairer does not call back their own repair.
      nextSteps: [],
    });

    kit.setNow(at(24 * 60 * MIN));
    const called = await step(desk.token, CALLBACK, {
      id: created.id,
      version: 4,
      satisfaction: 'BASICALLY_SATISFIED',
      note: '业主表示基本满意',
    });
    expect(called).toMatchObject({
      status: 'CALLED_BACK',
      satisfaction: 'BASICALLY_SATISFIED',
      nextSteps: ['CLOSE'],
    });
    const closed = await step(manager.token, CLOSE, { id: created.id, version: 5 });
    expect(closed).toMatchObject({ status: 'CLOSED', nextSteps: [], version: 6, timely: true });

    const log = await kit.database.raw<{ action: string }>(
      'select action from change_log where subject_id = $1 order by at, action',
      [created.id],
    );
    expect(log.map((l) => l.action).sort()).toEqual(
      [
        'work_order.arrive',
        'work_order.callback',
        'work_order.close',
        'work_order.complete',
        'work_order.create',
        'work_order.dispatch',
      ].sort(),
    );
    // The photos are read by whoever reads the order, nobody else.
    expect((await downloadFile(kit, fixer.token, photo)).status).toBe(200);
    expect((await downloadFile(kit, cleaner.token, after)).status).toBe(404);
    kit.setNow(TEST_NOW);
  });

  it('numbers orders per estate in the order reported', async () => {
    const a = await create(manager.token);
    const b = await create(manager.token);
    expect(b.number).toBe(a.number + 1);
    const elsewhereOrder = await create(admin.token, { estateId: co.estates[1]!.id });
    expect(elsewhereOrder.number).toBe(1);
  });

  it('refuses steps the status does not allow (INVALID_TRANSITION) and stale versions (CONFLICT)', async () => {
    const w = await create(manager.token);
    const arrive = await kit.gql(manager.token, ARRIVE, { i: { id: w.id, version: 1 } });
    expect(codeOf(arrive)).toBe('BAD_USER_INPUT');
    expect(reasons(arrive)).toEqual([':INVALID_TRANSITION']);
    const complete = await kit.gql(manager.token, COMPLETE, { i: { id: w.id, version: 1 } });
    expect(reasons(complete)).toEqual([':INVALID_TRANSITION']);
    const callback = await kit.gql(manager.token, CALLBACK, {
      i: { id: w.id, version: 1, satisfaction: 'SATISFIED' },
    });
    expect(reasons(callback)).toEqual([':INVALID_TRANSITION']);
    expect(reasons(await kit.gql(manager.token, CLOSE, { i: { id: w.id, version: 1 } }))).toEqual([
      ':INVALID_TRANSITION',
    ]);
    await step(manager.token, DISPATCH, { id: w.id, version: 1, assigneeUserId: fixer.id });
    const stale = await kit.gql(manager.token, DISPATCH, {
      i: { id: w.id, version: 1, assigneeUserId: colleague.id },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({ reason: 'STALE_VERSION' });
    // Handing over before arrival keeps the first dispatch time.
    const first = await one(manager.token, w.id);
    const handed = await step(manager.token, DISPATCH, {
      id: w.id,
      version: 2,
      assigneeUserId: colleague.id,
    });
    expect(handed).toMatchObject({ assignee: { id: colleague.id }, dispatchedAt: first.dispatchedAt });
    // Nobody outside the estate's staff and managers takes it.
    for (const assigneeUserId of [committee.id, elsewhere.id, auditor.id, otherAdmin.id, 'nobody'])
      expect(
        reasons(await kit.gql(manager.token, DISPATCH, { i: { id: w.id, version: 3, assigneeUserId } })),
        assigneeUserId,
      ).toEqual(['assigneeUserId:NOT_ASSIGNABLE']);
    expect((await one(manager.token, w.id)).version).toBe(3);
  });

  it('a callback needs a completed repair, records satisfaction, and a completed order may close without one', async () => {
    const w = await create(manager.token);
    await step(manager.token, DISPATCH, { id: w.id, version: 1, assigneeUserId: manager.id });
    await step(manager.token, ARRIVE, { id: w.id, version: 2 });
    await step(manager.token, COMPLETE, { id: w.id, version: 3 });
    const closed = await step(manager.token, CLOSE, {
      id: w.id,
      version: 4,
      qualityPassed: false,
      note: '业主联系不上',
    });
    expect(closed).toMatchObject({ status: 'CLOSED', calledBackAt: null, qualityPassed: false });
    const bad = await kit.gql(manager.token, CALLBACK, {
      i: { id: w.id, version: 5, satisfaction: 'GREAT' },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('deadlines, breaches and the board', () => {
  it('urgent repairs are due by midnight of the company’s day; a report at 23:50 has ten minutes', async () => {
    const lateEvening = new Date('2030-12-31T15:50:00Z'); // 23:50 on 31 December in Shanghai
    kit.setNow(lateEvening);
    try {
      const w = await create(manager.token, { kind: 'URGENT' });
      expect(w.completeDueAt).toBe('2030-12-31T16:00:00.000Z'); // 00:00 on 1 January
      expect(w.arriveDueAt).toBe('2030-12-31T16:00:00.000Z');
      expect(w.dispatchDueAt).toBe('2030-12-31T15:53:00.000Z');
      const minor = await create(manager.token);
      expect(minor.completeDueAt).toBe('2031-01-01T15:50:00.000Z');
    } finally {
      kit.setNow(TEST_NOW);
    }
  });

  it('queues a breach check one second after each deadline', async () => {
    const w = await create(manager.token);
    const jobs = await kit.database.raw<{ start: Date; key: string }>(
      `select start_after as start, singleton_key as key from pgboss.job where name = $1 and data->'payload'->>'workOrderId' = $2 order by start_after`,
      [WORK_ORDER_BREACH, w.id],
    );
    expect(jobs.map((j) => new Date(j.start).toISOString())).toEqual([
      new Date(Date.parse(w.dispatchDueAt) + 1000).toISOString(),
      new Date(Date.parse(w.arriveDueAt) + 1000).toISOString(),
      new Date(Date.parse(w.completeDueAt) + 1000).toISOString(),
    ]);
  });

  it('the job flags a missed dispatch the moment it passes and the board shows it live', async () => {
    const estate = co.estates[2]!.id;
    kit.setNow(TEST_NOW);
    const client = kit.ws(admin.token);
    const sub = await kit.subscribe<{
      workOrderChanged: {
        event: string;
        workOrderId: string;
        steps: string[];
        workOrder: { breached: boolean };
      };
    }>(client, co.id, SUB, { e: estate });
    try {
      const w = await create(admin.token, { estateId: estate });
      await sub.until(
        (e) => e.workOrderChanged.event === 'CREATED' && e.workOrderChanged.workOrderId === w.id,
      );
      const board = async () =>
        (
          await ok<{
            workOrderBoard: { columns: { column: string; count: number; breachedCount: number }[] };
          }>(admin.token, BOARD, { e: estate })
        ).workOrderBoard.columns.find((c) => c.column === 'NEW')!;
      expect(await board()).toMatchObject({ count: 1, breachedCount: 0 });
      // Before the deadline the check flags nothing.
      kit.setNow(at(3 * MIN));
      await run(() => kit.app.services.jobs.send(WORK_ORDER_BREACH, co.id, { workOrderId: w.id }));
      expect((await one(admin.token, w.id)).breached).toBe(false);
      // A second past it, the job (as queued at the deadline) flags the dispatch.
      kit.setNow(at(3 * MIN + 1000));
      await run(() => kit.app.services.jobs.send(WORK_ORDER_BREACH, co.id, { workOrderId: w.id }));
      const event = await sub.until((e) => e.workOrderChanged.event === 'BREACHED');
      expect(event.workOrderChanged).toMatchObject({
        workOrderId: w.id,
        steps: ['DISPATCH'],
        workOrder: { breached: true },
      });
      const flagged = await one(admin.token, w.id);
      expect(flagged).toMatchObject({
        breached: true,
        breachedSteps: ['DISPATCH'],
        dispatchBreachedAt: at(3 * MIN + 1000).toISOString(),
        arriveBreachedAt: null,
        version: 1,
      });
      expect(await board()).toMatchObject({ count: 1, breachedCount: 1 });
      const listed = await ok<{ workOrders: { edges: { node: { id: string } }[] } }>(admin.token, LIST, {
        f: { estateId: estate, breached: true },
      });
      expect(listed.workOrders.edges.map((e) => e.node.id)).toEqual([w.id]);
      // The sweep finds the missed arrival of every order of the company, once.
      kit.setNow(at(11 * MIN));
      await run(async () => (await kit.app.services.jobs.send(WORK_ORDER_BREACH, co.id, {})) ?? null);
      expect((await one(admin.token, w.id)).breachedSteps).toEqual(['DISPATCH', 'ARRIVE']);
      // Dispatching late now keeps the flags; the step itself is the version's change.
      const local = await co.user('ESTATE_STAFF', { estateIds: [estate] });
      const late = await step(admin.token, DISPATCH, { id: w.id, version: 1, assigneeUserId: local.id });
      expect(late).toMatchObject({ status: 'DISPATCHED', breachedSteps: ['DISPATCH', 'ARRIVE'], version: 2 });
    } finally {
      sub.dispose();
      await client.dispose();
      kit.setNow(TEST_NOW);
    }
  });

  it('a step done after its deadline is flagged by the step itself, and the order is not on time', async () => {
    kit.setNow(TEST_NOW);
    const w = await create(manager.token);
    kit.setNow(at(5 * MIN));
    try {
      const d = await step(manager.token, DISPATCH, { id: w.id, version: 1, assigneeUserId: fixer.id });
      expect(d).toMatchObject({
        breached: true,
        breachedSteps: ['DISPATCH'],
        dispatchBreachedAt: at(5 * MIN).toISOString(),
      });
      await step(fixer.token, ARRIVE, { id: w.id, version: 2 });
      const c = await step(fixer.token, COMPLETE, { id: w.id, version: 3, qualityPassed: true });
      expect(c).toMatchObject({ timely: false, breachedSteps: ['DISPATCH'] });
    } finally {
      kit.setNow(TEST_NOW);
    }
  });

  it('the board: columns of the caller’s orders, DONE today, AWAITING_CALLBACK from the next day', async () => {
    const estate = co.estates[1]!.id;
    kit.setNow(TEST_NOW);
    const columns = async () =>
      Object.fromEntries(
        (
          await ok<{
            workOrderBoard: { columns: { column: string; count: number; cards: { id: string }[] }[] };
          }>(admin.token, BOARD, { e: estate, first: 5 })
        ).workOrderBoard.columns.map((c) => [c.column, c.count]),
      );
    const before = await columns();
    expect(Object.keys(before)).toEqual(['NEW', 'DISPATCHED', 'ON_SITE', 'DONE', 'AWAITING_CALLBACK']);
    // The admin is no member of the estate: the order goes to its staff instead.
    const w = await create(admin.token, { estateId: estate });
    await step(admin.token, DISPATCH, { id: w.id, version: 1, assigneeUserId: elsewhere.id });
    await step(admin.token, ARRIVE, { id: w.id, version: 2 });
    await step(admin.token, COMPLETE, { id: w.id, version: 3 });
    const today = await columns();
    expect(today.DONE).toBe((before.DONE ?? 0) + 1);
    kit.setNow(at(24 * 60 * MIN));
    try {
      const tomorrow = await columns();
      expect(tomorrow.DONE).toBe(0);
      expect(tomorrow.AWAITING_CALLBACK).toBe((before.AWAITING_CALLBACK ?? 0) + today.DONE!);
    } finally {
      kit.setNow(TEST_NOW);
    }
    const tooMany = await kit.gql(admin.token, BOARD, { e: estate, first: 51 });
    expect(reasons(tooMany)).toEqual(['first:OUT_OF_RANGE']);
  });
});

describe('rework', () => {
  it('links a repeat of the same fault at the same place within 30 days of the completion', async () => {
    kit.setNow(TEST_NOW);
    const place = `${unique()}栋 2单元 801`;
    const first = await create(manager.token, { location: place });
    await step(manager.token, DISPATCH, { id: first.id, version: 1, assigneeUserId: fixer.id });
    await step(fixer.token, ARRIVE, { id: first.id, version: 2 });
    await step(fixer.token, COMPLETE, { id: first.id, version: 3, qualityPassed: true });
    try {
      kit.setNow(at(29 * 24 * 60 * MIN));
      const again = await create(manager.token, { location: place.replaceAll(' ', '') });
      expect(again.reworkOf).toEqual({ id: first.id, number: first.number });
      const otherFault = await create(manager.token, { location: place, category: 'DOORS_WINDOWS' });
      expect(otherFault.reworkOf).toBeNull();
      const otherPlace = await create(manager.token, { location: `${place}A` });
      expect(otherPlace.reworkOf).toBeNull();
      kit.setNow(at(31 * 24 * 60 * MIN));
      expect((await create(manager.token, { location: place })).reworkOf).toBeNull();
    } finally {
      kit.setNow(TEST_NOW);
    }
  });
});

describe('commitments', () => {
  it('start from the seeds, change as new versions in force from now, and judge only later reports', async () => {
    const first = await ok<{
      workOrderCommitments: {
        current: { id: string | null; arriveMinutesUrgent: number };
        history: unknown[];
        seed002: { arriveMinutesUrgent: number };
      };
    }>(otherAdmin.token, COMMITMENTS);
    expect(first.workOrderCommitments).toMatchObject({
      current: { id: null, arriveMinutesUrgent: 10 },
      history: [],
      seed002: { arriveMinutesUrgent: 30 },
    });
    const figures = {
      dispatchMinutesMinor: 3,
      dispatchMinutesUrgent: 3,
      arriveMinutesMinor: 10,
      arriveMinutesUrgent: 30,
      completeMinutesMinor: 1440,
      urgentSameDay: true,
      completeMinutesUrgent: 240,
    };
    kit.setNow(TEST_NOW);
    const w = await kit.gql<{ createWorkOrder: View }>(otherAdmin.token, CREATE, {
      i: { ...report({ kind: 'URGENT' }), estateId: other.estates[0]!.id },
    });
    expect(codeOf(w)).toBe('OK');
    for (const user of [manager, auditor, fixer]) {
      const refused = await kit.gql(user.token, UPDATE_COMMITMENTS, { i: figures });
      expect(codeOf(refused), user.role).toBe('FORBIDDEN');
    }
    const changed = await ok<{
      updateWorkOrderCommitments: { current: { id: string; effectiveFrom: string }; history: unknown[] };
    }>(otherAdmin.token, UPDATE_COMMITMENTS, { i: { ...figures, note: '采用种子 002 的急修到场时限' } });
    expect(changed.updateWorkOrderCommitments.current.effectiveFrom).toBe(TEST_NOW.toISOString());
    const mid = await kit.gql<{ createWorkOrder: View }>(otherAdmin.token, CREATE, {
      i: { ...report({ kind: 'URGENT' }), estateId: other.estates[0]!.id },
    });
    expect(mid.data!.createWorkOrder.arriveDueAt).toBe(at(30 * MIN).toISOString());
    kit.setNow(at(MIN));
    const again = await ok<{
      updateWorkOrderCommitments: { current: { arriveMinutesUrgent: number }; history: unknown[] };
    }>(otherAdmin.token, UPDATE_COMMITMENTS, { i: { ...figures, arriveMinutesUrgent: 20 } });
    expect(again.updateWorkOrderCommitments).toMatchObject({ current: { arriveMinutesUrgent: 20 } });
    expect(again.updateWorkOrderCommitments.history).toHaveLength(2);
    const later = await kit.gql<{ createWorkOrder: View }>(otherAdmin.token, CREATE, {
      i: { ...report({ kind: 'URGENT' }), estateId: other.estates[0]!.id },
    });
    expect(later.data!.createWorkOrder.arriveDueAt).toBe(at(21 * MIN).toISOString());
    kit.setNow(TEST_NOW);
    expect(w.data!.createWorkOrder.arriveDueAt).toBe(at(10 * MIN).toISOString());
    const bad = await kit.gql(otherAdmin.token, UPDATE_COMMITMENTS, {
      i: { ...figures, dispatchMinutesMinor: 30 },
    });
    expect(reasons(bad)).toEqual(['arriveMinutesMinor:TOO_SMALL']);
    expect(codeOf(await kit.gql(committee.token, COMMITMENTS))).toBe('FORBIDDEN');
    // Company A still has the defaults.
    expect(
      (await ok<{ workOrderCommitments: { current: { id: null } } }>(admin.token, COMMITMENTS))
        .workOrderCommitments.current.id,
    ).toBeNull();
  });
});

describe('permissions and personal data', () => {
  let w: View;
  beforeAll(async () => {
    kit.setNow(TEST_NOW);
    w = await create(desk.token, { location: `${unique()}栋101` });
    w = await step(desk.token, DISPATCH, { id: w.id, version: 1, assigneeUserId: fixer.id });
  });

  const sees = async (user: TestUser) => codeOf(await kit.gql(user.token, ONE, { id: w.id }));
  const inList = async (user: TestUser) => {
    const res = await kit.gql<{ workOrders: { edges: { node: { id: string } }[] } }>(user.token, LIST, {
      f: { estateId: estate0 },
      first: 100,
    });
    return codeOf(res) === 'OK' ? res.data!.workOrders.edges.some((e) => e.node.id === w.id) : codeOf(res);
  };

  it('staff see what is assigned to them, what they logged and their department’s; nothing else', async () => {
    for (const u of [fixer, desk, colleague, manager, admin, auditor, viewer]) {
      expect(await sees(u), u.email).toBe('OK');
      expect(await inList(u), u.email).toBe(true);
    }
    expect(await sees(cleaner)).toBe('NOT_FOUND');
    expect(await inList(cleaner)).toBe(false);
    expect(await sees(elsewhere)).toBe('NOT_FOUND');
    expect(await inList(elsewhere)).toBe('NOT_FOUND');
    expect(await sees(committee)).toBe('NOT_FOUND');
    expect(await inList(committee)).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(committee.token, BOARD, { e: estate0 }))).toBe('FORBIDDEN');
    expect(await sees(otherAdmin)).toBe('NOT_FOUND');
    expect(await inList(otherAdmin)).toBe('NOT_FOUND');
  });

  it('the reporter’s name and phone reach the assignee, whoever logged it, the manager and admins only', async () => {
    for (const u of [fixer, desk, manager, admin]) {
      expect(await one(u.token, w.id), u.email).toMatchObject({
        reporterName: '王先生',
        reporterPhone: '13912345678',
        personalDataVisible: true,
      });
    }
    for (const u of [colleague, auditor, viewer]) {
      const seen = await one(u.token, w.id);
      expect(seen, u.email).toMatchObject({
        reporterName: null,
        reporterPhone: null,
        personalDataVisible: false,
      });
      expect(seen.location).toBe(w.location);
    }
    const listed = await ok<{
      workOrders: { edges: { node: { id: string; reporterPhone: string | null } }[] };
    }>(auditor.token, LIST, { f: { estateId: estate0 }, first: 100 });
    expect(listed.workOrders.edges.every((e) => e.node.reporterPhone === null)).toBe(true);
  });

  it('each takes only the steps that are theirs', async () => {
    // A colleague may hand it over but not work it; the cleaner and HQ may do nothing.
    expect((await one(colleague.token, w.id)).nextSteps).toEqual(['DISPATCH']);
    expect(codeOf(await kit.gql(colleague.token, ARRIVE, { i: { id: w.id, version: w.version } }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await kit.gql(cleaner.token, ARRIVE, { i: { id: w.id, version: w.version } }))).toBe(
      'NOT_FOUND',
    );
    for (const u of [auditor, viewer])
      expect(codeOf(await kit.gql(u.token, ARRIVE, { i: { id: w.id, version: w.version } })), u.email).toBe(
        'FORBIDDEN',
      );
    expect(codeOf(await kit.gql(desk.token, ARRIVE, { i: { id: w.id, version: w.version } }))).toBe(
      'FORBIDDEN',
    );
    const arrived = await step(fixer.token, ARRIVE, { id: w.id, version: w.version });
    expect(codeOf(await kit.gql(desk.token, COMPLETE, { i: { id: w.id, version: arrived.version } }))).toBe(
      'FORBIDDEN',
    );
    const done = await step(fixer.token, COMPLETE, {
      id: w.id,
      version: arrived.version,
      qualityPassed: true,
    });
    expect(
      codeOf(
        await kit.gql(fixer.token, CALLBACK, {
          i: { id: w.id, version: done.version, satisfaction: 'SATISFIED' },
        }),
      ),
    ).toBe('FORBIDDEN');
    const called = await step(desk.token, CALLBACK, {
      id: w.id,
      version: done.version,
      satisfaction: 'SATISFIED',
    });
    expect(called.status).toBe('CALLED_BACK');
    // Refused callers changed nothing.
    expect((await one(manager.token, w.id)).version).toBe(called.version);
  });

  it('offers the dispatch picker only to who may dispatch: the estate’s active staff and managers', async () => {
    const fresh = await create(desk.token);
    const PICK = 'query($id: ID!) { workOrder(id: $id) { nextSteps assignableUsers { id name } } }';
    const picked = await ok<{ workOrder: { nextSteps: string[]; assignableUsers: { id: string }[] } }>(
      manager.token,
      PICK,
      { id: fresh.id },
    );
    expect(picked.workOrder.nextSteps).toContain('DISPATCH');
    const ids = picked.workOrder.assignableUsers.map((u) => u.id);
    for (const u of [manager, fixer, colleague, cleaner, desk]) expect(ids, u.email).toContain(u.id);
    // Staff of another estate, HQ and the committee are nobody to send it to.
    for (const u of [elsewhere, admin, auditor, viewer, committee]) expect(ids, u.email).not.toContain(u.id);
    // An auditor reads the order but may not dispatch it: no list.
    const asAuditor = await ok<{ workOrder: { nextSteps: string[]; assignableUsers: unknown[] } }>(
      auditor.token,
      PICK,
      { id: fresh.id },
    );
    expect(asAuditor.workOrder.nextSteps).toEqual([]);
    expect(asAuditor.workOrder.assignableUsers).toEqual([]);
  });

  it('staff create orders in their own estate only; the committee and HQ viewers create none', async () => {
    expect(codeOf(await kit.gql(cleaner.token, CREATE, { i: report() }))).toBe('OK');
    expect(codeOf(await kit.gql(elsewhere.token, CREATE, { i: report() }))).toBe('NOT_FOUND');
    for (const u of [committee, auditor, viewer])
      expect(codeOf(await kit.gql(u.token, CREATE, { i: report() })), u.email).toBe('FORBIDDEN');
    // Permission before validation: a refused caller learns nothing of the input.
    expect(codeOf(await kit.gql(viewer.token, CREATE, { i: report({ location: 'x'.repeat(101) }) }))).toBe(
      'FORBIDDEN',
    );
  });

  it('a subscriber hears only of the orders it may read, checked for every event', async () => {
    const client = kit.ws(cleaner.token);
    const sub = await kit.subscribe<{
      workOrderChanged: { workOrderId: string; workOrder: { reporterPhone: string | null } };
    }>(client, co.id, SUB, { e: estate0 });
    try {
      const hidden = await create(manager.token);
      // The sentinel: an order the cleaner logged, after the hidden one.
      const mine = await create(cleaner.token);
      const event = await sub.until((e) => e.workOrderChanged.workOrderId === mine.id);
      expect(event.workOrderChanged.workOrder.reporterPhone).toBe('13912345678');
      expect(sub.events.map((e) => e.workOrderChanged.workOrderId)).toEqual([mine.id]);
      expect(hidden.id).not.toBe(mine.id);
    } finally {
      sub.dispose();
      await client.dispose();
    }
    // The committee may not subscribe at all.
    const refused = kit.ws(committee.token);
    const none = collect(refused, SUB, { e: estate0 });
    await none.waitFor(1, 5000);
    none.dispose();
    expect(subscriptionErrorCode(none.errors[0])).toBe('FORBIDDEN');
    expect(none.events).toEqual([]);
    await refused.dispose();
  });
});

describe('subscribers who lose sight of an order', () => {
  it('stop hearing of it when it moves to another department, and lose the socket when deactivated', async () => {
    kit.setNow(TEST_NOW);
    const guard = await co.user('ESTATE_STAFF');
    const positions = await staffedFromTemplate(kit, admin.token, estate0);
    await addPerson(kit.database, co.id, estate0, positions.SECURITY_GUARD!, {
      hireDate: '2020-01-01',
      userId: guard.id,
    });
    const client = kit.ws(guard.token);
    const sub = await kit.subscribe<{ workOrderChanged: { event: string; workOrderId: string } }>(
      client,
      co.id,
      SUB,
      {
        e: estate0,
      },
    );
    const seen = () => sub.events.map((e) => `${e.workOrderChanged.event}:${e.workOrderChanged.workOrderId}`);
    try {
      const first = await create(manager.token);
      await step(manager.token, DISPATCH, { id: first.id, version: 1, assigneeUserId: guard.id });
      await sub.until((e) => e.workOrderChanged.workOrderId === first.id);
      // Handed to the electrician: the order leaves the guard's sight, and so do its events.
      await step(manager.token, DISPATCH, { id: first.id, version: 2, assigneeUserId: fixer.id });
      expect(codeOf(await kit.gql(guard.token, ONE, { id: first.id }))).toBe('NOT_FOUND');
      // The sentinel: a new order for the guard, published after the hand-over.
      const second = await create(manager.token);
      await step(manager.token, DISPATCH, { id: second.id, version: 1, assigneeUserId: guard.id });
      await sub.until((e) => e.workOrderChanged.workOrderId === second.id);
      expect(seen()).toEqual([`DISPATCHED:${first.id}`, `DISPATCHED:${second.id}`]);
      // Deactivated: the server closes the socket; nothing more arrives.
      await ok(admin.token, `mutation($i: DeactivateUserInput!) { deactivateUser(input: $i) { id } }`, {
        i: { userId: guard.id },
      });
      await sub.settled;
      const after = await create(manager.token);
      await step(manager.token, DISPATCH, { id: after.id, version: 1, assigneeUserId: fixer.id });
      expect(seen()).toEqual([`DISPATCHED:${first.id}`, `DISPATCHED:${second.id}`]);
      expect(subscriptionErrorCode(sub.errors[0])).toBe('CLOSE_4403');
    } finally {
      sub.dispose();
      await client.dispose();
    }
  });
});

describe('idempotency, lists and hostile input', () => {
  it('a report retried with its key is made once; the key with another payload is a CONFLICT', async () => {
    const key = `wo-${unique()}-retry`;
    const input = report({ idempotencyKey: key });
    const a = await ok<{ createWorkOrder: View }>(desk.token, CREATE, { i: input });
    const b = await ok<{ createWorkOrder: View }>(desk.token, CREATE, { i: input });
    expect(b.createWorkOrder.id).toBe(a.createWorkOrder.id);
    const rows = await kit.database.raw<{ n: number }>(
      'select count(*)::int as n from work_orders where location = $1',
      [input.location],
    );
    expect(rows[0]!.n).toBe(1);
    const reused = await kit.gql(desk.token, CREATE, { i: { ...input, description: '别的内容' } });
    expect(codeOf(reused)).toBe('CONFLICT');
  });

  it('lists newest first, pages by cursor, filters in SQL', async () => {
    const estate = co.estates[1]!.id;
    const made = [];
    for (let i = 0; i < 3; i++) {
      kit.setNow(at((100 + i) * MIN));
      made.push(
        await create(admin.token, {
          estateId: estate,
          kind: i === 1 ? 'URGENT' : 'MINOR',
          description: `第${i}单 阀门`,
        }),
      );
    }
    kit.setNow(TEST_NOW);
    type Page = {
      workOrders: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
    };
    const page1 = await ok<Page>(admin.token, LIST, { f: { estateId: estate, search: '阀门' }, first: 2 });
    expect(page1.workOrders.totalCount).toBe(3);
    expect(page1.workOrders.edges.map((e) => e.node.id)).toEqual([made[2]!.id, made[1]!.id]);
    const page2 = await ok<Page>(admin.token, LIST, {
      f: { estateId: estate, search: '阀门' },
      first: 2,
      after: page1.workOrders.pageInfo.endCursor,
    });
    expect(page2.workOrders.edges.map((e) => e.node.id)).toEqual([made[0]!.id]);
    const urgent = await ok<Page>(admin.token, LIST, {
      f: { estateId: estate, search: '阀门', kind: 'URGENT' },
    });
    expect(urgent.workOrders.edges.map((e) => e.node.id)).toEqual([made[1]!.id]);
    const byNumber = await ok<Page>(admin.token, LIST, {
      f: { estateId: estate, search: String(made[0]!.number) },
    });
    expect(byNumber.workOrders.edges.map((e) => e.node.id)).toContain(made[0]!.id);
    const nobody = await ok<Page>(admin.token, LIST, { f: { estateId: estate, assigneeUserId: 'x' } });
    expect(nobody.workOrders.totalCount).toBe(0);
    // A search never matches the reporter: it would tell callers who may not read it.
    const byPhone = await ok<Page>(admin.token, LIST, { f: { estateId: estate, search: '13912345678' } });
    expect(byPhone.workOrders.totalCount).toBe(0);
  });

  it('refuses control characters, overlong text, bad enums, foreign photos and bad cursors', async () => {
    const bad = async (over: Record<string, unknown>) =>
      reasons(await kit.gql(manager.token, CREATE, { i: report(over) }));
    expect(await bad({ description: 'a\u202Eb' })).toEqual(['description:CONTROL_CHARACTERS']);
    expect(await bad({ location: 'x'.repeat(101) })).toEqual(['location:TOO_LONG']);
    expect(await bad({ description: 'x'.repeat(1001) })).toEqual(['description:TOO_LONG']);
    expect(await bad({ reporterPhone: '1; drop table work_orders' })).toEqual(['reporterPhone:INVALID']);
    expect(await bad({ departmentId: co.estates[1]!.id })).toEqual(['departmentId:NOT_FOUND']);
    const theirs = await photoOf(kit, fixer.token);
    expect(await bad({ photoFileIds: [theirs] })).toEqual(['photoFileIds.0:NOT_FOUND']);
    expect(codeOf(await kit.gql(manager.token, CREATE, { i: report({ kind: 'WHENEVER' }) }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await kit.gql(manager.token, ONE, { id: "1' or '1'='1" }))).toBe('NOT_FOUND');
    expect(
      codeOf(await kit.gql(manager.token, LIST, { f: { estateId: estate0 }, after: 'bm90LWEtY3Vyc29y' })),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await kit.gql(manager.token, LIST, { f: { estateId: estate0, search: '\u0000' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await kit.gql(manager.token, LIST, { f: { estateId: estate0 }, first: 101 }))).toBe(
      'BAD_USER_INPUT',
    );
    // Nothing of the refused reports was stored.
    const [{ n }] = (await kit.database.raw<{ n: number }>(
      `select count(*)::int as n from work_orders where description like '%drop%' or length(location) > 100`,
    )) as [{ n: number }];
    expect(n).toBe(0);
  });
});
