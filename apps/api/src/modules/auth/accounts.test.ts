/**
 * One person, several companies (issue 7, 1.11): a company that adds an address already used by
 * another company's account learns nothing about that account; the account is invited, accepts,
 * and then switches its session between its companies.
 */
import { randomBytes, randomUUID } from 'node:crypto';
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

const USER_FIELDS = `id name email phone status platformAdmin lastLoginAt createdAt
  memberships { role scopeKind regionId estateIds active }`;
const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) {
  invitationToken user { ${USER_FIELDS} } } }`;
const LIST = `query($filter: UserFilter) { users(first: 30, filter: $filter) {
  totalCount edges { node { ${USER_FIELDS} } } } }`;
const MY_COMPANIES = `{ myCompanies { id name } }`;
const MY_INVITATIONS = `{ myInvitations { id companyId companyName roles invitedAt expiresAt } }`;
const ACCEPT_IN_APP = `mutation($input: AcceptCompanyInvitationInput!) {
  acceptCompanyInvitation(input: $input) { id name } }`;
const ACCEPT_CODE = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) {
  token user { id name } } }`;
const SWITCH = `mutation($input: SwitchCompanyInput!) { switchCompany(input: $input) {
  token expiresAt user { id memberships { role } } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const DEACTIVATE = `mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { id status } }`;

type UserOut = Record<string, unknown> & { id: string; name: string; status: string };
type CreateOut = { createUser: { invitationToken: string | null; user: UserOut } };
type ListOut = { users: { totalCount: number; edges: { node: UserOut }[] } };
type Invitation = { id: string; companyId: string; companyName: string; roles: string[] };

let kit: TestKit;
/** The inviting company and its admin. */
let co: TestCompany;
let admin: TestUser;
/** The company the invited people already work for. */
let home: TestCompany;
let homeAdmin: TestUser;

const tag = () => randomBytes(3).toString('hex');

beforeAll(async () => {
  kit = await startTestKit();
  co = await kit.company();
  admin = await co.user('COMPANY_ADMIN');
  home = await kit.company();
  homeAdmin = await home.user('COMPANY_ADMIN');
});
afterAll(() => kit.close());

async function ok<T>(res: Promise<GqlResult<T>>): Promise<T> {
  const r = await res;
  if (codeOf(r as GqlResult) !== 'OK') throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

function newMember(email: string, extra: Record<string, unknown> = {}) {
  return {
    email,
    name: '王小明',
    phone: '13900000000',
    memberships: [{ role: 'ESTATE_MANAGER', estateIds: [co.estates[0]!.id] }],
    ...extra,
  };
}

/** What may differ between two answers for two different people: ids, times, the code itself. */
function comparable(payload: CreateOut['createUser']) {
  const { id, email, createdAt, ...user } = payload.user;
  return {
    invitationToken:
      payload.invitationToken === null ? null : `code of ${payload.invitationToken.length} characters`,
    user: {
      ...user,
      id: typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id) ? 'uuid' : id,
      email: typeof email === 'string' ? email.replace(/^[^@]+/, 'someone') : email,
      createdAt: typeof createdAt === 'string' ? 'time' : createdAt,
    },
  };
}

async function signIn(email: string, password = TEST_PASSWORD) {
  return (await ok(kit.gql<{ login: { token: string } }>(null, LOGIN, { input: { email, password } }))).login
    .token;
}

describe('createUser with an address that already has an account', () => {
  it('answers exactly as for a new address, with an invitation code', async () => {
    const account = await home.user('QUALITY_AUDITOR');
    const fresh = await kit.gql<CreateOut>(admin.token, CREATE, {
      input: newMember(`new-${tag()}@${home.slug}.test`),
    });
    const existing = await kit.gql<CreateOut>(admin.token, CREATE, {
      input: newMember(account.email.toUpperCase()),
    });
    expect(codeOf(fresh)).toBe('OK');
    expect(codeOf(existing)).toBe('OK');
    expect(Object.keys(existing)).toEqual(Object.keys(fresh));
    expect(comparable(existing.data!.createUser)).toEqual(comparable(fresh.data!.createUser));
    // Nothing of the account shows: the name and phone are the ones typed, it never signed in.
    expect(existing.data!.createUser.user).toMatchObject({
      id: account.id,
      email: account.email,
      name: '王小明',
      phone: '13900000000',
      status: 'INVITED',
      platformAdmin: false,
      lastLoginAt: null,
    });

    // The company's list shows both the same way; the account's own name finds nothing.
    const list = await ok(kit.gql<ListOut>(admin.token, LIST, { filter: { search: '王小明' } }));
    const shown = list.users.edges.map((e) => e.node);
    const a = shown.find((u) => u.id === account.id)!;
    const b = shown.find((u) => u.id === fresh.data!.createUser.user.id)!;
    expect(comparable({ invitationToken: null, user: a })).toEqual(
      comparable({ invitationToken: null, user: b }),
    );
    const [real] = await kit.database.raw<{ name: string }>('select name from users where id = $1', [
      account.id,
    ]);
    const byRealName = await ok(kit.gql<ListOut>(admin.token, LIST, { filter: { search: real!.name } }));
    expect(byRealName.users.totalCount).toBe(0);
  });

  it('answers exactly as for a new address when the admin sets a password, which the account never gets', async () => {
    const account = await home.user('HQ_VIEWER');
    const [before] = await kit.database.raw<{ password_hash: string }>(
      'select password_hash from users where id = $1',
      [account.id],
    );
    const fresh = await kit.gql<CreateOut>(admin.token, CREATE, {
      input: newMember(`pw-${tag()}@${home.slug}.test`, { password: 'chosen-by-admin' }),
    });
    const existing = await kit.gql<CreateOut>(admin.token, CREATE, {
      input: newMember(account.email, { password: 'chosen-by-admin' }),
    });
    expect(comparable(existing.data!.createUser)).toEqual(comparable(fresh.data!.createUser));
    expect(existing.data!.createUser).toMatchObject({ invitationToken: null, user: { status: 'ACTIVE' } });
    const [after] = await kit.database.raw<{ password_hash: string }>(
      'select password_hash from users where id = $1',
      [account.id],
    );
    expect(after!.password_hash).toBe(before!.password_hash);
    const wrong = await kit.gql(null, LOGIN, {
      input: { email: account.email, password: 'chosen-by-admin' },
    });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    // It grants nothing until accepted: signing in still lands in the home company only.
    const token = await signIn(account.email);
    expect((await ok(kit.gql<{ company: { id: string } }>(token, `{ company { id } }`))).company.id).toBe(
      home.id,
    );
    expect((await ok(kit.gql<{ myCompanies: { id: string }[] }>(token, MY_COMPANIES))).myCompanies).toEqual([
      { id: home.id, name: home.name },
    ]);
  });

  it('still refuses an address already in this company, as before', async () => {
    const member = await co.user('ESTATE_STAFF');
    const res = await kit.gql(admin.token, CREATE, { input: newMember(member.email) });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0]!.extensions!.fields![0]!.path).toEqual(['email']);
  });

  it('shows the other company nothing new', async () => {
    const account = await home.user('QUALITY_AUDITOR');
    const snapshot = async () => ({
      users: await ok(kit.gql<ListOut>(homeAdmin.token, LIST)),
      trail: await kit.database.raw('select id from change_log where company_id = $1 order by id', [home.id]),
      me: await ok(kit.gql(account.token, `{ me { id name phone memberships { role } } }`)),
    });
    const before = await snapshot();
    await ok(kit.gql<CreateOut>(admin.token, CREATE, { input: newMember(account.email) }));
    expect(await snapshot()).toEqual(before);
  });
});

describe('an invited account', () => {
  it('sees the invitation, accepts it in the app, and then works for two companies', async () => {
    const account = await home.user('QUALITY_AUDITOR');
    await ok(kit.gql<CreateOut>(admin.token, CREATE, { input: newMember(account.email) }));
    const { myInvitations } = await ok(
      kit.gql<{ myInvitations: Invitation[] }>(account.token, MY_INVITATIONS),
    );
    expect(myInvitations).toEqual([
      expect.objectContaining({ companyId: co.id, companyName: co.name, roles: ['ESTATE_MANAGER'] }),
    ]);
    // Until accepted it grants nothing.
    const early = await kit.gql(account.token, SWITCH, { input: { companyId: co.id } });
    expect(codeOf(early)).toBe('NOT_FOUND');
    // Another account cannot accept it.
    const stranger = await home.user('HQ_VIEWER');
    const stolen = await kit.gql(stranger.token, ACCEPT_IN_APP, {
      input: { invitationId: myInvitations[0]!.id },
    });
    expect(codeOf(stolen)).toBe('NOT_FOUND');

    const accepted = await ok(
      kit.gql<{ acceptCompanyInvitation: { id: string }[] }>(account.token, ACCEPT_IN_APP, {
        input: { invitationId: myInvitations[0]!.id },
      }),
    );
    expect(accepted.acceptCompanyInvitation.map((c) => c.id).sort()).toEqual([co.id, home.id].sort());
    const rows = await kit.database.raw<{ company_id: string; role: string }>(
      'select company_id, role from memberships where user_id = $1 and deactivated_at is null and invitation_id is null order by role',
      [account.id],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { company_id: co.id, role: 'ESTATE_MANAGER' },
        { company_id: home.id, role: 'QUALITY_AUDITOR' },
      ]),
    );
    expect(rows).toHaveLength(2);
    expect(
      (await ok(kit.gql<{ myInvitations: unknown[] }>(account.token, MY_INVITATIONS))).myInvitations,
    ).toEqual([]);
    // Accepted, the inviting company sees the person as they are, and its trail has both steps.
    const list = await ok(kit.gql<ListOut>(admin.token, LIST));
    expect(list.users.edges.find((e) => e.node.id === account.id)!.node.status).toBe('ACTIVE');
    const trail = await kit.database.raw<{ action: string; actor_user_id: string }>(
      `select action, actor_user_id from change_log where company_id = $1 and subject_id = $2 order by at`,
      [co.id, account.id],
    );
    expect(trail).toEqual([
      { action: 'user.create', actor_user_id: admin.id },
      { action: 'user.acceptInvitation', actor_user_id: account.id },
    ]);
    // A second acceptance finds nothing.
    const again = await kit.gql(account.token, ACCEPT_IN_APP, {
      input: { invitationId: myInvitations[0]!.id },
    });
    expect(codeOf(again)).toBe('NOT_FOUND');
  });

  it('redeems the code only with its existing password, which stays its password', async () => {
    const account = await home.user('HQ_VIEWER');
    const created = await ok(kit.gql<CreateOut>(admin.token, CREATE, { input: newMember(account.email) }));
    const code = created.createUser.invitationToken!;
    const [before] = await kit.database.raw<{ password_hash: string }>(
      'select password_hash from users where id = $1',
      [account.id],
    );
    const wrong = await kit.gql(null, ACCEPT_CODE, { input: { token: code, password: 'a-new-password' } });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ path: ['password'], reason: 'WRONG_PASSWORD' }),
    ]);
    const [failures] = await kit.database.raw<{ failures: number }>(
      'select failures from login_throttle where email = $1',
      [account.email],
    );
    expect(failures!.failures).toBe(1);

    const right = await ok(
      kit.gql<{ acceptInvitation: { token: string; user: { id: string } } }>(null, ACCEPT_CODE, {
        input: { token: code, password: TEST_PASSWORD },
      }),
    );
    expect(right.acceptInvitation.user.id).toBe(account.id);
    // Signed in to the inviting company.
    const view = await ok(
      kit.gql<{ company: { id: string } }>(right.acceptInvitation.token, `{ company { id } }`),
    );
    expect(view.company.id).toBe(co.id);
    const [after] = await kit.database.raw<{ password_hash: string }>(
      'select password_hash from users where id = $1',
      [account.id],
    );
    expect(after!.password_hash).toBe(before!.password_hash);
    const reused = await kit.gql(null, ACCEPT_CODE, { input: { token: code, password: TEST_PASSWORD } });
    expect(codeOf(reused)).toBe('NOT_FOUND');
  });

  it('loses the invitation when the company withdraws it', async () => {
    const account = await home.user('HQ_VIEWER');
    const created = await ok(kit.gql<CreateOut>(admin.token, CREATE, { input: newMember(account.email) }));
    const { myInvitations } = await ok(
      kit.gql<{ myInvitations: Invitation[] }>(account.token, MY_INVITATIONS),
    );
    await ok(kit.gql(admin.token, DEACTIVATE, { input: { userId: account.id } }));
    expect(
      (await ok(kit.gql<{ myInvitations: unknown[] }>(account.token, MY_INVITATIONS))).myInvitations,
    ).toEqual([]);
    const res = await kit.gql(account.token, ACCEPT_IN_APP, {
      input: { invitationId: myInvitations[0]!.id },
    });
    expect(codeOf(res)).toBe('NOT_FOUND');
    const code = await kit.gql(null, ACCEPT_CODE, {
      input: { token: created.createUser.invitationToken, password: TEST_PASSWORD },
    });
    expect(codeOf(code)).toBe('NOT_FOUND');
  });
});

describe('switchCompany', () => {
  async function twoCompanyPerson() {
    const account = await home.user('COMPANY_ADMIN');
    await ok(
      kit.gql<CreateOut>(admin.token, CREATE, {
        input: { ...newMember(account.email), memberships: [{ role: 'HQ_VIEWER' }] },
      }),
    );
    const { myInvitations } = await ok(
      kit.gql<{ myInvitations: Invitation[] }>(account.token, MY_INVITATIONS),
    );
    await ok(kit.gql(account.token, ACCEPT_IN_APP, { input: { invitationId: myInvitations[0]!.id } }));
    return account;
  }

  it('moves the session to the other company, where it sees only that company’s data', async () => {
    const account = await twoCompanyPerson();
    const token = await signIn(account.email);
    const QUERY = `{ company { id } estates(first: 100) { edges { node { id } } } users(first: 100) { edges { node { id } } } }`;
    type View = { company: { id: string }; estates: { edges: { node: { id: string } }[] } };
    const before = await ok(kit.gql<View>(token, QUERY));
    expect(before.company.id).toBe(home.id);

    const switched = await ok(
      kit.gql<{ switchCompany: { token: string; user: { memberships: { role: string }[] } } }>(
        token,
        SWITCH,
        {
          input: { companyId: co.id },
        },
      ),
    );
    expect(switched.switchCompany.user.memberships).toEqual([{ role: 'HQ_VIEWER' }]);
    const next = switched.switchCompany.token;
    expect(next).not.toBe(token);
    // The old token of the session stops at once.
    expect(codeOf(await kit.gql(token, `{ me { id } }`))).toBe('UNAUTHENTICATED');

    const after = await ok(
      kit.gql<View>(next, `{ company { id } estates(first: 100) { edges { node { id } } } }`),
    );
    expect(after.company.id).toBe(co.id);
    expect(after.estates.edges.map((e) => e.node.id).sort()).toEqual(co.estates.map((e) => e.id).sort());
    // HQ viewers do not manage users here, although the account administers its home company.
    expect(codeOf(await kit.gql(next, `{ users { totalCount } }`))).toBe('FORBIDDEN');
    const homeEstate = await kit.gql(next, `query($id: ID!) { estate(id: $id) { id } }`, {
      id: home.estates[0]!.id,
    });
    expect(codeOf(homeEstate)).toBe('NOT_FOUND');

    // And back again.
    const back = await ok(
      kit.gql<{ switchCompany: { token: string } }>(next, SWITCH, { input: { companyId: home.id } }),
    );
    const again = await ok(
      kit.gql<{ company: { id: string } }>(back.switchCompany.token, `{ company { id } }`),
    );
    expect(again.company.id).toBe(home.id);
  });

  it('is NOT_FOUND for a company without an active membership', async () => {
    const account = await home.user('QUALITY_AUDITOR');
    const third = await kit.company();
    for (const companyId of [co.id, third.id, randomUUID(), 'not-a-uuid']) {
      const res = await kit.gql(account.token, SWITCH, { input: { companyId } });
      expect(codeOf(res)).toBe('NOT_FOUND');
    }
    // A former membership does not count either.
    const former = await twoCompanyPerson();
    await ok(kit.gql(admin.token, DEACTIVATE, { input: { userId: former.id } }));
    expect(codeOf(await kit.gql(former.token, SWITCH, { input: { companyId: co.id } }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(null, SWITCH, { input: { companyId: co.id } }))).toBe('UNAUTHENTICATED');
  });
});
