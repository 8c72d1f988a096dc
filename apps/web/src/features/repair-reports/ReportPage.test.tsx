import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithProviders } from '../../test/render';
import { ReportPage } from './ReportPage';

afterEach(() => vi.unstubAllGlobals());

const TOKEN = 'a'.repeat(32);
const PAGE = {
  data: {
    repairReportPage: { __typename: 'RepairReportPage', estateName: '翠湖苑', companyName: '安居物业' },
  },
};

function renderPage(answers: Record<string, unknown>) {
  const sent = fakeApi(answers);
  const client = new Client({ url: '/graphql', preferGetMethod: false, exchanges: [fetchExchange] });
  renderWithProviders(
    <Provider value={client}>
      <ReportPage />
    </Provider>,
    {
      route: `/r/${TOKEN}`,
      routes: [
        {
          path: '/r/:token',
          element: (
            <Provider value={client}>
              <ReportPage />
            </Provider>
          ),
        },
      ],
    },
  );
  return sent;
}

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('ReportPage', () => {
  it('asks for the phone first, in Chinese', async () => {
    renderPage({ RepairReportPage: PAGE });
    expect(await screen.findByText('翠湖苑')).toBeTruthy();
    const labels = [...document.querySelectorAll('.ant-form-item-label label')].map((l) => l.textContent);
    expect(labels[0]).toBe('手机号');
    expect(labels).toContain('房号或位置');
  });

  it('shows that a replaced link no longer works', async () => {
    renderPage({
      RepairReportPage: { data: null, errors: [{ message: 'x', extensions: { code: 'NOT_FOUND' } }] },
    });
    expect(await screen.findByText('报修链接无效或已更换，请扫描物业张贴的最新二维码')).toBeTruthy();
  });

  it('sends the report with the link’s token and puts the server’s field problems on their fields', async () => {
    const sent = renderPage({
      RepairReportPage: PAGE,
      SubmitRepairReport: {
        data: null,
        errors: [
          {
            message: 'bad',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                {
                  path: ['description'],
                  reason: 'CONTROL_CHARACTERS',
                  message: 'x',
                  params: { char: 'U+0000' },
                },
              ],
            },
          },
        ],
      },
    });
    await screen.findByText('翠湖苑');
    fill('手机号', '13812345678');
    fill('房号或位置', '3栋801');
    fill('问题描述', '漏水');
    fireEvent.click(screen.getByRole('button', { name: /提交报修/ }));
    await waitFor(() => expect(sent.some((s) => s.operationName === 'SubmitRepairReport')).toBe(true));
    expect(sent.find((s) => s.operationName === 'SubmitRepairReport')?.variables).toMatchObject({
      input: {
        token: TOKEN,
        phone: '13812345678',
        location: '3栋801',
        description: '漏水',
        photoFileIds: [],
      },
    });
    expect(await screen.findByText(/问题描述不能包含控制字符/)).toBeTruthy();
  });
});
