import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, List, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { StaffingComplianceTableQuery as Data } from '../../gql/graphql';
import { downloadFile, useFileErrorText } from '../../shared/files';
import { FilterRegionsQuery } from '../../shared/indicators/indicators.graphql';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useErrorText } from '../../shared/useErrorText';
import { useFileLanguage } from '../../shared/useFileLanguage';
import { useIsMobile } from '../../shared/useIsMobile';
import { Problem, percentText, SCORE_FAIR, SCORE_GOOD, ScoreTag } from './labels';
import { StaffingDetailDrawer } from './StaffingDetailDrawer';
import { ExportStaffingComplianceMutation, StaffingComplianceTableQuery } from './staffing.graphql';

type Row = Data['staffingComplianceTable'][number];

/**
 * 编制合规: the estates in the caller's scope ranked by staffing compliance score, with an estate's
 * detail in a drawer (`/staffing?estate=<id>`, where the certificate reminders link to).
 */
export function StaffingPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const { ability } = useSession();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const fileErrorText = useFileErrorText();
  const language = useFileLanguage();
  const [params, setParams] = useSearchParams();
  const regionId = params.get('region') ?? undefined;
  const estateId = params.get('estate');

  const setParam = useCallback(
    (key: string, value: string | undefined, replace = true) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace },
      ),
    [setParams],
  );
  const estateLink = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('estate', id);
    return `?${next.toString()}`;
  };

  const [table, refetch] = useQuery({
    query: StaffingComplianceTableQuery,
    variables: { regionId: regionId ?? null },
  });
  const [regions] = useQuery({ query: FilterRegionsQuery, pause: !ability.can('read', 'Region') });
  const regionList = regions.data?.regions ?? [];
  const [, exportTable] = useMutation(ExportStaffingComplianceMutation);
  const [exporting, setExporting] = useState(false);
  const rows = table.data?.staffingComplianceTable;

  const doExport = async () => {
    setExporting(true);
    try {
      const res = await exportTable({ input: { regionId: regionId ?? null, language } });
      if (res.error) void message.error(errorText(res.error));
      else if (res.data) await downloadFile(res.data.exportStaffingCompliance);
    } catch (error) {
      void message.error(fileErrorText(error));
    } finally {
      setExporting(false);
    }
  };

  const estateName = (r: Row) => (
    <Link to={estateLink(r.estateId)} data-testid="staffing-estate-link">
      {r.estateName}
    </Link>
  );
  const certificates = (r: Row) =>
    r.certificateProblems === 0 ? (
      <Typography.Text type="secondary">0</Typography.Text>
    ) : (
      <Flex wrap gap={4} align="center">
        <Problem count={r.certificateProblems} />
        {r.certificatesExpired ? (
          <Tag color="red" style={{ marginInlineEnd: 0 }}>
            {t('staffing.certificateCounts.expired', { count: r.certificatesExpired })}
          </Tag>
        ) : null}
        {r.certificatesExpiring ? (
          <Tag color="orange" style={{ marginInlineEnd: 0 }}>
            {t('staffing.certificateCounts.expiring', { count: r.certificatesExpiring })}
          </Tag>
        ) : null}
        {r.certificatesMissing ? (
          <Tag color="volcano" style={{ marginInlineEnd: 0 }}>
            {t('staffing.certificateCounts.missing', { count: r.certificatesMissing })}
          </Tag>
        ) : null}
      </Flex>
    );
  const turnover = (r: Row) => `${r.leavers} / ${percentText(r.turnoverPercent)}`;

  const regionFilter =
    regionList.length > 1 ? (
      <Select
        aria-label={t('staffing.region')}
        style={{ width: 160 }}
        value={regionId ?? ''}
        onChange={(v: string) => setParam('region', v || undefined)}
        options={[
          { value: '', label: t('staffing.allRegions') },
          ...regionList.map((r) => ({ value: r.id, label: r.name })),
        ]}
      />
    ) : null;

  const legend = (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('staffing.legend', { good: SCORE_GOOD, fair: SCORE_FAIR })}
    </Typography.Text>
  );

  return (
    <div>
      <PageHeader
        title={t('staffing.title')}
        subtitle={t('staffing.subtitle')}
        extra={
          <>
            {regionFilter}
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              disabled={!rows?.length}
              onClick={() => void doExport()}
              style={{ minHeight: 40 }}
            >
              {t('staffing.export')}
            </Button>
          </>
        }
      />
      <QueryError
        error={rows ? table.error : null}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
      {table.error && !rows ? (
        <QueryError error={table.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !rows ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 20 } }}>
          {mobile ? (
            rows.length === 0 ? (
              <Empty description={t('staffing.empty')} />
            ) : (
              <List
                dataSource={rows}
                rowKey="estateId"
                data-testid="staffing-cards"
                renderItem={(r) => (
                  <Card size="small" role="listitem" style={{ marginBottom: 10 }}>
                    <Flex justify="space-between" align="center" gap={8}>
                      <Typography.Text strong style={{ minWidth: 0 }} ellipsis>
                        {r.rank ?? '—'}. {estateName(r)}
                      </Typography.Text>
                      <ScoreTag score={r.score} />
                    </Flex>
                    {r.regionName ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {r.regionName}
                      </Typography.Text>
                    ) : null}
                    <Flex wrap gap="4px 16px" style={{ marginTop: 6, fontSize: 13 }}>
                      <span>
                        {t('staffing.columns.planned')} {r.planned}
                      </span>
                      <span>
                        {t('staffing.columns.actual')} {r.actual}
                      </span>
                      <span>
                        {t('staffing.columns.vacancies')} <Problem count={r.vacancies} />
                      </span>
                      <span>
                        {t('staffing.columns.age')} <Problem count={r.ageProblems} />
                      </span>
                    </Flex>
                    <Flex wrap gap={6} align="center" style={{ marginTop: 6, fontSize: 13 }}>
                      <span>{t('staffing.columns.certificates')}</span>
                      {certificates(r)}
                    </Flex>
                    <div style={{ marginTop: 6, fontSize: 13 }}>
                      {t('staffing.columns.turnover')} {turnover(r)}
                    </div>
                  </Card>
                )}
              />
            )
          ) : (
            <Table<Row>
              rowKey="estateId"
              dataSource={rows}
              pagination={false}
              loading={table.fetching}
              data-testid="staffing-table"
              scroll={{ x: 980 }}
              locale={{ emptyText: <Empty description={t('staffing.empty')} /> }}
              columns={[
                {
                  title: t('staffing.columns.rank'),
                  dataIndex: 'rank',
                  width: 64,
                  render: (v: number | null) => v ?? '—',
                },
                { title: t('staffing.columns.estate'), key: 'estate', render: (_, r) => estateName(r) },
                {
                  title: t('staffing.columns.region'),
                  dataIndex: 'regionName',
                  render: (v: string | null) => v ?? '—',
                },
                { title: t('staffing.columns.planned'), dataIndex: 'planned', align: 'right' },
                { title: t('staffing.columns.actual'), dataIndex: 'actual', align: 'right' },
                {
                  title: t('staffing.columns.vacancies'),
                  dataIndex: 'vacancies',
                  align: 'right',
                  render: (v: number) => <Problem count={v} />,
                  sorter: (a, b) => a.vacancies - b.vacancies,
                },
                {
                  title: t('staffing.columns.certificates'),
                  key: 'certificates',
                  render: (_, r) => certificates(r),
                  sorter: (a, b) => a.certificateProblems - b.certificateProblems,
                },
                {
                  title: t('staffing.columns.age'),
                  dataIndex: 'ageProblems',
                  align: 'right',
                  render: (v: number) => <Problem count={v} />,
                },
                {
                  title: t('staffing.columns.turnover'),
                  key: 'turnover',
                  align: 'right',
                  render: (_, r) => turnover(r),
                  sorter: (a, b) => (a.turnoverPercent ?? -1) - (b.turnoverPercent ?? -1),
                },
                {
                  title: t('staffing.columns.score'),
                  dataIndex: 'score',
                  align: 'right',
                  render: (v: number | null) => <ScoreTag score={v} />,
                  sorter: (a, b) => (a.score ?? -1) - (b.score ?? -1),
                },
              ]}
            />
          )}
          <div style={{ marginTop: 12 }}>{legend}</div>
        </Card>
      )}
      <StaffingDetailDrawer
        estateId={estateId}
        fallbackName={rows?.find((r) => r.estateId === estateId)?.estateName}
        onClose={() => setParam('estate', undefined)}
      />
    </div>
  );
}
