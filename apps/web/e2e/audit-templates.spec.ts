import { expect, graphqlResponse, openMenu, shot, signIn, test } from './fixtures';

test('auditor: edits the quarterly template and publishes a new version; v1 stays as it was', async ({
  page,
}) => {
  await signIn(page, 'auditor@anju.demo');
  await openMenu(page, '检查标准');
  await page.waitForURL(/\/audit-templates$/);
  const list = page.getByTestId('audit-template-list');
  // The product's defaults: one per department and the combined quarterly one.
  for (const name of ['季度品质评估标准', '客服服务检查标准', '消防安全检查标准'])
    await expect(list).toContainText(name);
  await shot(page, 'desktop-audit-templates');

  await list.getByText('季度品质评估标准').click();
  await page.waitForURL(/\/audit-templates\/[0-9a-f-]{36}$/);
  const editor = page.getByTestId('template-editor');
  await expect(editor.getByTestId('template-section')).toHaveCount(6);
  await expect(page.getByTestId('template-versions')).toContainText('v1');
  const first = editor.getByTestId('template-item').first();
  const standard = first.getByLabel('检查标准');
  await standard.fill('前台接待热情主动，来访登记完整，首问负责落实到人（演示修改）');
  const saved = graphqlResponse(page, 'UpdateAuditTemplate');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await saved;
  await expect(page.getByText('草稿已保存')).toBeVisible();
  await page.getByRole('button', { name: '发布新版本' }).click();
  const published = graphqlResponse(page, 'PublishAuditTemplate');
  await page
    .getByRole('button', { name: /确\s*定|发\s*布/ })
    .last()
    .click();
  await published;
  await expect(page.getByTestId('template-versions')).toContainText('v2');
  await shot(page, 'desktop-audit-template-editor');
});

test('phone width: the template editor fits the screen', async ({ browsers }) => {
  const p = await browsers.open('phone');
  await signIn(p, 'auditor@anju.demo');
  await p.goto('/audit-templates');
  await p.getByTestId('audit-template-list').getByText('保洁服务检查标准').click();
  const item = p.getByTestId('template-item').first();
  await expect(item).toBeVisible();
  const box = (await item.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(p.viewportSize()!.width);
  await shot(p, 'phone-audit-template-editor');
});
