import 'reflect-metadata';
/**
 * Complaints through GraphQL (issue 11 items 3, 6 and 9): the lifecycle (log, rule, postpone
 * once, resolve), ALREADY_POSTPONED, refused transitions and hostile input, the first receiver's
 * ownership (首问责任制), who reads the complainant, a major complaint reaching the manager at
 * once, the figures recomputed in the writing transaction, the drill-down, and live events.
 */
import { monthOfDate } from '@anju/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  collect,
  type GqlResult,
  startTestKit,
  TEST_NOW,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';
import { subscriptionErrorCode } from '../../../test/schema-roles.js';
import { addPerson, staffedFromTemplate, type TeamPosition } from '../../../test/staffing-fixture.js';

let kit: TestKit;
let co: TestCompany;
let other: TestCompany;
let admin: TestUser;
let auditor: TestUser;
let viewer: TestUser;
let manager: TestUser;
/** Front desk (客服部) of estates[0]: receives complaints. */
let desk: TestUser;
/** A guard (秩序维护部) of estates[0]. */
let guard: TestUser;
/** A cleaner (保洁部) of estates[0]. */
let cleaner: TestUser;
let committee: TestUser;
let otherAdmin: TestUser;
let estate0: string;

const FIELDS = `id estateId number category department { code } channel severity location description complainantName
  complainantPhone personalDataVisible receiver { id } receivedAt originalFeedbackAt promisedFeedbackAt overdue postponedAt
  postponeReason valid validityReason ruledAt ruledBy { id } status resolvedAt resolution callbackNote satisfaction
  nextSteps version estate { id }`;
const CREATE = `mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { ${FIELDS} } }`;
const RULE = `mutation($i: RuleComplaintInput!) { ruleComplaint(input: $i) { ${FIELDS} } }`;
const POSTPONE = `mutation($i: PostponeComplaintInput!) { postponeComplaint(input: $i) { ${FIELDS} } }`;
const RESOLVE = `mutation($i: ResolveComplaintInput!) { resolveComplaint(input: $i) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { complaint(id: $id) { ${FIELDS} } }`;
const LIST = `query($f: ComplaintFilter!, $first: Int, $after: String) { complaints(filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id number status complainantPhone valid overdue } } } }`;
const DRILL = `query($e: ID!, $c: String!, $m: String!) { complaintIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) {
  numerator denominator value namesHidden rows { complaintId number valid status counted complainantName } } }`;
const FORM = `query($e: ID!, $m: String!) { monthlyForm(estateId: $e, month: $m) { items { indicator { code computed } figure { numerator denominator source } } } }`;
const SUB = `subscription($e: ID!) { complaintChanged(estateId: $e) { event complaintId estateId complaint { id status complainantPhone } } }`;
const MINE = `query { myNotifications(first: 50) { edges { node { kind title link } } } }`;

interface View {
  id: string;
  number: number;
  status: string;
  version: number;
  category: string;
  department: { code: string } | null;
  complainantName: string | null;
  complainantPhone: string | null;
  personalDataVisible: boolean;
  receiver: { id: string } | null;
  receivedAt: string;
  originalFeedbackAt: string;
  promisedFeedbackAt: string;
  overdue: boolean;
  postponedAt: string | null;
  valid: boolean | null;
  nextSteps: string[];
}

async function ok<T>(token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await kit.gql<T>(token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}
const reasons = (res: GqlResult) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path.join('.')}:${f.reason}`);

const input = (over: Record<string, unknown> = {}) => ({
  estateId: estate0,
  category: 'CLEANING',
  channel: 'PHONE',
  location: '5栋1单元',
  description: '楼道垃圾三天未清运',
  complainantName: '李先生',
  complainantPhone: '13900001111',
  ...over,
});
const create = async (token: string, over: Record<string, unknown> = {}) =>
  (await ok<{ createComplaint: View }>(token, CREATE, { i: input(over) })).createComplaint;
const step = async (token: string, query: string, i: Record<string, unknown>) =>
  Object.values(await ok<Record<string, View>>(token, query, { i }))[0]!;

const HOUR = 3_600_000;
const at = (ms: number) => new Date(TEST_NOW.getTime() + ms);

beforeAll(async () => {
  kit = await startTestKit();
  [co, other] = await Promise.all([kit.company(), kit.company()]);
  estate0 = co.estates[0]!.id;
  [admin, auditor, viewer, manager, desk, guard, cleaner, committee, otherAdmin] = await Promise.all([
    co.user('COMPANY_ADMIN'),
    co.user('QUALITY_AUDITOR'),
    co.user('HQ_VIEWER'),
    co.user('ESTATE_MANAGER'),
    co.user('ESTATE_STAFF'),
    co.user('ESTATE_STAFF'),
    co.user('ESTATE_STAFF'),
    co.user('COMMITTEE_MEMBER'),
    other.user('COMPANY_ADMIN'),
  ]);
  const positions: Record<string, TeamPosition> = await staffedFromTemplate(kit, admin.token, estate0);
  for (const [user, code] of [
    [desk, 'CUSTOMER_SERVICE_AGENT'],
    [guard, 'SECURITY_GUARD'],
    [cleaner, 'CLEANER'],
  ] as const) {
    await addPerson(kit.database, co.id, estate0, positions[code]!, {
      hireDate: '2020-01-01',
      userId: user.id,
    });
  }
});

afterAll(() => kit?.close());

describe('the lifecycle', () => {
  it('logged by its first receiver → ruled → postponed once → resolved; a second postponement is ALREADY_POSTPONED', async () => {
    kit.setNow(TEST_NOW);
    const c = await create(desk.token);
    expect(c).toMatchObject({
      status: 'OPEN',
      category: 'CLEANING',
      department: { code: 'CLEANING' },
      complainantPhone: '13900001111',
      personalDataVisible: true,
      receiver: { id: desk.id },
      receivedAt: TEST_NOW.toISOString(),
      originalFeedbackAt: at(48 * HOUR).toISOString(),
      promisedFeedbackAt: at(48 * HOUR).toISOString(),
      overdue: false,
      valid: null,
      nextSteps: ['RULE', 'POSTPONE', 'RESOLVE'],
    });

    kit.setNow(at(HOUR));
    const ruled = await step(desk.token, RULE, {
      id: c.id,
      version: c.version,
      valid: true,
      reason: '确属保洁未按时清运',
    });
    expect(ruled).toMatchObject({ valid: true, status: 'OPEN' });

    // The new time must be later than the promise, and within a week of receipt.
    const early = await kit.gql(desk.token, POSTPONE, {
      i: {
        id: c.id,
        version: ruled.version,
        newFeedbackAt: at(HOUR).toISOString(),
        reason: '等待垃圾清运公司',
      },
    });
    expect(reasons(early)).toEqual(['newFeedbackAt:NOT_LATER']);
    const late = await kit.gql(desk.token, POSTPONE, {
      i: { id: c.id, version: ruled.version, newFeedbackAt: at(8 * 24 * HOUR).toISOString(), reason: 'x' },
    });
    expect(reasons(late)).toEqual(['newFeedbackAt:TOO_LATE']);

    const postponed = await step(desk.token, POSTPONE, {
      id: c.id,
      version: ruled.version,
      newFeedbackAt: at(96 * HOUR).toISOString(),
      reason: '等待垃圾清运公司排班',
    });
    expect(postponed).toMatchObject({
      promisedFeedbackAt: at(96 * HOUR).toISOString(),
      originalFeedbackAt: at(48 * HOUR).toISOString(),
      postponedAt: at(HOUR).toISOString(),
      nextSteps: ['RULE', 'RESOLVE'],
    });
    const again = await kit.gql(desk.token, POSTPONE, {
      i: {
        id: c.id,
        version: postponed.version,
        newFeedbackAt: at(120 * HOUR).toISOString(),
        reason: '再延期',
      },
    });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions?.reason).toBe('ALREADY_POSTPONED');
    // Also for the manager: the rule is the complaint's, not the caller's.
    const byManager = await kit.gql(manager.token, POSTPONE, {
      i: {
        id: c.id,
        version: postponed.version,
        newFeedbackAt: at(120 * HOUR).toISOString(),
        reason: '再延期',
      },
    });
    expect(byManager.errors?.[0]?.extensions?.reason).toBe('ALREADY_POSTPONED');

    kit.setNow(at(100 * HOUR));
    const overdue = (await ok<{ complaint: View }>(desk.token, ONE, { id: c.id })).complaint;
    expect(overdue.overdue).toBe(true);
    const resolved = await step(desk.token, RESOLVE, {
      id: c.id,
      version: postponed.version,
      resolution: '已安排每日两次清运',
      callbackNote: '业主表示满意',
      satisfaction: 'SATISFIED',
    });
    expect(resolved).toMatchObject({ status: 'RESOLVED', overdue: false, nextSteps: [] });
    const after = await kit.gql(desk.token, RULE, {
      i: { id: c.id, version: resolved.version, valid: false, reason: 'x' },
    });
    expect(after.errors?.[0]?.extensions?.reason).toBe('ALREADY_RESOLVED');

    // The change log holds each step.
    const log = await kit.database.raw<{ action: string }>(
      `select action from change_log where subject_id = $1 order by at, action`,
      [c.id],
    );
    expect(log.map((l) => l.action).sort()).toEqual(
      ['complaint.create', 'complaint.postpone', 'complaint.resolve', 'complaint.rule'].sort(),
    );
  });

  it('refuses stale versions and hostile input', async () => {
    kit.setNow(TEST_NOW);
    const c = await create(desk.token);
    const stale = await kit.gql(desk.token, RULE, {
      i: { id: c.id, version: c.version + 5, valid: true, reason: 'x' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const bad = await kit.gql(desk.token, CREATE, {
      i: input({ description: 'x\u0000', complainantPhone: 'call me', category: 'WEATHER' }),
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const huge = await kit.gql(desk.token, CREATE, { i: input({ description: 'y'.repeat(100_000) }) });
    expect(reasons(huge)).toEqual(['description:TOO_LONG']);
    const noReason = await kit.gql(desk.token, RULE, {
      i: { id: c.id, version: c.version, valid: true, reason: '  ' },
    });
    expect(reasons(noReason)).toEqual(['reason:REQUIRED']);
  });
});

describe('who sees and works a complaint', () => {
  it('the first receiver and the manager read the complainant; the department reads without; others nothing', async () => {
    kit.setNow(TEST_NOW);
    const c = await create(desk.token, { category: 'SECURITY', description: '夜间巡逻不到位' });
    const read = async (u: TestUser) => kit.gql<{ complaint: View }>(u.token, ONE, { id: c.id });
    for (const u of [desk, manager, admin]) {
      const r = await read(u);
      expect(r.data?.complaint.complainantPhone, u.email).toBe('13900001111');
    }
    for (const u of [guard, viewer, auditor]) {
      const r = await read(u);
      expect(codeOf(r), u.email).toBe('OK');
      expect(r.data!.complaint).toMatchObject({
        complainantPhone: null,
        complainantName: null,
        personalDataVisible: false,
      });
    }
    // The guard's department reads it but does not own it.
    expect(
      codeOf(
        await kit.gql(guard.token, RULE, { i: { id: c.id, version: c.version, valid: true, reason: 'x' } }),
      ),
    ).toBe('FORBIDDEN');
    // HQ reads but does not work complaints; refused before the input is judged.
    expect(
      codeOf(
        await kit.gql(viewer.token, RULE, { i: { id: c.id, version: c.version, valid: true, reason: '' } }),
      ),
    ).toBe('FORBIDDEN');
    // Another department's cleaner, the committee and another company: nothing at all.
    for (const u of [cleaner, committee, otherAdmin])
      expect(codeOf(await read(u)), u.email).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(committee.token, LIST, { f: { estateId: estate0 } }))).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(otherAdmin.token, LIST, { f: { estateId: estate0 } }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(committee.token, CREATE, { i: input() }))).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(viewer.token, CREATE, { i: input({ description: '' }) }))).toBe('FORBIDDEN');

    // Lists are filtered in SQL: the cleaner sees only the cleaning complaints and their own.
    const mine = await create(cleaner.token, { category: 'ENGINEERING' });
    const list = await ok<{
      complaints: { totalCount: number; edges: { node: { id: string; complainantPhone: string | null } }[] };
    }>(cleaner.token, LIST, { f: { estateId: estate0 }, first: 100 });
    const ids = list.complaints.edges.map((e) => e.node.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(c.id);
    expect(list.complaints.edges.find((e) => e.node.id === mine.id)?.node.complainantPhone).toBe(
      '13900001111',
    );
    const all = await ok<{ complaints: { totalCount: number } }>(manager.token, LIST, {
      f: { estateId: estate0 },
      first: 1,
    });
    expect(all.complaints.totalCount).toBeGreaterThan(list.complaints.totalCount);
    const filtered = await ok<{ complaints: { edges: { node: { id: string } }[] } }>(manager.token, LIST, {
      f: { estateId: estate0, category: 'SECURITY', status: 'OPEN' },
      first: 100,
    });
    expect(filtered.complaints.edges.map((e) => e.node.id)).toContain(c.id);
    expect(filtered.complaints.edges.map((e) => e.node.id)).not.toContain(mine.id);
  });

  it('a major complaint reaches the estate manager at once', async () => {
    kit.setNow(TEST_NOW);
    const c = await create(desk.token, {
      severity: 'MAJOR',
      category: 'ENGINEERING',
      description: '电梯困人半小时无人处理',
    });
    const notes = await ok<{ myNotifications: { edges: { node: { kind: string; link: string } }[] } }>(
      manager.token,
      MINE,
    );
    expect(notes.myNotifications.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ kind: 'COMPLAINT_MAJOR', link: expect.stringContaining(c.id) }),
    );
    const deskNotes = await ok<{ myNotifications: { edges: unknown[] } }>(desk.token, MINE);
    expect(deskNotes.myNotifications.edges).toEqual([]);
  });
});

describe('the indicators', () => {
  it('valid complaints / households and valid ones resolved, recomputed with each write; the drill-down lists them', async () => {
    kit.setNow(TEST_NOW);
    const estate1 = co.estates[1]!.id;
    const manager1 = await co.user('ESTATE_MANAGER', { estateIds: [estate1] });
    const month = monthOfDate(TEST_NOW);
    const mk = async () =>
      (await ok<{ createComplaint: View }>(manager1.token, CREATE, { i: input({ estateId: estate1 }) }))
        .createComplaint;
    const [a, b, c] = [await mk(), await mk(), await mk()];
    const ra = await step(manager1.token, RULE, {
      id: a.id,
      version: a.version,
      valid: true,
      reason: '有效',
    });
    await step(manager1.token, RULE, { id: b.id, version: b.version, valid: true, reason: '有效' });
    await step(manager1.token, RULE, { id: c.id, version: c.version, valid: false, reason: '非物业责任' });
    await step(manager1.token, RESOLVE, {
      id: a.id,
      version: ra.version,
      resolution: '已处理',
      satisfaction: 'SATISFIED',
    });

    const form = await ok<{
      monthlyForm: {
        items: {
          indicator: { code: string; computed: boolean };
          figure: { numerator: number; denominator: number; source: string } | null;
        }[];
      };
    }>(admin.token, FORM, { e: estate1, m: month });
    const figure = (code: string) => form.monthlyForm.items.find((i) => i.indicator.code === code);
    expect(figure('complaint_valid_rate')).toMatchObject({
      indicator: { computed: true },
      figure: { numerator: 2, denominator: 500, source: 'COMPUTED' },
    });
    expect(figure('complaint_handled')?.figure).toMatchObject({
      numerator: 1,
      denominator: 2,
      source: 'COMPUTED',
    });

    const drill = await ok<{
      complaintIndicatorDrillDown: {
        numerator: number;
        denominator: number;
        namesHidden: boolean;
        rows: { complaintId: string; counted: boolean; complainantName: string | null }[];
      };
    }>(manager1.token, DRILL, { e: estate1, c: 'complaint_handled', m: month });
    expect(drill.complaintIndicatorDrillDown).toMatchObject({
      numerator: 1,
      denominator: 2,
      namesHidden: false,
    });
    expect(drill.complaintIndicatorDrillDown.rows.filter((r) => r.counted).map((r) => r.complaintId)).toEqual(
      [a.id],
    );
    const hq = await ok<typeof drill>(viewer.token, DRILL, {
      e: estate1,
      c: 'complaint_valid_rate',
      m: month,
    });
    expect(hq.complaintIndicatorDrillDown.namesHidden).toBe(true);
    expect(hq.complaintIndicatorDrillDown.rows.map((r) => r.complainantName)).toEqual([null, null, null]);
    for (const u of [committee, desk])
      expect(
        codeOf(await kit.gql(u.token, DRILL, { e: estate1, c: 'complaint_handled', m: month })),
      ).not.toBe('OK');
    expect(
      codeOf(await kit.gql(otherAdmin.token, DRILL, { e: estate1, c: 'complaint_handled', m: month })),
    ).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(admin.token, DRILL, { e: estate1, c: 'fee_collection', m: month }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('live events', () => {
  it('a subscriber hears only of the complaints it may read; the committee may not subscribe', async () => {
    kit.setNow(TEST_NOW);
    const client = kit.ws(cleaner.token);
    const sub = await kit.subscribe<{
      complaintChanged: { complaintId: string; complaint: { complainantPhone: string | null } };
    }>(client, co.id, SUB, { e: estate0 });
    try {
      const hidden = await create(manager.token, { category: 'SECURITY' });
      const dept = await create(manager.token, { category: 'CLEANING' });
      const event = await sub.until((e) => e.complaintChanged.complaintId === dept.id);
      expect(event.complaintChanged.complaint.complainantPhone).toBeNull();
      expect(sub.events.map((e) => e.complaintChanged.complaintId)).not.toContain(hidden.id);
    } finally {
      sub.dispose();
      await client.dispose();
    }
    const refused = kit.ws(committee.token);
    const none = collect(refused, SUB, { e: estate0 });
    await none.waitFor(1, 5000);
    none.dispose();
    expect(subscriptionErrorCode(none.errors[0])).toBe('FORBIDDEN');
    await refused.dispose();
  });
});
