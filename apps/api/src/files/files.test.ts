import 'reflect-metadata';
import http from 'node:http';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestKit, TEST_NOW, type TestCompany, type TestKit, type TestUser } from '../../test/kit.js';
import { withTenant } from '../db/tenant.js';
import {
  attachFile,
  deleteExpiredUploads,
  files,
  registerAttachmentReader,
  THUMBNAIL_SIZE,
  UNATTACHED_TTL_MS,
} from './index.js';

let kit: TestKit;
let base: string;
let A: TestCompany;
let B: TestCompany;
let adminA: TestUser;
let auditorA: TestUser;
let otherA: TestUser;
let adminB: TestUser;

interface Info {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

async function upload(token: string | null, bytes: Uint8Array, name: string, field = 'file') {
  const form = new FormData();
  form.append(field, new Blob([bytes]), name);
  const res = await fetch(`${base}/files`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    status: res.status,
    body: (await res.json()) as Info & { errors?: { extensions: { code: string } }[] },
  };
}

async function download(token: string | null, path: string) {
  const res = await fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, bytes, type: res.headers.get('content-type'), res };
}

const codeOf = (body: { errors?: { extensions: { code: string } }[] }) => body.errors?.[0]?.extensions.code;

/** A 2000×1000 JPEG carrying EXIF, with a GPS position. */
const photoWithLocation = () =>
  sharp({ create: { width: 2000, height: 1000, channels: 3, background: { r: 200, g: 80, b: 20 } } })
    .jpeg()
    .withExif({ IFD0: { Copyright: 'camera' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1' } })
    .toBuffer();

beforeAll(async () => {
  kit = await startTestKit();
  base = kit.url.replace(/\/graphql$/, '');
  A = await kit.company();
  B = await kit.company();
  adminA = await A.user('COMPANY_ADMIN');
  auditorA = await A.user('QUALITY_AUDITOR');
  otherA = await A.user('QUALITY_AUDITOR');
  adminB = await B.user('COMPANY_ADMIN');
}, 60_000);
afterAll(() => kit?.close());

describe('POST /files and GET /files/:id', () => {
  it('round-trips a photo for the uploader, without its EXIF, and gives a phone-sized thumbnail', async () => {
    const original = await photoWithLocation();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const up = await upload(auditorA.token, original, '现场.jpg');
    expect(up.status).toBe(201);
    expect(up.body).toEqual({
      id: expect.any(String),
      name: '现场.jpg',
      contentType: 'image/jpeg',
      size: expect.any(Number),
    });

    const got = await download(auditorA.token, `/files/${up.body.id}`);
    expect(got.status).toBe(200);
    expect(got.type).toBe('image/jpeg');
    expect(got.bytes.length).toBe(up.body.size);
    const served = await sharp(got.bytes).metadata();
    expect([served.width, served.height]).toEqual([2000, 1000]);
    expect(served.exif).toBeUndefined();

    const thumb = await download(auditorA.token, `/files/${up.body.id}/thumbnail`);
    expect(thumb.status).toBe(200);
    expect(thumb.type).toBe('image/webp');
    const t = await sharp(thumb.bytes).metadata();
    expect([t.width, t.height]).toEqual([THUMBNAIL_SIZE, THUMBNAIL_SIZE / 2]);
    expect(t.exif).toBeUndefined();
  });

  it('accepts a PNG, an .xlsx workbook and a PDF by their bytes, whatever their names', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 4, background: '#00ff0080' } })
      .png()
      .toBuffer();
    const book = new ExcelJS.Workbook();
    book.addWorksheet('x').addRow(['a', 1]);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const answers = await Promise.all([
      upload(auditorA.token, png, 'a.png'),
      upload(auditorA.token, xlsx, 'data.bin'),
      upload(auditorA.token, pdf, 'report.pdf'),
    ]);
    expect(answers.map((a) => [a.status, a.body.contentType])).toEqual([
      [201, 'image/png'],
      [201, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [201, 'application/pdf'],
    ]);
    const gotPdf = await download(auditorA.token, `/files/${answers[2]!.body.id}`);
    expect(gotPdf.bytes.equals(pdf)).toBe(true);
    expect((await download(auditorA.token, `/files/${answers[2]!.body.id}/thumbnail`)).status).toBe(404);
  });

  it('refuses a .png name carrying text bytes, and a field other than file', async () => {
    const text = await upload(auditorA.token, Buffer.from('not a picture at all\n'.repeat(500)), 'photo.png');
    expect(text.status).toBe(415);
    expect(codeOf(text.body)).toBe('UNSUPPORTED_FILE_TYPE');
    const noFile = await upload(auditorA.token, Buffer.from('x'), 'a.txt', 'other');
    expect(noFile.status).toBe(400);
    expect(codeOf(noFile.body)).toBe('BAD_USER_INPUT');
  });

  it('refuses a photo over 10 MB while streaming it, and keeps nothing', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const big = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024 + 1 - png.length)]);
    const answer = await upload(auditorA.token, big, 'big.png');
    expect(answer.status).toBe(413);
    expect(codeOf(answer.body)).toBe('FILE_TOO_LARGE');
    const kept = await withTenant(kit.database, A.id, (tx) =>
      tx.select({ id: files.id }).from(files).where(eq(files.name, 'big.png')),
    );
    expect(kept).toEqual([]);
  });

  it('answers 413 as soon as a stream passes the limit, before the body ends', async () => {
    // The body never ends: only a limit enforced while streaming can answer.
    const boundary = 'anju-boundary';
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${base}/files`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${auditorA.token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
      });
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body });
          req.destroy();
        });
      });
      req.on('error', reject);
      req.write(
        `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="endless.pdf"\r\ncontent-type: application/pdf\r\n\r\n%PDF-1.7\n`,
      );
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      for (let i = 0; i < 21; i++) req.write(chunk);
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].extensions).toMatchObject({
      code: 'FILE_TOO_LARGE',
      maxBytes: 20 * 1024 * 1024,
    });
  });

  it('answers 404 to everyone else: another company, a colleague, a malformed id; 401 without a token', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123456' } })
      .png()
      .toBuffer();
    const { body } = await upload(auditorA.token, png, 'mine.png');
    expect((await download(adminA.token, `/files/${body.id}`)).status).toBe(200);
    for (const token of [adminB.token, otherA.token]) {
      const r = await download(token, `/files/${body.id}`);
      expect(r.status).toBe(404);
      expect(codeOf(JSON.parse(r.bytes.toString()))).toBe('NOT_FOUND');
      expect((await download(token, `/files/${body.id}/thumbnail`)).status).toBe(404);
    }
    expect((await download(adminA.token, '/files/not-a-uuid')).status).toBe(404);
    expect((await download(adminA.token, '/files/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download(null, `/files/${body.id}`)).status).toBe(401);
    expect((await download('forged-token', `/files/${body.id}`)).status).toBe(401);
    expect((await upload(null, png, 'a.png')).status).toBe(401);
  });

  it('lets readers of the attached record read the file once a module attaches it', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#654321' } })
      .png()
      .toBuffer();
    const { body } = await upload(auditorA.token, png, 'evidence.png');
    const recordId = '11111111-1111-4111-8111-111111111111';
    registerAttachmentReader(
      'TestRecord',
      async (_tx, caller, id) => id === recordId && caller.userId === otherA.id,
    );
    expect((await download(otherA.token, `/files/${body.id}`)).status).toBe(404);
    // Someone else cannot attach my upload; I can, once.
    const byOther = await withTenant(kit.database, A.id, (tx) =>
      attachFile(
        tx,
        { companyId: A.id, userId: otherA.id },
        body.id,
        { type: 'TestRecord', id: recordId },
        TEST_NOW,
      ),
    );
    expect(byOther).toBeUndefined();
    const attached = await withTenant(kit.database, A.id, (tx) =>
      attachFile(
        tx,
        { companyId: A.id, userId: auditorA.id },
        body.id,
        { type: 'TestRecord', id: recordId },
        TEST_NOW,
      ),
    );
    expect(attached?.id).toBe(body.id);
    expect((await download(otherA.token, `/files/${body.id}`)).status).toBe(200);
    expect((await download(adminB.token, `/files/${body.id}`)).status).toBe(404);
  });

  it('deletes unattached uploads older than a day, bytes included, and keeps attached ones', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#abcdef' } })
      .png()
      .toBuffer();
    const stale = (await upload(adminA.token, png, 'stale.png')).body;
    const kept = (await upload(adminA.token, png, 'kept.png')).body;
    await withTenant(kit.database, A.id, (tx) =>
      attachFile(
        tx,
        { companyId: A.id, userId: adminA.id },
        kept.id,
        { type: 'TestRecord', id: kept.id },
        TEST_NOW,
      ),
    );
    const storage = kit.app.services.fileStorage;
    const early = await deleteExpiredUploads(
      kit.database,
      storage,
      A.id,
      new Date(TEST_NOW.getTime() + UNATTACHED_TTL_MS - 60_000),
    );
    expect(early).not.toContain(stale.id);
    const later = new Date(TEST_NOW.getTime() + UNATTACHED_TTL_MS + 60_000);
    const deleted = await deleteExpiredUploads(kit.database, storage, A.id, later);
    expect(deleted).toContain(stale.id);
    expect(deleted).not.toContain(kept.id);
    expect(await storage.get(A.id, stale.id)).toBeNull();
    expect(await storage.get(A.id, `${stale.id}/thumbnail`)).toBeNull();
    expect((await download(adminA.token, `/files/${stale.id}`)).status).toBe(404);
    expect((await download(adminA.token, `/files/${kept.id}`)).status).toBe(200);
  });
});
