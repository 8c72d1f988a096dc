import 'reflect-metadata';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadFile, uploaded } from '../../test/files.js';
import { startTestKit, TEST_NOW, type TestKit } from '../../test/kit.js';
import { withTenant } from '../db/tenant.js';
import {
  attachFile,
  EXPIRE_FILES,
  HOURLY_FILE_EXPIRY,
  sendFileExpiries,
  UNATTACHED_TTL_MS,
} from './index.js';

let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit({ env: { JOBS: 'on', JOBS_POLL_INTERVAL_SECONDS: '0.5' } });
}, 60_000);
afterAll(() => kit?.close());

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('x').addRow(['a', 1]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('expiry of unattached files', () => {
  it('runs every hour and deletes, per company, the unattached files past their day, bytes included', async () => {
    const jobs = kit.app.services.jobs;
    const storage = kit.app.services.fileStorage;
    expect(await jobs.schedules()).toContainEqual({
      name: HOURLY_FILE_EXPIRY,
      cron: '17 * * * *',
      timezone: 'Asia/Shanghai',
    });
    const [A, B] = [await kit.company(), await kit.company()];
    const [adminA, adminB] = [await A.user('COMPANY_ADMIN'), await B.user('COMPANY_ADMIN')];
    const staleA = await uploaded(kit, adminA.token, await workbook());
    const keptA = await uploaded(kit, adminA.token, await workbook());
    const staleB = await uploaded(kit, adminB.token, await workbook());
    // An export is an unattached file of its caller, like an upload: it expires with them.
    const exported = await kit.gql<{ exportComparison: { id: string } }>(
      adminB.token,
      `mutation($input: ExportComparisonInput!) { exportComparison(input: $input) { id } }`,
      { input: { filter: { period: '2025-01' }, kind: 'LEAGUE' } },
    );
    const staleExport = exported.data!.exportComparison.id;
    await withTenant(kit.database, A.id, (tx) =>
      attachFile(
        tx,
        { companyId: A.id, userId: adminA.id },
        keptA,
        { type: 'TestRecord', id: keptA },
        TEST_NOW,
      ),
    );

    const later = new Date(TEST_NOW.getTime() + UNATTACHED_TTL_MS + 60_000);
    kit.setNow(later);
    const fresh = await uploaded(kit, adminA.token, await workbook());
    try {
      const expired = new Set<string>();
      const bothDone = new Promise<void>((resolve) => {
        jobs.events.on('completed', ({ name, companyId }) => {
          if (name !== EXPIRE_FILES) return;
          expired.add(companyId);
          if (expired.has(A.id) && expired.has(B.id)) resolve();
        });
      });
      // What the hourly schedule does: one job per company holding expired files.
      expect(await sendFileExpiries(jobs, kit.app.services)).toBeGreaterThanOrEqual(2);
      await bothDone;
      const left = await kit.database.raw<{ id: string }>('select id from files where id = any($1::uuid[])', [
        [staleA, keptA, staleB, staleExport, fresh],
      ]);
      expect(left.map((r) => r.id).sort()).toEqual([keptA, fresh].sort());
      for (const [company, id] of [
        [A.id, staleA],
        [B.id, staleB],
        [B.id, staleExport],
      ] as const) {
        expect(await storage.get(company, id)).toBeNull();
      }
      expect(await storage.get(A.id, keptA)).not.toBeNull();
      expect((await downloadFile(kit, adminA.token, fresh)).status).toBe(200);
      // Nothing left to expire in A: the next run queues no job for it.
      const due = await kit.database.raw<{ n: number }>(
        `select count(*)::int as n from files where company_id = $1 and attached_id is null and created_at < $2`,
        [A.id, new Date(later.getTime() - UNATTACHED_TTL_MS).toISOString()],
      );
      expect(due[0]!.n).toBe(0);
    } finally {
      kit.setNow(TEST_NOW);
    }
  }, 30_000);
});
