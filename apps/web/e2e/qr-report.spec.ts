import { addMonths } from '@anju/domain';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, openMenu, PASSWORD, runMonth, shot, signIn, test } from './fixtures';

/** A 1×1 PNG: what a phone's camera would send, as far as the API's checks go. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function gql<T>(
  baseURL: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const res = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const login = async (baseURL: string, email: string) =>
  (
    await gql<{ login: { token: string; user: { id: string } } }>(
      baseURL,
      null,
      'mutation ($input: LoginInput!) { login(input: $input) { token user { id } } }',
      { input: { email, password: PASSWORD } },
    )
  ).login;

test('a resident reports a repair from the QR poster on a phone, follows it and rates it', async ({
  page,
  browsers,
  baseURL,
}) => {
  // The manager of 翠湖苑 opens the estate's QR poster and prints it on A4.
  await signIn(page, 'manager@anju.demo');
  await openMenu(page, '报修二维码');
  await page.waitForURL(/\/repair-poster/);
  const poster = page.getByTestId('repair-poster');
  await expect(poster.getByRole('heading', { name: '翠湖苑' })).toBeVisible();
  await expect(poster.locator('svg')).toBeVisible();
  const urlText = (await page.getByTestId('repair-poster-url').innerText()).trim();
  const link = urlText.match(/https?:\/\/\S+\/r\/([\w-]{32})/);
  expect(link, urlText).not.toBeNull();
  const path = new URL(link![0]).pathname;
  await shot(page, 'desktop-repair-poster');

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: true,
  });
  // One portrait page: the estate, the call to scan, the link; no menu, no buttons.
  expect(totalPages).toBe(1);
  const flat = text.normalize('NFKC').replace(/\s+/g, '');
  for (const words of ['扫码报修', '翠湖苑', path]) expect(flat).toContain(words);
  for (const chrome of ['打印海报', '更换二维码', '团队管理']) expect(flat).not.toContain(chrome);
  await page.emulateMedia({ media: 'screen' });
  // The poster page at phone width: the QR code fits the screen.
  const managerPhone = await browsers.open('phone');
  await signIn(managerPhone, 'manager@anju.demo');
  await managerPhone.goto('/repair-poster');
  const qr = managerPhone.getByTestId('repair-poster').locator('svg');
  await expect(qr).toBeVisible();
  const box = await qr.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await shot(managerPhone, 'phone-repair-poster');

  // A resident scans it with a phone: no sign-in, the report form (Chinese, phone first).
  const phone = await browsers.open('phone');
  await phone.goto(path);
  await expect(phone.getByTestId('report-estate')).toHaveText('翠湖苑');
  const fields = phone.locator('form .ant-form-item-label label');
  await expect(fields.first()).toHaveText('手机号');
  // Bad input is refused clearly, on its field.
  await phone.getByLabel('手机号').fill('12345');
  await phone.getByRole('button', { name: '提交报修' }).click();
  await expect(phone.getByText('手机号应为 11 位中国大陆手机号码')).toBeVisible();
  await phone.getByLabel('手机号').fill('13812345678');
  await phone.getByLabel('房号或位置').fill('5栋1单元302');
  await phone.getByLabel('问题描述').fill('厨房水槽下水管漏水，地面有积水');
  await phone
    .locator('input[type="file"]')
    .setInputFiles({ name: '漏水.png', mimeType: 'image/png', buffer: PNG });
  await expect(
    phone
      .locator('.ant-upload-list-item-done, .ant-upload-list-item:not(.ant-upload-list-item-uploading)')
      .first(),
  ).toBeVisible();
  await expect(phone.locator('.ant-upload-list-item-uploading')).toHaveCount(0);
  await expect(phone.locator('.ant-upload-list-item-error')).toHaveCount(0);
  await shot(phone, 'phone-repair-report-form');
  await phone.getByRole('button', { name: '提交报修' }).click();
  await expect(phone.getByText('报修已提交')).toBeVisible();
  const trackingUrl = (await phone.getByTestId('tracking-url').innerText()).trim();
  expect(trackingUrl).toMatch(/\/t\/[\w-]{32}$/);
  const number = Number((await phone.locator('.ant-result-subtitle').innerText()).match(/第 (\d+) 号/)![1]);
  await shot(phone, 'phone-repair-report-done');
  await phone.getByRole('button', { name: '查看维修进度' }).click();
  await phone.waitForURL(/\/t\/[\w-]{32}$/);
  await expect(phone.getByTestId('tracking-status')).toHaveText('待派单');
  await expect(phone.getByText('已附 1 张照片')).toBeVisible();

  // Staff work the order (the manager dispatches to 翠湖苑's staff member, who arrives and completes).
  const manager = await login(baseURL!, 'manager@anju.demo');
  const staff = await login(baseURL!, 'staff@anju.demo');
  const estates = await gql<{ estates: { edges: { node: { id: string; name: string } }[] } }>(
    baseURL!,
    manager.token,
    '{ estates(first: 50) { edges { node { id name } } } }',
  );
  const estateId = estates.estates.edges.find((e) => e.node.name === '翠湖苑')!.node.id;
  const list = await gql<{
    workOrders: {
      edges: { node: { id: string; version: number; channel: string; reporterPhone: string | null } }[];
    };
  }>(
    baseURL!,
    manager.token,
    'query($f: WorkOrderFilter!) { workOrders(filter: $f, first: 5) { edges { node { id version channel reporterPhone } } } }',
    { f: { estateId, search: String(number) } },
  );
  const order = list.workOrders.edges[0]!.node;
  expect(order).toMatchObject({ channel: 'QR_CODE', reporterPhone: '13812345678' });
  const step = (token: string, name: string, type: string, input: Record<string, unknown>) =>
    gql<Record<string, { version: number }>>(
      baseURL!,
      token,
      `mutation($i: ${type}!) { ${name}(input: $i) { version } }`,
      {
        i: input,
      },
    );
  let version = order.version;
  version = (
    await step(manager.token, 'dispatchWorkOrder', 'DispatchWorkOrderInput', {
      id: order.id,
      version,
      assigneeUserId: staff.user.id,
    })
  ).dispatchWorkOrder!.version;
  version = (await step(staff.token, 'arriveWorkOrder', 'ArriveWorkOrderInput', { id: order.id, version }))
    .arriveWorkOrder!.version;
  await step(staff.token, 'completeWorkOrder', 'CompleteWorkOrderInput', {
    id: order.id,
    version,
    qualityPassed: true,
  });

  // The tracking page shows the progress and asks for a rating.
  await phone.getByRole('button', { name: '刷新' }).click();
  await expect(phone.getByTestId('tracking-status')).toHaveText('已完工');
  const steps = phone.getByTestId('tracking-steps');
  for (const s of ['已受理', '已派工', '师傅已到场', '维修完成'])
    await expect(steps.getByText(s)).toBeVisible();
  await expect(phone.getByTestId('rating-form')).toBeVisible();
  // No staff member's name or phone anywhere on the page.
  await expect(phone.locator('body')).not.toContainText('13812345678');
  await shot(phone, 'phone-repair-tracking-rate');
  await phone.getByTestId('rating-form').locator('.ant-rate-star').nth(3).click();
  await expect(phone.getByText('满意', { exact: true })).toBeVisible();
  await phone.getByPlaceholder('说说师傅的服务和维修效果').fill('师傅来得很快，修得很好');
  await phone.getByRole('button', { name: '提交评价' }).click();
  const rating = phone.getByTestId('tracking-rating');
  await expect(rating).toContainText('您的评价');
  await expect(rating).toContainText('师傅来得很快，修得很好');
  await expect(phone.getByText('感谢您的评价！')).toBeVisible();
  await expect(phone.getByTestId('rating-form')).toHaveCount(0);
  await shot(phone, 'phone-repair-tracking-rated');

  // A wrong link says so.
  await phone.goto(`/t/${'x'.repeat(32)}`);
  await expect(phone.getByText('找不到这条报修记录，请检查链接是否完整')).toBeVisible();

  // HQ's comparison: last month's repair timeliness of 荔湾雅苑 (running late) drills down to the
  // work orders behind it, the late ones first with why.
  const hq = await browsers.open();
  await signIn(hq, 'admin@anju.demo');
  const lastMonth = addMonths(runMonth().month, -1);
  await hq.goto(`/comparison?period=${lastMonth}`);
  await hq
    .getByTestId('heatmap')
    .getByRole('button', { name: /^荔湾雅苑 房屋零修、急修及时率/ })
    .click();
  const drill = hq.getByTestId('cell-history').getByTestId('work-order-drill-down');
  await expect(drill).toBeVisible();
  const figure = await drill.getByTestId('work-order-drill-figure').innerText();
  const [, counted, all] = figure.match(/^(\d+) \/ (\d+)/)!;
  expect(Number(all)).toBeGreaterThan(Number(counted));
  expect(await drill.getByTestId('work-order-drill-row').count()).toBeGreaterThan(0);
  const first = drill.getByTestId('work-order-drill-row').first();
  await expect(first).toContainText('未计入');
  await expect(first).toContainText(/派单超时|到场超时|完成超时/);
  await drill.scrollIntoViewIfNeeded();
  await shot(hq, 'desktop-repair-drill-down');
});
