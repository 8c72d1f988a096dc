import type { Judgement } from '../../gql/graphql';
import type { ChartOption } from '../../shared/charts/Chart';
import { TONES } from '../../shared/indicators/judgement';

interface Point {
  month: string;
  value: number | null;
  judgement: Judgement;
  target: { value: number } | null;
}

/** A 12-month sparkline: the line, its target dashed, missed months as red dots. */
export function sparklineOption(
  points: readonly Point[],
  names: { value: string; target: string },
  format: (v: number) => string,
): ChartOption {
  const values = points.map((p) => p.value).filter((v): v is number => v != null);
  const targets = points.map((p) => p.target?.value ?? null).filter((v): v is number => v != null);
  const all = [...values, ...targets];
  const min = all.length ? Math.min(...all) : 0;
  const max = all.length ? Math.max(...all) : 1;
  const pad = (max - min || Math.abs(max) || 1) * 0.15;
  return {
    animation: false,
    grid: { left: 2, right: 2, top: 4, bottom: 4 },
    xAxis: { type: 'category', show: false, data: points.map((p) => p.month), boundaryGap: false },
    yAxis: { type: 'value', show: false, min: min - pad, max: max + pad },
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : '—'),
    },
    series: [
      {
        type: 'line',
        name: names.value,
        data: points.map((p) =>
          p.value == null
            ? null
            : {
                value: p.value,
                symbolSize: p.judgement === 'MISSED' ? 5 : 0,
                itemStyle: { color: p.judgement === 'MISSED' ? TONES.MISSED.fg : '#1f4fd1' },
              },
        ),
        showSymbol: true,
        symbol: 'circle',
        lineStyle: { width: 1.5, color: '#1f4fd1' },
        connectNulls: false,
      },
      {
        type: 'line',
        name: names.value,
        data: points.map((p) => p.target?.value ?? null),
        step: 'end',
        symbol: 'none',
        lineStyle: { width: 1, type: 'dashed', color: '#8a6d00' },
        silent: true,
      },
    ],
  };
}
