import { screen, waitFor, within } from '@testing-library/react';
import { Client, fetchExchange, Provider, subscriptionExchange } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithProviders } from '../../test/render';
import { MyAudits } from './MyAudits';

const audit = (over: Record<string, unknown>) => ({
  __typename: 'Audit',
  id: 'a1',
  kind: 'QUARTERLY',
  status: 'PLANNED',
  title: '2030 年第一季度品质评估 · 翠湖苑',
  plannedAt: '2030-03-10T00:00:00Z',
  dueAt: '2030-03-20T15:59:00Z',
  overdue: false,
  overdueAt: null,
  submittedAt: null,
  scorePercent: null,
  findingCount: 0,
  estate: { __typename: 'Estate', id: 'e1', name: '翠湖苑' },
  auditors: [{ __typename: 'UserRef', id: 'u1', name: '质检员' }],
  ...over,
});

function renderMine() {
  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    exchanges: [
      fetchExchange,
      subscriptionExchange({ forwardSubscription: () => ({ subscribe: () => ({ unsubscribe() {} }) }) }),
    ],
  });
  return renderWithProviders(
    <Provider value={client}>
      <MyAudits />
    </Provider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('MyAudits', () => {
  it('asks for the caller’s open audits and lists them soonest first, overdue ones marked', async () => {
    const sent = fakeApi({
      Audits: {
        data: {
          audits: {
            __typename: 'AuditConnection',
            totalCount: 2,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [
              {
                __typename: 'AuditEdge',
                cursor: 'c2',
                node: audit({
                  id: 'a2',
                  kind: 'SPOT_CHECK',
                  title: '突击抽查 · 翠湖苑',
                  plannedAt: '2030-03-12T00:00:00Z',
                }),
              },
              {
                __typename: 'AuditEdge',
                cursor: 'c1',
                node: audit({ status: 'IN_PROGRESS', overdue: true }),
              },
            ],
          },
        },
      },
    });
    renderMine();
    const items = await screen.findAllByTestId('my-audit');
    expect(items.map((i) => within(i).getAllByRole('link')[0]!.getAttribute('href'))).toEqual([
      '/audits/a1',
      '/audits/a2',
    ]);
    expect(items[0]!.textContent).toContain('已逾期');
    expect(items[1]!.textContent).toContain('突击抽查');
    await waitFor(() =>
      expect(sent.find((s) => s.operationName === 'Audits')?.variables).toMatchObject({
        filter: { mine: true, status: ['PLANNED', 'IN_PROGRESS'] },
      }),
    );
  });
});
