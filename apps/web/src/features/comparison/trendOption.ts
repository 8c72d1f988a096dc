import type { Judgement } from '../../gql/graphql';
import type { ChartOption } from '../../shared/charts/Chart';
import { TONES } from '../../shared/indicators/judgement';

export interface TrendLine {
  name: string;
  values: readonly (number | null)[];
  /** Colours each point by its verdict (single-estate charts). */
  judgements?: readonly Judgement[];
  /** A pooled series (合计) is drawn dashed. */
  pooled?: boolean;
}

interface Params {
  months: readonly string[];
  lines: readonly TrendLine[];
  /** The target in force each month (it may change); null months have none. */
  target: readonly (number | null)[] | null;
  targetName: string;
  format(value: number): string;
  height?: 'normal' | 'small';
}

const TARGET_COLOR = '#8a6d00';
/** The pooled series (合计) in the page's ink colour, so it never gets the palette's pale yellow. */
const POOLED_COLOR = '#3f4652';

/** Monthly values as lines, with the target as a dashed step line (targets change from a month on). */
export function trendOption({
  months,
  lines,
  target,
  targetName,
  format,
  height = 'normal',
}: Params): ChartOption {
  const many = lines.length > 1;
  const hasTarget = target?.some((v) => v != null) ?? false;
  const legend = many || hasTarget;
  return {
    animation: false,
    grid: {
      left: 8,
      right: 16,
      top: 16,
      bottom: legend ? (height === 'small' ? 28 : 36) : 8,
      containLabel: true,
    },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : '—'),
    },
    legend: legend
      ? { type: 'scroll', bottom: 0, itemWidth: 16, itemHeight: 8, textStyle: { fontSize: 11 } }
      : undefined,
    xAxis: {
      type: 'category',
      data: [...months],
      boundaryGap: false,
      axisLabel: { fontSize: 11, formatter: (m: string) => m.slice(2) },
    },
    yAxis: {
      type: 'value',
      scale: true,
      splitNumber: 4,
      axisLabel: { fontSize: 11, formatter: (v: number) => format(v) },
    },
    series: [
      ...lines.map((line) => ({
        type: 'line',
        name: line.name,
        connectNulls: false,
        showSymbol: true,
        symbolSize: line.judgements ? 7 : 5,
        lineStyle: line.pooled ? { type: 'dashed', width: 2.5, color: POOLED_COLOR } : { width: 2 },
        ...(line.pooled ? { color: POOLED_COLOR } : {}),
        data: line.values.map((v, i) => {
          const j = line.judgements?.[i];
          if (v == null || !j || (j !== 'MET' && j !== 'MISSED')) return v;
          return { value: v, itemStyle: { color: TONES[j].fg } };
        }),
      })),
      ...(hasTarget && target
        ? [
            {
              type: 'line',
              name: targetName,
              step: 'end',
              symbol: 'none',
              color: TARGET_COLOR,
              lineStyle: { type: 'dashed', width: 1.5, color: TARGET_COLOR },
              data: [...target],
              z: 1,
            },
          ]
        : []),
    ],
  };
}
