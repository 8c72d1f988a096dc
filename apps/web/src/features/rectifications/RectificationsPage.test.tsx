import { defineAbilityFor } from '@anju/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithProviders } from '../../test/render';
import { AwaitingVerification } from './AwaitingVerification';
import { RectificationsPage } from './RectificationsPage';

const role = vi.hoisted(() => ({ current: 'ESTATE_MANAGER' as 'ESTATE_MANAGER' | 'QUALITY_AUDITOR' }));
vi.mock('../../app/session', () => ({
  useSession: () => ({
    company: { id: 'c1' },
    ability: defineAbilityFor({
      userId: 'u1',
      platformAdmin: false,
      memberships: [
        {
          role: role.current,
          companyId: 'c1',
          scope:
            role.current === 'ESTATE_MANAGER' ? { kind: 'ESTATES', estateIds: ['e1'] } : { kind: 'COMPANY' },
        },
      ],
    }),
  }),
}));

const node = (id: string, over: Record<string, unknown> = {}) => ({
  __typename: 'Rectification',
  id,
  status: 'IN_PROGRESS',
  dueAt: '2030-03-05T01:00:00Z',
  overdue: false,
  submittedAt: null,
  auditKind: 'QUARTERLY',
  estate: { __typename: 'Estate', id: 'e1', name: '翠湖苑' },
  assignee: null,
  finding: {
    __typename: 'Finding',
    id: `f-${id}`,
    title: `不合格项 ${id}`,
    severity: 'MAJOR',
    department: 'CLEANING',
    critical: false,
    audit: { __typename: 'AuditSummary', id: 'a1', title: '2030 Q1 季度检查' },
  },
  ...over,
});

const page = (nodes: ReturnType<typeof node>[]) => ({
  data: {
    rectifications: {
      __typename: 'RectificationConnection',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: nodes.map((n) => ({ __typename: 'RectificationEdge', node: n })),
    },
  },
});

function renderWithClient(ui: React.ReactElement, route = '/rectifications') {
  const client = new Client({ url: '/graphql', preferGetMethod: false, exchanges: [fetchExchange] });
  return renderWithProviders(<Provider value={client}>{ui}</Provider>, { route });
}

afterEach(() => vi.unstubAllGlobals());

describe('RectificationsPage', () => {
  it('lists rectifications with overdue ones in red, and filters to overdue ones', async () => {
    role.current = 'ESTATE_MANAGER';
    const sent = fakeApi({
      RectificationList: page([node('r1'), node('r2', { overdue: true, status: 'REOPENED' })]),
    });
    renderWithClient(<RectificationsPage />);
    const late = await screen.findByText('不合格项 r2');
    expect(late.closest('tr')?.className).toContain('rect-overdue-row');
    expect(screen.getByText('不合格项 r1').closest('tr')?.className).not.toContain('rect-overdue-row');
    expect(screen.getByText(/已逾期/)).toBeTruthy();
    expect(screen.getByText('已退回')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: '仅逾期' }));
    await waitFor(() =>
      expect(sent.filter((s) => s.operationName === 'RectificationList').at(-1)?.variables).toMatchObject({
        filter: { overdue: true },
      }),
    );
  });
});

describe('AwaitingVerification', () => {
  it('lists what waits for the auditor’s verification', async () => {
    role.current = 'QUALITY_AUDITOR';
    const sent = fakeApi({
      RectificationList: page([node('r3', { status: 'SUBMITTED', submittedAt: '2030-03-04T01:00:00Z' })]),
    });
    renderWithClient(<AwaitingVerification />, '/');
    expect(await screen.findByText('不合格项 r3')).toBeTruthy();
    expect(screen.getByText('待我验证的整改（1）')).toBeTruthy();
    expect(sent.find((s) => s.operationName === 'RectificationList')?.variables).toMatchObject({
      filter: { awaitingVerification: true },
    });
  });
});
