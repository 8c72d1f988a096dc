import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithProviders } from '../../test/render';
import { columnTexts, sortBy } from '../../test/table';
import { CompaniesPage } from './CompaniesPage';

const company = (over: Record<string, unknown>) => ({
  __typename: 'Company',
  id: 'c1',
  name: '安居物业',
  slug: 'anju',
  timeZone: 'Asia/Shanghai',
  createdAt: '2026-01-01T00:00:00Z',
  archivedAt: null,
  suspendedAt: null,
  ...over,
});

function companiesAnswer(rows: unknown[]) {
  return {
    data: {
      companies: {
        __typename: 'CompanyConnection',
        totalCount: rows.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: rows.map((node, i) => ({ __typename: 'CompanyEdge', cursor: `c${i}`, node })),
      },
    },
  };
}

function renderPage() {
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
  renderWithProviders(
    <Provider value={client}>
      <CompaniesPage />
    </Provider>,
    { route: '/companies' },
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('CompaniesPage', () => {
  it('suspends a company only after confirmation', async () => {
    const sent = fakeApi({
      Companies: companiesAnswer([company({})]),
      SuspendCompany: {
        data: { suspendCompany: { __typename: 'Company', id: 'c1', suspendedAt: '2026-02-01T00:00:00Z' } },
      },
    });
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /^暂\s*停$/ }));
    expect(await screen.findByText('暂停 安居物业？')).toBeTruthy();
    expect(sent.some((s) => s.operationName === 'SuspendCompany')).toBe(false);
    const buttons = await screen.findAllByRole('button', { name: /暂\s*停/ });
    fireEvent.click(buttons.at(-1)!);
    await waitFor(() =>
      expect(sent.find((s) => s.operationName === 'SuspendCompany')?.variables).toEqual({
        input: { id: 'c1' },
      }),
    );
  });

  it('shows a suspended company as such, with reactivation', async () => {
    fakeApi({ Companies: companiesAnswer([company({ suspendedAt: '2026-02-01T00:00:00Z' })]) });
    renderPage();
    expect(await screen.findByText('已暂停')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^恢\s*复$/ })).toBeTruthy();
  });

  it('edits the name in a dialog', async () => {
    const sent = fakeApi({
      Companies: companiesAnswer([company({})]),
      UpdateCompany: {
        data: {
          updateCompany: { __typename: 'Company', id: 'c1', name: '安居物业集团', timeZone: 'Asia/Shanghai' },
        },
      },
    });
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /^编\s*辑$/ }));
    // The sortable name header is labelled 公司名称 as well: look inside the dialog.
    const name = await within(await screen.findByRole('dialog')).findByLabelText('公司名称');
    fireEvent.change(name, { target: { value: '安居物业集团' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(sent.find((s) => s.operationName === 'UpdateCompany')?.variables).toEqual({
        input: { id: 'c1', name: '安居物业集团', timeZone: 'Asia/Shanghai' },
      }),
    );
  });

  it('sorts the loaded page by a clicked header: names by pinyin, creation dates chronologically', async () => {
    fakeApi({
      Companies: companiesAnswer([
        company({ id: 'c1', name: '翠湖苑物业', slug: 'cuihu', createdAt: '2026-03-01T00:00:00Z' }),
        company({ id: 'c2', name: '金桂园物业', slug: 'jingui', createdAt: '2025-11-20T00:00:00Z' }),
        company({ id: 'c3', name: '滨江花园物业', slug: 'binjiang', createdAt: '2026-01-05T00:00:00Z' }),
        company({ id: 'c4', name: '阿卡物业', slug: 'aka', createdAt: '2026-02-01T00:00:00+08:00' }),
      ]),
    });
    renderPage();
    await screen.findByText('阿卡物业');
    expect(columnTexts(0)).toEqual(['翠湖苑物业', '金桂园物业', '滨江花园物业', '阿卡物业']);
    sortBy('公司名称');
    expect(columnTexts(0)).toEqual(['阿卡物业', '滨江花园物业', '翠湖苑物业', '金桂园物业']);
    sortBy('创建');
    expect(columnTexts(0)).toEqual(['金桂园物业', '滨江花园物业', '阿卡物业', '翠湖苑物业']);
  });
});
