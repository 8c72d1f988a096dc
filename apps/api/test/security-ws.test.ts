/**
 * GraphQL over WebSocket from outside: rights are those of the session as it is now, sockets of a
 * user whose session ended or whose rights changed are closed (4403) on every instance, and the
 * limits that hold before sign-in (message size, connection_init deadline, unacknowledged
 * connections per address).
 */
import type { FormattedExecutionResult } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../src/config.js';
import { type App, createApp } from '../src/server.js';
import { codeOf, startTestKit, TEST_LIMITS, type TestKit, type TestUser } from './kit.js';

const redisUrl = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL;

/** One operation over the socket: its result, or the close event that ended it. */
function run(client: Client, query: string, variables: Record<string, unknown> = {}) {
  return new Promise<FormattedExecutionResult>((resolve, reject) => {
    let result: FormattedExecutionResult = {};
    client.subscribe(
      { query, variables },
      {
        next: (r) => (result = r as FormattedExecutionResult),
        error: reject,
        complete: () => resolve(result),
      },
    );
  });
}

/** Resolves with the close code of the client's socket. */
function closeCodeOf(client: Client): Promise<number> {
  return new Promise((resolve) => {
    client.on('closed', (event) => resolve((event as { code: number }).code));
  });
}

const clients: Client[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
});

/** A socket signed in, acknowledged and kept open (not lazy), with a promise of how it ends. */
async function openSocket(kit: TestKit, user: TestUser) {
  const client = createClient({
    url: kit.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${user.token}` },
    lazy: false,
    retryAttempts: 0,
    // The close is awaited below; the client need not print it.
    onNonLazyError: () => {},
  });
  clients.push(client);
  const closed = closeCodeOf(client);
  const me = await run(client, '{ me { id } }');
  expect(me.errors).toBeUndefined();
  return { client, closed };
}

const gqlAt = async (url: string, token: string, query: string, variables = {}) =>
  (await (
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    })
  ).json()) as FormattedExecutionResult;

const DEACTIVATE = 'mutation($i: DeactivateUserInput!) { deactivateUser(input: $i) { id } }';
const SET_MEMBERSHIPS = 'mutation($i: SetMembershipsInput!) { setMemberships(input: $i) { id } }';
const CREATE_REGION = 'mutation($i: CreateRegionInput!) { createRegion(input: $i) { id } }';

describe('WebSocket rights per operation', () => {
  let kit: TestKit;
  beforeAll(async () => {
    kit = await startTestKit();
  });
  afterAll(async () => {
    await kit?.close();
  });

  it('answers each operation with the session as it is now, not as it was at connection_init', async () => {
    const co = await kit.company();
    const admin = await co.user('COMPANY_ADMIN');
    const { client, closed } = await openSocket(kit, admin);
    // The session ends in the database, with no notice to this instance and nothing cached.
    await kit.database.raw('update sessions set revoked_at = now() where user_id = $1', [admin.id]);
    kit.app.services.sessions.clear();
    const refused = await run(client, '{ me { id } }').catch((e: { code?: number }) => e);
    expect((refused as FormattedExecutionResult).data?.me ?? null).toBeNull();
    expect(await closed).toBe(4403);
  });

  it('closes the socket (4403) when its session logs out', async () => {
    const co = await kit.company();
    const admin = await co.user('COMPANY_ADMIN');
    const { closed } = await openSocket(kit, admin);
    expect((await kit.gql(admin.token, 'mutation { logout }')).data?.logout).toBe(true);
    expect(await closed).toBe(4403);
  });

  it('a deactivated company admin can no longer create a region over its open socket', async () => {
    const co = await kit.company();
    const [admin, other] = [await co.user('COMPANY_ADMIN'), await co.user('COMPANY_ADMIN')];
    const { closed } = await openSocket(kit, admin);
    const res = await kit.gql(other.token, DEACTIVATE, { i: { userId: admin.id } });
    expect(res.errors).toBeUndefined();
    expect(await closed).toBe(4403);
    // Reconnecting with the old token is refused too, and nothing was created.
    const again = await run(kit.ws(admin.token), CREATE_REGION, {
      i: { name: '停用后', code: 'AFTER-OFF' },
    }).catch((e: { code?: number }) => e);
    expect((again as { code?: number }).code).toBe(4403);
    const rows = await kit.database.raw<{ n: number }>(
      "select count(*)::int as n from regions where company_id = $1 and code = 'AFTER-OFF'",
      [co.id],
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('closes the socket (4403) when the user’s memberships are narrowed', async () => {
    const co = await kit.company();
    const [admin, viewer] = [await co.user('COMPANY_ADMIN'), await co.user('HQ_VIEWER')];
    const { closed } = await openSocket(kit, viewer);
    const res = await kit.gql(admin.token, SET_MEMBERSHIPS, {
      i: { userId: viewer.id, memberships: [{ role: 'HQ_VIEWER', regionId: co.regions[0]!.id }] },
    });
    expect(res.errors).toBeUndefined();
    expect(await closed).toBe(4403);
    // A new socket sees the narrowed scope only.
    const fresh = kit.ws(viewer.token);
    const estates = await run(fresh, '{ estates(first: 10) { edges { node { id } } } }');
    const ids = (estates.data as { estates: { edges: { node: { id: string } }[] } }).estates.edges.map(
      (e) => e.node.id,
    );
    expect(ids.sort()).toEqual(
      co.estates
        .filter((e) => e.regionId === co.regions[0]!.id)
        .map((e) => e.id)
        .sort(),
    );
  });

  it('leaves the sockets of other users open', async () => {
    const co = await kit.company();
    const [admin, staying, leaving] = [
      await co.user('COMPANY_ADMIN'),
      await co.user('HQ_VIEWER'),
      await co.user('HQ_VIEWER'),
    ];
    const stays = await openSocket(kit, staying);
    const leaves = await openSocket(kit, leaving);
    await kit.gql(admin.token, DEACTIVATE, { i: { userId: leaving.id } });
    expect(await leaves.closed).toBe(4403);
    // The other socket still answers (a sentinel operation, not a sleep).
    expect((await run(stays.client, '{ me { id } }')).data).toEqual({ me: { id: staying.id } });
  });
});

describe.skipIf(!redisUrl)('WebSocket closes across instances (Redis)', () => {
  let kit: TestKit;
  let second: App;
  let secondUrl: string;

  beforeAll(async () => {
    kit = await startTestKit({ redisUrl });
    second = await createApp(
      loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', REDIS_URL: redisUrl, ...TEST_LIMITS }),
      { database: kit.database },
    );
    secondUrl = `http://127.0.0.1:${await second.listen(0)}/graphql`;
  });
  afterAll(async () => {
    await second?.close();
    await kit?.close();
  });

  it('a logout through instance 2 closes the socket on instance 1 with 4403', async () => {
    const co = await kit.company();
    const admin = await co.user('COMPANY_ADMIN');
    const { closed } = await openSocket(kit, admin);
    expect((await gqlAt(secondUrl, admin.token, 'mutation { logout }')).data?.logout).toBe(true);
    const started = Date.now();
    expect(await closed).toBe(4403);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a deactivation through instance 2 closes the socket on instance 1 with 4403', async () => {
    const co = await kit.company();
    const [admin, other] = [await co.user('COMPANY_ADMIN'), await co.user('COMPANY_ADMIN')];
    const { closed } = await openSocket(kit, admin);
    const res = await gqlAt(secondUrl, other.token, DEACTIVATE, { i: { userId: admin.id } });
    expect(res.errors).toBeUndefined();
    const started = Date.now();
    expect(await closed).toBe(4403);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

/** A raw socket speaking graphql-transport-ws, for what the client library would never send. */
function rawSocket(url: string) {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  return { socket, opened, closed };
}

describe('WebSocket limits before sign-in', () => {
  let kit: TestKit;
  beforeAll(async () => {
    kit = await startTestKit({ env: { WS_MAX_PAYLOAD_BYTES: '4096', WS_CONNECTION_INIT_TIMEOUT_MS: '300' } });
  });
  afterAll(async () => {
    await kit?.close();
  });

  it('closes with 1009 on a message over the size limit, before reading it', async () => {
    const { socket, opened, closed } = rawSocket(kit.wsUrl);
    socket.on('error', () => {});
    await opened;
    socket.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(10_000) } }));
    expect(await closed).toBe(1009);
  });

  it('closes a socket that does not send connection_init in time (4408)', async () => {
    const { opened, closed } = rawSocket(kit.wsUrl);
    await opened;
    expect(await closed).toBe(4408);
  });

  it('operations over a signed-in socket still work within the limits', async () => {
    const admin = await (await kit.company()).user('COMPANY_ADMIN');
    expect(codeOf((await run(kit.ws(admin.token), '{ me { id } }')) as never)).toBe('OK');
  });
});

describe('unacknowledged WebSocket connections per address', () => {
  let kit: TestKit;
  beforeAll(async () => {
    kit = await startTestKit({ env: { WS_MAX_PENDING_PER_ADDRESS: '2' } });
  });
  afterAll(async () => {
    await kit?.close();
  });

  it('refuses a third unacknowledged connection from one address, and counts acknowledged ones out', async () => {
    const admin = await (await kit.company()).user('COMPANY_ADMIN');
    const a = rawSocket(kit.wsUrl);
    const b = rawSocket(kit.wsUrl);
    await Promise.all([a.opened, b.opened]);
    const c = rawSocket(kit.wsUrl);
    await expect(c.opened).rejects.toThrow('HTTP 429');
    // Once one of them is acknowledged, a new connection is accepted.
    const acked = new Promise<string>((resolve) => a.socket.once('message', (m) => resolve(String(m))));
    a.socket.send(
      JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${admin.token}` } }),
    );
    expect(JSON.parse(await acked).type).toBe('connection_ack');
    const d = rawSocket(kit.wsUrl);
    await d.opened;
    for (const s of [a, b, d]) s.socket.close();
    await Promise.all([a.closed, b.closed, d.closed]);
  });
});
