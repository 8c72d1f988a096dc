/** The change log records the real `before` of every change: the row as it was, loaded first. */
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

const SAVE = `mutation($input: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $input) { state } }`;
const SUBMIT = `mutation($input: EstateMonthInput!) { submitMonthlyFigures(input: $input) { state } }`;
const APPROVE = `mutation($input: EstateMonthInput!) { approveMonthlyFigures(input: $input) { state } }`;
const SET_TARGET = `mutation($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { effectiveMonth } }`;
const UPDATE_ESTATE = `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id version } }`;

let kit: TestKit;
let co: TestCompany;
let admin: TestUser;
let manager: TestUser;

beforeAll(async () => {
  kit = await startTestKit();
  // These tests type figures of codes the estate's records now compute (issue 11 item 6).
  typeOpsFiguresByHand();
  co = await kit.company();
  admin = await co.user('COMPANY_ADMIN');
  manager = await co.user('ESTATE_MANAGER', { estateIds: [co.estates[0]!.id] });
});
afterAll(() => kit.close());

async function entries(action: string, subjectId?: string) {
  return kit.database.raw<{ before: unknown; after: unknown; actor_user_id: string }>(
    `select before, after, actor_user_id from change_log
     where company_id = $1 and action = $2 and ($3::uuid is null or subject_id = $3::uuid) order by at, id`,
    [co.id, action, subjectId ?? null],
  );
}

async function ok(token: string, query: string, variables: Record<string, unknown>) {
  const res = await kit.gql(token, query, variables);
  expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
  return res;
}

describe('change log', () => {
  it('an update of a draft records the previous values as before', async () => {
    const estateId = co.estates[0]!.id;
    const month = addMonths(THIS_MONTH, -1);
    const save = (numerator: number) =>
      ok(manager.token, SAVE, {
        input: {
          estateId,
          month,
          figures: [{ indicatorCode: 'fee_collection', numerator, denominator: 100 }],
        },
      });
    await save(90);
    await save(95);
    const [first, second] = await entries('figures.save', estateId);
    expect(first!.before).toEqual({ month, figures: [] });
    expect(second!.before).toMatchObject({
      month,
      figures: [{ indicatorCode: 'fee_collection', numerator: 90, denominator: 100, state: 'DRAFT' }],
    });
    expect(second!.after).toMatchObject({ figures: [{ numerator: 95 }] });

    await ok(manager.token, SUBMIT, { input: { estateId, month } });
    await ok(admin.token, APPROVE, { input: { estateId, month } });
    const [submit] = await entries('figures.submit', estateId);
    expect(submit!.before).toMatchObject({ figures: [{ numerator: 95, state: 'DRAFT' }] });
    const [approve] = await entries('figures.approve', estateId);
    expect(approve!.before).toMatchObject({ figures: [{ numerator: 95, state: 'SUBMITTED' }] });
    expect(approve!.after).toMatchObject({ state: 'APPROVED' });
  });

  it('a target change records the target it replaces', async () => {
    const month = addMonths(THIS_MONTH, 2);
    const set = (value: number) =>
      ok(admin.token, SET_TARGET, {
        input: { indicatorCode: 'fee_collection', op: 'AT_LEAST', value, effectiveMonth: month },
      });
    await set(91);
    await set(93);
    const rows = await entries('indicator.setTarget');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.before).toBeNull();
    expect(rows[1]!.before).toMatchObject({ indicatorCode: 'fee_collection', value: 91 });
    expect(rows[1]!.after).toMatchObject({ value: 93 });
  });

  it('an estate update records the row as it was', async () => {
    const estateId = co.estates[1]!.id;
    await ok(admin.token, UPDATE_ESTATE, { input: { id: estateId, version: 1, households: 321 } });
    const [row] = await entries('estate.update', estateId);
    expect(row!.before).toMatchObject({ id: estateId, name: co.estates[1]!.name, version: 1 });
    expect(row!.after).toMatchObject({ households: 321, version: 2 });
  });
});
