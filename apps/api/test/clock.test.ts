/**
 * "Now" comes from the clock the composition root passes in (AppServices.clock), read in the
 * company's time zone. The kit's clock stands at 2098-12-31 17:00 UTC: already January 2099 in
 * Shanghai, still December 2098 in New York; the real clock would call both months future.
 */
import { fixedClock } from '@anju/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  type GqlResult,
  startTestKit,
  type TestCompany,
  type TestKit,
  type TestUser,
} from './kit.js';
import { typeOpsFiguresByHand } from './ops-kit.js';

const SAVE = `mutation($input: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $input) { state } }`;
const SUBMIT = `mutation($input: EstateMonthInput!) { submitMonthlyFigures(input: $input) { state } }`;
const QUEUE = `query { approvalQueue { edges { node { estateId month submittedAt } } } }`;
const SET_TARGET = `mutation($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { effectiveMonth } }`;
const ARCHIVE_REGION = `mutation($input: ArchiveInput!) { archiveRegion(input: $input) { archivedAt } }`;

const reasons = (res: GqlResult) => (res.errors?.[0]?.extensions?.fields ?? []).map((f) => f.reason);

let kit: TestKit;
let co: TestCompany;
let admin: TestUser;
let manager: TestUser;

beforeAll(async () => {
  kit = await startTestKit({ clock: fixedClock('2098-12-31T17:00:00Z') });
  // These tests type figures of codes the estate's records now compute (issue 11 item 6).
  typeOpsFiguresByHand();
  co = await kit.company();
  admin = await co.user('COMPANY_ADMIN');
  manager = await co.user('ESTATE_MANAGER', { estateIds: [co.estates[0]!.id, co.estates[1]!.id] });
});
afterAll(() => kit.close());

const save = (estateId: string, month: string) =>
  kit.gql(manager.token, SAVE, {
    input: { estateId, month, figures: [{ indicatorCode: 'fee_collection', numerator: 9, denominator: 10 }] },
  });

describe('injected clock in the company time zone', () => {
  it('reports up to the current month of the injected clock, in Shanghai', async () => {
    expect(codeOf(await save(co.estates[0]!.id, '2099-01'))).toBe('OK');
    const future = await save(co.estates[0]!.id, '2099-02');
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    expect(reasons(future)).toEqual(['FUTURE']);
  });

  it('stamps submissions and archives with the injected time', async () => {
    expect(codeOf(await save(co.estates[1]!.id, '2098-11'))).toBe('OK');
    const submitted = await kit.gql(manager.token, SUBMIT, {
      input: { estateId: co.estates[1]!.id, month: '2098-11' },
    });
    expect(codeOf(submitted)).toBe('OK');
    const queue = await kit.gql<{ approvalQueue: { edges: { node: { submittedAt: string } }[] } }>(
      admin.token,
      QUEUE,
    );
    expect(queue.data!.approvalQueue.edges.map((e) => e.node.submittedAt)).toEqual([
      '2098-12-31T17:00:00.000Z',
    ]);
    const archived = await kit.gql<{ archiveRegion: { archivedAt: string } }>(admin.token, ARCHIVE_REGION, {
      input: { id: co.regions[1]!.id, version: 1 },
    });
    expect(archived.data?.archiveRegion.archivedAt, JSON.stringify(archived.errors)).toBe(
      '2098-12-31T17:00:00.000Z',
    );
  });

  it('takes target changes from the current month on, never the past one', async () => {
    const target = (effectiveMonth: string) =>
      kit.gql(admin.token, SET_TARGET, {
        input: { indicatorCode: 'fee_collection', op: 'AT_LEAST', value: 90, effectiveMonth },
      });
    expect(reasons(await target('2098-12'))).toEqual(['PAST']);
    expect(codeOf(await target('2099-01'))).toBe('OK');
  });

  it('reads the month in the company’s own time zone', async () => {
    const ny = await kit.company();
    await kit.database.raw(`update companies set time_zone = 'America/New_York' where id = $1`, [ny.id]);
    const nyManager = await ny.user('ESTATE_MANAGER', { estateIds: [ny.estates[0]!.id] });
    const input = (month: string) => ({
      input: {
        estateId: ny.estates[0]!.id,
        month,
        figures: [{ indicatorCode: 'fee_collection', numerator: 9, denominator: 10 }],
      },
    });
    // Still December 2098 in New York.
    expect(reasons(await kit.gql(nyManager.token, SAVE, input('2099-01')))).toEqual(['FUTURE']);
    expect(codeOf(await kit.gql(nyManager.token, SAVE, input('2098-12')))).toBe('OK');
  });
});
