/**
 * Tenant isolation through every ID argument (ARCHITECTURE.md, "Tests"): the ID arguments are
 * read from the schema (top-level and nested in inputs, lists included), and each one has a case
 * below building a valid call. The call is made as every role of company A with an object of
 * company B at that path: A gets NOT_FOUND or BAD_USER_INPUT (or FORBIDDEN, for a role that may
 * not call it at all), never B's data, and B's rows stay exactly as they were. A new operation
 * with an ID argument fails the coverage test until it has a case here.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  collect,
  type GqlResult,
  startTestKit,
  type TestCompany,
  type TestKit,
  type TestUser,
} from './kit.js';
import {
  COMPANY_ROLES,
  idArgumentPaths,
  loadSchema,
  operationOf,
  SIGNED_IN_ROLES,
  type SignedInRole,
  sleep,
  unique,
  usersByRole,
} from './schema-roles.js';

interface Call {
  query: string;
  variables: Record<string, unknown>;
}

type IdKind = 'region' | 'estate' | 'user';

interface IdCase {
  kind: IdKind;
  /** A list filter: an empty answer says nothing about B, so it is as good as NOT_FOUND. */
  filter?: { empty(data: Record<string, unknown>): boolean };
  /** The control call consumes its object of A (archive, deactivate): make a fresh one each time. */
  fresh?: boolean;
  /** A valid call with `id` at the path under test and objects of A everywhere else. */
  call(id: string): Call | Promise<Call>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let kit: TestKit;
let A: TestCompany;
let B: TestCompany;
let aUsers: Record<SignedInRole, TestUser>;
let bAdmin: TestUser;
let bStaff: TestUser;
/** A member of A whose roles the admin replaces. */
let aTarget: TestUser;
/** An estate of A the admin moves between regions. */
let aMovable: string;
/** Every id, name, code and email of B: none may appear in an answer to A. */
let bSecrets: string[];

async function versionOf(table: 'regions' | 'estates', id: string): Promise<number> {
  if (!UUID.test(id)) return 1;
  const [row] = await kit.database.raw<{ version: number }>(`select version from ${table} where id = $1`, [
    id,
  ]);
  return row?.version ?? 1;
}

async function adminOfA<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await kit.gql<T>(aUsers.COMPANY_ADMIN.token, query, variables);
  if (codeOf(res as GqlResult) !== 'OK') throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

const newEstateOfA = async () =>
  (
    await adminOfA<{ createEstate: { id: string } }>(
      `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id } }`,
      { input: { name: `隔离苑 ${unique()}`, code: `ISO-${unique()}`, type: 'RESIDENTIAL' } },
    )
  ).createEstate.id;

const newRegionOfA = async () =>
  (
    await adminOfA<{ createRegion: { id: string } }>(
      `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }`,
      { input: { name: `隔离区 ${unique()}`, code: `ISR-${unique()}` } },
    )
  ).createRegion.id;

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email memberships { regionId estateIds } } invitationToken } }`;
const SET_MEMBERSHIPS = `mutation($input: SetMembershipsInput!) { setMemberships(input: $input) { id email memberships { regionId estateIds region { id name } estates { id name } } } }`;
const ESTATE_FIELDS = `id name code regionId version archivedAt region { id name code }`;

const createUser = (memberships: unknown[]): Call => ({
  query: CREATE_USER,
  variables: {
    input: { email: `iso-${unique()}@${A.slug}.test`, name: '隔离测试', memberships },
  },
});

/** How to make a valid call for each ID argument path of the schema. */
const CASES: Record<string, IdCase> = {
  'Query.estate(id)': {
    kind: 'estate',
    call: (id) => ({ query: `query($id: ID!) { estate(id: $id) { ${ESTATE_FIELDS} } }`, variables: { id } }),
  },
  'Query.estates(filter.regionId)': {
    kind: 'region',
    filter: { empty: (d) => (d.estates as { totalCount: number }).totalCount === 0 },
    call: (id) => ({
      query: `query($filter: EstateFilter) { estates(filter: $filter) { totalCount edges { node { id name code regionId region { id name } } } } }`,
      variables: { filter: { regionId: id, includeArchived: true } },
    }),
  },
  'Mutation.createUser(input.memberships[].regionId)': {
    kind: 'region',
    call: (id) => createUser([{ role: 'HQ_VIEWER', regionId: id }]),
  },
  'Mutation.createUser(input.memberships[].estateIds[])': {
    kind: 'estate',
    // B's estate listed after one of A's: each element is checked, not only the first.
    call: (id) => createUser([{ role: 'ESTATE_MANAGER', estateIds: [A.estates[0]!.id, id] }]),
  },
  'Mutation.setMemberships(input.userId)': {
    kind: 'user',
    call: (id) => ({
      query: SET_MEMBERSHIPS,
      variables: {
        input: { userId: id, memberships: [{ role: 'ESTATE_STAFF', estateIds: [A.estates[0]!.id] }] },
      },
    }),
  },
  'Mutation.setMemberships(input.memberships[].regionId)': {
    kind: 'region',
    call: (id) => ({
      query: SET_MEMBERSHIPS,
      variables: { input: { userId: aTarget.id, memberships: [{ role: 'HQ_VIEWER', regionId: id }] } },
    }),
  },
  'Mutation.setMemberships(input.memberships[].estateIds[])': {
    kind: 'estate',
    call: (id) => ({
      query: SET_MEMBERSHIPS,
      variables: {
        input: {
          userId: aTarget.id,
          memberships: [{ role: 'ESTATE_MANAGER', estateIds: [A.estates[0]!.id, id] }],
        },
      },
    }),
  },
  'Mutation.deactivateUser(input.userId)': {
    kind: 'user',
    fresh: true,
    call: (id) => ({
      query: `mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { id email name status } }`,
      variables: { input: { userId: id } },
    }),
  },
  'Mutation.createEstate(input.regionId)': {
    kind: 'region',
    call: (id) => ({
      query: `mutation($input: CreateEstateInput!) { createEstate(input: $input) { ${ESTATE_FIELDS} } }`,
      variables: {
        input: { name: `越界苑 ${unique()}`, code: `X-${unique()}`, type: 'OFFICE', regionId: id },
      },
    }),
  },
  'Mutation.updateEstate(input.regionId)': {
    kind: 'region',
    call: async (id) => ({
      query: `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { ${ESTATE_FIELDS} } }`,
      variables: { input: { id: aMovable, version: await versionOf('estates', aMovable), regionId: id } },
    }),
  },
  'Mutation.updateEstate(input.id)': {
    kind: 'estate',
    call: async (id) => ({
      query: `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { ${ESTATE_FIELDS} } }`,
      variables: { input: { id, version: await versionOf('estates', id), name: `被改 ${unique()}` } },
    }),
  },
  'Mutation.archiveEstate(input.id)': {
    kind: 'estate',
    fresh: true,
    call: async (id) => ({
      query: `mutation($input: ArchiveInput!) { archiveEstate(input: $input) { ${ESTATE_FIELDS} } }`,
      variables: { input: { id, version: await versionOf('estates', id) } },
    }),
  },
  'Mutation.updateRegion(input.id)': {
    kind: 'region',
    call: async (id) => ({
      query: `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { id name code version } }`,
      variables: { input: { id, version: await versionOf('regions', id), name: `被改 ${unique()}` } },
    }),
  },
  'Mutation.archiveRegion(input.id)': {
    kind: 'region',
    fresh: true,
    call: async (id) => ({
      query: `mutation($input: ArchiveInput!) { archiveRegion(input: $input) { id name code archivedAt } }`,
      variables: { input: { id, version: await versionOf('regions', id) } },
    }),
  },
  // Run by the subscription test below, which needs B to publish while A listens.
  'Subscription.estateChanged(regionId)': {
    kind: 'region',
    filter: { empty: () => true },
    call: (id) => ({
      query: `subscription($regionId: ID) { estateChanged(regionId: $regionId) { kind estate { ${ESTATE_FIELDS} } } }`,
      variables: { regionId: id },
    }),
  },
};

const idOfB = (kind: IdKind): string =>
  kind === 'region' ? B.regions[0]!.id : kind === 'estate' ? B.estates[0]!.id : bStaff.id;

async function idOfA(kind: IdKind, fresh: boolean): Promise<string> {
  if (kind === 'region') return fresh ? newRegionOfA() : A.regions[1]!.id;
  if (kind === 'estate') return fresh ? newEstateOfA() : A.estates[1]!.id;
  return fresh ? (await A.user('ESTATE_STAFF')).id : aTarget.id;
}

/** B's rows in every tenant table, its members and its sessions, as JSON text. */
async function snapshotOfB(): Promise<unknown> {
  const agg = (table: string, order: string) =>
    `(select coalesce(json_agg(x order by ${order}), '[]'::json) from ${table} x where x.company_id = $1)`;
  const [row] = await kit.database.raw<{ snap: string }>(
    `select json_build_object(
       'company', (select row_to_json(c) from companies c where c.id = $1),
       'regions', ${agg('regions', 'x.id')},
       'estates', ${agg('estates', 'x.id')},
       'memberships', ${agg('memberships', 'x.id')},
       'membership_estates', ${agg('membership_estates', 'x.membership_id, x.estate_id')},
       'sessions', ${agg('sessions', 'x.id')},
       'audit_log', ${agg('audit_log', 'x.id')},
       'idempotency_keys', ${agg('idempotency_keys', 'x.key')},
       'users', (select coalesce(json_agg(u order by u.id), '[]'::json) from users u
                 where u.id in (select user_id from memberships where company_id = $1))
     )::text as snap`,
    [B.id],
  );
  return JSON.parse(row!.snap);
}

/** What an answer says, without the request-specific parts (stack traces, locations). */
function shapeOf(res: GqlResult) {
  const error = res.errors?.[0];
  return {
    code: codeOf(res),
    message: error?.message,
    fields: error?.extensions?.fields?.map((f) => ({ path: f.path, reason: f.reason })),
    data: res.data ?? null,
  };
}

/** B's values that show up in an answer to A (the id A sent itself is not a leak). */
function leaksOf(res: unknown, sent: readonly string[]): string[] {
  const text = JSON.stringify(res);
  return bSecrets.filter((s) => !sent.includes(s) && text.includes(s));
}

async function loadSecretsOfB(): Promise<string[]> {
  const rows = await kit.database.raw<{ v: string }>(
    `select v from (
       select id::text as v from companies where id = $1 union all select slug from companies where id = $1
       union all select name from companies where id = $1
       union all select id::text from regions where company_id = $1 union all select name from regions where company_id = $1
       union all select code from regions where company_id = $1
       union all select id::text from estates where company_id = $1 union all select name from estates where company_id = $1
       union all select code from estates where company_id = $1
       union all select id::text from memberships where company_id = $1
       union all select u.id::text from users u join memberships m on m.user_id = u.id and m.company_id = $1
       union all select u.email from users u join memberships m on m.user_id = u.id and m.company_id = $1
       union all select u.name from users u join memberships m on m.user_id = u.id and m.company_id = $1
     ) s where length(v) >= 6`,
    [B.id],
  );
  return [...new Set(rows.map((r) => r.v))];
}

beforeAll(async () => {
  kit = await startTestKit();
  [A, B] = await Promise.all([kit.company(), kit.company()]);
  [aUsers, bAdmin, bStaff, aTarget] = await Promise.all([
    usersByRole(kit, A),
    B.user('COMPANY_ADMIN'),
    B.user('ESTATE_STAFF'),
    A.user('ESTATE_STAFF'),
  ]);
  // B also has a region-scoped viewer and a manager of two estates, so every table has rows.
  await Promise.all([
    B.user('HQ_VIEWER', { regionId: B.regions[1]!.id }),
    B.user('ESTATE_MANAGER', { estateIds: [B.estates[0]!.id, B.estates[2]!.id] }),
  ]);
  aMovable = await newEstateOfA();
  bSecrets = await loadSecretsOfB();
});
afterAll(() => kit?.close());

describe('cross-company isolation through ID arguments', () => {
  it('has a case for every ID argument of the schema (top-level and nested in inputs)', () => {
    const paths = idArgumentPaths(loadSchema());
    const missing = paths.filter((p) => !(p in CASES));
    const stale = Object.keys(CASES).filter((p) => !paths.includes(p));
    expect({ missing, stale }, 'add a case to CASES for each new ID argument').toEqual({
      missing: [],
      stale: [],
    });
  });

  for (const [path, idCase] of Object.entries(CASES)) {
    if (path.startsWith('Subscription.')) continue;
    describe(path, () => {
      for (const role of SIGNED_IN_ROLES) {
        it(`${role} of A gets nothing of B`, async () => {
          const bId = idOfB(idCase.kind);
          const call = await idCase.call(bId);
          const { field } = operationOf(call.query);
          const before = await snapshotOfB();
          const res = await kit.gql(aUsers[role].token, call.query, call.variables);
          const code = codeOf(res);
          const refusals =
            role === 'COMPANY_ADMIN'
              ? ['NOT_FOUND', 'BAD_USER_INPUT']
              : ['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN'];
          const detail = `${path} as ${role}: ${JSON.stringify(res)}`;
          if (idCase.filter && code === 'OK') {
            expect(idCase.filter.empty(res.data!), detail).toBe(true);
          } else {
            expect(refusals, detail).toContain(code);
            expect(res.data?.[field] ?? null, detail).toBeNull();
          }
          expect(leaksOf(res, [bId]), detail).toEqual([]);
          expect(await snapshotOfB(), `${path} as ${role} changed B`).toEqual(before);
          // No hint that B's object exists: the answer is the one an id that exists nowhere gets.
          const nowhere = await idCase.call(randomUUID());
          const probe = await kit.gql(aUsers[role].token, nowhere.query, nowhere.variables);
          expect(shapeOf(res), detail).toEqual(shapeOf(probe));
        });
      }

      it("control: the same call with an id of A succeeds for A's admin", async () => {
        const call = await idCase.call(await idOfA(idCase.kind, idCase.fresh ?? false));
        const res = await kit.gql(aUsers.COMPANY_ADMIN.token, call.query, call.variables);
        expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
        if (idCase.filter) expect(idCase.filter.empty(res.data!)).toBe(false);
      });
    });
  }

  it('an unknown or malformed id is NOT_FOUND or BAD_USER_INPUT, never a server error', async () => {
    const offenders: string[] = [];
    for (const [path, idCase] of Object.entries(CASES)) {
      if (path.startsWith('Subscription.')) continue;
      for (const id of [randomUUID(), 'not-a-uuid']) {
        const call = await idCase.call(id);
        const res = await kit.gql(aUsers.COMPANY_ADMIN.token, call.query, call.variables);
        const code = codeOf(res);
        const fine = code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' || (idCase.filter && code === 'OK');
        if (!fine)
          offenders.push(`${path} with ${id === 'not-a-uuid' ? 'a malformed' : 'an unknown'} id: ${code}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("A cannot take over B's user by email: createUser with it is CONFLICT and B is untouched", async () => {
    const before = await snapshotOfB();
    const res = await kit.gql(aUsers.COMPANY_ADMIN.token, CREATE_USER, {
      input: {
        email: bStaff.email,
        name: '冒名',
        memberships: [{ role: 'ESTATE_STAFF', estateIds: [A.estates[0]!.id] }],
      },
    });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(leaksOf(res, [bStaff.email])).toEqual([]);
    expect(await snapshotOfB()).toEqual(before);
    const memberships = await kit.database.raw(
      'select 1 from memberships where user_id = $1 and company_id = $2',
      [bStaff.id, A.id],
    );
    expect(memberships).toHaveLength(0);
  });

  it("searching A's users for B's email or name finds nothing", async () => {
    for (const search of [bStaff.email, bAdmin.email]) {
      const res = await kit.gql<{ users: { totalCount: number } }>(
        aUsers.COMPANY_ADMIN.token,
        `query($filter: UserFilter) { users(filter: $filter) { totalCount edges { node { id email name } } } }`,
        { filter: { search } },
      );
      expect(codeOf(res)).toBe('OK');
      expect(res.data!.users.totalCount).toBe(0);
      expect(leaksOf(res, [search])).toEqual([]);
    }
  });
});

describe('cross-company isolation of subscriptions', () => {
  it("a subscriber of A never receives B's estate events, even filtering on B's region", async () => {
    const sample = CASES['Subscription.estateChanged(regionId)']!;
    const bRegion = B.regions[0]!.id;
    const call = await sample.call(bRegion);
    const onBRegion = COMPANY_ROLES.map((role) => ({
      role,
      client: kit.ws(aUsers[role].token),
    })).map(({ role, client }) => ({ role, client, sub: collect(client, call.query, call.variables) }));
    const aClient = kit.ws(aUsers.COMPANY_ADMIN.token);
    const unfiltered = collect(aClient, call.query, {});
    // Control: B's own admin, on the same region, does hear the events.
    const bClient = kit.ws(bAdmin.token);
    const control = collect(bClient, call.query, call.variables);
    await sleep(400);

    const id = B.estates[0]!.id; // in B's region 0
    const update = await kit.gql(
      bAdmin.token,
      `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id } }`,
      { input: { id, version: await versionOf('estates', id), address: `乙方路 ${unique()} 号` } },
    );
    expect(codeOf(update)).toBe('OK');
    const created = await kit.gql(
      bAdmin.token,
      `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id } }`,
      { input: { name: `乙方新苑 ${unique()}`, code: `BN-${unique()}`, type: 'OFFICE', regionId: bRegion } },
    );
    expect(codeOf(created)).toBe('OK');
    expect(await control.waitFor(2)).toHaveLength(2);
    await sleep(400);

    for (const { role, sub } of onBRegion) {
      expect(sub.events, `${role} of A received B's event`).toEqual([]);
      expect(sub.errors, role).toEqual([]);
    }
    expect(unfiltered.events).toEqual([]);

    // And A's own events still arrive on the same kind of subscription (the test is not vacuous).
    const aRegion = A.regions[0]!.id;
    const mine = collect(aClient, call.query, { regionId: aRegion });
    await sleep(300);
    const aEstate = A.estates[0]!.id;
    await adminOfA(`mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id } }`, {
      input: { id: aEstate, version: await versionOf('estates', aEstate), address: `甲方路 ${unique()} 号` },
    });
    expect(await mine.waitFor(1)).toHaveLength(1);
    expect(await unfiltered.waitFor(1)).toHaveLength(1);
    for (const { sub } of onBRegion) expect(sub.events).toEqual([]);
    expect(
      leaksOf([...onBRegion.map((s) => s.sub.events), unfiltered.events, mine.events], [bRegion]),
    ).toEqual([]);

    for (const s of [...onBRegion.map((x) => x.sub), unfiltered, control, mine]) s.dispose();
    await Promise.all([...onBRegion.map((x) => x.client), aClient, bClient].map((c) => c.dispose()));
  });
});
