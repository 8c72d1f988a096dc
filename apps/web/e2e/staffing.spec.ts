import { expect, graphqlResponse, openMenu, shot, signIn, test } from './fixtures';

test('编制合规: HQ ranks the estates, opens 翠湖苑, exports; a phone shows cards', async ({
  page,
  browsers,
}) => {
  let detailPath = '';

  await test.step('the table lists 安居物业’s estates ranked by score', async () => {
    await signIn(page, 'admin@anju.demo');
    await openMenu(page, '编制合规');
    await page.waitForURL(/\/staffing$/);
    const table = page.getByTestId('staffing-table');
    const rows = table.locator('.ant-table-tbody tr.ant-table-row');
    // The eight estates of 安居物业 (the one still being prepared has no team and no score; other
    // browser tests may have added estates), none of 华庭物业.
    await expect(rows.first()).toBeVisible();
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(8);
    await expect(table).toContainText('翠湖苑');
    for (const other of ['华庭名苑', '华庭中心']) await expect(table).not.toContainText(other);
    const ranked = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('td')];
        return {
          rank: Number(cells[0]?.textContent) || null,
          score: Number(cells[cells.length - 1]?.textContent) || null,
        };
      }),
    );
    const scored = ranked.filter((r) => r.rank != null);
    expect(scored.length, 'estates with a score').toBeGreaterThanOrEqual(7);
    expect(scored.map((r) => r.rank)).toEqual(scored.map((_, i) => i + 1));
    const scores = scored.map((r) => r.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Unscored estates come last.
    expect(ranked.slice(scored.length).every((r) => r.rank == null)).toBe(true);
    // The score carries its colour band.
    await expect(table.locator('[data-tone="good"]').first()).toBeVisible();
    await shot(page, 'desktop-staffing');
  });

  await test.step('翠湖苑’s detail: the cleaner vacancy and the guard’s certificate expiring', async () => {
    await page.getByTestId('staffing-table').getByRole('link', { name: '翠湖苑' }).click();
    await page.waitForURL(/\/staffing\?estate=[0-9a-f-]{36}$/);
    detailPath = new URL(page.url()).pathname + new URL(page.url()).search;
    const detail = page.getByTestId('staffing-detail');
    await expect(detail).toBeVisible();
    await expect(page.getByRole('dialog')).toContainText('翠湖苑 · 编制合规');
    const headcount = detail.getByTestId('staffing-headcount');
    const cleaner = headcount.locator('tr').filter({ hasText: '保洁员' });
    await expect(cleaner.getByTestId('vacancy')).toHaveText('1');
    await expect(cleaner.getByTestId('vacancy')).toHaveCSS('color', 'rgb(255, 77, 79)');
    const issues = detail.getByTestId('staffing-certificates');
    const guard = issues.locator('tr').filter({ hasText: '秩序维护员' });
    await expect(guard).toContainText('即将到期');
    await expect(guard).toContainText('保安员证');
    await expect(guard).toContainText(/剩余 \d+ 天/);
    await expect(detail.getByTestId('staffing-score-parts')).toContainText('在岗率');
    await expect(detail.getByTestId('staffing-turnover')).toContainText('流失率');
    await shot(page, 'desktop-staffing-detail');
    await issues.scrollIntoViewIfNeeded();
    await shot(page, 'desktop-staffing-detail-certificates');
    await page.keyboard.press('Escape');
    await expect(detail).toHaveCount(0);
    await page.waitForURL(/\/staffing$/);
  });

  await test.step('export downloads an .xlsx', async () => {
    const exported = graphqlResponse(page, 'ExportStaffingCompliance');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    expect(((await (await exported).json()) as { errors?: unknown }).errors).toBeUndefined();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  });

  await test.step('a phone shows cards, and a reminder’s link lands on the estate’s detail', async () => {
    const phone = await browsers.open('phone');
    // The narrowest phone we support.
    await phone.setViewportSize({ width: 375, height: 812 });
    await signIn(phone, 'admin@anju.demo');
    await openMenu(phone, '编制合规');
    await phone.waitForURL(/\/staffing$/);
    const cards = phone.getByTestId('staffing-cards').getByRole('listitem');
    await expect(cards.first()).toBeVisible();
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(8);
    await expect(phone.getByTestId('staffing-table')).toHaveCount(0);
    // Nothing wider than the screen.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(phone, 'phone-staffing');
    // The certificate reminders link to /staffing?estate=<id>.
    await phone.goto(detailPath);
    const detail = phone.getByTestId('staffing-detail');
    await expect(detail).toBeVisible();
    await expect(detail.getByTestId('staffing-headcount')).toContainText('保洁员');
    await expect(detail.getByTestId('staffing-certificates')).toContainText('即将到期');
    await shot(phone, 'phone-staffing-detail');
    await detail.getByTestId('staffing-certificates').scrollIntoViewIfNeeded();
    await shot(phone, 'phone-staffing-detail-certificates');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test('the comparison cell of 持证上岗 and 培训合格率 lists the people behind it', async ({
  page,
  browsers,
}) => {
  await signIn(page, 'auditor@anju.demo');
  await openMenu(page, '指标对比');
  await page.waitForURL(/\/comparison/);
  const map = page.getByTestId('heatmap');
  await expect(map.locator('[data-judgement]').first()).toBeVisible();

  const drawer = page.getByTestId('cell-history');
  const drill = drawer.getByTestId('staffing-drill-down');

  await test.step('certified_on_duty of 翠湖苑: its guards and electrician with their certificates', async () => {
    const answered = graphqlResponse(page, 'StaffingIndicatorDrillDown', {
      indicatorCode: 'certified_on_duty',
    });
    await map.locator('tbody [aria-label^="翠湖苑 特种作业员工持证上岗率："]').click();
    await expect(drawer).toBeVisible();
    expect(((await (await answered).json()) as { errors?: unknown }).errors).toBeUndefined();
    const rows = drill.getByTestId('staffing-drill-row');
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeGreaterThanOrEqual(4);
    await expect(drill).toContainText('秩序维护员');
    await expect(drill).toContainText('保安员证');
    await expect(drill.getByTestId('staffing-drill-figure')).toContainText(/\d+ \/ \d+ = [\d.]+%/);
    // The auditor may read the estate's staff: names, not the hidden text.
    await expect(drill).not.toContainText('姓名已隐藏');
    await drill.scrollIntoViewIfNeeded();
    await shot(page, 'desktop-comparison-staffing-drill-down');
    await page.keyboard.press('Escape');
    await expect(drawer).toHaveCount(0);
  });

  await test.step('an indicator not computed from staff records has no drill-down', async () => {
    await map.locator('tbody [aria-label^="翠湖苑 房屋完好率："]').click();
    await expect(drawer).toBeVisible();
    await expect(drawer.getByTestId('history-chart').or(drawer.locator('.ant-empty')).first()).toBeVisible();
    await expect(drill).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(drawer).toHaveCount(0);
  });

  await test.step('training_pass: the training records of the month, one per course', async () => {
    await map.locator('tbody [aria-label*=" 管理层员工专业培训合格率："]').first().click();
    await expect(drawer).toBeVisible();
    await expect(drill).toBeVisible();
    // A month with training lists its records; one without says there is nobody to count.
    await expect(
      drill.getByTestId('staffing-drill-row').first().or(drill.getByText('该月没有可统计的人员')),
    ).toBeVisible();
  });

  await test.step('on a phone the drill-down is a list', async () => {
    const phone = await browsers.open('phone');
    await signIn(phone, 'auditor@anju.demo');
    await phone.goto('/comparison');
    const phoneMap = phone.getByTestId('heatmap');
    await phoneMap.locator('tbody [aria-label^="翠湖苑 特种作业员工持证上岗率："]').click();
    const phoneDrill = phone.getByTestId('cell-history').getByTestId('staffing-drill-down');
    await expect(phoneDrill.getByTestId('staffing-drill-row').first()).toBeVisible();
    await expect(phoneDrill.locator('table')).toHaveCount(0);
    await phoneDrill.scrollIntoViewIfNeeded();
    await shot(phone, 'phone-comparison-staffing-drill-down');
  });
});
