import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Judgement } from '../../gql/graphql';
import { TONES } from '../../shared/indicators/judgement';
import { renderWithProviders } from '../../test/render';
import { HeatMap } from './HeatMap';
import { HeatMapLegend } from './HeatMapLegend';
import { cellTone, legendCounts, legendItems, type Matrix, metShare } from './heatMap';

const target = (value: number) => ({
  __typename: 'TargetValue' as const,
  op: 'AT_LEAST' as const,
  value,
  label: `≥${value}%`,
});

function cell(code: string, value: number | null, judgement: Judgement, t: number | null = 98) {
  return {
    indicatorCode: code,
    value,
    per1000: null,
    numerator: null,
    denominator: null,
    months: value == null ? 0 : 3,
    target: t == null ? null : target(t),
    judgement,
    rank: null,
  };
}

const indicators = [
  {
    code: 'house_intact',
    nameZh: '房屋完好率',
    nameEn: 'Housing intact rate',
    unit: 'PERCENT' as const,
    direction: 'AT_LEAST' as const,
    numeratorLabel: '完好房屋数',
    denominatorLabel: '检查房屋数',
    descriptionZh: '完好房屋数 / 检查房屋数',
  },
  {
    code: 'drainage_intact',
    nameZh: '雨水井、污水井、化粪池、沙井完好率',
    nameEn: 'Wells and drains intact rate',
    unit: 'PERCENT' as const,
    direction: 'AT_LEAST' as const,
    numeratorLabel: '完好井',
    denominatorLabel: '检查井',
    descriptionZh: '完好井 / 检查井',
  },
];

const aggregate = (name: string) => ({
  regionId: null,
  name,
  estateCount: 2,
  cells: [
    {
      indicatorCode: 'house_intact',
      value: 98.6,
      target: target(98),
      judgement: 'MET' as const,
      metCount: 1,
      missedCount: 1,
    },
    {
      indicatorCode: 'drainage_intact',
      value: null,
      target: null,
      judgement: 'NO_TARGET' as const,
      metCount: 0,
      missedCount: 0,
    },
  ],
});

const matrix: Matrix = {
  period: '2026-Q3',
  months: ['2026-07', '2026-08', '2026-09'],
  indicators,
  rows: [
    {
      estateId: 'e1',
      estateName: '翠湖苑',
      estateCode: 'HZ-CHY',
      regionId: 'r1',
      regionName: '华东',
      households: 1286,
      metCount: 1,
      missedCount: 0,
      noDataCount: 0,
      metRate: 100,
      rank: 1,
      cells: [cell('house_intact', 99.2, 'MET'), cell('drainage_intact', 97, 'NO_TARGET', null)],
    },
    {
      estateId: 'e2',
      estateName: '金桂园',
      estateCode: 'SZ-JGY',
      regionId: 'r1',
      regionName: '华东',
      households: 964,
      metCount: 0,
      missedCount: 1,
      noDataCount: 1,
      metRate: 0,
      rank: 2,
      cells: [cell('house_intact', 96.5, 'MISSED'), cell('drainage_intact', null, 'NO_DATA')],
    },
  ],
  regions: [{ ...aggregate('华东'), regionId: 'r1' }],
  company: aggregate('安居物业'),
};

describe('heat-map colouring and legend', () => {
  it('colours met green, missed red, no data grey and no target neutral', () => {
    expect(cellTone('MET')).toEqual(TONES.MET);
    expect(cellTone('MISSED').bg).toBe('#fad9d9');
    expect(cellTone('NO_DATA').bg).toBe('#eceef2');
    expect(cellTone('NO_TARGET').bg).toBe('#ffffff');
    // Four distinct backgrounds: no class can be mistaken for another.
    expect(new Set(Object.values(TONES).map((t) => t.bg)).size).toBe(4);
  });

  it('counts estate cells per judgement and leaves empty classes out of the legend', () => {
    const counts = legendCounts(matrix.rows);
    expect(counts).toEqual({ MET: 1, MISSED: 1, NO_DATA: 1, NO_TARGET: 1 });
    const onlyMet = legendCounts([{ cells: [cell('a', 99, 'MET'), cell('b', 99, 'MET')] }]);
    expect(legendItems(onlyMet).map((i) => i.judgement)).toEqual(['MET']);
  });

  it('shares met among judged cells only, and none when nothing was judged', () => {
    expect(metShare({ MET: 3, MISSED: 1, NO_DATA: 10, NO_TARGET: 5 })).toBe(75);
    expect(metShare({ MET: 0, MISSED: 0, NO_DATA: 8, NO_TARGET: 2 })).toBeNull();
  });

  it('renders the legend with counts and the met share', () => {
    renderWithProviders(<HeatMapLegend counts={legendCounts(matrix.rows)} />);
    const legend = screen.getByTestId('heatmap-legend');
    expect(legend.textContent).toContain('达标1');
    expect(legend.textContent).toContain('未达标1');
    expect(legend.textContent).toContain('无数据1');
    expect(legend.textContent).toContain('承诺达标率 50%');
  });

  it('draws every cell in its colour with value and unit, short headers and aggregate rows', () => {
    const onCellClick = vi.fn();
    renderWithProviders(<HeatMap matrix={matrix} onCellClick={onCellClick} />);
    const table = screen.getByTestId('heatmap');

    const missed = within(table).getByRole('button', { name: /金桂园 房屋完好率：96.5%，目标 ≥98%，未达标/ });
    expect(missed.textContent).toBe('96.5%');
    expect(missed.getAttribute('data-judgement')).toBe('MISSED');
    expect(missed.style.background).toBe(TONES.MISSED.bg);

    const met = within(table).getByRole('button', { name: /翠湖苑 房屋完好率/ });
    expect(met.style.background).toBe(TONES.MET.bg);
    const noData = within(table).getByRole('button', { name: /金桂园 雨水井/ });
    expect(noData.textContent).toBe('—');
    expect(noData.style.background).toBe(TONES.NO_DATA.bg);

    // The long name becomes a short header; the full name stays accessible.
    expect(
      within(table).getByRole('columnheader', { name: '雨水井、污水井、化粪池、沙井完好率' }).textContent,
    ).toBe('井类完好');
    // Region and company rows close the table.
    expect(within(table).getByRole('rowheader', { name: /^合计/ })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: /^华东/ })).toBeTruthy();

    // Hovering explains the cell: value with unit, the target in force and the verdict.
    fireEvent.mouseOver(missed);
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('金桂园 · 房屋完好率');
    expect(tip.textContent).toContain('数值：96.5%');
    expect(tip.textContent).toContain('目标：≥98%');
    expect(tip.textContent).toContain('评价：未达标');
    fireEvent.mouseLeave(table);
    expect(screen.queryByRole('tooltip')).toBeNull();

    fireEvent.click(missed);
    expect(onCellClick).toHaveBeenCalledWith(
      matrix.rows[1],
      indicators[0],
      expect.objectContaining({ judgement: 'MISSED' }),
    );
  });
});
