import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './echarts';

export type { ChartOption } from './echarts';

const EChart = lazy(() => import('./echarts'));

/** An ECharts chart, its library fetched on first use with a placeholder of the same height. */
export function Chart(props: EChartProps) {
  const height = props.style?.height ?? 300;
  return (
    <Suspense
      fallback={<Skeleton.Node active style={{ width: '100%', height }} className="chart-placeholder" />}
    >
      <EChart {...props} />
    </Suspense>
  );
}
