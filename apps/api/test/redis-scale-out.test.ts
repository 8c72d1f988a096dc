/**
 * Two API instances on one database with Redis between them, as in infra/compose.yaml: events
 * session revocations and data changes made on one instance reach subscribers and caches on the
 * other.
 * Runs when TEST_REDIS_URL (or REDIS_URL) is set; CI sets it.
 */
import { addMonths } from '@anju/domain';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { type App, createApp } from '../src/server.js';
import { codeOf, nextAppEvent, startTestKit, type TestKit, THIS_MONTH } from './kit.js';
import { typeOpsFiguresByHand } from './ops-kit.js';

const redisUrl = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL;

describe.skipIf(!redisUrl)('scale-out through Redis', () => {
  let kit: TestKit;
  let second: App;
  let secondUrl: string;

  beforeAll(async () => {
    kit = await startTestKit({ redisUrl });
    second = await createApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', REDIS_URL: redisUrl }), {
      database: kit.database,
    });
    secondUrl = `http://127.0.0.1:${await second.listen(0)}/graphql`;
    // These tests type 房屋完好率 by hand; the facility checks compute it (issue 11 item 6). After
    // both apps started: each registers the sources at start.
    typeOpsFiguresByHand();
  });
  afterAll(async () => {
    await second?.close();
    await kit?.close();
  });

  const post = async (url: string, token: string, query: string, variables = {}) =>
    (await (
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      })
    ).json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };

  it('delivers an estate change made on instance 2 to a subscriber on instance 1', async () => {
    const co = await kit.company();
    const admin = await co.user('COMPANY_ADMIN');
    // Registered means Redis confirmed the channel: an event published on instance 2 reaches it.
    const sub = await kit.subscribe<{ estateChanged: { estate: { name: string } } }>(
      kit.ws(admin.token),
      co.id,
      'subscription { estateChanged { kind estate { name } } }',
    );
    const res = await post(
      secondUrl,
      admin.token,
      'mutation($i: CreateEstateInput!) { createEstate(input: $i) { id } }',
      {
        i: { name: '跨实例苑', code: `X-${Date.now()}`, type: 'RESIDENTIAL' },
      },
    );
    expect(res.errors).toBeUndefined();
    const events = await sub.waitFor(1, 5000);
    expect(events[0]?.estateChanged.estate.name).toBe('跨实例苑');
  });

  it('counts residents’ repair reports of one address on both instances against one budget', async () => {
    // A fresh budget for this address (another run of this file within the minute left its count).
    const redis = new Redis(redisUrl!);
    const keys = await redis.keys('rl:repairReport:*');
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    const SUBMIT = 'mutation($i: SubmitRepairReportInput!) { submitRepairReport(input: $i) { number } }';
    const i = { token: 'r'.repeat(32), location: '1栋101', description: '漏水', phone: '13812345678' };
    const anonymous = (url: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SUBMIT, variables: { i } }),
      });
    // Instance 2 allows 5 a minute (the default); the 5 sent to instance 1 used them up.
    for (let n = 0; n < 5; n++) expect((await anonymous(kit.url)).status).toBe(200);
    const refused = await anonymous(secondUrl);
    expect(refused.status).toBe(429);
    expect(
      ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('TOO_MANY_REQUESTS');
  });

  it('a logout on instance 2 ends the session cached on instance 1 at once', async () => {
    const co = await kit.company();
    const admin = await co.user('COMPANY_ADMIN');
    expect(codeOf(await kit.gql(admin.token, '{ me { id } }'))).toBe('OK'); // now cached on instance 1
    // Instance 1 applies the revocation as it arrives from Redis (its own listener came first).
    const revocation = await nextAppEvent(kit.app, 'AUTH_INVALIDATE', () => true);
    expect((await post(secondUrl, admin.token, 'mutation { logout }')).data?.logout).toBe(true);
    await revocation.event;
    expect(codeOf(await kit.gql(admin.token, '{ me { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('an estate renamed on instance 2 drops the comparison cached on instance 1', async () => {
    const co = await kit.company();
    const admin = await co.user('COMPANY_ADMIN');
    const e = co.estates[0]!;
    const matrix = `{ comparisonMatrix(filter: { period: "2025-Q1" }) { rows { estateId estateName } } }`;
    const nameOnFirst = async () => {
      const res = await fetch(kit.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
        body: JSON.stringify({ query: matrix }),
      });
      const json = (await res.json()) as {
        data: { comparisonMatrix: { rows: { estateId: string; estateName: string }[] } };
      };
      return {
        hit: res.headers.get('x-answer-cache') === 'hit',
        name: json.data.comparisonMatrix.rows.find((r) => r.estateId === e.id)!.estateName,
      };
    };
    await nameOnFirst();
    expect(await nameOnFirst()).toEqual({ hit: true, name: e.name }); // cached on instance 1
    const { data } = await post(secondUrl, admin.token, `query($id: ID!) { estate(id: $id) { version } }`, {
      id: e.id,
    });
    const version = (data!.estate as { version: number }).version;
    // Instance 1 learns of the change from Redis: its cached answers are stale from then on.
    const change = await nextAppEvent(kit.app, 'DATA_CHANGED', (p) => p.companyId === co.id);
    const renamed = await post(
      secondUrl,
      admin.token,
      'mutation($i: UpdateEstateInput!) { updateEstate(input: $i) { name } }',
      {
        i: { id: e.id, version, name: '改名苑' },
      },
    );
    expect(renamed.errors).toBeUndefined();
    await change.event;
    expect(await nameOnFirst()).toEqual({ hit: false, name: '改名苑' });
  });
  it('a figure approved on instance 2 drops the answers about its month on instance 1, no other', async () => {
    const co = await kit.company();
    const admin = await co.user('COMPANY_ADMIN');
    const e = co.estates[0]!;
    const month = addMonths(THIS_MONTH, -1);
    const other = addMonths(THIS_MONTH, -2);
    const valueOnFirst = async (period: string) => {
      const res = await fetch(kit.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
        body: JSON.stringify({
          query: `query($p: String!) { comparisonMatrix(filter: { period: $p, indicatorCodes: ["house_intact"] }) { rows { estateId values } } }`,
          variables: { p: period },
        }),
      });
      const json = (await res.json()) as {
        data: { comparisonMatrix: { rows: { estateId: string; values: (number | null)[] }[] } };
      };
      return {
        hit: res.headers.get('x-answer-cache') === 'hit',
        value: json.data.comparisonMatrix.rows.find((r) => r.estateId === e.id)!.values[0],
      };
    };
    for (const period of [month, other]) {
      await valueOnFirst(period);
      expect(await valueOnFirst(period)).toEqual({ hit: true, value: null });
    }
    const i = { estateId: e.id, month };
    const figures = [{ indicatorCode: 'house_intact', numerator: 47, denominator: 50 }];
    for (const [query, input] of [
      [
        'mutation($i: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $i) { state } }',
        { ...i, figures },
      ],
      ['mutation($i: EstateMonthInput!) { submitMonthlyFigures(input: $i) { state } }', i],
    ] as const)
      expect((await post(secondUrl, admin.token, query, { i: input })).errors).toBeUndefined();
    const change = await nextAppEvent(kit.app, 'DATA_CHANGED', (p) => p.companyId === co.id);
    const approved = await post(
      secondUrl,
      admin.token,
      'mutation($i: EstateMonthInput!) { approveMonthlyFigures(input: $i) { state } }',
      { i },
    );
    expect(approved.errors).toBeUndefined();
    expect(((await change.event) as { months?: string[] }).months).toEqual([month]);
    expect(await valueOnFirst(month)).toEqual({ hit: false, value: 94 });
    expect(await valueOnFirst(other)).toEqual({ hit: true, value: null });
  });
});
