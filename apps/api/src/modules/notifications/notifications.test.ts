import 'reflect-metadata';
/**
 * Notifications: each user reads and marks read only their own (another user's, the admin's
 * included, or another company's is NOT_FOUND), newest first in pages, and hears of new ones
 * live on their own subscription only, re-checked against the session for every event.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  type GqlResult,
  startTestKit,
  TEST_NOW,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';
import { subscriptionErrorCode } from '../../../test/schema-roles.js';
import { withSystem, withTenant } from '../../db/tenant.js';
import { insertMemberships } from '../users/index.js';
import { announce, type NewNotification, notify } from './index.js';

let kit: TestKit;
let A: TestCompany;
let B: TestCompany;
let admin: TestUser;
let manager: TestUser;
let staff: TestUser;
let bAdmin: TestUser;

const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title readAt createdAt } } } }`;
const MARK = `mutation($input: MarkNotificationReadInput!) { markNotificationRead(input: $input) { id readAt } }`;
const LIVE = `subscription { notificationAdded { id kind title body link createdAt readAt params { name value } } }`;

type Page = {
  myNotifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; title: string; readAt: string | null; createdAt: string } }[];
  };
};
type Live = { notificationAdded: { id: string; title: string; params: { name: string; value: string }[] } };

/** Sends notifications of `company` in one transaction at `at`, as a job does; answers their ids. */
async function send(
  company: TestCompany,
  items: (Partial<NewNotification> & { userId: string })[],
  at = new Date(TEST_NOW),
): Promise<string[]> {
  const rows = await withTenant(kit.database, company.id, (tx) =>
    notify(
      tx,
      company.id,
      items.map((n) => ({ kind: 'FIGURES_REMINDER', title: '测试通知', ...n })),
      at,
    ),
  );
  announce(kit.app.services.pubsub, rows);
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  kit = await startTestKit();
  [A, B] = await Promise.all([kit.company(), kit.company()]);
  [admin, manager, staff, bAdmin] = await Promise.all([
    A.user('COMPANY_ADMIN'),
    A.user('ESTATE_MANAGER'),
    A.user('ESTATE_STAFF'),
    B.user('COMPANY_ADMIN'),
  ]);
});
afterAll(() => kit?.close());

describe('myNotifications', () => {
  it('lists the caller’s own notifications, newest first, in pages, with the unread count', async () => {
    const base = TEST_NOW.getTime();
    for (let i = 0; i < 5; i += 1)
      await send(A, [{ userId: staff.id, title: `第 ${i} 条` }], new Date(base + i * 60_000));
    // Two at the same instant: the order still holds across pages (id breaks the tie).
    await send(
      A,
      [
        { userId: staff.id, title: '同时 a' },
        { userId: staff.id, title: '同时 b' },
      ],
      new Date(base + 10 * 60_000),
    );
    await send(A, [{ userId: manager.id, title: '别人的' }]);
    await send(B, [{ userId: bAdmin.id, title: '乙方的' }]);

    const seen: Page['myNotifications']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const res: GqlResult<Page> = await kit.gql<Page>(staff.token, LIST, { first: 3, after });
      expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
      const page: Page['myNotifications'] = res.data!.myNotifications;
      expect(page.totalCount).toBe(7);
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen.map((n) => n.id)).size).toBe(7);
    expect(seen.slice(2).map((n) => n.title)).toEqual([
      '第 4 条',
      '第 3 条',
      '第 2 条',
      '第 1 条',
      '第 0 条',
    ]);
    expect(
      seen
        .slice(0, 2)
        .map((n) => n.title)
        .sort(),
    ).toEqual(['同时 a', '同时 b']);
    const times = seen.map((n) => Date.parse(n.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    await kit.gql(staff.token, MARK, { input: { id: seen[0]!.id } });
    const unread = await kit.gql<Page>(staff.token, LIST, { unreadOnly: true, first: 100 });
    expect(unread.data!.myNotifications.totalCount).toBe(6);
    expect(unread.data!.myNotifications.edges.map((e) => e.node.id)).not.toContain(seen[0]!.id);
  });

  it('refuses a page size above 100 and a forged cursor', async () => {
    expect(codeOf(await kit.gql(staff.token, LIST, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await kit.gql(staff.token, LIST, { after: 'bm90LWEtY3Vyc29y' }))).toBe('BAD_USER_INPUT');
    // Well-formed, but not an (instant, id) pair: still bad input, never a database error.
    for (const forged of [
      ['yesterday', randomUUID()],
      [TEST_NOW.toISOString(), 'x'],
      [1, 2],
    ]) {
      const after = Buffer.from(JSON.stringify(forged)).toString('base64url');
      expect(codeOf(await kit.gql(staff.token, LIST, { after })), JSON.stringify(forged)).toBe(
        'BAD_USER_INPUT',
      );
    }
  });
});

describe('markNotificationRead', () => {
  it('marks the caller’s own notification read at the clock’s time, once, in the change log', async () => {
    const [id] = await send(A, [{ userId: manager.id }]);
    kit.setNow('2030-01-02T03:04:05Z');
    try {
      const first = await kit.gql<{ markNotificationRead: { id: string; readAt: string } }>(
        manager.token,
        MARK,
        { input: { id } },
      );
      expect(first.data!.markNotificationRead).toEqual({ id, readAt: '2030-01-02T03:04:05.000Z' });
      kit.setNow('2030-01-03T00:00:00Z');
      const again = await kit.gql<{ markNotificationRead: { readAt: string } }>(manager.token, MARK, {
        input: { id },
      });
      expect(again.data!.markNotificationRead.readAt).toBe('2030-01-02T03:04:05.000Z');
    } finally {
      kit.setNow(TEST_NOW);
    }
    const log = await kit.database.raw<{ action: string; actor_user_id: string }>(
      'select action, actor_user_id from change_log where subject_id = $1',
      [id],
    );
    expect(log).toEqual([{ action: 'notification.read', actor_user_id: manager.id }]);
  });

  it('answers NOT_FOUND for another user’s notification, the company admin’s call included, and changes nothing', async () => {
    const [mine] = await send(A, [{ userId: manager.id }]);
    const [theirs] = await send(B, [{ userId: bAdmin.id }]);
    const nowhere = await kit.gql(staff.token, MARK, { input: { id: randomUUID() } });
    for (const [caller, id] of [
      [staff, mine],
      [admin, mine],
      [manager, theirs],
      [admin, theirs],
    ] as const) {
      const res = await kit.gql(caller.token, MARK, { input: { id } });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(res.data ?? null).toBeNull();
      // The same answer as for an id that exists nowhere: no hint that it does.
      expect(res.errors![0]!.message).toBe(nowhere.errors![0]!.message);
    }
    expect(codeOf(await kit.gql(staff.token, MARK, { input: { id: 'not-a-uuid' } }))).toBe('NOT_FOUND');
    const read = await kit.database.raw<{ read_at: unknown }>(
      'select read_at from notifications where id = any($1::uuid[])',
      [[mine, theirs]],
    );
    expect(read).toEqual([{ read_at: null }, { read_at: null }]);
  });
});

describe('notificationAdded', () => {
  it('delivers a notification to its recipient only', async () => {
    const staffLive = await kit.subscribe<Live>(kit.ws(staff.token), staff.id, LIVE);
    const managerLive = await kit.subscribe<Live>(kit.ws(manager.token), manager.id, LIVE);
    const adminLive = await kit.subscribe<Live>(kit.ws(admin.token), admin.id, LIVE);
    const [forStaff] = await send(A, [
      { userId: staff.id, title: '给员工', params: { estateName: '甲苑' }, link: '/figures' },
    ]);
    const [sentinel] = await send(A, [{ userId: manager.id, title: '哨兵' }]);
    const event = await staffLive.until((e) => e.notificationAdded.id === forStaff);
    expect(event.notificationAdded).toMatchObject({
      title: '给员工',
      params: [{ name: 'estateName', value: '甲苑' }],
    });
    await managerLive.until((e) => e.notificationAdded.id === sentinel);
    expect(managerLive.events.map((e) => e.notificationAdded.id)).toEqual([sentinel]);
    // The admin sees everything of the company but not someone else's notifications.
    const [adminSentinel] = await send(A, [{ userId: admin.id, title: '哨兵' }]);
    await adminLive.until((e) => e.notificationAdded.id === adminSentinel);
    expect(adminLive.events.map((e) => e.notificationAdded.id)).toEqual([adminSentinel]);
    for (const s of [staffLive, managerLive, adminLive]) s.dispose();
  });

  it('a member of two companies hears, in one company’s session, only that company’s notifications', async () => {
    const both = await A.user('ESTATE_STAFF');
    await withSystem(kit.database, 'test', (tx) =>
      insertMemberships(tx, B.id, both.id, [
        { role: 'ESTATE_STAFF', regionId: null, estateIds: [B.estates[0]!.id] },
      ]),
    );
    const live = await kit.subscribe<Live>(kit.ws(both.token), both.id, LIVE);
    await send(B, [{ userId: both.id, title: '乙方的' }]);
    const [sentinel] = await send(A, [{ userId: both.id, title: '哨兵' }]);
    await live.until((e) => e.notificationAdded.id === sentinel);
    expect(live.events.map((e) => e.notificationAdded.id)).toEqual([sentinel]);
    live.dispose();
  });

  it('stops at once for a subscriber whose membership ends (the session as it is now)', async () => {
    const leaving = await A.user('ESTATE_STAFF');
    const live = await kit.subscribe<Live>(kit.ws(leaving.token), leaving.id, LIVE);
    const res = await kit.gql(
      admin.token,
      'mutation($i: DeactivateUserInput!) { deactivateUser(input: $i) { id } }',
      { i: { userId: leaving.id } },
    );
    expect(codeOf(res)).toBe('OK');
    await live.settled;
    await send(A, [{ userId: leaving.id, title: '离开后' }]);
    expect(live.events).toEqual([]);
    expect(subscriptionErrorCode(live.errors[0])).toBe('CLOSE_4403');
  });
});
