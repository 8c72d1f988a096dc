import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, List, Progress, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../app/session';
import { CursorPagination } from '../../shared/CursorPagination';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useCursorPager } from '../../shared/useCursorPager';
import { useIsMobile } from '../../shared/useIsMobile';
import { KindTag } from './AuditTags';
import { canPlanHq } from './access';
import { AuditCampaignsQuery } from './audits.graphql';
import { CampaignFormDrawer } from './CampaignFormDrawer';
import { useAuditsLive } from './useAuditsLive';

/** Campaigns (quarterly assessments, rounds of checks), newest first, with their progress. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const { ability, company } = useSession();
  const pager = useCursorPager('', 10);
  const [result, refetch] = useQuery({
    query: AuditCampaignsQuery,
    variables: { first: pager.pageSize, after: pager.after },
    requestPolicy: 'cache-and-network',
  });
  useAuditsLive(() => refetch({ requestPolicy: 'network-only' }));
  const [creating, setCreating] = useState(false);
  const conn = result.data?.auditCampaigns;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const mayCreate = company ? canPlanHq(ability, company.id) : false;

  return (
    <div>
      <PageHeader
        title={t('audits.campaigns.title')}
        subtitle={t('audits.campaigns.subtitle')}
        extra={
          mayCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('audits.campaigns.create')}
            </Button>
          ) : null
        }
      />
      <QueryError error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      {result.fetching && !result.data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : rows.length === 0 ? (
        <Card variant="borderless">
          <Empty description={t('audits.campaigns.empty')} />
        </Card>
      ) : (
        <List
          grid={{ gutter: 16, column: mobile ? 1 : 2 }}
          dataSource={rows}
          rowKey={(c) => c.id}
          renderItem={(c) => (
            <List.Item>
              <Card variant="borderless" role="listitem">
                <Flex justify="space-between" gap={8} align="flex-start">
                  <Typography.Text strong style={{ minWidth: 0 }}>
                    {c.name}
                  </Typography.Text>
                  <KindTag kind={c.kind} />
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {[
                    c.quarter,
                    t('audits.campaigns.period', { from: c.startsOn, to: c.dueOn }),
                    c.templateVersion?.name,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
                <Progress percent={Math.round(c.progress * 100)} style={{ marginTop: 8 }} />
                <Flex justify="space-between" align="center" wrap gap={8}>
                  <Flex gap={4} wrap>
                    <Tag>
                      {t('audits.campaigns.counts', {
                        done: c.counts.submitted + c.counts.closed,
                        total: c.counts.total - c.counts.cancelled,
                      })}
                    </Tag>
                    {c.counts.overdue > 0 ? (
                      <Tag color="error">{t('audits.campaigns.overdue', { count: c.counts.overdue })}</Tag>
                    ) : null}
                  </Flex>
                  <Link to={`/audits?campaign=${c.id}`}>{t('audits.campaigns.viewAudits')}</Link>
                </Flex>
              </Card>
            </List.Item>
          )}
        />
      )}
      <CursorPagination
        pager={pager}
        totalCount={conn?.totalCount}
        hasNextPage={conn?.pageInfo.hasNextPage ?? false}
        endCursor={conn?.pageInfo.endCursor}
        disabled={result.fetching}
        pageSizes={[10, 20, 50]}
      />
      <CampaignFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          message.success(t('audits.form.created'));
          refetch({ requestPolicy: 'network-only' });
        }}
      />
    </div>
  );
}
