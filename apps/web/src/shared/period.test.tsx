import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { PeriodPicker } from './PeriodPicker';
import { convertPeriod, lastCompleteQuarter, periodBounds, periodContaining, periodOptions } from './period';

describe('period conversion', () => {
  it('names the period of each kind that holds a month', () => {
    expect(periodContaining('2025-03', 'MONTH')).toBe('2025-03');
    expect(periodContaining('2025-03', 'QUARTER')).toBe('2025-Q1');
    expect(periodContaining('2025-07', 'HALF_YEAR')).toBe('2025-H2');
    expect(periodContaining('2025-12', 'YEAR')).toBe('2025');
  });

  it('converts through the last month of the period', () => {
    expect(convertPeriod('2025-Q1', 'MONTH', '2026-11')).toBe('2025-03');
    expect(convertPeriod('2025-Q1', 'HALF_YEAR', '2026-11')).toBe('2025-H1');
    expect(convertPeriod('2025-Q3', 'YEAR', '2026-11')).toBe('2025');
    expect(convertPeriod('2025-08', 'QUARTER', '2026-11')).toBe('2025-Q3');
  });

  it('never converts into a period that starts after this month', () => {
    // The year 2026 ends in December, but this is November: the month picked is November.
    expect(convertPeriod('2026', 'MONTH', '2026-11')).toBe('2026-11');
    expect(convertPeriod('2026-H2', 'QUARTER', '2026-11')).toBe('2026-Q4');
  });

  it('defaults to the last complete quarter', () => {
    expect(lastCompleteQuarter('2026-11')).toBe('2026-Q3');
    expect(lastCompleteQuarter('2026-10')).toBe('2026-Q3');
    expect(lastCompleteQuarter('2026-09')).toBe('2026-Q2');
    expect(lastCompleteQuarter('2026-01')).toBe('2025-Q4');
  });

  it('lists choosable periods newest first, across year ends', () => {
    expect(periodOptions('QUARTER', '2026-02', 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
    expect(periodOptions('HALF_YEAR', '2026-11', 3)).toEqual(['2026-H2', '2026-H1', '2025-H2']);
    expect(periodOptions('MONTH', '2026-01', 2)).toEqual(['2026-01', '2025-12']);
    expect(periodOptions('YEAR', '2026-11', 2)).toEqual(['2026', '2025']);
  });

  it('knows the first and last month of every kind', () => {
    expect(periodBounds('2025-Q2')).toEqual({ from: '2025-04', to: '2025-06' });
    expect(periodBounds('2025-H2')).toEqual({ from: '2025-07', to: '2025-12' });
    expect(periodBounds('2025')).toEqual({ from: '2025-01', to: '2025-12' });
    expect(periodBounds('2025-02')).toEqual({ from: '2025-02', to: '2025-02' });
  });
});

function Harness({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <PeriodPicker value={value} onChange={setValue} currentMonth="2026-11" />
      <output data-testid="value">{value}</output>
    </>
  );
}

describe('PeriodPicker', () => {
  it('switches kind and keeps the same moment, with Chinese labels', async () => {
    renderWithProviders(<Harness initial="2025-Q1" />);
    expect(screen.getByTestId('value').textContent).toBe('2025-Q1');
    expect(within(screen.getByTestId('period-select')).getByText('2025年第1季度')).toBeTruthy();

    fireEvent.click(screen.getByText('月度'));
    expect(screen.getByTestId('value').textContent).toBe('2025-03');
    expect(within(screen.getByTestId('period-select')).getByText('2025年3月')).toBeTruthy();

    fireEvent.click(screen.getByText('半年'));
    expect(screen.getByTestId('value').textContent).toBe('2025-H1');
    expect(within(screen.getByTestId('period-select')).getByText('2025年上半年')).toBeTruthy();

    fireEvent.click(screen.getByText('年度'));
    expect(screen.getByTestId('value').textContent).toBe('2025');
  });
});
