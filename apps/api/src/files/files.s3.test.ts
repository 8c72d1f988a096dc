import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
// @ts-expect-error s3rver ships no types; only run() and close() are used.
import S3rver from 's3rver';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestKit, TEST_NOW, type TestCompany, type TestKit, type TestUser } from '../../test/kit.js';
import { withTenant } from '../db/tenant.js';
import { deleteExpiredUploads, fileBlobs, UNATTACHED_TTL_MS } from './index.js';

interface S3Server {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}

let server: S3Server;
let dir: string;
let kit: TestKit;
let base: string;
let A: TestCompany;
let B: TestCompany;
let userA: TestUser;
let adminB: TestUser;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'anju-s3rver-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: 'anju-files' }],
  }) as S3Server;
  const { port } = await server.run();
  kit = await startTestKit({
    env: {
      S3_BUCKET: 'anju-files',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
  });
  base = kit.url.replace(/\/graphql$/, '');
  A = await kit.company();
  B = await kit.company();
  userA = await A.user('QUALITY_AUDITOR');
  adminB = await B.user('COMPANY_ADMIN');
}, 60_000);
afterAll(async () => {
  await kit?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('files on S3-compatible storage (s3rver on loopback)', () => {
  it('keeps the bytes in the bucket, serves them and their thumbnail, and deletes them when expired', async () => {
    expect(kit.app.services.fileStorage.kind).toBe('s3');
    const photo = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([photo]), 'tall.jpg');
    const res = await fetch(`${base}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${userA.token}` },
    });
    expect(res.status).toBe(201);
    const info = (await res.json()) as { id: string; size: number };

    // Nothing of it in PostgreSQL's blob table: the bucket holds the bytes.
    const blobs = await withTenant(kit.database, A.id, (tx) =>
      tx.select({ key: fileBlobs.key }).from(fileBlobs).where(eq(fileBlobs.companyId, A.id)),
    );
    expect(blobs).toEqual([]);
    const stored = await kit.app.services.fileStorage.get(A.id, info.id);
    expect(stored?.length).toBe(info.size);

    const get = (token: string, p: string) =>
      fetch(`${base}${p}`, { headers: { authorization: `Bearer ${token}` } });
    const content = await get(userA.token, `/files/${info.id}`);
    expect(content.status).toBe(200);
    expect(Buffer.from(await content.arrayBuffer()).equals(stored!)).toBe(true);
    const thumb = await get(userA.token, `/files/${info.id}/thumbnail`);
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([480, 640]);
    expect((await get(adminB.token, `/files/${info.id}`)).status).toBe(404);

    const deleted = await deleteExpiredUploads(
      kit.database,
      kit.app.services.fileStorage,
      A.id,
      new Date(TEST_NOW.getTime() + UNATTACHED_TTL_MS + 1000),
    );
    expect(deleted).toEqual([info.id]);
    expect(await kit.app.services.fileStorage.get(A.id, info.id)).toBeNull();
    expect(await kit.app.services.fileStorage.get(A.id, `${info.id}/thumbnail`)).toBeNull();
  });
});
