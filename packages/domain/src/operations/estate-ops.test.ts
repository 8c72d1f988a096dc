import { describe, expect, it } from 'vitest';
import { check } from '../validation/adapter.js';
import {
  createFacilityCheckInput,
  createIncidentInput,
  saveFeeCollectionInput,
} from '../validation/schemas/estate-ops.js';
import {
  facilityFigure,
  feeFigure,
  formatFen,
  incidentFigure,
  parseYuan,
  serviceActiveOn,
  servicesFigure,
} from './estate-ops.js';

describe('money in fen', () => {
  it('parses yuan text exactly and formats it back', () => {
    expect(parseYuan('1234.5')).toBe(123450);
    expect(parseYuan('0.07')).toBe(7);
    expect(parseYuan('1,000')).toBe(100000);
    expect(parseYuan('0.1')).toBe(10);
    expect(parseYuan('1.234')).toBeNull();
    expect(parseYuan('-1')).toBeNull();
    expect(parseYuan('1e3')).toBeNull();
    expect(formatFen(123450)).toBe('1234.50');
    expect(formatFen(7)).toBe('0.07');
  });
});

describe('figures', () => {
  it('fee collection is collected / receivable in yuan, null without a record', () => {
    expect(feeFigure([{ receivableFen: 100000, collectedFen: 96550 }])).toEqual({
      numerator: 965.5,
      denominator: 1000,
    });
    expect(feeFigure([])).toBeNull();
  });

  it('incidents: counts are figures at zero, rates need households, handling needs violations', () => {
    const i = [
      { kind: 'FIRE_ALARM', managementCaused: false, handled: false },
      { kind: 'FIRE', managementCaused: true, handled: true },
      { kind: 'FIRE', managementCaused: false, handled: true },
      { kind: 'SECURITY_CASE', managementCaused: false, handled: true },
      { kind: 'VIOLATION', managementCaused: false, handled: true },
      { kind: 'VIOLATION', managementCaused: false, handled: false },
    ] as const;
    expect(incidentFigure('fire_alarm_rate', i, 500)).toEqual({ numerator: 1, denominator: 500 });
    expect(incidentFigure('fire_alarm_rate', i, 0)).toBeNull();
    expect(incidentFigure('fire_count', i, 500)).toEqual({ numerator: 1, denominator: null });
    expect(incidentFigure('security_cases', i, 500)).toEqual({ numerator: 0, denominator: null });
    expect(incidentFigure('major_criminal_cases', [], 500)).toEqual({ numerator: 0, denominator: null });
    expect(incidentFigure('violation_rate', i, 500)).toEqual({ numerator: 2, denominator: 500 });
    expect(incidentFigure('violation_handled', i, 500)).toEqual({ numerator: 1, denominator: 2 });
    expect(incidentFigure('violation_handled', [], 500)).toBeNull();
  });

  it('intact rates sum the month’s checks; the menu counts services on the last day', () => {
    expect(
      facilityFigure([
        { itemsChecked: 10, itemsIntact: 9 },
        { itemsChecked: 5, itemsIntact: 5 },
      ]),
    ).toEqual({ numerator: 14, denominator: 15 });
    expect(facilityFigure([])).toBeNull();
    const menu = [
      { activeFrom: '2025-01-01', activeUntil: null },
      { activeFrom: '2025-01-01', activeUntil: '2025-03-30' },
      { activeFrom: '2025-03-31', activeUntil: null },
    ];
    expect(serviceActiveOn(menu[1]!, '2025-03-30')).toBe(true);
    expect(servicesFigure(menu, '2025-03-31')).toEqual({ numerator: 2, denominator: null });
    expect(servicesFigure(menu, '2025-02-28')).toEqual({ numerator: 2, denominator: null });
    expect(servicesFigure([], '2025-02-28')).toBeNull();
  });
});

describe('inputs', () => {
  it('refuses collected above receivable, intact above checked, and a missing defect note', () => {
    const fee = check(saveFeeCollectionInput, {
      estateId: 'e',
      month: '2025-01',
      receivable: '100',
      collected: '100.01',
    });
    expect(fee.ok ? [] : fee.problems.map((p) => `${p.path.join('.')}:${p.reason}`)).toEqual([
      'collected:EXCEEDS_RECEIVABLE',
    ]);
    const bad = check(saveFeeCollectionInput, {
      estateId: 'e',
      month: '2025-01',
      receivable: '1.001',
      collected: 'x',
    });
    expect(bad.ok ? [] : bad.problems.map((p) => `${p.path.join('.')}:${p.reason}`)).toEqual([
      'receivable:INVALID',
      'collected:INVALID',
    ]);
    const fc = (over: object) =>
      check(createFacilityCheckInput, {
        estateId: 'e',
        facilityClass: 'STREET_LIGHT',
        checkedOn: '2025-01-05',
        itemsChecked: 10,
        itemsIntact: 9,
        checker: '张工',
        ...over,
      });
    const r1 = fc({});
    expect(r1.ok ? [] : r1.problems.map((p) => `${p.path.join('.')}:${p.reason}`)).toEqual([
      'defects:REQUIRED',
    ]);
    const r2 = fc({ itemsIntact: 11 });
    expect(r2.ok ? [] : r2.problems.map((p) => p.reason)).toEqual(['EXCEEDS_CHECKED']);
    expect(fc({ defects: '1 盏不亮' }).ok).toBe(true);
    const inc = check(createIncidentInput, {
      estateId: 'e',
      kind: 'VIOLATION',
      occurredOn: '2025-01-05',
      place: '3栋',
      description: '私搭乱建',
      handled: true,
      handledOn: '2025-01-04',
    });
    expect(inc.ok ? [] : inc.problems.map((p) => `${p.path.join('.')}:${p.reason}`)).toEqual([
      'handledOn:BEFORE_START',
    ]);
  });
});
