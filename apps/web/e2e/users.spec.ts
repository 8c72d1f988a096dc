import { expect, openMenu, shot, signIn, stamp, test } from './fixtures';

test('company admin invites a user; the invitee sets a password once and signs in', async ({
  page: a,
  browsers,
  baseURL,
}) => {
  const invitee = {
    email: `e2e-${stamp.toLowerCase()}@anju.demo`,
    name: `测试员${stamp}`,
    code: '',
    link: '',
  };

  await test.step('users page for the company admin', async () => {
    await signIn(a, 'admin@anju.demo');
    await openMenu(a, '用户管理');
    await a.waitForURL(/\/users$/);
    await expect(a.getByRole('cell', { name: 'manager@anju.demo' })).toBeVisible();
    await shot(a, 'desktop-users');
  });

  await test.step('creating a user without a password shows an invitation code and link once', async () => {
    await a.getByRole('button', { name: '新建用户' }).click();
    const modal = a.getByRole('dialog').filter({ hasText: '新建用户' });
    await modal.getByLabel('邮箱').fill(invitee.email);
    await modal.getByLabel('姓名').fill(invitee.name);
    await modal.locator('.ant-select').filter({ hasText: '搜索并选择小区' }).click();
    await a.keyboard.type('翠湖');
    // Wait for the server's answer to the search (only 翠湖苑 left) before choosing: a click while
    // the list is replaced by that answer can land on an option that is going away.
    const options = a.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect(options).toHaveCount(1);
    await options.filter({ hasText: '翠湖苑' }).click();
    await expect(modal.locator('.ant-select-selection-item').filter({ hasText: '翠湖苑' })).toBeVisible();
    await a.keyboard.press('Escape');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    const token = a.getByTestId('invitation-token');
    await expect(token).toHaveText(/^\s*[\w-]{20,}\s*$/);
    invitee.code = (await token.textContent())?.trim() ?? '';
    invitee.link = `${baseURL}/invite?code=${invitee.code}`;
    await expect(a.getByTestId('invitation-link')).toHaveText(invitee.link);
    await shot(a, 'desktop-users-invitation');
    await a.getByRole('button', { name: '关 闭' }).click();
    await expect(a.getByTestId('invitation-token')).toBeHidden();
  });

  await test.step('the English switch relabels the shell, and back', async () => {
    // The menu opens with an animation; a click that lands while it is still moving can miss, so
    // the switch is retried until the page speaks English.
    await expect(async () => {
      await a.getByRole('button', { name: /^(语言|Language)$/ }).click();
      await a.getByRole('menuitem', { name: 'English' }).click({ timeout: 2000 });
      await expect(a.locator('html')).toHaveAttribute('lang', 'en-US', { timeout: 2000 });
    }).toPass({ timeout: 20000 });
    await expect(a.getByRole('menuitem', { name: 'Estates' })).toBeVisible();
    await expect(a.locator('html')).toHaveAttribute('lang', 'en-US');
    await shot(a, 'desktop-users-en');
    // The first language menu must be gone before the second opens: a click on an item of a menu
    // that is still closing (its leave animation) does nothing.
    await expect(a.getByRole('menuitem', { name: 'English' })).toBeHidden();
    await expect(async () => {
      await a.getByRole('button', { name: /^(语言|Language)$/ }).click();
      await a.getByRole('menuitem', { name: '中文' }).click({ timeout: 2000 });
      await expect(a.locator('html')).toHaveAttribute('lang', 'zh-CN', { timeout: 2000 });
    }).toPass({ timeout: 20000 });
    await expect(a.getByRole('menuitem', { name: '小区管理' })).toBeVisible();
  });

  const newPassword = `invite-${stamp}`;
  // Phone first, for the screenshot only: the code is redeemed on the desktop below.
  const p = await browsers.open('phone');
  await test.step('the invitation link opens on a phone with the code filled in', async () => {
    await p.goto(invitee.link);
    await expect(p.getByRole('button', { name: '设置密码并登录' })).toBeVisible();
    await expect(p.getByLabel('邀请码')).toHaveValue(invitee.code);
    await shot(p, 'phone-invite');
  });

  await test.step('a fresh browser redeems the code and lands on the dashboard', async () => {
    const v = await browsers.open();
    await v.goto(invitee.link);
    await expect(v.getByLabel('邀请码')).toHaveValue(invitee.code);
    await v.getByLabel('新密码').fill(newPassword);
    await v.getByLabel('确认密码').fill(`${newPassword}x`);
    await v.getByRole('button', { name: '设置密码并登录' }).click();
    await expect(v.getByText('两次输入的密码不一致')).toBeVisible();
    await v.getByLabel('确认密码').fill(newPassword);
    await expect(v.getByText('两次输入的密码不一致')).toHaveCount(0);
    await v.mouse.move(0, 0); // no hover colour on the button in the screenshot
    await shot(v, 'desktop-invite');
    await v.getByRole('button', { name: '设置密码并登录' }).click();
    await v.waitForURL((u) => u.pathname === '/');
    await expect(v.getByTestId('user-menu').getByText(invitee.name)).toBeVisible();
    await expect(v.getByText(`${invitee.name}，您好`)).toBeVisible();
    // Estate staff of 翠湖苑: one estate, and no region query that the role may not run.
    await expect(
      v.locator('.ant-statistic').filter({ hasText: '小区总数' }).getByText('1', { exact: true }),
    ).toBeVisible();
    await expect(v.locator('.ant-alert-error')).toHaveCount(0);
    expect(await v.evaluate(() => localStorage.getItem('anju.token'))).not.toBeNull();
    await shot(v, 'desktop-invite-dashboard');
  });

  await test.step('the code works once; the chosen password signs in from then on', async () => {
    await p.getByLabel('新密码').fill(newPassword);
    await p.getByLabel('确认密码').fill(newPassword);
    await p.getByRole('button', { name: '设置密码并登录' }).click();
    await expect(p.getByRole('alert').getByText('邀请码无效或已过期')).toBeVisible();
    await shot(p, 'phone-invite-used');
    await p.getByRole('link', { name: '已有账号？返回登录' }).click();
    await p.waitForURL(/\/login$/);
    await signIn(p, invitee.email, newPassword);
    await expect(p.getByText(`${invitee.name}，您好`)).toBeVisible();
  });
});

test('an estate manager does not get 用户管理', async ({ page: m }) => {
  await signIn(m, 'manager@anju.demo');
  await expect(m.getByRole('menuitem', { name: '小区管理' })).toBeVisible();
  await expect(m.getByRole('menuitem', { name: '用户管理' })).toHaveCount(0);
  await m.goto('/users');
  await expect(m.getByText('没有访问权限')).toBeVisible();
});

test('phone width: users as cards', async ({ browsers }) => {
  const p = await browsers.open('phone');
  await signIn(p, 'admin@anju.demo');
  await openMenu(p, '用户管理');
  await expect(p.getByRole('listitem').filter({ hasText: 'manager@anju.demo' })).toBeVisible();
  await shot(p, 'phone-users');
});
