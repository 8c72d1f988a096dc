import { addMonths } from '@anju/domain';
import { Card, Checkbox, Col, Empty, Flex, Row, Segmented, Select, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { IndicatorTrendQuery as TrendData } from '../../gql/graphql';
import { Chart } from '../../shared/charts/Chart';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { QueryError } from '../../shared/QueryError';
import { useFiguresLive } from '../../shared/useFiguresLive';
import { useIsMobile } from '../../shared/useIsMobile';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import { IndicatorTrendQuery } from './comparison.graphql';
import type { Matrix } from './heatMap';
import { trendOption } from './trendOption';

/** Limits of `indicatorTrend`. */
export const MAX_TREND_ESTATES = 50;
export const MAX_TREND_INDICATORS = 10;

interface Props {
  matrix: Matrix;
  endMonth: string;
}

/** The indicators most often missed first: the default view tells where to look. */
function mostMissed(matrix: Matrix, count: number): string[] {
  const missed = matrix.indicators.map((ind, j) => ({
    code: ind.code,
    n: matrix.rows.filter((r) => r.judgements[j] === 'MISSED').length,
  }));
  return missed
    .sort((a, b) => b.n - a.n)
    .slice(0, count)
    .map((m) => m.code);
}

export function TrendsPanel({ matrix, endMonth }: Props) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const mobile = useIsMobile();
  const text = useIndicatorText();
  const [estateIds, setEstateIds] = useState<string[]>(() => matrix.rows.slice(0, 5).map((r) => r.estateId));
  const [codes, setCodes] = useState<string[]>(() => mostMissed(matrix, 2));
  const [months, setMonths] = useState(12);
  const [withTotal, setWithTotal] = useState(true);

  const [trend, refetch] = useQuery({
    query: IndicatorTrendQuery,
    variables: {
      estateIds,
      indicatorCodes: codes,
      from: addMonths(endMonth, -(months - 1)),
      to: endMonth,
      includeTotal: true,
    },
    pause: estateIds.length === 0 || codes.length === 0,
  });
  useFiguresLive(() => refetch({ requestPolicy: 'network-only' }));

  const byCode = useMemo(() => {
    const map = new Map<string, TrendData['indicatorTrend']>();
    for (const s of trend.data?.indicatorTrend ?? []) {
      const list = map.get(s.indicatorCode) ?? [];
      list.push(s);
      map.set(s.indicatorCode, list);
    }
    return map;
  }, [trend.data]);

  const selectWidth = mobile ? '100%' : undefined;
  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap align="center">
        <Select
          mode="multiple"
          value={estateIds}
          onChange={setEstateIds}
          maxCount={MAX_TREND_ESTATES}
          maxTagCount="responsive"
          options={matrix.rows.map((r) => ({ value: r.estateId, label: r.estateName }))}
          placeholder={t('comparison.trends.estates')}
          aria-label={t('comparison.trends.estates')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: selectWidth, minWidth: 260, flex: mobile ? undefined : 1 }}
        />
        <Select
          mode="multiple"
          value={codes}
          onChange={setCodes}
          maxCount={MAX_TREND_INDICATORS}
          maxTagCount="responsive"
          options={matrix.indicators.map((i) => ({ value: i.code, label: text.name(i) }))}
          placeholder={t('comparison.trends.indicators')}
          aria-label={t('comparison.trends.indicators')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: selectWidth, minWidth: 260, flex: mobile ? undefined : 1 }}
        />
        <Segmented<number>
          value={months}
          onChange={setMonths}
          options={[12, 24, 36].map((m) => ({
            value: m,
            label: t('comparison.trends.months', { count: m }),
          }))}
        />
        <Checkbox checked={withTotal} onChange={(e) => setWithTotal(e.target.checked)}>
          {t('comparison.trends.total')}
        </Checkbox>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('comparison.trends.hint', { estates: MAX_TREND_ESTATES, indicators: MAX_TREND_INDICATORS })}
      </Typography.Text>
      {trend.error ? (
        <QueryError
          error={trend.error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
          marginBottom={0}
        />
      ) : null}
      {estateIds.length === 0 || codes.length === 0 ? (
        <Empty description={t('comparison.trends.choose')} />
      ) : (
        <Row gutter={[16, 16]}>
          {codes.map((code) => {
            const ind = matrix.indicators.find((i) => i.code === code);
            if (!ind) return null;
            const list = byCode.get(code) ?? [];
            const total = list.find((s) => s.estateId == null);
            const lines = list
              .filter((s) => s.estateId != null || withTotal)
              .map((s) => ({
                name: s.estateId == null ? t('comparison.trends.totalName') : s.estateName,
                values: s.points.map((p) => p.value),
                pooled: s.estateId == null,
              }));
            const targetSource = total ?? list[0];
            const anyValue = list.some((s) => s.points.some((p) => p.value != null));
            return (
              <Col key={code} xs={24} xl={codes.length > 1 ? 12 : 24}>
                <Card
                  size="small"
                  title={text.name(ind)}
                  extra={
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('comparison.companyTarget')} {targetSource?.points.at(-1)?.target?.label ?? '—'}
                    </Typography.Text>
                  }
                >
                  {trend.fetching && !trend.data ? (
                    <Skeleton.Node active style={{ width: '100%', height: 280 }} />
                  ) : anyValue ? (
                    <Chart
                      style={{ height: 280, width: '100%' }}
                      option={trendOption({
                        months: targetSource?.points.map((p) => p.month) ?? [],
                        lines,
                        target: targetSource?.points.map((p) => p.target?.value ?? null) ?? null,
                        targetName: t('comparison.target'),
                        format: (v) => text.value(v, ind.unit),
                        monthLabel: periodLabel,
                        percent: ind.unit === 'PERCENT',
                      })}
                    />
                  ) : (
                    <Empty description={t('comparison.history.noData')} style={{ padding: 32 }} />
                  )}
                </Card>
              </Col>
            );
          })}
        </Row>
      )}
    </Flex>
  );
}
