import { Card, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../app/session';
import { formatDateTime } from '../../shared/format';
import { RectificationListQuery } from './rectifications.graphql';
import './rectifications.css';
import { useRectificationsLive } from './useRectificationsLive';

/**
 * Rectifications submitted and waiting for the signed-in user's verification (the auditor's
 * home; for estate managers, their own checks'). Renders nothing for those who verify nothing.
 */
export function AwaitingVerification({ first = 5 }: { first?: number }) {
  const { t } = useTranslation();
  const { ability } = useSession();
  const can = ability.can('verify', 'Rectification');
  const [list, refetch] = useQuery({
    query: RectificationListQuery,
    variables: { filter: { awaitingVerification: true }, first },
    pause: !can,
    requestPolicy: 'cache-and-network',
  });
  useRectificationsLive(() => refetch({ requestPolicy: 'network-only' }));
  if (!can) return null;
  const conn = list.data?.rectifications;
  return (
    <Card
      title={`${t('rectifications.awaiting.title')}${conn ? `（${conn.totalCount}）` : ''}`}
      extra={<Link to="/rectifications?awaiting=1">{t('rectifications.awaiting.all')}</Link>}
      loading={list.fetching && !list.data}
    >
      {conn?.edges.length ? (
        <List
          dataSource={conn.edges.map((e) => e.node)}
          rowKey="id"
          renderItem={(r) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={`/rectifications/${r.id}`}>{r.finding.title}</Link>}
                description={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.estate?.name} · {formatDateTime(r.submittedAt)}
                  </Typography.Text>
                }
              />
              {r.overdue ? <Tag color="error">{t('rectifications.overdue')}</Tag> : null}
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rectifications.awaiting.empty')} />
      )}
    </Card>
  );
}
