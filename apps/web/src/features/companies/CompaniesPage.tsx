import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { CompaniesQuery as CompaniesResult } from '../../gql/graphql';
import { CursorPagination } from '../../shared/CursorPagination';
import { compareDates, compareNames, compareRank } from '../../shared/collate';
import { formatDateTime } from '../../shared/format';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useCursorPager } from '../../shared/useCursorPager';
import { useIsMobile } from '../../shared/useIsMobile';
import { CreateCompanyModal } from './CreateCompanyModal';
import { CompaniesQuery, ReactivateCompanyMutation, SuspendCompanyMutation } from './companies.graphql';
import { EditCompanyModal } from './EditCompanyModal';

type CompanyRow = CompaniesResult['companies']['edges'][number]['node'];
const companyContext = { additionalTypenames: ['Company'] };

type CompanyState = 'ACTIVE' | 'SUSPENDED' | 'ARCHIVED';
const STATE_ORDER: readonly CompanyState[] = ['ACTIVE', 'SUSPENDED', 'ARCHIVED'];
const stateOf = (row: CompanyRow): CompanyState =>
  row.suspendedAt ? 'SUSPENDED' : row.archivedAt ? 'ARCHIVED' : 'ACTIVE';

export function CompaniesPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const pager = useCursorPager('companies');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<CompanyRow | null>(null);
  const { message } = App.useApp();
  const [, suspend] = useMutation(SuspendCompanyMutation);
  const [, reactivate] = useMutation(ReactivateCompanyMutation);
  const toggle = async (row: CompanyRow) => {
    const run = row.suspendedAt ? reactivate : suspend;
    const result = await run({ input: { id: row.id } });
    if (result.error) message.error(t('accounts.actionFailed'));
    else
      message.success(
        t(row.suspendedAt ? 'accounts.reactivatedMsg' : 'accounts.suspendedMsg', { name: row.name }),
      );
  };
  const [companies, refetch] = useQuery({
    query: CompaniesQuery,
    variables: { first: pager.pageSize, after: pager.after },
    context: companyContext,
  });
  const conn = companies.data?.companies;
  const firstLoad = companies.fetching && !companies.data;

  return (
    <div>
      <PageHeader
        title={t('companies.title')}
        subtitle={t('companies.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('companies.create')}
          </Button>
        }
      />
      <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 20 } }}>
        {companies.error ? (
          <QueryError
            error={companies.error}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
            marginBottom={16}
          />
        ) : null}
        <Table<CompanyRow>
          rowKey="id"
          dataSource={conn?.edges.map((e) => e.node) ?? []}
          loading={companies.fetching && !firstLoad}
          pagination={false}
          scroll={{ x: 720 }}
          showSorterTooltip={{ target: 'sorter-icon' }}
          locale={{
            emptyText: firstLoad ? (
              <Skeleton active style={{ padding: 16 }} />
            ) : (
              <Empty description={t('companies.empty')}>
                <Typography.Text type="secondary">{t('companies.emptyHint')}</Typography.Text>
              </Empty>
            ),
          }}
          // The list is cursor-paginated: a header sorts the rows of the loaded page only.
          columns={[
            {
              title: t('companies.columns.name'),
              dataIndex: 'name',
              sorter: (a, b, order) => compareNames(a.name, b.name, order),
              render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
            },
            {
              title: t('companies.columns.slug'),
              dataIndex: 'slug',
              sorter: (a, b, order) => compareNames(a.slug, b.slug, order),
              render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
            },
            {
              title: t('companies.columns.timeZone'),
              dataIndex: 'timeZone',
              sorter: (a, b, order) => compareNames(a.timeZone, b.timeZone, order),
            },
            {
              title: t('companies.columns.createdAt'),
              dataIndex: 'createdAt',
              sorter: (a, b, order) => compareDates(a.createdAt, b.createdAt, order),
              render: formatDateTime,
            },
            {
              title: t('companies.columns.status'),
              dataIndex: 'archivedAt',
              sorter: (a, b) => compareRank(STATE_ORDER, stateOf(a), stateOf(b)),
              render: (v: string | null, row) =>
                row.suspendedAt ? (
                  <Tag color="red">{t('accounts.suspendedTag')}</Tag>
                ) : v ? (
                  <Tag>{t('companies.archived')}</Tag>
                ) : (
                  <Tag color="green">{t('companies.active')}</Tag>
                ),
            },
            {
              title: t('accounts.actions'),
              key: 'actions',
              render: (_: unknown, row) => (
                <Space size={4}>
                  <Button size="small" type="link" onClick={() => setEditing(row)}>
                    {t('accounts.edit')}
                  </Button>
                  <Popconfirm
                    title={t(row.suspendedAt ? 'accounts.reactivateTitle' : 'accounts.suspendTitle', {
                      name: row.name,
                    })}
                    description={t(row.suspendedAt ? 'accounts.reactivateText' : 'accounts.suspendText')}
                    okText={t(row.suspendedAt ? 'accounts.reactivate' : 'accounts.suspend')}
                    okButtonProps={{ danger: !row.suspendedAt }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => toggle(row)}
                  >
                    <Button size="small" type="link" danger={!row.suspendedAt}>
                      {t(row.suspendedAt ? 'accounts.reactivate' : 'accounts.suspend')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
        <CursorPagination
          pager={pager}
          totalCount={conn?.totalCount}
          hasNextPage={conn?.pageInfo.hasNextPage ?? false}
          endCursor={conn?.pageInfo.endCursor}
          disabled={companies.fetching}
        />
      </Card>
      {creating ? <CreateCompanyModal onClose={() => setCreating(false)} /> : null}
      {editing ? <EditCompanyModal company={editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
