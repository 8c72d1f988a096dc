import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { CompaniesQuery as CompaniesResult } from '../../gql/graphql';
import { CursorPagination } from '../../shared/CursorPagination';
import { formatDateTime } from '../../shared/format';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useCursorPager } from '../../shared/useCursorPager';
import { useIsMobile } from '../../shared/useIsMobile';
import { CreateCompanyModal } from './CreateCompanyModal';
import { CompaniesQuery } from './companies.graphql';

type CompanyRow = CompaniesResult['companies']['edges'][number]['node'];
const companyContext = { additionalTypenames: ['Company'] };

export function CompaniesPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const pager = useCursorPager('companies');
  const [creating, setCreating] = useState(false);
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
          locale={{
            emptyText: firstLoad ? (
              <Skeleton active style={{ padding: 16 }} />
            ) : (
              <Empty description={t('companies.empty')}>
                <Typography.Text type="secondary">{t('companies.emptyHint')}</Typography.Text>
              </Empty>
            ),
          }}
          columns={[
            {
              title: t('companies.columns.name'),
              dataIndex: 'name',
              render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
            },
            {
              title: t('companies.columns.slug'),
              dataIndex: 'slug',
              render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
            },
            { title: t('companies.columns.timeZone'), dataIndex: 'timeZone' },
            { title: t('companies.columns.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
            {
              title: t('companies.columns.status'),
              dataIndex: 'archivedAt',
              render: (v: string | null) =>
                v ? <Tag>{t('companies.archived')}</Tag> : <Tag color="green">{t('companies.active')}</Tag>,
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
    </div>
  );
}
