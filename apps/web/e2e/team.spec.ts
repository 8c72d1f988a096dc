import { extractText, getDocumentProxy } from 'unpdf';
import { expect, graphqlResponse, openMenu, shot, signIn, test } from './fixtures';

test('estate manager: the team of 翠湖苑 with certificate warnings, a vacancy, and a staff record', async ({
  page,
}) => {
  await signIn(page, 'manager@anju.demo');
  await openMenu(page, '团队管理');
  await page.waitForURL(/\/team/);
  // 翠湖苑 is the manager's estate: chosen for them; its team is listed.
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
  await expect(page.getByTestId('certificate-state').filter({ hasText: '即将到期' }).first()).toBeVisible();
  await shot(page, 'desktop-team-staff');

  await page.getByRole('tab', { name: '岗位编制' }).click();
  await expect(page.getByText('缺编 1')).toBeVisible();
  await shot(page, 'desktop-team-positions');

  // A guard's record: masked ID number, revealed on request.
  await page.getByRole('tab', { name: '人员' }).click();
  await page.getByRole('checkbox', { name: '仅看证书预警' }).check();
  await page.getByRole('table').getByRole('link').first().click();
  await page.waitForURL(/\/team\/staff\/[0-9a-f-]{36}$/);
  const masked = page.getByTestId('id-number');
  await expect(masked).toHaveText(/^\d{3}\*{11}\d{3}[\dX]$/);
  const revealed = graphqlResponse(page, 'RevealStaffIdNumber');
  await page.getByRole('button', { name: '查看完整号码' }).click();
  await revealed;
  await expect(masked).toHaveText(/^\d{17}[\dX]$/);
  await expect(page.getByTestId('certificate').first()).toBeVisible();
  await shot(page, 'desktop-staff-detail');
  // The edit drawer, filled from the record (the ID number is never put back into the form).
  await page.getByRole('button', { name: '编辑' }).click();
  await expect(page.getByRole('dialog').getByLabel('姓名')).not.toHaveValue('');
  await expect(page.getByRole('dialog').getByLabel('身份证号')).toHaveValue('');
  await shot(page, 'desktop-staff-edit');
});

test('roster: 翠湖苑’s security roster shows the uncovered day shift; a day is marked as leave', async ({
  page,
}) => {
  await signIn(page, 'manager@anju.demo');
  await openMenu(page, '排班');
  await page.waitForURL(/\/rosters/);
  // The security post (24 hours) is shown first.
  await expect(page.getByRole('heading', { name: /秩序维护部/ })).toBeVisible();
  await expect(page.getByTestId('roster-grid')).toBeVisible();
  await expect(page.getByTestId('coverage-gap').first()).toBeVisible();
  await expect(page.getByTestId('roster-problem-day').first()).toBeVisible();
  await shot(page, 'desktop-roster-gap');

  // Leave on a working day of the first guard: saved, the grid shows 假.
  const cell = page
    .locator('td[role="button"]')
    .filter({ hasText: /^[白夜]/ })
    .first();
  await cell.click();
  await expect(page.getByRole('dialog').getByRole('radio', { name: '请假' })).toBeChecked();
  // The dialog has finished opening (its zoom animation) before the picture is taken.
  await expect(page.locator('.ant-modal').last()).not.toHaveClass(/zoom-(appear|enter)/);
  await shot(page, 'desktop-roster-day-editor');
  const edited = graphqlResponse(page, 'EditRosterDay');
  await page.getByRole('dialog').getByRole('button', { name: '确 定' }).click();
  expect(((await (await edited).json()) as { errors?: unknown }).errors).toBeUndefined();
  await expect(page.getByText('已修改')).toBeVisible();

  // Printed on A4 landscape: the grid's names are in the PDF's text.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: true,
  });
  // One landscape page with the department, the people and the legend; no buttons or menus.
  expect(totalPages).toBe(1);
  // The PDF's fonts map some characters to their Kangxi radical forms (⼩ for 小): NFKC folds them back.
  const flat = text.normalize('NFKC');
  for (const words of ['秩序维护部', '尹鹏', '曹华', '24 小时岗位空档']) expect(flat).toContain(words);
  expect(flat).not.toContain('重新生成');
  await page.emulateMedia({ media: 'screen' });
});

test('phone: a guard sees their own shifts this week', async ({ browsers }) => {
  const p = await browsers.open('phone');
  await signIn(p, 'staff@anju.demo');
  await p.goto('/my-shifts');
  await expect(p.getByTestId('my-shift')).toHaveCount(7);
  await expect(p.getByText('今天')).toBeVisible();
  await shot(p, 'phone-my-shifts');
});

test('the committee gets no team or roster pages', async ({ page }) => {
  await signIn(page, 'committee@anju.demo');
  await expect(page.getByRole('menuitem', { name: '首页' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '团队管理' })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: '排班' })).toHaveCount(0);
});

test('phone width: the team as cards, the roster grid scrolls sideways', async ({ browsers }) => {
  const p = await browsers.open('phone');
  await signIn(p, 'manager@anju.demo');
  await p.goto('/team');
  await expect(p.locator('.ant-list-item').first()).toBeVisible();
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await shot(p, 'phone-team');
  await p.goto('/rosters');
  await expect(p.getByTestId('roster-grid')).toBeVisible();
  expect(
    await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(1);
  await shot(p, 'phone-roster');
  // A staff record on a phone: record, certificates, training stacked.
  await p.goto('/team');
  await p.locator('.ant-list-item a').first().click();
  await p.waitForURL(/\/team\/staff\/[0-9a-f-]{36}$/);
  await expect(p.getByTestId('id-number')).toBeVisible();
  expect(
    await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(1);
  await shot(p, 'phone-staff-detail');
});
