import { describe, expect, it } from 'vitest';
import {
  type AuditAnswer,
  type AuditDepartment,
  type AuditTemplateContent,
  type AuditTemplateItem,
  answerFieldProblem,
  answerProblem,
  DEFAULT_GRADE_BANDS,
  type FieldProblem,
  type GradeBand,
  gradeBandsSchema,
  gradeOf,
  itemOutcome,
  problemsOf,
  REASON_CODES,
  scoreAudit,
} from '../index.js';

const item = (key: string, maxScore: number, critical = false): AuditTemplateItem => ({
  key,
  title: key,
  standard: `${key} 标准`,
  titleEn: key,
  standardEn: `${key} standard`,
  maxScore,
  critical,
});

const section = (key: string, department: AuditDepartment, items: AuditTemplateItem[]) => ({
  key,
  department,
  title: key,
  titleEn: key,
  items,
});

/** Customer service: 3 items worth 10 each (cs-03 critical); cleaning: 2 items worth 5 each. */
const TEMPLATE: AuditTemplateContent = {
  sections: [
    section('cs', 'CUSTOMER_SERVICE', [item('cs-01', 10), item('cs-02', 10), item('cs-03', 10, true)]),
    section('cl', 'CLEANING', [item('cl-01', 5), item('cl-02', 5)]),
  ],
};

const PASS: AuditAnswer = { kind: 'PASS' };
const FAIL: AuditAnswer = { kind: 'FAIL' };
const NA: AuditAnswer = { kind: 'NOT_APPLICABLE' };
const score = (s: number): AuditAnswer => ({ kind: 'SCORE', score: s });
const answers = (entries: Record<string, AuditAnswer>) => new Map(Object.entries(entries));
const allPass = () => answers({ 'cs-01': PASS, 'cs-02': PASS, 'cs-03': PASS, 'cl-01': PASS, 'cl-02': PASS });

describe('itemOutcome', () => {
  const i = item('x', 10);

  it('PASS earns the max, FAIL nothing and fails', () => {
    expect(itemOutcome(i, PASS)).toEqual({ applicable: true, answered: true, earned: 10, failed: false });
    expect(itemOutcome(i, FAIL)).toEqual({ applicable: true, answered: true, earned: 0, failed: true });
  });

  it('a score earns itself and fails below the max', () => {
    expect(itemOutcome(i, score(10))).toEqual({
      applicable: true,
      answered: true,
      earned: 10,
      failed: false,
    });
    expect(itemOutcome(i, score(9.5))).toEqual({
      applicable: true,
      answered: true,
      earned: 9.5,
      failed: true,
    });
    expect(itemOutcome(i, score(0))).toEqual({ applicable: true, answered: true, earned: 0, failed: true });
  });

  it('NOT_APPLICABLE is not applicable, also for a critical item', () => {
    expect(itemOutcome(i, NA)).toEqual({ applicable: false, answered: true, earned: 0, failed: false });
    expect(itemOutcome(item('c', 10, true), NA)).toEqual({
      applicable: false,
      answered: true,
      earned: 0,
      failed: false,
    });
  });

  it('unanswered is applicable, earns nothing and is not failed', () => {
    expect(itemOutcome(i, undefined)).toEqual({
      applicable: true,
      answered: false,
      earned: 0,
      failed: false,
    });
  });

  it('throws on an invalid score rather than guess', () => {
    expect(() => itemOutcome(i, score(11))).toThrow(RangeError);
    expect(() => itemOutcome(i, score(2.3))).toThrow(/NOT_A_HALF_STEP/);
  });
});

describe('answerProblem', () => {
  const i = item('x', 10);

  it.each([
    [0, null],
    [0.5, null],
    [7.5, null],
    [10, null],
    [10.5, 'OUT_OF_RANGE'],
    [-0.5, 'OUT_OF_RANGE'],
    [-1, 'OUT_OF_RANGE'],
    [2.3, 'NOT_A_HALF_STEP'],
    [0.25, 'NOT_A_HALF_STEP'],
    [Number.NaN, 'NOT_A_NUMBER'],
    [Number.POSITIVE_INFINITY, 'NOT_A_NUMBER'],
  ])('score %s → %s', (s, expected) => {
    expect(answerProblem(i, score(s))).toBe(expected);
  });

  it('a score that is not a number at all is NOT_A_NUMBER', () => {
    expect(answerProblem(i, { kind: 'SCORE', score: '5' as unknown as number })).toBe('NOT_A_NUMBER');
  });

  it('the exact max of an item not worth a half step is accepted', () => {
    expect(answerProblem(item('y', 3.3), score(3.3))).toBeNull();
    expect(answerProblem(item('y', 3.3), score(3))).toBeNull();
    expect(answerProblem(item('y', 3.3), score(3.2))).toBe('NOT_A_HALF_STEP');
  });

  it('PASS, FAIL and NOT_APPLICABLE are always valid', () => {
    for (const a of [PASS, FAIL, NA]) expect(answerProblem(i, a)).toBeNull();
  });

  it('as a field problem it uses REASON_CODES', () => {
    expect(answerFieldProblem(i, score(5))).toBeNull();
    expect(answerFieldProblem(i, score(12))).toMatchObject({
      path: ['answer', 'score'],
      reason: 'OUT_OF_RANGE',
      params: { min: 0, max: 10 },
    } satisfies Partial<FieldProblem>);
    expect(answerFieldProblem(i, score(1.2), ['score'])).toMatchObject({
      path: ['score'],
      reason: 'INVALID',
      params: { step: 0.5 },
    });
    expect(answerFieldProblem(i, score(Number.NaN))?.reason).toBe('INVALID');
  });
});

describe('scoreAudit', () => {
  it('full marks: 100 %, the best grade, nothing failed', () => {
    const s = scoreAudit(TEMPLATE, allPass());
    expect(s.total).toEqual({
      earned: 40,
      max: 40,
      percent: 100,
      grade: DEFAULT_GRADE_BANDS[0],
      criticalFailed: [],
      failed: false,
      failedItems: [],
      answered: 5,
      unanswered: 0,
    });
    expect(s.sections).toEqual([
      { key: 'cs', department: 'CUSTOMER_SERVICE', earned: 30, max: 30, percent: 100, failedItems: [] },
      { key: 'cl', department: 'CLEANING', earned: 10, max: 10, percent: 100, failedItems: [] },
    ]);
  });

  it('mixed answers: earned over max per section and in total', () => {
    const s = scoreAudit(
      TEMPLATE,
      answers({ 'cs-01': score(8.5), 'cs-02': FAIL, 'cs-03': PASS, 'cl-01': score(5), 'cl-02': score(2.5) }),
    );
    expect(s.sections[0]).toMatchObject({
      earned: 18.5,
      max: 30,
      percent: 61.67,
      failedItems: ['cs-01', 'cs-02'],
    });
    expect(s.sections[1]).toMatchObject({ earned: 7.5, max: 10, percent: 75, failedItems: ['cl-02'] });
    expect(s.total).toMatchObject({
      earned: 26,
      max: 40,
      percent: 65,
      failed: false,
      criticalFailed: [],
      failedItems: ['cs-01', 'cs-02', 'cl-02'],
    });
    expect(s.total.grade?.grade).toBe('FAIL');
  });

  it('NOT_APPLICABLE items leave the max', () => {
    const s = scoreAudit(
      TEMPLATE,
      answers({ 'cs-01': PASS, 'cs-02': NA, 'cs-03': NA, 'cl-01': PASS, 'cl-02': FAIL }),
    );
    expect(s.sections[0]).toMatchObject({ earned: 10, max: 10, percent: 100 });
    expect(s.total).toMatchObject({ earned: 15, max: 20, percent: 75, answered: 5, unanswered: 0 });
  });

  it('a section with every item not applicable has no percentage, and neither has an all-N/A audit', () => {
    const partly = scoreAudit(
      TEMPLATE,
      answers({ 'cs-01': PASS, 'cs-02': PASS, 'cs-03': PASS, 'cl-01': NA, 'cl-02': NA }),
    );
    expect(partly.sections[1]).toMatchObject({ earned: 0, max: 0, percent: null });
    expect(partly.total.percent).toBe(100);
    const none = scoreAudit(
      TEMPLATE,
      answers({ 'cs-01': NA, 'cs-02': NA, 'cs-03': NA, 'cl-01': NA, 'cl-02': NA }),
    );
    expect(none.total).toMatchObject({ earned: 0, max: 0, percent: null, grade: null, failed: false });
  });

  it('unanswered items count in the max with nothing earned and are not findings', () => {
    const s = scoreAudit(TEMPLATE, answers({ 'cs-01': PASS, 'cl-01': PASS }));
    expect(s.total).toMatchObject({
      earned: 15,
      max: 40,
      percent: 37.5,
      answered: 2,
      unanswered: 3,
      failedItems: [],
      failed: false,
    });
    expect(scoreAudit(TEMPLATE, new Map()).total).toMatchObject({
      earned: 0,
      max: 40,
      percent: 0,
      unanswered: 5,
    });
  });

  it('answers to keys outside the template are ignored', () => {
    const a = allPass();
    a.set('old-item', FAIL);
    expect(scoreAudit(TEMPLATE, a).total).toMatchObject({ percent: 100, failedItems: [], answered: 5 });
  });

  it('a failed critical item fails the audit whatever the score: lowest band', () => {
    const big: AuditTemplateContent = {
      sections: [section('fs', 'FIRE_SAFETY', [item('fs-01', 95), item('fs-02', 5, true)])],
    };
    const s = scoreAudit(big, answers({ 'fs-01': PASS, 'fs-02': FAIL }));
    expect(s.total).toMatchObject({
      percent: 95,
      failed: true,
      criticalFailed: ['fs-02'],
      failedItems: ['fs-02'],
    });
    expect(s.total.grade).toEqual(DEFAULT_GRADE_BANDS[3]);
  });

  it('a critical item scored below its max is failed too; N/A on it is not', () => {
    const s = scoreAudit(TEMPLATE, answers({ ...Object.fromEntries(allPass()), 'cs-03': score(9.5) }));
    expect(s.total).toMatchObject({ earned: 39.5, percent: 98.75, failed: true, criticalFailed: ['cs-03'] });
    expect(s.total.grade?.grade).toBe('FAIL');
    const na = scoreAudit(TEMPLATE, answers({ ...Object.fromEntries(allPass()), 'cs-03': NA }));
    expect(na.total).toMatchObject({ earned: 30, max: 30, percent: 100, failed: false });
    expect(na.total.grade?.grade).toBe('EXCELLENT');
  });

  it('a withdrawn finding restores full marks and clears the failure', () => {
    const a = answers({ 'cs-01': FAIL, 'cs-02': PASS, 'cs-03': FAIL, 'cl-01': score(4), 'cl-02': PASS });
    const before = scoreAudit(TEMPLATE, a);
    expect(before.total).toMatchObject({
      earned: 19,
      percent: 47.5,
      failed: true,
      criticalFailed: ['cs-03'],
    });

    const after = scoreAudit(TEMPLATE, a, { withdrawn: new Set(['cs-03', 'cl-01']) });
    expect(after.sections[0]).toMatchObject({ earned: 20, max: 30, failedItems: ['cs-01'] });
    expect(after.sections[1]).toMatchObject({ earned: 10, max: 10, percent: 100, failedItems: [] });
    expect(after.total).toMatchObject({
      earned: 30,
      max: 40,
      percent: 75,
      failed: false,
      criticalFailed: [],
      failedItems: ['cs-01'],
    });
    expect(after.total.grade?.grade).toBe('PASS');
  });

  it('withdrawing an item that is not failed changes nothing', () => {
    const a = answers({ 'cs-01': NA, 'cs-02': PASS, 'cs-03': PASS, 'cl-01': PASS });
    expect(scoreAudit(TEMPLATE, a, { withdrawn: new Set(['cs-01', 'cs-02', 'cl-02']) })).toEqual(
      scoreAudit(TEMPLATE, a),
    );
  });

  it('the total comes from the sums, never from averaging section rates', () => {
    // Section A: 1 of 2 points (50 %); section B: 98 of 98 (100 %). Average 75 %, sums 99 %.
    const t: AuditTemplateContent = {
      sections: [section('a', 'SECURITY', [item('a-1', 2)]), section('b', 'ENGINEERING', [item('b-1', 98)])],
    };
    const s = scoreAudit(t, answers({ 'a-1': score(1), 'b-1': PASS }));
    expect(s.sections.map((x) => x.percent)).toEqual([50, 100]);
    expect(s.total).toMatchObject({ earned: 99, max: 100, percent: 99 });
    expect(s.total.grade?.grade).toBe('EXCELLENT');
  });

  it('percentages are rounded to two decimals, sums free of binary noise', () => {
    const t: AuditTemplateContent = {
      sections: [section('a', 'LANDSCAPING', [item('a-1', 0.1), item('a-2', 0.2), item('a-3', 2.7)])],
    };
    const s = scoreAudit(t, answers({ 'a-1': PASS, 'a-2': PASS, 'a-3': score(2.5) }));
    expect(s.total).toMatchObject({ earned: 2.8, max: 3, percent: 93.33 });
  });

  it('grades with the company bands', () => {
    const bands: GradeBand[] = [
      { grade: 'A', label: '达标', labelEn: 'Met', min: 60 },
      { grade: 'B', label: '未达标', labelEn: 'Missed', min: 0 },
    ];
    const s = scoreAudit(
      TEMPLATE,
      answers({ 'cs-01': FAIL, 'cs-02': PASS, 'cs-03': PASS, 'cl-01': PASS, 'cl-02': PASS }),
      {
        bands,
      },
    );
    expect(s.total.percent).toBe(75);
    expect(s.total.grade).toEqual(bands[0]);
    const critical = scoreAudit(TEMPLATE, answers({ ...Object.fromEntries(allPass()), 'cs-03': FAIL }), {
      bands,
    });
    expect(critical.total.grade).toEqual(bands[1]);
  });

  it('an empty template scores nothing and has no grade', () => {
    for (const t of [{ sections: [] }, { sections: [section('e', 'CLEANING', [])] }]) {
      const s = scoreAudit(t, new Map());
      expect(s.total).toEqual({
        earned: 0,
        max: 0,
        percent: null,
        grade: null,
        criticalFailed: [],
        failed: false,
        failedItems: [],
        answered: 0,
        unanswered: 0,
      });
    }
  });

  it('an invalid stored score throws', () => {
    expect(() => scoreAudit(TEMPLATE, answers({ 'cl-01': score(6) }))).toThrow(/cl-01/);
  });
});

describe('gradeOf', () => {
  it.each([
    [100, 'EXCELLENT'],
    [90, 'EXCELLENT'],
    [89.99, 'GOOD'],
    [80, 'GOOD'],
    [79.99, 'PASS'],
    [70, 'PASS'],
    [69.99, 'FAIL'],
    [0, 'FAIL'],
  ])('%s percent → %s', (percent, grade) => {
    expect(gradeOf(percent)?.grade).toBe(grade);
    expect(gradeOf(percent, DEFAULT_GRADE_BANDS)?.grade).toBe(grade);
  });

  it('no percentage, no grade', () => {
    expect(gradeOf(null)).toBeNull();
  });

  it('the band edges hold through scoreAudit: exactly 90 % is 优, 89.99 % is 良', () => {
    const t: AuditTemplateContent = { sections: [section('a', 'CLEANING', [item('a-1', 10_000)])] };
    const at = scoreAudit(t, answers({ 'a-1': score(9000) }));
    expect(at.total).toMatchObject({ percent: 90 });
    expect(at.total.grade?.grade).toBe('EXCELLENT');
    const below = scoreAudit(t, answers({ 'a-1': score(8999) }));
    expect(below.total).toMatchObject({ percent: 89.99 });
    expect(below.total.grade?.grade).toBe('GOOD');
  });

  it('the default bands are 优 良 合格 不合格 with English labels', () => {
    expect(DEFAULT_GRADE_BANDS.map((b) => [b.grade, b.label, b.labelEn, b.min])).toEqual([
      ['EXCELLENT', '优', 'Excellent', 90],
      ['GOOD', '良', 'Good', 80],
      ['PASS', '合格', 'Pass', 70],
      ['FAIL', '不合格', 'Fail', 0],
    ]);
    expect(Object.isFrozen(DEFAULT_GRADE_BANDS)).toBe(true);
  });
});

describe('gradeBandsSchema', () => {
  const brief = (value: unknown) =>
    problemsOf(gradeBandsSchema, value).map(
      (p) => `${p.path.join('.')}:${p.reason}${p.params ? JSON.stringify(p.params) : ''}`,
    );
  const band = (grade: string, min: number, label = grade) => ({ grade, label, labelEn: label, min });

  it('accepts the default bands and a two-band scheme', () => {
    expect(brief(DEFAULT_GRADE_BANDS)).toEqual([]);
    expect(brief([band('OK', 60), band('NO', 0)])).toEqual([]);
  });

  it('wants 2 to 8 bands', () => {
    expect(brief([band('A', 0)])).toEqual([':OUT_OF_RANGE{"min":2,"max":8}']);
    expect(brief([])).toEqual([':OUT_OF_RANGE{"min":2,"max":8}']);
    const nine = Array.from({ length: 9 }, (_, i) => band(`G${i}`, 80 - i * 10));
    expect(brief(nine)).toEqual([':OUT_OF_RANGE{"min":2,"max":8}']);
    expect(brief(nine.slice(1))).toEqual([]);
  });

  it('minimums strictly descending, the last one 0', () => {
    expect(brief([band('A', 80), band('B', 80), band('C', 0)])).toEqual(['1.min:INVALID']);
    expect(brief([band('A', 70), band('B', 80), band('C', 0)])).toEqual(['1.min:INVALID']);
    expect(brief([band('A', 80), band('B', 10)])).toEqual(['1.min:INVALID']);
  });

  it('distinct grade codes', () => {
    expect(brief([band('A', 80), band('A', 0)])).toEqual(['1.grade:DUPLICATE']);
  });

  it('every reason it and answerFieldProblem produce is in REASON_CODES', () => {
    const reasons = [
      ...problemsOf(gradeBandsSchema, [band('a b', 101, ''), band('a b', -1, 'x'.repeat(30))]),
      ...problemsOf(gradeBandsSchema, [band('A', 0)]),
      ...problemsOf(gradeBandsSchema, [band('A', 10), band('B', 20)]),
      answerFieldProblem(item('x', 10), score(11))!,
      answerFieldProblem(item('x', 10), score(0.1))!,
    ].map((p) => p.reason);
    for (const r of reasons) expect(REASON_CODES as readonly string[]).toContain(r);
  });

  it('checks each band: code, labels, minimum', () => {
    expect(brief([band('a b', 80), band('B', 0, '')])).toEqual([
      '0.grade:INVALID',
      '1.label:REQUIRED',
      '1.labelEn:REQUIRED',
    ]);
    expect(brief([band('A', 80, 'x'.repeat(21)), band('B', 0)])).toEqual([
      '0.label:TOO_LONG{"max":20}',
      '0.labelEn:TOO_LONG{"max":20}',
    ]);
    expect(brief([band('A', 101), band('B', -1)])).toEqual(['0.min:TOO_LARGE{"max":100}', '1.min:NEGATIVE']);
    expect(brief([{ grade: 'A', label: 'a\u202Eb', labelEn: 'a', min: 50 }, band('B', 0)])).toEqual([
      '0.label:CONTROL_CHARACTERS{"char":"U+202E"}',
    ]);
  });
});
