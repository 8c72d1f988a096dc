import { defineAbilityFor } from '@anju/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chineseIn, fakeApi, renderWithProviders } from '../../test/render';
import type { Card } from './model';
import { WorkOrdersPage } from './WorkOrdersPage';

vi.mock('../../app/session', () => ({
  useSession: () => ({
    company: { id: 'c1' },
    ability: defineAbilityFor({
      userId: 'u1',
      platformAdmin: false,
      memberships: [
        { role: 'ESTATE_MANAGER', companyId: 'c1', scope: { kind: 'ESTATES', estateIds: ['e1'] } },
      ],
    }),
  }),
}));

const row = (n: number, over: Partial<Card> = {}): Card => ({
  id: `w${n}`,
  estateId: 'e1',
  number: n,
  locationKind: 'UNIT',
  location: `Block ${n}-801`,
  category: 'PLUMBING_ELECTRICAL',
  kind: 'MINOR',
  description: 'Leaking tap',
  channel: 'PHONE',
  status: 'NEW',
  reportedAt: '2030-03-01T02:00:00.000Z',
  dispatchedAt: null,
  arrivedAt: null,
  completedAt: null,
  calledBackAt: null,
  closedAt: null,
  dispatchDueAt: '2030-03-01T02:03:00.000Z',
  arriveDueAt: '2030-03-01T02:10:00.000Z',
  completeDueAt: '2030-03-02T02:00:00.000Z',
  breached: false,
  breachedSteps: [],
  assignee: null,
  nextSteps: ['DISPATCH'],
  version: 1,
  ...over,
});

const answers = (rows: Card[]) => ({
  EstatePicker: {
    data: { estates: { edges: [{ node: { id: 'e1', name: 'Jade Lake', code: 'HZ-CHY', regionId: null } }] } },
  },
  WorkOrderList: {
    data: {
      workOrders: {
        totalCount: rows.length,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: rows.map((node) => ({ node })),
      },
    },
  },
});

function renderPage(lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  const client = new Client({ url: '/graphql', preferGetMethod: false, exchanges: [fetchExchange] });
  return renderWithProviders(
    <Provider value={client}>
      <App>
        <WorkOrdersPage />
      </App>
    </Provider>,
    { route: '/work-orders?estate=e1', lang },
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('WorkOrdersPage', () => {
  it('lists the estate’s orders, breached ones in red with the missed step, and searches on the server', async () => {
    const sent = fakeApi(
      answers([row(1), row(2, { breached: true, breachedSteps: ['DISPATCH', 'ARRIVE'] })]),
    );
    renderPage();
    const late = await screen.findByText('Block 2-801');
    expect(late.closest('tr')?.className).toContain('wo-breached-row');
    expect(screen.getByText('Block 1-801').closest('tr')?.className).not.toContain('wo-breached-row');
    expect(screen.getByText('派单、到场超时')).toBeTruthy();
    expect(sent.find((s) => s.operationName === 'WorkOrderList')?.variables).toMatchObject({
      filter: { estateId: 'e1', status: null, breached: null },
    });
    fireEvent.change(screen.getByPlaceholderText('搜索编号、位置或内容'), { target: { value: '801' } });
    await waitFor(
      () =>
        expect(sent.filter((s) => s.operationName === 'WorkOrderList').at(-1)?.variables).toMatchObject({
          filter: { estateId: 'e1', search: '801' },
        }),
      { timeout: 3000 },
    );
  });

  it('reads in English without a Chinese word of its own', async () => {
    fakeApi(answers([row(3, { breached: true, breachedSteps: ['DISPATCH'], kind: 'URGENT' })]));
    const { container } = renderPage('en-US');
    await screen.findByText('Block 3-801');
    expect(screen.getByText('Dispatch late')).toBeTruthy();
    expect(chineseIn(container)).toEqual([]);
  });
});
