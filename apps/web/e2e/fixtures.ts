/**
 * What every browser test shares: pages in Debian's Chromium with the run's fixed clock, sign-in
 * and menu helpers, screenshots kept under e2e/screenshots/, and waits on real signals (a
 * WebSocket frame, a GraphQL response, an element) instead of fixed delays.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monthOfDate } from '@anju/domain';
import {
  type Browser,
  type BrowserContextOptions,
  test as base,
  expect,
  type Locator,
  type Page,
  type Request,
  type Response,
} from '@playwright/test';

export { expect };

export const PASSWORD = 'demo12345';
const shotsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

/** The run's "now" (see global-setup.ts): the API and every browser agree on it. */
export function runNow(): Date {
  const iso = process.env.E2E_NOW;
  if (!iso) throw new Error('E2E_NOW is not set: run the browser tests through playwright.config.ts');
  return new Date(iso);
}

/** This month of the run, `YYYY-MM`, in the company's time zone, and its picker/queue labels. */
export function runMonth() {
  const month = monthOfDate(runNow(), 'Asia/Shanghai');
  const number = Number(month.slice(5));
  return { month, number, label: `${month.slice(0, 4)}年${number}月` };
}

/**
 * The quarter before the run's, as the demo names its finished campaign (`2026 Q3 季度品质评估`):
 * `2026 Q3`.
 */
export function runLastQuarter(): string {
  const { month, number } = runMonth();
  const quarter = Math.ceil(number / 3) - 1;
  const year = Number(month.slice(0, 4));
  return quarter === 0 ? `${year - 1} Q4` : `${year} Q${quarter}`;
}

/** A short tag that makes names created by this run unique. */
export const stamp = (Date.now().toString(36) + Math.random().toString(36).slice(2, 4))
  .slice(-6)
  .toUpperCase();

export interface Browsers {
  /** A new browser (own context: own storage, own WebSocket) at desktop or phone size. */
  open(kind?: 'desktop' | 'phone'): Promise<Page>;
}

/** Opens a fresh browser context with the run's clock; closed at the end of the test. */
async function openPage(browser: Browser, baseURL: string, kind: 'desktop' | 'phone'): Promise<Page> {
  const context = await browser.newContext({
    ...(kind === 'phone' ? PHONE : DESKTOP),
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce', // as playwright.config.ts sets for the default page
  });
  // Date is fixed at the run's instant; timers and animation frames run as usual.
  await context.clock.setFixedTime(runNow());
  return context.newPage();
}

export const test = base.extend<{ browsers: Browsers }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  baseURL: async ({}, use) => {
    const url = process.env.E2E_BASE_URL;
    if (!url) throw new Error('E2E_BASE_URL is not set: the global setup did not run');
    await use(url.replace(/\/$/, ''));
  },
  context: async ({ context }, use) => {
    await context.clock.setFixedTime(runNow());
    await use(context);
  },
  browsers: async ({ browser, baseURL }, use, testInfo) => {
    const pages: Page[] = [];
    await use({
      async open(kind = 'desktop') {
        const page = await openPage(browser, baseURL!, kind);
        pages.push(page);
        return page;
      },
    });
    for (const [i, page] of pages.entries()) {
      if (testInfo.status !== testInfo.expectedStatus && !page.isClosed()) {
        await testInfo.attach(`browser-${i}`, { body: await page.screenshot(), contentType: 'image/png' });
      }
      await page.context().close();
    }
  },
});

/** Saves a screenshot of the page as it is now (animations finished, no caret) for the docs. */
export async function shot(page: Page, name: string) {
  await page.screenshot({
    path: path.join(shotsDir, `${name}.png`),
    animations: 'disabled',
    caret: 'hide',
  });
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/**
 * Asks the API itself, signed in as `email` (a session of its own, beside the page's): for what a
 * test checks the page against when the demo's data depend on the run's date.
 */
export async function apiQuery<T>(
  page: Page,
  email: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const post = async (body: unknown, token?: string) => {
    const res = await page.request.post('/graphql', {
      data: body,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const json = (await res.json()) as { data?: unknown; errors?: unknown };
    if (json.errors || !json.data) throw new Error(`API: ${JSON.stringify(json.errors)}`);
    return json.data as never;
  };
  const { login } = await post({
    query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
    variables: { input: { email, password: PASSWORD } },
  });
  return post({ query, variables }, (login as { token: string }).token);
}

/** Clicks a menu item, opening the phone's menu drawer first where the menu is folded away. */
export async function openMenu(page: Page, label: string) {
  const item = page.getByRole('menuitem', { name: label });
  if (!(await item.isVisible())) await page.getByRole('button', { name: '打开菜单' }).click();
  await item.click();
  // The entry is marked from the same location, in the same render, as the page it opens: until
  // then the previous page is still shown (under load, a list of the home page was taken for the
  // opened page's list). On a phone the closed drawer keeps the menu, hidden.
  await expect(page.getByRole('menuitem', { name: label, includeHidden: true })).toHaveClass(
    /ant-menu-item-selected/,
  );
}

export async function searchEstates(page: Page, text: string) {
  await page.getByPlaceholder('搜索名称、编号或地址').fill(text);
}

export async function fillEstateForm(page: Page, { name, code }: { name: string; code: string }) {
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('小区名称').fill(name);
  await drawer.getByLabel('项目编号').fill(code);
  return drawer;
}

/**
 * Resolves once the page has sent a GraphQL subscription to `field` over its WebSocket. Call it
 * before the action that opens the page (it listens from now on); the app subscribes on mount.
 */
export function subscriptionSent(page: Page, field: string): Promise<void> {
  const pattern = new RegExp(`subscription\\s+\\w*\\s*(?:\\([^)]*\\))?\\s*\\{\\s*${field}\\b`);
  return new Promise((resolve) => {
    page.on('websocket', (ws) => {
      ws.on('framesent', (frame) => {
        if (typeof frame.payload !== 'string' || !frame.payload.includes('"subscribe"')) return;
        const query: string = JSON.parse(frame.payload).payload?.query ?? '';
        if (pattern.test(query)) resolve();
      });
    });
  });
}

/** Waits for the answer to a GraphQL operation whose variables include `variables`. */
export function graphqlResponse(
  page: Page,
  operationName: string,
  variables: Record<string, unknown> = {},
): Promise<Response> {
  return page.waitForResponse((res) => {
    const req = res.request();
    if (!req.url().endsWith('/graphql') || req.method() !== 'POST') return false;
    const body = req.postDataJSON() as { operationName?: string; variables?: Record<string, unknown> };
    return (
      body?.operationName === operationName &&
      Object.entries(variables).every(([k, v]) => body.variables?.[k] === v)
    );
  });
}

/**
 * Opens a Popconfirm with `opener` and confirms it with its `confirm` button until the page has sent
 * `operation`, then answers its response. Under load a click can land while antd still places or
 * animates the popover (it ignores pointer events then, or shifts to stay on screen) and do
 * nothing: the popconfirm is opened and confirmed again. Nothing is sent twice: the loop ends as
 * soon as the request left.
 */
export async function confirmUntilSent(
  page: Page,
  opener: Locator,
  confirm: RegExp,
  operation: string,
): Promise<Response> {
  const response = graphqlResponse(page, operation);
  let sent = false;
  const onRequest = (req: Request) => {
    if (req.url().endsWith('/graphql') && req.postDataJSON()?.operationName === operation) sent = true;
  };
  page.on('request', onRequest);
  let attempts = 0;
  try {
    await expect(async () => {
      if (sent) return;
      attempts += 1;
      const open = page.locator('.ant-popconfirm:visible');
      if ((await open.count()) === 0) await opener.click({ timeout: 2_000 });
      await open.getByRole('button', { name: confirm }).click({ timeout: 2_000 });
      await expect.poll(() => sent, { timeout: 2_000 }).toBe(true);
    }).toPass({ timeout: 30_000 });
  } finally {
    page.off('request', onRequest);
  }
  if (attempts > 1) console.log(`confirmUntilSent: ${operation} sent at attempt ${attempts}`);
  return response;
}

/** The drawer's figures of its cell, label → text, once the numerator and denominator have loaded. */
export async function drawerFacts(drawer: Locator): Promise<Record<string, string>> {
  const box = drawer.locator('.ant-descriptions');
  await expect(box).toBeVisible();
  await expect(box.locator('.ant-skeleton')).toHaveCount(0);
  return box.evaluate((el) =>
    Object.fromEntries(
      [...el.querySelectorAll('th.ant-descriptions-item-label')].map((th) => [
        th.textContent?.trim() ?? '',
        th.nextElementSibling?.textContent?.trim() ?? '',
      ]),
    ),
  );
}

/** Waits until an ECharts canvas inside `locator` has been drawn. */
export async function chartDrawn(locator: Locator) {
  await expect(locator.locator('canvas').first()).toBeVisible();
}
