import { Alert, Empty, Flex, List, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatNumber } from '../../shared/format';
import { useErrorText } from '../../shared/useErrorText';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import { SurveyIndicatorDrillDownQuery } from './surveys.graphql';

/** The surveys behind a satisfaction figure: those closing in the month, with counts per area. */
export function SurveyDrillDown({ estateId, months }: { estateId: string; months: string[] }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const periodLabel = usePeriodLabel();
  const [month, setMonth] = useState(months[months.length - 1]!);
  const [result] = useQuery({
    query: SurveyIndicatorDrillDownQuery,
    variables: { estateId, indicatorCode: 'satisfaction', month },
  });
  const drill =
    result.data?.surveyIndicatorDrillDown.month === month ? result.data.surveyIndicatorDrillDown : undefined;
  return (
    <section data-testid="survey-drill-down">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('surveys.drill.title')}
        </Typography.Title>
        <Select
          aria-label={t('surveys.drill.month')}
          size="small"
          value={month}
          onChange={setMonth}
          style={{ minWidth: 130 }}
          options={[...months].reverse().map((m) => ({ value: m, label: periodLabel(m) }))}
        />
      </Flex>
      {result.error && !drill ? (
        <Alert type="error" showIcon title={`${t('surveys.drill.loadFailed')}: ${errorText(result.error)}`} />
      ) : !drill ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : drill.rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('surveys.drill.nothing')} />
      ) : (
        <Flex vertical gap={8}>
          {drill.numerator != null && drill.denominator != null ? (
            <Typography.Text strong data-testid="survey-drill-figure">
              {t('surveys.drill.figure', {
                numerator: drill.numerator,
                denominator: drill.denominator,
                value: drill.value == null ? '—' : `${formatNumber(drill.value)}%`,
              })}
            </Typography.Text>
          ) : null}
          <List
            size="small"
            bordered
            dataSource={drill.rows}
            renderItem={(r) => (
              <List.Item data-testid="survey-drill-row">
                <Flex vertical gap={2}>
                  <span>
                    {t('surveys.drill.row', {
                      title: r.title,
                      closesOn: r.closesOn,
                      satisfied: r.satisfiedAnswers,
                      answers: r.answers,
                    })}
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.areas
                      .map((a) => `${t(`surveys.area.${a.area}`)} ${a.rate == null ? '—' : `${a.rate}%`}`)
                      .join(' · ')}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </Flex>
      )}
    </section>
  );
}
