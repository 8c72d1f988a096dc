import { Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type {
  FigureFieldsFragment,
  FigureState,
  IndicatorTrendQuery,
  IndicatorUnit,
} from '../../gql/graphql';
import { compareDates, compareNumbers, compareRank } from '../../shared/collate';
import { FigureStateTag } from '../../shared/indicators/FigureStateTag';
import { JudgementTag } from '../../shared/indicators/JudgementTag';
import { JUDGEMENTS } from '../../shared/indicators/judgement';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { usePeriodLabel } from '../../shared/usePeriodLabel';

type TrendPoint = IndicatorTrendQuery['indicatorTrend'][number]['points'][number];

/** One month of one estate's indicator: the approved point (if any) and the latest revision. */
export interface FigureMonthRow {
  month: string;
  point: TrendPoint | undefined;
  latest: FigureFieldsFragment | null;
  revisions: number;
}

const STATE_ORDER: readonly FigureState[] = ['APPROVED', 'SUBMITTED', 'REJECTED', 'DRAFT'];

const monthValue = (r: FigureMonthRow) => r.point?.value ?? r.latest?.value ?? null;

interface Props {
  rows: readonly FigureMonthRow[];
  unit: IndicatorUnit;
  loading: boolean;
  mobile: boolean;
}

/**
 * The reporting state of the last months, newest first; every column sorts (months chronologically,
 * in the page's one month format, values as numbers, blanks last).
 */
export function FigureMonthsTable({ rows, unit, loading, mobile }: Props) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const periodLabel = usePeriodLabel();
  const columns: ColumnsType<FigureMonthRow> = [
    {
      title: t('comparison.history.month'),
      dataIndex: 'month',
      width: 100,
      sorter: (a, b, order) => compareDates(a.month, b.month, order),
      render: (m: string) => periodLabel(m),
    },
    {
      title: t('comparison.value'),
      key: 'value',
      align: 'right',
      sorter: (a, b, order) => compareNumbers(monthValue(a), monthValue(b), order),
      render: (_, r) => text.value(monthValue(r), unit),
    },
    {
      title: t('comparison.target'),
      key: 'target',
      responsive: ['md'],
      sorter: (a, b, order) => compareNumbers(a.point?.target?.value, b.point?.target?.value, order),
      render: (_, r) => r.point?.target?.label ?? '—',
    },
    {
      title: t('comparison.judgement'),
      key: 'judgement',
      sorter: (a, b) => compareRank([...JUDGEMENTS, undefined], a.point?.judgement, b.point?.judgement),
      render: (_, r) => (r.point ? <JudgementTag judgement={r.point.judgement} /> : null),
    },
    {
      title: t('comparison.history.state'),
      key: 'state',
      sorter: (a, b) => compareRank([...STATE_ORDER, undefined], a.latest?.state, b.latest?.state),
      render: (_, r) =>
        r.latest ? (
          <Flex gap={4} align="center" wrap>
            <FigureStateTag state={r.latest.state} reason={r.latest.rejectReason} />
            {r.revisions > 1 ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('comparison.history.revisions', { count: r.revisions })}
              </Typography.Text>
            ) : null}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('comparison.history.notReported')}</Typography.Text>
        ),
    },
  ];
  return (
    <Table<FigureMonthRow>
      size="small"
      rowKey="month"
      pagination={false}
      loading={loading}
      dataSource={[...rows]}
      scroll={mobile ? undefined : { x: 520 }}
      columns={columns}
      showSorterTooltip={{ target: 'sorter-icon' }}
    />
  );
}
