import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../app/i18n';
import { chineseIn, fakeApi, renderWithProviders } from '../../test/render';
import { CompanySettingsPage } from './CompanySettingsPage';

const settings = (figureReminderDay: number | null, name = '安居物业') => ({
  data: { company: { __typename: 'Company', id: 'c1', name, figureReminderDay } },
});
const saved = (figureReminderDay: number | null) => ({
  data: { updateCompanySettings: { __typename: 'Company', id: 'c1', figureReminderDay } },
});

function renderPage(lang: Language = 'zh-CN') {
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
  return renderWithProviders(
    <Provider value={client}>
      <CompanySettingsPage />
    </Provider>,
    { route: '/settings', lang },
  );
}

const saves = (sent: { operationName: string; variables: Record<string, unknown> }[]) =>
  sent.filter((s) => s.operationName === 'UpdateCompanySettings').map((s) => s.variables);

afterEach(() => vi.unstubAllGlobals());

describe('CompanySettingsPage', () => {
  it('shows the reminder day and saves a new one', async () => {
    const sent = fakeApi({ CompanySettings: settings(5), UpdateCompanySettings: saved(10) });
    renderPage();
    const day = await screen.findByRole('spinbutton', { name: '提交截止日' });
    await waitFor(() => expect((day as HTMLInputElement).value).toBe('5'));
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('true');
    fireEvent.change(day, { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(saves(sent)).toEqual([{ input: { figureReminderDay: 10 } }]));
    expect(await screen.findByText('设置已保存')).toBeTruthy();
  });

  it('turns reminders off as a null day', async () => {
    const sent = fakeApi({ CompanySettings: settings(5), UpdateCompanySettings: saved(null) });
    renderPage();
    await screen.findByRole('spinbutton', { name: '提交截止日' });
    fireEvent.click(screen.getByRole('switch'));
    expect(await screen.findByText('已关闭：不发送提醒。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(saves(sent)).toEqual([{ input: { figureReminderDay: null } }]));
  });

  it('puts the server’s reason on the field, in the page’s language', async () => {
    fakeApi({
      CompanySettings: settings(null, 'Anju Property'),
      UpdateCompanySettings: {
        data: null,
        errors: [
          {
            message: '提醒日超出合理范围（最大 28）',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                { path: ['figureReminderDay'], reason: 'TOO_LARGE', message: 'x', params: { max: 28 } },
              ],
            },
          },
        ],
      },
    });
    const { container } = renderPage('en-US');
    const day = await screen.findByRole('spinbutton', { name: 'Submission deadline' });
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    expect(screen.getByText('Off: no reminders are sent.')).toBeTruthy();
    fireEvent.click(screen.getByRole('switch'));
    fireEvent.change(day, { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: /Save/ }));
    expect(await screen.findByText('Submission deadline must be at most 28')).toBeTruthy();
    expect(chineseIn(container)).toEqual([]);
  });
});
