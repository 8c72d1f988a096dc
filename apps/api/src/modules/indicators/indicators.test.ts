/**
 * The indicator catalogue, presets and target overrides with their history (issue 3, items 1–2):
 * built-ins, company indicators and their retirement, who may change targets, and the rule that a
 * past period is judged by the target in force then.
 */
import { addMonths } from '@anju/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  type GqlResult,
  startTestKit,
  type TestCompany,
  type TestKit,
  type TestUser,
  THIS_MONTH,
} from '../../../test/kit.js';
import { typeOpsFiguresByHand } from '../../../test/ops-kit.js';
import { withSystem } from '../../db/tenant.js';
import { indicatorPresets, indicatorTargets } from './indicators.schema.js';

const LAST_MONTH = addMonths(THIS_MONTH, -1);
const NEXT_MONTH = addMonths(THIS_MONTH, 1);

const INDICATORS = `query($r: Boolean) { indicators(includeRetired: $r) { code nameZh nameEn unit direction measurement aggregation
  numeratorLabel denominatorLabel builtIn retired computed presetA { op value label } presetB { op value label } } }`;
const SETTINGS = `query { indicatorSettings { presetNow history { preset effectiveMonth setAt } } }`;
const EFFECTIVE = `query($m: String!, $e: ID) { effectiveTargets(month: $m, estateId: $e) { indicatorCode estateId source effectiveMonth preset target { op value label } } }`;
const HISTORY = `query($c: String!, $e: ID) { targetHistory(indicatorCode: $c, estateId: $e) { id indicatorCode estateId effectiveMonth reason setByName setAt target { label } } }`;
const SET_PRESET = `mutation($i: SetIndicatorPresetInput!) { setIndicatorPreset(input: $i) { presetNow history { preset effectiveMonth } } }`;
const SET_TARGET = `mutation($i: SetIndicatorTargetInput!) { setIndicatorTarget(input: $i) { indicatorCode estateId source effectiveMonth preset target { label } } }`;
const CREATE = `mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { code unit direction aggregation denominatorLabel builtIn retired presetA { label } } }`;
const RETIRE = `mutation($i: RetireIndicatorInput!) { retireIndicator(input: $i) { code retired } }`;
const FORM = `query($e: ID!, $m: String!) { monthlyForm(estateId: $e, month: $m) { state items { indicator { code retired } figure { value state } target { label } judgement } } }`;
const FIGURE_HISTORY = `query($e: ID!, $c: String!, $m: String!) { figureHistory(estateId: $e, indicatorCode: $c, month: $m) { revision numerator state effective } }`;
const SAVE = `mutation($i: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $i) { state } }`;
const SUBMIT = `mutation($i: EstateMonthInput!) { submitMonthlyFigures(input: $i) { state } }`;
const APPROVE = `mutation($i: EstateMonthInput!) { approveMonthlyFigures(input: $i) { state } }`;
const MATRIX = `query($f: ComparisonFilter!) { comparisonMatrix(filter: $f) { indicators { code }
  rows { estateId cells { indicatorCode value target { label } judgement } } company { cells { indicatorCode target { label } } } } }`;

/**
 * The presets of DOMAIN.md's table as the API labels them (A = seed 000's bid, B = seed 001):
 * null where the table has "—".
 */
const PRESETS: Record<string, [string | null, string | null]> = {
  house_intact: ['≥98%', '100%'],
  repair_timely: ['≥99%', '≥99%'],
  repair_rework: ['<1%', null],
  repair_quality: ['≥99%', '100%'],
  repair_callback: ['≥99%', '≥30%'],
  equipment_intact: ['≥99%', '100%'],
  cleaning: ['≥99%', '≥99%'],
  streetlight_intact: ['≥95%', '100%'],
  fire_facility_intact: ['≥99%', '100%'],
  fire_alarm_rate: [null, '≤1%'],
  fire_count: ['0', '0'],
  road_parking_intact: ['≥98%', '100%'],
  greenery_intact: ['≥95%', '≥99%'],
  drainage_intact: ['≥98%', '100%'],
  pipe_intact: [null, '100%'],
  public_facility_intact: [null, '100%'],
  complaint_valid_rate: ['<2%', '≤2%'],
  complaint_handled: ['100%', '100%'],
  satisfaction: ['≥80%', '≥98%'],
  fee_collection: ['≥95%', '≥98%'],
  security_cases: ['<1', '≤1'],
  major_criminal_cases: [null, '0'],
  violation_rate: ['<1%', '≤2%'],
  violation_handled: ['≥95%', '100%'],
  training_pass: ['100%', '100%'],
  certified_on_duty: ['100%', '100%'],
  culture_activities: [null, '≥12'],
  special_services: [null, '≥10'],
};

interface IndicatorData {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  direction: string;
  aggregation: string;
  denominatorLabel: string | null;
  builtIn: boolean;
  retired: boolean;
  computed: boolean;
  presetA: { op: string; value: number; label: string } | null;
  presetB: { op: string; value: number; label: string } | null;
}
interface Effective {
  indicatorCode: string;
  estateId: string | null;
  source: string;
  effectiveMonth: string | null;
  preset: string;
  target: { op: string; value: number; label: string } | null;
}
interface FormItem {
  indicator: { code: string; retired: boolean };
  figure: { value: number; state: string } | null;
  target: { label: string } | null;
  judgement: string;
}

let kit: TestKit;

/** Runs a call that must succeed and returns its data. */
async function ok<T>(token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await kit.gql<T>(token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

/** The `path:reason` of every field problem of a BAD_USER_INPUT answer. */
function problemsOf(res: GqlResult): string[] {
  expect(codeOf(res)).toBe('BAD_USER_INPUT');
  return res.errors![0]!.extensions!.fields!.map((f) => `${f.path.join('.')}:${f.reason}`);
}

/** Figures of an estate's month, reported by `reporter` and approved by `approver`. */
async function approved(
  reporter: string,
  approver: string,
  estateId: string,
  month: string,
  figures: { indicatorCode: string; numerator: number; denominator?: number }[],
) {
  await ok(reporter, SAVE, { i: { estateId, month, figures } });
  await ok(reporter, SUBMIT, { i: { estateId, month } });
  await ok(approver, APPROVE, { i: { estateId, month } });
}

const itemOf = async (token: string, estateId: string, month: string, code: string) =>
  (
    await ok<{ monthlyForm: { items: FormItem[] } }>(token, FORM, { e: estateId, m: month })
  ).monthlyForm.items.find((i) => i.indicator.code === code);

async function cellOf(token: string, period: string, estateId: string, code: string) {
  const data = await ok<{
    comparisonMatrix: {
      rows: {
        estateId: string;
        cells: {
          indicatorCode: string;
          value: number | null;
          target: { label: string } | null;
          judgement: string;
        }[];
      }[];
    };
  }>(token, MATRIX, { f: { period, indicatorCodes: [code] } });
  return data.comparisonMatrix.rows.find((r) => r.estateId === estateId)!.cells[0]!;
}

const targetOf = (list: Effective[], code: string) => list.find((t) => t.indicatorCode === code)!;

/** A fresh company with an admin, for tests whose targets must not meet anyone else's. */
async function freshCompany() {
  const company = await kit.company();
  const admin = await company.user('COMPANY_ADMIN');
  return { company, admin };
}

beforeAll(async () => {
  kit = await startTestKit();
  // These tests type figures of codes the estate's records now compute (issue 11 item 6).
  typeOpsFiguresByHand();
});
afterAll(() => kit?.close());

describe('catalogue', () => {
  let admin: TestUser;
  beforeAll(async () => {
    ({ admin } = await freshCompany());
  });

  it('has the 28 indicators of DOMAIN.md and the audit score, built in, with presets A and B', async () => {
    const { indicators } = await ok<{ indicators: IndicatorData[] }>(admin.token, INDICATORS, {});
    const builtIn = indicators.filter((i) => i.builtIn);
    expect(builtIn.map((i) => i.code)).toEqual([...Object.keys(PRESETS), 'audit_score']);
    for (const i of builtIn) {
      expect(i.nameZh, i.code).not.toBe('');
      expect(i.nameEn, i.code).not.toBe('');
      expect(i.retired, i.code).toBe(false);
      // Percent indicators say what they divide by; counts have no denominator.
      expect(i.denominatorLabel == null, i.code).toBe(i.unit !== 'PERCENT');
    }
    const labels = Object.fromEntries(
      builtIn.map((i) => [i.code, [i.presetA?.label ?? null, i.presetB?.label ?? null]]),
    );
    expect(labels).toEqual({ ...PRESETS, audit_score: [null, null] });
    const byCode = new Map(builtIn.map((i) => [i.code, i]));
    expect(byCode.get('house_intact')).toMatchObject({
      unit: 'PERCENT',
      direction: 'AT_LEAST',
      aggregation: 'RATIO',
      presetA: { op: 'AT_LEAST', value: 98 },
      presetB: { op: 'EQUALS', value: 100 },
    });
    expect(byCode.get('fire_count')).toMatchObject({
      unit: 'COUNT',
      direction: 'ZERO',
      presetA: { op: 'EQUALS', value: 0 },
    });
    expect(byCode.get('security_cases')).toMatchObject({
      unit: 'COUNT_PER_YEAR',
      direction: 'AT_MOST',
      presetA: { op: 'LESS_THAN', value: 1 },
      presetB: { op: 'AT_MOST', value: 1 },
    });
    expect(byCode.get('audit_score')).toMatchObject({
      unit: 'PERCENT',
      measurement: 'AUDIT',
      presetA: null,
      presetB: null,
    });
  });

  it('starts on preset A with no history, and company-wide targets come from it', async () => {
    const { indicatorSettings } = await ok<{ indicatorSettings: { presetNow: string; history: unknown[] } }>(
      admin.token,
      SETTINGS,
    );
    expect(indicatorSettings).toEqual({ presetNow: 'A', history: [] });
    const { effectiveTargets } = await ok<{ effectiveTargets: Effective[] }>(admin.token, EFFECTIVE, {
      m: THIS_MONTH,
    });
    expect(effectiveTargets).toHaveLength(29);
    expect(targetOf(effectiveTargets, 'satisfaction')).toEqual({
      indicatorCode: 'satisfaction',
      estateId: null,
      source: 'PRESET',
      effectiveMonth: null,
      preset: 'A',
      target: { op: 'AT_LEAST', value: 80, label: '≥80%' },
    });
    expect(targetOf(effectiveTargets, 'pipe_intact').target).toBeNull();
  });
});

describe('company indicators', () => {
  let co: TestCompany;
  let admin: TestUser;
  let manager: TestUser;
  let auditor: TestUser;
  beforeAll(async () => {
    ({ company: co, admin } = await freshCompany());
    [manager, auditor] = await Promise.all([co.user('ESTATE_MANAGER'), co.user('QUALITY_AUDITOR')]);
  });

  const input = (over: Record<string, unknown> = {}) => ({
    code: `own_${Math.random().toString(36).slice(2, 8)}`,
    nameZh: '电梯困人次数',
    nameEn: 'Lift entrapments',
    unit: 'COUNT',
    direction: 'AT_MOST',
    measurement: 'INCIDENTS',
    numeratorLabel: '困人次数',
    ...over,
  });

  it('validates the code pattern, the labels a percent needs, and the roll-up', async () => {
    for (const code of ['Bad-Code', '1abc', 'x', 'has space', 'ünï']) {
      expect(problemsOf(await kit.gql(admin.token, CREATE, { i: input({ code }) })), code).toEqual([
        'code:INVALID',
      ]);
    }
    expect(
      problemsOf(
        await kit.gql(admin.token, CREATE, { i: input({ unit: 'PERCENT', numeratorLabel: '及时' }) }),
      ),
    ).toEqual(['denominatorLabel:REQUIRED']);
    expect(
      problemsOf(
        await kit.gql(admin.token, CREATE, { i: input({ unit: 'PERCENT', denominatorLabel: '   ' }) }),
      ),
    ).toEqual(['denominatorLabel:REQUIRED']);
    // A count rolled up as a ratio: wrong roll-up, and a ratio would need a denominator.
    expect(problemsOf(await kit.gql(admin.token, CREATE, { i: input({ aggregation: 'RATIO' }) }))).toEqual([
      'aggregation:INVALID',
      'denominatorLabel:REQUIRED',
    ]);
    expect(
      problemsOf(
        await kit.gql(admin.token, CREATE, {
          i: input({ unit: 'PERCENT', aggregation: 'SUM', denominatorLabel: '户数' }),
        }),
      ),
    ).toEqual(['aggregation:INVALID']);
    expect(
      problemsOf(await kit.gql(admin.token, CREATE, { i: input({ nameZh: ' ', numeratorLabel: '' }) })),
    ).toEqual(['nameZh:REQUIRED', 'numeratorLabel:REQUIRED']);

    const percent = await ok<{ createIndicator: Record<string, unknown> }>(admin.token, CREATE, {
      i: input({ unit: 'PERCENT', direction: 'AT_LEAST', numeratorLabel: '按时', denominatorLabel: '全部' }),
    });
    expect(percent.createIndicator).toMatchObject({
      unit: 'PERCENT',
      aggregation: 'RATIO',
      denominatorLabel: '全部',
      builtIn: false,
      retired: false,
      presetA: null,
    });
    const count = await ok<{ createIndicator: Record<string, unknown> }>(admin.token, CREATE, { i: input() });
    expect(count.createIndicator).toMatchObject({
      unit: 'COUNT',
      aggregation: 'SUM',
      denominatorLabel: null,
    });
  });

  it('stores English labels and description, the Chinese ones standing in when absent', async () => {
    const TEXTS = `query { indicators { code numeratorLabel denominatorLabel descriptionZh numeratorLabelEn denominatorLabelEn descriptionEn } }`;
    const english = input({
      unit: 'PERCENT',
      direction: 'AT_LEAST',
      numeratorLabel: '按时救援',
      denominatorLabel: '救援次数',
      descriptionZh: '按时救援 / 救援次数',
      numeratorLabelEn: '  Rescues on time ',
      denominatorLabelEn: 'Rescues',
      descriptionEn: 'Rescues on time / rescues',
    });
    const chinese = input({
      unit: 'PERCENT',
      direction: 'AT_LEAST',
      numeratorLabel: '完好',
      denominatorLabel: '全部',
    });
    // A count has no denominator, in English neither (a stray English one is not kept).
    const count = input({ numeratorLabelEn: 'Entrapments', denominatorLabelEn: 'Ignored' });
    for (const i of [english, chinese, count]) await ok(admin.token, CREATE, { i });
    const { indicators } = await ok<{ indicators: Record<string, unknown>[] }>(admin.token, TEXTS);
    const byCode = new Map(indicators.map((i) => [i.code, i]));
    expect(byCode.get(english.code)).toMatchObject({
      numeratorLabelEn: 'Rescues on time',
      denominatorLabelEn: 'Rescues',
      descriptionEn: 'Rescues on time / rescues',
    });
    expect(byCode.get(chinese.code)).toMatchObject({
      numeratorLabelEn: '完好',
      denominatorLabelEn: '全部',
      descriptionEn: '',
    });
    expect(byCode.get(count.code)).toMatchObject({
      numeratorLabelEn: 'Entrapments',
      denominatorLabel: null,
      denominatorLabelEn: null,
    });
    // Built-in indicators answer in English from the catalogue.
    expect(byCode.get('repair_timely')).toMatchObject({
      numeratorLabelEn: 'Work orders done on time',
      denominatorLabelEn: 'Work orders completed',
      descriptionEn: 'Work orders done on time / Work orders completed',
    });
    expect(byCode.get('audit_score')).toMatchObject({ numeratorLabelEn: 'Points scored' });
    // Bounded like every text input.
    expect(
      problemsOf(await kit.gql(admin.token, CREATE, { i: input({ numeratorLabelEn: 'x'.repeat(121) }) })),
    ).toEqual(['numeratorLabelEn:TOO_LONG']);
  });

  it('refuses a code the catalogue already has (built in or the company’s own) with CONFLICT', async () => {
    const first = input();
    await ok(admin.token, CREATE, { i: first });
    expect(codeOf(await kit.gql(admin.token, CREATE, { i: { ...first, nameZh: '重名' } }))).toBe('CONFLICT');
    expect(codeOf(await kit.gql(admin.token, CREATE, { i: input({ code: 'house_intact' }) }))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await kit.gql(admin.token, CREATE, { i: input({ code: 'audit_score' }) }))).toBe(
      'CONFLICT',
    );
  });

  it('retires an indicator: its history stays, but it can no longer be reported or targeted', async () => {
    const e = co.estates[0]!.id;
    const { code } = input();
    await ok(admin.token, CREATE, { i: input({ code }) });
    await approved(manager.token, auditor.token, e, LAST_MONTH, [{ indicatorCode: code, numerator: 3 }]);

    expect(await ok(admin.token, RETIRE, { i: { code } })).toEqual({
      retireIndicator: { code, retired: true },
    });

    const active = await ok<{ indicators: IndicatorData[] }>(admin.token, INDICATORS, {});
    expect(active.indicators.map((i) => i.code)).not.toContain(code);
    const all = await ok<{ indicators: IndicatorData[] }>(manager.token, INDICATORS, { r: true });
    expect(all.indicators.find((i) => i.code === code)).toMatchObject({ retired: true, builtIn: false });

    // Its figures stay readable: the history, the form of that month, an explicit comparison.
    expect(await ok(manager.token, FIGURE_HISTORY, { e, c: code, m: LAST_MONTH })).toEqual({
      figureHistory: [{ revision: 1, numerator: 3, state: 'APPROVED', effective: true }],
    });
    expect(await itemOf(manager.token, e, LAST_MONTH, code)).toMatchObject({
      indicator: { code, retired: true },
      figure: { value: 3, state: 'APPROVED' },
    });
    // A month without its figures no longer offers it.
    expect(await itemOf(manager.token, e, addMonths(LAST_MONTH, -1), code)).toBeUndefined();
    expect((await cellOf(admin.token, LAST_MONTH, e, code)).value).toBe(3);
    const defaults = await ok<{ comparisonMatrix: { indicators: { code: string }[] } }>(admin.token, MATRIX, {
      f: { period: LAST_MONTH },
    });
    expect(defaults.comparisonMatrix.indicators.map((i) => i.code)).not.toContain(code);
    const targets = await ok<{ effectiveTargets: Effective[] }>(admin.token, EFFECTIVE, { m: THIS_MONTH });
    expect(targets.effectiveTargets.map((t) => t.indicatorCode)).not.toContain(code);

    // …but nobody reports or targets it any more, and its code stays taken.
    const fresh = addMonths(LAST_MONTH, -2);
    expect(
      problemsOf(
        await kit.gql(manager.token, SAVE, {
          i: { estateId: e, month: fresh, figures: [{ indicatorCode: code, numerator: 1 }] },
        }),
      ),
    ).toEqual(['figures.0.indicatorCode:NOT_FOUND']);
    expect(
      problemsOf(
        await kit.gql(admin.token, SET_TARGET, {
          i: { indicatorCode: code, op: 'AT_MOST', value: 1, effectiveMonth: NEXT_MONTH },
        }),
      ),
    ).toEqual(['indicatorCode:NOT_FOUND']);
    expect(codeOf(await kit.gql(admin.token, CREATE, { i: input({ code }) }))).toBe('CONFLICT');
  });

  it('built-in indicators cannot be retired; unknown codes are NOT_FOUND', async () => {
    expect(problemsOf(await kit.gql(admin.token, RETIRE, { i: { code: 'house_intact' } }))).toEqual([
      'code:BUILT_IN',
    ]);
    expect(codeOf(await kit.gql(admin.token, RETIRE, { i: { code: 'no_such_code' } }))).toBe('NOT_FOUND');
  });
});

describe('target changes', () => {
  let co: TestCompany;
  let admin: TestUser;
  beforeAll(async () => {
    ({ company: co, admin } = await freshCompany());
  });

  it('refuses effective months in the past (history keeps its targets), by field', async () => {
    const past = await kit.gql(admin.token, SET_PRESET, { i: { preset: 'B', effectiveMonth: LAST_MONTH } });
    expect(problemsOf(past)).toEqual(['effectiveMonth:PAST']);
    const pastTarget = await kit.gql(admin.token, SET_TARGET, {
      i: { indicatorCode: 'fee_collection', op: 'AT_LEAST', value: 90, effectiveMonth: LAST_MONTH },
    });
    expect(problemsOf(pastTarget)).toEqual(['effectiveMonth:PAST']);
    const pastEstate = await kit.gql(admin.token, SET_TARGET, {
      i: {
        indicatorCode: 'fee_collection',
        estateId: co.estates[0]!.id,
        op: 'AT_LEAST',
        value: 90,
        effectiveMonth: '2020-01',
      },
    });
    expect(problemsOf(pastEstate)).toEqual(['effectiveMonth:PAST']);
    expect(
      problemsOf(await kit.gql(admin.token, SET_PRESET, { i: { preset: 'B', effectiveMonth: '2030-13' } })),
    ).toEqual(['effectiveMonth:INVALID']);
    // Nothing was written.
    expect(
      await kit.database.raw(
        'select 1 from indicator_targets where company_id = $1 union all select 1 from indicator_presets where company_id = $1',
        [co.id],
      ),
    ).toEqual([]);
  });

  it('validates the target itself', async () => {
    const base = { indicatorCode: 'fee_collection', effectiveMonth: NEXT_MONTH };
    expect(problemsOf(await kit.gql(admin.token, SET_TARGET, { i: { ...base, op: 'AT_LEAST' } }))).toEqual([
      'value:REQUIRED',
    ]);
    expect(problemsOf(await kit.gql(admin.token, SET_TARGET, { i: { ...base, value: 90 } }))).toEqual([
      'op:REQUIRED',
    ]);
    expect(
      problemsOf(await kit.gql(admin.token, SET_TARGET, { i: { ...base, op: 'AT_LEAST', value: -1 } })),
    ).toEqual(['value:NEGATIVE']);
    expect(
      problemsOf(await kit.gql(admin.token, SET_TARGET, { i: { ...base, op: 'AT_LEAST', value: 101 } })),
    ).toEqual(['value:TOO_LARGE']);
    expect(
      problemsOf(
        await kit.gql(admin.token, SET_TARGET, {
          i: { ...base, indicatorCode: 'nope', op: 'AT_LEAST', value: 1 },
        }),
      ),
    ).toEqual(['indicatorCode:NOT_FOUND']);
  });

  it('keeps every change with who and when, newest first', async () => {
    const other = await co.user('COMPANY_ADMIN');
    const [me, otherMe] = await Promise.all([
      ok<{ me: { name: string } }>(admin.token, `query { me { name } }`),
      ok<{ me: { name: string } }>(other.token, `query { me { name } }`),
    ]);
    const e0 = co.estates[0]!.id;
    const started = Date.now();
    const set = (token: string, i: Record<string, unknown>) =>
      ok<{ setIndicatorTarget: Effective }>(token, SET_TARGET, {
        i: { indicatorCode: 'satisfaction', ...i },
      });
    await set(admin.token, { op: 'AT_LEAST', value: 85, effectiveMonth: THIS_MONTH, reason: '投标承诺' });
    await set(admin.token, { op: 'AT_LEAST', value: 86, effectiveMonth: THIS_MONTH, reason: '当月再调' });
    await set(other.token, { op: 'AT_LEAST', value: 90, effectiveMonth: addMonths(THIS_MONTH, 2) });
    // Removing the target is a change too (no op, no value).
    const removed = await set(admin.token, { effectiveMonth: addMonths(THIS_MONTH, 4), reason: '不再考核' });
    expect(removed.setIndicatorTarget).toMatchObject({ source: 'COMPANY', target: null });
    await set(other.token, {
      estateId: e0,
      op: 'AT_LEAST',
      value: 70,
      effectiveMonth: NEXT_MONTH,
      reason: '老旧小区',
    });

    type Change = {
      effectiveMonth: string;
      reason: string | null;
      setByName: string;
      setAt: string;
      target: { label: string } | null;
      estateId: string | null;
    };
    const company = (await ok<{ targetHistory: Change[] }>(admin.token, HISTORY, { c: 'satisfaction' }))
      .targetHistory;
    expect(company.map((c) => [c.effectiveMonth, c.target?.label ?? null, c.reason, c.setByName])).toEqual([
      [addMonths(THIS_MONTH, 4), null, '不再考核', me.me.name],
      [addMonths(THIS_MONTH, 2), '≥90%', null, otherMe.me.name],
      // Two changes for the same month: the later one first (and in force).
      [THIS_MONTH, '≥86%', '当月再调', me.me.name],
      [THIS_MONTH, '≥85%', '投标承诺', me.me.name],
    ]);
    for (const c of company) {
      expect(c.estateId).toBeNull();
      expect(Date.parse(c.setAt)).toBeGreaterThanOrEqual(started - 5000);
      expect(Date.parse(c.setAt)).toBeLessThanOrEqual(Date.now() + 5000);
    }
    const estate = (await ok<{ targetHistory: Change[] }>(admin.token, HISTORY, { c: 'satisfaction', e: e0 }))
      .targetHistory;
    expect(estate.map((c) => [c.estateId, c.effectiveMonth, c.target?.label, c.setByName])).toEqual([
      [e0, NEXT_MONTH, '≥70%', otherMe.me.name],
    ]);

    const now = await ok<{ effectiveTargets: Effective[] }>(admin.token, EFFECTIVE, { m: THIS_MONTH });
    expect(targetOf(now.effectiveTargets, 'satisfaction')).toMatchObject({
      source: 'COMPANY',
      target: { label: '≥86%' },
    });
    const later = await ok<{ effectiveTargets: Effective[] }>(admin.token, EFFECTIVE, {
      m: addMonths(THIS_MONTH, 5),
    });
    expect(targetOf(later.effectiveTargets, 'satisfaction')).toMatchObject({
      source: 'COMPANY',
      effectiveMonth: addMonths(THIS_MONTH, 4),
      target: null,
    });

    // Preset choices keep their history too.
    await ok(admin.token, SET_PRESET, { i: { preset: 'B', effectiveMonth: NEXT_MONTH } });
    const settings = await ok<{
      indicatorSettings: {
        presetNow: string;
        history: { preset: string; effectiveMonth: string; setAt: string }[];
      };
    }>(admin.token, SETTINGS);
    expect(settings.indicatorSettings.presetNow).toBe('A');
    expect(settings.indicatorSettings.history.map((h) => [h.preset, h.effectiveMonth])).toEqual([
      ['B', NEXT_MONTH],
    ]);
    const next = await ok<{ effectiveTargets: Effective[] }>(admin.token, EFFECTIVE, { m: NEXT_MONTH });
    expect(targetOf(next.effectiveTargets, 'fee_collection')).toMatchObject({
      source: 'PRESET',
      preset: 'B',
      effectiveMonth: NEXT_MONTH,
      target: { label: '≥98%' },
    });
  });

  it('an estate override beats a company override, which beats the preset', async () => {
    const { company, admin: boss } = await freshCompany();
    const [e0, e1, e2] = company.estates.map((e) => e.id) as [string, string, string];
    const at = async (estateId: string | null, code = 'fee_collection', month = THIS_MONTH) =>
      targetOf(
        (await ok<{ effectiveTargets: Effective[] }>(boss.token, EFFECTIVE, { m: month, e: estateId }))
          .effectiveTargets,
        code,
      );

    expect(await at(e0)).toMatchObject({
      estateId: e0,
      source: 'PRESET',
      preset: 'A',
      target: { label: '≥95%' },
    });
    await ok(boss.token, SET_TARGET, {
      i: { indicatorCode: 'fee_collection', op: 'AT_LEAST', value: 96, effectiveMonth: THIS_MONTH },
    });
    expect(await at(e0)).toMatchObject({
      source: 'COMPANY',
      effectiveMonth: THIS_MONTH,
      target: { label: '≥96%' },
    });
    const own = await ok<{ setIndicatorTarget: Effective }>(boss.token, SET_TARGET, {
      i: {
        indicatorCode: 'fee_collection',
        estateId: e0,
        op: 'AT_LEAST',
        value: 97,
        effectiveMonth: THIS_MONTH,
      },
    });
    expect(own.setIndicatorTarget).toMatchObject({
      estateId: e0,
      source: 'ESTATE',
      target: { label: '≥97%' },
    });
    expect(await at(e0)).toMatchObject({ source: 'ESTATE', target: { label: '≥97%' } });
    expect(await at(e1)).toMatchObject({ source: 'COMPANY', target: { label: '≥96%' } });
    expect(await at(null)).toMatchObject({ estateId: null, source: 'COMPANY', target: { label: '≥96%' } });
    // A later preset change does not undo an override.
    await ok(boss.token, SET_PRESET, { i: { preset: 'B', effectiveMonth: NEXT_MONTH } });
    expect(await at(e1, 'fee_collection', NEXT_MONTH)).toMatchObject({
      source: 'COMPANY',
      preset: 'B',
      target: { label: '≥96%' },
    });
    expect(await at(e1, 'repair_callback', NEXT_MONTH)).toMatchObject({
      source: 'PRESET',
      preset: 'B',
      target: { label: '≥30%' },
    });

    // The same 96.5% meets the company target, misses the estate's own; 95.5% would meet the preset.
    for (const [estateId, numerator] of [
      [e0, 96.5],
      [e1, 96.5],
      [e2, 95.5],
    ] as const) {
      await ok(boss.token, SAVE, {
        i: {
          estateId,
          month: THIS_MONTH,
          figures: [{ indicatorCode: 'fee_collection', numerator, denominator: 100 }],
        },
      });
    }
    expect(await itemOf(boss.token, e0, THIS_MONTH, 'fee_collection')).toMatchObject({
      target: { label: '≥97%' },
      judgement: 'MISSED',
    });
    expect(await itemOf(boss.token, e1, THIS_MONTH, 'fee_collection')).toMatchObject({
      target: { label: '≥96%' },
      judgement: 'MET',
    });
    expect(await itemOf(boss.token, e2, THIS_MONTH, 'fee_collection')).toMatchObject({
      target: { label: '≥96%' },
      judgement: 'MISSED',
    });
    for (const estateId of [e0, e1, e2]) {
      await ok(boss.token, SUBMIT, { i: { estateId, month: THIS_MONTH } });
      await ok(boss.token, APPROVE, { i: { estateId, month: THIS_MONTH } });
    }
    const matrix = await ok<{
      comparisonMatrix: {
        rows: { estateId: string; cells: { target: { label: string }; judgement: string }[] }[];
        company: { cells: { target: { label: string } }[] };
      };
    }>(boss.token, MATRIX, { f: { period: THIS_MONTH, indicatorCodes: ['fee_collection'] } });
    const judged = Object.fromEntries(
      matrix.comparisonMatrix.rows.map((r) => [
        r.estateId,
        [r.cells[0]!.target.label, r.cells[0]!.judgement],
      ]),
    );
    expect(judged).toEqual({ [e0]: ['≥97%', 'MISSED'], [e1]: ['≥96%', 'MET'], [e2]: ['≥96%', 'MISSED'] });
    expect(matrix.comparisonMatrix.company.cells[0]!.target.label).toBe('≥96%');
  });

  it('judges a past month by the target in force then, a recent month by today’s', async () => {
    const { company, admin: boss } = await freshCompany();
    const e = company.estates[0]!.id;
    const m = (delta: number) => addMonths(THIS_MONTH, delta);
    // Older decisions, as they were recorded then (the API refuses to write the past).
    await withSystem(kit.database, 'test', async (tx) => {
      await tx.insert(indicatorTargets).values([
        {
          companyId: company.id,
          indicatorCode: 'fee_collection',
          estateId: null,
          op: '>=',
          value: 90,
          effectiveMonth: m(-14),
          reason: '首年宽松',
          setBy: boss.id,
          setAt: new Date(Date.now() - 430 * 86_400_000),
        },
        {
          companyId: company.id,
          indicatorCode: 'fee_collection',
          estateId: null,
          op: '>=',
          value: 99,
          effectiveMonth: m(-3),
          reason: '从严',
          setBy: boss.id,
          setAt: new Date(Date.now() - 95 * 86_400_000),
        },
      ]);
      await tx.insert(indicatorPresets).values({
        companyId: company.id,
        preset: 'B',
        effectiveMonth: m(-6),
        setBy: boss.id,
        setAt: new Date(Date.now() - 185 * 86_400_000),
      });
    });
    await approved(boss.token, boss.token, e, m(-16), [
      { indicatorCode: 'fee_collection', numerator: 93, denominator: 100 },
    ]);
    await approved(boss.token, boss.token, e, m(-12), [
      { indicatorCode: 'fee_collection', numerator: 93, denominator: 100 },
      { indicatorCode: 'house_intact', numerator: 99, denominator: 100 },
    ]);
    await approved(boss.token, boss.token, e, m(-4), [
      { indicatorCode: 'house_intact', numerator: 99, denominator: 100 },
    ]);
    await approved(boss.token, boss.token, e, m(-2), [
      { indicatorCode: 'fee_collection', numerator: 93, denominator: 100 },
    ]);

    // fee_collection 93%: preset A ≥95% before any override, ≥90% a year ago, ≥99% recently.
    const fee = [
      [m(-16), '≥95%', 'MISSED'],
      [m(-12), '≥90%', 'MET'],
      [m(-2), '≥99%', 'MISSED'],
    ];
    // house_intact 99%: preset A (≥98%) a year ago, preset B (100%) since six months ago.
    const house = [
      [m(-12), '≥98%', 'MET'],
      [m(-4), '100%', 'MISSED'],
    ];
    for (const [code, cases] of [
      ['fee_collection', fee],
      ['house_intact', house],
    ] as const) {
      for (const [month, label, judgement] of cases) {
        expect(await itemOf(boss.token, e, month!, code), `${code} ${month}`).toMatchObject({
          target: { label },
          judgement,
        });
        expect(await cellOf(boss.token, month!, e, code), `${code} ${month}`).toMatchObject({
          target: { label },
          judgement,
        });
      }
    }

    const then = await ok<{ effectiveTargets: Effective[] }>(boss.token, EFFECTIVE, { m: m(-12), e });
    expect(targetOf(then.effectiveTargets, 'fee_collection')).toMatchObject({
      source: 'COMPANY',
      effectiveMonth: m(-14),
      preset: 'A',
      target: { label: '≥90%' },
    });
    const recent = await ok<{ effectiveTargets: Effective[] }>(boss.token, EFFECTIVE, { m: m(-4), e });
    expect(targetOf(recent.effectiveTargets, 'house_intact')).toMatchObject({
      source: 'PRESET',
      preset: 'B',
      effectiveMonth: m(-6),
      target: { label: '100%' },
    });
    const history = await ok<{
      targetHistory: { effectiveMonth: string; reason: string; setByName: string }[];
    }>(boss.token, HISTORY, { c: 'fee_collection' });
    const { me } = await ok<{ me: { name: string } }>(boss.token, `query { me { name } }`);
    expect(history.targetHistory.map((h) => [h.effectiveMonth, h.reason, h.setByName])).toEqual([
      [m(-3), '从严', me.name],
      [m(-14), '首年宽松', me.name],
    ]);
    expect(
      (await ok<{ indicatorSettings: { presetNow: string } }>(boss.token, SETTINGS)).indicatorSettings
        .presetNow,
    ).toBe('B');
  });
});

describe('who may see and change targets', () => {
  let co: TestCompany;
  let admin: TestUser;
  let spare: string;
  beforeAll(async () => {
    ({ company: co, admin } = await freshCompany());
    spare = `spare_${Math.random().toString(36).slice(2, 8)}`;
    await ok(admin.token, CREATE, {
      i: {
        code: spare,
        nameZh: '备用',
        nameEn: 'Spare',
        unit: 'COUNT',
        direction: 'AT_MOST',
        measurement: 'INCIDENTS',
        numeratorLabel: '次',
      },
    });
    // A target of region 1's estate, so a history read out of scope has something to show.
    await ok(admin.token, SET_TARGET, {
      i: {
        indicatorCode: 'fee_collection',
        estateId: co.estates[2]!.id,
        op: 'AT_LEAST',
        value: 93,
        effectiveMonth: NEXT_MONTH,
        reason: '南区目标',
      },
    });
  });

  it('refuses every change to anyone but the company admin, and writes nothing', async () => {
    const e0 = co.estates[0]!.id;
    const count = async () =>
      (
        await kit.database.raw<{ n: number }>(
          `select (select count(*) from indicator_targets where company_id = $1)::int
                + (select count(*) from indicator_presets where company_id = $1)::int
                + (select count(*) from custom_indicators where company_id = $1 and retired_at is null)::int as n`,
          [co.id],
        )
      )[0]!.n;
    const before = await count();
    const roles = await Promise.all([
      co.user('QUALITY_AUDITOR'),
      co.user('HQ_VIEWER'),
      co.user('HQ_VIEWER', { regionId: co.regions[0]!.id }),
      co.user('ESTATE_MANAGER', { estateIds: [e0] }),
      co.user('ESTATE_STAFF', { estateIds: [e0] }),
      co.user('COMMITTEE_MEMBER', { estateIds: [e0] }),
    ]);
    const calls: [string, Record<string, unknown>][] = [
      [SET_PRESET, { i: { preset: 'B', effectiveMonth: NEXT_MONTH } }],
      [
        SET_TARGET,
        { i: { indicatorCode: 'fee_collection', op: 'AT_LEAST', value: 50, effectiveMonth: NEXT_MONTH } },
      ],
      // The manager's own estate: still not theirs to set.
      [
        SET_TARGET,
        {
          i: {
            indicatorCode: 'fee_collection',
            estateId: e0,
            op: 'AT_LEAST',
            value: 50,
            effectiveMonth: NEXT_MONTH,
          },
        },
      ],
      [
        CREATE,
        {
          i: {
            code: 'sneaky_one',
            nameZh: '越权',
            nameEn: 'Sneaky',
            unit: 'COUNT',
            direction: 'AT_MOST',
            measurement: 'INCIDENTS',
            numeratorLabel: '次',
          },
        },
      ],
      [RETIRE, { i: { code: spare } }],
    ];
    const answers: string[] = [];
    for (const user of roles) {
      for (const [query, variables] of calls) {
        const res = await kit.gql(user.token, query, variables);
        answers.push(`${user.role} ${/\{\s*(\w+)/.exec(query)?.[1]}:${codeOf(res)}`);
        expect(res.data ?? null).toBeNull();
      }
    }
    expect(answers.filter((a) => !a.endsWith(':FORBIDDEN'))).toEqual([]);
    expect(answers).toHaveLength(roles.length * calls.length);
    expect(await count()).toBe(before);
  });

  it('staff and the committee read no indicators or targets at all', async () => {
    for (const role of ['ESTATE_STAFF', 'COMMITTEE_MEMBER'] as const) {
      const user = await co.user(role, { estateIds: [co.estates[0]!.id] });
      for (const [query, variables] of [
        [INDICATORS, {}],
        [SETTINGS, {}],
        [EFFECTIVE, { m: THIS_MONTH, e: co.estates[0]!.id }],
        [HISTORY, { c: 'fee_collection', e: co.estates[0]!.id }],
      ] as const) {
        expect(codeOf(await kit.gql(user.token, query, variables)), role).toBe('FORBIDDEN');
      }
    }
  });

  it('an HQ viewer of one region gets NOT_FOUND for the targets of another region’s estate', async () => {
    const viewer = await co.user('HQ_VIEWER', { regionId: co.regions[0]!.id });
    const inside = co.estates[1]!.id;
    const outside = co.estates[2]!.id; // region 1
    expect(codeOf(await kit.gql(viewer.token, EFFECTIVE, { m: THIS_MONTH, e: inside }))).toBe('OK');
    expect(codeOf(await kit.gql(viewer.token, EFFECTIVE, { m: THIS_MONTH, e: outside }))).toBe('NOT_FOUND');
    // Company-wide targets are the viewer's to read.
    expect(codeOf(await kit.gql(viewer.token, EFFECTIVE, { m: THIS_MONTH }))).toBe('OK');
    expect(codeOf(await kit.gql(viewer.token, HISTORY, { c: 'fee_collection' }))).toBe('OK');
    // The history of that estate's targets is out of scope as well.
    const history = await kit.gql(viewer.token, HISTORY, { c: 'fee_collection', e: outside });
    expect(codeOf(history), JSON.stringify(history.data)).toBe('NOT_FOUND');
    expect(JSON.stringify(history)).not.toContain('南区目标');
  });

  it('an estate manager reads the targets of their own estates only', async () => {
    const manager = await co.user('ESTATE_MANAGER', { estateIds: [co.estates[0]!.id] });
    expect(codeOf(await kit.gql(manager.token, EFFECTIVE, { m: THIS_MONTH, e: co.estates[0]!.id }))).toBe(
      'OK',
    );
    expect(codeOf(await kit.gql(manager.token, EFFECTIVE, { m: THIS_MONTH, e: co.estates[2]!.id }))).toBe(
      'NOT_FOUND',
    );
    const history = await kit.gql(manager.token, HISTORY, { c: 'fee_collection', e: co.estates[2]!.id });
    expect(codeOf(history), JSON.stringify(history.data)).toBe('NOT_FOUND');
  });

  it('a malformed estate id is NOT_FOUND, not a server error', async () => {
    for (const query of [EFFECTIVE, HISTORY]) {
      const res = await kit.gql(admin.token, query, { m: THIS_MONTH, c: 'fee_collection', e: 'not-a-uuid' });
      expect(codeOf(res), query).toBe('NOT_FOUND');
    }
  });
});
