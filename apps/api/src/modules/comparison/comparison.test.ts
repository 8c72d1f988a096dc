/**
 * Cross-estate comparison (issue 3, items 5–6): trends over months with their targets and a pooled
 * series from counts, the limits of a trend, the estate scorecard ranked among all estates, missed
 * commitments, counts per 1,000 households, period parsing, and the approval queue.
 */
import { addMonths } from '@anju/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  type GqlResult,
  startTestKit,
  type TestCompany,
  type TestKit,
  type TestUser,
  THIS_MONTH,
} from '../../../test/kit.js';
import { typeOpsFiguresByHand } from '../../../test/ops-kit.js';
import { withSystem } from '../../db/tenant.js';
import { estates } from '../estates/index.js';
import { indicatorTargets } from '../indicators/index.js';
import { registerSurveyIndicatorSources } from '../surveys/index.js';
import { registerWorkOrderIndicatorSources } from '../work-orders/index.js';

const m = (delta: number) => addMonths(THIS_MONTH, delta);

const SAVE = `mutation($i: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $i) { state } }`;
const SUBMIT = `mutation($i: EstateMonthInput!) { submitMonthlyFigures(input: $i) { state } }`;
const APPROVE = `mutation($i: EstateMonthInput!) { approveMonthlyFigures(input: $i) { state } }`;
const REJECT = `mutation($i: RejectMonthlyFiguresInput!) { rejectMonthlyFigures(input: $i) { state } }`;
const TREND = `query($e: [ID!]!, $c: [String!]!, $from: String!, $to: String!, $t: Boolean) {
  indicatorTrend(estateIds: $e, indicatorCodes: $c, from: $from, to: $to, includeTotal: $t) {
    estateId estateName indicatorCode points { month value target { label } judgement } } }`;
const SCORECARD = `query($e: ID!, $p: String!) { estateScorecard(estateId: $e, period: $p) { comparedWithin estateId estateName period metCount missedCount rank rankOf
  items { indicator { code } cell { indicatorCode value judgement rank target { label } } rankOf companyValue trend { month value judgement } } } }`;
const MATRIX = `query($f: ComparisonFilter!) { comparisonMatrix(filter: $f) { period months indicators { code unit }
  rows { estateId estateName households metCount missedCount metRate rank cells { indicatorCode value per1000 numerator denominator months target { label value } judgement rank } }
  company { estateCount cells { indicatorCode value } } } }`;
const MISSED = `query($f: ComparisonFilter!) { missedCommitments(filter: $f) { estateId estateName regionName indicator { code } value target { label value } gap } }`;
const QUEUE = `query($first: Int, $after: String, $r: ID) { approvalQueue(first: $first, after: $after, regionId: $r) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { estateId estateName month figureCount missedCount submittedAt submittedByName } } } }`;

interface Point {
  month: string;
  value: number | null;
  target: { label: string } | null;
  judgement: string;
}
interface Series {
  estateId: string | null;
  estateName: string;
  indicatorCode: string;
  points: Point[];
}
interface Cell {
  indicatorCode: string;
  value: number | null;
  per1000: number | null;
  numerator: number | null;
  denominator: number | null;
  months: number;
  target: { label: string; value: number } | null;
  judgement: string;
  rank: number | null;
}
interface Row {
  estateId: string;
  estateName: string;
  households: number;
  metCount: number;
  missedCount: number;
  metRate: number | null;
  rank: number | null;
  cells: Cell[];
}
interface Matrix {
  period: string;
  months: string[];
  indicators: { code: string; unit: string }[];
  rows: Row[];
  company: { estateCount: number; cells: { indicatorCode: string; value: number | null }[] };
}

type Figure = { indicatorCode: string; numerator: number; denominator?: number };

let kit: TestKit;

async function ok<T>(token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await kit.gql<T>(token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

function problemsOf(res: GqlResult): string[] {
  expect(codeOf(res), JSON.stringify(res)).toBe('BAD_USER_INPUT');
  return res.errors![0]!.extensions!.fields!.map((f) => `${f.path.join('.')}:${f.reason}`);
}

/** Saves, submits and (unless told otherwise) approves an estate's month. */
async function report(
  reporter: TestUser,
  approver: TestUser,
  estateId: string,
  month: string,
  figures: Figure[],
  until: 'DRAFT' | 'SUBMITTED' | 'APPROVED' = 'APPROVED',
) {
  await ok(reporter.token, SAVE, { i: { estateId, month, figures } });
  if (until === 'DRAFT') return;
  await ok(reporter.token, SUBMIT, { i: { estateId, month } });
  if (until === 'APPROVED') await ok(approver.token, APPROVE, { i: { estateId, month } });
}

const pct = (indicatorCode: string, numerator: number, denominator: number): Figure => ({
  indicatorCode,
  numerator,
  denominator,
});

async function matrixOf(token: string, filter: Record<string, unknown>): Promise<Matrix> {
  return (await ok<{ comparisonMatrix: Matrix }>(token, MATRIX, { f: filter })).comparisonMatrix;
}

const cellOf = (matrix: Matrix, estateId: string, code: string) => {
  const j = matrix.indicators.findIndex((i) => i.code === code);
  return matrix.rows.find((r) => r.estateId === estateId)!.cells[j]!;
};

beforeAll(async () => {
  kit = await startTestKit();
  // These tests type figures of codes the estate's records now compute (issue 11 item 6).
  typeOpsFiguresByHand();
  // This file's story types repair_rework by hand (an at-most indicator on a percentage): the
  // work-orders module computes it, so its sources stand aside here (registering the same sources
  // again and undoing that removes them for this file only).
  registerWorkOrderIndicatorSources()();
  // These tests type satisfaction in by hand, as companies did before surveys computed it (issue 11
  // item 6): the survey source is detached here so the hand-reported path stays covered.
  registerSurveyIndicatorSources()();
});
afterAll(() => kit?.close());

describe('indicatorTrend', () => {
  let co: TestCompany;
  let admin: TestUser;
  let e0: string;
  let e1: string;
  /** Six months, oldest first: m(-8) … m(-3). */
  const months = [m(-8), m(-7), m(-6), m(-5), m(-4), m(-3)];

  beforeAll(async () => {
    co = await kit.company();
    admin = await co.user('COMPANY_ADMIN');
    [e0, e1] = [co.estates[0]!.id, co.estates[1]!.id];
    // Targets changed over the six months: company-wide ≥85% from the fourth, e1's own ≥90% from
    // the fifth (recorded then; the API only accepts changes from this month on).
    await withSystem(kit.database, 'test', (tx) =>
      tx.insert(indicatorTargets).values([
        {
          companyId: co.id,
          indicatorCode: 'satisfaction',
          estateId: null,
          op: '>=',
          value: 85,
          effectiveMonth: months[3]!,
          setBy: admin.id,
        },
        {
          companyId: co.id,
          indicatorCode: 'satisfaction',
          estateId: e1,
          op: '>=',
          value: 90,
          effectiveMonth: months[4]!,
          setBy: admin.id,
        },
      ]),
    );
    const plan: [string, number, number, number][] = [
      [e0, 0, 1, 2],
      [e0, 1, 90, 100],
      [e0, 3, 80, 100],
      [e0, 5, 99, 100],
      [e1, 0, 90, 100],
      [e1, 2, 85, 100],
      [e1, 3, 160, 200],
    ];
    for (const [estateId, i, n, d] of plan)
      await report(admin, admin, estateId, months[i]!, [pct('satisfaction', n, d)]);
    // Submitted but not approved: not a value yet.
    await report(admin, admin, e1, months[4]!, [pct('satisfaction', 70, 100)], 'SUBMITTED');
  });

  const trend = (token: string, vars: Record<string, unknown>) =>
    kit.gql<{ indicatorTrend: Series[] }>(token, TREND, {
      c: ['satisfaction'],
      from: months[0],
      to: months[5],
      ...vars,
    });

  it('gives every estate one point per month: approved values or null, with the target of that month', async () => {
    const res = await trend(admin.token, { e: [e0, e1] });
    expect(codeOf(res)).toBe('OK');
    const series = res.data!.indicatorTrend;
    expect(series).toHaveLength(2);
    const of = (id: string) => series.find((s) => s.estateId === id)!;
    for (const s of series) {
      expect(s.indicatorCode).toBe('satisfaction');
      expect(s.points.map((p) => p.month)).toEqual(months);
    }
    expect(of(e0).estateName).toBe(co.estates[0]!.name);
    expect(of(e0).points.map((p) => [p.value, p.target?.label, p.judgement])).toEqual([
      [50, '≥80%', 'MISSED'],
      [90, '≥80%', 'MET'],
      [null, '≥80%', 'NO_DATA'],
      [80, '≥85%', 'MISSED'],
      [null, '≥85%', 'NO_DATA'],
      [99, '≥85%', 'MET'],
    ]);
    expect(of(e1).points.map((p) => [p.value, p.target?.label, p.judgement])).toEqual([
      [90, '≥80%', 'MET'],
      [null, '≥80%', 'NO_DATA'],
      [85, '≥80%', 'MET'],
      [80, '≥85%', 'MISSED'],
      [null, '≥90%', 'NO_DATA'], // submitted, not approved
      [null, '≥90%', 'NO_DATA'],
    ]);
  });

  it('adds the pooled series on request, from summed counts (never the mean of rates)', async () => {
    const res = await trend(admin.token, { e: [e0, e1], t: true });
    expect(codeOf(res)).toBe('OK');
    const total = res.data!.indicatorTrend.filter((s) => s.estateId === null);
    expect(total).toHaveLength(1);
    expect(total[0]!.estateName).toBe('合计');
    expect(total[0]!.points.map((p) => [p.month, p.value, p.target?.label, p.judgement])).toEqual([
      // (1 + 90) / (2 + 100) = 89.22%, where the mean of 50% and 90% would say 70%.
      [months[0], 89.22, '≥80%', 'MET'],
      [months[1], 90, '≥80%', 'MET'],
      [months[2], 85, '≥80%', 'MET'],
      // (80 + 160) / (100 + 200)
      [months[3], 80, '≥85%', 'MISSED'],
      [months[4], null, '≥85%', 'NO_DATA'],
      [months[5], 99, '≥85%', 'MET'],
    ]);
    // One estate has nothing to pool.
    const single = await trend(admin.token, { e: [e0], t: true });
    expect(single.data!.indicatorTrend.map((s) => s.estateId)).toEqual([e0]);
  });

  it('limits a trend to 50 estates, 60 months and 10 indicators, in order', async () => {
    const big = await kit.company();
    const boss = await big.user('COMPANY_ADMIN');
    const more = await withSystem(kit.database, 'test', (tx) =>
      tx
        .insert(estates)
        .values(
          Array.from({ length: 48 }, (_, i) => ({
            companyId: big.id,
            name: `批量苑 ${String(i).padStart(2, '0')} ${big.slug}`,
            code: `BULK-${i}-${big.slug}`,
            type: 'RESIDENTIAL' as const,
            households: 100 + i,
          })),
        )
        .returning({ id: estates.id }),
    );
    const all = [...big.estates.map((e) => e.id), ...more.map((e) => e.id)];
    expect(all).toHaveLength(51);
    const call = (vars: Record<string, unknown>) =>
      kit.gql<{ indicatorTrend: Series[] }>(boss.token, TREND, {
        e: all.slice(0, 50),
        c: ['satisfaction'],
        from: m(-6),
        to: m(-1),
        ...vars,
      });

    const fifty = await call({});
    expect(codeOf(fifty)).toBe('OK');
    expect(fifty.data!.indicatorTrend).toHaveLength(50);
    expect(
      fifty.data!.indicatorTrend.every(
        (s) => s.points.length === 6 && s.points.every((p) => p.value === null),
      ),
    ).toBe(true);
    expect(problemsOf(await call({ e: all }))).toEqual(['estateIds:OUT_OF_RANGE']);
    expect(problemsOf(await call({ e: [] }))).toEqual(['estateIds:OUT_OF_RANGE']);

    const sixty = await call({ e: all.slice(0, 1), from: m(-60), to: m(-1) });
    expect(codeOf(sixty)).toBe('OK');
    expect(sixty.data!.indicatorTrend[0]!.points).toHaveLength(60);
    expect(problemsOf(await call({ from: m(-61), to: m(-1) }))).toEqual(['from:TOO_LONG']);
    expect(problemsOf(await call({ from: m(-1), to: m(-2) }))).toEqual(['to:BEFORE_START']);
    expect(problemsOf(await call({ from: '2025-13' }))).toEqual(['from:INVALID']);
    expect(problemsOf(await call({ to: '2025-Q1' }))).toEqual(['to:INVALID']);

    const eleven = [
      'house_intact',
      'repair_timely',
      'repair_rework',
      'repair_quality',
      'repair_callback',
      'equipment_intact',
      'cleaning',
      'streetlight_intact',
      'fire_facility_intact',
      'fee_collection',
      'satisfaction',
    ];
    expect(problemsOf(await call({ c: eleven }))).toEqual(['indicatorCodes:OUT_OF_RANGE']);
    expect(problemsOf(await call({ c: [] }))).toEqual(['indicatorCodes:OUT_OF_RANGE']);
    expect(codeOf(await call({ e: all.slice(0, 2), c: eleven.slice(0, 10) }))).toBe('OK');
    // An unknown code is pointed at where the caller sent it: the `indicatorCodes` argument.
    expect(problemsOf(await call({ c: ['satisfaction', 'no_such_code'] }))).toEqual([
      'indicatorCodes.1:NOT_FOUND',
    ]);
  });

  it('answers NOT_FOUND for an estate outside the caller’s scope, naming nothing of it', async () => {
    const viewer = await co.user('HQ_VIEWER', { regionId: co.regions[0]!.id });
    const manager = await co.user('ESTATE_MANAGER', { estateIds: [e0] });
    const outside = co.estates[2]!; // region 1
    for (const [user, ids] of [
      [viewer, [e0, outside.id]],
      [manager, [e0, e1]],
    ] as const) {
      const res = await trend(user.token, { e: ids, t: true });
      expect(codeOf(res), user.role).toBe('NOT_FOUND');
      expect(res.data ?? null).toBeNull();
      expect(JSON.stringify(res)).not.toContain(outside.name);
      expect(JSON.stringify(res)).not.toContain(co.estates[1]!.name);
    }
    expect(codeOf(await trend(viewer.token, { e: [e0, e1] }))).toBe('OK');
    expect(codeOf(await trend(manager.token, { e: [e0] }))).toBe('OK');
    const staff = await co.user('ESTATE_STAFF', { estateIds: [e0] });
    expect(codeOf(await trend(staff.token, { e: [e0] }))).toBe('FORBIDDEN');
  });
});

describe('scorecard, missed commitments and counts per 1,000 households', () => {
  let co: TestCompany;
  let admin: TestUser;
  let manager: TestUser;
  let e0: string;
  let e1: string;
  let e2: string;
  /** The judged month: fee_collection and satisfaction for all three estates, rework for e1. */
  const P = m(-2);
  /** A month of counts: fires and security cases. */
  const C = m(-3);

  beforeAll(async () => {
    co = await kit.company();
    admin = await co.user('COMPANY_ADMIN');
    manager = await co.user('ESTATE_MANAGER', { estateIds: [co.estates[0]!.id] });
    [e0, e1, e2] = co.estates.map((e) => e.id) as [string, string, string];
    // Preset A: fee_collection ≥95%, satisfaction ≥80%, repair_rework <1%, fire_count = 0, security_cases < 1.
    await report(manager, admin, e0, P, [pct('fee_collection', 99, 100), pct('satisfaction', 70, 100)]);
    await report(admin, admin, e1, P, [
      pct('fee_collection', 96, 100),
      pct('satisfaction', 85, 100),
      pct('repair_rework', 3, 100),
    ]);
    await report(admin, admin, e2, P, [pct('fee_collection', 90, 100), pct('satisfaction', 60, 100)]);
    await report(manager, admin, e0, C, [{ indicatorCode: 'fire_count', numerator: 2 }]);
    await report(admin, admin, e1, C, [{ indicatorCode: 'security_cases', numerator: 1 }]);
    await report(admin, admin, e2, C, [{ indicatorCode: 'fire_count', numerator: 1 }]);
  });

  it('ranks the estate among all the company’s estates for HQ, showing only its own figures', async () => {
    const res = await kit.gql<{
      estateScorecard: Record<string, unknown> & {
        items: {
          indicator: { code: string };
          cell: Cell;
          rankOf: number;
          companyValue: number | null;
          trend: Point[];
        }[];
      };
    }>(admin.token, SCORECARD, { e: e0, p: P });
    expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
    const card = res.data!.estateScorecard;
    // League: e1 2 of 3 met (66.67%), e0 1 of 2 (50%), e2 0 of 2.
    expect(card).toMatchObject({
      comparedWithin: 'COMPANY',
      estateId: e0,
      estateName: co.estates[0]!.name,
      period: P,
      metCount: 1,
      missedCount: 1,
      rank: 2,
      rankOf: 3,
    });
    const item = (code: string) => card.items.find((i) => i.indicator.code === code)!;
    expect(item('fee_collection')).toMatchObject({
      cell: { value: 99, judgement: 'MET', rank: 1, target: { label: '≥95%' } },
      rankOf: 3,
      companyValue: 95, // (99 + 96 + 90) / 300
    });
    expect(item('satisfaction')).toMatchObject({
      cell: { value: 70, judgement: 'MISSED', rank: 2 },
      rankOf: 3,
      companyValue: 71.67,
    });
    expect(item('repair_rework')).toMatchObject({
      cell: { value: null, judgement: 'NO_DATA', rank: null },
      rankOf: 1,
    });
    const trend = item('fee_collection').trend;
    expect(trend.map((p) => p.month)).toEqual(Array.from({ length: 12 }, (_, i) => addMonths(P, i - 11)));
    expect(trend.at(-1)).toMatchObject({ value: 99, judgement: 'MET' });
    // Other estates' ids and names stay out of it.
    const text = JSON.stringify(res);
    for (const other of co.estates.slice(1)) {
      expect(text).not.toContain(other.id);
      expect(text).not.toContain(other.name);
    }
    // The manager sees one estate: no rank and no pooled value, which would be computed from
    // estates the manager may not see.
    const own = await ok<{
      estateScorecard: Record<string, unknown> & {
        items: { indicator: { code: string }; cell: Cell; rankOf: number; companyValue: number | null }[];
      };
    }>(manager.token, SCORECARD, { e: e0, p: P });
    expect(own.estateScorecard).toMatchObject({ comparedWithin: 'NONE', rank: null, rankOf: 0, metCount: 1 });
    for (const i of own.estateScorecard.items) {
      expect([i.cell.rank, i.rankOf, i.companyValue], i.indicator.code).toEqual([null, 0, null]);
    }
    const fee = own.estateScorecard.items.find((i) => i.indicator.code === 'fee_collection')!;
    expect(fee.cell).toMatchObject({ value: 99, judgement: 'MET' });
    const mine = await matrixOf(manager.token, { period: P });
    expect(mine.rows.map((r) => [r.estateId, r.rank])).toEqual([[e0, 1]]);
  });

  it('refuses another estate’s scorecard with NOT_FOUND, for managers and regional viewers', async () => {
    const viewer = await co.user('HQ_VIEWER', { regionId: co.regions[0]!.id });
    for (const [user, estateId] of [
      [manager, e1],
      [manager, e2],
      [viewer, e2],
    ] as const) {
      const res = await kit.gql(user.token, SCORECARD, { e: estateId, p: P });
      expect(codeOf(res), `${user.role} → ${estateId}`).toBe('NOT_FOUND');
      expect(res.data ?? null).toBeNull();
    }
    // A regional viewer is ranked and compared within its region only (e0 and e1): the company's
    // pooled value and rank would reveal the other region's figures.
    const seen = await ok<{
      estateScorecard: {
        comparedWithin: string;
        rank: number;
        rankOf: number;
        items: { indicator: { code: string }; companyValue: number | null; rankOf: number }[];
      };
    }>(viewer.token, SCORECARD, { e: e1, p: P });
    expect(seen.estateScorecard).toMatchObject({ comparedWithin: 'VISIBLE', rank: 1, rankOf: 2 });
    const fee = seen.estateScorecard.items.find((i) => i.indicator.code === 'fee_collection')!;
    expect(fee).toMatchObject({ companyValue: 97.5, rankOf: 2 }); // (99 + 96) / 200, not 95
    const auditor = await co.user('QUALITY_AUDITOR');
    expect(
      (await ok<{ estateScorecard: { rank: number } }>(auditor.token, SCORECARD, { e: e2, p: P }))
        .estateScorecard.rank,
    ).toBe(3);
    const staff = await co.user('ESTATE_STAFF', { estateIds: [e0] });
    expect(codeOf(await kit.gql(staff.token, SCORECARD, { e: e0, p: P }))).toBe('FORBIDDEN');
  });

  it('lists exactly the missed cells of the comparison, with how far each is from its target', async () => {
    type Missed = {
      estateId: string;
      estateName: string;
      regionName: string | null;
      indicator: { code: string };
      value: number;
      target: { label: string; value: number };
      gap: number;
    };
    const { missedCommitments } = await ok<{ missedCommitments: Missed[] }>(admin.token, MISSED, {
      f: { period: P },
    });
    const key = (estateId: string, code: string) => `${estateId}|${code}`;
    expect(
      Object.fromEntries(
        missedCommitments.map((x) => [key(x.estateId, x.indicator.code), [x.value, x.target.label, x.gap]]),
      ),
    ).toEqual({
      [key(e0, 'satisfaction')]: [70, '≥80%', -10],
      [key(e1, 'repair_rework')]: [3, '<1%', 2],
      [key(e2, 'fee_collection')]: [90, '≥95%', -5],
      [key(e2, 'satisfaction')]: [60, '≥80%', -20],
    });
    expect(missedCommitments).toHaveLength(4);
    expect(missedCommitments.find((x) => x.estateId === e2)).toMatchObject({
      estateName: co.estates[2]!.name,
      regionName: co.regions[1]!.name,
    });
    // The same cells the matrix marks MISSED, no more and no fewer.
    const matrix = await matrixOf(admin.token, { period: P });
    const missedCells = matrix.rows.flatMap((r) =>
      r.cells.filter((c) => c.judgement === 'MISSED').map((c) => key(r.estateId, c.indicatorCode)),
    );
    expect(missedCells.sort()).toEqual(
      missedCommitments.map((x) => key(x.estateId, x.indicator.code)).sort(),
    );

    // Filters and scopes narrow the list like the matrix.
    const south = await ok<{ missedCommitments: Missed[] }>(admin.token, MISSED, {
      f: { period: P, regionId: co.regions[1]!.id },
    });
    expect(new Set(south.missedCommitments.map((x) => x.estateId))).toEqual(new Set([e2]));
    const own = await ok<{ missedCommitments: Missed[] }>(manager.token, MISSED, { f: { period: P } });
    expect(own.missedCommitments.map((x) => key(x.estateId, x.indicator.code))).toEqual([
      key(e0, 'satisfaction'),
    ]);
    const fee = await ok<{ missedCommitments: Missed[] }>(admin.token, MISSED, {
      f: { period: P, indicatorCodes: ['fee_collection'] },
    });
    expect(fee.missedCommitments.map((x) => x.estateId)).toEqual([e2]);
  });

  it('gives count indicators per 1,000 households (none without households), percents none', async () => {
    const matrix = await matrixOf(admin.token, {
      period: C,
      indicatorCodes: ['fire_count', 'security_cases', 'satisfaction'],
    });
    expect(matrix.rows.map((r) => [r.estateId, r.households])).toEqual(
      expect.arrayContaining([
        [e0, 800],
        [e1, 500],
        [e2, 0],
      ]),
    );
    expect(cellOf(matrix, e0, 'fire_count')).toMatchObject({ value: 2, per1000: 2.5, judgement: 'MISSED' });
    expect(cellOf(matrix, e2, 'fire_count')).toMatchObject({ value: 1, per1000: null, judgement: 'MISSED' });
    expect(cellOf(matrix, e1, 'fire_count')).toMatchObject({
      value: null,
      per1000: null,
      judgement: 'NO_DATA',
    });
    // A yearly count from one month is annualised: 1 × 12, then 12 / 500 households × 1,000.
    expect(cellOf(matrix, e1, 'security_cases')).toMatchObject({
      value: 12,
      per1000: 24,
      judgement: 'MISSED',
    });
    for (const r of matrix.rows) expect(cellOf(matrix, r.estateId, 'satisfaction').per1000).toBeNull();
    const percents = await matrixOf(admin.token, { period: P, indicatorCodes: ['fee_collection'] });
    expect(percents.rows.every((r) => r.cells[0]!.per1000 === null && r.cells[0]!.value != null)).toBe(true);
  });

  it('parses periods: month, quarter, half-year, year; anything else is BAD_USER_INPUT on the period', async () => {
    const year = P.slice(0, 4);
    for (const [period, count] of [
      [P, 1],
      [`${year}-Q1`, 3],
      [`${year}-H2`, 6],
      [year, 12],
    ] as const) {
      const matrix = await matrixOf(admin.token, { period, indicatorCodes: ['fee_collection'] });
      expect(matrix.period, period).toBe(period);
      expect(matrix.months, period).toHaveLength(count);
    }
    for (const period of [
      '2025-Q5',
      '2025-13',
      '2025-00',
      '2025-H3',
      '25-01',
      '2025Q1',
      'Q1-2025',
      '',
      '1999',
    ]) {
      expect(problemsOf(await kit.gql(admin.token, MATRIX, { f: { period } })), period).toEqual([
        'filter.period:INVALID',
      ]);
      expect(problemsOf(await kit.gql(admin.token, MISSED, { f: { period } })), period).toEqual([
        'filter.period:INVALID',
      ]);
      expect(problemsOf(await kit.gql(admin.token, SCORECARD, { e: e0, p: period })), period).toEqual([
        'period:INVALID',
      ]);
    }
    expect(
      problemsOf(await kit.gql(admin.token, MATRIX, { f: { period: P, indicatorCodes: ['nope'] } })),
    ).toEqual(['filter.indicatorCodes.0:NOT_FOUND']);
  });
});

describe('approvalQueue', () => {
  let co: TestCompany;
  let admin: TestUser;
  let auditor: TestUser;
  let manager: TestUser;
  let managerName: string;
  let e0: string;
  let e1: string;
  let e2: string;

  beforeAll(async () => {
    co = await kit.company();
    [admin, auditor, manager] = await Promise.all([
      co.user('COMPANY_ADMIN'),
      co.user('QUALITY_AUDITOR'),
      co.user('ESTATE_MANAGER', { estateIds: [co.estates[0]!.id] }),
    ]);
    managerName = (await ok<{ me: { name: string } }>(manager.token, `query { me { name } }`)).me.name;
    [e0, e1, e2] = co.estates.map((e) => e.id) as [string, string, string];
    // Waiting: e1 from five months ago; e0 (one of two missing its target) and e2 from two months ago.
    await report(admin, admin, e1, m(-5), [pct('fee_collection', 97, 100)], 'SUBMITTED');
    await report(
      manager,
      admin,
      e0,
      m(-2),
      [pct('fee_collection', 90, 100), pct('satisfaction', 85, 100)],
      'SUBMITTED',
    );
    await report(admin, admin, e2, m(-2), [pct('fee_collection', 99, 100)], 'SUBMITTED');
    // Not waiting: a draft, and an approved month.
    await report(manager, admin, e0, m(-3), [pct('fee_collection', 80, 100)], 'DRAFT');
    await report(admin, admin, e1, m(-4), [pct('fee_collection', 80, 100)], 'APPROVED');
  });

  type Queue = {
    approvalQueue: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        node: {
          estateId: string;
          estateName: string;
          month: string;
          figureCount: number;
          missedCount: number;
          submittedAt: string;
          submittedByName: string | null;
        };
      }[];
    };
  };

  it('shows approvers the submitted estate-months, oldest first, with what misses its target', async () => {
    for (const approver of [auditor, admin]) {
      const { approvalQueue } = await ok<Queue>(approver.token, QUEUE, { first: 100 });
      expect(approvalQueue.totalCount).toBe(3);
      const nodes = approvalQueue.edges.map((e) => e.node);
      expect(nodes.map((n) => [n.estateId, n.month])).toEqual([
        [e1, m(-5)],
        ...[e0, e2].sort().map((id) => [id, m(-2)]),
      ]);
      expect(nodes.find((n) => n.estateId === e0)).toMatchObject({
        estateName: co.estates[0]!.name,
        figureCount: 2,
        missedCount: 1,
        submittedByName: managerName,
      });
      expect(nodes.find((n) => n.estateId === e2)).toMatchObject({ figureCount: 1, missedCount: 0 });
      for (const n of nodes) expect(Number.isNaN(Date.parse(n.submittedAt))).toBe(false);
    }
  });

  it('pages with a cursor and filters by region', async () => {
    const first = await ok<Queue>(auditor.token, QUEUE, { first: 1 });
    expect(first.approvalQueue.edges.map((e) => e.node.estateId)).toEqual([e1]);
    expect(first.approvalQueue.pageInfo.hasNextPage).toBe(true);
    expect(first.approvalQueue.totalCount).toBe(3);
    const rest = await ok<Queue>(auditor.token, QUEUE, {
      first: 10,
      after: first.approvalQueue.pageInfo.endCursor,
    });
    expect(rest.approvalQueue.edges.map((e) => e.node.estateId).sort()).toEqual([e0, e2].sort());
    expect(rest.approvalQueue.pageInfo.hasNextPage).toBe(false);
    const south = await ok<Queue>(auditor.token, QUEUE, { first: 10, r: co.regions[1]!.id });
    expect(south.approvalQueue.edges.map((e) => e.node.estateId)).toEqual([e2]);
  });

  it('is for approvers only: managers, viewers, staff and the committee are refused', async () => {
    const others = [
      manager,
      await co.user('HQ_VIEWER'),
      await co.user('HQ_VIEWER', { regionId: co.regions[0]!.id }),
      await co.user('ESTATE_STAFF', { estateIds: [e0] }),
      await co.user('COMMITTEE_MEMBER', { estateIds: [e0] }),
    ];
    for (const user of others) {
      const res = await kit.gql(user.token, QUEUE, { first: 10 });
      expect(codeOf(res), user.role).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
  });

  it('drops an estate-month once approved or sent back', async () => {
    await ok(auditor.token, APPROVE, { i: { estateId: e0, month: m(-2) } });
    await ok(admin.token, REJECT, { i: { estateId: e2, month: m(-2), reason: '请补充附件' } });
    const { approvalQueue } = await ok<Queue>(auditor.token, QUEUE, { first: 10 });
    expect(approvalQueue.edges.map((e) => [e.node.estateId, e.node.month])).toEqual([[e1, m(-5)]]);
    expect(approvalQueue.totalCount).toBe(1);
  });
});

describe('comparison and contract periods', () => {
  it('leaves out estates not under contract in the period (not yet started, or already ended)', async () => {
    const co = await kit.company();
    const admin = await co.user('COMPANY_ADMIN');
    const [always, future, ended] = co.estates.map((e) => e.id) as [string, string, string];
    // The future contract starts on the first day after next month; the ended one closed on the
    // last day of the month seven months ago.
    const endOf = (month: string) => {
      const [y, mo] = month.split('-').map(Number) as [number, number];
      return new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10);
    };
    await kit.database.raw('update estates set contract_start = $1 where id = $2', [`${m(2)}-01`, future]);
    await kit.database.raw('update estates set contract_start = $1, contract_end = $2 where id = $3', [
      `${m(-24)}-01`,
      endOf(m(-7)),
      ended,
    ]);
    const rowsOf = async (period: string) =>
      (await matrixOf(admin.token, { period, indicatorCodes: ['satisfaction'] })).rows.map((r) => r.estateId);

    const lastMonth = await rowsOf(m(-1));
    expect(lastMonth).toContain(always);
    expect(lastMonth).not.toContain(future);
    expect(lastMonth).not.toContain(ended);
    // The month the contract ended in still counts; the month before the future one starts not.
    const endMonth = await rowsOf(m(-7));
    expect(endMonth).toEqual(expect.arrayContaining([always, ended]));
    expect(endMonth).not.toContain(future);
    expect(await rowsOf(m(-6))).not.toContain(ended);
    const company = await matrixOf(admin.token, { period: m(-1), indicatorCodes: ['satisfaction'] });
    expect(company.company.estateCount).toBe(1);
  });
});
