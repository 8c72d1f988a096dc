import { Alert, Descriptions, Drawer, Flex, Skeleton, Space, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { WorkOrderQuery as Data } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { QueryError } from '../../shared/QueryError';
import { useIsMobile } from '../../shared/useIsMobile';
import { PhotoList } from '../rectifications/Photos';
import { StepActions } from './StepActions';
import { BreachTag, KindTag, StatusTag } from './WorkOrderTags';
import { WorkOrderQuery } from './workOrders.graphql';

type Order = Data['workOrder'];

interface TimelineStep {
  key: string;
  label: string;
  at: string | null | undefined;
  who?: string | null;
  note?: string | null;
  dueAt?: string;
  breachedAt?: string | null;
}

/** Each step of the order: done (when, by whom), its deadline, and whether it was missed. */
export function WorkOrderTimeline({ order }: { order: Order }) {
  const { t } = useTranslation();
  const steps: TimelineStep[] = [
    {
      key: 'reported',
      label: t('workOrders.timeline.reported'),
      at: order.reportedAt,
      who: order.createdBy?.name,
    },
    {
      key: 'dispatched',
      label: t('workOrders.timeline.dispatched'),
      at: order.dispatchedAt,
      who: order.assignee?.name,
      dueAt: order.dispatchDueAt,
      breachedAt: order.dispatchBreachedAt,
    },
    {
      key: 'arrived',
      label: t('workOrders.timeline.arrived'),
      at: order.arrivedAt,
      note: order.arriveNote,
      dueAt: order.arriveDueAt,
      breachedAt: order.arriveBreachedAt,
    },
    {
      key: 'completed',
      label: t('workOrders.timeline.completed'),
      at: order.completedAt,
      note: order.completionNote,
      dueAt: order.completeDueAt,
      breachedAt: order.completeBreachedAt,
    },
    {
      key: 'calledBack',
      label: t('workOrders.timeline.calledBack'),
      at: order.calledBackAt,
      note: [
        order.satisfaction ? t(`workOrders.satisfaction.${order.satisfaction}`) : null,
        order.callbackNote,
      ]
        .filter(Boolean)
        .join(' · '),
    },
    { key: 'closed', label: t('workOrders.timeline.closed'), at: order.closedAt, note: order.closeNote },
  ];
  return (
    <Timeline
      data-testid="work-order-timeline"
      items={steps.map((s) => {
        const color = s.breachedAt ? 'red' : s.at ? 'green' : 'gray';
        const lines: ReactNode[] = [];
        lines.push(
          <Typography.Text key="at" type={s.at ? undefined : 'secondary'}>
            {s.at ? formatDateTime(s.at) : t('workOrders.timeline.pending')}
            {s.who ? ` · ${s.who}` : ''}
          </Typography.Text>,
        );
        if (s.dueAt)
          lines.push(
            <Typography.Text key="due" type={s.breachedAt ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              {t('workOrders.timeline.deadline', { at: formatDateTime(s.dueAt) })}
              {s.breachedAt
                ? ` · ${t('workOrders.timeline.breachedAt', { at: formatDateTime(s.breachedAt) })}`
                : ''}
            </Typography.Text>,
          );
        if (s.note)
          lines.push(
            <Typography.Text key="note" style={{ fontSize: 12 }}>
              {s.note}
            </Typography.Text>,
          );
        return {
          color,
          content: (
            <Flex vertical data-step={s.key}>
              <Typography.Text strong>{s.label}</Typography.Text>
              {lines}
            </Flex>
          ),
        };
      })}
    />
  );
}

/** One work order: what, where, who, its photos, the timeline of its steps and the steps to take. */
export function WorkOrderDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: string | null;
  onClose: () => void;
  onChanged?: () => void;
}) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [detail, refetch] = useQuery({
    query: WorkOrderQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const o = detail.data?.workOrder;
  const current = o && o.id === id ? o : null;
  return (
    <Drawer
      open={id != null}
      onClose={onClose}
      width={mobile ? '100%' : 560}
      title={current ? t('workOrders.detail.title', { number: current.number }) : ' '}
      destroyOnHidden
      extra={current ? <StatusTag status={current.status} /> : null}
      footer={
        current?.nextSteps.length ? (
          <StepActions
            order={current}
            block={mobile}
            onDone={() => {
              reload();
              onChanged?.();
            }}
          />
        ) : null
      }
    >
      {detail.error && !current ? <QueryError error={detail.error} onRetry={reload} /> : null}
      {!current ? (
        detail.error ? null : (
          <Skeleton active paragraph={{ rows: 8 }} />
        )
      ) : (
        <Flex vertical gap={16} data-testid="work-order-detail">
          <Space wrap>
            <KindTag kind={current.kind} />
            {current.breached ? <BreachTag steps={current.breachedSteps} /> : null}
          </Space>
          {current.reworkOf ? (
            <Alert
              type="warning"
              showIcon
              title={t('workOrders.detail.rework', {
                number: current.reworkOf.number,
                at: formatDateTime(current.reworkOf.completedAt),
              })}
            />
          ) : null}
          <Descriptions
            column={1}
            size="small"
            bordered
            styles={{ label: { width: mobile ? 84 : 112, whiteSpace: 'nowrap' } }}
            items={[
              {
                key: 'location',
                label: t('workOrders.detail.location'),
                children: `${t(`workOrders.locationKind.${current.locationKind}`)} · ${current.location}`,
              },
              {
                key: 'category',
                label: t('workOrders.detail.category'),
                children: t(`workOrders.category.${current.category}`),
              },
              {
                key: 'channel',
                label: t('workOrders.detail.channel'),
                children: t(`workOrders.channel.${current.channel}`),
              },
              {
                key: 'reporter',
                label: t('workOrders.detail.reporter'),
                children: current.personalDataVisible
                  ? [current.reporterName, current.reporterPhone].filter(Boolean).join(' · ') ||
                    t('common.none')
                  : t('workOrders.detail.reporterHidden'),
              },
              {
                key: 'description',
                label: t('workOrders.detail.description'),
                children: <span style={{ whiteSpace: 'pre-wrap' }}>{current.description}</span>,
              },
              {
                key: 'department',
                label: t('workOrders.detail.department'),
                children: current.department?.name ?? t('common.none'),
              },
              {
                key: 'assignee',
                label: t('workOrders.detail.assignee'),
                children: current.assignee?.name ?? t('workOrders.unassigned'),
              },
              ...(current.timely != null
                ? [
                    {
                      key: 'timely',
                      label: t('workOrders.detail.timely'),
                      children: (
                        <Typography.Text type={current.timely ? 'success' : 'danger'}>
                          {t(current.timely ? 'workOrders.detail.timelyYes' : 'workOrders.detail.timelyNo')}
                        </Typography.Text>
                      ),
                    },
                    {
                      key: 'quality',
                      label: t('workOrders.detail.quality'),
                      children: t(
                        current.qualityPassed == null
                          ? 'workOrders.detail.qualityNone'
                          : current.qualityPassed
                            ? 'workOrders.detail.qualityPassed'
                            : 'workOrders.detail.qualityFailed',
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <div>
            <Typography.Title level={5}>{t('workOrders.detail.photos')}</Typography.Title>
            <PhotoList photos={current.photos} />
          </div>
          {current.completionPhotos.length ? (
            <div>
              <Typography.Title level={5}>{t('workOrders.detail.completionPhotos')}</Typography.Title>
              <PhotoList photos={current.completionPhotos} />
            </div>
          ) : null}
          <div>
            <Typography.Title level={5}>{t('workOrders.detail.timeline')}</Typography.Title>
            <WorkOrderTimeline order={current} />
          </div>
        </Flex>
      )}
    </Drawer>
  );
}
