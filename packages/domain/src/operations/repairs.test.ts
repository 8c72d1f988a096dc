import { describe, expect, it } from 'vitest';
import {
  REPAIR_INDICATOR_CODES,
  type RepairFacts,
  repairFiguresOf,
  repairIndicatorValue,
  repairRowOf,
  sumRepairFigures,
} from './repairs.js';

const at = (min: number) => new Date(Date.UTC(2030, 2, 31, 15, 0) + min * 60_000);

/** Reported at 23:00 Shanghai on 31 March; deadlines 3 / 10 minutes, 24 hours. */
const order = (over: Partial<RepairFacts> = {}): RepairFacts => ({
  kind: 'MINOR',
  dispatchDueAt: at(3),
  arriveDueAt: at(10),
  completeDueAt: at(24 * 60),
  dispatchedAt: at(2),
  arrivedAt: at(9),
  completedAt: at(90),
  reworkOfId: null,
  qualityPassed: true,
  calledBackAt: null,
  ...over,
});

describe('repair rows (the drill-down) agree with the figures', () => {
  const orders = [
    order(),
    order({ dispatchedAt: at(4), reworkOfId: 'w0', qualityPassed: null }),
    order({ arrivedAt: at(11), qualityPassed: false, calledBackAt: at(2000) }),
    order({ completedAt: at(24 * 60 + 1), calledBackAt: at(3000) }),
    order({ completedAt: null }),
  ];

  it('counts each completed order in the month it was completed in (company time zone)', () => {
    expect(repairFiguresOf(order(), 'Asia/Shanghai')?.month).toBe('2030-04');
    expect(repairFiguresOf(order(), 'UTC')?.month).toBe('2030-03');
    expect(repairFiguresOf(order({ completedAt: null }), 'UTC')).toBeNull();
  });

  it.each(REPAIR_INDICATOR_CODES)('%s: counted rows are the numerator, rows the denominator', (code) => {
    const rows = orders.map((o) => repairRowOf(code, o)).filter((r) => r !== null);
    const value = repairIndicatorValue(
      code,
      sumRepairFigures(orders.map((o) => repairFiguresOf(o, 'Asia/Shanghai'))),
    );
    expect({ numerator: rows.filter((r) => r.counted).length, denominator: rows.length }).toEqual(value);
  });

  it('says why: the first late step, rework, the quality check (not checked is not passed), the callback', () => {
    expect(orders.map((o) => repairRowOf('repair_timely', o)?.reason)).toEqual([
      'ON_TIME',
      'LATE_DISPATCH',
      'LATE_ARRIVAL',
      'LATE_COMPLETION',
      undefined,
    ]);
    expect(orders.map((o) => repairRowOf('repair_quality', o)?.reason).slice(0, 3)).toEqual([
      'QUALITY_PASSED',
      'QUALITY_NOT_CHECKED',
      'QUALITY_FAILED',
    ]);
    expect(repairRowOf('repair_rework', orders[1]!)).toEqual({ counted: true, reason: 'REWORK' });
    expect(repairRowOf('repair_callback', orders[0]!)).toEqual({ counted: false, reason: 'NOT_CALLED_BACK' });
    expect(repairRowOf('repair_callback', orders[2]!)).toEqual({ counted: true, reason: 'CALLED_BACK' });
  });
});
