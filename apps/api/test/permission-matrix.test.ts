/**
 * The permission matrix (ARCHITECTURE.md, "Tests"): every query, mutation and subscription of the
 * schema with the roles allowed to use it and a runnable sample. A new operation fails the first
 * test until it is added here; every operation is then run as every role: allowed roles succeed,
 * refused ones get UNAUTHENTICATED (anonymous) or FORBIDDEN / NOT_FOUND and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  collect,
  type GqlResult,
  startTestKit,
  TEST_PASSWORD,
  type TestCompany,
  type TestKit,
} from './kit.js';
import {
  COMPANY_ROLES,
  fingerprint,
  loadSchema,
  MATRIX_ROLES,
  type MatrixRole,
  newUserOf,
  operationOf,
  SIGNED_IN_ROLES,
  type SignedInRole,
  schemaOperations,
  sleep,
  subscriptionErrorCode,
  unique,
  usersByRole,
  versionOf,
} from './schema-roles.js';

interface Call {
  query: string;
  variables?: Record<string, unknown>;
  /** Overrides the role's token (logout signs out a throwaway session of the role). */
  token?: string | null;
}

interface Entry {
  allowed: readonly MatrixRole[];
  /** A runnable call as `role`; roles that will succeed get fresh targets where the call consumes one. */
  sample(role: MatrixRole): Call | Promise<Call>;
  /** Extra assertions on an allowed role's answer. */
  check?(role: MatrixRole, data: Record<string, unknown>, call: Call): void | Promise<void>;
  /** Subscriptions: causes an event every allowed subscriber should receive. */
  trigger?(): Promise<void>;
}

/** The operations of the committed schema, by name. */
const OPERATIONS = schemaOperations(loadSchema());
const ANYONE = MATRIX_ROLES;
const ADMIN_ONLY = ['COMPANY_ADMIN'] as const;
const ESTATE_SCOPED: readonly MatrixRole[] = ['ESTATE_MANAGER', 'ESTATE_STAFF', 'COMMITTEE_MEMBER'];

let kit: TestKit;
let co: TestCompany;
let users: Record<SignedInRole, Awaited<ReturnType<typeof newUserOf>>>;
/** A staff member whose roles refused callers try to change (admin calls change them for real). */
let victim: Awaited<ReturnType<typeof newUserOf>>;
/** Signs in through `login`. */
let loginUser: Awaited<ReturnType<typeof newUserOf>>;
/** One invitation code per role, each redeemed once through `acceptInvitation`. */
const invitations = new Map<MatrixRole, { token: string; userId: string }>();
/** An estate of region 0 that the admin renames (estates[0] stays as the kit made it). */
let spareEstateId: string;

const tokenOf = (role: MatrixRole): string | null => (role === 'ANONYMOUS' ? null : users[role].token);

async function adminGql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) {
  const res = await kit.gql<T>(users.COMPANY_ADMIN.token, query, variables);
  if (codeOf(res as GqlResult) !== 'OK') throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

const CREATE_ESTATE = `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id version } }`;
const CREATE_REGION = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id version } }`;

async function freshEstate(): Promise<string> {
  const data = await adminGql<{ createEstate: { id: string } }>(CREATE_ESTATE, {
    input: {
      name: `矩阵苑 ${unique()}`,
      code: `MX-${unique()}`,
      type: 'RESIDENTIAL',
      regionId: co.regions[0]!.id,
    },
  });
  return data.createEstate.id;
}

async function freshRegion(): Promise<string> {
  const data = await adminGql<{ createRegion: { id: string } }>(CREATE_REGION, {
    input: { name: `矩阵区 ${unique()}`, code: `MR-${unique()}` },
  });
  return data.createRegion.id;
}

const ids = (conn: unknown) => (conn as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);

const MATRIX: Record<string, Entry> = {
  // ---- queries ----
  me: {
    allowed: SIGNED_IN_ROLES,
    sample: () => ({ query: `query { me { id email platformAdmin memberships { role scopeKind } } }` }),
    check: (role, data) => {
      const u = users[role as SignedInRole];
      expect(data.me).toMatchObject({ id: u.id, email: u.email, platformAdmin: role === 'PLATFORM_ADMIN' });
    },
  },
  users: {
    allowed: ['COMPANY_ADMIN', 'QUALITY_AUDITOR'],
    sample: () => ({ query: `query { users(first: 100) { totalCount edges { node { id name email } } } }` }),
    check: (role, data) => expect(ids(data.users)).toContain(users[role as SignedInRole].id),
  },
  company: {
    allowed: COMPANY_ROLES,
    sample: () => ({ query: `query { company { id name slug } }` }),
    check: (_role, data) => expect(data.company).toMatchObject({ id: co.id, slug: co.slug }),
  },
  companies: {
    allowed: ['PLATFORM_ADMIN'],
    sample: () => ({ query: `query { companies(first: 100) { totalCount edges { node { id slug } } } }` }),
    check: (_role, data) => expect(ids(data.companies)).toContain(co.id),
  },
  estates: {
    allowed: COMPANY_ROLES,
    sample: () => ({
      query: `query { estates(first: 100) { totalCount edges { node { id regionId } } } }`,
    }),
    check: (role, data) => {
      const nodes = (
        data.estates as { edges: { node: { id: string; regionId: string | null } }[] }
      ).edges.map((e) => e.node);
      const seen = nodes.map((n) => n.id);
      const [e0, e1, e2] = co.estates.map((e) => e.id);
      if (ESTATE_SCOPED.includes(role)) expect(seen).toEqual([e0]);
      else if (role === 'HQ_VIEWER_REGION') {
        expect(seen).toEqual(expect.arrayContaining([e0, e1]));
        expect(nodes.every((n) => n.regionId === co.regions[0]!.id)).toBe(true);
      } else expect(seen).toEqual(expect.arrayContaining([e0, e1, e2]));
    },
  },
  estate: {
    allowed: COMPANY_ROLES,
    // estates[0] is in every scoped role's scope (and in region 0).
    sample: () => ({
      query: `query($id: ID!) { estate(id: $id) { id name } }`,
      variables: { id: co.estates[0]!.id },
    }),
    check: (_role, data) => expect(data.estate).toMatchObject({ id: co.estates[0]!.id }),
  },
  regions: {
    allowed: ['COMPANY_ADMIN', 'QUALITY_AUDITOR', 'HQ_VIEWER', 'HQ_VIEWER_REGION', 'ESTATE_MANAGER'],
    sample: () => ({ query: `query { regions { id code } }` }),
    check: (role, data) => {
      const seen = (data.regions as { id: string }[]).map((r) => r.id);
      if (role === 'HQ_VIEWER_REGION') expect(seen).toEqual([co.regions[0]!.id]);
      else expect(seen).toEqual(expect.arrayContaining(co.regions.map((r) => r.id)));
    },
  },

  // ---- users ----
  createUser: {
    allowed: ADMIN_ONLY,
    sample: () => ({
      query: `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email } invitationToken } }`,
      variables: {
        input: {
          email: `matrix-${unique()}@${co.slug}.test`,
          name: '矩阵用户',
          memberships: [{ role: 'ESTATE_STAFF', estateIds: [co.estates[0]!.id] }],
        },
      },
    }),
    check: async (_role, data, call) => {
      const email = (call.variables!.input as { email: string }).email;
      const rows = await kit.database.raw('select id from users where email = $1', [email]);
      expect(rows).toHaveLength(1);
      expect((data.createUser as { invitationToken: string | null }).invitationToken).toBeTruthy();
    },
  },
  setMemberships: {
    allowed: ADMIN_ONLY,
    sample: () => ({
      query: `mutation($input: SetMembershipsInput!) { setMemberships(input: $input) { id memberships { role estateIds } } }`,
      variables: {
        input: { userId: victim.id, memberships: [{ role: 'ESTATE_STAFF', estateIds: [co.estates[1]!.id] }] },
      },
    }),
    check: (_role, data) =>
      expect(data.setMemberships).toMatchObject({
        id: victim.id,
        memberships: [{ role: 'ESTATE_STAFF', estateIds: [co.estates[1]!.id] }],
      }),
  },
  deactivateUser: {
    allowed: ADMIN_ONLY,
    sample: async (role) => ({
      query: `mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { id status } }`,
      variables: {
        input: { userId: role === 'COMPANY_ADMIN' ? (await co.user('ESTATE_STAFF')).id : victim.id },
      },
    }),
    check: (_role, data) => expect(data.deactivateUser).toMatchObject({ status: 'DEACTIVATED' }),
  },

  // ---- auth ----
  login: {
    allowed: ANYONE,
    sample: () => ({
      query: `mutation($input: LoginInput!) { login(input: $input) { token user { id } } }`,
      variables: { input: { email: loginUser.email, password: TEST_PASSWORD } },
    }),
    check: (_role, data) => expect(data.login).toMatchObject({ user: { id: loginUser.id } }),
  },
  logout: {
    allowed: SIGNED_IN_ROLES,
    sample: async (role) => ({
      query: `mutation { logout }`,
      token: role === 'ANONYMOUS' ? null : (await newUserOf(kit, co, role)).token,
    }),
    check: async (role, data, call) => {
      expect(data.logout).toBe(true);
      // The throwaway session is over; the role's own session is untouched.
      expect(codeOf(await kit.gql(call.token!, `query { me { id } }`))).toBe('UNAUTHENTICATED');
      expect(codeOf(await kit.gql(tokenOf(role), `query { me { id } }`))).toBe('OK');
    },
  },
  acceptInvitation: {
    allowed: ANYONE,
    sample: (role) => ({
      query: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id } } }`,
      variables: { input: { token: invitations.get(role)!.token, password: 'accepted-pass-1' } },
    }),
    check: (role, data) =>
      expect(data.acceptInvitation).toMatchObject({ user: { id: invitations.get(role)!.userId } }),
  },

  // ---- companies ----
  createCompany: {
    allowed: ['PLATFORM_ADMIN'],
    sample: () => {
      const tag = unique();
      return {
        query: `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id slug } }`,
        variables: {
          input: {
            name: `矩阵物业 ${tag}`,
            slug: `mx-${tag}`,
            admin: { email: `admin-${tag}@mx.test`, name: '首任管理员', password: TEST_PASSWORD },
          },
        },
      };
    },
    check: async (_role, data) => {
      const rows = await kit.database.raw('select id from companies where slug = $1', [
        (data.createCompany as { slug: string }).slug,
      ]);
      expect(rows).toHaveLength(1);
    },
  },

  // ---- estates ----
  createEstate: {
    allowed: ADMIN_ONLY,
    sample: () => ({
      query: CREATE_ESTATE,
      variables: {
        input: {
          name: `新苑 ${unique()}`,
          code: `MC-${unique()}`,
          type: 'OFFICE',
          regionId: co.regions[0]!.id,
        },
      },
    }),
  },
  updateEstate: {
    allowed: ADMIN_ONLY,
    // Refused roles aim at estates[0], which they can all read (FORBIDDEN rather than NOT_FOUND).
    sample: async (role) => {
      const id = role === 'COMPANY_ADMIN' ? spareEstateId : co.estates[0]!.id;
      return {
        query: `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id name version } }`,
        variables: { input: { id, version: await versionOf(kit, 'estates', id), name: `改名 ${unique()}` } },
      };
    },
  },
  archiveEstate: {
    allowed: ADMIN_ONLY,
    sample: async (role) => {
      const id = role === 'COMPANY_ADMIN' ? await freshEstate() : co.estates[0]!.id;
      return {
        query: `mutation($input: ArchiveInput!) { archiveEstate(input: $input) { id archivedAt } }`,
        variables: { input: { id, version: await versionOf(kit, 'estates', id) } },
      };
    },
    check: (_role, data) => expect((data.archiveEstate as { archivedAt: string }).archivedAt).toBeTruthy(),
  },

  // ---- regions ----
  createRegion: {
    allowed: ADMIN_ONLY,
    sample: () => ({
      query: CREATE_REGION,
      variables: { input: { name: `新区 ${unique()}`, code: `RC-${unique()}` } },
    }),
  },
  updateRegion: {
    allowed: ADMIN_ONLY,
    sample: async (role) => {
      const id = role === 'COMPANY_ADMIN' ? await freshRegion() : co.regions[0]!.id;
      return {
        query: `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { id name version } }`,
        variables: { input: { id, version: await versionOf(kit, 'regions', id), name: `改区 ${unique()}` } },
      };
    },
  },
  archiveRegion: {
    allowed: ADMIN_ONLY,
    sample: async (role) => {
      const id = role === 'COMPANY_ADMIN' ? await freshRegion() : co.regions[0]!.id;
      return {
        query: `mutation($input: ArchiveInput!) { archiveRegion(input: $input) { id archivedAt } }`,
        variables: { input: { id, version: await versionOf(kit, 'regions', id) } },
      };
    },
    check: (_role, data) => expect((data.archiveRegion as { archivedAt: string }).archivedAt).toBeTruthy(),
  },

  // ---- subscriptions ----
  estateChanged: {
    allowed: COMPANY_ROLES,
    sample: () => ({ query: `subscription { estateChanged { kind estate { id } } }` }),
    // estates[0] is visible to every company role, so every allowed subscriber hears of it.
    trigger: async () => {
      const id = co.estates[0]!.id;
      await adminGql(`mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id } }`, {
        input: { id, version: await versionOf(kit, 'estates', id), address: `矩阵路 ${unique()} 号` },
      });
    },
    check: (_role, data) =>
      expect(data.estateChanged).toMatchObject({ kind: 'UPDATED', estate: { id: co.estates[0]!.id } }),
  },
};

beforeAll(async () => {
  kit = await startTestKit();
  co = await kit.company();
  [users, victim, loginUser] = await Promise.all([
    usersByRole(kit, co),
    co.user('ESTATE_STAFF'),
    co.user('ESTATE_STAFF'),
  ]);
  for (const role of MATRIX_ROLES) {
    const data = await adminGql<{ createUser: { user: { id: string }; invitationToken: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } invitationToken } }`,
      {
        input: {
          email: `invited-${role.toLowerCase()}-${unique()}@${co.slug}.test`,
          name: `受邀 ${role}`,
          memberships: [{ role: 'ESTATE_STAFF', estateIds: [co.estates[0]!.id] }],
        },
      },
    );
    invitations.set(role, { token: data.createUser.invitationToken, userId: data.createUser.user.id });
  }
  spareEstateId = await freshEstate();
});
afterAll(() => kit?.close());

describe('permission matrix', () => {
  it('lists every query, mutation and subscription of the schema, and nothing else', () => {
    const operations = OPERATIONS;
    const missing = [...operations.keys()].filter((n) => !(n in MATRIX));
    const stale = Object.keys(MATRIX).filter((n) => !operations.has(n));
    expect({ missing, stale }, 'add new operations to MATRIX with their allowed roles').toEqual({
      missing: [],
      stale: [],
    });
    expect(Object.keys(MATRIX).sort()).toEqual([...operations.keys()].sort());
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
          expect(res.data ?? null).toBeNull();
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
  const sub = collect<Record<string, unknown>>(client, call.query, call.variables);
  try {
    await sub.waitFor(1, 500);
    if (!allowed) {
      expect(sub.errors.length, `${role} should be refused`).toBeGreaterThan(0);
      const code = subscriptionErrorCode(sub.errors[0]);
      // Anonymous sockets are closed at connection_init (4403); signed-in callers get an error.
      if (role === 'ANONYMOUS') expect(code).toBe('CLOSE_4403');
      else expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code);
      expect(sub.events).toEqual([]);
      return;
    }
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
    const sub = collect<{ estateChanged: { estate: { id: string } } }>(
      client,
      `subscription { estateChanged { kind estate { id } } }`,
    );
    await sleep(300);
    const other = co.estates[2]!.id; // region 1
    await kit.gql(
      users.COMPANY_ADMIN.token,
      `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id } }`,
      { input: { id: other, version: await versionOf(kit, 'estates', other), address: '南区 1 号' } },
    );
    await sleep(400);
    expect(sub.events).toEqual([]);
    // The same subscriber does hear of its own region (so the silence above means something).
    const mine = co.estates[1]!.id; // region 0
    await kit.gql(
      users.COMPANY_ADMIN.token,
      `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id } }`,
      { input: { id: mine, version: await versionOf(kit, 'estates', mine), address: '东区 1 号' } },
    );
    expect((await sub.waitFor(1)).map((e) => e.estateChanged.estate.id)).toEqual([mine]);
    sub.dispose();
    await client.dispose();
  });
});
