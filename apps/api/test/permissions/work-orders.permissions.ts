/**
 * Work orders (issue 11 item 1): who may run each operation (see permission-matrix.test.ts). Orders
 * of estates[0] are read by HQ (admin, auditor, viewers of the company and of region 0), its
 * manager, and its staff — the matrix's staff member reads the orders assigned to them or logged by
 * them (the samples give them such orders), and takes their steps: the assignee hands over, arrives
 * and completes, whoever logged it calls back and closes. The committee sees nothing. The
 * reporter's phone is checked in each allowed answer: the admin, the manager and the staff member
 * handling the order read it, HQ never does.
 */
import { expect } from 'vitest';
import type { TestUser } from '../kit.js';
import { THIS_MONTH } from '../kit.js';
import type { MatrixRole } from '../schema-roles.js';
import { unique } from '../schema-roles.js';
import { adminGql, co, type Entry, INDICATOR_READERS, kit, tokenOf, users } from './harness.js';

let colleagueOf: Promise<TestUser> | undefined;
/** A member of staff of estates[0] the samples assign orders to (the harness's victim changes roles). */
const colleague = () => {
  colleagueOf ??= co.user('ESTATE_STAFF');
  return colleagueOf;
};

/** Who reads work orders of estates[0] (staff: theirs). */
const READERS: readonly MatrixRole[] = [
  'COMPANY_ADMIN',
  'QUALITY_AUDITOR',
  'HQ_VIEWER',
  'HQ_VIEWER_REGION',
  'ESTATE_MANAGER',
  'ESTATE_STAFF',
];
/** Who works them: the admin, the estate's manager, and staff on their own orders. */
const WORKERS: readonly MatrixRole[] = ['COMPANY_ADMIN', 'ESTATE_MANAGER', 'ESTATE_STAFF'];
/** Who reads the reporter's name and phone of the sample orders. */
const PERSONAL: readonly MatrixRole[] = WORKERS;
const PHONE = '13712345678';

const OUT = 'id status version reporterName reporterPhone personalDataVisible assignee { id } nextSteps';
const CREATE = `mutation($i: CreateWorkOrderInput!) { createWorkOrder(input: $i) { ${OUT} } }`;
const DISPATCH = `mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { ${OUT} } }`;
const ARRIVE = `mutation($i: ArriveWorkOrderInput!) { arriveWorkOrder(input: $i) { ${OUT} } }`;
const COMPLETE = `mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { ${OUT} } }`;
const CALLBACK = `mutation($i: CallbackWorkOrderInput!) { callbackWorkOrder(input: $i) { ${OUT} } }`;
const CLOSE = `mutation($i: CloseWorkOrderInput!) { closeWorkOrder(input: $i) { ${OUT} } }`;

interface Out {
  id: string;
  status: string;
  version: number;
  reporterName: string | null;
  reporterPhone: string | null;
  personalDataVisible: boolean;
}

const input = () => ({
  estateId: co.estates[0]!.id,
  locationKind: 'PUBLIC_AREA',
  location: `矩阵 ${unique()} 号电梯`,
  category: 'ELEVATOR',
  kind: 'URGENT',
  description: '电梯困人',
  channel: 'PHONE',
  reporterName: '矩阵报修人',
  reporterPhone: PHONE,
});

/** A fresh order of estates[0] logged by `token` (the admin by default), in `status`. */
async function freshOrder(
  status: 'NEW' | 'DISPATCHED' | 'ON_SITE' | 'COMPLETED' = 'NEW',
  options: { loggedBy?: string; assignee?: string } = {},
): Promise<Out> {
  const created = await kit.gql<{ createWorkOrder: Out }>(
    options.loggedBy ?? users.COMPANY_ADMIN.token,
    CREATE,
    {
      i: input(),
    },
  );
  if (created.errors) throw new Error(`setup failed: ${JSON.stringify(created.errors)}`);
  let w = created.data!.createWorkOrder;
  if (status === 'NEW') return w;
  const assigneeUserId = options.assignee ?? users.ESTATE_STAFF.id;
  w = (
    await adminGql<{ dispatchWorkOrder: Out }>(DISPATCH, {
      i: { id: w.id, version: w.version, assigneeUserId },
    })
  ).dispatchWorkOrder;
  if (status === 'DISPATCHED') return w;
  w = (await adminGql<{ arriveWorkOrder: Out }>(ARRIVE, { i: { id: w.id, version: w.version } }))
    .arriveWorkOrder;
  if (status === 'ON_SITE') return w;
  return (await adminGql<{ completeWorkOrder: Out }>(COMPLETE, { i: { id: w.id, version: w.version } }))
    .completeWorkOrder;
}

/** The reporter as `role` should see it on an order they may read. */
function expectPersonal(role: MatrixRole, w: Out) {
  if (PERSONAL.includes(role)) expect(w).toMatchObject({ reporterPhone: PHONE, personalDataVisible: true });
  else expect(w).toMatchObject({ reporterName: null, reporterPhone: null, personalDataVisible: false });
}

let shared: Promise<Out> | undefined;
/** One order the read samples share: assigned to the matrix's staff member. */
const sharedOrder = () => {
  shared ??= freshOrder('DISPATCHED');
  return shared;
};

/** An order in `status` the role would work: staff get one assigned to them, others one assigned to a colleague. */
const orderFor = async (role: MatrixRole, status: 'DISPATCHED' | 'ON_SITE') =>
  freshOrder(status, { assignee: role === 'ESTATE_STAFF' ? users.ESTATE_STAFF.id : (await colleague()).id });

/** A completed order; the staff member's is one they logged themselves (they call back and close). */
const completedFor = async (role: MatrixRole) =>
  freshOrder('COMPLETED', {
    assignee: (await colleague()).id,
    ...(role === 'ESTATE_STAFF' ? { loggedBy: tokenOf('ESTATE_STAFF')! } : {}),
  });

const COMMITMENT_FIGURES = {
  dispatchMinutesMinor: 3,
  dispatchMinutesUrgent: 3,
  arriveMinutesMinor: 10,
  arriveMinutesUrgent: 30,
  completeMinutesMinor: 1440,
  urgentSameDay: true,
  completeMinutesUrgent: 240,
};

export const workOrdersPermissions: Record<string, Entry> = {
  workOrders: {
    allowed: READERS,
    sample: async () => {
      await sharedOrder();
      return {
        query: `query($f: WorkOrderFilter!) { workOrders(filter: $f, first: 50) { totalCount edges { node { ${OUT} } } } }`,
        variables: { f: { estateId: co.estates[0]!.id } },
      };
    },
    check: async (role, data) => {
      const w = await sharedOrder();
      const nodes = (data.workOrders as { edges: { node: Out }[] }).edges.map((e) => e.node);
      const found = nodes.find((n) => n.id === w.id)!;
      expect(found).toBeDefined();
      expectPersonal(role, found);
    },
  },
  workOrder: {
    allowed: READERS,
    sample: async () => ({
      query: `query($id: ID!) { workOrder(id: $id) { ${OUT} } }`,
      variables: { id: (await sharedOrder()).id },
    }),
    check: (role, data) => expectPersonal(role, data.workOrder as Out),
  },
  workOrderBoard: {
    allowed: READERS,
    sample: async () => {
      await sharedOrder();
      return {
        query: `query($e: ID!) { workOrderBoard(estateId: $e, first: 50) { estateId columns { column count breachedCount cards { ${OUT} } } } }`,
        variables: { e: co.estates[0]!.id },
      };
    },
    check: async (role, data) => {
      const w = await sharedOrder();
      const board = data.workOrderBoard as { columns: { column: string; cards: Out[] }[] };
      const card = board.columns.find((c) => c.column === 'DISPATCHED')!.cards.find((c) => c.id === w.id);
      expect(card).toBeDefined();
      expectPersonal(role, card!);
    },
  },
  workOrderCommitments: {
    allowed: READERS,
    sample: () => ({
      query: `{ workOrderCommitments { current { dispatchMinutesMinor arriveMinutesMinor urgentSameDay } history { id } } }`,
    }),
    check: (_role, data) =>
      expect(data.workOrderCommitments).toMatchObject({ current: { dispatchMinutesMinor: 3 } }),
  },
  createWorkOrder: {
    allowed: WORKERS,
    sample: () => ({ query: CREATE, variables: { i: input() } }),
    check: (role, data) => {
      expect(data.createWorkOrder).toMatchObject({ status: 'NEW', version: 1 });
      expectPersonal(role, data.createWorkOrder as Out);
    },
  },
  dispatchWorkOrder: {
    allowed: WORKERS,
    sample: async (role) => {
      // Staff hand over the order assigned to them; the others dispatch a new one.
      const w = role === 'ESTATE_STAFF' ? await orderFor(role, 'DISPATCHED') : await freshOrder();
      const assigneeUserId = (await colleague()).id;
      return { query: DISPATCH, variables: { i: { id: w.id, version: w.version, assigneeUserId } } };
    },
    check: async (_role, data) =>
      expect(data.dispatchWorkOrder).toMatchObject({
        status: 'DISPATCHED',
        assignee: { id: (await colleague()).id },
      }),
  },
  arriveWorkOrder: {
    allowed: WORKERS,
    sample: async (role) => {
      const w = await orderFor(role, 'DISPATCHED');
      return { query: ARRIVE, variables: { i: { id: w.id, version: w.version, note: '矩阵到场' } } };
    },
    check: (role, data) => {
      expect(data.arriveWorkOrder).toMatchObject({ status: 'ON_SITE' });
      expectPersonal(role, data.arriveWorkOrder as Out);
    },
  },
  completeWorkOrder: {
    allowed: WORKERS,
    sample: async (role) => {
      const w = await orderFor(role, 'ON_SITE');
      return { query: COMPLETE, variables: { i: { id: w.id, version: w.version, qualityPassed: true } } };
    },
    check: (_role, data) => expect(data.completeWorkOrder).toMatchObject({ status: 'COMPLETED' }),
  },
  callbackWorkOrder: {
    allowed: WORKERS,
    sample: async (role) => {
      const w = await completedFor(role);
      return {
        query: CALLBACK,
        variables: { i: { id: w.id, version: w.version, satisfaction: 'SATISFIED', note: '矩阵回访' } },
      };
    },
    check: (role, data) => {
      expect(data.callbackWorkOrder).toMatchObject({ status: 'CALLED_BACK' });
      expectPersonal(role, data.callbackWorkOrder as Out);
    },
  },
  closeWorkOrder: {
    allowed: WORKERS,
    sample: async (role) => {
      const w = await completedFor(role);
      return { query: CLOSE, variables: { i: { id: w.id, version: w.version } } };
    },
    check: (_role, data) => expect(data.closeWorkOrder).toMatchObject({ status: 'CLOSED' }),
  },
  updateWorkOrderCommitments: {
    allowed: ['COMPANY_ADMIN'],
    sample: () => ({
      query: `mutation($i: UpdateWorkOrderCommitmentsInput!) { updateWorkOrderCommitments(input: $i) { current { arriveMinutesUrgent } } }`,
      // The matrix's other samples keep seed 000's dispatch figures: only the urgent arrival changes.
      variables: { i: { ...COMMITMENT_FIGURES, arriveMinutesUrgent: 10 } },
    }),
    check: (_role, data) =>
      expect(data.updateWorkOrderCommitments).toMatchObject({ current: { arriveMinutesUrgent: 10 } }),
  },
  workOrderIndicatorDrillDown: {
    allowed: INDICATOR_READERS,
    // A completed order of estates[0] this month (the admin's), counted in repair_timely or not.
    sample: async () => {
      await freshOrder('COMPLETED');
      return {
        query: `query($e: ID!, $c: String!, $m: String!) { workOrderIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) { indicatorCode denominator rows { number reason } } }`,
        variables: { e: co.estates[0]!.id, c: 'repair_timely', m: THIS_MONTH },
      };
    },
    check: (_role, data) => {
      const d = data.workOrderIndicatorDrillDown as {
        indicatorCode: string;
        denominator: number;
        rows: unknown[];
      };
      expect(d.indicatorCode).toBe('repair_timely');
      expect(d.denominator).toBeGreaterThanOrEqual(1);
      expect(d.rows).toHaveLength(d.denominator);
    },
  },
  workOrderChanged: {
    allowed: READERS,
    sample: () => ({
      query: `subscription($e: ID!) { workOrderChanged(estateId: $e) { event workOrderId workOrder { ${OUT} } } }`,
      variables: { e: co.estates[0]!.id },
    }),
    // Dispatched to the matrix's staff member: every reader hears of it (staff only then).
    trigger: async () => {
      await freshOrder('DISPATCHED');
    },
    check: (role, data) => {
      const event = data.workOrderChanged as { workOrder: Out | null };
      expect(event.workOrder).not.toBeNull();
      expectPersonal(role, event.workOrder!);
    },
  },
};
