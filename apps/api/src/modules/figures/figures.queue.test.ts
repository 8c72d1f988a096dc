/**
 * The approval queue is filtered by the database through the caller's CASL rules
 * (`accessibleWhere` on estates and monthly_figures), not by a list of estate ids checked in
 * memory: a caller who may approve only one region's figures sees only that region's months.
 */
import { type Actor, addMonths, defineAbilityFor, subject } from '@anju/domain';
import { createMongoAbility } from '@casl/ability';
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
import type { Authenticated } from '../../auth/session-cache.js';
import { createContext } from '../../graphql/context.js';
import { approvalQueue } from './figures.queue.js';

const SAVE = `mutation($input: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $input) { state } }`;
const SUBMIT = `mutation($input: EstateMonthInput!) { submitMonthlyFigures(input: $input) { state } }`;
const QUEUE = `query($r: ID) { approvalQueue(regionId: $r) { totalCount edges { node { estateId month } } } }`;

let kit: TestKit;
let co: TestCompany;
let admin: TestUser;
let auditor: TestUser;
let viewer: TestUser;
const month = addMonths(THIS_MONTH, -1);

beforeAll(async () => {
  kit = await startTestKit();
  // These tests type figures of codes the estate's records now compute (issue 11 item 6).
  typeOpsFiguresByHand();
  co = await kit.company();
  admin = await co.user('COMPANY_ADMIN');
  auditor = await co.user('QUALITY_AUDITOR');
  viewer = await co.user('HQ_VIEWER', { regionId: co.regions[0]!.id });
  // Submitted months in both regions: estates 0 and 1 are in region 0, estate 2 in region 1.
  for (const estate of co.estates) {
    const input = { estateId: estate.id, month };
    const figures = [{ indicatorCode: 'fee_collection', numerator: 9, denominator: 10 }];
    expect(codeOf(await kit.gql(admin.token, SAVE, { input: { ...input, figures } }))).toBe('OK');
    expect(codeOf(await kit.gql(admin.token, SUBMIT, { input }))).toBe('OK');
  }
});
afterAll(() => kit.close());

type Queue = { approvalQueue: { totalCount: number; edges: { node: { estateId: string } }[] } };
const estatesOf = (data: Queue) => data.approvalQueue.edges.map((e) => e.node.estateId).sort();

describe('approval queue', () => {
  it('holds every region for a company-wide approver, and one region when asked', async () => {
    const all = await kit.gql<Queue>(auditor.token, QUEUE, {});
    expect(estatesOf(all.data!)).toEqual(co.estates.map((e) => e.id).sort());
    const south = await kit.gql<Queue>(auditor.token, QUEUE, { r: co.regions[1]!.id });
    expect(estatesOf(south.data!)).toEqual([co.estates[2]!.id]);
    expect(south.data!.approvalQueue.totalCount).toBe(1);
    // A malformed region id matches nothing rather than failing.
    expect(estatesOf((await kit.gql<Queue>(auditor.token, QUEUE, { r: 'nope' })).data!)).toEqual([]);
  });

  it('is refused to a region viewer, who may read figures but approve none', async () => {
    expect(codeOf(await kit.gql(viewer.token, QUEUE, {}))).toBe('FORBIDDEN');
  });

  it('holds only their region for a viewer of one region who may approve there', async () => {
    // Today no role approves within a region only; the queue must still honour such a rule, in SQL.
    const regionEstates = co.estates.filter((e) => e.regionId === co.regions[0]!.id).map((e) => e.id);
    const actor: Actor = {
      userId: viewer.id,
      platformAdmin: false,
      memberships: [
        {
          role: 'HQ_VIEWER',
          companyId: co.id,
          scope: { kind: 'REGION', regionId: co.regions[0]!.id, estateIds: regionEstates },
        },
      ],
    };
    const base = defineAbilityFor(actor);
    const ability = createMongoAbility(
      [
        ...base.rules,
        {
          action: 'approve',
          subject: 'MonthlyFigure',
          conditions: { companyId: co.id, estateId: { $in: regionEstates } },
        },
      ],
      { detectSubjectType: (o) => base.detectSubjectType(o) },
    ) as typeof base;
    expect(
      ability.can('approve', subject('MonthlyFigure', { companyId: co.id, estateId: co.estates[2]!.id })),
    ).toBe(false);
    const auth = {
      session: { sessionId: 'test', userId: viewer.id, companyId: co.id },
      actor,
      ability,
    } as unknown as Authenticated;
    const ctx = createContext(kit.app.services, auth, { requestId: 'queue-test' });
    const page = await approvalQueue(ctx, {});
    expect(page.edges.map((e) => e.node.estateId).sort()).toEqual([...regionEstates].sort());
    expect(page.totalCount).toBe(regionEstates.length);
    // The other region asked for by id: nothing, not an error.
    const other = await approvalQueue(ctx, { regionId: co.regions[1]!.id });
    expect(other.edges).toEqual([]);
  });
});
