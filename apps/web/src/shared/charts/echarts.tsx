import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
// The ESM core entry: the package's CommonJS main breaks under Vite 8.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { CSSProperties } from 'react';

// Only what the pages draw (lines with a target line), so the chart chunk stays small.
echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export interface EChartProps {
  option: ChartOption;
  style?: CSSProperties;
  className?: string;
}

/** An ECharts canvas; loaded on demand through `Chart` so pages without charts do not pay for it. */
export default function EChart({ option, style, className }: EChartProps) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      lazyUpdate
      style={style}
      className={className}
      opts={{ renderer: 'canvas' }}
    />
  );
}
