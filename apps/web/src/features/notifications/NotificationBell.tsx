import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import type { MyNotificationsQuery as Result } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import {
  MarkNotificationReadMutation,
  MyNotificationsQuery,
  NotificationAddedSubscription,
} from './notifications.graphql';

type Item = Result['myNotifications']['edges'][number]['node'];

const PAGE = 10;

/** A notification in the reader's language: from its kind and params, else the server's text. */
function useNotificationText() {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  return (n: Item): { title: string; body: string | null } => {
    const params = Object.fromEntries(n.params.map((p) => [p.name, p.value]));
    switch (n.kind) {
      case 'FIGURES_REMINDER': {
        const values = { ...params, month: params.month ? periodLabel(params.month) : '' };
        return {
          title: t('notifications.kinds.FIGURES_REMINDER.title', values),
          body: t('notifications.kinds.FIGURES_REMINDER.body', values),
        };
      }
      default:
        return { title: n.title, body: n.body ?? null };
    }
  };
}

/**
 * The header's bell: the unread count, the newest notifications with "mark as read", and a link
 * to where each matter is handled. New notifications arrive live (notificationAdded).
 */
export function NotificationBell({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const textOf = useNotificationText();
  const [open, setOpen] = useState(false);
  const [first, setFirst] = useState(PAGE);
  const [list, refetch] = useQuery({ query: MyNotificationsQuery, variables: { first } });
  const [, markRead] = useMutation(MarkNotificationReadMutation);
  const [live] = useSubscription({ query: NotificationAddedSubscription });

  // A new notification: read the list and the count again (the event itself carries little).
  const arrived = live.data?.notificationAdded.id;
  useEffect(() => {
    if (arrived) refetch({ requestPolicy: 'network-only' });
  }, [arrived, refetch]);

  const unread = list.data?.unread.totalCount ?? 0;
  const items = list.data?.myNotifications.edges.map((e) => e.node) ?? [];
  const read = (n: Item) => (n.readAt ? Promise.resolve() : markRead({ input: { id: n.id } }).then(() => {}));
  const openItem = (n: Item) => {
    void read(n);
    if (n.link) {
      setOpen(false);
      navigate(n.link);
    }
  };

  const content = (
    <div style={{ width: 'min(360px, calc(100vw - 32px))' }} data-testid="notification-list">
      <Flex justify="space-between" align="baseline" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        {unread > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('notifications.unread', { count: unread })}
          </Typography.Text>
        ) : null}
      </Flex>
      {list.error && !list.data ? (
        <Typography.Text type="danger">{t('notifications.loadFailed')}</Typography.Text>
      ) : !list.data ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <ul
          style={{
            maxHeight: 'min(420px, 60vh)',
            overflowY: 'auto',
            listStyle: 'none',
            margin: 0,
            padding: 0,
          }}
        >
          {items.map((n) => {
            const text = textOf(n);
            return (
              <li
                key={n.id}
                data-testid="notification"
                data-unread={n.readAt ? undefined : 'true'}
                style={{
                  display: 'flex',
                  alignItems: 'flex-start',
                  gap: 8,
                  padding: '8px 4px',
                  borderBottom: '1px solid #f0f0f0',
                }}
              >
                <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
                  <Flex align="center" gap={6}>
                    {n.readAt ? null : <Badge status="processing" />}
                    {n.link ? (
                      <Typography.Link strong={!n.readAt} onClick={() => openItem(n)}>
                        {text.title}
                      </Typography.Link>
                    ) : (
                      <Typography.Text strong={!n.readAt}>{text.title}</Typography.Text>
                    )}
                  </Flex>
                  {text.body ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {text.body}
                    </Typography.Text>
                  ) : null}
                  <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                    {formatDateTime(n.createdAt)}
                  </Typography.Text>
                </Flex>
                {n.readAt ? null : (
                  <Button type="link" size="small" onClick={() => void read(n)} style={{ flex: 'none' }}>
                    {t('notifications.markRead')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {list.data?.myNotifications.pageInfo.hasNextPage && first < 100 ? (
        <Button block type="text" onClick={() => setFirst((f) => Math.min(100, f + PAGE))}>
          {t('notifications.more')}
        </Button>
      ) : null}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      // On a phone the bell is not at the edge: shift the list into the screen rather than past it.
      align={{ overflow: { shiftX: true, adjustY: true } }}
      open={open}
      onOpenChange={setOpen}
      content={content}
      arrow={false}
    >
      <Button
        type="text"
        data-testid="notification-bell"
        aria-label={
          unread > 0 ? t('notifications.bellWithCount', { count: unread }) : t('notifications.bell')
        }
        style={{ paddingInline: compact ? 6 : 8 }}
      >
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
