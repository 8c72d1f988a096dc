import { expect, shot, signIn, test } from './fixtures';

test('sign-in page in Chinese; a wrong password is explained', async ({ page }) => {
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByText('物业品质管理平台').first()).toBeVisible();
  await shot(page, 'desktop-login');
  await page.getByLabel('邮箱').fill('nobody@anju.demo');
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByRole('alert').getByText('邮箱或密码错误')).toBeVisible();
});

test('phone width: the sign-in page', async ({ browsers }) => {
  const p = await browsers.open('phone');
  await p.goto('/login');
  await expect(p.getByRole('button', { name: /登\s*录/ })).toBeVisible();
  await shot(p, 'phone-login');
});

test('sign-out clears the token and returns to /login', async ({ page }) => {
  await signIn(page, 'admin@anju.demo');
  expect(await page.evaluate(() => localStorage.getItem('anju.token'))).not.toBeNull();
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/login$/);
  expect(await page.evaluate(() => localStorage.getItem('anju.token'))).toBeNull();
});
