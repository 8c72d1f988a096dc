import { describe, expect, it } from 'vitest';
import { addDaysToDate, isIsoDate } from './dates.js';
import type { AuditTemplateItem } from './types.js';
import { findingSeverity, rectificationDueAt, recurrenceDates } from './workflow.js';

const item = (maxScore: number, critical = false): AuditTemplateItem => ({
  key: 'x-01',
  title: '项目',
  standard: '标准',
  titleEn: 'Item',
  standardEn: 'Standard',
  maxScore,
  critical,
});

describe('finding severity and due dates', () => {
  it('a failed critical item is CRITICAL, a FAIL or a low score MAJOR, a near miss MINOR', () => {
    expect(findingSeverity(item(10, true), { kind: 'SCORE', score: 9 })).toBe('CRITICAL');
    expect(findingSeverity(item(10), { kind: 'FAIL' })).toBe('MAJOR');
    expect(findingSeverity(item(10), { kind: 'SCORE', score: 4.5 })).toBe('MAJOR');
    expect(findingSeverity(item(10), { kind: 'SCORE', score: 5 })).toBe('MINOR');
  });

  it('due dates count whole days from the moment the finding is raised, across a year end', () => {
    const raised = new Date('2026-12-30T10:00:00Z');
    expect(rectificationDueAt('CRITICAL', raised).toISOString()).toBe('2027-01-02T10:00:00.000Z');
    expect(rectificationDueAt('MINOR', raised).toISOString()).toBe('2027-01-14T10:00:00.000Z');
  });
});

describe('recurring estate checks', () => {
  it('daily, semi-monthly and monthly dates across a leap February', () => {
    expect(recurrenceDates('SELF_CHECK', '2028-02-27', '2028-03-01')).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(recurrenceDates('SEMI_MONTHLY', '2026-12-02', '2027-01-31')).toEqual([
      '2026-12-16',
      '2027-01-01',
      '2027-01-16',
    ]);
    expect(recurrenceDates('MONTHLY', '2026-12-01', '2027-02-28')).toEqual([
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
    ]);
  });

  it('dates are checked and added as calendar dates', () => {
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(addDaysToDate('2026-12-31', 1)).toBe('2027-01-01');
  });
});
