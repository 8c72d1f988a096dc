import type { Judgement } from '../../gql/graphql';
import { niceBounds, SERIES_COLORS } from '../../shared/charts/axis';
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
  /** Month labels of the x axis, in the page's one month format. */
  monthLabel(month: string): string;
  /** Percentages: the axis stops at 100% when the data does. */
  percent?: boolean;
  height?: 'normal' | 'small';
}

const TARGET_COLOR = '#8a6d00';
/** The pooled series (合计) in the page's ink colour, so it never gets the palette's pale yellow. */
const POOLED_COLOR = '#3f4652';

/**
 * The target in force each month as steps over a hidden value axis where month i spans [i, i+1]:
 * each target covers its whole month and a change is a step at the month's edge, even in the last
 * month (on the category axis alone the last change was a lone vertical line).
 */
export function targetSteps(target: readonly (number | null)[]): (readonly [number, number] | null)[] {
  const out: (readonly [number, number] | null)[] = [];
  target.forEach((v, i) => {
    if (v == null) {
      out.push(null);
      return;
    }
    out.push([i, v]);
    // Close the segment at the month's end when the next month has another target or none.
    if (target[i + 1] !== v) out.push([i + 1, v]);
  });
  return out;
}

/** Monthly values as lines, with the target as a dashed step line (targets change from a month on). */
export function trendOption({
  months,
  lines,
  target,
  targetName,
  format,
  monthLabel,
  percent = false,
  height = 'normal',
}: Params): ChartOption {
  const many = lines.length > 1;
  const hasTarget = target?.some((v) => v != null) ?? false;
  const legend = many || hasTarget;
  const bounds = niceBounds([...lines.flatMap((l) => l.values), ...(hasTarget ? (target ?? []) : [])], {
    percent,
  });
  return {
    animation: false,
    color: [...SERIES_COLORS],
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
    xAxis: [
      {
        type: 'category',
        data: [...months],
        boundaryGap: true,
        axisLabel: { fontSize: 11, hideOverlap: true, formatter: (m: string) => monthLabel(m) },
      },
      // Month i spans [i, i+1] here, exactly the band of the category axis: for the target steps.
      { type: 'value', min: 0, max: Math.max(months.length, 1), show: false },
    ],
    yAxis: {
      type: 'value',
      min: bounds.min,
      max: bounds.max,
      interval: bounds.interval,
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
              xAxisIndex: 1,
              step: 'end',
              symbol: 'none',
              connectNulls: false,
              color: TARGET_COLOR,
              lineStyle: { type: 'dashed', width: 1.5, color: TARGET_COLOR },
              data: targetSteps(target),
              z: 1,
            },
            // The same targets by month on the category axis, invisible: for the axis tooltip.
            {
              type: 'line',
              name: targetName,
              symbol: 'none',
              color: TARGET_COLOR,
              lineStyle: { opacity: 0 },
              data: [...target],
              silent: true,
            },
          ]
        : []),
    ],
  };
}
