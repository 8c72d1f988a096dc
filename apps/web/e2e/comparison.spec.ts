import { statSync } from 'node:fs';
import path from 'node:path';
import { chartDrawn, drawerFacts, expect, openMenu, shot, signIn, test } from './fixtures';

test('HQ comparison: heat map, history, league table, trends, exports, scorecard, indicators', async ({
  page: c,
}, testInfo) => {
  const map = c.getByTestId('heatmap');

  await test.step('指标对比: heat map of the demo figures, coloured, with misses', async () => {
    await signIn(c, 'admin@anju.demo');
    await openMenu(c, '指标对比');
    await c.waitForURL(/\/comparison/);
    await expect(map.locator('[data-judgement]').first()).toBeVisible();
    const cells = await map.locator('tbody [data-judgement]').count();
    expect(cells, 'estate cells of the heat map').toBeGreaterThanOrEqual(8 * 20);
    const judged = await map.locator('tbody [data-judgement="MET"], tbody [data-judgement="MISSED"]').count();
    expect(judged, 'judged cells: demo figures missing?').toBeGreaterThanOrEqual(cells / 2);
    const missed = map.locator('tbody [data-judgement="MISSED"]');
    await expect(missed.first()).toHaveCSS('background-color', 'rgb(250, 217, 217)');
    await expect(map.locator('tbody [data-judgement="MET"]').first()).toHaveCSS(
      'background-color',
      'rgb(220, 242, 227)',
    );
    await expect(map.getByRole('rowheader', { name: /^合计/ })).toBeVisible();
    // 29 indicator columns scroll sideways inside the box; the estate column stays put.
    const box = c.locator('.heatmap-scroll');
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth), 'heat map scrolls sideways').toBe(
      true,
    );
    const estateX = () =>
      map
        .locator('tbody th')
        .first()
        .evaluate((el) => el.getBoundingClientRect().x);
    const firstX = await estateX();
    await box.evaluate((el) => {
      el.scrollLeft = 600;
    });
    expect(Math.abs((await estateX()) - firstX), 'the estate column moved').toBeLessThan(1);
    await box.evaluate((el) => {
      el.scrollLeft = 0;
    });
    await c.mouse.move(0, 0);
    await shot(c, 'desktop-comparison');
    // The tip explains a cell from the row's compact lists: target in force, verdict, rank, months.
    await missed.first().hover();
    const tip = c.locator('.hm-tip');
    for (const part of ['目标：', '评价：未达标', '排名：第', '有数据月数：'])
      await expect(tip).toContainText(part);
    await expect(tip, 'a rate shows no per-1,000 figure').not.toContainText('每千户');
    // Counts also per 1,000 households, computed in the browser.
    await map.locator('tbody [aria-label*=" 火灾发生率（管理原因）："]').first().hover();
    await expect(tip).toContainText(/每千户：\d/);
    await shot(c, 'desktop-comparison-tip');
    await c.mouse.move(0, 0);
  });

  await test.step('a heat-map cell opens its monthly history with a chart', async () => {
    // A missed rate: besides the chart, its drawer fetches the period's numerator and denominator.
    await map.locator('tbody [data-judgement="MISSED"][aria-label*="%，目标"]').first().click();
    const drawer = c.getByTestId('cell-history');
    await expect(drawer).toBeVisible();
    await chartDrawn(c.getByTestId('history-chart'));
    await expect(drawer.getByText('已审核').first()).toBeVisible();
    const facts = await drawerFacts(drawer);
    const labels = Object.keys(facts);
    expect(labels.length, `the drawer shows ${labels.join(', ')}`).toBeGreaterThanOrEqual(7);
    // Value, target, judgement, rank, months with data, then numerator and denominator.
    for (const label of labels.slice(-2)) expect(facts[label], label).toMatch(/^[\d,.]+$/);
    expect(facts.有数据月数).toMatch(/^\d+ \/ \d+$/);
    await shot(c, 'desktop-comparison-history');
    await c.keyboard.press('Escape');
    await expect(drawer).toHaveCount(0);
  });

  await test.step("the drawer's numerator and denominator belong to its estate, indicator and period", async () => {
    const judged = ['MET', 'MISSED'].map((j) => `tbody [data-judgement="${j}"][aria-label*=" 房屋完好率："]`);
    await map.locator(judged.join(', ')).first().click();
    const drawer = c.getByTestId('cell-history');
    const facts = await drawerFacts(drawer);
    const number = (text?: string) => Number((text ?? '').replace(/[,%]/g, ''));
    const value = number(facts.数值);
    const numerator = number(facts.完好房屋数);
    const denominator = number(facts.检查房屋数);
    expect(denominator).toBeGreaterThan(0);
    expect(numerator).toBeLessThanOrEqual(denominator);
    // 房屋完好率 is a ratio: the heat map's value is numerator / denominator.
    expect(Math.abs(Math.round((numerator / denominator) * 10000) / 100 - value)).toBeLessThan(0.006);
    await c.keyboard.press('Escape');
    await expect(drawer).toHaveCount(0);
  });

  await test.step('league table sorts by rank, then by any column', async () => {
    await c.getByRole('tab', { name: '排行榜' }).click();
    const table = c.getByTestId('league-table');
    const rows = table.locator('.ant-table-tbody .ant-table-row');
    await expect(rows.first()).toBeVisible();
    const ranks = await rows.evaluateAll((trs) =>
      // Estates without figures (one created by another test) have no rank and come last.
      trs.map((r) => Number(r.querySelector('td')?.textContent) || Number.POSITIVE_INFINITY),
    );
    expect(ranks.filter(Number.isFinite).length).toBeGreaterThanOrEqual(8);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    await shot(c, 'desktop-comparison-league');
    // Sort by 未达标 (fewest first).
    await table
      .locator('th')
      .filter({ hasText: /^未达标$/ })
      .click();
    await expect(table.locator('th[aria-sort="ascending"]')).toContainText('未达标');
    const missedCol = await table
      .locator('thead th')
      .evaluateAll((ths) => ths.findIndex((th) => th.textContent?.trim() === '未达标'));
    const missedCounts = await rows.evaluateAll(
      (trs, i) => trs.map((r) => Number(r.querySelectorAll('td')[i]?.textContent)),
      missedCol,
    );
    expect(missedCounts).toEqual([...missedCounts].sort((x, y) => x - y));
  });

  await test.step('trends and missed commitments tabs; Excel exports', async () => {
    await c.getByRole('tab', { name: '趋势' }).click();
    await chartDrawn(c.locator('.ant-tabs-content-active'));
    await shot(c, 'desktop-comparison-trends');
    await c.getByRole('tab', { name: /未达标承诺/ }).click();
    await expect(c.locator('.ant-tabs-content-active .ant-table-row').first()).toBeVisible();
    await shot(c, 'desktop-comparison-missed');
    // Excel of the heat map and of the league table: made as files by the API, fetched from
    // /files with the session token and saved by the browser.
    for (const [button, kind] of [
      ['导出热力图', 'MATRIX'],
      ['导出排行榜', 'LEAGUE'],
    ] as const) {
      const [download] = await Promise.all([
        c.waitForEvent('download'),
        c.getByRole('button', { name: button }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const file = testInfo.outputPath(`${kind}.xlsx`);
      await download.saveAs(file);
      expect(statSync(file).size, `${path.basename(file)} bytes`).toBeGreaterThan(2000);
    }
  });

  await test.step('estate scorecard from the heat map', async () => {
    await c.getByRole('tab', { name: '热力图' }).click();
    await map.getByRole('link', { name: '翠湖苑' }).click();
    await c.waitForURL(/\/estates\/[^/]+\/scorecard/);
    await expect(c.getByText('翠湖苑 · 指标成绩单')).toBeVisible();
    await expect(c.getByText('综合排名')).toBeVisible();
    await chartDrawn(c.locator('.ant-table-tbody'));
    await shot(c, 'desktop-scorecard');
  });

  await test.step('指标与目标 for the company admin', async () => {
    await openMenu(c, '指标与目标');
    await expect(c.getByTestId('preset-now')).toBeVisible();
    await expect(c.getByRole('cell', { name: /房屋完好率/ }).first()).toBeVisible();
    await shot(c, 'desktop-indicators');
  });
});

test('phone width: comparison, history, league, scorecard, indicators', async ({ browsers }) => {
  const p = await browsers.open('phone');
  await signIn(p, 'admin@anju.demo');
  await openMenu(p, '指标对比');
  const map = p.getByTestId('heatmap');
  await expect(map.locator('[data-judgement]').first()).toBeVisible();
  const box = p.locator('.heatmap-scroll');
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth), 'phone heat map scrolls').toBe(true);
  expect(
    await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    'the phone page itself scrolls sideways',
  ).toBe(true);
  await shot(p, 'phone-comparison');
  await map.locator('tbody [data-judgement="MISSED"]').first().click();
  await chartDrawn(p.getByTestId('history-chart'));
  await shot(p, 'phone-comparison-history');
  await p.keyboard.press('Escape');
  await expect(p.getByTestId('cell-history')).toHaveCount(0);
  await p.getByRole('tab', { name: '排行榜' }).click();
  await expect(p.getByTestId('league-table').locator('.ant-table-row').first()).toBeVisible();
  await p.evaluate(() => window.scrollTo(0, 0));
  await shot(p, 'phone-comparison-league');
  await p.getByRole('tab', { name: '热力图' }).click();
  await map.getByRole('link', { name: '金桂园' }).click();
  await expect(p.getByText('金桂园 · 指标成绩单')).toBeVisible();
  await chartDrawn(p.getByRole('list'));
  await shot(p, 'phone-scorecard');
  await openMenu(p, '指标与目标');
  await expect(p.getByTestId('preset-now')).toBeVisible();
  await shot(p, 'phone-indicators');
});
