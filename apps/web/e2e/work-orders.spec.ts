/**
 * Work orders (issue 11): the list with its filters and an order's timeline on a desktop, the
 * service commitments, and the live board on a phone — an urgent repair logged from the phone
 * breaches its 3-minute dispatch for real (the API's test clock moves past the deadline, the
 * breach job of the queue flags it and the board hears it through `workOrderChanged`), then it is
 * dispatched from the phone and the member of staff records the arrival from theirs.
 */
import type { Page } from '@playwright/test';
import { expect, openMenu, shot, signIn, stamp, subscriptionSent, test } from './fixtures';

/** Moves the API's fixed clock forward (NODE_ENV=test only: POST /test/clock). */
async function advanceApiClock(seconds: number): Promise<string> {
  const api = process.env.E2E_API_URL;
  if (!api) throw new Error('E2E_API_URL is not set: the global setup did not start the API');
  const res = await fetch(`${api}/test/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceSeconds: seconds }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { now: string }).now;
}

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

/** Waits until the drawer or modal has finished its opening animation. */
async function settled(page: Page, selector: string) {
  await expect(page.locator(selector).last()).not.toHaveClass(/(zoom|panel-motion|move-\w+)-(appear|enter)/);
}

test('desktop: the list of 翠湖苑 filtered, an order’s timeline, the commitments and the board', async ({
  page,
}) => {
  await signIn(page, 'admin@anju.demo');
  await openMenu(page, '报修工单');
  await page.waitForURL(/\/work-orders/);
  // The admin sees eight estates: choose 翠湖苑.
  await page.getByTestId('estate-picker').click();
  await page.keyboard.type('翠湖苑');
  await page.locator('.ant-select-item-option').filter({ hasText: '翠湖苑' }).first().click();
  const table = page.getByTestId('work-order-table');
  const rows = table.locator('.ant-table-tbody tr.ant-table-row');
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(9);
  await expect(table).toContainText('5栋 2号电梯');
  await expect(page.getByText(/共 \d+ 条/)).toBeVisible();
  await shot(page, 'desktop-work-orders');

  // New reports only: the three of today's board (others may have logged more).
  await chooseOption(page, '状态', '待派单');
  await expect(table).not.toContainText('已到场');
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
  await expect(table.locator('.ant-tag').filter({ hasText: '已派单' })).toHaveCount(0);
  // Urgent ones among them: the elevator.
  await chooseOption(page, '类型', '急修');
  await expect(table).toContainText('5栋 2号电梯');
  await expect(table).not.toContainText('3栋2单元801');
  // Clear the kind; breached only: the tap and the slide, past their 3 minutes; not the elevator.
  await page.getByLabel('类型', { exact: true }).locator('..').locator('..').hover();
  await page.locator('[data-testid=filter-kind] .ant-select-clear').click();
  await chooseOption(page, '时限', '仅超时');
  await expect(table).toContainText('3栋2单元801');
  await expect(table).toContainText('中心花园 儿童滑梯');
  await expect(table).not.toContainText('5栋 2号电梯');
  await expect(table.locator('tr.wo-breached-row').first()).toBeVisible();
  await shot(page, 'desktop-work-orders-filtered');
  // Category 水电: the tap only.
  await chooseOption(page, '类别', '水电');
  await expect(table).toContainText('3栋2单元801');
  await expect(table).not.toContainText('中心花园');

  // Its drawer: the reporter (the admin may see), the timeline with the missed dispatch.
  await table.getByText('3栋2单元801').click();
  const drawer = page.getByRole('dialog');
  await settled(page, '.ant-drawer-content-wrapper');
  const detail = drawer.getByTestId('work-order-detail');
  await expect(detail).toContainText('李先生');
  await expect(detail).toContainText('厨房水龙头漏水');
  const timeline = detail.getByTestId('work-order-timeline');
  await expect(timeline).toContainText('报修');
  await expect(timeline).toContainText('发现超时');
  await expect(detail.getByTestId('breach-tag')).toContainText('派单');
  // The admin may dispatch it: the step is offered.
  await expect(drawer.getByTestId('step-DISPATCH')).toBeVisible();
  await shot(page, 'desktop-work-order-drawer');
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();

  // The log form.
  await page.getByRole('button', { name: '登记报修' }).click();
  await settled(page, '.ant-drawer-content-wrapper');
  await expect(
    page.getByRole('dialog').locator('label').filter({ hasText: '报修照片（最多 3 张）' }),
  ).toBeVisible();
  await shot(page, 'desktop-work-order-form');
  await page.getByRole('dialog').locator('.ant-drawer-close').click();

  // The commitments: the defaults, then seed 002's preset saved as a new version with a reason.
  await page.getByRole('tab', { name: '服务承诺' }).click();
  const commitments = page.getByTestId('commitments');
  await expect(commitments).toContainText('3 分钟');
  await commitments.getByRole('button', { name: '修改承诺' }).click();
  await commitments.getByRole('button', { name: '急修 30 分钟到场' }).click();
  await commitments.getByLabel('调整说明').fill(`按种子 002 调整急修到场时限 ${stamp}`);
  await commitments.getByRole('button', { name: '保存为新版本' }).click();
  await expect(page.getByText('已保存，新报修的工单按新时限')).toBeVisible();
  await expect(commitments.getByTestId('commitments-version').filter({ hasText: stamp })).toContainText(
    '30 分钟',
  );
  await shot(page, 'desktop-work-order-commitments');

  // The board of 翠湖苑 on a desktop: five columns.
  await page.getByRole('tab', { name: '工单列表' }).click();
  await page.getByRole('button', { name: '实时看板' }).click();
  await page.waitForURL(/\/work-orders\/board\?estate=/);
  for (const column of ['NEW', 'DISPATCHED', 'ON_SITE', 'DONE', 'AWAITING_CALLBACK'])
    await expect(page.getByTestId(`board-column-${column}`)).toBeVisible();
  await expect(page.getByTestId('board-column-DONE')).toContainText('6栋2单元501');
  await expect(page.getByTestId('board-column-AWAITING_CALLBACK')).toContainText('2栋1单元602');
  await expect(page.getByTestId('countdown').first()).toBeVisible();
  await shot(page, 'desktop-work-order-board');
});

test('phone: an urgent repair breaches live on the board, is dispatched and reached from phones', async ({
  browsers,
}) => {
  const place = `9栋 消防通道门 ${stamp}`;
  // The breach check runs on the queue's minute: room for it.
  test.setTimeout(300_000);
  const manager = await browsers.open('phone');
  // Listening before the sign-in: the socket opens then (the bell), the board subscribes on it.
  const subscribed = subscriptionSent(manager, 'workOrderChanged');
  await signIn(manager, 'manager@anju.demo');
  await openMenu(manager, '工单看板');
  await manager.waitForURL(/\/work-orders\/board/);
  await subscribed;
  const tabs = manager.getByTestId('board-tabs');
  await expect(tabs).toBeVisible();
  await expect(manager.getByTestId('board-column-NEW')).toContainText('5栋 2号电梯');
  await shot(manager, 'phone-work-order-board');

  // Logged from the phone: urgent, 3 minutes to dispatch.
  await manager.getByRole('button', { name: '登记报修' }).click();
  const form = manager.getByRole('dialog');
  await settled(manager, '.ant-drawer-content-wrapper');
  await form.getByText('公共区域').click();
  await form.getByLabel('位置', { exact: true }).fill(place);
  await chooseOption(manager, '类别', '门窗');
  await form.getByText('急修', { exact: true }).click();
  await form.getByLabel('报修内容').fill('消防通道门闭门器失灵，门无法自动关闭');
  await shot(manager, 'phone-work-order-form');
  await form.getByTestId('create-submit').click();
  await expect(manager.getByText(/已登记工单 #\d+/)).toBeVisible();
  const card = manager.locator('[data-testid^=board-card-]').filter({ hasText: place });
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('data-breached', 'false');
  await expect(card.getByTestId('countdown')).toContainText(/派单时限 剩 \d+:\d\d/);

  // The API's clock passes the deadline; the queue's breach check flags it and the event arrives.
  await advanceApiClock(200);
  await expect(card).toHaveAttribute('data-breached', 'true', { timeout: 120_000 });
  await expect(card.getByTestId('breach-tag')).toContainText('派单超时');
  await expect(manager.getByText(new RegExp(`${place}：派单超时`))).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await shot(manager, 'phone-work-order-board-breach');

  // Dispatched from the phone to 刘客服 (big buttons, a short form).
  await card.getByTestId('step-DISPATCH').click();
  const modal = manager.locator('.ant-modal').last();
  await settled(manager, '.ant-modal');
  await modal.getByLabel('维修人员').click();
  await manager
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: '刘客服' })
    .click();
  await shot(manager, 'phone-work-order-dispatch');
  await modal.getByTestId('step-submit').click();
  await expect(manager.getByText('已派单').last()).toBeVisible();
  await tabs.getByText('已派单').click();
  const dispatched = manager
    .getByTestId('board-column-DISPATCHED')
    .locator('[data-testid^=board-card-]')
    .filter({ hasText: place });
  await expect(dispatched).toContainText('刘客服');

  // 刘客服 on their phone: the order is theirs; they record the arrival.
  const staff = await browsers.open('phone');
  const staffSubscribed = subscriptionSent(staff, 'workOrderChanged');
  await signIn(staff, 'staff@anju.demo');
  await openMenu(staff, '工单看板');
  await staffSubscribed;
  await staff.getByTestId('board-tabs').getByText('已派单').click();
  const mine = staff
    .getByTestId('board-column-DISPATCHED')
    .locator('[data-testid^=board-card-]')
    .filter({ hasText: place });
  await expect(mine).toHaveAttribute('data-breached', 'true');
  const arrive = mine.getByTestId('step-ARRIVE');
  const box = await arrive.boundingBox();
  expect(box?.height ?? 0, 'a tap target a thumb can hit').toBeGreaterThanOrEqual(44);
  await shot(staff, 'phone-work-order-board-staff');
  await arrive.click();
  await settled(staff, '.ant-modal');
  await staff.locator('.ant-modal').last().getByTestId('step-submit').click();
  await staff.getByTestId('board-tabs').getByText('已到场').click();
  await expect(
    staff
      .getByTestId('board-column-ON_SITE')
      .locator('[data-testid^=board-card-]')
      .filter({ hasText: place }),
  ).toBeVisible();
  // The manager's board followed live.
  await tabs.getByText('已到场').click();
  await expect(
    manager
      .getByTestId('board-column-ON_SITE')
      .locator('[data-testid^=board-card-]')
      .filter({ hasText: place }),
  ).toBeVisible();

  // The order's drawer on the phone: its timeline.
  await staff
    .getByTestId('board-column-ON_SITE')
    .locator('[data-testid^=board-card-]')
    .filter({ hasText: place })
    .locator('.ant-typography')
    .first()
    .click();
  await settled(staff, '.ant-drawer-content-wrapper');
  const timeline = staff.getByTestId('work-order-timeline');
  await expect(timeline).toContainText('到场');
  await expect(timeline).toContainText('发现超时');
  await shot(staff, 'phone-work-order-drawer');

  // The list on the phone.
  await staff.goto('/work-orders');
  await expect(staff.getByRole('listitem').filter({ hasText: place })).toBeVisible();
  await shot(staff, 'phone-work-orders');
});
