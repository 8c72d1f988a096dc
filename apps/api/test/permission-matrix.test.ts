/**
 * The permission matrix (ARCHITECTURE.md, "Tests"): every query, mutation and subscription of the
 * schema with the roles allowed to use it and a runnable sample. Each module keeps its own list in
 * test/permissions/<feature>.permissions.ts; this file combines them. A new operation fails the
 * first test until its module's list has it; every operation is then run as every role: allowed
 * roles succeed, refused ones get UNAUTHENTICATED (anonymous) or FORBIDDEN / NOT_FOUND and change
 * nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, collect } from './kit.js';
import { auditTemplatesPermissions } from './permissions/audit-templates.permissions.js';
import { auditsPermissions } from './permissions/audits.permissions.js';
import { authPermissions } from './permissions/auth.permissions.js';
import { companiesPermissions } from './permissions/companies.permissions.js';
import { comparisonPermissions } from './permissions/comparison.permissions.js';
import { complaintsPermissions } from './permissions/complaints.permissions.js';
import { estateOpsPermissions } from './permissions/estate-ops.permissions.js';
import { estatesPermissions } from './permissions/estates.permissions.js';
import { figuresPermissions } from './permissions/figures.permissions.js';
import {
  adminGql,
  type Call,
  co,
  type Entry,
  ESTATE_SCOPED,
  invitations,
  kit,
  setUpMatrix,
  tokenOf,
  users,
} from './permissions/harness.js';
import { indicatorsPermissions } from './permissions/indicators.permissions.js';
import { jobsPermissions } from './permissions/jobs.permissions.js';
import { notificationsPermissions } from './permissions/notifications.permissions.js';
import { rectificationsPermissions } from './permissions/rectifications.permissions.js';
import { regionsPermissions } from './permissions/regions.permissions.js';
import { repairReportsPermissions } from './permissions/repair-reports.permissions.js';
import { rostersPermissions } from './permissions/rosters.permissions.js';
import { staffPermissions } from './permissions/staff.permissions.js';
import { staffingPermissions } from './permissions/staffing.permissions.js';
import { surveysPermissions } from './permissions/surveys.permissions.js';
import { teamPermissions } from './permissions/team.permissions.js';
import { usersPermissions } from './permissions/users.permissions.js';
import { workOrdersPermissions } from './permissions/work-orders.permissions.js';
import {
  fingerprint,
  loadSchema,
  MATRIX_ROLES,
  type MatrixRole,
  operationOf,
  schemaOperations,
  subscriptionErrorCode,
  versionOf,
} from './schema-roles.js';

/** The operations of the committed schema, by name. */
const OPERATIONS = schemaOperations(loadSchema());

/** One list per module; an operation listed twice is a mistake (the second would win silently). */
const LISTS: Record<string, Record<string, Entry>> = {
  auth: authPermissions,
  users: usersPermissions,
  companies: companiesPermissions,
  estates: estatesPermissions,
  regions: regionsPermissions,
  indicators: indicatorsPermissions,
  figures: figuresPermissions,
  comparison: comparisonPermissions,
  jobs: jobsPermissions,
  notifications: notificationsPermissions,
  auditTemplates: auditTemplatesPermissions,
  audits: auditsPermissions,
  rectifications: rectificationsPermissions,
  team: teamPermissions,
  rosters: rostersPermissions,
  staff: staffPermissions,
  staffing: staffingPermissions,
  workOrders: workOrdersPermissions,
  estateOps: estateOpsPermissions,
  repairReports: repairReportsPermissions,
  complaints: complaintsPermissions,
  surveys: surveysPermissions,
};
const MATRIX: Record<string, Entry> = Object.assign({}, ...Object.values(LISTS));

beforeAll(setUpMatrix);
afterAll(() => kit?.close());

describe('permission matrix', () => {
  it('lists each operation in exactly one module list', () => {
    const seen = new Map<string, string[]>();
    for (const [list, entries] of Object.entries(LISTS)) {
      for (const name of Object.keys(entries)) seen.set(name, [...(seen.get(name) ?? []), list]);
    }
    expect([...seen].filter(([, lists]) => lists.length > 1)).toEqual([]);
  });

  it('lists every query, mutation and subscription of the schema, and nothing else', () => {
    const operations = OPERATIONS;
    const missing = [...operations.keys()].filter((n) => !(n in MATRIX));
    const stale = Object.keys(MATRIX).filter((n) => !operations.has(n));
    expect(
      { missing, stale },
      'add each new operation to its module list, test/permissions/<feature>.permissions.ts',
    ).toEqual({
      missing: [],
      stale: [],
    });
    expect(Object.keys(MATRIX).sort()).toEqual([...operations.keys()].sort());
  });

  it('prints every root field on its own line (short descriptions), so line-based tools find each one', () => {
    const text = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    const blocks = [...text.matchAll(/^type (Query|Mutation|Subscription) \{\n([\s\S]*?)^\}/gm)];
    const names = blocks.flatMap((b) =>
      b[2]!
        .split('\n')
        .flatMap((line) => (/^ {2}[A-Za-z_]/.test(line) ? [line.trim().split(/[(:]/)[0]!] : [])),
    );
    expect(names.sort()).toEqual([...OPERATIONS.keys()].sort());
  });

  it('the committed schema.graphql has the operations the running server serves', async () => {
    const res = await kit.gql<{
      __schema: Record<
        'queryType' | 'mutationType' | 'subscriptionType',
        { fields: { name: string }[] } | null
      >;
    }>(
      null,
      `{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }`,
    );
    expect(codeOf(res)).toBe('OK');
    const live = Object.values(res.data!.__schema).flatMap((t) => t?.fields.map((f) => f.name) ?? []);
    expect(live.sort()).toEqual([...OPERATIONS.keys()].sort());
  });

  for (const [name, entry] of Object.entries(MATRIX)) {
    describe(name, () => {
      for (const role of MATRIX_ROLES) {
        const allowed = entry.allowed.includes(role);
        it(`${allowed ? 'allows' : 'refuses'} ${role}`, async () => {
          const call = await entry.sample(role);
          const op = operationOf(call.query);
          expect(op.field, 'the sample runs the operation it is listed under').toBe(name);
          expect(op.kind, 'the sample uses the operation type of the schema').toBe(OPERATIONS.get(name));
          const token = call.token !== undefined ? call.token : tokenOf(role);
          if (op.kind === 'subscription') return runSubscription(entry, role, allowed, call, token);

          const before = op.kind === 'mutation' && !allowed ? await fingerprint(kit) : undefined;
          const res = await kit.gql(token, call.query, call.variables);
          if (allowed) {
            expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
            expect(codeOf(res)).toBe('OK');
            await entry.check?.(role, res.data!, call);
            return;
          }
          const code = codeOf(res);
          if (role === 'ANONYMOUS') expect(code).toBe('UNAUTHENTICATED');
          else
            expect(
              ['FORBIDDEN', 'NOT_FOUND'],
              `${name} as ${role} answered ${JSON.stringify(res)}`,
            ).toContain(code);
          // A nullable root field (roster) answers { field: null } beside its error: nothing either way.
          expect(res.data?.[name] ?? null).toBeNull();
          if (before) expect(await fingerprint(kit), 'a refused mutation wrote nothing').toEqual(before);
        });
      }
    });
  }
});

async function runSubscription(
  entry: Entry,
  role: MatrixRole,
  allowed: boolean,
  call: Call,
  token: string | null,
) {
  const client = kit.ws(token);
  try {
    if (!allowed) {
      // Refused at once: the error (or the socket's close) ends the wait.
      const sub = collect<Record<string, unknown>>(client, call.query, call.variables);
      await sub.waitFor(1, 5000);
      sub.dispose();
      expect(sub.errors.length, `${role} should be refused`).toBeGreaterThan(0);
      const code = subscriptionErrorCode(sub.errors[0]);
      // Anonymous sockets are closed at connection_init (4403); signed-in callers get an error.
      if (role === 'ANONYMOUS') expect(code).toBe('CLOSE_4403');
      else expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code);
      expect(sub.events).toEqual([]);
      return;
    }
    // Allowed: the server registers it (a refusal would reject here), then the trigger's event arrives.
    const topicId = entry.topicId?.(role) ?? co.id;
    const sub = await kit.subscribe<Record<string, unknown>>(client, topicId, call.query, call.variables);
    try {
      expect(sub.errors, JSON.stringify(sub.errors)).toEqual([]);
      if (entry.trigger) {
        await entry.trigger();
        const events = await sub.waitFor(1, 5000);
        expect(sub.errors).toEqual([]);
        expect(events.length).toBeGreaterThan(0);
        await entry.check?.(role, events[0]!, call);
      }
    } finally {
      sub.dispose();
    }
  } finally {
    await client.dispose();
  }
}

describe('scopes and field-level rules', () => {
  it('scoped roles get NOT_FOUND for an estate outside their scope', async () => {
    const outside = co.estates[2]!.id; // region 1, not estates[0]
    for (const role of [...ESTATE_SCOPED, 'HQ_VIEWER_REGION'] as const) {
      const res = await kit.gql(tokenOf(role), `query($id: ID!) { estate(id: $id) { id } }`, { id: outside });
      expect(codeOf(res), role).toBe('NOT_FOUND');
    }
    for (const role of ['COMPANY_ADMIN', 'QUALITY_AUDITOR', 'HQ_VIEWER'] as const) {
      const res = await kit.gql(tokenOf(role), `query($id: ID!) { estate(id: $id) { id } }`, { id: outside });
      expect(codeOf(res), role).toBe('OK');
    }
  });

  it('a quality auditor lists users without the email and phone of others; the admin sees them', async () => {
    const LIST = `query { users(first: 100) { edges { node { id email phone } } } }`;
    type Nodes = { users: { edges: { node: { id: string; email: string | null; phone: string | null } }[] } };
    const auditor = users.QUALITY_AUDITOR;
    const asAuditor = await kit.gql<Nodes>(auditor.token, LIST);
    expect(codeOf(asAuditor)).toBe('OK');
    const seen = asAuditor.data!.users.edges.map((e) => e.node);
    const others = seen.filter((n) => n.id !== auditor.id);
    expect(others.length).toBeGreaterThan(3);
    expect(others.every((n) => n.email === null && n.phone === null)).toBe(true);
    // Their own personal data is theirs to see.
    expect(seen.find((n) => n.id === auditor.id)).toMatchObject({ email: auditor.email });

    const asAdmin = await kit.gql<Nodes>(users.COMPANY_ADMIN.token, LIST);
    expect(codeOf(asAdmin)).toBe('OK');
    const byId = new Map(asAdmin.data!.users.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(users.ESTATE_MANAGER.id)).toMatchObject({
      email: users.ESTATE_MANAGER.email,
      phone: '13800000000',
    });
    expect(byId.get(auditor.id)).toMatchObject({ email: auditor.email });
    expect([...byId.values()].every((n) => n.email !== null)).toBe(true);
  });

  it('users carry their standing in the company: ACTIVE, INVITED or DEACTIVATED', async () => {
    // setMemberships refuses DEACTIVATED users, so a wrong standing locks the admin out of every user.
    const invited = invitations.get('COMMITTEE_MEMBER')!.userId; // redeemed only if the matrix ran first
    const gone = await co.user('ESTATE_STAFF');
    await adminGql(`mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { id } }`, {
      input: { userId: gone.id },
    });
    const res = await kit.gql<{ users: { edges: { node: { id: string; status: string } }[] } }>(
      users.COMPANY_ADMIN.token,
      `query { users(first: 100) { edges { node { id status } } } }`,
    );
    const status = new Map(res.data!.users.edges.map((e) => [e.node.id, e.node.status]));
    expect(status.get(users.ESTATE_MANAGER.id)).toBe('ACTIVE');
    expect(status.get(users.COMPANY_ADMIN.id)).toBe('ACTIVE');
    expect(status.get(gone.id)).toBe('DEACTIVATED');
    const [row] = await kit.database.raw<{ pending: boolean }>(
      'select password_hash is null as pending from users where id = $1',
      [invited],
    );
    expect(status.get(invited)).toBe(row!.pending ? 'INVITED' : 'ACTIVE');
  });

  it('an HQ viewer of one region hears only of estates in that region', async () => {
    const client = kit.ws(users.HQ_VIEWER_REGION.token);
    const sub = await kit.subscribe<{ estateChanged: { estate: { id: string } } }>(
      client,
      co.id,
      `subscription { estateChanged { kind estate { id } } }`,
    );
    const update = async (id: string, address: string) =>
      kit.gql(
        users.COMPANY_ADMIN.token,
        `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id } }`,
        { input: { id, version: await versionOf(kit, 'estates', id), address } },
      );
    const other = co.estates[2]!.id; // region 1
    const mine = co.estates[1]!.id; // region 0
    await update(other, '南区 1 号');
    // The sentinel: a change in the viewer's own region, published after the other region's.
    await update(mine, '东区 1 号');
    await sub.until((e) => e.estateChanged.estate.id === mine);
    expect(sub.events.map((e) => e.estateChanged.estate.id)).toEqual([mine]);
    sub.dispose();
    await client.dispose();
  });
});
