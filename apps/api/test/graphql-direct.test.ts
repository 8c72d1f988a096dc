/**
 * Signed-in POST /graphql with a plain JSON body is answered without express
 * (src/graphql/http-direct.ts): it answers exactly as the express route does, broken bodies
 * included, and hands everything else to express (no token, an invalid one, other content types,
 * oversized bodies, the answer cache's reads).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestKit, type TestCompany, type TestKit, type TestUser } from './kit.js';

let kit: TestKit;
let co: TestCompany;
let admin: TestUser;

beforeAll(async () => {
  kit = await startTestKit();
  co = await kit.company();
  admin = await co.user('COMPANY_ADMIN');
});
afterAll(() => kit?.close());

/** A content type the direct path leaves to express: the same request, answered by express. */
const VIA_EXPRESS = 'application/json; charset=utf-8; profile=x';

async function post(body: string | Buffer, headers: Record<string, string>) {
  const res = await fetch(kit.url, { method: 'POST', headers, body });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    length: res.headers.get('content-length'),
    requestId: res.headers.get('x-request-id'),
    text,
  };
}

/** The request both ways; answers the direct one, after checking express answered the same. */
async function bothWays(body: string | Buffer, token: string | null = admin.token) {
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const before = kit.app.direct.answered();
  const direct = await post(body, { 'content-type': 'application/json', ...auth });
  const answeredDirectly = kit.app.direct.answered() - before;
  const viaExpress = await post(body, { 'content-type': VIA_EXPRESS, ...auth });
  expect(kit.app.direct.answered() - before).toBe(answeredDirectly);
  expect({ status: direct.status, type: direct.type, text: direct.text }).toEqual({
    status: viaExpress.status,
    type: viaExpress.type,
    text: viaExpress.text,
  });
  return { ...direct, answeredDirectly };
}

const codeOf = (text: string) => JSON.parse(text).errors?.[0]?.extensions?.code;

describe('signed-in POST /graphql without express', () => {
  it('answers an operation as express does, with its request id and length', async () => {
    const a = await bothWays(JSON.stringify({ query: '{ me { id } company { id } }' }));
    expect(a.answeredDirectly).toBe(1);
    expect(a.status).toBe(200);
    expect(JSON.parse(a.text).data).toEqual({ me: { id: admin.id }, company: { id: co.id } });
    expect(Number(a.length)).toBe(Buffer.byteLength(a.text));
    expect(a.requestId).toMatch(/^[0-9a-f-]{36}$/);
    // The load balancer's id is kept.
    const traced = await post(JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json',
      authorization: `Bearer ${admin.token}`,
      'x-request-id': 'lb-trace-42',
    });
    expect(traced.requestId).toBe('lb-trace-42');
  });

  it('answers a mutation’s refusal and a GraphQL error as express does', async () => {
    const a = await bothWays(JSON.stringify({ query: 'mutation { noSuchMutation }' }));
    expect(a.status).toBe(400);
    expect(codeOf(a.text)).toBe('GRAPHQL_VALIDATION_FAILED');
    const b = await bothWays(JSON.stringify({ query: '{ estate(id: "not-a-uuid") { id } }' }));
    expect(b.status).toBe(200);
    expect(JSON.parse(b.text).data?.estate ?? null).toBeNull();
  });

  it('refuses broken bodies with the codes express gives: malformed JSON, a scalar, invalid UTF-8, a batch', async () => {
    for (const body of [
      '{"query": "{ me { id } }"',
      '123',
      '"{ me { id } }"',
      Buffer.concat([
        Buffer.from('{"query": "{ __typename }", "operationName": "'),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from('"}'),
      ]),
    ]) {
      const a = await bothWays(body);
      expect(a.status).toBe(400);
      expect(a.type).toMatch(/json/);
      expect(codeOf(a.text)).toBe('BAD_REQUEST');
    }
    const batch = await bothWays(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
  });

  it('leaves oversized bodies, strangers and invalid tokens to express', async () => {
    const before = kit.app.direct.answered();
    const big = JSON.stringify({
      query: '{ __typename }',
      variables: { pad: 'x'.repeat(1.1 * 1024 * 1024) },
    });
    const tooBig = await bothWays(big);
    expect(tooBig.status).toBe(413);
    expect(codeOf(tooBig.text)).toBe('PAYLOAD_TOO_LARGE');
    const stranger = await bothWays(JSON.stringify({ query: '{ me { id } }' }), null);
    expect(codeOf(stranger.text)).toBe('UNAUTHENTICATED');
    const invalid = await bothWays(JSON.stringify({ query: '{ me { id } }' }), 'x'.repeat(43));
    expect(codeOf(invalid.text)).toBe('UNAUTHENTICATED');
    expect(kit.app.direct.answered()).toBe(before);
  });

  it('hands the answer cache’s reads to express, their body already read', async () => {
    const query = JSON.stringify({
      query: 'query($f: ComparisonFilter!) { comparisonMatrix(filter: $f) { rows { estateId values } } }',
      variables: { f: { period: '2026-01' } },
    });
    const before = kit.app.direct.answered();
    const first = await post(query, {
      'content-type': 'application/json',
      authorization: `Bearer ${admin.token}`,
    });
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text).errors).toBeUndefined();
    const res = await fetch(kit.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
      body: query,
    });
    expect(res.headers.get('x-answer-cache')).toBe('hit');
    expect(await res.text()).toBe(first.text);
    expect(kit.app.direct.answered()).toBe(before);
  });
});
