import { apiQuery, expect, openMenu, runLastQuarter, shot, signIn, test } from './fixtures';

test('audit detail: last quarter’s audit of 翠湖苑 with its score, sections and findings', async ({
  page,
}) => {
  await signIn(page, 'manager@anju.demo');
  await openMenu(page, '品质检查');
  await page.waitForURL(/\/audits/);
  await page.getByRole('link', { name: `${runLastQuarter()} 季度品质评估 · 翠湖苑` }).click();
  await page.waitForURL(/\/audits\/[0-9a-f-]{36}$/);
  await expect(page.getByText('分项得分')).toBeVisible();
  await expect(page.getByText(/不合格项（\d+）/)).toBeVisible();
  // The demo's answers are drawn per quarter: the score is the API's for this audit.
  const { audit } = await apiQuery<{ audit: { score: { total: { percent: number } } } }>(
    page,
    'manager@anju.demo',
    'query($id: ID!) { audit(id: $id) { score { total { percent } } } }',
    { id: new URL(page.url()).pathname.split('/').pop() },
  );
  const percent = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(
    audit.score.total.percent,
  );
  await expect(page.getByText(`${percent}%`).first()).toBeVisible();
  await shot(page, 'desktop-audit-detail-manager');
});

test('self-check schedules: the estate manager plans a semi-monthly check', async ({ browsers }) => {
  const p = await browsers.open('phone');
  await signIn(p, 'manager@anju.demo');
  await openMenu(p, '自查计划');
  await p.waitForURL(/\/audit-schedules/);
  await expect(p.getByRole('button', { name: /新建自查计划/ })).toBeVisible();
  await shot(p, 'phone-audit-schedules');
});

test('the auditor opens the new-campaign form: template versions, estates and auditors to choose', async ({
  page,
}) => {
  await signIn(page, 'auditor@anju.demo');
  await openMenu(page, '检查批次');
  await page.waitForURL(/\/audit-campaigns/);
  await page.getByRole('button', { name: /新建批次/ }).click();
  await expect(page.getByText('新建检查批次')).toBeVisible();
  await expect(page.getByText('受检小区')).toBeVisible();
  await shot(page, 'desktop-audit-campaign-form');
});
