import { chromium } from 'playwright-core';
const base = process.env.BASE ?? 'http://127.0.0.1:5180';
const out = '/tmp/webwork/shots';
const who = process.env.WHO ?? 'admin@anju.demo';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const [tag, viewport] of [['d', { width: 1440, height: 900 }], ['p', { width: 390, height: 844 }]]) {
  const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1, isMobile: tag === 'p', hasTouch: tag === 'p' });
  const page = await ctx.newPage();
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) console.log(tag, m.type(), m.text().slice(0, 300)); });
  page.on('pageerror', (e) => console.log(tag, 'pageerror', String(e)));
  await page.goto(`${base}/login`);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/${tag}-login.png` });
  await page.getByLabel('邮箱').fill(who);
  await page.getByLabel('密码').fill('demo12345');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `${out}/${tag}-home.png` });
  for (const p of (process.env.PAGES ?? 'estates,users').split(',')) {
    await page.goto(`${base}/${p}`);
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `${out}/${tag}-${p}.png`, fullPage: tag === 'p' });
  }
  await ctx.close();
}
await browser.close();
