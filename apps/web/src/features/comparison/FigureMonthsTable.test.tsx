import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { columnTexts, sortBy } from '../../test/table';
import { type FigureMonthRow, FigureMonthsTable } from './FigureMonthsTable';

const row = (month: string, value: number | null): FigureMonthRow =>
  ({
    month,
    point:
      value == null
        ? undefined
        : { month, value, judgement: 'MET', target: { op: 'AT_LEAST', value: 98, label: '≥98%' } },
    latest: null,
    revisions: 0,
  }) as FigureMonthRow;

// Newest first, as the drawer lists them.
const rows = [row('2026-11', 99.5), row('2026-10', null), row('2026-02', 100), row('2025-12', 9.5)];

describe('FigureMonthsTable', () => {
  it('shows months in the page’s month format and sorts them chronologically on a click', () => {
    renderWithProviders(<FigureMonthsTable rows={rows} unit="PERCENT" loading={false} mobile={false} />);
    expect(columnTexts(0)).toEqual(['2026年11月', '2026年10月', '2026年2月', '2025年12月']);
    sortBy('月份');
    expect(columnTexts(0)).toEqual(['2025年12月', '2026年2月', '2026年10月', '2026年11月']);
  });

  it('sorts values as numbers (9.5 before 99.5), months without one last either way', () => {
    renderWithProviders(<FigureMonthsTable rows={rows} unit="PERCENT" loading={false} mobile={false} />);
    sortBy('数值');
    expect(columnTexts(1)).toEqual(['9.5%', '99.5%', '100%', '—']);
    sortBy('数值');
    expect(columnTexts(1)).toEqual(['100%', '99.5%', '9.5%', '—']);
  });

  it('says Jan 2026 style months in English', () => {
    renderWithProviders(<FigureMonthsTable rows={rows} unit="PERCENT" loading={false} mobile={false} />, {
      lang: 'en-US',
    });
    expect(columnTexts(0)[0]).toBe('Nov 2026');
  });
});
