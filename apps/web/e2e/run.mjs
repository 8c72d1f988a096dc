#!/usr/bin/env node
// Browser test of the web shell against the real API, in Debian's Chromium via playwright-core.
// Starts the built API (embedded PGlite, demo data) and `vite preview` on free ports, runs the
// flows, saves screenshots to e2e/screenshots/, and always stops what it started.
import { execSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(webDir, '../..');
const apiDir = path.join(repoRoot, 'apps/api');
const shotsDir = path.join(webDir, 'e2e/screenshots');
const PASSWORD = 'demo12345';
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execSync(`command -v ${name}`, { shell: '/bin/sh', stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
      if (found) return found;
    } catch {
      // not installed under this name
    }
  }
  return null;
}

const executablePath = findChromium();
if (!executablePath) {
  console.log(
    'SKIP e2e: no Chromium binary found (set CHROMIUM_PATH or install `chromium`). Browser tests not run.',
  );
  process.exit(0);
}

const { chromium } = await import('playwright-core');

// ---------------------------------------------------------------- processes
const children = [];
const tempDirs = [];
let browser = null;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function start(name, args, options) {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  const keep = (chunk) => {
    log.push(...chunk.toString().split('\n').filter(Boolean));
    if (log.length > 400) log.splice(0, log.length - 400);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const entry = { name, child, log, exited: false };
  child.on('exit', () => {
    entry.exited = true;
  });
  children.push(entry);
  return entry;
}

async function stopAll() {
  if (browser) await browser.close().catch(() => undefined);
  browser = null;
  await Promise.all(
    children.map(
      (c) =>
        new Promise((resolve) => {
          if (c.exited) return resolve();
          const timer = setTimeout(() => {
            c.child.kill('SIGKILL');
            resolve();
          }, 8000);
          c.child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          c.child.kill('SIGTERM');
        }),
    ),
  );
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    void stopAll().then(() => process.exit(130));
  });
}

async function waitForHttp(url, proc, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exited) throw new Error(`${proc.name} exited before ${url} answered`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

function build(filter) {
  console.log(`… building ${filter}`);
  const result = spawnSync('pnpm', ['--filter', filter, 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`build of ${filter} failed`);
}

// ---------------------------------------------------------------- helpers
let step = 0;
async function check(name, fn) {
  step += 1;
  const t0 = Date.now();
  await fn();
  console.log(`✓ ${String(step).padStart(2)} ${name} (${Date.now() - t0} ms)`);
}

async function shot(page, name) {
  await page.waitForTimeout(350); // let antd motion settle
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: false });
}

async function newPage(viewport) {
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    isMobile: viewport === PHONE,
    hasTouch: viewport === PHONE,
    deviceScaleFactor: viewport === PHONE ? 2 : 1,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.consoleErrors = [];
  page.on('pageerror', (e) => page.consoleErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.consoleErrors.push(m.text());
  });
  // Remember when the estateChanged subscription went out over the WebSocket.
  page.subscribed = false;
  page.on('websocket', (ws) => {
    ws.on('framesent', (f) => {
      if (
        typeof f.payload === 'string' &&
        f.payload.includes('"subscribe"') &&
        f.payload.includes('estateChanged')
      ) {
        page.subscribed = true;
      }
    });
  });
  return page;
}

async function signIn(page, base, email, password = PASSWORD) {
  await page.goto(`${base}/login`);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.getByTestId('user-menu').waitFor();
}

async function openMenu(page, label) {
  const item = page.getByRole('menuitem', { name: label });
  if (!(await item.isVisible())) await page.getByRole('button', { name: '打开菜单' }).click();
  await item.click();
}

async function searchEstates(page, text) {
  await page.getByPlaceholder('搜索名称、编号或地址').fill(text);
}

async function fillEstateForm(page, { name, code }) {
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('小区名称').fill(name);
  await drawer.getByLabel('项目编号').fill(code);
  return drawer;
}

async function waitForSubscription(page) {
  const deadline = Date.now() + 15_000;
  while (!page.subscribed) {
    if (Date.now() > deadline)
      throw new Error('estateChanged subscription never went out over the WebSocket');
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(500); // the server registers the subscription after receiving it
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// ---------------------------------------------------------------- run
let failed = false;
const pages = [];
try {
  mkdirSync(shotsDir, { recursive: true });
  // E2E_BASE_URL runs the flows against servers that are already up (e.g. `pnpm dev`), demo data loaded.
  let base = process.env.E2E_BASE_URL?.replace(/\/$/, '');
  if (!base) {
    if (!existsSync(path.join(apiDir, 'dist/main.js'))) build('@anju/api...');
    if (!existsSync(path.join(webDir, 'dist/index.html'))) build('@anju/web...');

    const apiPort = await freePort();
    const pgliteDir = mkdtempSync(path.join(tmpdir(), 'anju-e2e-'));
    tempDirs.push(pgliteDir);
    const apiEnv = {
      ...process.env,
      PORT: String(apiPort),
      PGLITE_DIR: path.join(pgliteDir, 'db'),
      DEMO_DATA: '1',
      NODE_ENV: 'test',
    };
    // A fresh embedded database and in-process events, whatever the shell has set.
    delete apiEnv.DATABASE_URL;
    delete apiEnv.REDIS_URL;
    const api = start('api', [path.join(apiDir, 'dist/main.js')], { cwd: apiDir, env: apiEnv });
    await check(`API ready on :${apiPort}`, () =>
      waitForHttp(`http://127.0.0.1:${apiPort}/readyz`, api, 120_000),
    );

    const webPort = await freePort();
    const web = start(
      'web',
      [path.join(webDir, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1'],
      {
        cwd: webDir,
        env: { ...process.env, WEB_PORT: String(webPort), API_PROXY_TARGET: `http://127.0.0.1:${apiPort}` },
      },
    );
    base = `http://127.0.0.1:${webPort}`;
    await check(`web preview on :${webPort}`, () => waitForHttp(base, web, 60_000));
  }

  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });

  const stamp = Date.now().toString(36).slice(-6).toUpperCase();
  const estateName = `E2E测试小区${stamp}`;
  const estateCode = `E2E-${stamp}`;

  // Sign-in page, and a wrong password explained in Chinese.
  const a = await newPage(DESKTOP);
  pages.push(a);
  await check('sign-in page in Chinese, wrong password explained', async () => {
    await a.goto(`${base}/login`);
    assert((await a.locator('html').getAttribute('lang')) === 'zh-CN', '<html lang> is not zh-CN');
    await a.getByText('物业品质管理平台').first().waitFor();
    await shot(a, 'desktop-login');
    await a.getByLabel('邮箱').fill('nobody@anju.demo');
    await a.getByLabel('密码').fill('wrong-password');
    await a.getByRole('button', { name: /登\s*录/ }).click();
    await a.getByRole('alert').getByText('邮箱或密码错误').waitFor();
  });

  await check('admin@anju.demo signs in and sees the dashboard', async () => {
    await signIn(a, base, 'admin@anju.demo');
    await a.getByTestId('company-name').getByText('安居物业').waitFor();
    await a.getByText('小区总数').waitFor();
    await shot(a, 'desktop-dashboard');
  });

  await check('estates page lists the demo estates', async () => {
    await openMenu(a, '小区管理');
    await a.waitForURL(/\/estates$/);
    await a.getByRole('cell', { name: '翠湖苑' }).first().waitFor();
    await shot(a, 'desktop-estates');
  });

  await check('creates an estate and finds it by search', async () => {
    await a.getByRole('button', { name: '新建小区' }).first().click();
    const drawer = await fillEstateForm(a, { name: estateName, code: estateCode });
    await drawer.getByLabel('户数').fill('1200');
    await drawer.getByLabel('物业费').fill('2.5');
    await a.getByRole('button', { name: /保\s*存/ }).click();
    await a.getByText(`已创建小区“${estateName}”`).waitFor();
    await a.getByRole('dialog').waitFor({ state: 'detached' });
    await searchEstates(a, estateName);
    await a.getByRole('cell', { name: estateName }).waitFor();
    await a.getByText('共 1 条').waitFor();
  });

  await check('a server validation error lands on the field', async () => {
    await a.getByRole('button', { name: '新建小区' }).first().click();
    const drawer = await fillEstateForm(a, { name: `${estateName}重复`, code: estateCode });
    await a.getByRole('button', { name: /保\s*存/ }).click();
    const codeItem = drawer.locator('.ant-form-item').filter({ has: a.getByLabel('项目编号') });
    await codeItem.locator('.ant-form-item-explain-error').waitFor();
    assert(
      (await drawer.locator('.ant-form-item-has-error').count()) >= 1,
      'no Form.Item shows the server validation error',
    );
    await shot(a, 'desktop-estate-form-error');
    await drawer.getByRole('button', { name: /取\s*消/ }).click();
  });

  await check('admin@huating.demo (another company) does not see it', async () => {
    const h = await newPage(DESKTOP);
    pages.push(h);
    await signIn(h, base, 'admin@huating.demo');
    await h.getByTestId('company-name').getByText('华庭物业').waitFor();
    await openMenu(h, '小区管理');
    await h.locator('.ant-table-row').first().waitFor();
    assert((await h.getByRole('cell', { name: '翠湖苑' }).count()) === 0, 'huating sees an anju estate');
    await searchEstates(h, estateName);
    await h.getByText('没有符合条件的小区').waitFor();
    assert((await h.getByRole('cell', { name: estateName }).count()) === 0, 'huating sees the new estate');
    await h.context().close();
  });

  await check('an edit in one browser appears in another without reload', async () => {
    const b = await newPage(DESKTOP);
    pages.push(b);
    await signIn(b, base, 'admin@anju.demo');
    await openMenu(b, '小区管理');
    await searchEstates(b, estateName);
    await b.getByRole('cell', { name: estateName }).waitFor();
    await waitForSubscription(a);
    await waitForSubscription(b);

    const updated = `${estateName}已更新`;
    await b
      .getByRole('row', { name: new RegExp(estateName) })
      .getByRole('button', { name: /编\s*辑/ })
      .click();
    await b.getByRole('dialog').getByLabel('小区名称').fill(updated);
    await b.getByRole('button', { name: /保\s*存/ }).click();
    await b.getByText(`已保存“${updated}”`).waitFor();

    const navigations = [];
    a.on('framenavigated', (f) => {
      if (f === a.mainFrame()) navigations.push(f.url());
    });
    await a.getByRole('cell', { name: updated }).waitFor({ timeout: 15_000 });
    assert(navigations.length === 0, 'the first browser reloaded');
    await b.context().close();
  });

  await check('users page for the company admin', async () => {
    await openMenu(a, '用户管理');
    await a.waitForURL(/\/users$/);
    await a.getByRole('cell', { name: 'manager@anju.demo' }).waitFor();
    await shot(a, 'desktop-users');
  });

  const invitee = {
    email: `e2e-${stamp.toLowerCase()}@anju.demo`,
    name: `测试员${stamp}`,
    code: '',
    link: '',
  };
  await check('creating a user without a password shows an invitation code and link once', async () => {
    await a.getByRole('button', { name: '新建用户' }).click();
    const modal = a.getByRole('dialog').filter({ hasText: '新建用户' });
    await modal.getByLabel('邮箱').fill(invitee.email);
    await modal.getByLabel('姓名').fill(invitee.name);
    await modal.locator('.ant-select').filter({ hasText: '搜索并选择小区' }).click();
    await a.keyboard.type('翠湖');
    await a.locator('.ant-select-item-option').filter({ hasText: '翠湖苑' }).first().click();
    await a.keyboard.press('Escape');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await a.getByTestId('invitation-token').waitFor();
    invitee.code = (await a.getByTestId('invitation-token').textContent())?.trim() ?? '';
    invitee.link = (await a.getByTestId('invitation-link').textContent())?.trim() ?? '';
    assert(/^[\w-]{20,}$/.test(invitee.code), `odd invitation code: ${invitee.code}`);
    assert(
      invitee.link === `${base}/invite?code=${invitee.code}`,
      `invitation link ${invitee.link} does not carry the code`,
    );
    await shot(a, 'desktop-users-invitation');
    await a.getByRole('button', { name: '关 闭' }).click();
  });

  await check('the invited user opens the link, sets a password and lands on the dashboard', async () => {
    const newPassword = `invite-${stamp}`;
    // Phone first, for the screenshot only: the code is redeemed on the desktop below.
    const p = await newPage(PHONE);
    pages.push(p);
    await p.goto(invitee.link);
    await p.getByRole('button', { name: '设置密码并登录' }).waitFor();
    assert((await p.getByLabel('邀请码').inputValue()) === invitee.code, 'phone: code not prefilled');
    await shot(p, 'phone-invite');

    // A fresh browser (no session) redeems the code.
    const v = await newPage(DESKTOP);
    pages.push(v);
    await v.goto(invitee.link);
    assert((await v.getByLabel('邀请码').inputValue()) === invitee.code, 'desktop: code not prefilled');
    await v.getByLabel('新密码').fill(newPassword);
    await v.getByLabel('确认密码').fill(`${newPassword}x`);
    await v.getByRole('button', { name: '设置密码并登录' }).click();
    await v.getByText('两次输入的密码不一致').waitFor();
    await v.getByLabel('确认密码').fill(newPassword);
    await v.getByText('两次输入的密码不一致').waitFor({ state: 'detached' });
    await v.mouse.move(0, 0); // no hover colour on the button in the screenshot
    await shot(v, 'desktop-invite');
    await v.getByRole('button', { name: '设置密码并登录' }).click();
    await v.waitForURL((u) => u.pathname === '/');
    await v.getByTestId('user-menu').getByText(invitee.name).waitFor();
    await v.getByText(`${invitee.name}，您好`).waitFor();
    // Estate staff of 翠湖苑: one estate, and no region query that the role may not run.
    await v
      .locator('.ant-statistic')
      .filter({ hasText: '小区总数' })
      .getByText('1', { exact: true })
      .waitFor();
    assert((await v.locator('.ant-alert-error').count()) === 0, 'the dashboard shows an error');
    assert((await v.evaluate(() => localStorage.getItem('anju.token'))) !== null, 'no token stored');
    await shot(v, 'desktop-invite-dashboard');
    await v.context().close();

    // The code works once; the chosen password signs in from then on.
    await p.getByLabel('新密码').fill(newPassword);
    await p.getByLabel('确认密码').fill(newPassword);
    await p.getByRole('button', { name: '设置密码并登录' }).click();
    await p.getByRole('alert').getByText('邀请码无效或已过期').waitFor();
    await shot(p, 'phone-invite-used');
    await p.getByRole('link', { name: '已有账号？返回登录' }).click();
    await p.waitForURL(/\/login$/);
    await signIn(p, base, invitee.email, newPassword);
    await p.getByText(`${invitee.name}，您好`).waitFor();
    await p.context().close();
  });

  await check('an estate manager does not get 用户管理', async () => {
    const m = await newPage(DESKTOP);
    pages.push(m);
    await signIn(m, base, 'manager@anju.demo');
    await m.getByRole('menuitem', { name: '小区管理' }).waitFor();
    assert((await m.getByRole('menuitem', { name: '用户管理' }).count()) === 0, 'manager sees 用户管理');
    await m.goto(`${base}/users`);
    await m.getByText('没有访问权限').waitFor();
    await m.context().close();
  });

  await check('phone width: login, menu drawer, estates, form error, users', async () => {
    const p = await newPage(PHONE);
    pages.push(p);
    await p.goto(`${base}/login`);
    await p.getByRole('button', { name: /登\s*录/ }).waitFor();
    await shot(p, 'phone-login');
    await signIn(p, base, 'admin@anju.demo');
    await p.getByRole('button', { name: '打开菜单' }).click();
    await p.getByRole('menuitem', { name: '小区管理' }).waitFor();
    await shot(p, 'phone-menu');
    await p.getByRole('menuitem', { name: '小区管理' }).click();
    await p.getByRole('listitem').filter({ hasText: '翠湖苑' }).first().waitFor();
    await shot(p, 'phone-estates');
    await p.getByRole('button', { name: '新建小区' }).first().click();
    const drawer = await fillEstateForm(p, { name: `${estateName}手机`, code: estateCode });
    await p.getByRole('button', { name: /保\s*存/ }).click();
    await drawer.locator('.ant-form-item-explain-error').first().waitFor();
    await shot(p, 'phone-estate-form-error');
    await drawer.getByRole('button', { name: /取\s*消/ }).click();
    await openMenu(p, '用户管理');
    await p.getByRole('listitem').filter({ hasText: 'manager@anju.demo' }).waitFor();
    await shot(p, 'phone-users');
    await p.context().close();
  });

  await check('English switch relabels the shell', async () => {
    await a.getByRole('button', { name: '语言' }).click();
    await a.getByRole('menuitem', { name: 'English' }).click();
    await a.getByRole('menuitem', { name: 'Estates' }).waitFor();
    assert((await a.locator('html').getAttribute('lang')) === 'en-US', '<html lang> did not switch');
    await shot(a, 'desktop-users-en');
    await a.getByRole('button', { name: 'Language' }).click();
    await a.getByRole('menuitem', { name: '中文' }).click();
    await a.getByRole('menuitem', { name: '小区管理' }).waitFor();
  });

  await check('sign-out clears the token and returns to /login', async () => {
    await a.getByTestId('user-menu').click();
    await a.getByRole('menuitem', { name: '退出登录' }).click();
    await a.waitForURL(/\/login$/);
    assert((await a.evaluate(() => localStorage.getItem('anju.token'))) === null, 'token still stored');
  });

  const errors = pages.flatMap((p) => p.consoleErrors ?? []).filter((e) => !/status of 4\d\d/.test(e));
  if (errors.length > 0) console.log(`(console errors seen)\n  ${errors.slice(0, 10).join('\n  ')}`);
  console.log(`\nAll ${step} e2e checks passed; screenshots in ${path.relative(repoRoot, shotsDir)}/`);
} catch (error) {
  failed = true;
  console.error(`\n✗ e2e failed at step ${step}: ${error instanceof Error ? error.stack : error}`);
  for (const [i, p] of pages.entries()) {
    if (!p.isClosed())
      await p.screenshot({ path: path.join(shotsDir, `failure-${i}.png`) }).catch(() => undefined);
  }
  for (const c of children) {
    console.error(
      `\n--- last ${Math.min(40, c.log.length)} log lines of ${c.name} ---\n${c.log.slice(-40).join('\n')}`,
    );
  }
} finally {
  await stopAll();
}
process.exit(failed ? 1 : 0);
