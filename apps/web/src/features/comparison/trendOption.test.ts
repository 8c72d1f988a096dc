import { describe, expect, it } from 'vitest';
import { niceBounds, SERIES_COLORS } from '../../shared/charts/axis';
import { targetSteps, trendOption } from './trendOption';

const months = ['2026-01', '2026-02', '2026-03', '2026-04'];
const base = {
  months,
  targetName: '目标',
  format: (v: number) => `${v}%`,
  monthLabel: (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5))}月`,
};
type Axis = { min: number; max: number; axisLabel: { formatter(v: unknown): string } };

describe('trend chart', () => {
  it('keeps the target off the axis edge, stops percentages at 100% and uses round bounds', () => {
    const option = trendOption({
      ...base,
      percent: true,
      lines: [{ name: '翠湖苑', values: [98.6, 99.1, 99.8, 99.5] }],
      target: [98, 98, 98, 98],
    }) as { yAxis: Axis };
    expect(option.yAxis.min).toBeLessThan(98);
    expect(option.yAxis.max).toBeLessThanOrEqual(100);
    expect(option.yAxis.max).toBeGreaterThanOrEqual(99.8);
    // Round figures only: no "100.2%" or "97.6%"-style edges.
    expect(Number.isInteger(option.yAxis.min * 4)).toBe(true);
  });

  it('draws a target change as a step at the month edge, also in the last month', () => {
    expect(targetSteps([98, 98, 99, 100])).toEqual([
      [0, 98],
      [1, 98],
      [2, 98],
      [2, 99],
      [3, 99],
      [3, 100],
      [4, 100],
    ]);
    const option = trendOption({
      ...base,
      lines: [{ name: 'x', values: [1, 2, 3, 4] }],
      target: [98, 98, 99, 100],
    }) as { series: { name: string; step?: string; xAxisIndex?: number; data: unknown[] }[] };
    const target = option.series.find((s) => s.name === '目标' && s.xAxisIndex === 1)!;
    expect(target.step).toBe('end');
    // Every target value has a horizontal run: two points at the same height.
    for (const v of [98, 99, 100]) {
      const xs = (target.data as ([number, number] | null)[]).filter((p) => p?.[1] === v).map((p) => p![0]);
      expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThanOrEqual(1);
    }
  });

  it('labels months with the page’s month format', () => {
    const option = trendOption({ ...base, lines: [{ name: 'x', values: [1, 2, 3, 4] }], target: null }) as {
      xAxis: { axisLabel?: { formatter(m: string): string } }[];
    };
    expect(option.xAxis[0]!.axisLabel!.formatter('2026-11')).toBe('2026年11月');
  });

  it('gives series colours far apart', () => {
    const option = trendOption({ ...base, lines: [{ name: 'a', values: [1] }], target: null }) as {
      color: string[];
    };
    expect(option.color).toEqual([...SERIES_COLORS]);
    const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    for (let i = 0; i < SERIES_COLORS.length; i++)
      for (let j = i + 1; j < SERIES_COLORS.length; j++) {
        const [a, b] = [rgb(SERIES_COLORS[i]!), rgb(SERIES_COLORS[j]!)];
        const distance = Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
        expect(distance, `${SERIES_COLORS[i]} vs ${SERIES_COLORS[j]}`).toBeGreaterThan(60);
      }
  });

  it('never goes below zero for counts', () => {
    expect(niceBounds([0, 1, 2]).min).toBe(0);
    expect(niceBounds([99, 100], { percent: true }).max).toBe(100);
  });
});
