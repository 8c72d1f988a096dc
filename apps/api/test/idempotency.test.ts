/** Idempotency keys through the API: a retry replays, another payload under the same key is refused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestKit, type TestKit } from './kit.js';

const CREATE_REGION = 'mutation($i: CreateRegionInput!) { createRegion(input: $i) { id name } }';

describe('idempotency keys', () => {
  let kit: TestKit;
  beforeAll(async () => {
    kit = await startTestKit();
  });
  afterAll(async () => {
    await kit?.close();
  });

  it('replays the same payload, and refuses another payload under the same key with CONFLICT', async () => {
    const admin = await (await kit.company()).user('COMPANY_ADMIN');
    const key = `idem-${Date.now()}`;
    const first = await kit.gql<{ createRegion: { id: string } }>(admin.token, CREATE_REGION, {
      i: { name: '幂等区', code: 'IDEM-A', idempotencyKey: key },
    });
    expect(codeOf(first)).toBe('OK');
    // The same request again (key order differs): the first result, nothing new.
    const retry = await kit.gql<{ createRegion: { id: string } }>(admin.token, CREATE_REGION, {
      i: { idempotencyKey: key, code: 'IDEM-A', name: '幂等区' },
    });
    expect(retry.data?.createRegion.id).toBe(first.data!.createRegion.id);
    // Another payload under the same key.
    const reused = await kit.gql(admin.token, CREATE_REGION, {
      i: { name: '另一个区', code: 'IDEM-B', idempotencyKey: key },
    });
    expect(codeOf(reused)).toBe('CONFLICT');
    expect((reused.errors![0]!.extensions as { reason?: string }).reason).toBe('IDEMPOTENCY_KEY_REUSED');
    const rows = await kit.database.raw<{ code: string }>(
      "select code from regions where code in ('IDEM-A', 'IDEM-B')",
    );
    expect(rows.map((r) => r.code)).toEqual(['IDEM-A']);
  });
});
