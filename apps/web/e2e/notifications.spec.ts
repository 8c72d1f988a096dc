import { expect, graphqlResponse, openMenu, runMonth, shot, signIn, test } from './fixtures';

/** Last month of the run, as the bell words it (`2026年5月`). */
function lastMonth() {
  const { month } = runMonth();
  const [y, m] = month.split('-').map(Number) as [number, number];
  const year = m === 1 ? y - 1 : y;
  const number = m === 1 ? 12 : m - 1;
  return { month: `${year}-${String(number).padStart(2, '0')}`, label: `${year}年${number}月` };
}

test('estate manager: the bell shows last month’s reminder, opens the form and marks it read', async ({
  page,
}) => {
  const last = lastMonth();
  await signIn(page, 'manager@anju.demo');
  // The demo starts with last month's reminder: 翠湖苑 was sent back and has not resubmitted.
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName('通知（1 条未读）');
  await bell.click();
  const list = page.getByTestId('notification-list');
  const item = list.getByTestId('notification').first();
  await expect(item).toContainText(`请提交${last.label}月度数据`);
  await expect(item).toContainText(`翠湖苑尚未提交${last.label}的月度指标数据（每月 5 日截止）`);
  await expect(item).toHaveAttribute('data-unread', 'true');
  await shot(page, 'desktop-notifications-bell');

  const marked = graphqlResponse(page, 'MarkNotificationRead');
  await item.getByText(`请提交${last.label}月度数据`).click();
  await marked;
  await page.waitForURL((u) => u.pathname === '/figures' && u.searchParams.get('month') === last.month);
  await expect(bell).toHaveAccessibleName('通知');
});

test('phone width: the bell opens within the screen', async ({ browsers }) => {
  const p = await browsers.open('phone');
  await signIn(p, 'staff@anju.demo');
  await p.getByTestId('notification-bell').click();
  const list = p.getByTestId('notification-list');
  await expect(list.getByText('暂无通知')).toBeVisible();
  const box = (await list.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(p.viewportSize()!.width);
  await shot(p, 'phone-notifications-bell');
});

test('company admin: sets the reminder day on the company settings page', async ({ page }) => {
  await signIn(page, 'admin@anju.demo');
  await openMenu(page, '公司设置');
  await page.waitForURL(/\/settings$/);
  const day = page.getByRole('spinbutton', { name: '提交截止日' });
  await expect(day).toHaveValue('5');
  await day.fill('10');
  const saved = graphqlResponse(page, 'UpdateCompanySettings');
  await page
    .getByTestId('reminder-settings')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  expect(((await (await saved).json()) as { data: unknown }).data).toMatchObject({
    updateCompanySettings: { figureReminderDay: 10 },
  });
  await expect(page.getByText('设置已保存')).toBeVisible();
  await shot(page, 'desktop-company-settings');
  // Back to the demo's day, so a rerun against the same servers starts alike.
  await day.fill('5');
  const restored = graphqlResponse(page, 'UpdateCompanySettings');
  await page
    .getByTestId('reminder-settings')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  await restored;
});
