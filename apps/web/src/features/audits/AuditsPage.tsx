import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Checkbox, Empty, Flex, List, Select, Skeleton, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { AuditKind, AuditListFieldsFragment, AuditStatus } from '../../gql/graphql';
import { CursorPagination } from '../../shared/CursorPagination';
import { EstatePicker } from '../../shared/EstatePicker';
import { formatDateTime, formatNumber } from '../../shared/format';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useCursorPager } from '../../shared/useCursorPager';
import { useIsMobile } from '../../shared/useIsMobile';
import { KindTag, StatusTag } from './AuditTags';
import { canPlanHq } from './access';
import { AuditsQuery } from './audits.graphql';
import { PlanAuditDrawer } from './PlanAuditDrawer';
import { useAuditsLive } from './useAuditsLive';

export const AUDIT_KINDS: AuditKind[] = [
  'QUARTERLY',
  'SPOT_CHECK',
  'NIGHT_PATROL',
  'SELF_CHECK',
  'SEMI_MONTHLY',
  'MONTHLY',
] as AuditKind[];
const STATUSES: AuditStatus[] = [
  'PLANNED',
  'IN_PROGRESS',
  'SUBMITTED',
  'CLOSED',
  'CANCELLED',
] as AuditStatus[];

/** Every audit the caller may see, filtered by estate, kind and status; overdue ones stand out. */
export function AuditsPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const { ability, company } = useSession();
  const [params, setParams] = useSearchParams();
  const campaignId = params.get('campaign');
  const [estateId, setEstateId] = useState<string | undefined>();
  const [kind, setKind] = useState<AuditKind | undefined>();
  const [status, setStatus] = useState<AuditStatus | undefined>();
  const [overdue, setOverdue] = useState(false);
  const [mine, setMine] = useState(params.get('mine') === '1');
  const [planning, setPlanning] = useState(false);
  const filter = useMemo(
    () => ({
      estateId: estateId ?? null,
      kind: kind ?? null,
      status: status ? [status] : null,
      overdue: overdue ? true : null,
      mine: mine ? true : null,
      campaignId,
    }),
    [estateId, kind, status, overdue, mine, campaignId],
  );
  const pager = useCursorPager(JSON.stringify(filter));
  const [result, refetch] = useQuery({
    query: AuditsQuery,
    variables: { filter, first: pager.pageSize, after: pager.after },
    requestPolicy: 'cache-and-network',
  });
  const live = useAuditsLive(() => refetch({ requestPolicy: 'network-only' }));
  const conn = result.data?.audits;
  const rows: AuditListFieldsFragment[] = conn?.edges.map((e) => e.node) ?? [];
  const firstLoad = result.fetching && !result.data;
  const empty = firstLoad ? (
    <Skeleton active paragraph={{ rows: 5 }} />
  ) : (
    <Empty description={t('audits.empty')} />
  );
  const mayPlan = company ? canPlanHq(ability, company.id) : false;
  const open = (a: AuditListFieldsFragment) => navigate(`/audits/${a.id}`);

  const filters = (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <EstatePicker
        value={estateId}
        onChange={(id) => setEstateId(id)}
        allowClear
        placeholder={t('audits.filters.estate')}
        style={{ width: mobile ? '100%' : 200 }}
      />
      <Select
        allowClear
        placeholder={t('audits.filters.kind')}
        value={kind}
        onChange={setKind}
        options={AUDIT_KINDS.map((k) => ({ value: k, label: t(`audits.kinds.${k}`) }))}
        style={{ width: mobile ? 'calc(50% - 4px)' : 160 }}
      />
      <Select
        allowClear
        placeholder={t('audits.filters.status')}
        value={status}
        onChange={setStatus}
        options={STATUSES.map((s) => ({ value: s, label: t(`audits.statuses.${s}`) }))}
        style={{ width: mobile ? 'calc(50% - 4px)' : 140 }}
      />
      <Checkbox
        checked={overdue}
        onChange={(e) => setOverdue(e.target.checked)}
        style={{ alignSelf: 'center' }}
      >
        {t('audits.filters.overdue')}
      </Checkbox>
      <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)} style={{ alignSelf: 'center' }}>
        {t('audits.filters.mine')}
      </Checkbox>
      {campaignId ? (
        <Button size="small" onClick={() => setParams({})} style={{ alignSelf: 'center' }}>
          {t('audits.filters.clearCampaign')}
        </Button>
      ) : null}
      <Flex flex={1} justify="flex-end" align="center">
        <Badge status={live.connected ? 'processing' : 'default'} text={mobile ? null : t('audits.live')} />
      </Flex>
    </Flex>
  );

  return (
    <div>
      <PageHeader
        title={t('audits.title')}
        subtitle={t('audits.subtitle')}
        extra={
          mayPlan ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning(true)}>
              {t('audits.planSpotCheck')}
            </Button>
          ) : null
        }
      />
      <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 20 } }}>
        {filters}
        <QueryError error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        {mobile ? (
          rows.length === 0 ? (
            <div style={{ padding: '24px 0' }}>{empty}</div>
          ) : (
            <List
              dataSource={[...rows]}
              rowKey={(a) => a.id}
              renderItem={(a) => (
                <Card
                  size="small"
                  role="listitem"
                  onClick={() => open(a)}
                  style={{
                    marginBottom: 10,
                    borderColor: a.overdue ? '#ffccc7' : '#eceff4',
                    background: a.overdue ? '#fff2f0' : undefined,
                  }}
                >
                  <Flex justify="space-between" gap={8} align="flex-start">
                    <Typography.Text strong style={{ minWidth: 0 }} ellipsis>
                      {a.title}
                    </Typography.Text>
                    <KindTag kind={a.kind} />
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                    {a.estate?.name} · {formatDateTime(a.plannedAt)}
                  </Typography.Text>
                  <Flex gap={4} style={{ marginTop: 6 }} wrap>
                    <StatusTag status={a.status} overdue={a.overdue} />
                    {a.scorePercent != null ? (
                      <Typography.Text style={{ fontSize: 12 }}>
                        {formatNumber(a.scorePercent)}%
                      </Typography.Text>
                    ) : null}
                  </Flex>
                </Card>
              )}
            />
          )
        ) : (
          <Table<AuditListFieldsFragment>
            rowKey="id"
            dataSource={[...rows]}
            loading={result.fetching && !firstLoad}
            pagination={false}
            locale={{ emptyText: empty }}
            onRow={(a) => ({
              onClick: () => open(a),
              style: { cursor: 'pointer', background: a.overdue ? '#fff2f0' : undefined },
            })}
            columns={[
              {
                title: t('audits.columns.title'),
                key: 'title',
                render: (_, a) => <Link to={`/audits/${a.id}`}>{a.title}</Link>,
              },
              { title: t('audits.columns.estate'), key: 'estate', render: (_, a) => a.estate?.name ?? '—' },
              { title: t('audits.columns.kind'), key: 'kind', render: (_, a) => <KindTag kind={a.kind} /> },
              {
                title: t('audits.columns.status'),
                key: 'status',
                render: (_, a) => <StatusTag status={a.status} overdue={a.overdue} />,
              },
              {
                title: t('audits.columns.plannedAt'),
                key: 'plannedAt',
                render: (_, a) => formatDateTime(a.plannedAt),
              },
              {
                title: t('audits.columns.dueAt'),
                key: 'dueAt',
                render: (_, a) => (
                  <Typography.Text type={a.overdue ? 'danger' : undefined}>
                    {formatDateTime(a.dueAt)}
                  </Typography.Text>
                ),
              },
              {
                title: t('audits.columns.auditors'),
                key: 'auditors',
                render: (_, a) => a.auditors.map((u) => u.name).join('、') || '—',
              },
              {
                title: t('audits.columns.score'),
                key: 'score',
                align: 'right',
                render: (_, a) => (a.scorePercent != null ? `${formatNumber(a.scorePercent)}%` : '—'),
              },
              {
                title: t('audits.columns.findings'),
                key: 'findings',
                align: 'right',
                render: (_, a) => (a.submittedAt ? a.findingCount : '—'),
              },
            ]}
          />
        )}
        <CursorPagination
          pager={pager}
          totalCount={conn?.totalCount}
          hasNextPage={conn?.pageInfo.hasNextPage ?? false}
          endCursor={conn?.pageInfo.endCursor}
          disabled={result.fetching}
        />
      </Card>
      <PlanAuditDrawer
        open={planning}
        onClose={() => setPlanning(false)}
        onPlanned={(id) => {
          setPlanning(false);
          navigate(`/audits/${id}`);
        }}
      />
    </div>
  );
}
