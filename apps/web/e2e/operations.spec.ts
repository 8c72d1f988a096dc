import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, graphqlResponse, openMenu, runMonth, shot, signIn, stamp, test } from './fixtures';

/**
 * Picks an option of an antd Select and waits until the select shows it: a click that lands while
 * the drawer or the dropdown is still animating is retried rather than lost.
 */
async function choose(page: Page, select: Locator, option: string) {
  await expect(async () => {
    await select.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: option })
      .click({ timeout: 2000 });
    await expect(select).toContainText(option, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

// The API's exceljs edits the exported file the way a person would in Excel.
const requireFromApi = createRequire(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '../../api/package.json'),
);
interface Cell {
  value: unknown;
}
interface Sheet {
  rowCount: number;
  getRow(n: number): { getCell(c: number): Cell };
}
const ExcelJS = requireFromApi('exceljs') as {
  Workbook: new () => {
    xlsx: { readFile(file: string): Promise<unknown>; writeFile(file: string): Promise<void> };
    getWorksheet(name: string): Sheet | undefined;
  };
};

const waitForDrawer = async (page: import('@playwright/test').Page, testId: string) => {
  const drawer = page.getByTestId(testId);
  await expect(drawer).toBeVisible();
  await expect(page.locator('.ant-drawer-content-wrapper').last()).not.toHaveClass(/panel-motion/);
  return drawer;
};

test('小区运营: the estate manager imports fees from .xlsx, records an incident and a check, adds a service', async ({
  page,
  browsers,
}, testInfo) => {
  const place = `东门岗亭 ${stamp}`;
  const service = `宠物寄养 ${stamp}`;

  await test.step('the fees of 翠湖苑: 24 months of the demo', async () => {
    await signIn(page, 'manager@anju.demo');
    await openMenu(page, '小区运营');
    await page.waitForURL(/\/operations\?estate=[0-9a-f-]{36}$/);
    const list = page.getByTestId('fee-list');
    await expect(list.getByTestId('fee-list-row').first()).toBeVisible();
    await expect.poll(() => list.getByTestId('fee-list-row').count()).toBeGreaterThanOrEqual(20);
    await shot(page, 'desktop-operations-fees');
  });

  await test.step('an exported file, changed in Excel, imported back: all rows saved', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出' }).click();
    const file = testInfo.outputPath('fees.xlsx');
    await (await download).saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('收费')!;
    // The last data row (the latest month): collected raised to the full receivable.
    const last = ws.rowCount;
    const month = String(ws.getRow(last).getCell(1).value);
    const receivable = String(ws.getRow(last).getCell(2).value);
    ws.getRow(last).getCell(3).value = receivable;
    await wb.xlsx.writeFile(file);

    await page.getByTestId('fee-import').click();
    await expect(page.locator('.ant-modal').last()).not.toHaveClass(/zoom-(appear|enter)/);
    await shot(page, 'desktop-operations-fee-import');
    const imported = graphqlResponse(page, 'ImportFeeCollections');
    await page.locator('.ant-modal input[type=file]').setInputFiles(file);
    expect(((await (await imported).json()) as { errors?: unknown }).errors).toBeUndefined();
    await expect(page.getByText(/已导入 \d+ 个月/)).toBeVisible();
    const row = page.getByTestId('fee-list-row').filter({ hasText: month });
    await expect(row).toContainText(`${receivable}`);
    await expect(row).toContainText('100%');
  });

  await test.step('an incident: a violation, handled', async () => {
    await page.getByRole('tab', { name: '事件' }).click();
    await page.getByTestId('incident-add').click();
    const drawer = await waitForDrawer(page, 'incident-form');
    await choose(page, drawer.getByTestId('incident-kind'), '违章');
    await drawer.getByLabel('地点').fill(place);
    await drawer.getByLabel('经过').fill('占用消防通道堆放杂物');
    await drawer.getByLabel('处理情况').fill('责令清理，已恢复通道');
    await drawer.getByTestId('incident-handled').click();
    await drawer.getByLabel('处理日期').fill(await drawer.getByLabel('发生日期').inputValue());
    await shot(page, 'desktop-operations-incident-form');
    const created = graphqlResponse(page, 'CreateIncident');
    await page.getByTestId('incident-form-save').click();
    expect(((await (await created).json()) as { errors?: unknown }).errors).toBeUndefined();
    await expect(page.getByTestId('incident-form')).toHaveCount(0);
    const row = page.getByTestId('incident-list-row').filter({ hasText: place });
    await expect(row).toContainText('违章');
    await expect(row).toContainText('是');
    await shot(page, 'desktop-operations-incidents');
    // Recorded today: listed under this year, not under last year's.
    const year = Number(runMonth().month.slice(0, 4));
    const yearFilter = page.getByTestId('incident-year');
    await choose(page, yearFilter, `${year - 1}年`);
    await expect(row).toHaveCount(0);
    await choose(page, yearFilter, `${year}年`);
    await expect(row).toContainText('违章');
    await choose(page, yearFilter, '全部年份');
  });

  await test.step('a facility check: street lights, 2 of 40 out', async () => {
    await page.getByRole('tab', { name: '设施检查' }).click();
    await page.getByTestId('check-add').click();
    const drawer = await waitForDrawer(page, 'check-form');
    await choose(page, drawer.getByTestId('check-class'), '路灯');
    await drawer.getByLabel('检查数量').fill('40');
    await drawer.getByLabel('完好数量').fill('38');
    await drawer.getByLabel('存在问题').fill(`2 盏灯不亮 ${stamp}`);
    await drawer.getByLabel('检查人').fill('李工');
    await page.getByTestId('check-form-save').click();
    await expect(page.getByTestId('check-form')).toHaveCount(0);
    const row = page.getByTestId('check-list-row').filter({ hasText: stamp });
    await expect(row).toContainText('38 / 40');
    await expect(row).toContainText('95%');
    await shot(page, 'desktop-operations-checks');
  });

  await test.step('community activities: the demo’s, with this year’s count and the year filter', async () => {
    await page.getByRole('tab', { name: '社区活动' }).click();
    await expect(page.getByTestId('activity-list-row').first()).toBeVisible();
    await expect(page.getByTestId('activity-year')).toContainText('全部年份');
    await expect(page.getByText(/今年已举办 \d+ 次/)).toBeVisible();
    await shot(page, 'desktop-operations-activities');
  });

  await test.step('a special service added to the menu', async () => {
    await page.getByRole('tab', { name: '特约服务' }).click();
    await expect(page.getByTestId('service-count')).toBeVisible();
    const before = Number((await page.getByTestId('service-count').textContent())?.match(/\d+/)?.[0]);
    await page.getByTestId('service-add').click();
    const drawer = await waitForDrawer(page, 'service-form');
    await drawer.getByLabel('服务名称').fill(service);
    await drawer.getByLabel('价格（元）').fill('50.5');
    await drawer.getByLabel('计价单位').fill('天');
    await page.getByTestId('service-form-save').click();
    await expect(page.getByTestId('service-form')).toHaveCount(0);
    const row = page.getByTestId('service-list-row').filter({ hasText: service });
    await expect(row).toContainText('¥50.50 / 天');
    await expect(row).toContainText('在售');
    await expect(page.getByTestId('service-count')).toContainText(`当前在售 ${before + 1} 项`);
    await shot(page, 'desktop-operations-services');
  });

  await test.step('at phone width the records are cards and the form fills the screen', async () => {
    const phone = await browsers.open('phone');
    await phone.setViewportSize({ width: 390, height: 844 });
    await signIn(phone, 'manager@anju.demo');
    await openMenu(phone, '小区运营');
    await phone.waitForURL(/\/operations\?estate=/);
    await phone.getByRole('tab', { name: '事件' }).click();
    const card = phone.getByTestId('incident-list-row').filter({ hasText: place });
    await expect(card).toBeVisible();
    await shot(phone, 'phone-operations-incidents');
    await phone.getByRole('tab', { name: '社区活动' }).click();
    await expect(phone.getByTestId('activity-list-row').first()).toBeVisible();
    await shot(phone, 'phone-operations-activities');
    await phone.getByRole('tab', { name: '设施检查' }).click();
    await phone.getByTestId('check-add').click();
    await waitForDrawer(phone, 'check-form');
    const width = await phone
      .locator('.ant-drawer-content-wrapper')
      .last()
      .evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(389);
    await shot(phone, 'phone-operations-check-form');
  });
});

test('the comparison cell of 管理费收缴率 lists the fee record behind it', async ({ page }) => {
  await signIn(page, 'auditor@anju.demo');
  await openMenu(page, '指标对比');
  await page.waitForURL(/\/comparison/);
  const map = page.getByTestId('heatmap');
  await expect(map.locator('[data-judgement]').first()).toBeVisible();
  await map.locator('tbody [aria-label^="翠湖苑 管理费收缴率："]').click();
  const drawer = page.getByTestId('cell-history');
  await expect(drawer).toBeVisible();
  const drill = drawer.getByTestId('ops-drill-down');
  await expect(drill).toBeVisible();
  // A period that reaches this month opens on it (no fees yet): the month before has its record.
  const months = drill.locator('.ant-select');
  if (await months.count()) {
    await months.click();
    await page.locator('.ant-select-item-option').nth(1).click();
  }
  await expect(drill.getByTestId('ops-drill-row').first()).toBeVisible();
  await expect(drill.getByTestId('ops-drill-figure')).toContainText(/ = [\d.]+%/);
  await expect(drill).toContainText('实收金额（元）');
  await drill.scrollIntoViewIfNeeded();
  await shot(page, 'desktop-comparison-ops-drill-down');
});
