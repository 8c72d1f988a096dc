import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  acceptInvitationInput,
  calendarDate,
  check,
  code,
  comparisonFilter,
  correctMonthlyFigureInput,
  createCompanyInput,
  createIndicatorInput,
  createRegionInput,
  createUserInput,
  DEFAULT_MAX_TEXT,
  decimal,
  email,
  estateFilter,
  type FieldProblem,
  figureValues,
  findForbiddenCharacter,
  id,
  membershipList,
  month,
  nonNegativeInt,
  password,
  problemsOf,
  REASON_CODES,
  rejectMonthlyFiguresInput,
  saveMonthlyFiguresInput,
  setIndicatorTargetInput,
  text,
  toFieldProblems,
  trendArgs,
  updateCompanySettingsInput,
  updateRegionInput,
  userFilter,
} from '../index.js';

/** `path:reason` of each problem, and the params where there are some. */
const brief = (problems: FieldProblem[]) =>
  problems.map((p) => `${p.path.join('.')}:${p.reason}${p.params ? JSON.stringify(p.params) : ''}`);
const one = (schema: z.ZodType, value: unknown) => brief(problemsOf(schema, value));

describe('forbidden characters', () => {
  it.each([
    ['NUL', 'a\u0000b', 'U+0000'],
    ['BEL', 'probe\u0007evil', 'U+0007'],
    ['ESC', 'a\u001bb', 'U+001B'],
    ['DEL', 'a\u007fb', 'U+007F'],
    ['C1 (NEL)', 'a\u0085b', 'U+0085'],
    ['C1 (CSI)', 'a\u009bb', 'U+009B'],
    ['right-to-left override', 'probe\u202Eevil', 'U+202E'],
    ['left-to-right embedding', 'a\u202Ab', 'U+202A'],
    ['pop directional', 'a\u202Cb', 'U+202C'],
    ['left-to-right isolate', 'a\u2066b', 'U+2066'],
    ['pop directional isolate', 'a\u2069b', 'U+2069'],
    ['left-to-right mark', 'a\u200Eb', 'U+200E'],
    ['right-to-left mark', 'a\u200Fb', 'U+200F'],
    ['Arabic letter mark', 'a\u061Cb', 'U+061C'],
  ])('%s is found, with its code point', (_name, value, char) => {
    expect(findForbiddenCharacter(value)).toEqual({ index: value.indexOf(value.match(/[^a-z]/)![0]), char });
    expect(findForbiddenCharacter(value, { multiline: true })?.char).toBe(char);
  });

  it('tab, line feed and carriage return are forbidden in one-line text only', () => {
    for (const c of ['\t', '\n', '\r']) {
      expect(findForbiddenCharacter(`a${c}b`)).not.toBeNull();
      expect(findForbiddenCharacter(`a${c}b`, { multiline: true })).toBeNull();
    }
  });

  it('ordinary text of every script passes, including emoji and zero-width joiners', () => {
    for (const v of ['翠湖苑 1 期', 'Émile Zola', 'مرحبا', 'שלום', '👩‍👩‍👧', 'a\u200Db', 'x'.repeat(5000)]) {
      expect(findForbiddenCharacter(v, { multiline: false })).toBeNull();
    }
  });
});

describe('text', () => {
  const name = text({ max: 5, label: '名称', required: true });
  const note = text({ max: 10, label: '说明', multiline: true });

  it('trims, and counts the length after trimming', () => {
    expect(check(name, '  abcde  ')).toEqual({ ok: true, data: 'abcde' });
  });

  it('REQUIRED when missing, null or blank; INVALID for another type', () => {
    for (const v of [undefined, null, '', '   ']) expect(one(name, v), String(v)).toEqual([':REQUIRED']);
    expect(one(name, 42)).toEqual([':INVALID']);
  });

  it('TOO_LONG carries the maximum', () => {
    expect(problemsOf(name, 'abcdef')).toEqual([
      { path: [], reason: 'TOO_LONG', params: { max: 5 }, message: '名称不能超过 5 个字' },
    ]);
  });

  it('TOO_SHORT carries the minimum', () => {
    expect(one(text({ max: 10, min: 3 }), 'ab')).toEqual([':TOO_SHORT{"min":3}']);
  });

  it('CONTROL_CHARACTERS is reported alone, with the code point, before any other rule', () => {
    expect(problemsOf(name, 'probe\u0007\u202Eevil')).toEqual([
      {
        path: [],
        reason: 'CONTROL_CHARACTERS',
        params: { char: 'U+0007' },
        message: '名称不能包含控制字符或文字方向控制符',
      },
    ]);
    expect(one(name, '\u0000')).toEqual([':CONTROL_CHARACTERS{"char":"U+0000"}']);
  });

  it('multi-line text keeps tabs and newlines but not other controls', () => {
    expect(check(note, 'a\n\tb\r\n')).toEqual({ ok: true, data: 'a\n\tb' });
    expect(one(note, 'a\u000bb')).toEqual([':CONTROL_CHARACTERS{"char":"U+000B"}']);
    expect(one(name, 'a\nb')).toEqual([':CONTROL_CHARACTERS{"char":"U+000A"}']);
  });

  it('the default maximum of the API is 2,000', () => {
    expect(DEFAULT_MAX_TEXT).toBe(2000);
  });
});

describe('code', () => {
  const c = code({ pattern: /^[A-Z]+$/, max: 4, label: '编号', message: '只能是大写字母' });
  it('reports one problem: REQUIRED, then TOO_LONG, then INVALID', () => {
    expect(one(c, '')).toEqual([':REQUIRED']);
    expect(one(c, 'ABCDE')).toEqual([':TOO_LONG{"max":4}']);
    expect(one(c, 'ab')).toEqual([':INVALID']);
    expect(one(c, ' AB ')).toEqual([]);
  });
});

describe('formats', () => {
  it('email: trimmed and lower-cased; anything else INVALID', () => {
    expect(check(email(), '  Admin@Anju.Demo ')).toEqual({ ok: true, data: 'admin@anju.demo' });
    for (const v of ['', 'no-at', 'a@b', 'a b@c.de', `${'a'.repeat(250)}@b.cn`])
      expect(one(email(), v), v).toEqual([':INVALID']);
  });

  it('password: not trimmed, 8 to 200 characters', () => {
    expect(check(password(), ' 1234567')).toEqual({ ok: true, data: ' 1234567' });
    expect(one(password(), '1234567')).toEqual([':TOO_SHORT{"min":8}']);
    expect(one(password(), 'x'.repeat(201))).toEqual([':TOO_LONG{"max":200}']);
  });

  it('month: YYYY-MM with a real month', () => {
    for (const v of ['2025-01', '2025-12']) expect(one(month(), v)).toEqual([]);
    for (const v of ['2025-13', '2025-00', '2025-1', '25-01', '2025-01 ', 'x'.repeat(100)])
      expect(one(month(), v), v).toEqual([':INVALID']);
  });

  it('calendarDate: a day that exists', () => {
    for (const v of ['2024-02-29', '2025-12-31']) expect(one(calendarDate(), v)).toEqual([]);
    for (const v of ['2025-02-29', '2024-02-30', '2024-1-01', '20240101'])
      expect(one(calendarDate(), v), v).toEqual([':INVALID']);
  });

  it('id: no UUID check (an unknown id is NOT_FOUND where it is looked up), but clean and bounded', () => {
    expect(one(id(), 'not-a-uuid')).toEqual([]);
    expect(one(id(), 'a\u0000')).toEqual([':CONTROL_CHARACTERS{"char":"U+0000"}']);
    expect(one(id(), 'x'.repeat(201))).toEqual([':TOO_LONG{"max":200}']);
  });
});

describe('numbers', () => {
  const count = nonNegativeInt({ max: 100, label: '户数' });
  const amount = decimal({ max: 10, label: '面积' });
  it('a count: NEGATIVE, NOT_INTEGER, TOO_LARGE with max, INVALID, REQUIRED', () => {
    expect(one(count, 0)).toEqual([]);
    expect(one(count, 100)).toEqual([]);
    expect(one(count, -1)).toEqual([':NEGATIVE']);
    expect(one(count, 1.5)).toEqual([':NOT_INTEGER']);
    expect(one(count, 101)).toEqual([':TOO_LARGE{"max":100}']);
    expect(one(count, Number.NaN)).toEqual([':INVALID']);
    expect(one(count, Number.POSITIVE_INFINITY)).toEqual([':INVALID']);
    expect(one(count, '3')).toEqual([':INVALID']);
    expect(one(count, undefined)).toEqual([':REQUIRED']);
  });

  it('an amount takes decimals; a minimum other than 0 is TOO_SMALL with min', () => {
    expect(one(amount, 2.75)).toEqual([]);
    expect(one(amount, -0.01)).toEqual([':NEGATIVE']);
    expect(one(amount, 10.01)).toEqual([':TOO_LARGE{"max":10}']);
    expect(one(decimal({ min: 1, max: 5, label: 'x' }), 0.5)).toEqual([':TOO_SMALL{"min":1}']);
  });
});

describe('toFieldProblems', () => {
  it('places problems under a base path and maps list limits to REQUIRED / TOO_MANY', () => {
    const schema = z.object({ tags: z.array(z.string()).min(1).max(2) });
    const r1 = schema.safeParse({ tags: [] }, { reportInput: true });
    expect(brief(toFieldProblems(r1.error!, ['input']))).toEqual(['input.tags:REQUIRED']);
    const r2 = schema.safeParse({ tags: ['a', 'b', 'c'] }, { reportInput: true });
    expect(brief(toFieldProblems(r2.error!))).toEqual(['tags:TOO_MANY{"max":2}']);
  });

  it('every reason a schema here produces is in REASON_CODES', () => {
    const produced = [
      ...problemsOf(createRegionInput, { name: '', code: 'x'.repeat(40) }),
      ...problemsOf(createRegionInput, { name: 'a\u0000', code: '-' }),
      ...problemsOf(text({ max: 9, min: 3 }), 'a'),
      ...problemsOf(nonNegativeInt({ max: 1, label: 'n' }), -1),
      ...problemsOf(nonNegativeInt({ max: 1, label: 'n' }), 0.5),
      ...problemsOf(nonNegativeInt({ max: 1, label: 'n' }), 2),
      ...problemsOf(decimal({ min: 1, max: 2, label: 'n' }), 0.5),
      ...problemsOf(membershipList, []),
      ...problemsOf(membershipList, [{ role: 'HQ_VIEWER', regionId: 'r', estateIds: ['e'] }]),
      ...problemsOf(membershipList, [{ role: 'COMMITTEE_MEMBER', estateIds: ['e', 'e'] }]),
      ...problemsOf(membershipList, [{ role: 'COMPANY_ADMIN', regionId: 'r' }]),
      ...problemsOf(trendArgs({ estates: 1, indicators: 1 }), {
        from: '2025-01',
        to: '2025-01',
        estateIds: [],
        indicatorCodes: ['a'],
      }),
      ...problemsOf(figureValues({ unit: 'PERCENT', numeratorLabel: 'n', denominatorLabel: 'd' }), {
        numerator: 3,
        denominator: 2,
      }),
      ...problemsOf(figureValues({ unit: 'COUNT', numeratorLabel: 'n', denominatorLabel: null }), {
        numerator: 1,
        denominator: 2,
      }),
      ...problemsOf(saveMonthlyFiguresInput, {
        estateId: 'e',
        month: '2025-01',
        figures: [{ indicatorCode: 'a' }, { indicatorCode: 'a' }],
      }),
    ];
    const reasons = new Set(produced.map((p) => p.reason));
    for (const r of reasons) expect(REASON_CODES as readonly string[]).toContain(r);
    expect([...reasons].sort()).toEqual(
      [
        'CONFLICT',
        'CONTROL_CHARACTERS',
        'DUPLICATE',
        'EXCEEDS_DENOMINATOR',
        'INVALID',
        'NEGATIVE',
        'NOT_ALLOWED',
        'NOT_INTEGER',
        'OUT_OF_RANGE',
        'REQUIRED',
        'TOO_LARGE',
        'TOO_LONG',
        'TOO_MANY',
        'TOO_SHORT',
        'TOO_SMALL',
      ].sort(),
    );
  });

  it('every problem has a Chinese default message', () => {
    const problems = problemsOf(createUserInput, { email: 'x', name: '', phone: 'abc', password: '1' });
    expect(brief(problems)).toEqual([
      'email:INVALID',
      'name:REQUIRED',
      'phone:INVALID',
      'password:TOO_SHORT{"min":8}',
    ]);
    for (const p of problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('module schemas', () => {
  it('regions: create needs name and code; update leaves null fields unchanged', () => {
    expect(one(createRegionInput, { name: '华东', code: 'E-1' })).toEqual([]);
    expect(one(createRegionInput, { name: '长'.repeat(31), code: 'no spaces' })).toEqual([
      'name:TOO_LONG{"max":30}',
      'code:INVALID',
    ]);
    expect(one(updateRegionInput, { id: 'r', name: null, code: null })).toEqual([]);
  });

  it('companies: name, slug and the first admin', () => {
    const valid = {
      name: '安居',
      slug: 'anju',
      admin: { email: 'a@b.cn', name: '管理员', password: '12345678' },
    };
    expect(one(createCompanyInput, valid)).toEqual([]);
    expect(
      one(createCompanyInput, {
        name: '',
        slug: 'Anju!',
        admin: { email: 'x', name: ' ', password: 'short' },
      }),
    ).toEqual([
      'name:REQUIRED',
      'slug:INVALID',
      'admin.email:INVALID',
      'admin.name:REQUIRED',
      'admin.password:TOO_SHORT{"min":8}',
    ]);
  });

  it('company settings: a reminder day from 1 to 28, or null for none', () => {
    for (const day of [1, 5, 28, null, undefined])
      expect(one(updateCompanySettingsInput, { figureReminderDay: day })).toEqual([]);
    expect(one(updateCompanySettingsInput, {})).toEqual([]);
    expect(one(updateCompanySettingsInput, { figureReminderDay: 0 })).toEqual([
      'figureReminderDay:TOO_SMALL{"min":1}',
    ]);
    expect(one(updateCompanySettingsInput, { figureReminderDay: -3 })).toEqual([
      'figureReminderDay:TOO_SMALL{"min":1}',
    ]);
    expect(one(updateCompanySettingsInput, { figureReminderDay: 29 })).toEqual([
      'figureReminderDay:TOO_LARGE{"max":28}',
    ]);
    expect(one(updateCompanySettingsInput, { figureReminderDay: 2.5 })).toEqual([
      'figureReminderDay:NOT_INTEGER',
    ]);
    expect(one(updateCompanySettingsInput, { figureReminderDay: Number.NaN })).toEqual([
      'figureReminderDay:INVALID',
    ]);
    expect(one(updateCompanySettingsInput, { figureReminderDay: '5' })).toEqual([
      'figureReminderDay:INVALID',
    ]);
  });

  it('users: filter search is bounded at 100; memberships at least one, at most 20', () => {
    expect(one(userFilter, { search: 'x'.repeat(100) })).toEqual([]);
    expect(one(userFilter, { search: 'x'.repeat(101) })).toEqual(['search:TOO_LONG{"max":100}']);
    expect(one(estateFilter, { search: 'a\u202Eb' })).toEqual(['search:CONTROL_CHARACTERS{"char":"U+202E"}']);
    expect(
      one(
        membershipList,
        Array.from({ length: 21 }, () => ({ role: 'COMPANY_ADMIN' })),
      ),
    ).toEqual([':TOO_MANY{"max":20}']);
    expect(one(acceptInvitationInput, { token: 't', password: 'short' })).toEqual([
      'password:TOO_SHORT{"min":8}',
    ]);
  });

  it('indicators: a target needs both op and value; a reason is multi-line and bounded', () => {
    const base = { indicatorCode: 'fire', effectiveMonth: '2025-01' };
    expect(one(setIndicatorTargetInput, base)).toEqual([]);
    expect(one(setIndicatorTargetInput, { ...base, op: 'AT_LEAST' })).toEqual(['value:REQUIRED']);
    expect(one(setIndicatorTargetInput, { ...base, op: 'AT_LEAST', value: -1 })).toEqual(['value:NEGATIVE']);
    expect(one(setIndicatorTargetInput, { ...base, reason: '第一行\n第二行' })).toEqual([]);
    expect(one(setIndicatorTargetInput, { ...base, reason: 'x'.repeat(201) })).toEqual([
      'reason:TOO_LONG{"max":200}',
    ]);
  });

  it('indicators: a percentage needs a ratio and a denominator label', () => {
    const base = {
      code: 'own_rate',
      nameZh: '自定义率',
      nameEn: 'Own rate',
      unit: 'PERCENT',
      numeratorLabel: '分子',
      denominatorLabel: '分母',
    };
    expect(one(createIndicatorInput, base)).toEqual([]);
    expect(one(createIndicatorInput, { ...base, denominatorLabel: null })).toEqual([
      'denominatorLabel:REQUIRED',
    ]);
    expect(one(createIndicatorInput, { ...base, aggregation: 'SUM' })).toEqual(['aggregation:INVALID']);
    expect(one(createIndicatorInput, { ...base, code: 'Bad' })).toEqual(['code:INVALID']);
    // English labels are optional, bounded and clean like the Chinese ones.
    expect(
      one(createIndicatorInput, {
        ...base,
        numeratorLabelEn: 'Done',
        denominatorLabelEn: 'All',
        descriptionEn: 'Done / all',
      }),
    ).toEqual([]);
    expect(one(createIndicatorInput, { ...base, numeratorLabelEn: 'x'.repeat(121) })).toEqual([
      'numeratorLabelEn:TOO_LONG{"max":120}',
    ]);
    expect(one(createIndicatorInput, { ...base, denominatorLabelEn: 'a\u0007b' })).toEqual([
      'denominatorLabelEn:CONTROL_CHARACTERS{"char":"U+0007"}',
    ]);
  });

  it('figures: numerator and denominator by unit, never coerced', () => {
    const pct = figureValues({ unit: 'PERCENT', numeratorLabel: '合格数', denominatorLabel: '总数' });
    const cnt = figureValues({ unit: 'COUNT', numeratorLabel: '次数', denominatorLabel: null });
    expect(one(pct, { numerator: 1.5, denominator: 2 })).toEqual([]);
    expect(one(pct, { numerator: 1 })).toEqual(['denominator:REQUIRED']);
    expect(one(pct, { numerator: -1, denominator: -2 })).toEqual([
      'numerator:NEGATIVE',
      'denominator:NEGATIVE',
    ]);
    expect(one(pct, { numerator: 124, denominator: 100 })).toEqual(['numerator:EXCEEDS_DENOMINATOR']);
    expect(one(pct, { numerator: 2e9, denominator: 3e9 })).toEqual([
      'numerator:TOO_LARGE{"max":1000000000}',
      'denominator:TOO_LARGE{"max":1000000000}',
    ]);
    expect(one(cnt, { numerator: 1.5 })).toEqual(['numerator:NOT_INTEGER']);
    expect(one(cnt, { numerator: 1, denominator: 3 })).toEqual(['denominator:NOT_ALLOWED']);
    expect(one(cnt, { numerator: Number.NaN })).toEqual(['numerator:INVALID']);
    expect(one(cnt, { numerator: 1, note: 'x'.repeat(501) })).toEqual(['note:TOO_LONG{"max":500}']);
    expect(figureValues({ unit: 'COUNT', numeratorLabel: '次数', denominatorLabel: null })).toBe(cnt);
  });

  it('figures: save, reject and correct', () => {
    expect(one(saveMonthlyFiguresInput, { estateId: 'e', month: '2025-01', figures: [] })).toEqual([
      'figures:REQUIRED',
    ]);
    expect(
      one(saveMonthlyFiguresInput, {
        estateId: 'e',
        month: '2025-01',
        figures: [{ indicatorCode: 'a' }, { indicatorCode: 'b' }, { indicatorCode: 'a' }],
      }),
    ).toEqual(['figures.2.indicatorCode:DUPLICATE']);
    expect(one(rejectMonthlyFiguresInput, { estateId: 'e', month: '2025-01', reason: '  ' })).toEqual([
      'reason:REQUIRED',
    ]);
    expect(
      check(rejectMonthlyFiguresInput, { estateId: 'e', month: '2025-01', reason: ' 数据\n有误 ' }),
    ).toMatchObject({
      ok: true,
      data: { reason: '数据\n有误' },
    });
    expect(
      one(correctMonthlyFigureInput, {
        estateId: 'e',
        month: '2025-01',
        indicatorCode: 'a',
        reason: 'x'.repeat(501),
      }),
    ).toEqual(['reason:TOO_LONG{"max":500}']);
  });

  it('comparison: period format and trend list sizes with min and max', () => {
    expect(one(comparisonFilter, { period: '2025-Q1' })).toEqual([]);
    expect(one(comparisonFilter, { period: '2025-Q5' })).toEqual(['period:INVALID']);
    expect(one(comparisonFilter, { period: '' })).toEqual(['period:INVALID']);
    const trend = trendArgs({ estates: 2, indicators: 1 });
    expect(
      one(trend, { from: '2025-01', to: '2025-02', estateIds: ['a', 'b', 'c'], indicatorCodes: [] }),
    ).toEqual(['estateIds:OUT_OF_RANGE{"min":1,"max":2}', 'indicatorCodes:OUT_OF_RANGE{"min":1,"max":1}']);
  });
});
