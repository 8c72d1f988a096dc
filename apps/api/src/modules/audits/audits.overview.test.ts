import 'reflect-metadata';
/**
 * The campaign overview (issue 9, items 8 and 10): estates ranked by score with findings by
 * department, closure rate and overdue count, exported as .xlsx, seen through the caller's
 * ability; and the same statements for a campaign of 3 estates as for one of 30.
 */
import { randomBytes } from 'node:crypto';
import { type AuditDepartment } from '@anju/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  campaign,
  submittedAudit,
  type TemplateVersion,
  templateVersion,
} from '../../../test/audit-fixture.js';
import { downloadFile } from '../../../test/files.js';
import {
  codeOf,
  startTestKit,
  TEST_NOW,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';
import { workbookText } from '../../../test/schema-roles.js';
import { withSystem, withTenant } from '../../db/tenant.js';
import { estates } from '../estates/index.js';

const OVERVIEW = `query($c: ID!) { auditCampaignOverview(campaignId: $c) { campaignId name kind quarter averagePercent
  findingCount closureRate overdueCount rows { rank auditId estateId estateName status scorePercent grade gradeLabel
  criticalFailed findingCount findingsByDepartment { department count } rectificationsTotal rectificationsVerified
  closureRate overdueCount } } }`;
const EXPORT = `mutation($i: ExportAuditCampaignOverviewInput!) { exportAuditCampaignOverview(input: $i) { id name contentType } }`;

interface Row {
  rank: number | null;
  estateId: string;
  estateName: string;
  scorePercent: number | null;
  gradeLabel: string | null;
  criticalFailed: number;
  findingCount: number;
  findingsByDepartment: { department: AuditDepartment; count: number }[];
  rectificationsTotal: number;
  rectificationsVerified: number;
  closureRate: number | null;
  overdueCount: number;
}
interface Overview {
  auditCampaignOverview: {
    name: string;
    rows: Row[];
    findingCount: number;
    closureRate: number | null;
    overdueCount: number;
    averagePercent: number | null;
  };
}

/** Statements recorded while set. */
let recording: string[] | null = null;
let kit: TestKit;

interface Setup {
  co: TestCompany;
  admin: TestUser;
  campaignId: string;
  estateIds: string[];
  version: TemplateVersion;
}

/** A company with `count` estates and a campaign with a submitted audit of each (estate i fails i % 4 items). */
async function setUp(count: number): Promise<Setup> {
  const co = await kit.company();
  const tag = randomBytes(3).toString('hex');
  if (count > 3)
    await withSystem(kit.database, 'test', (tx) =>
      tx.insert(estates).values(
        Array.from({ length: count - 3 }, (_, i) => ({
          companyId: co.id,
          regionId: co.regions[0]!.id,
          name: `加苑 ${tag} ${i}`,
          code: `X-${tag}-${i}`,
          type: 'RESIDENTIAL' as const,
          households: 100,
        })),
      ),
    );
  const estateIds = (
    await kit.database.raw<{ id: string }>('select id from estates where company_id = $1 order by code', [
      co.id,
    ])
  ).map((r) => r.id);
  const version = await templateVersion(kit.database, co.id);
  const campaignId = await campaign(kit.database, co.id, version);
  const admin = await co.user('COMPANY_ADMIN');
  for (const [i, estateId] of estateIds.entries())
    await submittedAudit(kit.database, {
      companyId: co.id,
      estateId,
      version,
      campaignId,
      submittedAt: new Date(TEST_NOW.getTime() - 86400_000),
      fail: i % 4,
      avoidCritical: true,
    });
  return { co, admin, campaignId, estateIds, version };
}

let small: Setup;
let large: Setup;

beforeAll(async () => {
  kit = await startTestKit({ onQuery: (text) => void recording?.push(text) });
  small = await setUp(3);
  large = await setUp(30);
}, 120_000);
afterAll(() => kit?.close());

async function overview(token: string, campaignId: string) {
  const res = await kit.gql<Overview>(token, OVERVIEW, { c: campaignId });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.auditCampaignOverview;
}

describe('campaign overview', () => {
  it('ranks estates by score with findings by department, closure and overdue counts', async () => {
    const { co, admin, campaignId, estateIds, version } = small;
    // Estate 1 (one finding): its rectification verified. Estate 2 (two): both overdue.
    await withTenant(kit.database, co.id, async (tx) => {
      await tx.execute(
        sql`update rectifications set status = 'VERIFIED', verified_at = now() where estate_id = ${estateIds[1]!}`,
      );
      await tx.execute(
        sql`update rectifications set overdue_at = ${TEST_NOW.toISOString()}::timestamptz where estate_id = ${estateIds[2]!}`,
      );
    });
    const o = await overview(admin.token, campaignId);
    expect(o.rows.map((r) => [r.rank, r.estateId])).toEqual([
      [1, estateIds[0]],
      [2, estateIds[1]],
      [3, estateIds[2]],
    ]);
    const [best, second, third] = o.rows;
    expect(best).toMatchObject({ scorePercent: 100, gradeLabel: '优', findingCount: 0, closureRate: null });
    expect(second!.scorePercent).toBeGreaterThan(third!.scorePercent!);
    const failing = version.content.sections.flatMap((s) =>
      s.items.filter((i) => !i.critical).map(() => s.department),
    );
    const byDept = (n: number) => {
      const counts = new Map<AuditDepartment, number>();
      for (const d of failing.slice(0, n)) counts.set(d, (counts.get(d) ?? 0) + 1);
      return [...counts].map(([department, count]) => ({ department, count }));
    };
    expect(second).toMatchObject({
      findingCount: 1,
      findingsByDepartment: byDept(1),
      rectificationsTotal: 1,
      rectificationsVerified: 1,
      closureRate: 100,
      overdueCount: 0,
      criticalFailed: 0,
    });
    expect(third).toMatchObject({
      findingCount: 2,
      findingsByDepartment: byDept(2),
      rectificationsTotal: 2,
      rectificationsVerified: 0,
      closureRate: 0,
      overdueCount: 2,
    });
    expect(o).toMatchObject({ findingCount: 3, overdueCount: 2, closureRate: 33.33 });
  });

  it('shows each role what it may read of the campaign', async () => {
    const { co, campaignId, estateIds } = small;
    const manager = await co.user('ESTATE_MANAGER', { estateIds: [estateIds[1]!] });
    const asManager = await overview(manager.token, campaignId);
    expect(asManager.rows.map((r) => r.estateId)).toEqual([estateIds[1]]);
    const committee = await co.user('COMMITTEE_MEMBER');
    expect(codeOf(await kit.gql(committee.token, OVERVIEW, { c: campaignId }))).toBe('FORBIDDEN');
    // Another company's campaign, and a malformed id, are NOT_FOUND.
    expect(codeOf(await kit.gql(large.admin.token, OVERVIEW, { c: campaignId }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(large.admin.token, EXPORT, { i: { campaignId } }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(small.admin.token, OVERVIEW, { c: 'x' }))).toBe('NOT_FOUND');
    // A spot-check round the estate cannot see yet does not exist for its manager.
    const secret = await campaign(kit.database, co.id, small.version, 'SPOT_CHECK');
    expect(codeOf(await kit.gql(manager.token, OVERVIEW, { c: secret }))).toBe('NOT_FOUND');
    expect((await overview(small.admin.token, secret)).rows).toEqual([]);
  });

  it('exports the ranking as .xlsx', async () => {
    const { admin, campaignId, co } = small;
    const res = await kit.gql<{
      exportAuditCampaignOverview: { id: string; name: string; contentType: string };
    }>(admin.token, EXPORT, { i: { campaignId } });
    expect(codeOf(res)).toBe('OK');
    const file = res.data!.exportAuditCampaignOverview;
    expect(file.name).toMatch(/^品质检查排名-.*\.xlsx$/);
    const download = await downloadFile(kit, admin.token, file.id);
    expect(download.status).toBe(200);
    const text = await workbookText(download.bytes);
    const o = await overview(admin.token, campaignId);
    expect(text).toContain(o.name);
    for (const e of co.estates) expect(text).toContain(e.name);
    expect(text).toContain('关闭率');
    const en = await kit.gql<{ exportAuditCampaignOverview: { name: string } }>(admin.token, EXPORT, {
      i: { campaignId, language: 'EN' },
    });
    expect(en.data!.exportAuditCampaignOverview.name).toMatch(/^audit-ranking-/);
  });

  it('sends the same statements for a campaign of 3 estates as for one of 30', async () => {
    const statementsOf = async ({ admin, campaignId }: Setup) => {
      await overview(admin.token, campaignId);
      recording = [];
      const o = await overview(admin.token, campaignId);
      const statements = recording;
      recording = null;
      return { o, statements };
    };
    const a = await statementsOf(small);
    const b = await statementsOf(large);
    expect(a.o.rows).toHaveLength(3);
    expect(b.o.rows).toHaveLength(30);
    expect(b.o.rows.filter((r) => r.findingCount > 0).length).toBeGreaterThan(20);
    expect(b.statements).toEqual(a.statements);
    expect(a.statements.length).toBeGreaterThan(0);
    expect(a.statements.length).toBeLessThanOrEqual(6);
  });
});
