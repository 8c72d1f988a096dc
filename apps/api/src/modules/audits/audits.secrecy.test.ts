import 'reflect-metadata';
/**
 * The secrecy of spot checks and night patrols (issue 9, item 3): until one starts, no estate role
 * (manager, staff, committee) learns that it exists — not in lists, not in totalCount, not in
 * campaigns or their counts, not by id (NOT_FOUND exactly as for a random id), not through the
 * auditChanged subscription, not through a notification. And nobody of another company learns of
 * any audit.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUDIT,
  AUDITS,
  CAMPAIGN,
  ok,
  PLAN,
  publishedTemplate,
  spotCheckInput,
} from '../../../test/audits-kit.js';
import {
  codeOf,
  collect,
  startTestKit,
  TEST_NOW,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';
import { subscriptionErrorCode } from '../../../test/schema-roles.js';

let kit: TestKit;
let co: TestCompany;
let other: TestCompany;
let auditor: TestUser;
let manager: TestUser;
let staff: TestUser;
let committee: TestUser;
let otherAuditor: TestUser;
let versionId: string;

const ESTATE_ROLES = () => [manager, staff, committee];

beforeAll(async () => {
  kit = await startTestKit();
  [co, other] = await Promise.all([kit.company(), kit.company()]);
  [auditor, manager, staff, committee, otherAuditor] = await Promise.all([
    co.user('QUALITY_AUDITOR'),
    co.user('ESTATE_MANAGER'),
    co.user('ESTATE_STAFF'),
    co.user('COMMITTEE_MEMBER'),
    other.user('QUALITY_AUDITOR'),
  ]);
  ({ versionId } = await publishedTemplate(kit, co.id));
});
afterAll(() => kit?.close());

type List = { audits: { totalCount: number; edges: { node: { id: string } }[] } };
const listed = async (user: TestUser, filter: Record<string, unknown> = {}) => {
  const res = await kit.gql<List>(user.token, AUDITS, { filter, first: 100 });
  // The committee reads no audits at all: refused outright, whatever exists.
  if (user === committee) {
    expect(codeOf(res)).toBe('FORBIDDEN');
    return { total: 0, ids: [] };
  }
  expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
  return { total: res.data!.audits.totalCount, ids: res.data!.audits.edges.map((e) => e.node.id) };
};

async function plan(kind: string, estateIndex = 0, hoursAhead = 48): Promise<string> {
  const input = spotCheckInput(
    co.estates[estateIndex]!.id,
    versionId,
    [auditor.id],
    TEST_NOW,
    kind,
    hoursAhead,
  );
  return (await ok<{ planAudit: { id: string } }>(kit, auditor.token, PLAN, { input })).planAudit.id;
}

const START = `mutation($input: AuditIdInput!) { startAudit(input: $input) { id status } }`;

describe('a planned spot check or night patrol', () => {
  it('is absent from estate roles’ lists and counts, present for the auditor', async () => {
    const before = await Promise.all(ESTATE_ROLES().map((u) => listed(u)));
    const quarterly = await plan('QUARTERLY');
    const spot = await plan('SPOT_CHECK');
    const patrol = await plan('NIGHT_PATROL');
    const after = await Promise.all(ESTATE_ROLES().map((u) => listed(u)));
    // The manager sees the quarterly audit only; staff and committee see none of the three.
    expect(after[0]!.total).toBe(before[0]!.total + 1);
    expect(after[0]!.ids).toContain(quarterly);
    for (const [i, seen] of after.entries()) {
      expect(seen.ids, `role ${i}`).not.toContain(spot);
      expect(seen.ids, `role ${i}`).not.toContain(patrol);
    }
    expect(after[1]!.total).toBe(before[1]!.total);
    expect(after[2]!.total).toBe(before[2]!.total);
    // Filtering by kind or by the estate reveals nothing either.
    for (const kind of ['SPOT_CHECK', 'NIGHT_PATROL']) {
      expect(await listed(manager, { kind, status: ['PLANNED'] })).toEqual({ total: 0, ids: [] });
      expect((await listed(manager, { kind, estateId: co.estates[0]!.id })).ids).toEqual([]);
    }
    const forAuditor = await listed(auditor, { status: ['PLANNED'] });
    expect(forAuditor.ids).toEqual(expect.arrayContaining([quarterly, spot, patrol]));
  });

  it('is NOT_FOUND by id for estate roles, exactly like a random id', async () => {
    const spot = await plan('SPOT_CHECK');
    const random = randomUUID();
    for (const user of ESTATE_ROLES()) {
      const hidden = await kit.gql(user.token, AUDIT, { id: spot });
      const nowhere = await kit.gql(user.token, AUDIT, { id: random });
      expect(codeOf(hidden)).toBe('NOT_FOUND');
      expect(hidden.errors![0]!.message).toBe(nowhere.errors![0]!.message);
      expect(hidden.data ?? null).toEqual(nowhere.data ?? null);
      // Acting on it answers the same.
      const start = await kit.gql(user.token, START, { input: { id: spot } });
      expect(codeOf(start)).toBe('NOT_FOUND');
    }
    expect(codeOf(await kit.gql(auditor.token, AUDIT, { id: spot }))).toBe('OK');
  });

  it('keeps a spot-check campaign out of the estate’s campaign list and counts', async () => {
    const name = `突击抽查批次 ${randomUUID().slice(0, 6)}`;
    const { createAuditCampaign } = await ok<{ createAuditCampaign: { id: string } }>(
      kit,
      auditor.token,
      CAMPAIGN,
      {
        input: {
          name,
          kind: 'SPOT_CHECK',
          templateVersionId: versionId,
          startsOn: new Date(TEST_NOW.getTime() + 5 * 86_400_000).toISOString().slice(0, 10),
          dueOn: new Date(TEST_NOW.getTime() + 6 * 86_400_000).toISOString().slice(0, 10),
          estates: co.estates.map((e) => ({ estateId: e.id, auditorUserIds: [auditor.id] })),
        },
      },
    );
    const LIST = `query { auditCampaigns(first: 100) { totalCount edges { node { id name counts { total } } } } }`;
    for (const user of [manager, staff]) {
      const res = await ok<{ auditCampaigns: { edges: { node: { id: string } }[] } }>(kit, user.token, LIST);
      expect(res.auditCampaigns.edges.map((e) => e.node.id)).not.toContain(createAuditCampaign.id);
      const one = await kit.gql(user.token, `query($id: ID!) { auditCampaign(id: $id) { id } }`, {
        id: createAuditCampaign.id,
      });
      expect(codeOf(one)).toBe('NOT_FOUND');
    }
    const mine = await ok<{
      auditCampaigns: { edges: { node: { id: string; counts: { total: number } } }[] };
    }>(kit, auditor.token, LIST);
    expect(
      mine.auditCampaigns.edges.find((e) => e.node.id === createAuditCampaign.id)?.node.counts.total,
    ).toBe(3);
    // No estate member was notified of it.
    const notes = await kit.database.raw<{ user_id: string }>(
      `select user_id from notifications where kind = 'AUDIT_ASSIGNED' and params->>'title' like $1`,
      [`${name}%`],
    );
    expect(notes.map((n) => n.user_id)).toEqual([auditor.id, auditor.id, auditor.id]);
  });

  it('reaches estate subscribers only once it started', async () => {
    const SUB = `subscription($e: ID) { auditChanged(estateId: $e) { event auditId audit { id status kind } } }`;
    const clients = { manager: kit.ws(manager.token), auditor: kit.ws(auditor.token) };
    const managerSub = await kit.subscribe<{ auditChanged: { event: string; auditId: string } }>(
      clients.manager,
      co.id,
      SUB,
      { e: co.estates[0]!.id },
    );
    const auditorSub = await kit.subscribe<{ auditChanged: { event: string; auditId: string } }>(
      clients.auditor,
      co.id,
      SUB,
      { e: co.estates[0]!.id },
    );
    const spot = await plan('SPOT_CHECK');
    await auditorSub.until((e) => e.auditChanged.auditId === spot && e.auditChanged.event === 'PLANNED');
    // The sentinel: the auditor starts it; its STARTED event is the manager's first about it.
    await ok(kit, auditor.token, START, { input: { id: spot } });
    const started = await managerSub.until((e) => e.auditChanged.auditId === spot);
    expect(started.auditChanged.event).toBe('STARTED');
    expect(
      managerSub.events.filter((e) => e.auditChanged.auditId === spot).map((e) => e.auditChanged.event),
    ).toEqual(['STARTED']);
    // Started, it is the estate's to see: by id and in lists.
    expect(codeOf(await kit.gql(manager.token, AUDIT, { id: spot }))).toBe('OK');
    expect((await listed(manager, { kind: 'SPOT_CHECK' })).ids).toContain(spot);
    managerSub.dispose();
    auditorSub.dispose();
    // The committee may not subscribe at all.
    const refused = collect(kit.ws(committee.token), SUB, {});
    await refused.waitFor(1, 5000);
    expect(subscriptionErrorCode(refused.errors[0])).toBe('FORBIDDEN');
  });
});

describe('another company', () => {
  it('learns nothing of an audit by id, filter or campaign', async () => {
    const id = await plan('QUARTERLY');
    const res = await kit.gql(otherAuditor.token, AUDIT, { id });
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(await listed(otherAuditor, { estateId: co.estates[0]!.id })).toEqual({ total: 0, ids: [] });
    const save = await kit.gql(
      otherAuditor.token,
      `mutation($input: SaveAuditItemInput!) { saveAuditItem(input: $input) { version } }`,
      {
        input: {
          auditId: id,
          itemKey: 'cs-1',
          clientKey: `k-${randomUUID()}`,
          expectedVersion: 0,
          kind: 'PASS',
        },
      },
    );
    expect(codeOf(save)).toBe('NOT_FOUND');
    // Planning on another company's estate or version is refused as unknown.
    const planned = await kit.gql(otherAuditor.token, PLAN, {
      input: spotCheckInput(co.estates[0]!.id, versionId, [otherAuditor.id], TEST_NOW),
    });
    expect(codeOf(planned)).toBe('BAD_USER_INPUT');
    expect(planned.errors![0]!.extensions!.fields![0]).toMatchObject({
      reason: 'NOT_FOUND',
      path: ['input', 'estateId'],
    });
  });
});
