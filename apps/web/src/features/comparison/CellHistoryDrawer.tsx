import { addMonths, monthRange } from '@anju/domain';
import { Alert, Button, Descriptions, Drawer, Empty, Flex, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { ComparisonFilter, FigureFieldsFragment, FigureMonthsQueryVariables } from '../../gql/graphql';
import { Chart } from '../../shared/charts/Chart';
import { JudgementTag } from '../../shared/indicators/JudgementTag';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { useErrorText } from '../../shared/useErrorText';
import { useFiguresLive } from '../../shared/useFiguresLive';
import { useIsMobile } from '../../shared/useIsMobile';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import { CareDrillDown } from '../complaints';
import { OpsDrillDown } from '../operations';
import { WorkOrderDrillDown } from '../repair-reports';
import { StaffingDrillDown } from '../staffing';
import {
  ComparisonCellDetailQuery,
  FIGURE_MONTHS,
  FigureMonthsQuery,
  IndicatorTrendQuery,
} from './comparison.graphql';
import { type FigureMonthRow, FigureMonthsTable } from './FigureMonthsTable';
import type { CellView, MatrixIndicator } from './heatMap';
import { trendOption } from './trendOption';

export interface CellSelection {
  estateId: string;
  estateName: string;
  indicator: MatrixIndicator;
  cell: CellView | null;
  /** The page's filter: the numerator and denominator are fetched for the same comparison. */
  filter: ComparisonFilter;
  /** Months in the period, beside the months with data. */
  periodMonths: number;
}

interface Props {
  selection: CellSelection | null;
  /** Last month of the chart: the period's end, never after this month. */
  endMonth: string;
  onClose(): void;
}

const CHART_MONTHS = 24;

type MonthVariables = Omit<FigureMonthsQueryVariables, 'estateId' | 'code'>;

/** One estate's figure of one indicator over the last 24 months, with the states of the last 12. */
export function CellHistoryDrawer({ selection, endMonth, onClose }: Props) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const mobile = useIsMobile();
  const text = useIndicatorText();
  const errorText = useErrorText();
  const from = addMonths(endMonth, -(CHART_MONTHS - 1));
  const stateMonths = useMemo(
    () => monthRange(addMonths(endMonth, -(FIGURE_MONTHS - 1)), endMonth),
    [endMonth],
  );

  const [trend, refetchTrend] = useQuery({
    query: IndicatorTrendQuery,
    variables: {
      estateIds: selection ? [selection.estateId] : [],
      indicatorCodes: selection ? [selection.indicator.code] : [],
      from,
      to: endMonth,
    },
    pause: !selection,
  });
  const [states, refetchStates] = useQuery({
    query: FigureMonthsQuery,
    variables: {
      estateId: selection?.estateId ?? '',
      code: selection?.indicator.code ?? '',
      ...(Object.fromEntries(stateMonths.map((m, i) => [`m${i}`, m])) as MonthVariables),
    },
    pause: !selection,
  });
  // The page's matrix carries compact lists only: the period's numerator and denominator come
  // from the same comparison, narrowed to this column (ranks per column do not depend on others).
  const ratio = Boolean(selection?.cell && selection.indicator.denominatorLabel);
  const [detail, refetchDetail] = useQuery({
    query: ComparisonCellDetailQuery,
    variables: {
      filter: {
        period: selection?.filter.period ?? '',
        regionId: selection?.filter.regionId ?? null,
        estateType: selection?.filter.estateType ?? null,
        indicatorCodes: selection ? [selection.indicator.code] : [],
      },
    },
    pause: !ratio,
  });
  const refetchAll = () => {
    refetchTrend({ requestPolicy: 'network-only' });
    refetchStates({ requestPolicy: 'network-only' });
    if (ratio) refetchDetail({ requestPolicy: 'network-only' });
  };
  useFiguresLive(refetchAll, { filter: (e) => e.estateId === selection?.estateId });
  const sums = useMemo(
    () =>
      detail.data?.comparisonMatrix.rows.find((r) => r.estateId === selection?.estateId)?.cells[0] ?? null,
    [detail.data, selection?.estateId],
  );
  // While fetching, never the previous cell's figures (urql keeps them across variable changes).
  const sum = (v: number | null | undefined) =>
    detail.fetching ? (
      <Skeleton.Input active size="small" style={{ width: 56, minWidth: 56, height: 16 }} />
    ) : (
      text.value(v, 'COUNT')
    );

  const series = trend.data?.indicatorTrend[0];
  const ind = selection?.indicator;
  const option = useMemo(() => {
    if (!series || !ind) return null;
    return trendOption({
      months: series.points.map((p) => p.month),
      lines: [
        {
          name: text.name(ind),
          values: series.points.map((p) => p.value),
          judgements: series.points.map((p) => p.judgement),
        },
      ],
      target: series.points.map((p) => p.target?.value ?? null),
      targetName: t('comparison.target'),
      format: (v) => text.value(v, ind.unit),
      monthLabel: periodLabel,
      percent: ind.unit === 'PERCENT',
    });
  }, [series, ind, text, t, periodLabel]);

  const rows = useMemo((): FigureMonthRow[] => {
    const byMonth = new Map(series?.points.map((p) => [p.month, p]) ?? []);
    const data = states.data as Record<string, FigureFieldsFragment[]> | undefined;
    return stateMonths
      .map((month, i) => {
        const revisions = data?.[`m${i}`] ?? [];
        return {
          month,
          point: byMonth.get(month),
          latest: revisions[0] ?? null,
          revisions: revisions.length,
        };
      })
      .reverse();
  }, [series, states.data, stateMonths]);

  const hasData = series?.points.some((p) => p.value != null) ?? false;
  const error = trend.error ?? states.error ?? detail.error;

  return (
    <Drawer
      open={selection !== null}
      onClose={onClose}
      size={mobile ? '100%' : 720}
      destroyOnHidden
      title={
        selection ? (
          <Flex vertical>
            <span>
              {selection.estateName} · {text.name(selection.indicator)}
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>
              {text.description(selection.indicator)}
            </Typography.Text>
          </Flex>
        ) : null
      }
      extra={
        selection ? (
          <Link to={`/estates/${selection.estateId}/scorecard?period=${selection.filter.period}`}>
            {t('comparison.openScorecard')}
          </Link>
        ) : null
      }
    >
      {selection && ind ? (
        <Flex vertical gap={16} data-testid="cell-history">
          {selection.cell ? (
            <Descriptions
              size="small"
              column={mobile ? 3 : 4}
              layout={mobile ? 'vertical' : 'horizontal'}
              bordered
              items={[
                {
                  key: 'value',
                  label: t('comparison.value'),
                  children: text.value(selection.cell.value, ind.unit),
                },
                {
                  key: 'target',
                  label: t('comparison.target'),
                  children: selection.cell.target?.label ?? t('comparison.noTarget'),
                },
                {
                  key: 'judgement',
                  label: t('comparison.judgement'),
                  children: <JudgementTag judgement={selection.cell.judgement} />,
                },
                { key: 'rank', label: t('comparison.rank'), children: selection.cell.rank ?? '—' },
                ...(selection.cell.per1000 != null
                  ? [
                      {
                        key: 'per1000',
                        label: t('comparison.per1000'),
                        children: text.value(selection.cell.per1000, 'COUNT'),
                      },
                    ]
                  : []),
                {
                  key: 'months',
                  label: t('comparison.monthsWithData'),
                  children: `${selection.cell.months} / ${selection.periodMonths}`,
                },
                ...(ind.denominatorLabel
                  ? [
                      { key: 'numerator', label: text.numeratorLabel(ind), children: sum(sums?.numerator) },
                      {
                        key: 'denominator',
                        label: text.denominatorLabel(ind),
                        children: sum(sums?.denominator),
                      },
                    ]
                  : []),
              ]}
            />
          ) : null}
          {/* training_pass, certified_on_duty: the people behind the figure (nothing for others). */}
          <StaffingDrillDown
            estateId={selection.estateId}
            indicatorCode={ind.code}
            period={selection.filter.period}
            lastMonth={endMonth}
          />
          <OpsDrillDown
            estateId={selection.estateId}
            indicatorCode={ind.code}
            period={selection.filter.period}
            lastMonth={endMonth}
          />
          <WorkOrderDrillDown
            estateId={selection.estateId}
            indicatorCode={ind.code}
            period={selection.filter.period}
            lastMonth={endMonth}
          />
          <CareDrillDown
            estateId={selection.estateId}
            indicatorCode={ind.code}
            period={selection.filter.period}
            lastMonth={endMonth}
          />
          {error ? (
            <Alert
              type="error"
              showIcon
              title={errorText(error)}
              action={
                <Button size="small" onClick={refetchAll}>
                  {t('common.retry')}
                </Button>
              }
            />
          ) : null}
          <div>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('comparison.history.chartTitle', { months: CHART_MONTHS })}
            </Typography.Title>
            {trend.fetching && !trend.data ? (
              <Skeleton.Node active style={{ width: '100%', height: 260 }} />
            ) : option && hasData ? (
              <div data-testid="history-chart">
                <Chart option={option} style={{ height: 260, width: '100%' }} />
              </div>
            ) : (
              <Empty description={t('comparison.history.noData')} />
            )}
          </div>
          <div>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('comparison.history.statesTitle', { months: FIGURE_MONTHS })}
            </Typography.Title>
            <FigureMonthsTable
              rows={rows}
              unit={ind.unit}
              loading={states.fetching && !states.data}
              mobile={mobile}
            />
          </div>
        </Flex>
      ) : null}
    </Drawer>
  );
}
