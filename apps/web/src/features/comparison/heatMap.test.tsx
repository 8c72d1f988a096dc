import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TONES } from '../../shared/indicators/judgement';
import { chineseIn, renderWithProviders } from '../../test/render';
import { HeatMap } from './HeatMap';
import { HeatMapLegend } from './HeatMapLegend';
import { cellTone, cellView, legendCounts, legendItems, type Matrix, metShare } from './heatMap';

const target = (value: number, op: 'AT_LEAST' | 'AT_MOST' = 'AT_LEAST', unit = '%') => ({
  op,
  value,
  label: `${op === 'AT_LEAST' ? '≥' : '≤'}${value}${unit}`,
});

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
  {
    code: 'fire_count',
    nameZh: '火灾发生率（管理原因）',
    nameEn: 'Fires (management-caused)',
    unit: 'COUNT' as const,
    direction: 'AT_MOST' as const,
    numeratorLabel: '火灾次数',
    denominatorLabel: null,
    descriptionZh: '管理原因引起的火灾次数',
  },
];

/** Column targets of the company: drainage has none, fires at most 2. */
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
      value: 97,
      target: null,
      judgement: 'NO_TARGET' as const,
      metCount: 0,
      missedCount: 0,
    },
    {
      indicatorCode: 'fire_count',
      value: 1.5,
      target: target(2, 'AT_MOST', ''),
      judgement: 'MET' as const,
      metCount: 1,
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
      households: 1500,
      metCount: 2,
      missedCount: 0,
      noDataCount: 0,
      metRate: 100,
      rank: 1,
      // Its own target of 99 % for houses replaces the company's 98 %.
      values: [99.2, 97, 3],
      judgements: ['MET', 'NO_TARGET', 'MISSED'],
      ranks: [1, 1, 2],
      monthCounts: [3, 3, 2],
      ownTargets: [{ indicatorCode: 'house_intact', target: target(99) }],
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
      // Its own drainage target is in force, but no figures came in; fires: its own setting
      // removed the company's target (listed with a null target), so the judgement says NO_TARGET.
      values: [96.5, null, 0],
      judgements: ['MISSED', 'NO_DATA', 'NO_TARGET'],
      ranks: [2, null, 1],
      monthCounts: [3, 0, 3],
      ownTargets: [
        { indicatorCode: 'drainage_intact', target: target(95) },
        { indicatorCode: 'fire_count', target: null },
      ],
    },
  ],
  regions: [{ ...aggregate('华东'), regionId: 'r1' }],
  company: aggregate('安居物业'),
};

const [e1, e2] = matrix.rows as [Matrix['rows'][number], Matrix['rows'][number]];

describe('cells from the compact row lists', () => {
  it('takes value, judgement, rank and months from the lists at the column index', () => {
    expect(cellView(matrix, e1, 0)).toEqual({
      value: 99.2,
      judgement: 'MET',
      rank: 1,
      months: 3,
      target: target(99),
      per1000: null,
    });
    expect(cellView(matrix, e2, 0)).toMatchObject({ value: 96.5, judgement: 'MISSED', rank: 2, months: 3 });
    expect(cellView(matrix, e1, 3)).toBeNull();
  });

  it("uses the estate's own target where it has one, the column's company target otherwise", () => {
    expect(cellView(matrix, e1, 0)?.target?.label).toBe('≥99%');
    expect(cellView(matrix, e2, 0)?.target?.label).toBe('≥98%');
    expect(cellView(matrix, e1, 2)?.target?.label).toBe('≤2');
    // An own target also where the column has none.
    expect(cellView(matrix, e2, 1)?.target?.label).toBe('≥95%');
    // No target in force for the estate (none in the column, or its own setting removed it).
    expect(cellView(matrix, e1, 1)?.target).toBeNull();
    expect(cellView(matrix, e2, 2)?.target).toBeNull();
  });

  it('gives per 1,000 households for counts only', () => {
    expect(cellView(matrix, e1, 2)?.per1000).toBe(2);
    expect(cellView(matrix, e2, 2)?.per1000).toBe(0);
    expect(cellView(matrix, e1, 0)?.per1000).toBeNull();
    expect(cellView(matrix, e1, 1)?.per1000).toBeNull();
  });

  it('keeps a cell without data as the judgements say, with no value, rank or per 1,000', () => {
    expect(cellView(matrix, e2, 1)).toEqual({
      value: null,
      judgement: 'NO_DATA',
      rank: null,
      months: 0,
      target: target(95),
      per1000: null,
    });
    const noFires: typeof e1 = {
      ...e1,
      values: [99.2, 97, null],
      judgements: ['MET', 'NO_TARGET', 'NO_DATA'],
    };
    expect(cellView(matrix, noFires, 2)).toMatchObject({
      value: null,
      judgement: 'NO_DATA',
      per1000: null,
      target: target(2, 'AT_MOST', ''),
    });
  });
});

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
    expect(counts).toEqual({ MET: 1, MISSED: 2, NO_DATA: 1, NO_TARGET: 2 });
    const onlyMet = legendCounts([{ judgements: ['MET', 'MET'] }]);
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
    expect(legend.textContent).toContain('未达标2');
    expect(legend.textContent).toContain('无数据1');
    expect(legend.textContent).toContain('承诺达标率 33.3%');
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
    expect(tip.textContent).toContain('排名：第 2 / 2 名');
    expect(tip.textContent).toContain('有数据月数：3 / 3');
    expect(tip.textContent).not.toContain('每千户');
    fireEvent.mouseLeave(table);
    expect(screen.queryByRole('tooltip')).toBeNull();

    // The estate's own target, in the label and the tip; counts also per 1,000 households.
    const own = within(table).getByRole('button', { name: /翠湖苑 房屋完好率：99.2%，目标 ≥99%，达标/ });
    fireEvent.mouseOver(own);
    expect(screen.getByRole('tooltip').textContent).toContain('目标：≥99%');
    const fires = within(table).getByRole('button', {
      name: /翠湖苑 火灾发生率（管理原因）：3，目标 ≤2，未达标/,
    });
    fireEvent.mouseOver(fires);
    expect(screen.getByRole('tooltip').textContent).toContain('每千户：2');
    expect(screen.getByRole('tooltip').textContent).toContain('有数据月数：2 / 3');
    fireEvent.mouseLeave(table);

    fireEvent.click(missed);
    expect(onCellClick).toHaveBeenCalledWith(matrix.rows[1], indicators[0]);
  });
});

describe('the heat map in English', () => {
  // The same matrix with Latin names for the data (estate, region and company names are what
  // users typed); the indicators keep the Chinese labels and descriptions the API sends.
  const english: Matrix = {
    ...matrix,
    rows: matrix.rows.map((r, i) => ({ ...r, estateName: `Estate ${i + 1}`, regionName: 'East' })),
    regions: matrix.regions.map((r) => ({ ...r, name: 'East' })),
    company: { ...matrix.company, name: 'Anju' },
  };

  it('shows no Chinese in headers, rows, totals, legend or tips', () => {
    renderWithProviders(
      <>
        <HeatMapLegend counts={legendCounts(english.rows)} />
        <HeatMap matrix={english} onCellClick={() => {}} />
      </>,
      { lang: 'en-US' },
    );
    const table = screen.getByTestId('heatmap');
    expect(
      within(table).getByRole('columnheader', { name: 'Wells and drains intact rate' }).textContent,
    ).toBe('Wells');
    expect(chineseIn(document.body)).toEqual([]);

    // The cell tip, and the column header's tip with the description.
    fireEvent.mouseOver(within(table).getByRole('button', { name: /Estate 2 Housing intact rate/ }));
    expect(screen.getByRole('tooltip').textContent).toContain('Estate 2 · Housing intact rate');
    expect(chineseIn(document.body)).toEqual([]);
    fireEvent.mouseLeave(table);
    fireEvent.mouseEnter(within(table).getByRole('columnheader', { name: 'Housing intact rate' }));
    return waitFor(() => {
      expect(document.body.textContent).toContain('Intact houses / Houses inspected');
      expect(chineseIn(document.body)).toEqual([]);
    });
  });
});
