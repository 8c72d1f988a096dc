import { screen } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChartOption } from '../../shared/charts/Chart';
import { chineseIn, renderWithProviders } from '../../test/render';
import type { Matrix } from './heatMap';
import { TrendsPanel } from './TrendsPanel';

// No canvas in happy-dom: the chart shows what the legend and the axis tooltip are made of, the
// series' names (neither sets its own names, so ECharts takes them from the series).
vi.mock('../../shared/charts/Chart', () => ({
  Chart: ({ option }: { option: ChartOption }) => {
    const { series, legend, tooltip } = option as {
      series: { name: string }[];
      legend?: { data?: unknown };
      tooltip?: { formatter?: unknown };
    };
    return (
      <ul
        data-testid="chart"
        data-legend-data={String(legend?.data !== undefined)}
        data-tooltip-formatter={String(tooltip?.formatter !== undefined)}
      >
        {[...new Set(series.map((s) => s.name))].map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    );
  },
}));

afterEach(() => vi.unstubAllGlobals());

const target = { __typename: 'TargetValue', op: 'AT_LEAST', value: 98, label: '≥98%' };
const points = (values: (number | null)[]) =>
  values.map((value, i) => ({
    __typename: 'TrendPoint',
    month: `2026-${String(i + 9).padStart(2, '0')}`,
    value,
    target,
    judgement: value == null ? 'NO_DATA' : value >= 98 ? 'MET' : 'MISSED',
  }));

const matrix = {
  period: '2026-11',
  months: ['2026-11'],
  indicators: [
    {
      code: 'house_intact',
      nameZh: '房屋完好率',
      nameEn: 'Housing intact rate',
      unit: 'PERCENT',
      direction: 'AT_LEAST',
      numeratorLabel: '完好房屋数',
      denominatorLabel: '检查房屋数',
      descriptionZh: null,
    },
  ],
  rows: [
    { estateId: 'e1', estateName: 'Lakeside', judgements: ['MISSED'] },
    { estateId: 'e2', estateName: 'Riverside', judgements: ['MET'] },
  ],
} as unknown as Matrix;

describe('TrendsPanel', () => {
  it('names the pooled series (estateId null) Total in English, never the API’s 合计', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              data: {
                indicatorTrend: [
                  {
                    __typename: 'TrendSeries',
                    estateId: 'e1',
                    estateName: 'Lakeside',
                    indicatorCode: 'house_intact',
                    points: points([97, 99, 98.5]),
                  },
                  {
                    __typename: 'TrendSeries',
                    estateId: 'e2',
                    estateName: 'Riverside',
                    indicatorCode: 'house_intact',
                    points: points([99, null, 99]),
                  },
                  {
                    __typename: 'TrendSeries',
                    estateId: null,
                    estateName: '合计',
                    indicatorCode: 'house_intact',
                    points: points([98, 99, 98.7]),
                  },
                ],
              },
            }),
            { headers: { 'content-type': 'application/json' } },
          ),
      ),
    );
    const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
    const { container } = renderWithProviders(
      <Provider value={client}>
        <TrendsPanel matrix={matrix} endMonth="2026-11" />
      </Provider>,
      { lang: 'en-US' },
    );
    const chart = await screen.findByTestId('chart');
    expect([...chart.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Lakeside',
      'Riverside',
      'Total',
      'Target',
    ]);
    // Legend and tooltip take the series' names: nothing overrides them with other labels.
    expect(chart.dataset.legendData).toBe('false');
    expect(chart.dataset.tooltipFormatter).toBe('false');
    expect(chineseIn(container)).toEqual([]);
  });
});
