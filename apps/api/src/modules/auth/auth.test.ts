import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  collect,
  type GqlResult,
  startTestKit,
  TEST_PASSWORD,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) {
  token expiresAt user { id email name status memberships { role scopeKind regionId estateIds } } } }`;
const ME = `{ me { id email } }`;
const LOGOUT = `mutation { logout }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { invitationToken user { id status } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) {
  token user { id email memberships { role estateIds } } } }`;
const CREATE_ESTATE = `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id } }`;
const ESTATE_CHANGED = `subscription { estateChanged { kind estate { id name } } }`;

type LoginData = {
  login: {
    token: string;
    expiresAt: string;
    user: {
      id: string;
      email: string;
      status: string;
      memberships: { role: string; scopeKind: string; regionId: string | null; estateIds: string[] }[];
    };
  };
};

let kit: TestKit;
let co: TestCompany;
let admin: TestUser;
let seq = 0;

beforeAll(async () => {
  kit = await startTestKit();
  co = await kit.company();
  admin = await co.user('COMPANY_ADMIN');
});
afterAll(() => kit.close());

const login = (email: string, password: string) =>
  kit.gql<LoginData>(null, LOGIN, { input: { email, password } });

/** The failure as a client sees it: code, message and which extensions are present. */
const failureOf = (res: GqlResult) => ({
  code: codeOf(res),
  message: res.errors?.[0]?.message,
  extensions: Object.keys(res.errors?.[0]?.extensions ?? {})
    .filter((k) => k !== 'stacktrace')
    .sort(),
});

async function throttleOf(email: string) {
  const [row] = await kit.database.raw<{ failures: number; locked: boolean }>(
    'select failures, coalesce(locked_until > now(), false) as locked from login_throttle where email = $1',
    [email],
  );
  return row ?? null;
}

async function failTimes(email: string, n: number) {
  for (let i = 0; i < n; i++) {
    expect(codeOf(await login(email, 'wrong-password'))).toBe('UNAUTHENTICATED');
  }
}

/** Creates estates until `sub` sees one (the subscription is registered asynchronously). */
/** Creates an estate of the test company as its admin; returns its id. */
async function createEstate(name: string): Promise<string> {
  seq++;
  const res = await kit.gql<{ createEstate: { id: string } }>(admin.token, CREATE_ESTATE, {
    input: { name: `${name} ${seq}`, code: `WS-${seq}`, type: 'OFFICE' },
  });
  expect(codeOf(res)).toBe('OK');
  return res.data!.createEstate.id;
}

type EstateEvent = { estateChanged: { estate: { id: string } } };
const about = (id: string) => (e: EstateEvent) => e.estateChanged.estate.id === id;

describe('login', () => {
  it('signs in with the right password and returns a token and the user with their roles', async () => {
    const manager = await co.user('ESTATE_MANAGER', { estateIds: [co.estates[1]!.id] });
    // Email is matched trimmed and case-insensitively.
    const res = await login(`  ${manager.email.toUpperCase()} `, TEST_PASSWORD);
    expect(codeOf(res)).toBe('OK');
    const { token, expiresAt, user } = res.data!.login;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(user).toMatchObject({ id: manager.id, email: manager.email, status: 'ACTIVE' });
    expect(user.memberships).toEqual([
      { role: 'ESTATE_MANAGER', scopeKind: 'ESTATES', regionId: null, estateIds: [co.estates[1]!.id] },
    ]);
    const me = await kit.gql<{ me: { id: string } }>(token, ME);
    expect(me.data!.me.id).toBe(manager.id);
    const [row] = await kit.database.raw<{ last_login_at: Date | null }>(
      'select last_login_at from users where id = $1',
      [manager.id],
    );
    expect(row!.last_login_at).not.toBeNull();
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const user = await co.user('QUALITY_AUDITOR');
    const wrong = await login(user.email, 'not-the-password');
    const unknown = await login(`nobody-${Date.now()}@nowhere.test`, 'not-the-password');
    // An invited user (no password yet) and a bad email format say nothing more either.
    const malformed = await login('', 'x');
    expect(failureOf(wrong)).toEqual({
      code: 'UNAUTHENTICATED',
      message: '邮箱或密码错误',
      extensions: ['code'],
    });
    expect(failureOf(unknown)).toEqual(failureOf(wrong));
    expect(failureOf(malformed)).toEqual(failureOf(wrong));
    expect(wrong.data?.login ?? null).toBeNull();
  });

  it('locks an account after five failures: the sixth attempt fails even with the right password', async () => {
    const user = await co.user('HQ_VIEWER');
    await failTimes(user.email, 4);
    expect(await throttleOf(user.email)).toEqual({ failures: 4, locked: false });
    await failTimes(user.email, 1);
    expect(await throttleOf(user.email)).toEqual({ failures: 5, locked: true });
    const sixth = await login(user.email, TEST_PASSWORD);
    expect(codeOf(sixth)).toBe('TOO_MANY_REQUESTS');
    const { retryAfter, lockedUntil } = sixth.errors![0]!.extensions as Record<string, unknown>;
    expect(new Date(lockedUntil as string).getTime()).toBeGreaterThan(Date.now());
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(sixth.data?.login ?? null).toBeNull();
    // No session was opened for the refused attempt.
    const sessions = await kit.database.raw<{ n: number }>(
      'select count(*)::int as n from sessions where user_id = $1',
      [user.id],
    );
    expect(sessions[0]!.n).toBe(1); // the one the test kit made
  });

  it('locks an unknown email the same way, so the lock reveals nothing', async () => {
    const known = await co.user('HQ_VIEWER');
    const unknownEmail = `ghost-${Date.now()}@nowhere.test`;
    await failTimes(known.email, 5);
    await failTimes(unknownEmail, 5);
    const lockedKnown = await login(known.email, TEST_PASSWORD);
    const lockedUnknown = await login(unknownEmail, TEST_PASSWORD);
    expect(codeOf(lockedUnknown)).toBe('TOO_MANY_REQUESTS');
    expect(failureOf(lockedUnknown)).toEqual(failureOf(lockedKnown));
    expect(await throttleOf(unknownEmail)).toEqual({ failures: 5, locked: true });
  });

  it('lets the account in again once the lock has expired, with a fresh count', async () => {
    const user = await co.user('HQ_VIEWER');
    await failTimes(user.email, 5);
    expect(codeOf(await login(user.email, TEST_PASSWORD))).toBe('TOO_MANY_REQUESTS');
    // Fifteen minutes pass.
    await kit.database.raw(
      `update login_throttle set locked_until = now() - interval '1 second',
         window_started_at = now() - interval '16 minutes' where email = $1`,
      [user.email],
    );
    // A failure after the lock starts a new count rather than locking again at once.
    expect(codeOf(await login(user.email, 'wrong-again'))).toBe('UNAUTHENTICATED');
    expect(await throttleOf(user.email)).toEqual({ failures: 1, locked: false });
    expect(codeOf(await login(user.email, TEST_PASSWORD))).toBe('OK');
  });

  it('counts failures within 15 minutes only', async () => {
    const user = await co.user('HQ_VIEWER');
    await failTimes(user.email, 4);
    await kit.database.raw(
      `update login_throttle set window_started_at = now() - interval '16 minutes' where email = $1`,
      [user.email],
    );
    await failTimes(user.email, 1);
    expect(await throttleOf(user.email)).toEqual({ failures: 1, locked: false });
    expect(codeOf(await login(user.email, TEST_PASSWORD))).toBe('OK');
  });

  it('clears the failures on a successful sign-in', async () => {
    const user = await co.user('HQ_VIEWER');
    await failTimes(user.email, 4);
    expect(codeOf(await login(user.email, TEST_PASSWORD))).toBe('OK');
    expect(await throttleOf(user.email)).toBeNull();
    // Four more failures do not reach the lock: the earlier four were forgotten.
    await failTimes(user.email, 4);
    expect(codeOf(await login(user.email, TEST_PASSWORD))).toBe('OK');
  });

  it('refuses a user whose access to the company was withdrawn, with the same answer', async () => {
    const user = await co.user('ESTATE_STAFF');
    await kit.database.raw('update memberships set deactivated_at = now() where user_id = $1', [user.id]);
    const res = await login(user.email, TEST_PASSWORD);
    expect(failureOf(res)).toEqual({
      code: 'UNAUTHENTICATED',
      message: '邮箱或密码错误',
      extensions: ['code'],
    });
  });
});

describe('sessions', () => {
  it('ends a session at logout: the token fails at once although sessions are cached', async () => {
    const user = await co.user('HQ_VIEWER');
    const first = await login(user.email, TEST_PASSWORD);
    const second = await login(user.email, TEST_PASSWORD);
    const token = first.data!.login.token;
    const other = second.data!.login.token;
    // Both are now in the session cache.
    expect(codeOf(await kit.gql(token, ME))).toBe('OK');
    expect(codeOf(await kit.gql(other, ME))).toBe('OK');
    const out = await kit.gql<{ logout: boolean }>(token, LOGOUT);
    expect(out.data).toEqual({ logout: true });
    expect(codeOf(await kit.gql(token, ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await kit.gql(token, LOGOUT))).toBe('UNAUTHENTICATED');
    // Only that session ended.
    expect(codeOf(await kit.gql(other, ME))).toBe('OK');
    const rows = await kit.database.raw<{ revoked: boolean }>(
      'select revoked_at is not null as revoked from sessions where user_id = $1 order by revoked_at nulls last',
      [user.id],
    );
    expect(rows.map((r) => r.revoked)).toEqual([true, false, false]);
  });

  it('refuses an expired session', async () => {
    // The kit's token has never been used, so no cache can answer for it.
    const user = await co.user('HQ_VIEWER');
    await kit.database.raw(
      `update sessions set expires_at = now() - interval '1 second' where user_id = $1`,
      [user.id],
    );
    expect(codeOf(await kit.gql(user.token, ME))).toBe('UNAUTHENTICATED');
    // A malformed or unknown bearer token is simply not signed in.
    expect(codeOf(await kit.gql('x'.repeat(43), ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await kit.gql('short', ME))).toBe('UNAUTHENTICATED');
  });

  it('stores only a keyed hash of each token and argon2id password hashes', async () => {
    const user = await co.user('HQ_VIEWER');
    const res = await login(user.email, TEST_PASSWORD);
    const token = res.data!.login.token;
    const leaked = await kit.database.raw<{ n: number }>(
      `select count(*)::int as n from sessions s where position($1 in s::text) > 0`,
      [token],
    );
    expect(leaked[0]!.n).toBe(0);
    const hashes = await kit.database.raw<{ token_hash: string }>(
      'select token_hash from sessions where user_id = $1',
      [user.id],
    );
    expect(hashes).toHaveLength(2);
    for (const h of hashes) expect(h.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const [u] = await kit.database.raw<{ password_hash: string }>(
      'select password_hash from users where id = $1',
      [user.id],
    );
    expect(u!.password_hash.startsWith('$argon2id$')).toBe(true);
  });
});

describe('invitations', () => {
  it('invites a user without a password, who then chooses one and is signed in; the code works once', async () => {
    const email = `invited-${Date.now()}@${co.slug}.test`;
    const created = await kit.gql<{
      createUser: { invitationToken: string | null; user: { id: string; status: string } };
    }>(admin.token, CREATE_USER, {
      input: {
        email,
        name: '受邀人',
        memberships: [{ role: 'ESTATE_STAFF', estateIds: [co.estates[2]!.id] }],
      },
    });
    expect(codeOf(created)).toBe('OK');
    const { invitationToken, user } = created.data!.createUser;
    expect(invitationToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(user.status).toBe('INVITED');
    // Only a hash of the code is kept, and there is no password to sign in with yet.
    const [stored] = await kit.database.raw<{ password_hash: string | null; invitation_token_hash: string }>(
      'select password_hash, invitation_token_hash from users where id = $1',
      [user.id],
    );
    expect(stored!.password_hash).toBeNull();
    expect(stored!.invitation_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.invitation_token_hash).not.toContain(invitationToken!);
    expect(codeOf(await login(email, 'anything-at-all'))).toBe('UNAUTHENTICATED');

    const tooShort = await kit.gql(null, ACCEPT, { input: { token: invitationToken, password: 'short' } });
    expect(codeOf(tooShort)).toBe('BAD_USER_INPUT');
    expect(tooShort.errors![0]!.extensions!.fields![0]!.path).toEqual(['password']);

    const accepted = await kit.gql<{
      acceptInvitation: {
        token: string;
        user: { id: string; email: string; memberships: { role: string }[] };
      };
    }>(null, ACCEPT, { input: { token: invitationToken, password: 'chosen-password-1' } });
    expect(codeOf(accepted)).toBe('OK');
    expect(accepted.data!.acceptInvitation.user).toMatchObject({
      id: user.id,
      email,
      memberships: [{ role: 'ESTATE_STAFF' }],
    });
    expect(codeOf(await kit.gql(accepted.data!.acceptInvitation.token, ME))).toBe('OK');

    const [after] = await kit.database.raw<{ password_hash: string; invitation_token_hash: string | null }>(
      'select password_hash, invitation_token_hash from users where id = $1',
      [user.id],
    );
    expect(after!.password_hash.startsWith('$argon2id$')).toBe(true);
    expect(after!.invitation_token_hash).toBeNull();

    const again = await kit.gql(null, ACCEPT, {
      input: { token: invitationToken, password: 'another-password' },
    });
    expect(codeOf(again)).toBe('NOT_FOUND');
    // The chosen password stands.
    expect(codeOf(await login(email, 'another-password'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(email, 'chosen-password-1'))).toBe('OK');
    const status = await kit.gql<{ users: { edges: { node: { status: string } }[] } }>(
      admin.token,
      `query($f: UserFilter) { users(filter: $f) { edges { node { status } } } }`,
      { f: { search: email } },
    );
    expect(status.data!.users.edges.map((e) => e.node.status)).toEqual(['ACTIVE']);
  });

  it('refuses an expired invitation', async () => {
    const email = `late-${Date.now()}@${co.slug}.test`;
    const created = await kit.gql<{ createUser: { invitationToken: string; user: { id: string } } }>(
      admin.token,
      CREATE_USER,
      { input: { email, name: '迟到', memberships: [{ role: 'QUALITY_AUDITOR' }] } },
    );
    await kit.database.raw(
      `update users set invitation_expires_at = now() - interval '1 second' where id = $1`,
      [created.data!.createUser.user.id],
    );
    const res = await kit.gql(null, ACCEPT, {
      input: { token: created.data!.createUser.invitationToken, password: 'chosen-password-1' },
    });
    expect(codeOf(res)).toBe('NOT_FOUND');
  });
});

describe('WebSocket sign-in', () => {
  it('accepts connection_init { authorization: "Bearer …" } and delivers events', async () => {
    const res = await login(admin.email, TEST_PASSWORD);
    const sub = await kit.subscribe<EstateEvent>(kit.ws(res.data!.login.token), co.id, ESTATE_CHANGED);
    const id = await createEstate('推送');
    await sub.until(about(id));
    expect(sub.errors).toEqual([]);
  });

  it('refuses a revoked token at connection, and stops a live subscription when its session ends', async () => {
    const live = (await login(admin.email, TEST_PASSWORD)).data!.login.token;
    const revoked = (await login(admin.email, TEST_PASSWORD)).data!.login.token;
    expect(codeOf(await kit.gql(revoked, LOGOUT))).toBe('OK');

    const refused = collect(kit.ws(revoked), ESTATE_CHANGED);
    await refused.settled;
    expect(refused.events).toEqual([]);
    expect(refused.errors).toHaveLength(1);
    expect((refused.errors[0] as { code?: number }).code).toBe(4403);

    const sub = await kit.subscribe<EstateEvent>(kit.ws(live), co.id, ESTATE_CHANGED);
    const control = await kit.subscribe<EstateEvent>(kit.ws(admin.token), co.id, ESTATE_CHANGED);
    const before = await createEstate('结束前');
    await sub.until(about(before));
    expect(codeOf(await kit.gql(live, LOGOUT))).toBe('OK');

    // After the logout: an estate the ended session must not hear of, then a sentinel. Both
    // subscriptions listen on one topic, and each checks its events one by one, in order: when
    // the control has heard of the sentinel, the ended session's check of the first is long done.
    const after = await createEstate('结束后');
    const sentinel = await createEstate('哨兵');
    await control.until(about(sentinel));
    expect(control.events.map((e) => e.estateChanged.estate.id)).toEqual([before, after, sentinel]);
    expect(sub.events.map((e) => e.estateChanged.estate.id)).toEqual([before]);
  });
});
