import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, List, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { CampaignOverviewQuery as Data } from '../../gql/graphql';
import { downloadFile, useFileErrorText } from '../../shared/files';
import { formatNumber } from '../../shared/format';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { CampaignOverviewQuery, ExportCampaignOverviewMutation } from './rectifications.graphql';
import './rectifications.css';

type Row = Data['auditCampaignOverview']['rows'][number];
const percent = (v: number | null | undefined) => (v == null ? '—' : `${formatNumber(v)}%`);

/** A campaign's estates ranked by audit score, with findings by department, closure and overdue. */
export function CampaignOverviewPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const fileErrorText = useFileErrorText();
  const [overview, refetch] = useQuery({ query: CampaignOverviewQuery, variables: { campaignId: id } });
  const [, exportOverview] = useMutation(ExportCampaignOverviewMutation);
  const [exporting, setExporting] = useState(false);
  const o = overview.data?.auditCampaignOverview;

  const doExport = async () => {
    setExporting(true);
    const res = await exportOverview({
      input: { campaignId: id, language: (i18n.language.startsWith('en') ? 'EN' : 'ZH') as never },
    });
    try {
      if (res.error) void message.error(errorText(res.error));
      else if (res.data) await downloadFile(res.data.exportAuditCampaignOverview);
    } catch (error) {
      void message.error(fileErrorText(error));
    } finally {
      setExporting(false);
    }
  };

  if (overview.error && !o)
    return <QueryError error={overview.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!o) return <Skeleton active paragraph={{ rows: 8 }} />;

  const departments = (r: Row) =>
    r.findingsByDepartment.length ? (
      <Flex wrap gap={4}>
        {r.findingsByDepartment.map((d) => (
          <Tag key={d.department} style={{ marginInlineEnd: 0 }}>
            {t(`rectifications.departments.${d.department}`)} {d.count}
          </Tag>
        ))}
      </Flex>
    ) : (
      '—'
    );
  const score = (r: Row) =>
    r.scorePercent == null ? (
      <Typography.Text type="secondary">{t('rectifications.overview.notScored')}</Typography.Text>
    ) : (
      <span>
        {percent(r.scorePercent)}{' '}
        {r.gradeLabel ? <Tag color={r.criticalFailed ? 'red' : 'blue'}>{r.gradeLabel}</Tag> : null}
      </span>
    );
  const overdue = (n: number) => (n > 0 ? <span className="rect-overdue-text">{n}</span> : 0);

  return (
    <div>
      <PageHeader
        title={t('rectifications.overview.title')}
        subtitle={t('rectifications.overview.subtitle', {
          name: `${o.name}${o.quarter ? ` ${o.quarter}` : ''}`,
        })}
        extra={
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            onClick={() => void doExport()}
            style={{ minHeight: 40 }}
          >
            {t('rectifications.overview.export')}
          </Button>
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        {[
          [t('rectifications.overview.average'), percent(o.averagePercent)],
          [t('rectifications.overview.totalFindings'), String(o.findingCount)],
          [t('rectifications.overview.totalClosure'), percent(o.closureRate)],
          [t('rectifications.overview.totalOverdue'), String(o.overdueCount)],
        ].map(([title, value]) => (
          <Card key={title} size="small" style={{ flex: mobile ? '1 1 140px' : '0 0 180px' }}>
            <Statistic title={title} value={value} />
          </Card>
        ))}
      </Flex>
      <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 20 } }}>
        {mobile ? (
          o.rows.length === 0 ? (
            <Empty description={t('rectifications.overview.empty')} />
          ) : (
            <List
              dataSource={o.rows}
              rowKey="auditId"
              renderItem={(r) => (
                <Card
                  size="small"
                  role="listitem"
                  className={r.overdueCount ? 'rect-overdue-card' : undefined}
                  style={{ marginBottom: 10 }}
                >
                  <Flex justify="space-between" gap={8}>
                    <Typography.Text strong>
                      {r.rank ?? '—'}. {r.estateName}
                    </Typography.Text>
                    {score(r)}
                  </Flex>
                  <div style={{ margin: '6px 0' }}>{departments(r)}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('rectifications.overview.closure')} {percent(r.closureRate)} ·{' '}
                    {t('rectifications.overview.overdue')} {overdue(r.overdueCount)}
                  </Typography.Text>
                </Card>
              )}
            />
          )
        ) : (
          <Table<Row>
            rowKey="auditId"
            dataSource={o.rows}
            pagination={false}
            locale={{ emptyText: <Empty description={t('rectifications.overview.empty')} /> }}
            rowClassName={(r) => (r.overdueCount ? 'rect-overdue-row' : '')}
            columns={[
              {
                title: t('rectifications.overview.rank'),
                dataIndex: 'rank',
                width: 70,
                render: (v) => v ?? '—',
              },
              { title: t('rectifications.overview.estate'), dataIndex: 'estateName' },
              {
                title: t('rectifications.overview.score'),
                render: (_, r) => score(r),
                sorter: (a, b) => (a.scorePercent ?? -1) - (b.scorePercent ?? -1),
              },
              { title: t('rectifications.overview.critical'), dataIndex: 'criticalFailed', width: 90 },
              { title: t('rectifications.overview.findings'), dataIndex: 'findingCount', width: 90 },
              { title: t('rectifications.overview.byDepartment'), render: (_, r) => departments(r) },
              {
                title: t('rectifications.overview.closure'),
                render: (_, r) =>
                  `${percent(r.closureRate)} (${r.rectificationsVerified}/${r.rectificationsTotal})`,
              },
              {
                title: t('rectifications.overview.overdue'),
                render: (_, r) => overdue(r.overdueCount),
                width: 80,
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
