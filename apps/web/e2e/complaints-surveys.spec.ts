import { expect, openMenu, runNow, shot, signIn, stamp, test } from './fixtures';

test('投诉: the manager logs a complaint, rules it, postpones it once and resolves it (desktop)', async ({
  page,
  browsers,
}) => {
  const text = `楼道垃圾三天未清运 ${stamp}`;

  await test.step('the list of 翠湖苑’s complaints, with the demo’s history', async () => {
    await signIn(page, 'manager@anju.demo');
    await openMenu(page, '投诉管理');
    await page.waitForURL(/\/complaints/);
    await expect(page.getByTestId('complaint-row').first()).toBeVisible();
    await expect(page.getByTestId('complaints-page')).toContainText(/共 \d+ 条/);
    await shot(page, 'desktop-complaints');
  });

  await test.step('logged: the manager is the first receiver, feedback promised in two days', async () => {
    await page.getByTestId('complaint-create').click();
    const drawer = page.getByRole('dialog');
    // The dropdown slides in: an option clicked mid-animation can miss, so retry until it is chosen.
    await expect(async () => {
      await drawer.getByLabel('投诉类别').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: /^保洁$/ })
        .click({ timeout: 2_000 });
      // The visible choice (antd also writes it into a hidden aria-live node, which may come first).
      await expect(drawer.getByText('保洁', { exact: true }).filter({ visible: true }).first()).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 15_000 });
    await drawer.getByLabel('位置').fill('5栋1单元');
    await drawer.getByLabel('投诉内容').fill(text);
    await drawer.getByLabel('投诉人').fill('李先生');
    await drawer.getByLabel('联系电话').fill('139 0000 1234');
    await drawer.getByTestId('complaint-submit').click();
    const detail = page.getByTestId('complaint-detail');
    await expect(detail).toContainText(text);
    await expect(detail.getByTestId('complaint-phone')).toHaveAttribute('href', 'tel:13900001234');
    await expect(detail).toContainText('处理中');
    await expect(detail).toContainText('待判定');
    await shot(page, 'desktop-complaint-detail');
  });

  await test.step('ruled valid, postponed once (the button then goes), resolved with the callback', async () => {
    const detail = page.getByTestId('complaint-detail');
    await detail.getByTestId('complaint-step-RULE').click();
    let modal = page.locator('.ant-modal').last();
    await modal.getByLabel('理由').fill('确属保洁未按时清运');
    await modal.getByRole('button', { name: /OK|确\s*定/ }).click();
    await expect(detail).toContainText('判定为有效投诉');

    await detail.getByTestId('complaint-step-POSTPONE').click();
    modal = page.locator('.ant-modal').last();
    await expect(modal).not.toHaveClass(/zoom-(appear|enter)/);
    const picker = modal.getByLabel('新的回复时间');
    await picker.click();
    // Four days on from the API's fixed clock: after the promised two days, within the week.
    const later = new Date(runNow().getTime() + 4 * 86_400_000 + 8 * 3_600_000);
    const value = later.toISOString().slice(0, 10);
    await picker.fill(`${value} 10:00`);
    await picker.press('Enter');
    await modal.getByLabel('延期原因').fill('等待清运公司调整排班');
    await shot(page, 'desktop-complaint-postpone');
    await modal.getByRole('button', { name: /OK|确\s*定/ }).click();
    await expect(detail).toContainText('延期至');
    await expect(detail.getByTestId('complaint-step-POSTPONE')).toHaveCount(0);

    await detail.getByTestId('complaint-step-RESOLVE').click();
    modal = page.locator('.ant-modal').last();
    await modal.getByLabel('处理结果').fill('已安排每日两次清运');
    await modal.getByLabel('回访记录').fill('业主表示满意');
    await modal.getByRole('button', { name: /OK|确\s*定/ }).click();
    await expect(detail).toContainText('处理完毕：已安排每日两次清运');
    await expect(detail.getByTestId('complaint-step-RESOLVE')).toHaveCount(0);
    await expect(detail).toContainText('已处理');
    await shot(page, 'desktop-complaint-resolved');
  });

  await test.step('the front desk on a phone: the complaints they received, with the phone to call', async () => {
    const phone = await browsers.open('phone');
    await signIn(phone, 'staff@anju.demo');
    await phone.goto('/complaints');
    const rows = phone.getByTestId('complaint-row');
    await expect(rows.first()).toBeVisible();
    await shot(phone, 'phone-complaints');
    await rows.first().click();
    const detail = phone.getByTestId('complaint-detail');
    await expect(detail.getByTestId('complaint-phone')).toHaveAttribute('href', /^tel:\d+$/);
    await shot(phone, 'phone-complaint-detail');
  });
});

test('满意度调查: a survey from the default questions, a resident answers on a phone once', async ({
  page,
  browsers,
}) => {
  let link = '';
  let code = '';

  await test.step('the manager creates a survey and prints household codes', async () => {
    await signIn(page, 'manager@anju.demo');
    await openMenu(page, '满意度调查');
    await page.waitForURL(/\/surveys/);
    // The demo's June and December surveys, with their results per area.
    await expect(page.getByTestId('survey-card').first()).toBeVisible();
    await expect(page.getByTestId('survey-overall').first()).toContainText('总体满意率');
    await page.getByTestId('survey-create').click();
    const modal = page.locator('.ant-modal').last();
    await expect(modal).not.toHaveClass(/zoom-(appear|enter)/);
    await expect(modal).toContainText('使用默认问卷');
    await modal.getByLabel('调查名称').fill(`满意度调查 ${stamp}`);
    await modal.getByRole('button', { name: /OK|确\s*定/ }).click();
    const card = page.getByTestId('survey-card').filter({ hasText: `满意度调查 ${stamp}` });
    await expect(card).toContainText('进行中');
    link = (await card.getByTestId('survey-link').textContent()) ?? '';
    expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{32}$/);
    await shot(page, 'desktop-surveys');

    await page.getByTestId('survey-codes').click();
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('codes-generate').click();
    await expect(drawer.getByTestId('code-slip').first()).toBeVisible();
    code = ((await drawer.getByTestId('code-slip').last().locator('strong').textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await shot(page, 'desktop-survey-codes');
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'print-survey-codes');
    await page.emulateMedia({ media: 'screen' });
  });

  const phone = await browsers.open('phone');
  await test.step('a resident answers on a phone with the household code, without signing in', async () => {
    await phone.goto(new URL(link).pathname);
    const form = phone.getByTestId('public-survey');
    await expect(form).toContainText(`满意度调查 ${stamp}`);
    await expect(form).toContainText('翠湖苑');
    await phone.getByTestId('public-survey-code').fill(code.toLowerCase());
    const questions = phone.getByTestId('public-survey-question');
    await expect(questions).toHaveCount(10);
    for (let i = 0; i < 10; i++) await questions.nth(i).getByText('满意', { exact: true }).click();
    await shot(phone, 'phone-public-survey');
    await phone.getByTestId('public-survey-submit').click();
    await expect(phone.getByTestId('public-survey-done')).toBeVisible();
    await shot(phone, 'phone-public-survey-done');
  });

  await test.step('a second answer with the same code is refused, plainly', async () => {
    await phone.goto(new URL(link).pathname);
    await phone.getByTestId('public-survey-code').fill(code);
    const questions = phone.getByTestId('public-survey-question');
    for (let i = 0; i < 10; i++) await questions.nth(i).getByText('不满意', { exact: true }).click();
    await phone.getByTestId('public-survey-submit').click();
    await expect(phone.getByTestId('public-survey-error')).toContainText('该户码已提交过本次调查');
    await expect(phone.getByTestId('public-survey-done')).toHaveCount(0);
    await shot(phone, 'phone-public-survey-refused');
  });

  await test.step('the manager sees the answer in the results', async () => {
    await page.reload();
    const card = page.getByTestId('survey-card').filter({ hasText: `满意度调查 ${stamp}` });
    await expect(card.getByTestId('survey-overall')).toContainText('100%');
    await expect(card).toContainText('有效答卷 1 份');
  });
});
