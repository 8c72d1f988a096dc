/**
 * Writers of one estate-month at the same moment (issue 8, part 3): the database holds one
 * effective revision per estate, indicator and month, and every write path takes the estate-month
 * lock before it reads, so concurrent saves, corrections and imports never collide into an
 * internal error. On PGlite (one connection) requests are serial anyway; PostgreSQL (CI) runs them
 * truly at once.
 */
import { addMonths } from '@anju/domain';
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

const SAVE = `mutation($i: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $i) { state } }`;
const SUBMIT = `mutation($i: EstateMonthInput!) { submitMonthlyFigures(input: $i) { state } }`;
const APPROVE = `mutation($i: EstateMonthInput!) { approveMonthlyFigures(input: $i) { state } }`;
const CORRECT = `mutation($i: CorrectMonthlyFigureInput!) { correctMonthlyFigure(input: $i) { state } }`;

let kit: TestKit;
let co: TestCompany;
let admin: TestUser;

beforeAll(async () => {
  kit = await startTestKit();
  // These tests type figures of codes the estate's records now compute (issue 11 item 6).
  typeOpsFiguresByHand();
  co = await kit.company();
  admin = await co.user('COMPANY_ADMIN');
});
afterAll(() => kit?.close());

const revisions = (estateId: string, month: string) =>
  kit.database.raw<{ indicator_code: string; revision: number; state: string; effective: boolean }>(
    `select indicator_code, revision, state, effective from monthly_figures
      where estate_id = $1 and month = $2 order by indicator_code, revision`,
    [estateId, month],
  );

describe('figures under concurrent writes', () => {
  it('20 saves of one estate-month at once all succeed, one after the other, leaving one draft per indicator', async () => {
    const estateId = co.estates[0]!.id;
    const month = addMonths(THIS_MONTH, -1);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        kit.gql(admin.token, SAVE, {
          i: {
            estateId,
            month,
            figures: [
              { indicatorCode: 'fee_collection', numerator: 80 + i, denominator: 100 },
              { indicatorCode: 'fire_count', numerator: i % 3 },
            ],
          },
        }),
      ),
    );
    expect(answers.map(codeOf)).toEqual(Array(20).fill('OK'));
    const rows = await revisions(estateId, month);
    expect(rows.map((r) => [r.indicator_code, r.revision, r.state])).toEqual([
      ['fee_collection', 1, 'DRAFT'],
      ['fire_count', 1, 'DRAFT'],
    ]);
  });

  it('approvals and corrections racing each other keep exactly one effective revision', async () => {
    const estateId = co.estates[1]!.id;
    const month = addMonths(THIS_MONTH, -2);
    const figures = [{ indicatorCode: 'fee_collection', numerator: 90, denominator: 100 }];
    expect(codeOf(await kit.gql(admin.token, SAVE, { i: { estateId, month, figures } }))).toBe('OK');
    expect(codeOf(await kit.gql(admin.token, SUBMIT, { i: { estateId, month } }))).toBe('OK');
    // Two approvals at once: one approves, the other finds nothing left to approve.
    const approvals = await Promise.all(
      [1, 2].map(() => kit.gql(admin.token, APPROVE, { i: { estateId, month } })),
    );
    expect(approvals.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    // Ten corrections at once: each a new revision, in turn, never a collision.
    const corrections = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        kit.gql(admin.token, CORRECT, {
          i: {
            estateId,
            month,
            indicatorCode: 'fee_collection',
            numerator: 91 + i,
            denominator: 100,
            reason: `更正 ${i}`,
          },
        }),
      ),
    );
    // One wins; the others find its draft and are refused, never an internal error.
    const codes = corrections.map(codeOf);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(9);
    const rows = await revisions(estateId, month);
    expect(rows.filter((r) => r.effective)).toHaveLength(1);
    expect(new Set(rows.map((r) => r.revision)).size).toBe(rows.length);
  });

  it('the database refuses a second effective revision of the same estate, indicator and month', async () => {
    const estateId = co.estates[1]!.id;
    const month = addMonths(THIS_MONTH, -2);
    const [effective] = await kit.database.raw<{ id: string }>(
      `select id from monthly_figures where estate_id = $1 and month = $2 and effective`,
      [estateId, month],
    );
    expect(effective).toBeDefined();
    await expect(
      kit.database.raw(
        `update monthly_figures set effective = true
          where estate_id = $1 and month = $2 and indicator_code = 'fee_collection' and not effective`,
        [estateId, month],
      ),
    ).rejects.toThrow(/monthly_figures_effective_key|duplicate key/);
  });

  it('refuses a save built on a line someone else has saved since, and a correction of a corrected revision', async () => {
    const estateId = co.estates[2]!.id;
    const month = addMonths(THIS_MONTH, -3);
    const FORM = `query($e: ID!, $m: String!) { monthlyForm(estateId: $e, month: $m) { items { indicator { code } figure { revision version state } } } }`;
    const lineOf = async () => {
      const res = await kit.gql<{
        monthlyForm: {
          items: { indicator: { code: string }; figure: { revision: number; version: number } | null }[];
        };
      }>(admin.token, FORM, { e: estateId, m: month });
      return res.data!.monthlyForm.items.find((i) => i.indicator.code === 'fee_collection')!.figure!;
    };
    const save = (numerator: number, seen?: { revision: number; version: number }) =>
      kit.gql(admin.token, SAVE, {
        i: {
          estateId,
          month,
          figures: [{ indicatorCode: 'fee_collection', numerator, denominator: 100, ...seen }],
        },
      });
    expect(codeOf(await save(90))).toBe('OK');
    const seen = await lineOf();
    expect(seen).toMatchObject({ revision: 1, version: 1 });
    // Someone else saves first; a save built on what was read before is refused on its line.
    expect(codeOf(await save(91, { revision: seen.revision, version: seen.version }))).toBe('OK');
    const stale = await save(92, { revision: seen.revision, version: seen.version });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!.fields).toMatchObject([
      { path: ['figures', 0], reason: 'STALE_VERSION' },
    ]);
    expect((await lineOf()).version).toBe(2);
    // Approved, corrected once from revision 1; a correction still built on revision 1 is refused.
    expect(codeOf(await kit.gql(admin.token, SUBMIT, { i: { estateId, month } }))).toBe('OK');
    expect(codeOf(await kit.gql(admin.token, APPROVE, { i: { estateId, month } }))).toBe('OK');
    const correct = (revision: number) =>
      kit.gql(admin.token, CORRECT, {
        i: {
          estateId,
          month,
          indicatorCode: 'fee_collection',
          numerator: 95,
          denominator: 100,
          reason: '补录',
          revision,
        },
      });
    expect(codeOf(await correct(1))).toBe('OK');
    expect(codeOf(await kit.gql(admin.token, SUBMIT, { i: { estateId, month } }))).toBe('OK');
    expect(codeOf(await kit.gql(admin.token, APPROVE, { i: { estateId, month } }))).toBe('OK');
    const late = await correct(1);
    expect([codeOf(late), (late.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason]).toEqual(
      ['CONFLICT', 'STALE_VERSION'],
    );
    expect(codeOf(await correct(2))).toBe('OK');
  });
});
