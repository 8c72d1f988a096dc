#!/usr/bin/env node
// Browser test of the web shell against the real API, in Debian's Chromium via playwright-core.
// Starts the built API (embedded PGlite, demo data) and `vite preview` on free ports, runs the
// flows, saves screenshots to e2e/screenshots/, and always stops what it started.
import { execSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
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

/** Newest modification time under `dir` (sources), to tell whether a build is stale. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function webBuildIsStale() {
  const index = path.join(webDir, 'dist/index.html');
  if (!existsSync(index)) return true;
  return newestMtime(path.join(webDir, 'src')) > statSync(index).mtimeMs;
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
  // Remember which subscriptions went out over the WebSocket (estateChanged, figuresChanged, …).
  page.subscriptions = new Set();
  page.on('websocket', (ws) => {
    ws.on('framesent', (f) => {
      if (typeof f.payload !== 'string' || !f.payload.includes('"subscribe"')) return;
      const query = JSON.parse(f.payload).payload?.query ?? '';
      for (const m of query.matchAll(/subscription\s+\w*\s*(?:\([^)]*\))?\s*\{\s*(\w+)/g))
        page.subscriptions.add(m[1]);
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

async function waitForSubscription(page, field = 'estateChanged') {
  const deadline = Date.now() + 15_000;
  while (!page.subscriptions.has(field)) {
    if (Date.now() > deadline) throw new Error(`${field} subscription never went out over the WebSocket`);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(500); // the server registers the subscription after receiving it
}

/** This month, `YYYY-MM`, in the company's time zone (the browsers run in Asia/Shanghai too). */
function currentMonth() {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date());
  return `${parts.find((p) => p.type === 'year').value}-${parts.find((p) => p.type === 'month').value}`;
}

/** The drawer's figures of its cell, label → text, once the numerator and denominator have loaded. */
async function drawerFacts(drawer) {
  const box = drawer.locator('.ant-descriptions');
  await box.waitFor();
  await box.locator('.ant-skeleton').first().waitFor({ state: 'detached' });
  return box.evaluate((el) =>
    Object.fromEntries(
      [...el.querySelectorAll('th.ant-descriptions-item-label')].map((th) => [
        th.textContent.trim(),
        th.nextElementSibling?.textContent.trim() ?? '',
      ]),
    ),
  );
}

/** Waits until an ECharts canvas inside `locator` has been drawn. */
async function waitForChart(locator) {
  await locator.locator('canvas').first().waitFor();
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
    // A stale bundle would test yesterday's pages: rebuild when any source is newer.
    if (webBuildIsStale()) build('@anju/web');

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

  // ------------------------------------------------------------ indicators and comparison
  const month = currentMonth();
  const monthNumber = Number(month.slice(5));
  const monthLabel = `${month.slice(0, 4)}年${monthNumber}月`;

  const c = await newPage(DESKTOP);
  pages.push(c);
  await check('指标对比: heat map of the demo figures, coloured, with misses', async () => {
    await signIn(c, base, 'admin@anju.demo');
    await openMenu(c, '指标对比');
    await c.waitForURL(/\/comparison/);
    const map = c.getByTestId('heatmap');
    await map.locator('[data-judgement]').first().waitFor();
    const cells = await map.locator('tbody [data-judgement]').count();
    assert(cells >= 8 * 20, `heat map shows only ${cells} estate cells`);
    const judged = await map.locator('tbody [data-judgement="MET"], tbody [data-judgement="MISSED"]').count();
    assert(judged >= cells / 2, `only ${judged} of ${cells} cells are judged: demo figures missing?`);
    const missed = map.locator('tbody [data-judgement="MISSED"]');
    assert((await missed.count()) >= 1, 'no MISSED cell in the demo comparison');
    const [missedBg, metBg] = await Promise.all([
      missed.first().evaluate((el) => getComputedStyle(el).backgroundColor),
      map
        .locator('tbody [data-judgement="MET"]')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor),
    ]);
    assert(missedBg === 'rgb(250, 217, 217)', `missed cell is ${missedBg}, not red`);
    assert(metBg === 'rgb(220, 242, 227)', `met cell is ${metBg}, not green`);
    await map.getByRole('rowheader', { name: /^合计/ }).waitFor();
    // 29 indicator columns scroll sideways inside the box; the estate column stays put.
    const box = c.locator('.heatmap-scroll');
    assert(
      await box.evaluate((el) => el.scrollWidth > el.clientWidth),
      'heat map does not scroll horizontally',
    );
    const firstX = await map
      .locator('tbody th')
      .first()
      .evaluate((el) => el.getBoundingClientRect().x);
    await box.evaluate((el) => {
      el.scrollLeft = 600;
    });
    const afterX = await map
      .locator('tbody th')
      .first()
      .evaluate((el) => el.getBoundingClientRect().x);
    assert(Math.abs(firstX - afterX) < 1, 'the estate column moved while scrolling sideways');
    await box.evaluate((el) => {
      el.scrollLeft = 0;
    });
    await c.mouse.move(0, 0);
    await shot(c, 'desktop-comparison');
    // The tip explains a cell from the row's compact lists: target in force, verdict, rank, months.
    await missed.first().hover();
    const tip = c.locator('.hm-tip');
    const missedTip = await tip.textContent();
    for (const part of ['目标：', '评价：未达标', '排名：第', '有数据月数：'])
      assert(missedTip.includes(part), `the tip of a missed cell lacks ${part}: ${missedTip}`);
    assert(!missedTip.includes('每千户'), `a rate shows a per-1,000 figure: ${missedTip}`);
    // Counts also per 1,000 households, computed in the browser.
    await map.locator('tbody [aria-label*=" 火灾发生率（管理原因）："]').first().hover();
    await tip.filter({ hasText: /每千户：\d/ }).waitFor();
    await shot(c, 'desktop-comparison-tip');
    await c.mouse.move(0, 0);
  });

  await check('a heat-map cell opens its monthly history with a chart', async () => {
    // A missed rate: besides the chart, its drawer fetches the period's numerator and denominator.
    await c
      .getByTestId('heatmap')
      .locator('tbody [data-judgement="MISSED"][aria-label*="%，目标"]')
      .first()
      .click();
    const drawer = c.getByTestId('cell-history');
    await drawer.waitFor();
    await waitForChart(c.getByTestId('history-chart'));
    await drawer.getByText('已审核').first().waitFor();
    const facts = await drawerFacts(drawer);
    const labels = Object.keys(facts);
    assert(labels.length >= 7, `the drawer shows only ${labels.join(', ')}`);
    // Value, target, judgement, rank, months with data, then numerator and denominator.
    for (const label of labels.slice(-2))
      assert(/^[\d,.]+$/.test(facts[label]), `drawer ${label} is "${facts[label]}", not a number`);
    const { 有数据月数: months = '' } = facts;
    assert(/^\d+ \/ \d+$/.test(months), `drawer months: "${months}"`);
    await shot(c, 'desktop-comparison-history');
    await c.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
  });

  await check(
    "the drawer's numerator and denominator belong to its estate, indicator and period",
    async () => {
      const map = c.getByTestId('heatmap');
      const judged = ['MET', 'MISSED'].map(
        (j) => `tbody [data-judgement="${j}"][aria-label*=" 房屋完好率："]`,
      );
      await map.locator(judged.join(', ')).first().click();
      const drawer = c.getByTestId('cell-history');
      const facts = await drawerFacts(drawer);
      const number = (text) => Number((text ?? '').replace(/[,%]/g, ''));
      const {
        数值: value,
        完好房屋数: numerator,
        检查房屋数: denominator,
      } = Object.fromEntries(Object.entries(facts).map(([label, text]) => [label, number(text)]));
      assert(
        denominator > 0 && numerator <= denominator,
        `完好房屋数 ${numerator} / 检查房屋数 ${denominator}`,
      );
      // 房屋完好率 is a ratio: the heat map's value is numerator / denominator.
      assert(
        Math.abs(Math.round((numerator / denominator) * 10000) / 100 - value) < 0.006,
        `${numerator} / ${denominator} is not the cell's ${value}%`,
      );
      await c.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
    },
  );

  await check('league table sorts by rank, then by any column', async () => {
    await c.getByRole('tab', { name: '排行榜' }).click();
    const table = c.getByTestId('league-table');
    await table.locator('.ant-table-row').first().waitFor();
    const ranks = await table.locator('.ant-table-tbody .ant-table-row').evaluateAll((rows) =>
      // Estates without figures (the one created above) have no rank and come last.
      rows.map((r) => Number(r.querySelector('td')?.textContent) || Number.POSITIVE_INFINITY),
    );
    assert(ranks.filter(Number.isFinite).length >= 8, `league table ranks only ${ranks.length} rows`);
    assert(
      ranks.every((r, i) => i === 0 || r >= ranks[i - 1]),
      `league table not sorted by rank: ${ranks.join(',')}`,
    );
    await shot(c, 'desktop-comparison-league');
    // Sort by 未达标 (fewest first).
    await table
      .locator('th')
      .filter({ hasText: /^未达标$/ })
      .click();
    const missedCol = await table
      .locator('thead th')
      .evaluateAll((ths) => ths.findIndex((th) => th.textContent?.trim() === '未达标'));
    const missedCounts = await table
      .locator('.ant-table-tbody .ant-table-row')
      .evaluateAll((rows, i) => rows.map((r) => Number(r.querySelectorAll('td')[i]?.textContent)), missedCol);
    assert(
      missedCounts.every((v, i) => i === 0 || v >= missedCounts[i - 1]),
      `not sorted by 未达标: ${missedCounts.join(',')}`,
    );
  });

  await check('trends and missed commitments tabs', async () => {
    await c.getByRole('tab', { name: '趋势' }).click();
    await waitForChart(c.locator('.ant-tabs-content-active'));
    await c.waitForTimeout(300);
    await shot(c, 'desktop-comparison-trends');
    await c.getByRole('tab', { name: /未达标承诺/ }).click();
    await c.locator('.ant-tabs-content-active .ant-table-row').first().waitFor();
    await shot(c, 'desktop-comparison-missed');
    // Excel of the heat map and of the league table: base64 from the API, saved by the browser.
    for (const [button, kind] of [
      ['导出热力图', 'MATRIX'],
      ['导出排行榜', 'LEAGUE'],
    ]) {
      const [download] = await Promise.all([
        c.waitForEvent('download'),
        c.getByRole('button', { name: button }).click(),
      ]);
      const file = path.join(tempDirs[0] ?? tmpdir(), `${kind}.xlsx`);
      await download.saveAs(file);
      assert(
        download.suggestedFilename().endsWith('.xlsx'),
        `${kind} export is ${download.suggestedFilename()}`,
      );
      assert(statSync(file).size > 2000, `${kind} export is only ${statSync(file).size} bytes`);
    }
  });

  await check('estate scorecard from the heat map', async () => {
    await c.getByRole('tab', { name: '热力图' }).click();
    await c.getByTestId('heatmap').getByRole('link', { name: '翠湖苑' }).click();
    await c.waitForURL(/\/estates\/[^/]+\/scorecard/);
    await c.getByText('翠湖苑 · 指标成绩单').waitFor();
    await c.getByText('综合排名').waitFor();
    await waitForChart(c.locator('.ant-table-tbody'));
    await shot(c, 'desktop-scorecard');
  });

  await check('指标与目标 for the company admin', async () => {
    await openMenu(c, '指标与目标');
    await c.getByTestId('preset-now').waitFor();
    await c
      .getByRole('cell', { name: /房屋完好率/ })
      .first()
      .waitFor();
    await shot(c, 'desktop-indicators');
    // The comparison of this month stays open for the live check below.
    await c.goto(`${base}/comparison?period=${month}`);
    await c.getByTestId('heatmap').waitFor();
  });

  const m = await newPage(DESKTOP);
  pages.push(m);
  await check(
    '月度填报: numerator above denominator is refused on its input, then fixed, saved, submitted',
    async () => {
      await signIn(m, base, 'manager@anju.demo');
      await openMenu(m, '月度填报');
      await m.waitForURL(/\/figures/);
      await m.getByTestId('estate-picker').getByText('翠湖苑').waitFor();
      await m.getByRole('group', { name: '房屋完好率' }).waitFor();
      await shot(m, 'desktop-figures');
      // The Excel template of last month, uploaded again as it is: accepted.
      const [template] = await Promise.all([
        m.waitForEvent('download'),
        m.getByRole('button', { name: /下载 Excel 模板/ }).click(),
      ]);
      const templateFile = path.join(tempDirs[0] ?? tmpdir(), template.suggestedFilename());
      await template.saveAs(templateFile);
      assert(templateFile.endsWith('.xlsx'), `template is ${template.suggestedFilename()}`);
      await m.getByRole('button', { name: /导入 Excel/ }).click();
      await m.locator('.ant-modal input[type=file]').setInputFiles(templateFile);
      await m.getByText(/已导入 \d+ 个小区的 \d+ 项数据/).waitFor();
      // A file that is not the template is refused as a whole, with the reason.
      await m.getByRole('button', { name: /导入 Excel/ }).click();
      await m.locator('.ant-modal input[type=file]').setInputFiles({
        name: 'notes.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('not a workbook'),
      });
      await m.locator('.ant-modal .ant-alert-error').waitFor();
      await shot(m, 'desktop-figures-import-refused');
      await m.keyboard.press('Escape');
      // This month: nothing reported yet in the demo data.
      await m.getByTestId('month-picker').click();
      await m
        .locator('.ant-picker-dropdown .ant-picker-cell-inner')
        .filter({ hasText: new RegExp(`^${monthNumber}月$`) })
        .click();
      await m.waitForURL(new RegExp(`month=${month}`));
      const line = m.getByRole('group', { name: '房屋完好率' });
      await line.getByLabel('完好房屋数').waitFor();
      await line.getByLabel('完好房屋数').fill('120');
      await line.getByLabel('检查房屋数').fill('100');
      await line.getByTestId('value-house_intact').getByText('120%').waitFor();
      await m.getByRole('button', { name: /保存草稿/ }).click();
      const numeratorItem = line.locator('.ant-form-item').filter({ has: m.getByLabel('完好房屋数') });
      await numeratorItem
        .locator('.ant-form-item-explain-error')
        .getByText(/不能大于/)
        .waitFor();
      assert(
        (await line
          .locator('.ant-form-item')
          .filter({ has: m.getByLabel('检查房屋数') })
          .locator('.ant-form-item-explain-error')
          .count()) === 0,
        'the error landed on the denominator too',
      );
      await shot(m, 'desktop-figures-error');
      await line.getByLabel('完好房屋数').fill('99');
      await line.getByTestId('value-house_intact').getByText('99%').waitFor();
      await m.getByRole('button', { name: /保存草稿/ }).click();
      await m.getByText('已保存 1 项草稿').waitFor();
      await line.getByText('草稿').waitFor();
      await m.getByRole('button', { name: /提交审核/ }).click();
      await m
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /提交审核/ })
        .click();
      await m.getByText(`已提交 ${month} 的数据`).waitFor();
      await m.getByRole('group', { name: '房屋完好率' }).getByText('已提交').waitFor();
    },
  );

  await check('数据审核: the auditor approves it and the open comparison updates live', async () => {
    const u = await newPage(DESKTOP);
    pages.push(u);
    await signIn(u, base, 'auditor@anju.demo');
    await openMenu(u, '数据审核');
    const row = u.getByRole('row').filter({ hasText: '翠湖苑' }).filter({ hasText: monthLabel });
    await row.waitFor();
    await shot(u, 'desktop-approvals');
    const before = c.getByTestId('heatmap').getByRole('button', { name: /^翠湖苑 房屋完好率/ });
    assert((await before.getAttribute('data-judgement')) === 'NO_DATA', 'the cell had data before approval');
    await waitForSubscription(c, 'figuresChanged');
    await row.getByRole('button', { name: '审核' }).click();
    await u.getByRole('group', { name: '房屋完好率' }).getByText('已提交').waitFor();
    await shot(u, 'desktop-approval-drawer');
    await u.getByRole('button', { name: /审核通过/ }).click();
    await u
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /审核通过/ })
      .click();
    await u.getByText('已审核通过“翠湖苑”的数据').waitFor();

    const navigations = [];
    c.on('framenavigated', (f) => {
      if (f === c.mainFrame()) navigations.push(f.url());
    });
    const after = c.getByTestId('heatmap').getByRole('button', { name: /^翠湖苑 房屋完好率：99%/ });
    await after.waitFor({ timeout: 15_000 });
    assert((await after.getAttribute('data-judgement')) !== 'NO_DATA', 'the approved cell is still grey');
    // 99% misses preset B's 100%: HQ gets an alert on the page.
    if ((await after.getAttribute('data-judgement')) === 'MISSED')
      await c.locator('.ant-notification').getByText('指标未达标').waitFor({ timeout: 10_000 });
    assert(navigations.length === 0, 'the comparison page reloaded');
    await shot(c, 'desktop-comparison-live');
    await u.context().close();
  });
  await m.context().close();

  await check(
    'phone width: comparison, history, league, scorecard, indicators, figures, approvals',
    async () => {
      const p = await newPage(PHONE);
      pages.push(p);
      await signIn(p, base, 'admin@anju.demo');
      await openMenu(p, '指标对比');
      await p.getByTestId('heatmap').locator('[data-judgement]').first().waitFor();
      const box = p.locator('.heatmap-scroll');
      assert(await box.evaluate((el) => el.scrollWidth > el.clientWidth), 'phone heat map does not scroll');
      assert(
        await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
        'the phone page itself scrolls sideways',
      );
      await shot(p, 'phone-comparison');
      await p.getByTestId('heatmap').locator('tbody [data-judgement="MISSED"]').first().click();
      await waitForChart(p.getByTestId('history-chart'));
      await shot(p, 'phone-comparison-history');
      await p.keyboard.press('Escape');
      await p.getByRole('tab', { name: '排行榜' }).click();
      await p.getByTestId('league-table').locator('.ant-table-row').first().waitFor();
      await p.evaluate(() => window.scrollTo(0, 0));
      await shot(p, 'phone-comparison-league');
      await p.getByRole('tab', { name: '热力图' }).click();
      await p.getByTestId('heatmap').getByRole('link', { name: '金桂园' }).click();
      await p.getByText('金桂园 · 指标成绩单').waitFor();
      await waitForChart(p.getByRole('list'));
      await shot(p, 'phone-scorecard');
      await openMenu(p, '指标与目标');
      await p.getByTestId('preset-now').waitFor();
      await shot(p, 'phone-indicators');
      await p.context().close();

      const pm = await newPage(PHONE);
      pages.push(pm);
      await signIn(pm, base, 'manager@anju.demo');
      await openMenu(pm, '月度填报');
      await pm.getByRole('group', { name: '房屋完好率' }).waitFor();
      await shot(pm, 'phone-figures');
      await pm.context().close();

      const pa = await newPage(PHONE);
      pages.push(pa);
      await signIn(pa, base, 'auditor@anju.demo');
      await openMenu(pa, '数据审核');
      await pa.getByRole('listitem').first().waitFor();
      await shot(pa, 'phone-approvals');
      await pa.context().close();
    },
  );

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
