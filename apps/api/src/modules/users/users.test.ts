import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  type GqlResult,
  startTestKit,
  TEST_PASSWORD,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';

const MEMBERSHIP_FIELDS = `role scopeKind regionId estateIds active region { id } estates { id }`;
const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) {
  invitationToken user { id name email phone status memberships { ${MEMBERSHIP_FIELDS} } } } }`;
const SET = `mutation($input: SetMembershipsInput!) { setMemberships(input: $input) {
  id status memberships { ${MEMBERSHIP_FIELDS} } } }`;
const DEACTIVATE = `mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) {
  id status memberships { role active } } }`;
const LIST = `query($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name email phone status } } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const ESTATES = `{ estates { edges { node { id } } } }`;
const ME = `{ me { id memberships { role estateIds } } }`;

interface MembershipOut {
  role: string;
  scopeKind: string;
  regionId: string | null;
  estateIds: string[];
  active: boolean;
  region: { id: string } | null;
  estates: { id: string }[];
}
interface UserOut {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  status: string;
  memberships: MembershipOut[];
}
type ListOut = {
  users: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: UserOut }[];
  };
};

let kit: TestKit;
let co: TestCompany;
let admin: TestUser;
let other: TestCompany;

const tag = () => randomBytes(3).toString('hex');
const emailFor = (what: string, c: TestCompany = co) => `${what}-${tag()}@${c.slug}.test`;

beforeAll(async () => {
  kit = await startTestKit();
  co = await kit.company();
  admin = await co.user('COMPANY_ADMIN');
  other = await kit.company();
});
afterAll(() => kit.close());

function createUser(token: string, input: Record<string, unknown>) {
  return kit.gql<{ createUser: { invitationToken: string | null; user: UserOut } }>(token, CREATE, { input });
}

function fieldsOf(res: GqlResult): string[] {
  return (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path.join('.')}:${f.reason}`);
}

async function count(table: string, where: string, params: unknown[]): Promise<number> {
  const rows = await kit.database.raw<{ n: number }>(
    `select count(*)::int as n from ${table} where ${where}`,
    params,
  );
  return rows[0]!.n;
}

async function auditOf(subjectId: string) {
  return kit.database.raw<{
    action: string;
    actor_user_id: string;
    company_id: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }>(
    'select action, actor_user_id, company_id, before, after from change_log where subject_id = $1 order by at',
    [subjectId],
  );
}

async function signIn(email: string, password = TEST_PASSWORD) {
  const res = await kit.gql<{ login: { token: string } }>(null, LOGIN, { input: { email, password } });
  return { code: codeOf(res), token: res.data?.login.token ?? '' };
}

async function estateIdsSeenBy(token: string): Promise<string[]> {
  const res = await kit.gql<{ estates: { edges: { node: { id: string } }[] } }>(token, ESTATES);
  expect(codeOf(res)).toBe('OK');
  return res.data!.estates.edges.map((e) => e.node.id).sort();
}

const sorted = (ids: string[]) => [...ids].sort();

describe('createUser', () => {
  it('creates users with a company, a region and an estates scope, and records each', async () => {
    const auditorEmail = emailFor('auditor');
    const auditor = await createUser(admin.token, {
      email: ` ${auditorEmail.toUpperCase()} `,
      name: ' 品质 专员 ',
      phone: '021-5555 0101',
      password: 'initial-password-1',
      memberships: [{ role: 'QUALITY_AUDITOR' }],
    });
    expect(codeOf(auditor)).toBe('OK');
    expect(auditor.data!.createUser.invitationToken).toBeNull();
    expect(auditor.data!.createUser.user).toMatchObject({
      name: '品质 专员',
      email: auditorEmail,
      phone: '021-5555 0101',
      status: 'ACTIVE',
      memberships: [
        {
          role: 'QUALITY_AUDITOR',
          scopeKind: 'COMPANY',
          regionId: null,
          estateIds: [],
          active: true,
          region: null,
          estates: [],
        },
      ],
    });

    const region = co.regions[0]!;
    const viewer = await createUser(admin.token, {
      email: emailFor('viewer'),
      name: '区域经理',
      password: 'initial-password-2',
      memberships: [{ role: 'HQ_VIEWER', regionId: region.id }],
    });
    expect(codeOf(viewer)).toBe('OK');
    expect(viewer.data!.createUser.user.memberships).toEqual([
      {
        role: 'HQ_VIEWER',
        scopeKind: 'REGION',
        regionId: region.id,
        estateIds: [],
        active: true,
        region: { id: region.id },
        estates: [],
      },
    ]);

    const twoEstates = [co.estates[0]!.id, co.estates[2]!.id];
    const manager = await createUser(admin.token, {
      email: emailFor('manager'),
      name: '项目经理',
      memberships: [{ role: 'ESTATE_MANAGER', estateIds: twoEstates }],
    });
    expect(codeOf(manager)).toBe('OK');
    const m = manager.data!.createUser.user.memberships[0]!;
    expect({ ...m, estateIds: sorted(m.estateIds), estates: sorted(m.estates.map((e) => e.id)) }).toEqual({
      role: 'ESTATE_MANAGER',
      scopeKind: 'ESTATES',
      regionId: null,
      estateIds: sorted(twoEstates),
      active: true,
      region: null,
      estates: sorted(twoEstates),
    });
    expect(manager.data!.createUser.user.status).toBe('INVITED');

    // Each can sign in (or is invited) and sees exactly their scope.
    const viewerSession = await signIn(viewer.data!.createUser.user.email!, 'initial-password-2');
    expect(viewerSession.code).toBe('OK');
    expect(await estateIdsSeenBy(viewerSession.token)).toEqual(
      sorted(co.estates.filter((e) => e.regionId === region.id).map((e) => e.id)),
    );
    expect((await signIn(auditorEmail, 'initial-password-1')).code).toBe('OK');

    // One audit row per creation, by the admin, in the company, without secrets.
    for (const created of [auditor, viewer, manager]) {
      const rows = await auditOf(created.data!.createUser.user.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: 'user.create',
        actor_user_id: admin.id,
        company_id: co.id,
        before: null,
      });
      expect(JSON.stringify(rows[0]!.after)).not.toMatch(/argon2|password|invitation/i);
    }
    expect((await auditOf(manager.data!.createUser.user.id))[0]!.after).toMatchObject({
      memberships: [{ role: 'ESTATE_MANAGER', regionId: null }],
    });
  });

  it('refuses invalid input with the path of every offending field', async () => {
    const usersBefore = await count('users', 'true', []);
    const bad = (input: Record<string, unknown>) =>
      createUser(admin.token, { email: emailFor('bad'), name: '某人', ...input });

    const email = await bad({ email: 'not-an-email', memberships: [{ role: 'QUALITY_AUDITOR' }] });
    expect(codeOf(email)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(email)).toEqual(['email:INVALID']);

    const person = await bad({
      name: '  ',
      phone: 'call me',
      password: 'short',
      memberships: [{ role: 'HQ_VIEWER' }],
    });
    expect(fieldsOf(person)).toEqual(['name:REQUIRED', 'phone:INVALID', 'password:TOO_SHORT']);

    const none = await bad({ memberships: [] });
    expect(fieldsOf(none)).toEqual(['memberships:REQUIRED']);

    const scopes = await bad({
      memberships: [
        { role: 'QUALITY_AUDITOR' },
        { role: 'ESTATE_MANAGER' },
        { role: 'COMMITTEE_MEMBER', estateIds: [co.estates[0]!.id, co.estates[1]!.id] },
        { role: 'COMPANY_ADMIN', regionId: co.regions[0]!.id },
        { role: 'HQ_VIEWER', regionId: co.regions[0]!.id, estateIds: [co.estates[0]!.id] },
        { role: 'ESTATE_STAFF', estateIds: [co.estates[0]!.id, co.estates[0]!.id] },
      ],
    });
    expect(codeOf(scopes)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(scopes)).toEqual([
      'memberships.1.estateIds:REQUIRED',
      'memberships.2.estateIds:TOO_MANY',
      'memberships.3.regionId:NOT_ALLOWED',
      'memberships.4.regionId:CONFLICT',
      'memberships.5.estateIds:DUPLICATE',
    ]);

    const unknownRole = await bad({ memberships: [{ role: 'PLATFORM_ADMIN' }] });
    expect(fieldsOf(unknownRole)).toEqual(['memberships.0.role:INVALID']);

    expect(await count('users', 'true', [])).toBe(usersBefore);
  });

  it('refuses a duplicate email as CONFLICT on the email field, whatever its case', async () => {
    const email = emailFor('dup');
    const first = await createUser(admin.token, { email, name: '甲', memberships: [{ role: 'HQ_VIEWER' }] });
    expect(codeOf(first)).toBe('OK');
    for (const again of [email, email.toUpperCase()]) {
      const res = await createUser(admin.token, {
        email: again,
        name: '乙',
        memberships: [{ role: 'HQ_VIEWER' }],
      });
      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.errors![0]!.extensions!.fields![0]!.path).toEqual(['email']);
    }
    expect(await count('users', 'email = $1', [email])).toBe(1);
    expect(await count('change_log', `action = 'user.create' and after->>'email' = $1`, [email])).toBe(1);
  });

  it('refuses an estate or region of another company as bad input and writes nothing', async () => {
    const email = emailFor('cross');
    const foreignEstate = await createUser(admin.token, {
      email,
      name: '越界',
      memberships: [
        { role: 'ESTATE_MANAGER', estateIds: [co.estates[0]!.id, other.estates[0]!.id] },
        { role: 'HQ_VIEWER', regionId: other.regions[0]!.id },
      ],
    });
    expect(codeOf(foreignEstate)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(foreignEstate)).toEqual([
      'memberships.0.estateIds.1:NOT_FOUND',
      'memberships.1.regionId:NOT_FOUND',
    ]);
    expect(foreignEstate.data ?? null).toBeNull();
    expect(await count('users', 'email = $1', [email])).toBe(0);
    expect(await count('change_log', `after->>'email' = $1`, [email])).toBe(0);
    expect(await count('memberships m join users u on u.id = m.user_id', 'u.email = $1', [email])).toBe(0);
  });

  it('is refused to roles that do not manage users', async () => {
    const manager = await co.user('ESTATE_MANAGER');
    const res = await createUser(manager.token, {
      email: emailFor('nope'),
      name: '不行',
      memberships: [{ role: 'COMPANY_ADMIN' }],
    });
    expect(codeOf(res)).toBe('FORBIDDEN');
  });
});

describe('setMemberships', () => {
  it('replaces the roles, and the user’s cached session sees the new scope at once', async () => {
    const [e0, e1, e2] = co.estates.map((e) => e.id) as [string, string, string];
    const manager = await co.user('ESTATE_MANAGER', { estateIds: [e0] });
    // Warm the session cache with the old scope.
    expect(await estateIdsSeenBy(manager.token)).toEqual([e0]);

    const moved = await kit.gql<{ setMemberships: UserOut }>(admin.token, SET, {
      input: { userId: manager.id, memberships: [{ role: 'ESTATE_MANAGER', estateIds: [e2] }] },
    });
    expect(codeOf(moved)).toBe('OK');
    expect(moved.data!.setMemberships).toMatchObject({
      id: manager.id,
      status: 'ACTIVE',
      memberships: [{ role: 'ESTATE_MANAGER', scopeKind: 'ESTATES', estateIds: [e2], active: true }],
    });
    expect(await estateIdsSeenBy(manager.token)).toEqual([e2]);
    const me = await kit.gql<{ me: { memberships: { role: string; estateIds: string[] }[] } }>(
      manager.token,
      ME,
    );
    expect(me.data!.me.memberships).toEqual([{ role: 'ESTATE_MANAGER', estateIds: [e2] }]);
    const stale = await kit.gql(manager.token, `query($id: ID!) { estate(id: $id) { id } }`, { id: e0 });
    expect(codeOf(stale)).toBe('NOT_FOUND');

    // Replaced, not added to: one role now, with a wider scope and a second role.
    const widened = await kit.gql<{ setMemberships: UserOut }>(admin.token, SET, {
      input: {
        userId: manager.id,
        memberships: [{ role: 'ESTATE_MANAGER', estateIds: [e1, e2] }, { role: 'HQ_VIEWER' }],
      },
    });
    expect(codeOf(widened)).toBe('OK');
    expect(widened.data!.setMemberships.memberships.map((m) => m.role).sort()).toEqual([
      'ESTATE_MANAGER',
      'HQ_VIEWER',
    ]);
    expect(await estateIdsSeenBy(manager.token)).toEqual(sorted(co.estates.map((e) => e.id)));
    expect(await count('memberships', 'user_id = $1 and deactivated_at is null', [manager.id])).toBe(2);

    const audit = (await auditOf(manager.id)).filter((r) => r.action === 'user.setMemberships');
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      actor_user_id: admin.id,
      before: { memberships: [{ role: 'ESTATE_MANAGER', estateIds: [e0] }] },
      after: { memberships: [{ role: 'ESTATE_MANAGER', estateIds: [e2] }] },
    });
  });

  it('validates the new roles like createUser and keeps the old ones on failure', async () => {
    const staff = await co.user('ESTATE_STAFF', { estateIds: [co.estates[1]!.id] });
    const res = await kit.gql(admin.token, SET, {
      input: {
        userId: staff.id,
        memberships: [{ role: 'COMMITTEE_MEMBER', estateIds: [co.estates[0]!.id, co.estates[1]!.id] }],
      },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['memberships.0.estateIds:TOO_MANY']);
    const foreign = await kit.gql(admin.token, SET, {
      input: { userId: staff.id, memberships: [{ role: 'ESTATE_STAFF', estateIds: [other.estates[1]!.id] }] },
    });
    expect(fieldsOf(foreign)).toEqual(['memberships.0.estateIds.0:NOT_FOUND']);
    expect(await estateIdsSeenBy(staff.token)).toEqual([co.estates[1]!.id]);
    // A user of another company is not found from here.
    const stranger = await other.user('HQ_VIEWER');
    const notHere = await kit.gql(admin.token, SET, {
      input: { userId: stranger.id, memberships: [{ role: 'HQ_VIEWER' }] },
    });
    expect(codeOf(notHere)).toBe('NOT_FOUND');
  });
});

describe('deactivateUser', () => {
  it('withdraws access: sessions end at once, sign-in fails, the record stays', async () => {
    const viewer = await co.user('HQ_VIEWER');
    const session = await signIn(viewer.email);
    expect(session.code).toBe('OK');
    // Both tokens are now cached.
    expect(codeOf(await kit.gql(viewer.token, ME))).toBe('OK');
    expect(codeOf(await kit.gql(session.token, ME))).toBe('OK');

    const res = await kit.gql<{
      deactivateUser: { id: string; status: string; memberships: { role: string; active: boolean }[] };
    }>(admin.token, DEACTIVATE, { input: { userId: viewer.id } });
    expect(codeOf(res)).toBe('OK');
    expect(res.data!.deactivateUser).toEqual({
      id: viewer.id,
      status: 'DEACTIVATED',
      memberships: [{ role: 'HQ_VIEWER', active: false }],
    });
    expect(codeOf(await kit.gql(viewer.token, ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await kit.gql(session.token, ME))).toBe('UNAUTHENTICATED');
    expect((await signIn(viewer.email)).code).toBe('UNAUTHENTICATED');
    expect(await count('sessions', 'user_id = $1 and revoked_at is null', [viewer.id])).toBe(0);

    const listed = await kit.gql<ListOut>(admin.token, LIST, { filter: { status: 'DEACTIVATED' } });
    expect(listed.data!.users.edges.map((e) => e.node.id)).toContain(viewer.id);
    const again = await kit.gql(admin.token, SET, {
      input: { userId: viewer.id, memberships: [{ role: 'HQ_VIEWER' }] },
    });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0]!.extensions).toMatchObject({ reason: 'DEACTIVATED' });

    const audit = (await auditOf(viewer.id)).filter((r) => r.action === 'user.deactivate');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_user_id: admin.id,
      before: { status: 'ACTIVE' },
      after: { status: 'DEACTIVATED' },
    });
  });

  it('does not let an admin deactivate themselves', async () => {
    const res = await kit.gql(admin.token, DEACTIVATE, { input: { userId: admin.id } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['userId:SELF']);
    expect(codeOf(await kit.gql(admin.token, ME))).toBe('OK');
  });

  it('is refused to roles that do not manage users, and for users of another company', async () => {
    const target = await co.user('ESTATE_STAFF');
    const auditor = await co.user('QUALITY_AUDITOR');
    expect(codeOf(await kit.gql(auditor.token, DEACTIVATE, { input: { userId: target.id } }))).toBe(
      'FORBIDDEN',
    );
    const stranger = await other.user('ESTATE_STAFF');
    expect(codeOf(await kit.gql(admin.token, DEACTIVATE, { input: { userId: stranger.id } }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await kit.gql(stranger.token, ME))).toBe('OK');
  });
});

describe('the last company admin', () => {
  it('cannot lose the role, by a change of roles or by deactivation', async () => {
    const solo = await kit.company();
    const first = await solo.user('COMPANY_ADMIN');
    const second = await solo.user('COMPANY_ADMIN');
    // Two admins: one may give the other another role.
    const down = await kit.gql(first.token, SET, {
      input: { userId: second.id, memberships: [{ role: 'HQ_VIEWER' }] },
    });
    expect(codeOf(down)).toBe('OK');
    // Now `first` is the only one.
    const demote = await kit.gql(first.token, SET, {
      input: { userId: first.id, memberships: [{ role: 'QUALITY_AUDITOR' }] },
    });
    expect(codeOf(demote)).toBe('CONFLICT');
    expect(demote.errors![0]!.extensions).toMatchObject({ reason: 'LAST_ADMIN' });
    const third = await solo.user('COMPANY_ADMIN');
    // `third` removes `first`; then `third` is the last and cannot be demoted by anyone.
    expect(codeOf(await kit.gql(third.token, DEACTIVATE, { input: { userId: first.id } }))).toBe('OK');
    const last = await kit.gql(third.token, SET, {
      input: { userId: third.id, memberships: [{ role: 'HQ_VIEWER' }] },
    });
    expect(codeOf(last)).toBe('CONFLICT');
    expect(last.errors![0]!.extensions).toMatchObject({ reason: 'LAST_ADMIN' });
    expect(
      await count('memberships', `company_id = $1 and role = 'COMPANY_ADMIN' and deactivated_at is null`, [
        solo.id,
      ]),
    ).toBe(1);
  });

  it('survives two admins demoting each other at the same moment', async () => {
    // On PostgreSQL the two transactions really overlap; each must not count on the other.
    for (let round = 0; round < 5; round++) {
      const c = await kit.company();
      const a = await c.user('COMPANY_ADMIN');
      const b = await c.user('COMPANY_ADMIN');
      const results = await Promise.all([
        kit.gql(a.token, SET, { input: { userId: b.id, memberships: [{ role: 'HQ_VIEWER' }] } }),
        kit.gql(b.token, SET, { input: { userId: a.id, memberships: [{ role: 'HQ_VIEWER' }] } }),
      ]);
      const admins = await count(
        'memberships',
        `company_id = $1 and role = 'COMPANY_ADMIN' and deactivated_at is null`,
        [c.id],
      );
      const codes = results.map(codeOf);
      // Exactly one wins; the other is refused (LAST_ADMIN, or FORBIDDEN once it has lost the role).
      expect({ round, admins, winners: codes.filter((c) => c === 'OK').length }).toEqual({
        round,
        admins: 1,
        winners: 1,
      });
    }
  });
});

describe('users list', () => {
  let lc: TestCompany;
  let listAdmin: TestUser;
  const names = ['列表 01', '列表 02', '列表 03', '列表 04', '列表 05 100%'];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    lc = await kit.company();
    listAdmin = await lc.user('COMPANY_ADMIN');
    for (const [i, name] of names.entries()) {
      const res = await createUser(listAdmin.token, {
        email: `list-${i}-${tag()}@${lc.slug}.test`,
        name,
        phone: '13900000000',
        // The last two are invited (no password); the first is deactivated below.
        ...(i < 3 ? { password: 'list-password-1' } : {}),
        memberships:
          i % 2 === 0
            ? [{ role: 'ESTATE_STAFF', estateIds: [lc.estates[0]!.id] }]
            : [{ role: 'HQ_VIEWER', regionId: lc.regions[1]!.id }],
      });
      expect(codeOf(res)).toBe('OK');
      ids[name] = res.data!.createUser.user.id;
    }
    expect(codeOf(await kit.gql(listAdmin.token, DEACTIVATE, { input: { userId: ids['列表 01']! } }))).toBe(
      'OK',
    );
  });

  const list = (variables: Record<string, unknown>, token = listAdmin.token) =>
    kit.gql<ListOut>(token, LIST, variables);
  const namesOf = (res: GqlResult<ListOut>) => res.data!.users.edges.map((e) => e.node.name);

  it('pages by name with keyset cursors over the company’s users only', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page++) {
      const res: GqlResult<ListOut> = await list({ first: 2, after });
      expect(codeOf(res)).toBe('OK');
      total = res.data!.users.totalCount;
      seen.push(...namesOf(res));
      if (!res.data!.users.pageInfo.hasNextPage) break;
      after = res.data!.users.pageInfo.endCursor;
    }
    // The admin plus the five; nobody of other companies.
    expect(total).toBe(6);
    expect(seen).toHaveLength(6);
    expect(seen.filter((n) => n.startsWith('列表'))).toEqual(names);
    expect(codeOf(await list({ first: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await list({ first: 101 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await list({ after: 'forged' }))).toBe('BAD_USER_INPUT');
  });

  it('searches name and email, treating % and _ literally', async () => {
    expect(namesOf(await list({ filter: { search: '列表 0' } }))).toEqual(names);
    expect(namesOf(await list({ filter: { search: '100%' } }))).toEqual(['列表 05 100%']);
    expect(namesOf(await list({ filter: { search: '%' } }))).toEqual(['列表 05 100%']);
    // Only the admin has an underscore (in `company_admin-…@…`): it is not a wildcard.
    expect(namesOf(await list({ filter: { search: '_' } })).filter((n) => n.startsWith('列表'))).toEqual([]);
    expect(namesOf(await list({ filter: { search: 'LIST-3-' } }))).toEqual(['列表 04']);
    const counted = await list({ first: 1, filter: { search: '列表' } });
    expect(counted.data!.users.totalCount).toBe(5);
  });

  it('filters by status and by active role, and shows the status of each', async () => {
    const byStatus = async (status: string) => namesOf(await list({ filter: { status, search: '列表' } }));
    expect(await byStatus('DEACTIVATED')).toEqual(['列表 01']);
    expect(await byStatus('ACTIVE')).toEqual(['列表 02', '列表 03']);
    expect(await byStatus('INVITED')).toEqual(['列表 04', '列表 05 100%']);
    const all = await list({ filter: { search: '列表' } });
    expect(Object.fromEntries(all.data!.users.edges.map((e) => [e.node.name, e.node.status]))).toEqual({
      '列表 01': 'DEACTIVATED',
      '列表 02': 'ACTIVE',
      '列表 03': 'ACTIVE',
      '列表 04': 'INVITED',
      '列表 05 100%': 'INVITED',
    });
    // A deactivated user no longer holds their role.
    expect(namesOf(await list({ filter: { role: 'ESTATE_STAFF' } }))).toEqual(['列表 03', '列表 05 100%']);
    expect(namesOf(await list({ filter: { role: 'HQ_VIEWER' } }))).toEqual(['列表 02', '列表 04']);
    expect(namesOf(await list({ filter: { role: 'HQ_VIEWER', status: 'INVITED' } }))).toEqual(['列表 04']);
    expect(namesOf(await list({ filter: { role: 'COMPANY_ADMIN' } }))).toHaveLength(1);
  });

  it('hides personal data from an auditor and the list from estate roles', async () => {
    const auditor = await lc.user('QUALITY_AUDITOR');
    const res = await list({ filter: { search: '列表' } }, auditor.token);
    expect(codeOf(res)).toBe('OK');
    expect(res.data!.users.edges).toHaveLength(5);
    for (const e of res.data!.users.edges)
      expect({ email: e.node.email, phone: e.node.phone }).toEqual({ email: null, phone: null });
    const manager = await lc.user('ESTATE_MANAGER');
    expect(codeOf(await list({}, manager.token))).toBe('FORBIDDEN');
  });
});
