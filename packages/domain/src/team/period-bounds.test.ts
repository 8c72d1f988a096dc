import { describe, expect, it } from 'vitest';
import { periodBounds } from './dates.js';

describe('periodBounds', () => {
  it('bounds a month, a year, both, or neither', () => {
    expect(periodBounds({ month: '2028-02' })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodBounds({ year: 2026 })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodBounds({ month: '2026-12', year: 2026 })).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodBounds({ month: null, year: null })).toEqual({});
  });

  it('is null (nothing) for a month of another year', () => {
    expect(periodBounds({ month: '2025-12', year: 2026 })).toBeNull();
  });
});
