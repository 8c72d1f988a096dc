/**
 * The comparison matrix runs a fixed set of SQL statements whatever the number of estates (no N+1):
 * two companies of the scale data set, 3 and 60 estates with six months of every indicator, ask
 * for the same matrix through GraphQL while every statement the API sends is recorded. Both must
 * send the very same statements, and few of them. The trend is held to the same rule.
 */
import { randomBytes } from 'node:crypto';
import { addMonths } from '@anju/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { type Database, openDatabase } from '../src/db/client.js';
import { DEMO_PASSWORD } from '../src/seed/demo.js';
import { type LargeResult, seedLarge } from '../src/seed/large.js';
import { type App, createApp } from '../src/server.js';
import { freshDatabase, THIS_MONTH } from './kit.js';

const MATRIX = `query($f: ComparisonFilter!) { comparisonMatrix(filter: $f) { period
  rows { estateId cells { indicatorCode value target { label } judgement rank } metCount rank }
  regions { name cells { value } } company { cells { value judgement } } } }`;
const TREND = `query($e: [ID!]!, $c: [String!]!, $from: String!, $to: String!) {
  indicatorTrend(estateIds: $e, indicatorCodes: $c, from: $from, to: $to, includeTotal: true) {
    estateId points { month value judgement } } }`;
const ESTATES = `{ estates(first: 100) { edges { node { id } } } }`;

/** Statements recorded while `recording` is set; null otherwise (sign-in, seeding, warm-up). */
let recording: string[] | null = null;
let database: Database;
let drop: () => Promise<void>;
let app: App;
let url: string;

async function gql<T>(token: string | null, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(json.errors).toBeUndefined();
  return json.data!;
}

/**
 * The statements of one request, after a first identical one has warmed every cache except the
 * answer itself: the company's data version moves in between, as after any write, so the answer
 * is computed again (the cached answer would need no statement at all).
 */
async function statementsOf<T>(
  { token, seeded }: Company,
  query: string,
  variables: Record<string, unknown>,
) {
  await gql<T>(token, query, variables);
  app.services.dataVersions.changed(seeded.companyId);
  recording = [];
  const data = await gql<T>(token, query, variables);
  const statements = recording;
  recording = null;
  return { data, statements };
}

interface Company {
  seeded: LargeResult;
  token: string;
  estateIds: string[];
}

async function company(estates: number): Promise<Company> {
  const tag = randomBytes(4).toString('hex');
  const seeded = await seedLarge(database, {
    estates,
    months: 6,
    slug: `stmt-${estates}-${tag}`,
    adminEmail: `admin-${estates}-${tag}@statements.test`,
  });
  const login = await gql<{ login: { token: string } }>(
    null,
    'mutation($i: LoginInput!) { login(input: $i) { token } }',
    { i: { email: seeded.adminEmail, password: DEMO_PASSWORD } },
  );
  const token = login.login.token;
  const list = await gql<{ estates: { edges: { node: { id: string } }[] } }>(token, ESTATES);
  return { seeded, token, estateIds: list.estates.edges.map((e) => e.node.id) };
}

let small: Company;
let large: Company;
const lastMonth = addMonths(THIS_MONTH, -1);

beforeAll(async () => {
  const onQuery = (text: string) => {
    recording?.push(text);
  };
  // The kit's fresh database (a new one on the PostgreSQL server, if any), opened again here with
  // a statement recorder; in-memory PGlite otherwise.
  if (process.env.TEST_DATABASE_URL || process.env.DATABASE_URL) {
    const fresh = await freshDatabase(1);
    database = await openDatabase({ url: fresh.url, poolMax: 5, onQuery });
    drop = async () => {
      await database.close();
      await fresh.drop();
    };
  } else {
    database = await openDatabase({ pgliteDir: 'memory://', onQuery });
    drop = () => database.close();
  }
  app = await createApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0' }), { database });
  url = `http://127.0.0.1:${await app.listen(0)}/graphql`;
  small = await company(3);
  large = await company(60);
});

afterAll(async () => {
  await app?.close();
  await drop?.();
});

describe('statements per comparison request', () => {
  it('the matrix sends the same few statements for 3 estates as for 60', async () => {
    expect(small.estateIds).toHaveLength(3);
    expect(large.estateIds).toHaveLength(60);
    for (const period of [lastMonth, addMonths(lastMonth, -2).slice(0, 4)]) {
      type Matrix = { comparisonMatrix: { rows: { cells: { value: number | null }[] }[] } };
      const a = await statementsOf<Matrix>(small, MATRIX, { f: { period } });
      const b = await statementsOf<Matrix>(large, MATRIX, { f: { period } });
      // Both matrices are full: every estate has figures for the period.
      expect(a.data.comparisonMatrix.rows).toHaveLength(3);
      expect(b.data.comparisonMatrix.rows).toHaveLength(60);
      for (const row of [...a.data.comparisonMatrix.rows, ...b.data.comparisonMatrix.rows])
        expect(row.cells.some((c) => c.value != null)).toBe(true);
      expect(b.statements).toEqual(a.statements);
      expect(a.statements.length).toBeGreaterThan(0);
      expect(a.statements.length).toBeLessThanOrEqual(10);
    }
  });

  it('the trend sends the same statements for 3 estates as for 50', async () => {
    const vars = (estateIds: string[]) => ({
      e: estateIds,
      c: ['repair_timely', 'fee_collection'],
      from: addMonths(lastMonth, -5),
      to: lastMonth,
    });
    type Trend = { indicatorTrend: { points: { value: number | null }[] }[] };
    const a = await statementsOf<Trend>(small, TREND, vars(small.estateIds));
    const b = await statementsOf<Trend>(large, TREND, vars(large.estateIds.slice(0, 50)));
    expect(a.data.indicatorTrend).toHaveLength(2 * 4);
    expect(b.data.indicatorTrend).toHaveLength(2 * 51);
    expect(b.statements.length).toBe(a.statements.length);
    expect(a.statements.length).toBeLessThanOrEqual(10);
  });
});
