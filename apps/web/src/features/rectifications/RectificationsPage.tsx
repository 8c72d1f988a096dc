import { Badge, Card, Checkbox, Empty, Flex, List, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { RectificationListQuery as Data, RectificationStatus } from '../../gql/graphql';
import { CursorPagination } from '../../shared/CursorPagination';
import { formatDateTime } from '../../shared/format';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useCursorPager } from '../../shared/useCursorPager';
import { useIsMobile } from '../../shared/useIsMobile';
import { SEVERITY_COLOR, STATUS_COLOR } from './labels';
import { RectificationListQuery } from './rectifications.graphql';
import './rectifications.css';
import { useRectificationsLive } from './useRectificationsLive';

type Row = Data['rectifications']['edges'][number]['node'];
const STATUSES: RectificationStatus[] = [
  'OPEN' as RectificationStatus,
  'IN_PROGRESS' as RectificationStatus,
  'SUBMITTED' as RectificationStatus,
  'REOPENED' as RectificationStatus,
  'VERIFIED' as RectificationStatus,
  'CANCELLED' as RectificationStatus,
];

/** Rectifications the caller may read: filters by status, overdue, mine, awaiting verification. */
export function RectificationsPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const { ability } = useSession();
  const canVerify = ability.can('verify', 'Rectification');
  const [status, setStatus] = useState<RectificationStatus | undefined>();
  const [overdue, setOverdue] = useState(false);
  const [mine, setMine] = useState(false);
  const [params] = useSearchParams();
  const [awaiting, setAwaiting] = useState(params.get('awaiting') === '1');
  const filter = {
    status: status ?? null,
    overdue: overdue ? true : null,
    assignedToMe: mine || null,
    awaitingVerification: awaiting || null,
  };
  const pager = useCursorPager(JSON.stringify(filter));
  const [list, refetch] = useQuery({
    query: RectificationListQuery,
    variables: { filter, first: pager.pageSize, after: pager.after },
    requestPolicy: 'cache-and-network',
  });
  const live = useRectificationsLive(() => refetch({ requestPolicy: 'network-only' }));
  const conn = list.data?.rectifications;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const firstLoad = list.fetching && !list.data;
  const statusTag = (r: Row) => (
    <Tag color={STATUS_COLOR[r.status]} style={{ marginInlineEnd: 0 }}>
      {t(`rectifications.status.${r.status}`)}
    </Tag>
  );
  const due = (r: Row) => (
    <span className={r.overdue ? 'rect-overdue-text' : undefined}>
      {formatDateTime(r.dueAt)}
      {r.overdue ? ` · ${t('rectifications.overdue')}` : ''}
    </span>
  );
  const empty = firstLoad ? (
    <Skeleton active paragraph={{ rows: 5 }} />
  ) : (
    <Empty description={t('rectifications.empty')} />
  );

  return (
    <div>
      <PageHeader title={t('rectifications.title')} subtitle={t('rectifications.subtitle')} />
      <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 20 } }}>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <Select
            allowClear
            aria-label={t('rectifications.filters.status')}
            placeholder={t('rectifications.filters.allStatuses')}
            value={status}
            onChange={setStatus}
            options={STATUSES.map((s) => ({ value: s, label: t(`rectifications.status.${s}`) }))}
            style={{ width: mobile ? '100%' : 160 }}
          />
          <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>
            {t('rectifications.filters.overdue')}
          </Checkbox>
          <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)}>
            {t('rectifications.filters.mine')}
          </Checkbox>
          {canVerify ? (
            <Checkbox checked={awaiting} onChange={(e) => setAwaiting(e.target.checked)}>
              {t('rectifications.filters.awaiting')}
            </Checkbox>
          ) : null}
          <Flex flex={1} justify="flex-end">
            <Badge
              status={live.connected ? 'processing' : 'default'}
              text={mobile ? null : t('rectifications.live')}
            />
          </Flex>
        </Flex>
        {list.error ? (
          <QueryError
            error={list.error}
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
              rowKey="id"
              renderItem={(r) => (
                <Card
                  size="small"
                  role="listitem"
                  className={r.overdue ? 'rect-overdue-card' : undefined}
                  style={{ marginBottom: 10 }}
                  onClick={() => navigate(`/rectifications/${r.id}`)}
                >
                  <Flex justify="space-between" align="flex-start" gap={8}>
                    <Flex vertical style={{ minWidth: 0 }}>
                      <Typography.Text strong ellipsis>
                        {r.finding.title}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {r.estate?.name} · {t(`rectifications.departments.${r.finding.department}`)}
                      </Typography.Text>
                    </Flex>
                    {statusTag(r)}
                  </Flex>
                  <Flex justify="space-between" style={{ fontSize: 12, marginTop: 6 }}>
                    {due(r)}
                    <span>{r.assignee?.name ?? t('rectifications.unassigned')}</span>
                  </Flex>
                </Card>
              )}
            />
          )
        ) : (
          <Table<Row>
            rowKey="id"
            dataSource={rows}
            loading={list.fetching && !firstLoad}
            pagination={false}
            locale={{ emptyText: empty }}
            rowClassName={(r) => (r.overdue ? 'rect-overdue-row' : '')}
            onRow={(r) => ({
              onClick: () => navigate(`/rectifications/${r.id}`),
              style: { cursor: 'pointer' },
            })}
            columns={[
              {
                title: t('rectifications.columns.item'),
                render: (_, r) => <Link to={`/rectifications/${r.id}`}>{r.finding.title}</Link>,
              },
              { title: t('rectifications.columns.estate'), render: (_, r) => r.estate?.name },
              {
                title: t('rectifications.columns.department'),
                render: (_, r) => t(`rectifications.departments.${r.finding.department}`),
              },
              {
                title: t('rectifications.columns.severity'),
                render: (_, r) => (
                  <Tag color={SEVERITY_COLOR[r.finding.severity]}>
                    {t(`rectifications.severity.${r.finding.severity}`)}
                  </Tag>
                ),
              },
              { title: t('rectifications.columns.status'), render: (_, r) => statusTag(r) },
              { title: t('rectifications.columns.dueAt'), render: (_, r) => due(r) },
              {
                title: t('rectifications.columns.assignee'),
                render: (_, r) =>
                  r.assignee?.name ?? (
                    <Typography.Text type="secondary">{t('rectifications.unassigned')}</Typography.Text>
                  ),
              },
            ]}
          />
        )}
        <CursorPagination
          pager={pager}
          totalCount={conn?.totalCount}
          hasNextPage={conn?.pageInfo.hasNextPage ?? false}
          endCursor={conn?.pageInfo.endCursor}
          disabled={list.fetching}
        />
      </Card>
    </div>
  );
}
