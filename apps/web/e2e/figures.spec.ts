import {
  confirmUntilSent,
  expect,
  graphqlResponse,
  openMenu,
  PASSWORD,
  runMonth,
  shot,
  signIn,
  subscriptionSent,
  test,
} from './fixtures';

const { month, number: monthNumber, label: monthLabel } = runMonth();

async function gql<T>(baseURL: string, token: string | null, query: string, variables = {}) {
  const res = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
}

/**
 * Every built-in indicator is computed from the estate's records now (issue 11), so the monthly
 * form is for a company's own indicators: 安居物业 adds one (二次供水水质合格率, target 100%) as
 * its admin would on the indicators page. Adding it again (a retried test) is a CONFLICT, fine.
 */
async function companyIndicator(baseURL: string) {
  const login = await gql<{ login: { token: string } }>(
    baseURL,
    null,
    'mutation ($input: LoginInput!) { login(input: $input) { token } }',
    { input: { email: 'admin@anju.demo', password: PASSWORD } },
  );
  const token = login.data!.login.token;
  const created = await gql(
    baseURL,
    token,
    'mutation ($i: CreateIndicatorInput!) { createIndicator(input: $i) { code } }',
    {
      i: {
        code: 'water_quality',
        nameZh: '二次供水水质合格率',
        nameEn: 'Secondary water supply quality',
        unit: 'PERCENT',
        direction: 'AT_LEAST',
        measurement: 'FACILITY_CHECK',
        aggregation: 'RATIO',
        numeratorLabel: '合格水样',
        denominatorLabel: '检测水样',
        numeratorLabelEn: 'Samples passed',
        denominatorLabelEn: 'Samples tested',
      },
    },
  );
  if (created.errors && created.errors[0]?.extensions?.code !== 'CONFLICT')
    throw new Error(`createIndicator: ${JSON.stringify(created.errors)}`);
  const target = await gql(
    baseURL,
    token,
    'mutation ($i: SetIndicatorTargetInput!) { setIndicatorTarget(input: $i) { indicatorCode } }',
    {
      i: {
        indicatorCode: 'water_quality',
        op: 'EQUALS',
        value: 100,
        effectiveMonth: month,
        reason: '新增企业指标',
      },
    },
  );
  if (target.errors) throw new Error(`setIndicatorTarget: ${JSON.stringify(target.errors)}`);
}

test('月度填报 → 数据审核: the manager reports this month, the auditor approves, HQ sees it live', async ({
  page: m,
  browsers,
  baseURL,
}, testInfo) => {
  await companyIndicator(baseURL!);
  // HQ's comparison of this month stays open while the figures are reported and approved.
  const c = await browsers.open();
  const hqListens = subscriptionSent(c, 'figuresChanged');
  await signIn(c, 'admin@anju.demo');
  await c.goto(`${baseURL}/comparison?period=${month}`);
  const cell = c.getByTestId('heatmap').getByRole('button', { name: /^翠湖苑 二次供水水质合格率/ });
  // Nothing of this month in the demo data: the cell is grey.
  await expect(cell).toHaveAttribute('data-judgement', 'NO_DATA');

  await test.step('this month: numerator above denominator is refused on its input, then saved and submitted', async () => {
    await signIn(m, 'manager@anju.demo');
    await openMenu(m, '月度填报');
    await m.waitForURL(/\/figures/);
    await expect(m.getByTestId('estate-picker').getByText('翠湖苑')).toBeVisible();
    await expect(m.getByRole('group', { name: '二次供水水质合格率' })).toBeVisible();
    await shot(m, 'desktop-figures');

    // Switch to this month and wait for its form: filling while the previous month's form is
    // replaced would type into fields that are about to be thrown away.
    const thisMonthsForm = graphqlResponse(m, 'MonthlyForm', { month });
    // A click on the month while the picker is still opening can be lost: retried until the URL has it.
    await expect(async () => {
      if ((await m.locator('.ant-picker-dropdown:visible').count()) === 0)
        await m.getByTestId('month-picker').click();
      await m
        .locator('.ant-picker-dropdown:visible .ant-picker-cell-inner')
        .filter({ hasText: new RegExp(`^${monthNumber}月$`) })
        .click({ timeout: 2_000 });
      await m.waitForURL(new RegExp(`month=${month}`), { timeout: 2_000 });
    }).toPass({ timeout: 18_000 });
    await thisMonthsForm;
    await expect(m.locator('.ant-skeleton')).toHaveCount(0);
    await expect(m.locator('.ant-picker-dropdown:visible')).toHaveCount(0);
    const line = m.getByRole('group', { name: '二次供水水质合格率' });
    const numerator = line.getByLabel('合格水样');
    const denominator = line.getByLabel('检测水样');
    await expect(numerator).toBeEditable();
    await expect(numerator).toHaveValue('');

    await numerator.fill('120');
    await denominator.fill('100');
    await expect(numerator).toHaveValue('120');
    await expect(line.getByTestId('value-water_quality').getByText('120%')).toBeVisible();
    await m.getByRole('button', { name: /保存草稿/ }).click();
    const numeratorItem = line.locator('.ant-form-item').filter({ has: m.getByLabel('合格水样') });
    await expect(numeratorItem.locator('.ant-form-item-explain-error')).toContainText(/不能大于/);
    await expect(
      line
        .locator('.ant-form-item')
        .filter({ has: m.getByLabel('检测水样') })
        .locator('.ant-form-item-explain-error'),
      'the error landed on the denominator too',
    ).toHaveCount(0);
    await shot(m, 'desktop-figures-error');
    await numerator.fill('99');
    await expect(line.getByTestId('value-water_quality').getByText('99%')).toBeVisible();
    await m.getByRole('button', { name: /保存草稿/ }).click();
    await expect(m.getByText('已保存 1 项草稿')).toBeVisible();
    await expect(line.getByText('草稿')).toBeVisible();
    await confirmUntilSent(
      m,
      m.getByRole('button', { name: /提交审核/ }).first(),
      /提交审核/,
      'SubmitMonthlyFigures',
    );
    await expect(m.getByText(`已提交 ${monthLabel} 的数据`)).toBeVisible();
    await expect(m.getByRole('group', { name: '二次供水水质合格率' }).getByText('已提交')).toBeVisible();
  });

  await test.step('数据审核: the auditor approves it and the open comparison updates live', async () => {
    await hqListens;
    const u = await browsers.open();
    await signIn(u, 'auditor@anju.demo');
    await openMenu(u, '数据审核');
    const row = u.getByRole('row').filter({ hasText: '翠湖苑' }).filter({ hasText: monthLabel });
    await expect(row).toBeVisible();
    await shot(u, 'desktop-approvals');
    await row.getByRole('button', { name: '审核' }).click();
    await expect(u.getByRole('group', { name: '二次供水水质合格率' }).getByText('已提交')).toBeVisible();
    await shot(u, 'desktop-approval-drawer');
    const navigations: string[] = [];
    c.on('framenavigated', (f) => {
      if (f === c.mainFrame()) navigations.push(f.url());
    });
    const approved = await confirmUntilSent(
      u,
      u.getByRole('button', { name: /审核通过/ }).first(),
      /审核通过/,
      'ApproveMonthlyFigures',
    );
    // The answer itself first: a refusal or a server error is then named, not a missing toast.
    const answer = (await approved.json()) as { errors?: unknown[] };
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    await expect(u.getByText('已审核通过“翠湖苑”的数据')).toBeVisible();

    const after = c.getByTestId('heatmap').getByRole('button', { name: /^翠湖苑 二次供水水质合格率：99%/ });
    await expect(after).toBeVisible();
    // 99% misses the 100% target of preset B, in force for the demo company: HQ gets an alert.
    await expect(after).toHaveAttribute('data-judgement', 'MISSED');
    // (This month's repair figures, computed from today's live board, may miss theirs too.)
    await expect(
      c.locator('.ant-notification-notice').filter({ hasText: '二次供水水质合格率' }).getByText('指标未达标'),
    ).toBeVisible();
    expect(navigations, 'the comparison page reloaded').toEqual([]);
    await shot(c, 'desktop-comparison-live');
  });

  await test.step('the Excel template of last month, uploaded again as it is, is accepted', async () => {
    await m.goto(`${baseURL}/figures`);
    await expect(m.getByRole('group', { name: '二次供水水质合格率' })).toBeVisible();
    // The API makes the template as a file; the page fetches it from /files and saves it.
    const served = m.waitForResponse((r) => /\/files\/[0-9a-f-]{36}$/.test(r.url()));
    const [template] = await Promise.all([
      m.waitForEvent('download'),
      m.getByRole('button', { name: /下载 Excel 模板/ }).click(),
    ]);
    expect((await served).status()).toBe(200);
    expect(template.suggestedFilename()).toMatch(/\.xlsx$/);
    const templateFile = testInfo.outputPath(template.suggestedFilename());
    await template.saveAs(templateFile);
    await m.getByRole('button', { name: /导入 Excel/ }).click();
    await expect(m.locator('.ant-modal').getByText(/点击或拖入 .xlsx 文件/)).toBeVisible();
    await shot(m, 'desktop-figures-import');
    // The file goes up through POST /files; the import mutation names it by id.
    const uploadedFile = m.waitForResponse(
      (r) => r.url().endsWith('/files') && r.request().method() === 'POST',
    );
    const imported = graphqlResponse(m, 'ImportMonthlyFigures');
    await m.locator('.ant-modal input[type=file]').setInputFiles(templateFile);
    expect((await uploadedFile).status()).toBe(201);
    const { id } = (await (await uploadedFile).json()) as { id: string };
    expect((await imported).request().postDataJSON().variables.input.fileId).toBe(id);
    await expect(m.getByText(/已导入 \d+ 个小区的 \d+ 项数据/)).toBeVisible();
  });

  await test.step('a file that is not the template is refused as a whole, with the reason', async () => {
    await m.getByRole('button', { name: /导入 Excel/ }).click();
    await m.locator('.ant-modal input[type=file]').setInputFiles({
      name: 'notes.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('not a workbook'),
    });
    // Refused by its bytes at POST /files, before any import.
    await expect(m.locator('.ant-modal .ant-alert-error')).toContainText('文件不是 Excel（.xlsx）文件');
    await shot(m, 'desktop-figures-import-refused');
    await m.keyboard.press('Escape');
  });
});

test('phone width: monthly form and approval queue', async ({ browsers }) => {
  const pm = await browsers.open('phone');
  await signIn(pm, 'manager@anju.demo');
  await openMenu(pm, '月度填报');
  await expect(pm.getByRole('group', { name: '二次供水水质合格率' })).toBeVisible();
  await shot(pm, 'phone-figures');

  const pa = await browsers.open('phone');
  await signIn(pa, 'auditor@anju.demo');
  await openMenu(pa, '数据审核');
  await expect(pa.getByRole('listitem').first()).toBeVisible();
  await shot(pa, 'phone-approvals');

  // An estate-month's drawer fills the screen; its approval asks first, within the 375 px.
  await pa.getByRole('listitem').first().click();
  await pa
    .getByRole('dialog')
    .getByRole('button', { name: /审核通过/ })
    .click();
  const confirm = pa.locator('.ant-popconfirm:visible');
  await expect(confirm.getByText('确定审核通过吗？')).toBeVisible();
  const box = (await confirm.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  await shot(pa, 'phone-approval-confirm');
  await confirm.getByRole('button', { name: /取\s*消/ }).click();
  await expect(confirm).toHaveCount(0);
});
