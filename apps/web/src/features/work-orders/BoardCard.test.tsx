import { defineAbilityFor } from '@anju/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithProviders } from '../../test/render';
import { canOpenWorkOrders } from './access';
import { BoardCard } from './BoardPage';
import type { Card } from './model';
import { StepActions } from './StepActions';

const order = (over: Partial<Card> = {}): Card => ({
  id: 'w1',
  estateId: 'e1',
  number: 12,
  locationKind: 'PUBLIC_AREA',
  location: '5栋 2号电梯',
  category: 'ELEVATOR',
  kind: 'URGENT',
  description: '电梯异响',
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
  completeDueAt: '2030-03-01T16:00:00.000Z',
  breached: false,
  breachedSteps: [],
  assignee: null,
  nextSteps: ['DISPATCH'],
  version: 3,
  ...over,
});

function renderWithClient(ui: React.ReactElement) {
  const client = new Client({ url: '/graphql', preferGetMethod: false, exchanges: [fetchExchange] });
  return renderWithProviders(
    <Provider value={client}>
      <App>{ui}</App>
    </Provider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('BoardCard', () => {
  it('counts down to the dispatch deadline on the given (server) clock', () => {
    renderWithClient(
      <BoardCard
        order={order()}
        nowMs={Date.parse('2030-03-01T02:01:00.000Z')}
        flash={false}
        phone
        onOpen={() => {}}
        onChanged={() => {}}
      />,
    );
    expect(screen.getByTestId('countdown').textContent).toBe('派单时限 剩 2:00');
    expect(screen.getByTestId('board-card-12').getAttribute('data-breached')).toBe('false');
    expect(screen.queryByTestId('breach-tag')).toBeNull();
  });

  it('shows a breach in red, naming the step, and flashes when it just arrived', () => {
    renderWithClient(
      <BoardCard
        order={order({ breached: true, breachedSteps: ['DISPATCH'] })}
        nowMs={Date.parse('2030-03-01T02:04:30.000Z')}
        flash
        phone
        onOpen={() => {}}
        onChanged={() => {}}
      />,
    );
    const card = screen.getByTestId('board-card-12');
    expect(card.className).toContain('wo-breached');
    expect(card.className).toContain('wo-just-breached');
    expect(screen.getByTestId('breach-tag').textContent).toBe('派单超时');
    expect(screen.getByTestId('countdown').textContent).toBe('派单时限 超时 1:30');
  });
});

describe('StepActions', () => {
  it('offers only the steps the API says the caller may take now', () => {
    const { unmount } = renderWithClient(
      <StepActions order={order({ status: 'DISPATCHED', nextSteps: ['DISPATCH', 'ARRIVE'] })} />,
    );
    expect(screen.getByTestId('step-DISPATCH').textContent).toBe('改派');
    expect(screen.getByTestId('step-ARRIVE').textContent).toBe('到场');
    expect(screen.queryByTestId('step-COMPLETE')).toBeNull();
    unmount();
    // A colleague who may not take any step on it sees no button at all.
    renderWithClient(<StepActions order={order({ status: 'ON_SITE', nextSteps: [] })} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('records the arrival with the version it saw', async () => {
    const sent = fakeApi({
      ArriveWorkOrder: {
        errors: [{ message: 'x', extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } }],
      },
    });
    const done = vi.fn();
    renderWithClient(
      <StepActions
        order={order({ status: 'DISPATCHED', nextSteps: ['ARRIVE'], version: 7 })}
        onDone={done}
      />,
    );
    fireEvent.click(screen.getByTestId('step-ARRIVE'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '已到现场' } });
    fireEvent.click(within(dialog).getByTestId('step-submit'));
    await waitFor(() =>
      expect(sent.find((s) => s.operationName === 'ArriveWorkOrder')?.variables).toEqual({
        input: { id: 'w1', version: 7, note: '已到现场' },
      }),
    );
    // Someone else moved it first: the page says so and the form stays open.
    expect(await screen.findByText('数据已被他人修改，请重新加载后再试')).toBeTruthy();
    expect(done).not.toHaveBeenCalled();
  });

  it('asks for the satisfaction before a callback is sent', async () => {
    const sent = fakeApi({});
    renderWithClient(
      <StepActions order={order({ status: 'COMPLETED', nextSteps: ['CALLBACK', 'CLOSE'] })} />,
    );
    fireEvent.click(screen.getByTestId('step-CALLBACK'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('基本满意')).toBeTruthy();
    fireEvent.click(within(dialog).getByTestId('step-submit'));
    expect(
      await within(dialog).findByText('回访满意度', { selector: '.ant-form-item-explain-error' }),
    ).toBeTruthy();
    expect(sent.some((s) => s.operationName === 'CallbackWorkOrder')).toBe(false);
  });
});

describe('who opens the work-order pages', () => {
  const ability = (role: 'ESTATE_STAFF' | 'COMMITTEE_MEMBER' | 'HQ_VIEWER') =>
    defineAbilityFor({
      userId: 'u1',
      platformAdmin: false,
      memberships: [
        {
          role,
          companyId: 'c1',
          scope: role === 'HQ_VIEWER' ? { kind: 'COMPANY' } : { kind: 'ESTATES', estateIds: ['e1'] },
        },
      ],
    });
  it('staff and headquarters do, the owners’ committee does not', () => {
    expect(canOpenWorkOrders(ability('ESTATE_STAFF'), true)).toBe(true);
    expect(canOpenWorkOrders(ability('HQ_VIEWER'), true)).toBe(true);
    expect(canOpenWorkOrders(ability('COMMITTEE_MEMBER'), true)).toBe(false);
    expect(canOpenWorkOrders(ability('ESTATE_STAFF'), false)).toBe(false);
  });
});
