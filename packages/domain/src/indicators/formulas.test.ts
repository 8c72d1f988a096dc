import { describe, expect, it } from 'vitest';
import { BUILT_IN_INDICATORS, INDICATORS, indicatorByCode, indicatorText } from './catalogue.js';
import { aggregate, fromSums, judge, monthlyValue, per1000Households, rankValues } from './formulas.js';
import { addMonths, formatPeriod, monthOfDate, monthRange, monthsOf, parsePeriod } from './periods.js';
import { createTargetLookup, presetInForce, targetInForce } from './targets.js';

const def = (code: string) => indicatorByCode(code)!;

describe('catalogue', () => {
  it('has the 28 indicators of DOMAIN.md with unique codes and both presets where the seeds give them', () => {
    expect(INDICATORS).toHaveLength(28);
    expect(new Set(INDICATORS.map((i) => i.code)).size).toBe(28);
    expect(def('house_intact').presets).toEqual({ A: { op: '>=', value: 98 }, B: { op: '=', value: 100 } });
    expect(def('repair_rework').presets).toEqual({ A: { op: '<', value: 1 }, B: null });
    expect(def('satisfaction').presets.B).toEqual({ op: '>=', value: 98 });
    expect(def('fire_count')).toMatchObject({ unit: 'COUNT', direction: 'ZERO' });
    expect(def('culture_activities')).toMatchObject({
      unit: 'COUNT_PER_YEAR',
      presets: { A: null, B: { op: '>=', value: 12 } },
    });
    for (const i of INDICATORS) {
      expect(i.nameZh.length).toBeGreaterThan(0);
      expect(i.nameEn.length).toBeGreaterThan(0);
      if (i.unit === 'PERCENT') expect(i.denominatorLabel).not.toBeNull();
    }
  });

  it('gives every built-in indicator English labels and description, with no Chinese in them', () => {
    const cjk = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;
    expect(BUILT_IN_INDICATORS).toHaveLength(29);
    for (const i of BUILT_IN_INDICATORS) {
      const en = indicatorText(i, 'EN');
      const texts = [
        en.name,
        en.numeratorLabel,
        en.description,
        ...(en.denominatorLabel ? [en.denominatorLabel] : []),
      ];
      for (const t of texts) {
        expect(t.trim().length, i.code).toBeGreaterThan(0);
        expect(t, i.code).not.toMatch(cjk);
      }
      // An English denominator exactly where there is a Chinese one.
      expect(i.denominatorLabelEn == null, i.code).toBe(i.denominatorLabel == null);
    }
    // The same count is named the same way wherever it appears.
    const pairs = new Map<string, Set<string>>();
    for (const i of BUILT_IN_INDICATORS) {
      for (const [zh, en] of [
        [i.numeratorLabel, i.numeratorLabelEn],
        [i.denominatorLabel, i.denominatorLabelEn],
      ] as const) {
        if (zh && en) pairs.set(zh, (pairs.get(zh) ?? new Set()).add(en));
      }
    }
    for (const [zh, en] of pairs) expect([...en], zh).toHaveLength(1);
    expect(indicatorText(def('repair_timely'), 'EN')).toEqual({
      name: 'Repairs on time',
      numeratorLabel: 'Work orders done on time',
      denominatorLabel: 'Work orders completed',
      description: 'Work orders done on time / Work orders completed',
    });
    expect(indicatorText(def('house_intact'), 'ZH')).toMatchObject({
      name: '房屋完好率',
      numeratorLabel: '完好房屋数',
      denominatorLabel: '检查房屋数',
    });
  });
});

describe('aggregation never averages rates', () => {
  it('sums numerators and denominators for a quarter', () => {
    // Month rates 100% (1/1) and 50% (50/100): the average of rates would be 75%, the truth is 50.5%.
    const q = aggregate(def('repair_timely'), [
      { month: '2025-01', numerator: 1, denominator: 1 },
      { month: '2025-02', numerator: 50, denominator: 100 },
    ]);
    expect(q).toEqual({ numerator: 51, denominator: 101, value: 50.5, months: 2 });
  });

  it('averages a stock denominator and annualises the rate (complaints per household)', () => {
    const months = ['2025-01', '2025-02', '2025-03'].map((month) => ({
      month,
      numerator: 2,
      denominator: 1000,
    }));
    // 6 valid complaints in a quarter over 1,000 households → 0.6% per quarter → 2.4% a year.
    expect(aggregate(def('complaint_valid_rate'), months)?.value).toBe(2.4);
    expect(aggregate(def('complaint_valid_rate'), months)?.denominator).toBe(1000);
  });

  it('annualises yearly counts and sums zero-tolerance counts', () => {
    const quarter = ['2025-01', '2025-02', '2025-03'].map((month, i) => ({
      month,
      numerator: i === 1 ? 3 : 0,
      denominator: null,
    }));
    expect(aggregate(def('culture_activities'), quarter)?.value).toBe(12);
    expect(aggregate(def('fire_count'), quarter)?.value).toBe(3);
  });

  it('takes the last month for a stock count', () => {
    const r = aggregate(def('special_services'), [
      { month: '2025-02', numerator: 12, denominator: null },
      { month: '2025-01', numerator: 8, denominator: null },
    ]);
    expect(r?.value).toBe(12);
  });

  it('has no value without data or with a zero denominator', () => {
    expect(aggregate(def('fee_collection'), [])).toBeNull();
    expect(monthlyValue(def('fee_collection'), { numerator: 0, denominator: 0 })).toBeNull();
    expect(monthlyValue(def('fee_collection'), { numerator: 98, denominator: 100 })).toBe(98);
  });
});

describe('judging against targets', () => {
  it('applies each comparison, strict ones strictly', () => {
    expect(judge({ op: '>=', value: 98 }, 98)).toBe('MET');
    expect(judge({ op: '>=', value: 98 }, 97.99)).toBe('MISSED');
    expect(judge({ op: '<', value: 1 }, 1)).toBe('MISSED');
    expect(judge({ op: '<', value: 1 }, 0.99)).toBe('MET');
    expect(judge({ op: '<=', value: 2 }, 2)).toBe('MET');
    expect(judge({ op: '=', value: 100 }, 99.999999)).toBe('MET');
    expect(judge({ op: '=', value: 0 }, 1)).toBe('MISSED');
    expect(judge(null, 50)).toBe('NO_TARGET');
    expect(judge({ op: '>=', value: 95 }, null)).toBe('NO_DATA');
  });
});

describe('ranking and fairness', () => {
  it('ranks with ties and puts missing values unranked', () => {
    expect(rankValues('AT_LEAST', [90, 95, null, 95, 80])).toEqual([3, 1, null, 1, 4]);
    expect(rankValues('AT_MOST', [2, 0.5, 1])).toEqual([3, 1, 2]);
  });

  it('normalises counts per 1,000 households', () => {
    expect(per1000Households(3, 1500)).toBe(2);
    expect(per1000Households(3, 0)).toBeNull();
  });
});

describe('periods', () => {
  it('parses, formats and expands periods', () => {
    expect(parsePeriod('2025-Q2')).toEqual({ kind: 'QUARTER', year: 2025, index: 2 });
    expect(monthsOf(parsePeriod('2025-Q2')!)).toEqual(['2025-04', '2025-05', '2025-06']);
    expect(monthsOf(parsePeriod('2025-H2')!)).toHaveLength(6);
    expect(monthsOf(parsePeriod('2025')!)[11]).toBe('2025-12');
    expect(formatPeriod(parsePeriod('2025-03')!)).toBe('2025-03');
    expect(parsePeriod('2025-13')).toBeNull();
    expect(parsePeriod('2025-Q5')).toBeNull();
    expect(parsePeriod('nonsense')).toBeNull();
  });

  it('does month arithmetic across years and in the company time zone', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    // 2025-01-31 20:00 UTC is already February in Shanghai.
    expect(monthOfDate(new Date('2025-01-31T20:00:00Z'))).toBe('2025-02');
  });
});

describe('targets in force', () => {
  const house = def('house_intact');
  const presets = [
    { preset: 'A' as const, effectiveMonth: '2024-01' },
    { preset: 'B' as const, effectiveMonth: '2025-01' },
  ];
  const overrides = [
    {
      indicatorCode: 'house_intact',
      estateId: null,
      target: { op: '>=' as const, value: 99 },
      effectiveMonth: '2025-07',
    },
    {
      indicatorCode: 'house_intact',
      estateId: 'e1',
      target: { op: '>=' as const, value: 96 },
      effectiveMonth: '2025-04',
    },
    { indicatorCode: 'house_intact', estateId: 'e2', target: null, effectiveMonth: '2025-10' },
  ];

  it('judges a past month by the preset in force then', () => {
    expect(targetInForce(house, 'e9', '2024-06', presets, []).target).toEqual({ op: '>=', value: 98 });
    expect(targetInForce(house, 'e9', '2025-02', presets, []).target).toEqual({ op: '=', value: 100 });
    expect(presetInForce([], '2025-01')).toBe('A');
  });

  it('prefers the estate override, then the company override, each from its month on', () => {
    expect(targetInForce(house, 'e1', '2025-03', presets, overrides)).toMatchObject({
      source: 'PRESET',
      target: { op: '=', value: 100 },
    });
    expect(targetInForce(house, 'e1', '2025-05', presets, overrides)).toMatchObject({
      source: 'ESTATE',
      target: { value: 96 },
    });
    expect(targetInForce(house, 'e3', '2025-08', presets, overrides)).toMatchObject({
      source: 'COMPANY',
      target: { value: 99 },
    });
    expect(targetInForce(house, 'e2', '2025-11', presets, overrides)).toMatchObject({
      source: 'ESTATE',
      target: null,
    });
  });

  it('rolls sums with the same formula as monthly figures', () => {
    const months = [
      { month: '2025-01', numerator: 1, denominator: 1 },
      { month: '2025-02', numerator: 50, denominator: 100 },
    ];
    expect(
      fromSums(def('repair_timely'), { numerator: 51, denominator: 101, months: 2, lastNumerator: 50 }),
    ).toEqual(aggregate(def('repair_timely'), months));
  });
});

describe('target lookup for many estates', () => {
  it('answers exactly as targetInForce for every estate, indicator and month', () => {
    const presets = [
      { preset: 'B' as const, effectiveMonth: '2024-07' },
      { preset: 'A' as const, effectiveMonth: '2025-03' },
    ];
    const overrides = [
      {
        indicatorCode: 'fee_collection',
        estateId: null,
        target: { op: '>=' as const, value: 97 },
        effectiveMonth: '2024-10',
      },
      {
        indicatorCode: 'fee_collection',
        estateId: 'e2',
        target: { op: '>=' as const, value: 90 },
        effectiveMonth: '2025-01',
      },
      { indicatorCode: 'fee_collection', estateId: 'e2', target: null, effectiveMonth: '2025-06' },
      {
        indicatorCode: 'satisfaction',
        estateId: 'e1',
        target: { op: '>=' as const, value: 85 },
        effectiveMonth: '2024-01',
      },
    ];
    const lookup = createTargetLookup(presets, overrides);
    for (const code of ['fee_collection', 'satisfaction', 'house_intact']) {
      for (const estate of ['e1', 'e2', 'e3', null]) {
        for (const month of ['2024-01', '2024-08', '2024-12', '2025-02', '2025-05', '2025-09']) {
          expect(lookup(def(code), estate, month)).toEqual(
            targetInForce(def(code), estate, month, presets, overrides),
          );
        }
      }
    }
  });
});
