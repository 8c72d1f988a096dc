import { Card, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { AuditListFieldsFragment, AuditStatus } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { KindTag, StatusTag } from './AuditTags';
import { AuditsQuery } from './audits.graphql';
import { useAuditsLive } from './useAuditsLive';

const OPEN = ['PLANNED', 'IN_PROGRESS'] as AuditStatus[];

/**
 * The signed-in auditor's upcoming and in-progress audits, for the auditor's home page: each opens
 * the audit (and from there its form). Overdue ones stand out.
 */
export function MyAudits({ limit = 10 }: { limit?: number }) {
  const { t } = useTranslation();
  const [result, refetch] = useQuery({
    query: AuditsQuery,
    variables: { filter: { mine: true, status: OPEN }, first: limit },
    requestPolicy: 'cache-and-network',
  });
  useAuditsLive(() => refetch({ requestPolicy: 'network-only' }));
  const rows: AuditListFieldsFragment[] = result.data?.audits.edges.map((e) => e.node) ?? [];
  // Soonest first: what is due next is what the auditor does next.
  const sorted = [...rows].sort((a, b) => a.plannedAt.localeCompare(b.plannedAt));
  return (
    <Card
      variant="borderless"
      title={t('audits.mine.title')}
      extra={<Link to="/audits?mine=1">{t('audits.mine.viewAll')}</Link>}
    >
      {result.fetching && !result.data ? (
        <Skeleton active />
      ) : sorted.length === 0 ? (
        <Empty description={t('audits.mine.empty')} />
      ) : (
        <List
          dataSource={sorted}
          rowKey={(a) => a.id}
          renderItem={(a) => (
            <List.Item
              data-testid="my-audit"
              style={{ background: a.overdue ? '#fff2f0' : undefined, paddingInline: 8 }}
            >
              <Link
                to={`/audits/${a.id}`}
                style={{ width: '100%', color: 'inherit', minHeight: 44, display: 'block' }}
              >
                <Flex justify="space-between" gap={8} align="flex-start">
                  <Typography.Text strong ellipsis style={{ minWidth: 0 }}>
                    {a.title}
                  </Typography.Text>
                  <KindTag kind={a.kind} />
                </Flex>
                <Flex justify="space-between" gap={8} align="center" wrap>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {a.estate?.name} · {formatDateTime(a.plannedAt)}
                  </Typography.Text>
                  <span>
                    <StatusTag status={a.status} overdue={a.overdue} />
                  </span>
                </Flex>
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
