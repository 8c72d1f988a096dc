import 'reflect-metadata';
import { sql } from 'drizzle-orm';
/**
 * The work-order list and board use indexes at scale (issue 11 item 8): one estate holds 100,000
 * orders (20,000 on PGlite, whose single process makes a large insert slow), statistics are fresh,
 * and every statement the API sends on `work_orders` for the board and for the filtered, paged
 * list — as the estate's manager and as a member of its staff, whose access adds conditions — is
 * explained with its own parameters inside the caller's tenant transaction. No plan may read the
 * table with a sequential scan. (A seq scan of the whole estate is what a count of every order
 * falls back to when statistics say one estate holds the table: the test would catch it.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/client.js';
import { withTenant } from '../src/db/tenant.js';
import { seedScaleWorkOrders } from '../src/seed/work-orders-scale.js';
import { startTestKit, TEST_NOW, type TestCompany, type TestKit, type TestUser } from './kit.js';
import { addPerson, staffedFromTemplate } from './staffing-fixture.js';

const ORDERS = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL ? 100_000 : 20_000;

const LIST = `query($f: WorkOrderFilter!, $first: Int, $after: String) { workOrders(filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id number status breached reporterPhone reworkOf { id } } } } }`;
const BOARD = `query($e: ID!) { workOrderBoard(estateId: $e, first: 20) { columns { column count breachedCount cards { id } } } }`;

interface Statement {
  text: string;
  params: readonly unknown[];
}
let recording: Statement[] | null = null;
let kit: TestKit;
let co: TestCompany;
let manager: TestUser;
let fixer: TestUser;
let estate: string;

beforeAll(async () => {
  kit = await startTestKit({
    onQuery: (text, params) => {
      recording?.push({ text, params });
    },
  });
  co = await kit.company();
  estate = co.estates[0]!.id;
  const admin = await co.user('COMPANY_ADMIN');
  manager = await co.user('ESTATE_MANAGER', { estateIds: [estate] });
  fixer = await co.user('ESTATE_STAFF', { estateIds: [estate] });
  const positions = await staffedFromTemplate(kit, admin.token, estate);
  const electrician = positions.ELECTRICIAN_PLUMBER!;
  await addPerson(kit.database, co.id, estate, electrician, { hireDate: '2020-01-01', userId: fixer.id });
  const written = await seedScaleWorkOrders(kit.database, {
    companyId: co.id,
    estateId: estate,
    count: ORDERS,
    now: TEST_NOW,
    departmentId: electrician.departmentId,
  });
  expect(written).toBe(ORDERS);
  // As autovacuum leaves a table after a bulk load: statistics and the visibility map up to date.
  await kit.database.raw('vacuum analyze work_orders');
}, 600_000);

afterAll(() => kit?.close());

/** The plan of one recorded statement, explained in the caller's company as the API ran it. */
async function planOf(s: Statement): Promise<unknown> {
  // The statement's own $n placeholders, with its own values, in a tenant transaction (RLS on).
  return withTenant(kit.database, co.id, async (tx) => {
    const explained = sql.empty();
    const parts = s.text.split(/\$(\d+)/);
    explained.append(sql.raw(`explain (format json) ${parts[0]}`));
    for (let i = 1; i < parts.length; i += 2) {
      explained.append(sql`${s.params[Number(parts[i]) - 1]}`);
      explained.append(sql.raw(parts[i + 1]!));
    }
    const [row] = rowsOf<{ 'QUERY PLAN': unknown }>(await tx.execute(explained));
    const plan = row!['QUERY PLAN'];
    return typeof plan === 'string' ? JSON.parse(plan) : plan;
  });
}

/** Every node of a plan, flattened. */
function nodesOf(plan: unknown): { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string }[] {
  const out: { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string }[] = [];
  const walk = (node: Record<string, unknown>) => {
    out.push(node as never);
    for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
  };
  for (const top of plan as { Plan: Record<string, unknown> }[]) walk(top.Plan);
  return out;
}

/** Runs a request, then explains each of its statements that reads work_orders. */
async function plansOf(token: string, query: string, variables: Record<string, unknown>) {
  recording = [];
  const res = await kit.gql(token, query, variables);
  const statements = recording;
  recording = null;
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const reads = statements.filter((s) => /from "work_orders"/.test(s.text) && /^\s*select/i.test(s.text));
  expect(reads.length).toBeGreaterThan(0);
  const plans = [];
  for (const s of reads) plans.push({ text: s.text, nodes: nodesOf(await planOf(s)) });
  return { data: res.data as Record<string, unknown>, plans };
}

function expectNoSeqScan(plans: { text: string; nodes: ReturnType<typeof nodesOf> }[]) {
  for (const { text, nodes } of plans) {
    const seq = nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'work_orders');
    expect(seq, `sequential scan of work_orders for: ${text}`).toEqual([]);
    expect(
      nodes.some((n) => n['Relation Name'] === 'work_orders' && /Index|Bitmap Heap/.test(n['Node Type'])),
      text,
    ).toBe(true);
  }
}

const FILTERS: Record<string, unknown>[] = [
  {},
  { status: 'NEW' },
  { status: 'CLOSED' },
  { kind: 'URGENT' },
  { category: 'ELEVATOR' },
  { breached: true },
  { status: 'COMPLETED', kind: 'MINOR' },
];

describe(`the work-order list and board with ${ORDERS.toLocaleString('en')} orders in one estate`, () => {
  it('the board reads every column through an index, for the manager and for staff', async () => {
    for (const user of [manager, fixer]) {
      const { data, plans } = await plansOf(user.token, BOARD, { e: estate });
      expectNoSeqScan(plans);
      const columns = (data.workOrderBoard as { columns: { column: string; count: number }[] }).columns;
      expect(columns.map((c) => c.column)).toEqual([
        'NEW',
        'DISPATCHED',
        'ON_SITE',
        'DONE',
        'AWAITING_CALLBACK',
      ]);
      expect(columns.reduce((n, c) => n + c.count, 0)).toBeGreaterThan(0);
    }
  });

  it('each filtered page and its total count, first and next page, through an index', async () => {
    for (const user of [manager, fixer]) {
      for (const filter of FILTERS) {
        const f = { estateId: estate, ...filter };
        const first = await plansOf(user.token, LIST, { f, first: 20 });
        expectNoSeqScan(first.plans);
        const list = first.data.workOrders as {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: unknown[];
        };
        expect(list.totalCount, `${user.role} ${JSON.stringify(filter)}`).toBeGreaterThan(0);
        if (!list.pageInfo.hasNextPage) continue;
        const next = await plansOf(user.token, LIST, { f, first: 20, after: list.pageInfo.endCursor });
        expectNoSeqScan(next.plans);
      }
    }
  }, 300_000);

  it('the kept counts (work_order_counts) agree with the rows after bulk and single writes', async () => {
    // A report taken through a few steps, as the API writes them (update triggers).
    const made = await kit.gql<{ createWorkOrder: { id: string; version: number } }>(
      manager.token,
      `mutation($i: CreateWorkOrderInput!) { createWorkOrder(input: $i) { id version } }`,
      {
        i: {
          estateId: estate,
          locationKind: 'UNIT',
          location: '3-1-1201',
          category: 'ELEVATOR',
          kind: 'URGENT',
          description: '电梯困人',
          channel: 'PHONE',
        },
      },
    );
    expect(made.errors).toBeUndefined();
    const dispatched = await kit.gql(
      manager.token,
      `mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { id status } }`,
      {
        i: {
          id: made.data!.createWorkOrder.id,
          version: made.data!.createWorkOrder.version,
          assigneeUserId: fixer.id,
        },
      },
    );
    expect(dispatched.errors).toBeUndefined();
    const [kept, counted] = await withTenant(kit.database, co.id, async (tx) => [
      rowsOf<{ k: string; n: number }>(
        await tx.execute(sql`select status || kind || category || breached as k, sum(n)::int as n
          from work_order_counts where estate_id = ${estate} group by 1 having sum(n) > 0 order by 1`),
      ),
      rowsOf<{ k: string; n: number }>(
        await tx.execute(sql`select status || kind || category || breached as k, count(*)::int as n
          from work_orders where estate_id = ${estate} group by 1 order by 1`),
      ),
    ]);
    expect(kept).toEqual(counted);
    expect(kept.reduce((n, r) => n + r.n, 0)).toBe(ORDERS + 1);
    // The manager's board and filtered totals (from the kept counts) equal the staff-free truth.
    const board = await kit.gql<{ workOrderBoard: { columns: { column: string; count: number }[] } }>(
      manager.token,
      BOARD,
      { e: estate },
    );
    const byColumn = Object.fromEntries(board.data!.workOrderBoard.columns.map((c) => [c.column, c.count]));
    const of = (k: string) => counted.filter((r) => r.k.startsWith(k)).reduce((n, r) => n + r.n, 0);
    expect(byColumn.NEW).toBe(of('NEW'));
    expect(byColumn.DISPATCHED).toBe(of('DISPATCHED'));
    expect(byColumn.ON_SITE).toBe(of('ON_SITE'));
    expect(byColumn.DONE! + byColumn.AWAITING_CALLBACK!).toBe(of('COMPLETED'));
    const urgent = await kit.gql<{ workOrders: { totalCount: number } }>(manager.token, LIST, {
      f: { estateId: estate, kind: 'URGENT', status: 'DISPATCHED' },
      first: 1,
    });
    expect(urgent.data?.workOrders.totalCount).toBe(
      counted.filter((r) => r.k.startsWith('DISPATCHEDURGENT')).reduce((n, r) => n + r.n, 0),
    );
  });

  it('the manager’s unfiltered total counts the whole estate', async () => {
    const res = await kit.gql<{ workOrders: { totalCount: number } }>(manager.token, LIST, {
      f: { estateId: estate },
      first: 1,
    });
    expect(res.data?.workOrders.totalCount).toBe(ORDERS + 1);
  });
});
