/**
 * The comparison's read model (`figure_period_sums`, issue 8 part 4): kept by triggers in the
 * writing transaction, whatever the write path, and always equal to a recompute from the
 * effective figures — also when writers of different months of one estate feed the same quarter
 * and year at the same moment (on PostgreSQL they truly overlap; PGlite runs them one by one).
 */
import 'reflect-metadata';
import { addMonths } from '@anju/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  startTestKit,
  type TestCompany,
  type TestKit,
  type TestUser,
  THIS_MONTH,
} from '../../../test/kit.js';
import { typeOpsFiguresByHand } from '../../../test/ops-kit.js';
import { rowsOf } from '../../db/client.js';
import { withSystem, withTenant } from '../../db/tenant.js';
import { checkReadModel } from '../jobs/index.js';
import { readModelDrift } from './figures.read-model.js';

const SAVE = `mutation($i: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $i) { state } }`;
const SUBMIT = `mutation($i: EstateMonthInput!) { submitMonthlyFigures(input: $i) { state } }`;
const APPROVE = `mutation($i: EstateMonthInput!) { approveMonthlyFigures(input: $i) { state } }`;
const CORRECT = `mutation($i: CorrectMonthlyFigureInput!) { correctMonthlyFigure(input: $i) { state } }`;

let kit: TestKit;
let co: TestCompany;
let other: TestCompany;
let admin: TestUser;
/** The twelve months before this one, oldest first. */
const MONTHS = Array.from({ length: 12 }, (_, i) => addMonths(THIS_MONTH, i - 12));

beforeAll(async () => {
  kit = await startTestKit();
  // These tests type figures of codes the estate's records now compute (issue 11 item 6).
  typeOpsFiguresByHand();
  co = await kit.company();
  other = await kit.company();
  admin = await co.user('COMPANY_ADMIN');
});
afterAll(() => kit?.close());

async function ok(query: string, variables: Record<string, unknown>) {
  const answer = await kit.gql(admin.token, query, variables);
  expect(codeOf(answer), JSON.stringify(answer.errors)).toBe('OK');
}

async function saveAndSubmit(estateId: string, month: string, collected: number, fires: number) {
  await ok(SAVE, {
    i: {
      estateId,
      month,
      figures: [
        { indicatorCode: 'fee_collection', numerator: collected, denominator: 100 },
        { indicatorCode: 'fire_count', numerator: fires },
      ],
    },
  });
  await ok(SUBMIT, { i: { estateId, month } });
}

const drift = (companyId = co.id) =>
  withTenant(kit.database, companyId, (tx) => readModelDrift(tx, companyId, MONTHS));

async function sumsOf(estateId: string, period: string) {
  const rows = await kit.database.raw<{ sums: string }>(
    'select sums from figure_period_sums where estate_id = $1 and period = $2',
    [estateId, period],
  );
  return rows[0] ? (JSON.parse(rows[0].sums) as [string, number, number, number, number][]) : null;
}

describe('the comparison read model', () => {
  it('holds the sums of the approved figures per month, quarter, half and year, not of drafts', async () => {
    const e = co.estates[0]!.id;
    const [m1, m2] = [MONTHS[9]!, MONTHS[10]!];
    await saveAndSubmit(e, m1, 80, 1);
    expect(await sumsOf(e, m1)).toBeNull();
    await ok(APPROVE, { i: { estateId: e, month: m1 } });
    expect(await sumsOf(e, m1)).toEqual([
      ['fee_collection', 80, 100, 1, 80],
      ['fire_count', 1, 0, 1, 1],
    ]);
    await saveAndSubmit(e, m2, 90, 2);
    await ok(APPROVE, { i: { estateId: e, month: m2 } });
    const year = m1.slice(0, 4) === m2.slice(0, 4) ? m1.slice(0, 4) : null;
    if (year)
      expect(await sumsOf(e, year)).toEqual([
        ['fee_collection', 170, 200, 2, 90],
        ['fire_count', 3, 0, 2, 2],
      ]);
    expect(await drift()).toEqual([]);
  });

  it('follows a correction once it is approved, and only then', async () => {
    const e = co.estates[0]!.id;
    const m1 = MONTHS[9]!;
    await ok(CORRECT, {
      i: {
        estateId: e,
        month: m1,
        indicatorCode: 'fee_collection',
        numerator: 60,
        denominator: 100,
        reason: '重新核对收费台账',
      },
    });
    expect((await sumsOf(e, m1))![0]).toEqual(['fee_collection', 80, 100, 1, 80]);
    await ok(SUBMIT, { i: { estateId: e, month: m1 } });
    await ok(APPROVE, { i: { estateId: e, month: m1 } });
    expect((await sumsOf(e, m1))![0]).toEqual(['fee_collection', 60, 100, 1, 60]);
    expect(await drift()).toEqual([]);
  });

  it('stays equal to a recompute when eleven months of one estate are approved at the same moment', async () => {
    const e = co.estates[1]!.id;
    for (const [i, month] of MONTHS.entries()) await saveAndSubmit(e, month, 70 + i, i % 4);
    // One month first, so that the quarter, half and year rows exist and are rewritten at once.
    await ok(APPROVE, { i: { estateId: e, month: MONTHS[0] } });
    const rest = MONTHS.slice(1);
    const answers = await Promise.all(
      rest.map((month) => kit.gql(admin.token, APPROVE, { i: { estateId: e, month } })),
    );
    expect(answers.map(codeOf)).toEqual(rest.map(() => 'OK'));
    expect(await drift()).toEqual([]);
    const rows = await kit.database.raw<{ n: number }>(
      'select count(*)::int as n from figure_period_sums where estate_id = $1',
      [e],
    );
    // 12 months, the quarters, halves and years they fall in.
    const periods = new Set(
      MONTHS.flatMap((m) => {
        const [y, mm] = [m.slice(0, 4), Number(m.slice(5))];
        return [m, `${y}-Q${Math.ceil(mm / 3)}`, `${y}-H${Math.ceil(mm / 6)}`, y];
      }),
    );
    expect(rows[0]!.n).toBe(periods.size);
  });

  it('is found out and rewritten by the nightly check when it drifts', async () => {
    const e = co.estates[1]!.id;
    const month = MONTHS[11]!;
    await withSystem(kit.database, 'test', (tx) =>
      tx.execute(sql`update figure_period_sums set sums = '[]' where estate_id = ${e} and period = ${month}`),
    );
    expect(await drift()).toEqual([{ estateId: e, period: month, firstMonth: month }]);
    const found = await checkReadModel(kit.app.services, co.id);
    expect(found).toContainEqual({ estateId: e, period: month, firstMonth: month });
    expect(await drift()).toEqual([]);
    expect(await sumsOf(e, month)).not.toEqual([]);
  });

  it('shows a company none of another company’s rows', async () => {
    const seen = await withTenant(kit.database, other.id, (tx) =>
      tx.execute(sql`select count(*)::int as n from figure_period_sums where company_id = ${co.id}`),
    );
    expect(rowsOf<{ n: number }>(seen)[0]!.n).toBe(0);
    expect(await drift(other.id)).toEqual([]);
  });
});
