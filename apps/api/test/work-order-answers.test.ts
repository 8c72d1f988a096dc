/**
 * Cached work-order boards and lists (graphql/response-cache.ts, issue 11 item 8): a repeated read
 * is answered from the cache only while the estate's orders are unchanged, checked in the database
 * (migration 0025), so a write by any path — a mutation, a job, raw SQL as another instance would
 * make — makes the next answer fresh. Answers are kept per user (a staff member's board is theirs),
 * the board's "read at" is the instant each answer is sent, and a board holds only until the
 * company's midnight, when today's completions move to awaiting callback.
 */
import 'reflect-metadata';
import { DEFAULT_TIME_ZONE, endOfZonedDay } from '@anju/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, type Tx } from '../src/db/client.js';
import { withSystem, withTenant } from '../src/db/tenant.js';
import { createContext } from '../src/graphql/context.js';
import { STAMP_PLACEHOLDER } from '../src/graphql/response-cache.js';
import { authenticate } from '../src/modules/auth/index.js';
import { estateOrderVersions } from '../src/modules/work-orders/index.js';
import { startTestKit, TEST_NOW, type TestCompany, type TestKit, type TestUser } from './kit.js';
import { unique } from './schema-roles.js';
import { addPerson, staffedFromTemplate } from './staffing-fixture.js';

const BOARD = `query($e: ID!) { workOrderBoard(estateId: $e) { estateId at
  columns { column count breachedCount cards { id number status breached assignee { id } } } } }`;
const LIST = `query($f: WorkOrderFilter!) { workOrders(filter: $f, first: 5) {
  totalCount edges { node { id number status kind reporterPhone } } } }`;
const CREATE = `mutation($i: CreateWorkOrderInput!) { createWorkOrder(input: $i) { id version } }`;
const DISPATCH = `mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { id version } }`;
const ARRIVE = `mutation($i: ArriveWorkOrderInput!) { arriveWorkOrder(input: $i) { id version } }`;
const COMPLETE = `mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { id version } }`;

interface Board {
  estateId: string;
  at: string;
  columns: {
    column: string;
    count: number;
    breachedCount: number;
    cards: { id: string; status: string; breached: boolean; assignee: { id: string } | null }[];
  }[];
}
interface List {
  totalCount: number;
  edges: { node: { id: string; status: string; kind: string; reporterPhone: string | null } }[];
}

let kit: TestKit;
let co: TestCompany;
let manager: TestUser;
let fixer: TestUser;
let colleague: TestUser;
let estate: string;

/** POSTs a query: the answer, and how the answer cache served it (hit, miss, or not at all). */
async function ask<T>(token: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(kit.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const json = JSON.parse(text) as { data?: T; errors?: { message: string }[] };
  return { data: json.data as T, errors: json.errors, text, cache: res.headers.get('x-answer-cache') };
}

async function board(token = manager.token) {
  const res = await ask<{ workOrderBoard: Board }>(token, BOARD, { e: estate });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { board: res.data.workOrderBoard, cache: res.cache, text: res.text };
}

async function list(token = manager.token, filter: Record<string, unknown> = {}) {
  const res = await ask<{ workOrders: List }>(token, LIST, { f: { estateId: estate, ...filter } });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { list: res.data.workOrders, cache: res.cache };
}

async function mutate<T>(token: string, query: string, i: Record<string, unknown>): Promise<T> {
  const res = await kit.gql<Record<string, T>>(token, query, { i });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data!)[0]!;
}

const report = (kind = 'MINOR') => ({
  estateId: estate,
  locationKind: 'UNIT',
  location: `${unique()}栋801`,
  category: 'PLUMBING_ELECTRICAL',
  kind,
  description: '卫生间漏水',
  channel: 'PHONE',
  reporterName: '李女士',
  reporterPhone: '13800001111',
});

const cardsOf = (b: Board, column: string) => b.columns.find((c) => c.column === column)!;

beforeAll(async () => {
  kit = await startTestKit();
  co = await kit.company();
  estate = co.estates[0]!.id;
  const admin = await co.user('COMPANY_ADMIN');
  manager = await co.user('ESTATE_MANAGER', { estateIds: [estate] });
  [fixer, colleague] = await Promise.all([co.user('ESTATE_STAFF'), co.user('ESTATE_STAFF')]);
  // Two electricians of one department: the same memberships, different people.
  const positions = await staffedFromTemplate(kit, admin.token, estate);
  for (const user of [fixer, colleague])
    await addPerson(kit.database, co.id, estate, positions.ELECTRICIAN_PLUMBER!, {
      hireDate: '2020-01-01',
      userId: user.id,
    });
});
afterAll(() => kit?.close());

describe('cached work-order boards and lists', () => {
  it('answers a repeated board from the cache, stamped with the instant it is sent', async () => {
    kit.setNow(TEST_NOW);
    await mutate(manager.token, CREATE, { ...report(), idempotencyKey: unique() });
    const first = await board();
    expect(first.cache).toBe('miss');
    expect(first.board.at).toBe(TEST_NOW.toISOString());
    const later = new Date(TEST_NOW.getTime() + 7_000);
    kit.setNow(later);
    const second = await board();
    expect(second.cache).toBe('hit');
    expect(second.board.at).toBe(later.toISOString());
    expect({ ...second.board, at: null }).toEqual({ ...first.board, at: null });
    // The placeholder never leaves the server.
    expect(first.text + second.text).not.toContain(STAMP_PLACEHOLDER.toISOString());
  });

  it('answers fresh after every step taken through the API, and shows it', async () => {
    kit.setNow(TEST_NOW);
    const before = await board();
    const created = await mutate<{ id: string; version: number }>(manager.token, CREATE, report());
    const after = await board();
    expect(after.cache).toBe('miss');
    expect(cardsOf(after.board, 'NEW').count).toBe(cardsOf(before.board, 'NEW').count + 1);
    expect((await board()).cache).toBe('hit');
    const listed = await list();
    expect(listed.list.edges.map((e) => e.node.id)).toContain(created.id);
    expect((await list()).cache).toBe('hit');
    const dispatched = await mutate<{ id: string; version: number }>(manager.token, DISPATCH, {
      id: created.id,
      version: created.version,
      assigneeUserId: fixer.id,
    });
    const moved = await board();
    expect(moved.cache).toBe('miss');
    expect(cardsOf(moved.board, 'DISPATCHED').cards.map((c) => c.id)).toContain(created.id);
    const relisted = await list();
    expect(relisted.cache).toBe('miss');
    expect(relisted.list.edges.find((e) => e.node.id === created.id)?.node.status).toBe('DISPATCHED');
    expect(dispatched.version).toBeGreaterThan(created.version);
  });

  it('answers fresh after a write made without the API (a job, another instance, SQL)', async () => {
    kit.setNow(TEST_NOW);
    const created = await mutate<{ id: string }>(manager.token, CREATE, report());
    await board();
    await list(manager.token, { breached: true });
    expect((await board()).cache).toBe('hit');
    await withTenant(kit.database, co.id, (tx) =>
      tx.execute(
        sql`update work_orders set breached = true, dispatch_breached_at = ${TEST_NOW.toISOString()}::timestamptz
            where company_id = ${co.id} and id = ${created.id}`,
      ),
    );
    const fresh = await board();
    expect(fresh.cache).toBe('miss');
    expect(cardsOf(fresh.board, 'NEW').cards.find((c) => c.id === created.id)?.breached).toBe(true);
    const breached = await list(manager.token, { breached: true });
    expect(breached.cache).toBe('miss');
    expect(breached.list.edges.map((e) => e.node.id)).toContain(created.id);
  });

  it('keeps answers per person: a colleague with the same memberships never gets another’s board', async () => {
    kit.setNow(TEST_NOW);
    const mine = await mutate<{ id: string; version: number }>(manager.token, CREATE, report());
    await mutate(manager.token, DISPATCH, { id: mine.id, version: mine.version, assigneeUserId: fixer.id });
    const fixers = await board(fixer.token);
    expect((await board(fixer.token)).cache).toBe('hit');
    const colleagues = await board(colleague.token);
    expect(colleagues.cache).toBe('miss');
    // Both read the department's orders; the reporter's phone only reaches the assignee.
    const phones = async (token: string) =>
      (await list(token)).list.edges.find((e) => e.node.id === mine.id)?.node.reporterPhone;
    expect(await phones(fixer.token)).toBe('13800001111');
    expect(await phones(colleague.token)).toBeNull();
    expect(await phones(colleague.token)).toBeNull();
    expect(cardsOf(fixers.board, 'DISPATCHED').cards.map((c) => c.id)).toContain(mine.id);
  });

  it('holds a board only until the company’s midnight, when today’s completions await callback', async () => {
    kit.setNow(TEST_NOW);
    const o = await mutate<{ id: string; version: number }>(manager.token, CREATE, report());
    const d = await mutate<{ id: string; version: number }>(manager.token, DISPATCH, {
      id: o.id,
      version: o.version,
      assigneeUserId: fixer.id,
    });
    const a = await mutate<{ id: string; version: number }>(fixer.token, ARRIVE, {
      id: d.id,
      version: d.version,
    });
    await mutate(fixer.token, COMPLETE, { id: a.id, version: a.version, qualityPassed: true });
    const today = await board();
    expect(cardsOf(today.board, 'DONE').cards.map((c) => c.id)).toContain(o.id);
    const midnight = endOfZonedDay(TEST_NOW, DEFAULT_TIME_ZONE);
    kit.setNow(new Date(midnight.getTime() - 1));
    expect((await board()).cache).toBe('hit');
    kit.setNow(midnight);
    const tomorrow = await board();
    expect(tomorrow.cache).toBe('miss');
    expect(cardsOf(tomorrow.board, 'DONE').cards.map((c) => c.id)).not.toContain(o.id);
    expect(cardsOf(tomorrow.board, 'AWAITING_CALLBACK').cards.map((c) => c.id)).toContain(o.id);
    kit.setNow(TEST_NOW);
  });

  it('stamps every "read at" of an answer that asks for it twice, and keeps no such answer', async () => {
    kit.setNow(TEST_NOW);
    const twice = `query($e: ID!) { a: workOrderBoard(estateId: $e) { at } b: workOrderBoard(estateId: $e) { at } }`;
    for (let i = 0; i < 2; i++) {
      const res = await ask<{ a: { at: string }; b: { at: string } }>(manager.token, twice, { e: estate });
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ a: { at: TEST_NOW.toISOString() }, b: { at: TEST_NOW.toISOString() } });
      expect(res.cache).toBe(null);
    }
  });

  it('executes boards and lists compiled (graphql-jit), answering exactly what graphql-js would', async () => {
    kit.setNow(TEST_NOW);
    // Every field of a work order, in two lists (one would pass the cost limit).
    const fields = [
      `id estateId number locationKind location category kind description channel reporterName reporterPhone
        personalDataVisible department { id code name } assignee { id name } createdBy { id name } photos { id }
        completionPhotos { id } estate { id name }`,
      `status reportedAt dispatchedAt arrivedAt completedAt calledBackAt closedAt dispatchDueAt arriveDueAt
        completeDueAt dispatchBreachedAt arriveBreachedAt completeBreachedAt breached breachedSteps timely
        reworkOf { id number completedAt } qualityPassed satisfaction callbackNote arriveNote completionNote
        closeNote nextSteps version updatedAt`,
    ];
    const card = `id number location category kind status reportedAt dispatchDueAt arriveDueAt completeDueAt
      breached breachedSteps timely reporterPhone personalDataVisible nextSteps assignee { id name } version`;
    const queries: [string, Record<string, unknown>][] = [
      [
        `query($e: ID!) { workOrderBoard(estateId: $e) { estateId at columns { column count breachedCount cards { ${card} } } } }`,
        { e: estate },
      ],
      ...fields.map((f): [string, Record<string, unknown>] => [
        `query($f: WorkOrderFilter!) { workOrders(filter: $f, first: 10) { totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { ${f} } } } }`,
        { f: { estateId: estate } },
      ]),
    ];
    const { execute, parse } = await import('graphql');
    for (const token of [manager.token, fixer.token]) {
      for (const [query, variables] of queries) {
        // A write first: the answer is computed, not served from the cache.
        await mutate(manager.token, CREATE, report());
        const runs = kit.app.jit.compiledRuns();
        const res = await ask(token, query, variables);
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        expect(res.cache).toBe('miss');
        expect(kit.app.jit.compiledRuns()).toBe(runs + 1);
        const byGraphqlJs = await execute({
          schema: kit.app.schema,
          document: parse(query),
          contextValue: createContext(kit.app.services, await authenticate(kit.app.services, token), {
            requestId: 'graphql-js',
          }),
          variableValues: variables,
        });
        expect(byGraphqlJs.errors).toBeUndefined();
        expect(JSON.parse(res.text)).toEqual(JSON.parse(JSON.stringify({ data: byGraphqlJs.data })));
      }
    }
  });

  it('moves the estate’s version once per writing transaction, at its commit, holding no other writer', async (context) => {
    const versionOf = async () =>
      (await withTenant(kit.database, co.id, (tx) => estateOrderVersions(tx, co.id, [estate]))).get(estate) ??
      0;
    const [one, two] = [
      await mutate<{ id: string }>(manager.token, CREATE, report()),
      await mutate<{ id: string }>(manager.token, CREATE, report()),
    ];
    const touch = (tx: Tx, id: string) =>
      tx.execute(
        sql`update work_orders set description = description || '。' where company_id = ${co.id} and id = ${id}`,
      );
    const before = await versionOf();
    await withTenant(kit.database, co.id, async (tx) => {
      await touch(tx, one.id);
      await touch(tx, two.id);
      // Not before the commit: a reader meanwhile still sees the old orders and the old version.
      expect((await estateOrderVersions(tx, co.id, [estate])).get(estate) ?? 0).toBe(before);
    });
    expect(await versionOf()).toBe(before + 1);
    const left = await withSystem(kit.database, 'test', (tx) =>
      tx.execute(sql`select 1 from work_order_version_bumps`),
    );
    expect(rowsOf(left)).toEqual([]);
    // Two writers of one estate at once (PostgreSQL: PGlite has one connection): the second
    // commits while the first is still open. Were the version row locked for the whole
    // transaction, the second would wait and its lock timeout would fail it.
    if (kit.database.kind !== 'postgres') return context.skip();
    let release!: () => void;
    let wrote!: () => void;
    const firstWrote = new Promise<void>((resolve) => (wrote = resolve));
    const first = withTenant(kit.database, co.id, async (tx) => {
      await touch(tx, one.id);
      wrote();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await firstWrote;
    await withTenant(kit.database, co.id, async (tx) => {
      await tx.execute(sql`set local lock_timeout = '5s'`);
      await touch(tx, two.id);
    });
    expect(await versionOf()).toBe(before + 2);
    release();
    await first;
    expect(await versionOf()).toBe(before + 3);
  });

  it('keeps no refused answer, and refuses the same way again', async () => {
    const refused = `query($e: ID!) { workOrderBoard(estateId: $e, first: 500) { at } }`;
    for (let i = 0; i < 2; i++) {
      const res = await ask(manager.token, refused, { e: estate });
      expect(res.errors?.length).toBe(1);
      expect(res.cache).toBe(null);
      expect(res.text).not.toContain('1900-');
    }
  });
});
