/**
 * The computed-indicator contract: a module registers a source, and recomputes inside the
 * transaction that changed its rows. The source here reads a real table the test creates (as an
 * operational module would read its own), so the whole path runs against the database.
 */
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
import { registerPointsSource } from '../../../test/points-source.js';
import { withTenant } from '../../db/tenant.js';
import { recomputeFigures } from './figures.drafts.js';

let kit: TestKit;
let co: TestCompany;
let admin: TestUser;
let unregister: () => void;
const month = addMonths(THIS_MONTH, -1);

beforeAll(async () => {
  kit = await startTestKit();
  co = await kit.company();
  admin = await co.user('COMPANY_ADMIN');
  unregister = await registerPointsSource(kit.database, 'audit_points', 'test-audits');
});
afterAll(async () => {
  unregister?.();
  await kit.close();
});

/** What a module does when its rows change: write them and recompute in one transaction. */
async function recordAudit(estateId: string, earned: number, possible: number) {
  await withTenant(kit.database, co.id, async (tx) => {
    await tx.execute(
      sql`insert into audit_points values (${co.id}, ${estateId}, ${month}, ${earned}, ${possible})`,
    );
    await recomputeFigures(tx, co.id, estateId, month, ['audit_score']);
  });
}

const FORM = `query($e: ID!, $m: String!) { monthlyForm(estateId: $e, month: $m) { items { indicator { code computed } figure { revision numerator denominator value source state correctionReason } } } }`;

describe('computed indicators', () => {
  it('recomputes a draft inside the writing transaction, marks it computed, and refuses hand-reporting', async () => {
    const e = co.estates[0]!.id;
    await recordAudit(e, 85, 100);
    await recordAudit(e, 9, 10);
    const form = await kit.gql<{
      monthlyForm: {
        items: { indicator: { code: string; computed: boolean }; figure: Record<string, unknown> | null }[];
      };
    }>(admin.token, FORM, { e, m: month });
    const item = form.data!.monthlyForm.items.find((i) => i.indicator.code === 'audit_score')!;
    expect(item.indicator.computed).toBe(true);
    expect(item.figure).toMatchObject({
      revision: 1,
      numerator: 94,
      denominator: 110,
      value: 85.45,
      source: 'COMPUTED',
      state: 'DRAFT',
    });
    const byHand = await kit.gql(
      admin.token,
      `mutation($i: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $i) { state } }`,
      {
        i: {
          estateId: e,
          month,
          figures: [{ indicatorCode: 'audit_score', numerator: 100, denominator: 100 }],
        },
      },
    );
    expect(codeOf(byHand)).toBe('BAD_USER_INPUT');
  });

  it('rolls back the figure with the source rows when the transaction fails', async () => {
    const e = co.estates[1]!.id;
    await expect(
      withTenant(kit.database, co.id, async (tx) => {
        await tx.execute(sql`insert into audit_points values (${co.id}, ${e}, ${month}, ${50}, ${100})`);
        await recomputeFigures(tx, co.id, e, month, ['audit_score']);
        throw new Error('the module failed after recomputing');
      }),
    ).rejects.toThrow('the module failed');
    const rows = await kit.database.raw<{ n: number }>(
      'select count(*)::int as n from monthly_figures where estate_id = $1',
      [e],
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('20 writers changing source rows of one estate-month at once leave the figure of all their rows', async () => {
    const e = co.estates[2]!.id;
    // Each writer adds a row and recomputes in its own transaction, all at the same moment (on
    // PostgreSQL they truly overlap; PGlite has one connection and runs them one after another).
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordAudit(e, i, 20)));
    const [fromScratch] = await kit.database.raw<{ earned: number; possible: number }>(
      'select sum(earned)::float8 as earned, sum(possible)::float8 as possible from audit_points where estate_id = $1 and month = $2',
      [e, month],
    );
    expect(fromScratch).toEqual({ earned: 190, possible: 400 });
    const figures = await kit.database.raw<{ numerator: number; denominator: number; revision: number }>(
      `select numerator, denominator, revision from monthly_figures
        where estate_id = $1 and month = $2 and indicator_code = 'audit_score'`,
      [e, month],
    );
    expect(figures).toEqual([{ numerator: 190, denominator: 400, revision: 1 }]);
  });

  it('after approval, a change of source data opens a new revision instead of rewriting the locked one', async () => {
    const e = co.estates[0]!.id;
    await kit.gql(
      admin.token,
      `mutation($i: EstateMonthInput!) { submitMonthlyFigures(input: $i) { state } }`,
      { i: { estateId: e, month } },
    );
    expect(
      codeOf(
        await kit.gql(
          admin.token,
          `mutation($i: EstateMonthInput!) { approveMonthlyFigures(input: $i) { state } }`,
          { i: { estateId: e, month } },
        ),
      ),
    ).toBe('OK');
    await recordAudit(e, 0, 10);
    const history = await kit.gql<{
      figureHistory: {
        revision: number;
        state: string;
        effective: boolean;
        numerator: number;
        correctionReason: string | null;
      }[];
    }>(
      admin.token,
      `query($e: ID!, $m: String!) { figureHistory(estateId: $e, indicatorCode: "audit_score", month: $m) { revision state effective numerator correctionReason } }`,
      { e, m: month },
    );
    expect(history.data!.figureHistory).toEqual([
      {
        revision: 2,
        state: 'DRAFT',
        effective: false,
        numerator: 94,
        correctionReason: '来源数据变更，系统重新计算',
      },
      { revision: 1, state: 'APPROVED', effective: true, numerator: 94, correctionReason: null },
    ]);
  });
});
