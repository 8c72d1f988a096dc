import { Badge, Card, Empty, Flex, List, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../../app/session';
import { CursorPagination } from '../../shared/CursorPagination';
import { formatDateTime } from '../../shared/format';
import { FilterRegionsQuery } from '../../shared/indicators/indicators.graphql';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useCursorPager } from '../../shared/useCursorPager';
import { useFiguresLive } from '../../shared/useFiguresLive';
import { useIsMobile } from '../../shared/useIsMobile';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import { ApprovalDrawer, type ApprovalTarget } from './ApprovalDrawer';
import { ApprovalTable, type ApprovalItem as Item } from './ApprovalTable';
import { ApprovalQueueQuery } from './approvals.graphql';

/** HQ's queue of estate-months waiting for approval, oldest first, refreshed live. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const periodLabel = usePeriodLabel();
  const { ability } = useSession();
  const [regionId, setRegionId] = useState<string | undefined>();
  const pager = useCursorPager(regionId ?? '');
  const [queue, refetch] = useQuery({
    query: ApprovalQueueQuery,
    variables: { first: pager.pageSize, after: pager.after, regionId: regionId ?? null },
    requestPolicy: 'cache-and-network',
  });
  const [regions] = useQuery({ query: FilterRegionsQuery, pause: !ability.can('read', 'Region') });
  const live = useFiguresLive(() => refetch({ requestPolicy: 'network-only' }));
  const [open, setOpen] = useState<ApprovalTarget | null>(null);

  const conn = queue.data?.approvalQueue;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const firstLoad = queue.fetching && !queue.data;
  const openItem = (i: Item) => setOpen({ estateId: i.estateId, estateName: i.estateName, month: i.month });
  const missedTag = (n: number) =>
    n > 0 ? (
      <Tag color="error" style={{ marginInlineEnd: 0 }}>
        {t('approvals.missed', { count: n })}
      </Tag>
    ) : (
      <Tag color="success" style={{ marginInlineEnd: 0 }}>
        {t('approvals.allMet')}
      </Tag>
    );
  const empty = firstLoad ? (
    <Skeleton active paragraph={{ rows: 5 }} />
  ) : (
    <Empty description={t('approvals.empty')} />
  );

  return (
    <div>
      <PageHeader title={t('approvals.title')} subtitle={t('approvals.subtitle')} />
      <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 20 } }}>
        <Flex gap={12} align="center" style={{ marginBottom: 12 }}>
          {ability.can('read', 'Region') ? (
            <Select
              allowClear
              placeholder={t('comparison.allRegions')}
              value={regionId}
              onChange={setRegionId}
              options={regions.data?.regions.map((r) => ({ value: r.id, label: r.name })) ?? []}
              style={{ width: mobile ? undefined : 160, flex: mobile ? 1 : undefined }}
            />
          ) : null}
          <Flex flex={mobile ? 'none' : 1} justify="flex-end">
            <Badge
              status={live.connected ? 'processing' : 'default'}
              title={live.connected ? t('comparison.live') : t('comparison.liveOff')}
              text={
                mobile ? null : (
                  <span style={{ color: '#8c8c8c', fontSize: 12 }}>
                    {live.connected ? t('comparison.live') : t('comparison.liveOff')}
                  </span>
                )
              }
            />
          </Flex>
        </Flex>
        {queue.error ? (
          <QueryError
            error={queue.error}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
            marginBottom={12}
          />
        ) : null}
        {mobile ? (
          rows.length === 0 ? (
            <div style={{ padding: '24px 0' }}>{empty}</div>
          ) : (
            <List
              dataSource={rows}
              rowKey={(i) => `${i.estateId}-${i.month}`}
              renderItem={(i) => (
                <Card
                  size="small"
                  role="listitem"
                  style={{ marginBottom: 10, borderColor: '#eceff4' }}
                  onClick={() => openItem(i)}
                >
                  <Flex justify="space-between" align="flex-start" gap={8}>
                    <Flex vertical style={{ minWidth: 0 }}>
                      <Typography.Text strong>{i.estateName}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {periodLabel(i.month)} · {t('approvals.figures', { count: i.figureCount })}
                      </Typography.Text>
                    </Flex>
                    {missedTag(i.missedCount)}
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[i.submittedByName, formatDateTime(i.submittedAt)].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </Card>
              )}
            />
          )
        ) : (
          <ApprovalTable
            rows={rows}
            loading={queue.fetching && !firstLoad}
            emptyText={empty}
            missedTag={missedTag}
            onOpen={openItem}
          />
        )}
        <CursorPagination
          pager={pager}
          totalCount={conn?.totalCount}
          hasNextPage={conn?.pageInfo.hasNextPage ?? false}
          endCursor={conn?.pageInfo.endCursor}
          disabled={queue.fetching}
        />
      </Card>
      <ApprovalDrawer
        target={open}
        onClose={() => setOpen(null)}
        onDecided={() => {
          setOpen(null);
          refetch({ requestPolicy: 'network-only' });
        }}
      />
    </div>
  );
}
