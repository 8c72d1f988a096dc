import { isStaffingIndicator, monthRange, TRAINING_PASS } from '@anju/domain';
import { Alert, Button, Empty, Flex, List, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { StaffingIndicatorDrillDownQuery as Data } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { periodBounds } from '../../shared/period';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import { useStaffingLabels } from './labels';
import { StaffingIndicatorDrillDownQuery } from './staffing.graphql';

type Drill = Data['staffingIndicatorDrillDown'];
type Row = Drill['rows'][number] & { key: string };

interface Props {
  estateId: string;
  /** training_pass or certified_on_duty (anything else renders nothing). */
  indicatorCode: string;
  /** The comparison's period (`2025-03`, `2025-Q1` …): its months may be chosen. */
  period: string;
  /** The last month to offer (this month): never after the period's end either. */
  lastMonth: string;
}

/**
 * The people behind a comparison cell of a staffing indicator (training_pass: the month's training
 * records of management staff; certified_on_duty: the people in certificate-requiring posts on the
 * month's last day), one month at a time, the period's last month first.
 */
export function StaffingDrillDown({ estateId, indicatorCode, period, lastMonth }: Props) {
  const months = useMemo(() => {
    const { from, to } = periodBounds(period);
    const end = to < lastMonth ? to : lastMonth;
    return from <= end ? monthRange(from, end) : [];
  }, [period, lastMonth]);
  if (!isStaffingIndicator(indicatorCode) || months.length === 0) return null;
  return (
    <DrillDownList
      key={`${estateId}:${indicatorCode}:${period}`}
      estateId={estateId}
      indicatorCode={indicatorCode}
      months={months}
    />
  );
}

const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

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
  const mobile = useIsMobile();
  const periodLabel = usePeriodLabel();
  const errorText = useErrorText();
  const labels = useStaffingLabels();
  const [month, setMonth] = useState(months[months.length - 1]!);
  const [result, refetch] = useQuery({
    query: StaffingIndicatorDrillDownQuery,
    variables: { estateId, indicatorCode, month },
  });
  // urql keeps the previous month's answer while the next loads: never show it under this month.
  const drill =
    result.data?.staffingIndicatorDrillDown.month === month
      ? result.data.staffingIndicatorDrillDown
      : undefined;
  const training = indicatorCode === TRAINING_PASS;
  // Those not counted first: they are why the figure misses.
  const rows = useMemo(
    (): Row[] =>
      drill
        ? drill.rows
            .map((r, i) => ({ ...r, key: String(i) }))
            .sort((a, b) => Number(a.counted) - Number(b.counted))
        : [],
    [drill],
  );

  const name = (r: Row) =>
    drill?.namesHidden || !r.staffName ? (
      <Typography.Text type="secondary">{t('staffing.drill.hidden')}</Typography.Text>
    ) : (
      r.staffName
    );
  const counted = (r: Row) => (
    <Tag color={r.counted ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
      {r.counted ? t('staffing.drill.countedYes') : t('staffing.drill.countedNo')}
    </Tag>
  );
  const detail = (r: Row) => {
    const [first, second] = training
      ? [r.course, r.trainedOn]
      : [
          r.certificateKind ? labels.certificateKind(r.certificateKind) : null,
          r.certificateKind
            ? t('staffing.drill.validUntil', { date: r.expiresOn ?? t('staffing.drill.noExpiry') })
            : null,
        ];
    if (!first) return '—';
    return (
      <Flex vertical>
        <span>{first}</span>
        {second ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {second}
          </Typography.Text>
        ) : null}
      </Flex>
    );
  };
  const reason = (r: Row) => t(`staffing.drill.reasons.${r.reason}`);

  return (
    <section data-testid="staffing-drill-down">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('staffing.drill.title')}
        </Typography.Title>
        {months.length > 1 ? (
          <Select
            aria-label={t('staffing.drill.month')}
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
          {t('staffing.drill.perMonth')}
        </Typography.Paragraph>
      ) : null}
      {result.error && !drill ? (
        <Alert
          type="error"
          showIcon
          title={t('common.labelValue', {
            label: t('staffing.drill.loadFailed'),
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
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('staffing.drill.nothing')} />
      ) : (
        <Flex vertical gap={8}>
          <Flex wrap gap={8} align="center">
            {drill.numerator != null && drill.denominator != null ? (
              <Typography.Text strong data-testid="staffing-drill-figure">
                {t('staffing.drill.figure', {
                  numerator: drill.numerator,
                  denominator: drill.denominator,
                  value: drill.value == null ? '—' : `${formatNumber(drill.value)}%`,
                })}
              </Typography.Text>
            ) : null}
            {drill.namesHidden ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('staffing.drill.namesHidden')}
              </Typography.Text>
            ) : null}
          </Flex>
          {mobile ? (
            <List
              size="small"
              bordered
              dataSource={rows}
              renderItem={(r) => (
                <List.Item data-testid="staffing-drill-row">
                  <Flex vertical gap={2} style={{ width: '100%' }}>
                    <Flex justify="space-between" gap={8}>
                      <span>
                        {name(r)} · {r.positionName}
                      </span>
                      {counted(r)}
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {reason(r)}
                    </Typography.Text>
                    <div style={{ fontSize: 13 }}>{detail(r)}</div>
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
              onRow={() => ({ 'data-testid': 'staffing-drill-row' }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('staffing.drill.name'), key: 'name', onCell: nowrap, render: (_, r) => name(r) },
                { title: t('staffing.drill.position'), dataIndex: 'positionName', onCell: nowrap },
                {
                  title: t('staffing.drill.counted'),
                  key: 'counted',
                  onCell: nowrap,
                  render: (_, r) => counted(r),
                },
                {
                  title: t('staffing.drill.reason'),
                  key: 'reason',
                  onCell: nowrap,
                  render: (_, r) => reason(r),
                },
                { title: t('staffing.drill.detail'), key: 'detail', render: (_, r) => detail(r) },
              ]}
            />
          )}
        </Flex>
      )}
    </section>
  );
}
