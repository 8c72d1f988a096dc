import { DashboardOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, List, Select, Skeleton, Table, Tabs, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { useSession } from '../../app/session';
import type { WorkOrderCategory, WorkOrderKind, WorkOrderStatus } from '../../gql/graphql';
import { CursorPagination } from '../../shared/CursorPagination';
import { EstatePicker } from '../../shared/EstatePicker';
import { formatDateTime } from '../../shared/format';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useCursorPager } from '../../shared/useCursorPager';
import { useDebouncedValue } from '../../shared/useDebouncedValue';
import { useIsMobile } from '../../shared/useIsMobile';
import { CommitmentsTab } from './CommitmentsTab';
import { CATEGORIES, CreateWorkOrderDrawer } from './CreateWorkOrderDrawer';
import type { Card as Row } from './model';
import { pendingDeadline } from './model';
import { useEstateParam } from './useEstateParam';
import { WorkOrderDrawer } from './WorkOrderDrawer';
import { BreachTag, KindTag, StatusTag } from './WorkOrderTags';
import { WorkOrderChangedSubscription, WorkOrderListQuery } from './workOrders.graphql';
import './work-orders.css';

const STEP_KEY = { DISPATCH: 'dispatch', ARRIVE: 'arrive', COMPLETE: 'complete' } as const;
const STATUSES: WorkOrderStatus[] = ['NEW', 'DISPATCHED', 'ON_SITE', 'COMPLETED', 'CALLED_BACK', 'CLOSED'];

/** An estate's work orders, filtered and paged on the server; a row opens its drawer. */
function WorkOrderList() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const { ability } = useSession();
  const [estateId, setEstateId] = useEstateParam();
  const [status, setStatus] = useState<WorkOrderStatus | undefined>();
  const [kind, setKind] = useState<WorkOrderKind | undefined>();
  const [category, setCategory] = useState<WorkOrderCategory | undefined>();
  const [breach, setBreach] = useState<'all' | 'breached' | 'onTime'>('all');
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 300);
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const filter = {
    estateId: estateId ?? '',
    status: status ?? null,
    kind: kind ?? null,
    category: category ?? null,
    breached: breach === 'all' ? null : breach === 'breached',
    search: debounced || null,
  };
  const pager = useCursorPager(JSON.stringify(filter));
  const [list, refetch] = useQuery({
    query: WorkOrderListQuery,
    variables: { filter, first: pager.pageSize, after: pager.after },
    pause: !estateId,
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // Live: a change of one of the estate's orders reads the page again (shortly, once per burst).
  const [live] = useSubscription({
    query: WorkOrderChangedSubscription,
    variables: { estateId: estateId ?? '' },
    pause: !estateId,
  });
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(() => {
    if (!live.data) return;
    const timer = setTimeout(() => latest.current(), 500);
    return () => clearTimeout(timer);
  }, [live.data]);
  const conn = list.data?.workOrders;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const firstLoad = list.fetching && !list.data;
  const canCreate = ability.can('create', 'WorkOrder');
  const empty = firstLoad ? (
    <Skeleton active paragraph={{ rows: 5 }} />
  ) : (
    <Empty description={t('workOrders.empty')} />
  );
  const deadline = (r: Row) => {
    const p = pendingDeadline(r);
    return (
      <Flex vertical gap={2}>
        {p ? (
          <span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`workOrders.due.${STEP_KEY[p.step]}`)}
            </Typography.Text>{' '}
            {formatDateTime(p.dueAt)}
          </span>
        ) : null}
        {r.breached ? <BreachTag steps={r.breachedSteps} /> : null}
      </Flex>
    );
  };

  return (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <EstatePicker
          value={estateId}
          onChange={(id) => setEstateId(id)}
          autoSelectFirst
          placeholder={t('workOrders.chooseEstate')}
          style={{ width: mobile ? '100%' : 220 }}
        />
        <Select
          allowClear
          aria-label={t('workOrders.filters.status')}
          placeholder={t('workOrders.filters.allStatuses')}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: t(`workOrders.status.${s}`) }))}
          style={{ width: mobile ? 'calc(50% - 6px)' : 130 }}
          data-testid="filter-status"
        />
        <Select
          allowClear
          aria-label={t('workOrders.filters.kind')}
          placeholder={t('workOrders.filters.allKinds')}
          value={kind}
          onChange={setKind}
          options={(['MINOR', 'URGENT'] as const).map((k) => ({
            value: k,
            label: t(`workOrders.kind.${k}`),
          }))}
          style={{ width: mobile ? 'calc(50% - 6px)' : 120 }}
          data-testid="filter-kind"
        />
        <Select
          allowClear
          aria-label={t('workOrders.filters.category')}
          placeholder={t('workOrders.filters.allCategories')}
          value={category}
          onChange={setCategory}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`workOrders.category.${c}`) }))}
          style={{ width: mobile ? 'calc(50% - 6px)' : 140 }}
          data-testid="filter-category"
        />
        <Select
          aria-label={t('workOrders.filters.breach')}
          value={breach}
          onChange={setBreach}
          options={[
            { value: 'all', label: t('workOrders.filters.all') },
            { value: 'breached', label: t('workOrders.filters.breached') },
            { value: 'onTime', label: t('workOrders.filters.onTime') },
          ]}
          style={{ width: mobile ? 'calc(50% - 6px)' : 120 }}
          data-testid="filter-breach"
        />
        <Input.Search
          allowClear
          placeholder={t('workOrders.filters.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: mobile ? '100%' : 220 }}
        />
        <Flex flex={1} justify="flex-end" gap={8} wrap>
          <Link to={`/work-orders/board${estateId ? `?estate=${estateId}` : ''}`}>
            <Button icon={<DashboardOutlined />}>{t('workOrders.openBoard')}</Button>
          </Link>
          {canCreate ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!estateId}
              onClick={() => setCreating(true)}
            >
              {t('workOrders.create')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <QueryError error={list.error} onRetry={reload} />
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
                className={r.breached ? 'wo-breached' : undefined}
                style={{ marginBottom: 10 }}
                onClick={() => setOpenId(r.id)}
              >
                <Flex justify="space-between" align="flex-start" gap={8}>
                  <Flex vertical style={{ minWidth: 0 }}>
                    <Typography.Text strong ellipsis>
                      {t('workOrders.number', { number: r.number })} {r.location}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t(`workOrders.category.${r.category}`)} · {formatDateTime(r.reportedAt)}
                    </Typography.Text>
                  </Flex>
                  <Flex gap={4}>
                    <KindTag kind={r.kind} />
                    <StatusTag status={r.status} />
                  </Flex>
                </Flex>
                <Flex justify="space-between" style={{ fontSize: 12, marginTop: 6 }}>
                  {deadline(r)}
                  <span>{r.assignee?.name ?? t('workOrders.unassigned')}</span>
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
          rowClassName={(r) => (r.breached ? 'wo-breached-row' : '')}
          onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
          data-testid="work-order-table"
          columns={[
            {
              title: t('workOrders.columns.number'),
              width: 80,
              render: (_, r) => (
                <Typography.Link>{t('workOrders.number', { number: r.number })}</Typography.Link>
              ),
            },
            {
              title: t('workOrders.columns.location'),
              render: (_, r) => (
                <Flex vertical>
                  <span>{r.location}</span>
                  <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 280 }}>
                    {r.description}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: t('workOrders.columns.category'),
              render: (_, r) => t(`workOrders.category.${r.category}`),
            },
            { title: t('workOrders.columns.kind'), render: (_, r) => <KindTag kind={r.kind} /> },
            { title: t('workOrders.columns.status'), render: (_, r) => <StatusTag status={r.status} /> },
            { title: t('workOrders.columns.reportedAt'), render: (_, r) => formatDateTime(r.reportedAt) },
            { title: t('workOrders.columns.deadline'), render: (_, r) => deadline(r) },
            {
              title: t('workOrders.columns.assignee'),
              render: (_, r) =>
                r.assignee?.name ?? (
                  <Typography.Text type="secondary">{t('workOrders.unassigned')}</Typography.Text>
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
      <WorkOrderDrawer id={openId} onClose={() => setOpenId(null)} onChanged={reload} />
      <CreateWorkOrderDrawer
        estateId={estateId}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          reload();
          setOpenId(id);
        }}
      />
    </>
  );
}

/** /work-orders: the list, and the company's service-time commitments beside it. */
export function WorkOrdersPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  return (
    <div>
      <PageHeader title={t('workOrders.title')} subtitle={t('workOrders.subtitle')} />
      <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 20, paddingTop: 4 } }}>
        <Tabs
          destroyOnHidden
          items={[
            { key: 'list', label: t('workOrders.tabs.list'), children: <WorkOrderList /> },
            { key: 'commitments', label: t('workOrders.tabs.commitments'), children: <CommitmentsTab /> },
          ]}
        />
      </Card>
    </div>
  );
}
