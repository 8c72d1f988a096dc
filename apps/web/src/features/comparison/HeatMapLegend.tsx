import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type LegendCounts, legendItems, metShare } from './heatMap';

/** What the colours mean, with how many cells each covers and the share of commitments met. */
export function HeatMapLegend({ counts }: { counts: LegendCounts }) {
  const { t } = useTranslation();
  const share = metShare(counts);
  return (
    <Flex gap={16} wrap align="center" data-testid="heatmap-legend" style={{ fontSize: 12 }}>
      {legendItems(counts).map(({ judgement, count, tone }) => (
        <span key={judgement} style={{ whiteSpace: 'nowrap' }}>
          <span className="heatmap-legend-swatch" style={{ background: tone.bg, marginInlineEnd: 6 }} />
          {t(`judgement.${judgement}`)}
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 4 }}>
            {count}
          </Typography.Text>
        </span>
      ))}
      {share != null ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('comparison.heatmap.metShare', { share })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
