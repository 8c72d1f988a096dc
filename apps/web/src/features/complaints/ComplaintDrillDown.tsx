import { COMPLAINT_INDICATOR_CODES, monthRange } from '@anju/domain';
import { Alert, Empty, Flex, List, Select, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatNumber } from '../../shared/format';
import { periodBounds } from '../../shared/period';
import { useErrorText } from '../../shared/useErrorText';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import { SurveyDrillDown } from '../surveys/SurveyDrillDown';
import { ComplaintIndicatorDrillDownQuery } from './complaints.graphql';

interface Props {
  estateId: string;
  indicatorCode: string;
  period: string;
  lastMonth: string;
}

/** The months of a comparison period a drill-down offers (never after `lastMonth`). */
export function drillMonths(period: string, lastMonth: string): string[] {
  const { from, to } = periodBounds(period);
  const end = to < lastMonth ? to : lastMonth;
  return from <= end ? monthRange(from, end) : [];
}

/**
 * The records behind a comparison cell of an indicator computed from complaints or surveys
 * (complaint_valid_rate, complaint_handled, satisfaction); nothing for other indicators.
 */
export function CareDrillDown(props: Props) {
  const months = useMemo(() => drillMonths(props.period, props.lastMonth), [props.period, props.lastMonth]);
  if (months.length === 0) return null;
  if (props.indicatorCode === 'satisfaction')
    return (
      <SurveyDrillDown key={`${props.estateId}:${props.period}`} estateId={props.estateId} months={months} />
    );
  if (!(COMPLAINT_INDICATOR_CODES as readonly string[]).includes(props.indicatorCode)) return null;
  return (
    <ComplaintDrillDown
      key={`${props.estateId}:${props.indicatorCode}:${props.period}`}
      estateId={props.estateId}
      indicatorCode={props.indicatorCode}
      months={months}
    />
  );
}

function ComplaintDrillDown({
  estateId,
  indicatorCode,
  months,
}: {
  estateId: string;
  indicatorCode: string;
  months: string[];
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const periodLabel = usePeriodLabel();
  const [month, setMonth] = useState(months[months.length - 1]!);
  const [result] = useQuery({
    query: ComplaintIndicatorDrillDownQuery,
    variables: { estateId, indicatorCode, month },
  });
  const drill =
    result.data?.complaintIndicatorDrillDown.month === month
      ? result.data.complaintIndicatorDrillDown
      : undefined;
  return (
    <section data-testid="complaint-drill-down">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('complaints.drill.title')}
        </Typography.Title>
        <Select
          aria-label={t('complaints.drill.month')}
          size="small"
          value={month}
          onChange={setMonth}
          style={{ minWidth: 130 }}
          options={[...months].reverse().map((m) => ({ value: m, label: periodLabel(m) }))}
        />
      </Flex>
      {result.error && !drill ? (
        <Alert
          type="error"
          showIcon
          title={`${t('complaints.drill.loadFailed')}: ${errorText(result.error)}`}
        />
      ) : !drill ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Flex vertical gap={8}>
          {drill.numerator != null && drill.denominator != null ? (
            <Typography.Text strong data-testid="complaint-drill-figure">
              {t('complaints.drill.figure', {
                numerator: drill.numerator,
                denominator: drill.denominator,
                value: drill.value == null ? '—' : `${formatNumber(drill.value)}%`,
              })}
            </Typography.Text>
          ) : null}
          {drill.namesHidden ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('complaints.drill.namesHidden')}
            </Typography.Text>
          ) : null}
          {drill.rows.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('complaints.drill.nothing')} />
          ) : (
            <List
              size="small"
              bordered
              dataSource={[...drill.rows].sort((a, b) => Number(a.counted) - Number(b.counted))}
              renderItem={(r) => (
                <List.Item data-testid="complaint-drill-row">
                  <Flex justify="space-between" gap={8} style={{ width: '100%' }} wrap>
                    <span>
                      #{r.number} {t(`complaints.category.${r.category}`)} ·{' '}
                      {dayjs(r.receivedAt).format('MM-DD HH:mm')}
                      {r.complainantName ? ` · ${r.complainantName}` : ''}
                    </span>
                    <span>
                      <Tag>
                        {t(`complaints.validity.${String(r.valid ?? null)}` as 'complaints.validity.null')}
                      </Tag>
                      <Tag>{t(`complaints.status.${r.status}`)}</Tag>
                      <Tag color={r.counted ? 'green' : 'default'}>
                        {r.counted ? t('complaints.drill.countedYes') : t('complaints.drill.countedNo')}
                      </Tag>
                    </span>
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </Flex>
      )}
    </section>
  );
}
