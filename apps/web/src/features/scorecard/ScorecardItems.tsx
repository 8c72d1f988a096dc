import { Card, Flex, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComparedWithin, EstateScorecardQuery } from '../../gql/graphql';
import { Chart } from '../../shared/charts/Chart';
import { compareNames, compareNumbers, compareRank } from '../../shared/collate';
import { JudgementTag } from '../../shared/indicators/JudgementTag';
import { JUDGEMENTS, TONES } from '../../shared/indicators/judgement';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { sparklineOption } from './sparkline';

export type ScorecardItem = EstateScorecardQuery['estateScorecard']['items'][number];

interface Props {
  items: readonly ScorecardItem[];
  /**
   * What the rank and the reference value are computed over: the whole company, only the estates
   * the caller can see, or nothing (a caller who sees one estate gets no league at all).
   */
  comparedWithin: ComparedWithin;
  mobile: boolean;
  loading: boolean;
}

/** The reference value's label for a scope; null when there is no league to compare with. */
export function referenceLabelKey(within: ComparedWithin) {
  if (within === 'COMPANY') return 'scorecard.reference.COMPANY' as const;
  if (within === 'VISIBLE') return 'scorecard.reference.VISIBLE' as const;
  return null;
}

function Sparkline({ item, height }: { item: ScorecardItem; height: number }) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  if (!item.trend.some((p) => p.value != null))
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('scorecard.noTrend')}
      </Typography.Text>
    );
  return (
    <Chart
      style={{ height, width: '100%' }}
      option={sparklineOption(
        item.trend,
        { value: text.name(item.indicator), target: t('comparison.target') },
        (v) => text.value(v, item.indicator.unit),
      )}
    />
  );
}

/**
 * Indicator by indicator: value against target, verdict, rank and the reference value (of the
 * company or of the estates the caller can see, as `comparedWithin` says; neither for NONE), and
 * the last 12 months.
 */
export function ScorecardItems({ items, comparedWithin, mobile, loading }: Props) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const referenceKey = referenceLabelKey(comparedWithin);

  const valueText = (item: ScorecardItem) => (
    <span
      style={{
        color: item.cell.judgement === 'MISSED' ? TONES.MISSED.fg : undefined,
        fontWeight: 600,
        fontVariantNumeric: 'tabular-nums',
      }}
    >
      {text.value(item.cell.value, item.indicator.unit)}
    </span>
  );
  const rankText = (item: ScorecardItem) =>
    item.cell.rank == null ? '—' : t('scorecard.rankOf', { rank: item.cell.rank, of: item.rankOf });

  if (mobile)
    return (
      <Flex vertical gap={10} role="list">
        {items.map((item) => (
          <Card
            key={item.indicator.code}
            size="small"
            role="listitem"
            style={{ borderColor: '#eceff4' }}
            styles={{ body: { padding: 12 } }}
          >
            <Flex justify="space-between" align="flex-start" gap={8}>
              <Typography.Text strong style={{ minWidth: 0 }}>
                {text.name(item.indicator)}
              </Typography.Text>
              <JudgementTag judgement={item.cell.judgement} />
            </Flex>
            <Flex gap={12} style={{ marginTop: 6, fontSize: 12 }} wrap>
              <span>
                {valueText(item)}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 4 }}>
                  / {item.cell.target?.label ?? t('comparison.noTarget')}
                </Typography.Text>
              </span>
              {referenceKey ? (
                <>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {rankText(item)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(referenceKey)} {text.value(item.companyValue, item.indicator.unit)}
                  </Typography.Text>
                </>
              ) : null}
            </Flex>
            <div style={{ marginTop: 6 }}>
              <Sparkline item={item} height={40} />
            </div>
          </Card>
        ))}
      </Flex>
    );

  return (
    <Table<ScorecardItem>
      rowKey={(i) => i.indicator.code}
      dataSource={[...items]}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 960 }}
      showSorterTooltip={{ target: 'sorter-icon' }}
      // The catalogue's order until a header is clicked; every item of the scorecard is loaded.
      columns={[
        {
          title: t('comparison.indicator'),
          key: 'indicator',
          width: 240,
          sorter: (a, b, order) => compareNames(text.name(a.indicator), text.name(b.indicator), order),
          render: (_, i) => (
            <Tooltip title={text.description(i.indicator)} placement="topLeft">
              <span>{text.name(i.indicator)}</span>
            </Tooltip>
          ),
        },
        {
          title: t('comparison.value'),
          key: 'value',
          width: 110,
          align: 'right',
          sorter: (a, b, order) => compareNumbers(a.cell.value, b.cell.value, order),
          render: (_, i) => valueText(i),
        },
        {
          title: t('comparison.target'),
          key: 'target',
          width: 90,
          sorter: (a, b, order) => compareNumbers(a.cell.target?.value, b.cell.target?.value, order),
          render: (_, i) => i.cell.target?.label ?? t('comparison.noTarget'),
        },
        {
          title: t('comparison.judgement'),
          key: 'judgement',
          width: 90,
          sorter: (a, b) => compareRank(JUDGEMENTS, a.cell.judgement, b.cell.judgement),
          render: (_, i) => <JudgementTag judgement={i.cell.judgement} />,
        },
        ...(referenceKey
          ? ([
              {
                title: t('comparison.rank'),
                key: 'rank',
                width: 110,
                sorter: (a, b, order) => compareNumbers(a.cell.rank, b.cell.rank, order),
                render: (_, i) => rankText(i),
              },
              {
                title: t(referenceKey),
                key: 'company',
                width: 110,
                align: 'right',
                sorter: (a, b, order) => compareNumbers(a.companyValue, b.companyValue, order),
                render: (_, i) => text.value(i.companyValue, i.indicator.unit),
              },
            ] satisfies TableColumnsType<ScorecardItem>)
          : []),
        {
          title: t('scorecard.trend'),
          key: 'trend',
          width: 200,
          render: (_, i) => <Sparkline item={i} height={36} />,
        },
      ]}
    />
  );
}
