/**
 * Brute force from outside: the per-account lock holds under a concurrent burst, and per-address
 * limits on sign-in, invitations and anonymous requests answer 429 TOO_MANY_REQUESTS with
 * Retry-After.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GqlResult, startTestKit, TEST_PASSWORD, type TestKit } from './kit.js';

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token } }';
const ACCEPT = 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }';

async function post(kit: TestKit, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(kit.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as GqlResult,
  };
}

describe('login lock under concurrency', () => {
  let kit: TestKit;
  beforeAll(async () => {
    kit = await startTestKit();
  });
  afterAll(async () => {
    await kit?.close();
  });

  it('checks at most five of 24 wrong passwords sent at once; the right one is then refused', async () => {
    const user = await (await kit.company()).user('HQ_VIEWER');
    const burst = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        post(kit, LOGIN, { i: { email: user.email, password: `wrong-${i}` } }),
      ),
    );
    const codes = burst.map((r) => codeOf(r.body));
    // Each checked password answers UNAUTHENTICATED; the rest were refused before any check.
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(19);
    const right = await post(kit, LOGIN, { i: { email: user.email, password: TEST_PASSWORD } });
    expect(codeOf(right.body)).toBe('TOO_MANY_REQUESTS');
    expect(right.status).toBe(429);
    expect(Number(right.retryAfter)).toBeGreaterThan(14 * 60);
    const sessions = await kit.database.raw<{ n: number }>(
      'select count(*)::int as n from sessions where user_id = $1',
      [user.id],
    );
    expect(sessions[0]!.n).toBe(1); // the test kit's own
  });

  it('a right password among the first five signs in and clears the count', async () => {
    const user = await (await kit.company()).user('HQ_VIEWER');
    const burst = await Promise.all([
      post(kit, LOGIN, { i: { email: user.email, password: 'wrong-a' } }),
      post(kit, LOGIN, { i: { email: user.email, password: TEST_PASSWORD } }),
    ]);
    expect(burst.map((r) => codeOf(r.body)).sort()).toEqual(['OK', 'UNAUTHENTICATED']);
    const [row] = await kit.database.raw<{ n: number }>(
      'select count(*)::int as n from login_throttle where email = $1',
      [user.email],
    );
    // Either the failure came first (cleared by the success) or after it (one failure left).
    expect(row!.n).toBeLessThanOrEqual(1);
  });
});

describe('per-address limits', () => {
  let kit: TestKit;
  beforeAll(async () => {
    kit = await startTestKit({
      env: {
        RATE_LIMIT_LOGIN_PER_MINUTE: '3',
        RATE_LIMIT_INVITATION_PER_MINUTE: '2',
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: '12',
        RATE_LIMIT_REPAIR_REPORT_PER_MINUTE: '2',
        RATE_LIMIT_REPAIR_PHOTO_PER_MINUTE: '2',
      },
    });
  });
  afterAll(async () => {
    await kit?.close();
  });

  it('limits sign-in attempts per address across accounts, with Retry-After', async () => {
    const co = await kit.company();
    for (let i = 0; i < 3; i++) {
      const r = await post(kit, LOGIN, {
        i: { email: `nobody-${i}@nowhere.test`, password: 'wrong-password' },
      });
      expect(codeOf(r.body)).toBe('UNAUTHENTICATED');
    }
    // A fourth attempt from the same address is refused even for a real account and password.
    const user = await co.user('HQ_VIEWER');
    const refused = await post(kit, LOGIN, { i: { email: user.email, password: TEST_PASSWORD } });
    expect(refused.status).toBe(429);
    expect(codeOf(refused.body)).toBe('TOO_MANY_REQUESTS');
    const retryAfter = (refused.body.errors![0]!.extensions as { retryAfter: number }).retryAfter;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(Number(refused.retryAfter)).toBe(retryAfter);
    expect(refused.body.data?.login ?? null).toBeNull();
  });

  it('limits invitation attempts per address', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await post(kit, ACCEPT, {
        i: { token: `not-a-real-invitation-${i}`, password: 'long-enough-1' },
      });
      expect(codeOf(r.body)).toBe('NOT_FOUND');
    }
    const refused = await post(kit, ACCEPT, {
      i: { token: 'not-a-real-invitation-x', password: 'long-enough-1' },
    });
    expect(refused.status).toBe(429);
    expect(codeOf(refused.body)).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  });

  it('limits requests without a valid session per address; signed-in requests are not counted', async () => {
    const admin = await (await kit.company()).user('COMPANY_ADMIN');
    let refused: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 13 && !refused; i++) {
      const r = await post(kit, '{ __typename }', {}, i % 2 ? 'an-invalid-token-of-twenty-chars' : undefined);
      if (r.status === 429) refused = r;
    }
    expect(refused?.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused?.retryAfter)).toBeGreaterThan(0);
    const signedIn = await post(kit, '{ me { id } }', {}, admin.token);
    expect(signedIn.status).toBe(200);
    expect(codeOf(signedIn.body)).toBe('OK');
  });

  it('limits residents’ repair reports and ratings per address, and photo uploads separately', async () => {
    const SUBMIT = 'mutation($i: SubmitRepairReportInput!) { submitRepairReport(input: $i) { number } }';
    const RATE = 'mutation($i: RateRepairReportInput!) { rateRepairReport(input: $i) { rating } }';
    const report = { token: 'n'.repeat(32), location: '1栋101', description: '漏水', phone: '13812345678' };
    // Signed in or not, the budget is the address's (signed in: the anonymous budget, used up
    // above, does not apply). Counted before the token is looked up: an unknown link costs the same.
    const { token } = await (await kit.company()).user('ESTATE_STAFF');
    expect(codeOf((await post(kit, SUBMIT, { i: report }, token)).body)).toBe('NOT_FOUND');
    expect(codeOf((await post(kit, RATE, { i: { token: 'n'.repeat(32), rating: 5 } }, token)).body)).toBe(
      'NOT_FOUND',
    );
    const refused = await post(kit, SUBMIT, { i: report }, token);
    expect(refused.status).toBe(429);
    expect(codeOf(refused.body)).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.body.data?.submitRepairReport ?? null).toBeNull();

    const photo = async () => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array([0xff, 0xd8, 0xff])]), 'a.jpg');
      return fetch(kit.url.replace(/\/graphql$/, `/public/repair-reports/${'n'.repeat(32)}/photos`), {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${token}` },
      });
    };
    expect((await photo()).status).toBe(404);
    expect((await photo()).status).toBe(404);
    const tooMany = await photo();
    expect(tooMany.status).toBe(429);
    expect(Number(tooMany.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await tooMany.json()) as GqlResult).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});
