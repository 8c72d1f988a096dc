/**
 * An auditor conducts an audit on a phone (375 px): answers, a failed item with a photo, the
 * connection drops half-way, more answers (and a photo) wait on the device, the tab is closed
 * while offline; reopened online, the device's answers are read back from IndexedDB and synced,
 * nothing lost; the audit is submitted and its report printed to PDF, whose text names the
 * estate, the score and the finding.
 *
 * The audit is made through the API first (template, published version, planned audit), so the
 * spec needs no demo audits.
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, PASSWORD, runNow, shot, signIn, stamp, test } from './fixtures';

async function gql<T>(
  baseURL: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function login(baseURL: string, email: string) {
  const data = await gql<{ login: { token: string; user: { id: string } } }>(
    baseURL,
    null,
    'mutation ($input: LoginInput!) { login(input: $input) { token user { id } } }',
    { input: { email, password: PASSWORD } },
  );
  return data.login;
}

const item = (key: string, title: string, standard: string, maxScore: number, critical = false) => ({
  key,
  title,
  standard,
  titleEn: key,
  standardEn: standard,
  maxScore,
  critical,
});

/** Two sections of three items: what the auditor answers in full. */
const CONTENT = {
  sections: [
    {
      key: 'cs',
      department: 'CUSTOMER_SERVICE',
      title: '客服',
      titleEn: 'Customer service',
      items: [
        item('cs-1', '前台接待', '前台有人值守，微笑问候', 5),
        item('cs-2', '公告栏', '公告及时更新，无过期通知', 5),
        item('cs-3', '投诉回访', '投诉当日回复并回访', 5),
      ],
    },
    {
      key: 'cl',
      department: 'CLEANING',
      title: '保洁',
      titleEn: 'Cleaning',
      items: [
        item('cl-1', '大堂地面', '无污渍、无积水', 10),
        item('cl-2', '垃圾桶', '无满溢、无异味', 5),
        item('cl-3', '泳池清洁', '水质清澈', 5),
      ],
    },
  ],
};

let plannedCount = 0;

/** A published template and an audit of 翠湖苑 planned now, conducted by the demo auditor. */
async function planAudit(baseURL: string) {
  const auditor = await login(baseURL, 'auditor@anju.demo');
  const t = auditor.token;
  const estates = await gql<{ estates: { edges: { node: { id: string; name: string } }[] } }>(
    baseURL,
    t,
    'query ($filter: EstateFilter) { estates(first: 5, filter: $filter) { edges { node { id name } } } }',
    { filter: { search: '翠湖苑' } },
  );
  const estate = estates.estates.edges.map((e) => e.node).find((e) => e.name === '翠湖苑');
  if (!estate) throw new Error('demo estate 翠湖苑 not found');
  const created = await gql<{ createAuditTemplate: { id: string; version: number } }>(
    baseURL,
    t,
    'mutation ($input: CreateAuditTemplateInput!) { createAuditTemplate(input: $input) { id version } }',
    { input: { name: `现场检查测试 ${stamp}${++plannedCount > 1 ? `-${plannedCount}` : ''}` } },
  );
  const updated = await gql<{ updateAuditTemplate: { version: number } }>(
    baseURL,
    t,
    'mutation ($input: UpdateAuditTemplateInput!) { updateAuditTemplate(input: $input) { version } }',
    {
      input: {
        id: created.createAuditTemplate.id,
        version: created.createAuditTemplate.version,
        draft: CONTENT,
      },
    },
  );
  const published = await gql<{ publishAuditTemplate: { latestVersion: { id: string } } }>(
    baseURL,
    t,
    'mutation ($input: PublishAuditTemplateInput!) { publishAuditTemplate(input: $input) { latestVersion { id } } }',
    { input: { id: created.createAuditTemplate.id, version: updated.updateAuditTemplate.version } },
  );
  const now = runNow();
  const planned = await gql<{ planAudit: { id: string } }>(
    baseURL,
    t,
    'mutation ($input: PlanAuditInput!) { planAudit(input: $input) { id } }',
    {
      input: {
        estateId: estate.id,
        kind: 'SPOT_CHECK',
        templateVersionId: published.publishAuditTemplate.latestVersion.id,
        plannedAt: now.toISOString(),
        dueAt: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
        auditorUserIds: [auditor.user.id],
        title: `突击抽查 ${stamp}`,
      },
    },
  );
  return { auditId: planned.planAudit.id, token: t };
}

/** A 375 px phone with the run's clock; closed by the test. */
async function phone(browser: Browser, baseURL: string) {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.clock.setFixedTime(runNow());
  return context;
}

/** A photo as a camera would give it: a real JPEG, drawn in the page. */
async function cameraPhoto(page: Page, label: string) {
  const base64 = await page.evaluate((text) => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 360;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#8fa3b8';
    g.fillRect(0, 0, 480, 360);
    g.fillStyle = '#d9534f';
    g.fillRect(60, 200, 360, 110);
    g.fillStyle = '#fff';
    g.font = '36px sans-serif';
    g.fillText(text, 40, 80);
    return canvas.toDataURL('image/jpeg', 0.8).split(',')[1]!;
  }, label);
  return { name: `${label}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') };
}

const syncState = (page: Page) => page.getByTestId('sync-state');

/** A button by its label; antd spaces out two-character labels (合 格). */
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

async function answer(page: Page, key: string, button: '合格' | '不合格' | '不适用') {
  const card = page.getByTestId(`item-${key}`);
  await card.getByRole('button', { name: label(button) }).click();
  await expect(card.getByRole('button', { name: label(button) })).toHaveAttribute('aria-pressed', 'true');
  return card;
}

async function tapTargetsAreBig(page: Page) {
  const small = await page.locator('.audit-conduct .tap, .audit-section-chip').evaluateAll((els) =>
    els
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width < 44 || r.height < 44)
      .map((r) => `${r.width}x${r.height}`),
  );
  expect(small).toEqual([]);
}

test('auditor: conducts an audit on a phone, offline half-way, nothing lost; the report prints to PDF', async ({
  browser,
  baseURL,
}, testInfo) => {
  const { auditId, token } = await planAudit(baseURL!);
  const context = await phone(browser, baseURL!);
  let page = await context.newPage();
  await signIn(page, 'auditor@anju.demo');
  await page.goto(`/audits/${auditId}/conduct`);
  await expect(page.getByRole('heading', { name: '翠湖苑' })).toBeVisible();
  await expect(syncState(page)).toHaveText('全部已保存');
  await expect(page.getByTestId('unanswered')).toHaveText('未答 6 项');
  // Phone first: nothing wider than the screen, every control a thumb can hit.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await tapTargetsAreBig(page);

  // Online: a pass, a fail with a note and a photo, a score in half steps.
  await answer(page, 'cs-1', '合格');
  const cs2 = await answer(page, 'cs-2', '不合格');
  await cs2.getByLabel('备注').fill('公告栏仍贴着上月的停水通知');
  await cs2.getByLabel('备注').blur();
  await cs2.locator('input[type=file]').setInputFiles(await cameraPhoto(page, 'notice-board'));
  await expect(cs2.locator('img.audit-photo')).toHaveCount(1);
  const cs3 = page.getByTestId('item-cs-3');
  await cs3.getByRole('button', { name: '减 0.5 分' }).click();
  await expect(cs3.locator('output')).toHaveText('4.5 / 5');
  await cs3.getByRole('button', { name: '减 0.5 分' }).click();
  await expect(cs3.locator('output')).toHaveText('4 / 5');
  await expect(syncState(page)).toHaveText('全部已保存');
  for (const key of ['cs-1', 'cs-2', 'cs-3'])
    await expect(page.getByTestId(`item-${key}`)).toHaveAttribute('data-status', 'saved');
  // The photo went up to the file service: its thumbnail now comes from the server.
  await expect(cs2.locator('img.audit-photo:not([data-local])')).toHaveCount(1);
  await shot(page, 'phone-audit-conduct');

  // The connection drops: the next section is answered on the device alone.
  await context.setOffline(true);
  await expect(syncState(page)).toHaveText('离线');
  await page.getByRole('button', { name: '下一部分' }).click();
  await answer(page, 'cl-1', '合格');
  const cl2 = await answer(page, 'cl-2', '不合格');
  await cl2.getByLabel('备注').fill('3 号楼垃圾桶满溢');
  await cl2.getByLabel('备注').blur();
  await cl2.locator('input[type=file]').setInputFiles(await cameraPhoto(page, 'bin'));
  await expect(cl2.locator('img.audit-photo[data-local]')).toHaveCount(1);
  await answer(page, 'cl-3', '不适用');
  await expect(syncState(page)).toHaveText('离线 · 3 条待同步');
  await expect(page.getByTestId('item-cl-2')).toHaveAttribute('data-status', 'waiting');
  await expect(page.getByTestId('unanswered')).toHaveText('全部已作答');
  await expect(page.getByRole('button', { name: /提交检查/ })).toBeDisabled();
  await shot(page, 'phone-audit-conduct-offline');

  // The tab is closed while offline: the answers live on only in the device's IndexedDB.
  await page.close();
  const before = await gql<{ audit: { answers: { itemKey: string }[] } }>(
    baseURL!,
    token,
    'query ($id: ID!) { audit(id: $id) { answers { itemKey } } }',
    { id: auditId },
  );
  expect(before.audit.answers.map((a) => a.itemKey).sort()).toEqual(['cs-1', 'cs-2', 'cs-3']);

  // Back online (the app shell needs the network to open), the page reads them back and syncs.
  await context.setOffline(false);
  page = await context.newPage();
  await page.goto(`/audits/${auditId}/conduct`);
  await expect(page.getByTestId('restored')).toContainText('已从本机恢复 3 条未同步的作答');
  await expect(syncState(page)).toHaveText('全部已保存');
  await page.getByRole('button', { name: /保洁/ }).click();
  await expect(page.getByTestId('item-cl-2')).toHaveAttribute('data-status', 'saved');
  await expect(page.getByTestId('item-cl-2').getByLabel('备注')).toHaveValue('3 号楼垃圾桶满溢');
  await expect(page.getByTestId('item-cl-2').locator('img.audit-photo:not([data-local])')).toHaveCount(1);
  await shot(page, 'phone-audit-conduct-synced');

  const after = await gql<{
    audit: {
      answers: {
        itemKey: string;
        kind: string;
        score: number | null;
        note: string | null;
        photos: { id: string }[];
      }[];
    };
  }>(
    baseURL!,
    token,
    'query ($id: ID!) { audit(id: $id) { answers { itemKey kind score note photos { id } } } }',
    { id: auditId },
  );
  const byKey = Object.fromEntries(after.audit.answers.map((a) => [a.itemKey, a]));
  expect(Object.keys(byKey).sort()).toEqual(['cl-1', 'cl-2', 'cl-3', 'cs-1', 'cs-2', 'cs-3']);
  expect(byKey['cs-3']).toMatchObject({ kind: 'SCORE', score: 4 });
  expect(byKey['cl-2']).toMatchObject({ kind: 'FAIL', note: '3 号楼垃圾桶满溢' });
  expect(byKey['cl-2']!.photos).toHaveLength(1);
  expect(byKey['cs-2']!.photos).toHaveLength(1);
  expect(byKey['cl-3']).toMatchObject({ kind: 'NOT_APPLICABLE' });

  // 5 + 0 + 4 + 10 + 0 of 30 (the pool is not applicable): 63.33 %.
  await expect(page.getByTestId('total-percent')).toHaveText('63.33%');
  await page.getByRole('button', { name: /提交检查/ }).click();
  await page.getByRole('button', { name: /确\s*定/ }).click();
  await page.waitForURL(`**/audits/${auditId}/report`);
  const report = page.getByTestId('audit-report');
  await expect(report).toContainText('翠湖苑');
  await expect(page.getByTestId('report-score')).toContainText('63.33%');
  await expect(page.getByTestId('finding-cl-2')).toContainText('3 号楼垃圾桶满溢');
  // Submitting raised a finding and a rectification for every failed item.
  const raised = await gql<{ findings: { totalCount: number } }>(
    baseURL!,
    token,
    'query ($f: FindingFilter) { findings(filter: $f, first: 10) { totalCount edges { node { itemKey rectification { status } } } } }',
    { f: { auditId } },
  );
  expect(raised.findings.totalCount).toBe(3);
  // The report says where each stands.
  await expect(page.getByTestId('finding-cl-2').getByTestId('rectification')).toContainText('待整改');
  await expect(page.getByTestId('rectification')).toHaveCount(3);
  await expect(page.getByTestId('finding-photo')).toHaveCount(2);
  await shot(page, 'phone-audit-report');
  await context.close();

  // The report on a desktop, printed to PDF (A4) by Chromium, and read back as text.
  const desk = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await desk.clock.setFixedTime(runNow());
  const d = await desk.newPage();
  await signIn(d, 'auditor@anju.demo');
  await d.goto(`/audits/${auditId}/report`);
  await expect(d.getByTestId('finding-photo')).toHaveCount(2);
  await expect
    .poll(() =>
      d
        .getByTestId('finding-photo')
        .evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0)),
    )
    .toBe(true);
  await shot(d, 'desktop-audit-report');
  // The submitted audit's form on a desktop: two columns of items, read-only, a link to the report.
  await d.goto(`/audits/${auditId}/conduct`);
  await expect(d.getByText('此检查已提交，不能再修改。')).toBeVisible();
  await expect(d.getByTestId('item-cs-1').getByTestId('answer')).toHaveText('合格');
  await expect(d.getByTestId('item-cs-3').getByTestId('answer')).toHaveText('4 / 5');
  await expect(d.getByTestId('item-cs-1').getByRole('button', { name: label('合格') })).toHaveCount(0);
  await shot(d, 'desktop-audit-conduct');
  await d.goto(`/audits/${auditId}/report`);
  await expect(d.getByTestId('finding-photo')).toHaveCount(2);
  // Printed once everything has arrived: the rectification statuses and the photos' pixels.
  await expect(d.getByTestId('finding-cl-2')).toContainText('待整改');
  await expect
    .poll(() =>
      d
        .getByTestId('finding-photo')
        .evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0)),
    )
    .toBe(true);
  const pdf = await d.pdf({ format: 'A4', printBackground: true });
  writeFileSync(testInfo.outputPath('audit-report.pdf'), pdf);
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: true,
  });
  expect(totalPages).toBeGreaterThanOrEqual(1);
  // The PDF's fonts map some characters to their Kangxi radical forms (⽉ for 月): NFKC folds them back.
  const flat = text.normalize('NFKC').replace(/\s+/g, '');
  expect(flat).toContain('翠湖苑');
  expect(flat).toContain('63.33%');
  expect(flat).toContain('3号楼垃圾桶满溢');
  expect(flat).toContain('公告栏仍贴着上月的停水通知');
  expect(flat).toContain('整改状态:待整改'); // NFKC makes the full-width colon ':'
  // Printed without the app's chrome: no menu, no buttons.
  expect(flat).not.toContain('打印/存为PDF');
  await d.emulateMedia({ media: 'print' });
  await shot(d, 'desktop-audit-report-print');
  await desk.close();
});

test('answers left waiting on the device sync from any page once the connection returns', async ({
  browser,
  baseURL,
}) => {
  const { auditId, token } = await planAudit(baseURL!);
  const context = await phone(browser, baseURL!);
  let page = await context.newPage();
  await signIn(page, 'auditor@anju.demo');
  await page.goto(`/audits/${auditId}/conduct`);
  await expect(syncState(page)).toHaveText('全部已保存');
  await context.setOffline(true);
  await expect(syncState(page)).toHaveText('离线');
  await answer(page, 'cs-1', '合格');
  await answer(page, 'cs-2', '不适用');
  await expect(syncState(page)).toHaveText('离线 · 2 条待同步');
  await page.close();

  // Online again, the auditor opens the home page, not the audit: the answers still arrive.
  await context.setOffline(false);
  page = await context.newPage();
  await page.goto('/');
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await expect
    .poll(async () => {
      const seen = await gql<{ audit: { answers: { itemKey: string; kind: string }[] } }>(
        baseURL!,
        token,
        'query ($id: ID!) { audit(id: $id) { answers { itemKey kind } } }',
        { id: auditId },
      );
      return seen.audit.answers.map((a) => `${a.itemKey}:${a.kind}`).sort();
    })
    .toEqual(['cs-1:PASS', 'cs-2:NOT_APPLICABLE']);
  await context.close();
});
