/** The notifications module’s operations: who may run each, and a runnable sample (see permission-matrix.test.ts). */
import 'reflect-metadata';
import { expect } from 'vitest';
import { withTenant } from '../../src/db/tenant.js';
import { announce, notify } from '../../src/modules/notifications/index.js';
import { COMPANY_ROLES, type MatrixRole, unique } from '../schema-roles.js';
import { co, type Entry, kit, users } from './harness.js';

/** Sends `userId` a notification of `co` (as a job would) and answers its id. */
async function notificationFor(userId: string): Promise<string> {
  const tag = unique();
  const [row] = await withTenant(kit.database, co.id, (tx) =>
    notify(
      tx,
      co.id,
      [{ userId, kind: 'FIGURES_REMINDER', title: `矩阵通知 ${tag}`, params: { estateName: '矩阵苑', tag } }],
      kit.app.services.clock(),
    ),
  );
  announce(kit.app.services.pubsub, [row!]);
  return row!.id;
}

/** A company member of the role, or (for callers outside the company) the company admin. */
const recipientOf = (role: MatrixRole) =>
  role === 'ANONYMOUS' || role === 'PLATFORM_ADMIN' ? users.COMPANY_ADMIN : users[role];

export const notificationsPermissions: Record<string, Entry> = {
  myNotifications: {
    // Everyone of the company, each their own (notifications.test.ts proves whose).
    allowed: COMPANY_ROLES,
    sample: async (role) => {
      await notificationFor(recipientOf(role).id);
      return {
        query: `query { myNotifications(first: 100) { totalCount edges { node { id kind title readAt } } } }`,
      };
    },
    check: (_role, data) => {
      const page = data.myNotifications as { totalCount: number; edges: { node: { kind: string } }[] };
      expect(page.totalCount).toBeGreaterThan(0);
      expect(page.edges[0]!.node.kind).toBe('FIGURES_REMINDER');
    },
  },
  markNotificationRead: {
    allowed: COMPANY_ROLES,
    // A fresh notification of the caller (of the company admin for callers outside the company).
    sample: async (role) => ({
      query: `mutation($input: MarkNotificationReadInput!) { markNotificationRead(input: $input) { id readAt } }`,
      variables: { input: { id: await notificationFor(recipientOf(role).id) } },
    }),
    check: (_role, data, call) =>
      expect(data.markNotificationRead).toEqual({
        id: (call.variables!.input as { id: string }).id,
        readAt: expect.any(String),
      }),
  },
  notificationAdded: {
    allowed: COMPANY_ROLES,
    sample: () => ({ query: `subscription { notificationAdded { id kind title params { name value } } }` }),
    // Per-user topic: each role's subscription listens on its own user id.
    topicId: (role) => recipientOf(role).id,
    trigger: async () => {
      for (const role of COMPANY_ROLES) await notificationFor(users[role].id);
    },
    check: (_role, data) =>
      expect(data.notificationAdded).toMatchObject({
        kind: 'FIGURES_REMINDER',
        title: expect.stringMatching(/^矩阵通知 /),
        params: expect.arrayContaining([{ name: 'estateName', value: '矩阵苑' }]),
      }),
  },
};
