/**
 * Cached comparison answers (graphql/response-cache.ts): a repeated question is answered from the
 * cache (marked `x-answer-cache: hit`), never across visibilities, never for other
 * operations, and never after the data behind it changed: every kind of write the comparison
 * reads from makes the next answer fresh.
 */
import 'reflect-metadata';
import { addMonths } from '@anju/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/graphql/context.js';
import { tenantWrite } from '../src/lib/write.js';
import { authenticate } from '../src/modules/auth/index.js';
import { startTestKit, type TestCompany, type TestKit, type TestUser, THIS_MONTH } from './kit.js';
import { typeOpsFiguresByHand } from './ops-kit.js';

const LAST_MONTH = addMonths(THIS_MONTH, -1);

const MATRIX = `query($f: ComparisonFilter!) { comparisonMatrix(filter: $f) { indicators { code }
  rows { estateId estateName regionName values judgements ownTargets { indicatorCode target { label } } }
  company { name cells { indicatorCode target { label } } } } }`;
const SAVE = `mutation($i: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $i) { state } }`;
const SUBMIT = `mutation($i: EstateMonthInput!) { submitMonthlyFigures(input: $i) { state } }`;
const APPROVE = `mutation($i: EstateMonthInput!) { approveMonthlyFigures(input: $i) { state } }`;
const CORRECT = `mutation($i: CorrectMonthlyFigureInput!) { correctMonthlyFigure(input: $i) { state } }`;
const SET_TARGET = `mutation($i: SetIndicatorTargetInput!) { setIndicatorTarget(input: $i) { indicatorCode } }`;
const CREATE_INDICATOR = `mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { code } }`;
const RETIRE_INDICATOR = `mutation($i: RetireIndicatorInput!) { retireIndicator(input: $i) { code } }`;
const ESTATE = `query($id: ID!) { estate(id: $id) { version } }`;
const UPDATE_ESTATE = `mutation($i: UpdateEstateInput!) { updateEstate(input: $i) { name } }`;
const REGION = `{ regions { id version } }`;
const UPDATE_REGION = `mutation($i: UpdateRegionInput!) { updateRegion(input: $i) { name } }`;

interface Matrix {
  indicators: { code: string }[];
  rows: {
    estateId: string;
    estateName: string;
    regionName: string | null;
    values: (number | null)[];
    judgements: string[];
    ownTargets: { indicatorCode: string; target: { label: string } }[];
  }[];
  company: { name: string; cells: { indicatorCode: string; target: { label: string } | null }[] };
}

let kit: TestKit;
let co: TestCompany;
let admin: TestUser;
let manager: TestUser;

/** POSTs a query; `hit` is whether the answer came from the response cache. */
async function ask<T>(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(kit.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: { message: string }[] };
  return { data: json.data as T, errors: json.errors, hit: res.headers.get('x-answer-cache') === 'hit' };
}

async function ok<T>(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await ask<T>(token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

/** Polls `check` (requests of other connections arriving) until it holds, for at most 10 s. */
async function waitFor(check: () => Promise<boolean>) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the awaited state never came');
}

const quarterFilter = { f: { period: LAST_MONTH } };

async function matrix(token = admin.token, period = LAST_MONTH) {
  const res = await ask<{ comparisonMatrix: Matrix }>(token, MATRIX, { f: { period } });
  expect(res.errors).toBeUndefined();
  return { matrix: res.data.comparisonMatrix, hit: res.hit };
}

/** Asks twice: the second answer must be a hit with the same data. */
async function cachedMatrix(token = admin.token, period = LAST_MONTH) {
  const first = await matrix(token, period);
  const second = await matrix(token, period);
  expect(second.hit).toBe(true);
  expect(second.matrix).toEqual(first.matrix);
  return first;
}

const row = (m: Matrix, estateId: string) => m.rows.find((r) => r.estateId === estateId)!;
const col = (m: Matrix, code: string) => m.indicators.findIndex((i) => i.code === code);

beforeAll(async () => {
  kit = await startTestKit();
  // These tests type 房屋完好率 by hand; the facility checks compute it (issue 11 item 6).
  typeOpsFiguresByHand();
  co = await kit.company();
  admin = await co.user('COMPANY_ADMIN');
  manager = await co.user('ESTATE_MANAGER', { estateIds: [co.estates[0]!.id] });
});
afterAll(() => kit?.close());

describe('response cache', () => {
  it('answers a repeated comparison from the cache, the first time not', async () => {
    const first = await matrix();
    expect(first.hit).toBe(false);
    await cachedMatrix();
    // Another period is another question.
    const other = await ask(admin.token, MATRIX, { f: { period: addMonths(LAST_MONTH, -1) } });
    expect(other.hit).toBe(false);
  });

  it('executes compiled (graphql-jit) and sends exactly what graphql-js and JSON.stringify would', async () => {
    const viewer = await co.user('COMPANY_ADMIN');
    // The same question twice, differing only by a comment: one compilation, two misses.
    const texts: string[] = [];
    const runs = kit.app.jit.compiledRuns();
    for (const query of [MATRIX, `${MATRIX}\n# the same question again`]) {
      kit.app.services.dataVersions.changed(co.id);
      const res = await fetch(kit.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${viewer.token}` },
        body: JSON.stringify({ query, variables: { f: { period: LAST_MONTH } } }),
      });
      expect(res.headers.get('x-answer-cache')).toBe('miss');
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      texts.push(await res.text());
    }
    expect(kit.app.jit.compiledRuns()).toBe(runs + 2);
    expect(texts[1]).toBe(texts[0]);
    const text = texts[0]!;
    expect(text).toBe(`${JSON.stringify(JSON.parse(text))}\n`);
    // graphql-js over the same schema and context gives the same data.
    const { execute, parse } = await import('graphql');
    const auth = await authenticate(kit.app.services, viewer.token);
    const byGraphqlJs = await execute({
      schema: kit.app.schema,
      document: parse(MATRIX),
      contextValue: createContext(kit.app.services, auth, { requestId: 'graphql-js' }),
      variableValues: { f: { period: LAST_MONTH } },
    });
    expect(byGraphqlJs.errors).toBeUndefined();
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify({ data: byGraphqlJs.data })));
  });

  it('answers identical questions asked at once with one execution, shared', async (context) => {
    // Needs a second connection to hold the read model while the questions arrive.
    if (kit.database.kind !== 'postgres') return context.skip();
    await matrix();
    kit.app.services.dataVersions.changed(co.id);
    const held = await kit.database.postgres!.reserve();
    let answers: { how: string | null; text: string }[];
    try {
      await held`begin`;
      await held`lock table figure_period_sums in access exclusive mode`;
      const asked = Array.from({ length: 6 }, () =>
        fetch(kit.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
          body: JSON.stringify({ query: MATRIX, variables: { f: { period: LAST_MONTH } } }),
        }).then(async (res) => ({ how: res.headers.get('x-answer-cache'), text: await res.text() })),
      );
      // The first question's statement waits on the lock; others arriving meanwhile wait for its
      // answer (without sharing they would each execute, and wait on the lock, too).
      await waitFor(async () => kit.app.answers.waiting() >= 1);
      await held`rollback`;
      answers = await Promise.all(asked);
    } finally {
      held.release();
    }
    expect(answers.map((a) => a.how).sort()).toEqual([
      'miss',
      'shared',
      'shared',
      'shared',
      'shared',
      'shared',
    ]);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
  });

  it('never shares answers between callers who see different estates', async () => {
    const all = await cachedMatrix();
    expect(all.matrix.rows).toHaveLength(co.estates.length);
    const viewer = await co.user('HQ_VIEWER', { regionId: co.regions[1]!.id });
    const regional = await matrix(viewer.token);
    expect(regional.hit).toBe(false);
    expect(regional.matrix.rows.map((r) => r.estateId)).toEqual([co.estates[2]!.id]);
    // A second company-wide admin sees the same rows: the same cache entry.
    const admin2 = await co.user('COMPANY_ADMIN');
    expect((await matrix(admin2.token)).hit).toBe(true);
  });

  it('serves no cached answer to a caller whose session has ended', async () => {
    const viewer = await co.user('COMPANY_ADMIN');
    await cachedMatrix(viewer.token);
    await ok(viewer.token, 'mutation { logout }');
    const after = await ask(viewer.token, MATRIX, { f: { period: LAST_MONTH } });
    expect(after.hit).toBe(false);
    expect(after.data).toBeNull();
    expect(after.errors).toBeDefined();
  });

  it('caches nothing else: other queries, mixed documents, errors', async () => {
    const me = `{ me { id } }`;
    await ok(admin.token, me);
    expect((await ask(admin.token, me)).hit).toBe(false);
    const mixed = `query($f: ComparisonFilter!) { me { id } comparisonMatrix(filter: $f) { period } }`;
    await ok(admin.token, mixed, quarterFilter);
    expect((await ask(admin.token, mixed, quarterFilter)).hit).toBe(false);
    const bad = { f: { period: 'not-a-period' } };
    expect((await ask(admin.token, MATRIX, bad)).errors).toBeDefined();
    const again = await ask(admin.token, MATRIX, bad);
    expect(again.hit).toBe(false);
    expect(again.errors).toBeDefined();
  });

  it('drops the answers when a figure is approved', async () => {
    const e = co.estates[0]!.id;
    const before = await cachedMatrix();
    const j = col(before.matrix, 'house_intact');
    expect(row(before.matrix, e).values[j]).toBeNull();
    const figures = [{ indicatorCode: 'house_intact', numerator: 45, denominator: 50 }];
    await ok(manager.token, SAVE, { i: { estateId: e, month: LAST_MONTH, figures } });
    await ok(manager.token, SUBMIT, { i: { estateId: e, month: LAST_MONTH } });
    // Saving and submitting changed no approved figure: no cached answer reads drafts.
    expect((await matrix()).hit).toBe(true);
    await ok(admin.token, APPROVE, { i: { estateId: e, month: LAST_MONTH } });
    const after = await matrix();
    expect(after.hit).toBe(false);
    expect(row(after.matrix, e).values[j]).toBe(90);
  });

  it('keeps the answers about other months when a figure is approved, drops those about its month', async () => {
    const e = co.estates[1]!.id;
    const earlier = addMonths(THIS_MONTH, -3);
    await cachedMatrix(admin.token, earlier);
    await cachedMatrix(admin.token, LAST_MONTH);
    const figures = [{ indicatorCode: 'house_intact', numerator: 48, denominator: 50 }];
    await ok(admin.token, SAVE, { i: { estateId: e, month: LAST_MONTH, figures } });
    await ok(admin.token, SUBMIT, { i: { estateId: e, month: LAST_MONTH } });
    await ok(admin.token, APPROVE, { i: { estateId: e, month: LAST_MONTH } });
    expect((await matrix(admin.token, earlier)).hit).toBe(true);
    const after = await matrix(admin.token, LAST_MONTH);
    expect(after.hit).toBe(false);
    expect(row(after.matrix, e).values[col(after.matrix, 'house_intact')]).toBe(96);
    // The year holds the month: its answer is rebuilt too.
    const year = LAST_MONTH.slice(0, 4);
    await cachedMatrix(admin.token, year);
    await ok(admin.token, CORRECT, {
      i: {
        estateId: e,
        month: LAST_MONTH,
        indicatorCode: 'house_intact',
        numerator: 49,
        denominator: 50,
        reason: '复核工单后更正',
      },
    });
    await ok(admin.token, SUBMIT, { i: { estateId: e, month: LAST_MONTH } });
    expect((await matrix(admin.token, year)).hit).toBe(true);
    await ok(admin.token, APPROVE, { i: { estateId: e, month: LAST_MONTH } });
    expect((await matrix(admin.token, year)).hit).toBe(false);
    expect((await matrix(admin.token, earlier)).hit).toBe(true);
  });

  it('drops the answers when a target, an indicator, an estate or a region changes', async () => {
    const e = co.estates[0]!;
    // An estate's own target, from this month on.
    await cachedMatrix(admin.token, THIS_MONTH);
    await ok(admin.token, SET_TARGET, {
      i: {
        indicatorCode: 'house_intact',
        estateId: e.id,
        op: 'AT_LEAST',
        value: 95,
        effectiveMonth: THIS_MONTH,
      },
    });
    let now = await matrix(admin.token, THIS_MONTH);
    expect(now.hit).toBe(false);
    expect(row(now.matrix, e.id).ownTargets).toEqual([
      { indicatorCode: 'house_intact', target: { label: '≥95%' } },
    ]);

    // A company indicator appears as a column, and goes when retired.
    await cachedMatrix();
    const code = `own_${Date.now().toString(36)}`;
    await ok(admin.token, CREATE_INDICATOR, {
      i: {
        code,
        nameZh: '自定义',
        nameEn: 'Own',
        unit: 'COUNT',
        direction: 'AT_MOST',
        measurement: 'INCIDENTS',
        numeratorLabel: '次数',
      },
    });
    now = await matrix();
    expect(now.hit).toBe(false);
    expect(col(now.matrix, code)).toBeGreaterThanOrEqual(0);
    await cachedMatrix();
    await ok(admin.token, RETIRE_INDICATOR, { i: { code } });
    now = await matrix();
    expect(now.hit).toBe(false);
    expect(col(now.matrix, code)).toBe(-1);

    // An estate renamed.
    await cachedMatrix();
    const { estate } = await ok<{ estate: { version: number } }>(admin.token, ESTATE, { id: e.id });
    await ok(admin.token, UPDATE_ESTATE, {
      i: { id: e.id, version: estate.version, name: `${e.name}（新）` },
    });
    now = await matrix();
    expect(now.hit).toBe(false);
    expect(row(now.matrix, e.id).estateName).toBe(`${e.name}（新）`);

    // A region renamed.
    await cachedMatrix();
    const { regions } = await ok<{ regions: { id: string; version: number }[] }>(admin.token, REGION);
    const region = regions.find((r) => r.id === e.regionId)!;
    await ok(admin.token, UPDATE_REGION, { i: { id: region.id, version: region.version, name: '新区域名' } });
    now = await matrix();
    expect(now.hit).toBe(false);
    expect(row(now.matrix, e.id).regionName).toBe('新区域名');
  });

  it('drops the answers after any write path that changes their data, without being told', async () => {
    const e = co.estates[0]!;
    await cachedMatrix();
    // A new use case that renames an estate through the one write helper, with no flag or call
    // about cached answers: the helper finds the write in the transaction itself.
    const auth = await authenticate(kit.app.services, admin.token);
    const ctx = createContext(kit.app.services, auth, { requestId: 'new-write-path' });
    await tenantWrite(ctx, ({ tx, caller }) =>
      tx.execute(
        sql`update estates set name = '无旗标改名' where company_id = ${caller.companyId} and id = ${e.id}`,
      ),
    );
    const now = await matrix();
    expect(now.hit).toBe(false);
    expect(row(now.matrix, e.id).estateName).toBe('无旗标改名');
    // A write elsewhere (the change log only) keeps the answers cached.
    await cachedMatrix();
    await tenantWrite(ctx, ({ changeLog }) => changeLog('test.note', 'Estate', e.id, null, { note: 1 }));
    expect((await matrix()).hit).toBe(true);
  });
});
