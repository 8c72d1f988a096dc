import type { Page } from '@playwright/test';
import { expect, graphqlResponse, shot, signIn, stamp, test } from './fixtures';

/** The id of the estate named `name`, asked of the API with the signed-in page's own session. */
async function estateId(page: Page, name: string): Promise<string> {
  return page.evaluate(async (search) => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${localStorage.getItem('anju.token')}`,
      },
      body: JSON.stringify({
        query:
          'query($s: String) { estates(first: 5, filter: { search: $s }) { edges { node { id name } } } }',
        variables: { s: search },
      }),
    });
    const body = (await res.json()) as {
      data: { estates: { edges: { node: { id: string; name: string } }[] } };
    };
    return body.data.estates.edges.find((e) => e.node.name === search)!.node.id;
  }, name);
}

/** Answers the GraphQL response of `operation` once `action` has run, with its errors checked. */
async function sent(page: Page, operation: string, action: () => Promise<void>) {
  const response = graphqlResponse(page, operation);
  await action();
  const body = (await (await response).json()) as { errors?: unknown; data?: Record<string, unknown> };
  expect(body.errors, operation).toBeUndefined();
  return body.data!;
}

/** Picks `option` of the antd Select labelled `label` inside `scope`. */
async function choose(
  page: Page,
  scope: ReturnType<Page['getByRole']>,
  label: string,
  option: string | RegExp,
) {
  await scope.getByLabel(label).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .click();
}

// What other specs read of the demo stays as it was: 翠湖苑's cleaners (one vacant) and its security
// roster are not touched; the new post is an engineering one of two (缺编 2), the gardeners go to 5.
test('admin: 翠湖苑’s positions edited and extended, saved as a company template, applied to an estate with none', async ({
  page,
}) => {
  await signIn(page, 'admin@anju.demo');
  const chy = await estateId(page, '翠湖苑');
  await page.goto(`/team?estate=${chy}&tab=positions`);
  await expect(page.getByRole('tab', { name: '岗位编制', selected: true })).toBeVisible();
  const gardener = page.getByTestId('position-GARDENER');
  await expect(gardener).toBeVisible();
  await shot(page, 'desktop-positions-manage');

  // Edit the gardeners' planned headcount: 3 → 5.
  await gardener.getByRole('button', { name: /编辑岗位/ }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByLabel('岗位名称')).toHaveValue('绿化工');
  await drawer.getByLabel('编制人数').fill('5');
  await sent(page, 'UpdatePosition', () => drawer.getByTestId('position-save').click());
  await expect(drawer).toBeHidden();
  await expect(gardener.getByTestId('planned')).toContainText('编制 5');
  await expect(gardener.getByText('缺编 2')).toBeVisible();

  // Add a position to 工程部: two lift attendants, certificate required.
  const code = `LIFT_ATTENDANT_${stamp}`;
  await page.getByTestId('department-ENGINEERING').getByRole('button', { name: '在工程部新增岗位' }).click();
  const add = page.getByRole('dialog');
  await expect(add.getByText('新增岗位')).toBeVisible();
  // A taken code comes back from the API under its field.
  await add.getByLabel('岗位代码').fill('ELECTRICIAN_PLUMBER');
  await add.getByLabel('岗位名称').fill('电梯管理员');
  await add.getByLabel('编制人数').fill('2');
  await choose(page, add, '班制', '做六休一');
  await add.getByLabel('工作时间').fill('7:00-11:00 13:00-16:00');
  await add.getByLabel('岗位职责').fill('电梯日常巡查，困人救援配合维保单位');
  await add.getByRole('switch', { name: '持证上岗' }).click();
  await choose(page, add, '认可的证书', '特种设备作业人员证');
  await add.getByLabel('最低年龄').fill('18');
  await add.getByLabel('最高年龄').fill('55');
  const taken = graphqlResponse(page, 'CreatePosition');
  await add.getByTestId('position-save').click();
  await taken;
  await expect(add.getByText('岗位代码已被占用，请更换')).toBeVisible();
  await shot(page, 'desktop-position-code-taken');
  await add.getByLabel('岗位代码').fill(code);
  await sent(page, 'CreatePosition', () => add.getByTestId('position-save').click());
  await expect(add).toBeHidden();
  const lift = page.getByTestId(`position-${code}`);
  await expect(lift).toContainText('电梯管理员');
  await expect(lift).toContainText('做六休一');
  await expect(lift).toContainText('特种设备作业人员证');
  await expect(lift).toContainText('年龄 18–55 岁');
  await expect(lift.getByText('缺编 2')).toBeVisible();

  // Save the estate as a company template.
  const name = `翠湖苑编制 ${stamp}`;
  await page.getByRole('button', { name: '存为公司模板' }).click();
  const save = page.getByRole('dialog');
  await save.getByLabel('模板名称').fill(name);
  await save.getByLabel('模板说明').fill('翠湖苑现行编制，含电梯管理员');
  await shot(page, 'desktop-save-template');
  const saved = await sent(page, 'CreateStaffingTemplate', () =>
    save.getByRole('button', { name: /确\s*定/ }).click(),
  );
  const template = saved.createStaffingTemplate as { id: string; plannedHeadcount: number };
  expect(template.plannedHeadcount).toBe(16 + 2 + 2);
  await expect(page.getByText(`已保存公司模板「${name}」`)).toBeVisible();

  // 榕树湾商业街 is still being prepared: no departments, no positions. Apply the template there.
  const rsw = await estateId(page, '榕树湾商业街');
  await page.goto(`/team?estate=${rsw}&tab=positions`);
  await expect(page.getByText('本小区还没有部门：请先套用编制模板。')).toBeVisible();
  await page.getByRole('button', { name: '套用编制模板' }).click();
  const apply = page.getByRole('dialog');
  await expect(apply.getByText('16 人标准编制（内置）')).toBeVisible();
  await apply.getByText(name).click();
  await shot(page, 'desktop-apply-template');
  const applied = await sent(page, 'ApplyStaffingTemplate', () =>
    apply.getByRole('button', { name: /确\s*定/ }).click(),
  );
  expect(applied.applyStaffingTemplate).toMatchObject({
    templateId: template.id,
    changed: true,
    departmentsCreated: 6,
    positionsCreated: 8,
  });
  await expect(page.getByText('已添加 6 个部门、8 个岗位')).toBeVisible();
  await expect(page.getByTestId(`position-${code}`)).toContainText('电梯管理员');
  await expect(page.getByTestId('position-GARDENER').getByTestId('planned')).toContainText('编制 5');
  await shot(page, 'desktop-template-applied');

  // Applying it again changes nothing.
  await page.getByRole('button', { name: '套用编制模板' }).click();
  await page.getByRole('dialog').getByText(name).click();
  const again = await sent(page, 'ApplyStaffingTemplate', () =>
    page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click(),
  );
  expect(again.applyStaffingTemplate).toMatchObject({ changed: false, positionsCreated: 0 });
  await expect(page.getByText('模板的部门和岗位都已存在，没有变化')).toBeVisible();
});

test('manager: a position somebody holds is not deleted, and a stale edit says so', async ({
  page,
  browsers,
}) => {
  await signIn(page, 'manager@anju.demo');
  await page.goto('/team?tab=positions');
  const cleaner = page.getByTestId('position-CLEANER');
  await expect(cleaner).toBeVisible();
  // The manager applies templates but keeps no company templates.
  await expect(page.getByRole('button', { name: '套用编制模板' })).toBeVisible();
  await expect(page.getByRole('button', { name: '存为公司模板' })).toHaveCount(0);

  // Delete the cleaners' position: four people hold it, so the API refuses and says why.
  await cleaner.getByRole('button', { name: /删除岗位/ }).click();
  const confirm = page.locator('.ant-popconfirm');
  await expect(confirm).toContainText('删除岗位「保洁员」？');
  const refused = graphqlResponse(page, 'DeletePosition');
  await confirm.getByRole('button', { name: /确\s*定/ }).click();
  await refused;
  await expect(page.getByTestId('positions-notice')).toContainText('该岗位还有人员记录');
  await expect(cleaner).toBeVisible();
  await shot(page, 'desktop-position-in-use');

  // The gardeners' edit is open when someone else changes the position: the save is CONFLICT.
  const gardener = page.getByTestId('position-GARDENER');
  await gardener.getByRole('button', { name: /编辑岗位/ }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByLabel('岗位名称')).toHaveValue('绿化工');
  const other = await browsers.open();
  await signIn(other, 'manager@anju.demo');
  await other.goto('/team?tab=positions');
  await other
    .getByTestId('position-GARDENER')
    .getByRole('button', { name: /编辑岗位/ })
    .click();
  await other.getByRole('dialog').getByLabel('工作时间').fill(`8:00-17:00 ${stamp}`);
  await sent(other, 'UpdatePosition', () => other.getByRole('dialog').getByTestId('position-save').click());

  await drawer.getByLabel('岗位职责').fill('负责小区绿化养护、修剪和浇灌。');
  const stale = graphqlResponse(page, 'UpdatePosition');
  await drawer.getByTestId('position-save').click();
  await stale;
  await expect(drawer.getByTestId('position-conflict')).toContainText('刚被他人修改过');
  await shot(page, 'desktop-position-conflict');
  // The latest is loaded into the drawer; the change made again saves.
  await drawer.getByRole('button', { name: '载入最新数据' }).click();
  await expect(drawer.getByLabel('工作时间')).toHaveValue(`8:00-17:00 ${stamp}`);
  await expect(drawer.getByTestId('position-conflict')).toHaveCount(0);
  await drawer.getByLabel('岗位职责').fill('负责小区绿化养护、修剪和浇灌。');
  await sent(page, 'UpdatePosition', () => drawer.getByTestId('position-save').click());
  await expect(gardener).toContainText('负责小区绿化养护');
});

test('phone width: the positions tab, the position form and the templates fit 375 px', async ({
  browsers,
}) => {
  const p = await browsers.open('phone');
  await p.setViewportSize({ width: 375, height: 812 });
  await signIn(p, 'admin@anju.demo');
  const chy = await estateId(p, '翠湖苑');
  await p.goto(`/team?estate=${chy}&tab=positions`);
  await expect(p.getByTestId('position-SECURITY_GUARD')).toBeVisible();
  const overflow = () => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(1);
  await shot(p, 'phone-positions');
  await p
    .getByTestId('position-SECURITY_GUARD')
    .getByRole('button', { name: /编辑岗位/ })
    .click();
  const drawer = p.getByRole('dialog');
  await expect(drawer.getByLabel('岗位名称')).toHaveValue('秩序维护员');
  expect(await overflow()).toBeLessThanOrEqual(1);
  await shot(p, 'phone-position-form');
  await drawer.getByRole('button', { name: /Close|关闭/ }).click();
  await expect(drawer).toBeHidden();
  await p.getByRole('button', { name: '套用编制模板' }).click();
  await expect(p.getByRole('dialog').getByText('16 人标准编制（内置）')).toBeVisible();
  // The dialog has finished opening (its zoom animation) before the picture is taken.
  await expect(p.locator('.ant-modal').last()).not.toHaveClass(/zoom-(appear|enter)/);
  expect(await overflow()).toBeLessThanOrEqual(1);
  await shot(p, 'phone-apply-template');
});
