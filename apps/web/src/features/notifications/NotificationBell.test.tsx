import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Client, fetchExchange, Provider, subscriptionExchange } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../app/i18n';
import { chineseIn, fakeApi, renderWithProviders } from '../../test/render';
import { NotificationBell } from './NotificationBell';

const node = (over: Record<string, unknown> = {}) => ({
  __typename: 'Notification',
  id: 'n1',
  kind: 'FIGURES_REMINDER',
  title: '请提交 2030-02 月度数据',
  body: '翠湖苑尚未提交 2030-02 的月度指标数据（每月 5 日截止），请尽快填报并提交。',
  link: '/figures?estate=e1&month=2030-02',
  createdAt: '2030-03-05T01:00:00Z',
  readAt: null,
  params: [
    { __typename: 'NotificationParam', name: 'estateId', value: 'e1' },
    { __typename: 'NotificationParam', name: 'estateName', value: 'Emerald Lake' },
    { __typename: 'NotificationParam', name: 'month', value: '2030-02' },
    { __typename: 'NotificationParam', name: 'day', value: '5' },
  ],
  ...over,
});

function answer(nodes: ReturnType<typeof node>[]) {
  return {
    data: {
      myNotifications: {
        __typename: 'NotificationConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false },
        edges: nodes.map((n) => ({ __typename: 'NotificationEdge', node: n })),
      },
      unread: { __typename: 'NotificationConnection', totalCount: nodes.filter((n) => !n.readAt).length },
    },
  };
}

/** A client whose subscriptions the test feeds: `push` delivers an event to the bell. */
function renderBell(lang: Language = 'zh-CN') {
  let sink: { next(value: unknown): void } | undefined;
  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: () => ({
          subscribe(observer) {
            sink = observer as typeof sink;
            return { unsubscribe() {} };
          },
        }),
      }),
    ],
  });
  const view = renderWithProviders(
    <Provider value={client}>
      <NotificationBell />
    </Provider>,
    { lang, routes: [{ path: '/figures', element: <div>figures page</div> }] },
  );
  return {
    ...view,
    push: (id: string) =>
      sink!.next({
        data: { notificationAdded: { __typename: 'Notification', id, kind: 'FIGURES_REMINDER', title: 'x' } },
      }),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('NotificationBell', () => {
  it('shows the unread count, words the reminder in Chinese, and marks one read', async () => {
    const sent = fakeApi({
      MyNotifications: answer([node(), node({ id: 'n0', readAt: '2030-03-01T00:00:00Z' })]),
      MarkNotificationRead: {
        data: {
          markNotificationRead: { __typename: 'Notification', id: 'n1', readAt: '2030-03-05T02:00:00Z' },
        },
      },
    });
    renderBell();
    const bell = await screen.findByRole('button', { name: '通知（1 条未读）' });
    fireEvent.click(bell);
    const list = await screen.findByTestId('notification-list');
    const items = within(list).getAllByTestId('notification');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('请提交2030年2月月度数据');
    expect(items[0]!.textContent).toContain('Emerald Lake尚未提交2030年2月的月度指标数据（每月 5 日截止）');
    expect(items[0]!.getAttribute('data-unread')).toBe('true');
    expect(items[1]!.getAttribute('data-unread')).toBeNull();
    fireEvent.click(within(items[0]!).getByRole('button', { name: /标为已读/ }));
    await waitFor(() =>
      expect(sent.find((s) => s.operationName === 'MarkNotificationRead')?.variables).toEqual({
        input: { id: 'n1' },
      }),
    );
  });

  it('opens the page where the matter is handled, and marks it read', async () => {
    const sent = fakeApi({
      MyNotifications: answer([node()]),
      MarkNotificationRead: {
        data: {
          markNotificationRead: { __typename: 'Notification', id: 'n1', readAt: '2030-03-05T02:00:00Z' },
        },
      },
    });
    const { router } = renderBell();
    fireEvent.click(await screen.findByRole('button', { name: '通知（1 条未读）' }));
    fireEvent.click(await screen.findByText('请提交2030年2月月度数据'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/figures'));
    expect(router.state.location.search).toBe('?estate=e1&month=2030-02');
    expect(sent.some((s) => s.operationName === 'MarkNotificationRead')).toBe(true);
  });

  it('speaks English without a Chinese character, and says when there is nothing', async () => {
    fakeApi({ MyNotifications: answer([node()]) });
    const first = renderBell('en-US');
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications (1 unread)' }));
    const list = await screen.findByTestId('notification-list');
    expect(list.textContent).toContain('Please submit the figures of Feb 2030');
    expect(list.textContent).toContain(
      'Emerald Lake has not submitted its figures of Feb 2030 (due on day 5',
    );
    expect(chineseIn(list)).toEqual([]);
    first.unmount();

    fakeApi({ MyNotifications: answer([]) });
    renderBell('en-US');
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications' }));
    expect(await screen.findByText('No notifications')).toBeTruthy();
  });

  it('counts a notification that arrives live', async () => {
    const answers: Record<string, unknown> = { MyNotifications: answer([node()]) };
    const sent = fakeApi(answers);
    const { push } = renderBell();
    await screen.findByRole('button', { name: '通知（1 条未读）' });
    answers.MyNotifications = answer([node({ id: 'n2' }), node()]);
    push('n2');
    expect(await screen.findByRole('button', { name: '通知（2 条未读）' })).toBeTruthy();
    expect(sent.filter((s) => s.operationName === 'MyNotifications').length).toBeGreaterThanOrEqual(2);
  });
});
