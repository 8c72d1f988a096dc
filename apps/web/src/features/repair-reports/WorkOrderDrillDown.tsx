import { isMonth, monthRange, REPAIR_INDICATOR_CODES, WORK_ORDER_LABELS } from '@anju/domain';
import { Alert, Button, Empty, Flex, List, Select, Skeleton, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocale } from '../../app/locale';
import type { WorkOrderIndicatorDrillDownQuery as Data } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { periodBounds } from '../../shared/period';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import { WorkOrderIndicatorDrillDownQuery } from './repair-reports.graphql';

type Drill = Data['workOrderIndicatorDrillDown'];
type Row = Drill['rows'][number] & { key: string };

interface Props {
  estateId: string;
  /** repair_timely, repair_rework, repair_quality or repair_callback (anything else renders nothing). */
  indicatorCode: string;
  /** The comparison's period: its months may be chosen. */
  period: string;
  /** The last month to offer (this month). */
  lastMonth: string;
}

const isRepair = (code: string) => (REPAIR_INDICATOR_CODES as readonly string[]).includes(code);

/**
 * The work orders behind a comparison cell of a repair indicator: every order completed in the
 * month, counted or not and why, one month at a time (the period's last month first). Residents'
 * units only for those who may read them.
 */
export function WorkOrderDrillDown({ estateId, indicatorCode, period, lastMonth }: Props) {
  const months = useMemo(() => {
    const { from, to } = periodBounds(period);
    const end = to < lastMonth ? to : lastMonth;
    return from <= end && isMonth(from) ? monthRange(from, end) : [];
  }, [period, lastMonth]);
  if (!isRepair(indicatorCode) || months.length === 0) return null;
  return (
    <DrillDownList
      key={`${estateId}:${indicatorCode}:${period}`}
      estateId={estateId}
      indicatorCode={indicatorCode}
      months={months}
    />
  );
}

function DrillDownList({
  estateId,
  indicatorCode,
  months,
}: {
  estateId: string;
  indicatorCode: string;
  months: string[];
}) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const mobile = useIsMobile();
  const periodLabel = usePeriodLabel();
  const errorText = useErrorText();
  const [month, setMonth] = useState(months[months.length - 1]!);
  const [result, refetch] = useQuery({
    query: WorkOrderIndicatorDrillDownQuery,
    variables: { estateId, indicatorCode, month },
  });
  const drill =
    result.data?.workOrderIndicatorDrillDown.month === month
      ? result.data.workOrderIndicatorDrillDown
      : undefined;
  // Those not counted first for the good-is-high figures, counted first for rework (the bad ones).
  const rows = useMemo(
    (): Row[] =>
      drill
        ? drill.rows
            .map((r, i) => ({ ...r, key: String(i) }))
            .sort((a, b) =>
              indicatorCode === 'repair_rework'
                ? Number(b.counted) - Number(a.counted)
                : Number(a.counted) - Number(b.counted),
            )
        : [],
    [drill, indicatorCode],
  );
  const label = (l: { zh: string; en: string }) => (lang === 'zh-CN' ? l.zh : l.en);
  const place = (r: Row) =>
    r.location ?? <Typography.Text type="secondary">{t('repairReports.drill.hidden')}</Typography.Text>;
  const counted = (r: Row) => (
    <Tag
      color={r.counted === (indicatorCode !== 'repair_rework') ? 'green' : 'red'}
      style={{ marginInlineEnd: 0 }}
    >
      {r.counted ? t('repairReports.drill.countedYes') : t('repairReports.drill.countedNo')}
    </Tag>
  );
  const reason = (r: Row) => (
    <Flex vertical>
      <span>{t(`repairReports.drill.reasons.${r.reason}` as 'repairReports.drill.reasons.ON_TIME')}</span>
      {r.reworkOfNumber ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('repairReports.drill.reworkOf', { number: r.reworkOfNumber })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
  const what = (r: Row) =>
    `${label(WORK_ORDER_LABELS.category[r.category])} · ${label(WORK_ORDER_LABELS.kind[r.kind])} · ${label(WORK_ORDER_LABELS.channel[r.channel])}`;

  return (
    <section data-testid="work-order-drill-down">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('repairReports.drill.title')}
        </Typography.Title>
        {months.length > 1 ? (
          <Select
            aria-label={t('repairReports.drill.month')}
            size="small"
            value={month}
            onChange={setMonth}
            style={{ minWidth: 130 }}
            options={[...months].reverse().map((m) => ({ value: m, label: periodLabel(m) }))}
          />
        ) : (
          <Typography.Text type="secondary">{periodLabel(month)}</Typography.Text>
        )}
      </Flex>
      {months.length > 1 ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
          {t('repairReports.drill.perMonth')}
        </Typography.Paragraph>
      ) : null}
      {result.error && !drill ? (
        <Alert
          type="error"
          showIcon
          title={t('common.labelValue', {
            label: t('repairReports.drill.loadFailed'),
            value: errorText(result.error),
          })}
          action={
            <Button size="small" onClick={() => refetch({ requestPolicy: 'network-only' })}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : !drill ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('repairReports.drill.nothing')} />
      ) : (
        <Flex vertical gap={8}>
          <Flex wrap gap={8} align="center">
            {drill.numerator != null && drill.denominator != null ? (
              <Typography.Text strong data-testid="work-order-drill-figure">
                {t('repairReports.drill.figure', {
                  numerator: drill.numerator,
                  denominator: drill.denominator,
                  value: drill.value == null ? '—' : `${formatNumber(drill.value)}%`,
                })}
              </Typography.Text>
            ) : null}
            {drill.unitsHidden ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('repairReports.drill.unitsHidden')}
              </Typography.Text>
            ) : null}
          </Flex>
          {mobile ? (
            <List
              size="small"
              bordered
              dataSource={rows}
              pagination={rows.length > 20 ? { pageSize: 20, size: 'small' } : false}
              renderItem={(r) => (
                <List.Item data-testid="work-order-drill-row">
                  <Flex vertical gap={2} style={{ width: '100%' }}>
                    <Flex justify="space-between" gap={8}>
                      <span>
                        #{r.number} · {place(r)}
                      </span>
                      {counted(r)}
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {what(r)} · {dayjs(r.completedAt).format('MM-DD HH:mm')}
                    </Typography.Text>
                    <div style={{ fontSize: 13 }}>{reason(r)}</div>
                  </Flex>
                </List.Item>
              )}
            />
          ) : (
            <Table<Row>
              size="small"
              rowKey="key"
              dataSource={rows}
              pagination={rows.length > 20 ? { pageSize: 20, size: 'small' } : false}
              onRow={() => ({ 'data-testid': 'work-order-drill-row' }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('repairReports.drill.number'), key: 'n', render: (_, r) => `#${r.number}` },
                {
                  title: t('repairReports.drill.location'),
                  key: 'l',
                  render: (_, r) => (
                    <Flex vertical>
                      <span>{place(r)}</span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {what(r)}
                      </Typography.Text>
                    </Flex>
                  ),
                },
                {
                  title: t('repairReports.drill.completedAt'),
                  key: 'c',
                  render: (_, r) => dayjs(r.completedAt).format('MM-DD HH:mm'),
                },
                { title: t('repairReports.drill.counted'), key: 'k', render: (_, r) => counted(r) },
                { title: t('repairReports.drill.reason'), key: 'r', render: (_, r) => reason(r) },
              ]}
            />
          )}
        </Flex>
      )}
    </section>
  );
}
