import { expect, graphqlResponse, openMenu, runLastQuarter, shot, signIn, test } from './fixtures';

/** A small real PNG (the file service checks an upload by its bytes). */
const PHOTO = {
  name: 'after.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
};

test('the estate manager rectifies with an after-photo, the auditor verifies it', async ({
  page,
  browsers,
}) => {
  // The manager of 翠湖苑: last quarter's findings, one of them being worked on.
  await signIn(page, 'manager@anju.demo');
  await openMenu(page, '整改');
  await page.waitForURL(/\/rectifications/);
  await expect(page.getByText('整改中').first()).toBeVisible();
  await shot(page, 'desktop-rectifications-manager');
  await page.getByRole('row').filter({ hasText: '整改中' }).first().getByRole('link').click();
  await page.waitForURL(/\/rectifications\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  await page.getByLabel('原因分析').fill('夜班保洁员未按频次巡查，班组长未复核');
  await page.getByLabel('纠正措施').fill('当日重新清洁到位并拍照');
  await page.getByLabel('预防措施').fill('增加班组长每日两次巡查并签字');
  const uploaded = page.waitForResponse((r) => r.url().endsWith('/files') && r.request().method() === 'POST');
  await page.getByLabel('整改后照片').setInputFiles(PHOTO);
  expect((await uploaded).status()).toBe(201);
  const submitted = graphqlResponse(page, 'SubmitRectification');
  await page.getByRole('button', { name: '提交验证' }).click();
  expect(((await (await submitted).json()) as { errors?: unknown }).errors).toBeUndefined();
  await expect(page.getByText('待验证').first()).toBeVisible();
  await shot(page, 'desktop-rectification-submitted');

  // The auditor, on a phone: waiting for verification on the home page, verified in two taps.
  const auditor = await browsers.open('phone');
  await signIn(auditor, 'auditor@anju.demo');
  await expect(auditor.getByText('待我验证').or(auditor.getByText('待验证')).first()).toBeVisible();
  await shot(auditor, 'phone-auditor-home');
  await auditor.goto(path);
  await expect(auditor.getByRole('img').first()).toBeVisible();
  const verified = graphqlResponse(auditor, 'VerifyRectification');
  await auditor.getByRole('button', { name: '验证通过' }).click();
  expect(((await (await verified).json()) as { errors?: unknown }).errors).toBeUndefined();
  await expect(auditor.getByText('已验证').first()).toBeVisible();
  await shot(auditor, 'phone-rectification-verified');
});

test('a spot check of 翠湖苑 planned for next week: the auditor sees it, its manager does not', async ({
  page,
  browsers,
}) => {
  await signIn(page, 'auditor@anju.demo');
  await openMenu(page, '品质检查');
  await page.waitForURL(/\/audits/);
  await expect(page.getByText('突击抽查 · 翠湖苑').first()).toBeVisible();
  await shot(page, 'desktop-audits-auditor');
  const manager = await browsers.open('desktop');
  await signIn(manager, 'manager@anju.demo');
  await openMenu(manager, '品质检查');
  await manager.waitForURL(/\/audits/);
  // Announced audits are listed; the unannounced one is not, nor counted.
  await expect(manager.getByText('季度品质评估').first()).toBeVisible();
  await expect(manager.getByText('突击抽查 · 翠湖苑')).toHaveCount(0);
  await shot(manager, 'desktop-audits-manager');
});

test('campaign overview: estates ranked by score, exportable', async ({ page }) => {
  await signIn(page, 'auditor@anju.demo');
  await openMenu(page, '检查批次');
  await page.waitForURL(/\/audit-campaigns/);
  const finished = page.getByRole('listitem').filter({ hasText: `${runLastQuarter()} 季度品质评估` });
  await expect(finished).toBeVisible();
  await shot(page, 'desktop-audit-campaigns');
  await finished.getByRole('link', { name: '排名与整改总览' }).click();
  await page.waitForURL(/\/audit-campaigns\/[0-9a-f-]{36}\/overview$/);
  // Seven estates in service (the eighth is still being prepared), ranked: the strongest (翠湖苑) near the top, the weakest last.
  const rows = page.locator('.ant-table-tbody tr');
  await expect(rows).toHaveCount(7);
  await expect(rows.last()).toContainText('金桂园');
  await shot(page, 'desktop-audit-campaign-overview');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
});
