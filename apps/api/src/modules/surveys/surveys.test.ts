import 'reflect-metadata';
/**
 * Satisfaction surveys through GraphQL (issue 11 items 4, 6 and 9): creating one from the default
 * questions, household codes, the public page without signing in (one answer per household code,
 * closed and unopened surveys, bad input refused clearly, per-address rate limits), results per
 * area, satisfaction recomputed in the answering transaction and its drill-down, the yearly
 * check, and who may do what.
 */
import { addDaysToDate as addDays, monthOfDate, zonedDate } from '@anju/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  type GqlResult,
  startTestKit,
  TEST_NOW,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';

let kit: TestKit;
let co: TestCompany;
let other: TestCompany;
let admin: TestUser;
let viewer: TestUser;
let manager: TestUser;
let staff: TestUser;
let committee: TestUser;
let otherAdmin: TestUser;
let estate0: string;
const today = () => zonedDate(TEST_NOW, 'Asia/Shanghai');

const SURVEY_FIELDS = `id estateId title opensOn closesOn status publicToken questions { key area text }
  results { answers satisfiedAnswers rate areas { area satisfied rated rate } }`;
const CREATE = `mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { ${SURVEY_FIELDS} } }`;
const LIST = `query($e: ID!) { surveys(estateId: $e) { ${SURVEY_FIELDS} } }`;
const ONE = `query($id: ID!) { survey(id: $id) { ${SURVEY_FIELDS} } }`;
const CODES = `query($e: ID!) { householdCodes(estateId: $e) { id code note } }`;
const GENERATE = `mutation($i: GenerateHouseholdCodesInput!) { generateHouseholdCodes(input: $i) { id code note } }`;
const PUBLIC = `query($t: String!) { publicSurvey(token: $t) { title estateName companyName status questions { key area text } } }`;
const ANSWER = `mutation($i: SubmitSurveyAnswerInput!) { submitSurveyAnswer(input: $i) { ok submittedAt } }`;
const COVERAGE = `query($y: Int!) { surveyCoverage(year: $y) { estateId surveys flagged } }`;
const DRILL = `query($e: ID!, $c: String!, $m: String!) { surveyIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) {
  numerator denominator value rows { surveyId answers satisfiedAnswers areas { area rate } } } }`;
const FORM = `query($e: ID!, $m: String!) { monthlyForm(estateId: $e, month: $m) { items { indicator { code computed } figure { numerator denominator source } } } }`;

interface SurveyView {
  id: string;
  status: string;
  publicToken: string | null;
  questions: { key: string; area: string }[];
  results: {
    answers: number;
    satisfiedAnswers: number;
    rate: number | null;
    areas: { area: string; rated: number; rate: number | null }[];
  };
}

async function ok<T>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await kit.gql<T>(token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}
const reasons = (res: GqlResult) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path.join('.')}:${f.reason}`);

const newSurvey = async (over: Record<string, unknown> = {}, token = manager.token) =>
  (
    await ok<{ createSurvey: SurveyView }>(token, CREATE, {
      i: {
        estateId: estate0,
        title: '2026年上半年业主满意度调查',
        opensOn: addDays(today(), -3),
        closesOn: today(),
        ...over,
      },
    })
  ).createSurvey;

const allRatings = (keys: string[], rating: number) => keys.map((key) => ({ key, rating }));

beforeAll(async () => {
  kit = await startTestKit();
  [co, other] = await Promise.all([kit.company(), kit.company()]);
  estate0 = co.estates[0]!.id;
  [admin, viewer, manager, staff, committee, otherAdmin] = await Promise.all([
    co.user('COMPANY_ADMIN'),
    co.user('HQ_VIEWER'),
    co.user('ESTATE_MANAGER'),
    co.user('ESTATE_STAFF'),
    co.user('COMMITTEE_MEMBER'),
    other.user('COMPANY_ADMIN'),
  ]);
});

afterAll(() => kit?.close());

describe('a survey from the default questions, answered on the public page', () => {
  it('one answer per household code; results per area; satisfaction recomputed; the drill-down', async () => {
    kit.setNow(TEST_NOW);
    const s = await newSurvey();
    expect(s.status).toBe('OPEN');
    expect(s.questions.map((q) => q.area)).toEqual(
      expect.arrayContaining([
        'CUSTOMER_SERVICE',
        'SECURITY',
        'CLEANING',
        'ENGINEERING',
        'LANDSCAPING',
        'OVERALL',
      ]),
    );
    expect(s.publicToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const codes = (
      await ok<{ generateHouseholdCodes: { code: string }[] }>(manager.token, GENERATE, {
        i: { estateId: estate0, count: 3, note: '1栋' },
      })
    ).generateHouseholdCodes;
    expect(codes).toHaveLength(3);
    for (const c of codes) expect(c.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    const listed = (await ok<{ householdCodes: { code: string }[] }>(manager.token, CODES, { e: estate0 }))
      .householdCodes;
    expect(listed.map((c) => c.code)).toEqual(expect.arrayContaining(codes.map((c) => c.code)));

    // Anyone with the link reads it, without signing in.
    const page = (
      await ok<{ publicSurvey: { status: string; estateName: string; questions: unknown[] } }>(null, PUBLIC, {
        t: s.publicToken,
      })
    ).publicSurvey;
    expect(page).toMatchObject({ status: 'OPEN', estateName: co.estates[0]!.name });
    expect(page.questions).toHaveLength(s.questions.length);
    const keys = s.questions.map((q) => q.key);

    // Two households satisfied, one not; codes typed loosely.
    await ok(null, ANSWER, {
      i: { token: s.publicToken, householdCode: codes[0]!.code.toLowerCase(), ratings: allRatings(keys, 5) },
    });
    await ok(null, ANSWER, {
      i: {
        token: s.publicToken,
        householdCode: codes[1]!.code.replace('-', ' '),
        ratings: allRatings(keys, 3),
        comment: '总体还行',
      },
    });
    await ok(null, ANSWER, {
      i: { token: s.publicToken, householdCode: codes[2]!.code, ratings: allRatings(keys.slice(0, 2), 1) },
    });

    const again = await kit.gql(null, ANSWER, {
      i: { token: s.publicToken, householdCode: codes[0]!.code, ratings: allRatings(keys, 1) },
    });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions?.reason).toBe('ALREADY_ANSWERED');
    expect(reasons(again)).toEqual(['householdCode:ALREADY_ANSWERED']);

    const results = (await ok<{ survey: SurveyView }>(manager.token, ONE, { id: s.id })).survey.results;
    expect(results).toMatchObject({ answers: 3, satisfiedAnswers: 2, rate: 66.67 });
    expect(results.areas.find((a) => a.area === 'CUSTOMER_SERVICE')).toMatchObject({ rated: 6, rate: 66.67 });
    expect(results.areas.find((a) => a.area === 'CLEANING')).toMatchObject({ rated: 4, rate: 100 });

    const month = monthOfDate(TEST_NOW);
    const form = await ok<{
      monthlyForm: {
        items: {
          indicator: { code: string };
          figure: { numerator: number; denominator: number; source: string } | null;
        }[];
      };
    }>(admin.token, FORM, { e: estate0, m: month });
    expect(form.monthlyForm.items.find((i) => i.indicator.code === 'satisfaction')?.figure).toMatchObject({
      numerator: 2,
      denominator: 3,
      source: 'COMPUTED',
    });
    const drill = await ok<{
      surveyIndicatorDrillDown: {
        numerator: number;
        denominator: number;
        rows: { surveyId: string; answers: number }[];
      };
    }>(viewer.token, DRILL, { e: estate0, c: 'satisfaction', m: month });
    expect(drill.surveyIndicatorDrillDown).toMatchObject({
      numerator: 2,
      denominator: 3,
      rows: [{ surveyId: s.id, answers: 3 }],
    });
    expect(codeOf(await kit.gql(admin.token, DRILL, { e: estate0, c: 'fee_collection', m: month }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await kit.gql(otherAdmin.token, DRILL, { e: estate0, c: 'satisfaction', m: month }))).toBe(
      'NOT_FOUND',
    );
  });

  it('bad input is refused clearly: unknown link, wrong code, unknown question, bad rating, closed or unopened survey', async () => {
    kit.setNow(TEST_NOW);
    const s = await newSurvey();
    const [code] = (
      await ok<{ generateHouseholdCodes: { code: string }[] }>(manager.token, GENERATE, {
        i: { estateId: estate0, count: 1 },
      })
    ).generateHouseholdCodes;
    const answer = (over: Record<string, unknown>) =>
      kit.gql(null, ANSWER, {
        i: { token: s.publicToken, householdCode: code!.code, ratings: [{ key: 'q1', rating: 4 }], ...over },
      });
    expect(codeOf(await kit.gql(null, PUBLIC, { t: 'not-a-token' }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(null, PUBLIC, { t: 'A'.repeat(32) }))).toBe('NOT_FOUND');
    expect(codeOf(await answer({ token: 'A'.repeat(32) }))).toBe('NOT_FOUND');
    expect(reasons(await answer({ householdCode: 'ZZZZ-ZZZZ' }))).toEqual(['householdCode:INVALID_CODE']);
    expect(reasons(await answer({ householdCode: 'O0O0-1I1I' }))).toEqual(['householdCode:INVALID_CODE']);
    expect(reasons(await answer({ ratings: [{ key: 'q99', rating: 4 }] }))).toEqual([
      'ratings.0.key:UNKNOWN_QUESTION',
    ]);
    expect(reasons(await answer({ ratings: [{ key: 'q1', rating: 9 }] }))).toEqual([
      'ratings.0.rating:TOO_LARGE',
    ]);
    expect(reasons(await answer({ ratings: [] }))).toEqual(['ratings:REQUIRED']);
    expect(reasons(await answer({ comment: 'x\u0000' }))).toEqual(['comment:CONTROL_CHARACTERS']);
    // A code of another estate answers nothing here.
    const [elsewhere] = (
      await ok<{ generateHouseholdCodes: { code: string }[] }>(admin.token, GENERATE, {
        i: { estateId: co.estates[1]!.id, count: 1 },
      })
    ).generateHouseholdCodes;
    expect(reasons(await answer({ householdCode: elsewhere!.code }))).toEqual(['householdCode:INVALID_CODE']);
    // After its closing day (the company's calendar), and before its first.
    kit.setNow(new Date(TEST_NOW.getTime() + 2 * 86_400_000));
    const closed = await answer({});
    expect(closed.errors?.[0]?.extensions?.reason).toBe('SURVEY_CLOSED');
    kit.setNow(TEST_NOW);
    const later = await newSurvey({ opensOn: addDays(today(), 5), closesOn: addDays(today(), 20) });
    const early = await kit.gql(null, ANSWER, {
      i: { token: later.publicToken, householdCode: code!.code, ratings: [{ key: 'q1', rating: 4 }] },
    });
    expect(early.errors?.[0]?.extensions?.reason).toBe('SURVEY_NOT_OPEN');
    // Nothing of this was stored.
    const [row] = await kit.database.raw<{ n: number }>(
      'select count(*)::int n from survey_responses where survey_id = $1',
      [s.id],
    );
    expect(row!.n).toBe(0);
    const badSurvey = await kit.gql(manager.token, CREATE, {
      i: { estateId: estate0, title: 't', opensOn: '2026-06-10', closesOn: '2026-06-01' },
    });
    expect(reasons(badSurvey)).toEqual(['closesOn:BEFORE_START']);
  });
});

describe('who may do what', () => {
  it('managers run surveys; HQ reads them without the link; staff and the committee nothing; another company NOT_FOUND', async () => {
    kit.setNow(TEST_NOW);
    const s = await newSurvey();
    const hq = (await ok<{ survey: SurveyView }>(viewer.token, ONE, { id: s.id })).survey;
    expect(hq.publicToken).toBeNull();
    expect(
      (await ok<{ surveys: SurveyView[] }>(viewer.token, LIST, { e: estate0 })).surveys.map((x) => x.id),
    ).toContain(s.id);
    expect(codeOf(await kit.gql(viewer.token, CODES, { e: estate0 }))).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(viewer.token, GENERATE, { i: { estateId: estate0, count: 0 } }))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(
        await kit.gql(viewer.token, CREATE, {
          i: { estateId: estate0, title: '', opensOn: 'x', closesOn: 'y' },
        }),
      ),
    ).toBe('FORBIDDEN');
    for (const u of [staff, committee]) {
      expect(codeOf(await kit.gql(u.token, LIST, { e: estate0 })), u.email).toBe('FORBIDDEN');
      expect(codeOf(await kit.gql(u.token, ONE, { id: s.id })), u.email).toBe('NOT_FOUND');
      expect(codeOf(await kit.gql(u.token, COVERAGE, { y: 2026 })), u.email).toBe('FORBIDDEN');
    }
    for (const q of [
      [LIST, { e: estate0 }],
      [ONE, { id: s.id }],
      [CODES, { e: estate0 }],
      [GENERATE, { i: { estateId: estate0, count: 1 } }],
    ] as const)
      expect(codeOf(await kit.gql(otherAdmin.token, q[0], q[1]))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(manager.token, GENERATE, { i: { estateId: estate0, count: 2001 } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('flags estates with fewer than two surveys in a year', async () => {
    kit.setNow(TEST_NOW);
    const year = Number(today().slice(0, 4));
    await newSurvey({ opensOn: `${year}-01-02`, closesOn: `${year}-01-20` }, admin.token);
    const coverage = (
      await ok<{ surveyCoverage: { estateId: string; surveys: number; flagged: boolean }[] }>(
        admin.token,
        COVERAGE,
        { y: year },
      )
    ).surveyCoverage;
    const byId = new Map(coverage.map((c) => [c.estateId, c]));
    expect(byId.get(estate0)).toMatchObject({ flagged: false });
    expect(byId.get(estate0)!.surveys).toBeGreaterThanOrEqual(2);
    expect(byId.get(co.estates[2]!.id)).toMatchObject({ surveys: 0, flagged: true });
    const mine = (await ok<{ surveyCoverage: { estateId: string }[] }>(manager.token, COVERAGE, { y: year }))
      .surveyCoverage;
    expect(mine.map((c) => c.estateId)).toEqual([estate0]);
    expect(codeOf(await kit.gql(admin.token, COVERAGE, { y: 1900 }))).toBe('BAD_USER_INPUT');
  });
});

describe('rate limits of the public page', () => {
  let limited: TestKit;
  beforeAll(async () => {
    limited = await startTestKit({ env: { RATE_LIMIT_SURVEY_PER_MINUTE: '3' } });
  });
  afterAll(() => limited?.close());

  it('refuses a fourth request a minute from one address, with Retry-After', async () => {
    const results = [];
    for (let i = 0; i < 4; i++)
      results.push(await limited.gql(null, PUBLIC, { t: `guess-${i}-${'x'.repeat(20)}` }));
    expect(results.slice(0, 3).map(codeOf)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(codeOf(results[3]!)).toBe('TOO_MANY_REQUESTS');
    const answer = await limited.gql(null, ANSWER, { i: { token: 'x', householdCode: 'y', ratings: [] } });
    expect(codeOf(answer)).toBe('TOO_MANY_REQUESTS');
    expect(
      (answer.errors?.[0]?.extensions as { retryAfter?: number } | undefined)?.retryAfter,
    ).toBeGreaterThan(0);
  });
});
