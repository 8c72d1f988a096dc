/**
 * Satisfaction surveys (issue 11 item 4): who may run each operation (see permission-matrix.test.ts).
 * HQ (admin, auditor, viewers) and the estate's manager read surveys and their results; the admin
 * and the manager create them and hand out household codes (only they see the public link's token);
 * staff and the committee see none. The public page (publicSurvey, submitSurveyAnswer) needs no
 * sign-in: anyone with the link and a household code answers, once per code.
 */
import { addDaysToDate, zonedDate } from '@anju/domain';
import { expect } from 'vitest';
import type { MatrixRole } from '../schema-roles.js';
import { ADMIN_ONLY, ANYONE, adminGql, co, type Entry, FIGURE_READERS, kit, THIS_MONTH } from './harness.js';

const READERS: readonly MatrixRole[] = [
  'COMPANY_ADMIN',
  'QUALITY_AUDITOR',
  'HQ_VIEWER',
  'HQ_VIEWER_REGION',
  'ESTATE_MANAGER',
];
const RUNNERS: readonly MatrixRole[] = [...ADMIN_ONLY, 'ESTATE_MANAGER'];
const OUT = 'id title status publicToken results { answers rate areas { area rate } }';

const today = () => zonedDate(kit.app.services.clock(), 'Asia/Shanghai');
const surveyInput = () => ({
  estateId: co.estates[0]!.id,
  title: '矩阵满意度调查',
  opensOn: addDaysToDate(today(), -1),
  closesOn: addDaysToDate(today(), 30),
});

let shared: Promise<{ id: string; publicToken: string }> | undefined;
/** One open survey of estates[0] the samples share. */
const sharedSurvey = () => {
  shared ??= adminGql<{ createSurvey: { id: string; publicToken: string } }>(
    `mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id publicToken } }`,
    { i: surveyInput() },
  ).then((d) => d.createSurvey);
  return shared;
};

/** A fresh household code of estates[0]. */
const freshCode = async () =>
  (
    await adminGql<{ generateHouseholdCodes: { code: string }[] }>(
      `mutation($i: GenerateHouseholdCodesInput!) { generateHouseholdCodes(input: $i) { code } }`,
      { i: { estateId: co.estates[0]!.id, count: 1 } },
    )
  ).generateHouseholdCodes[0]!.code;

export const surveysPermissions: Record<string, Entry> = {
  surveys: {
    allowed: READERS,
    sample: async () => {
      await sharedSurvey();
      return {
        query: `query($e: ID!) { surveys(estateId: $e) { ${OUT} } }`,
        variables: { e: co.estates[0]!.id },
      };
    },
    check: async (role, data) => {
      const s = await sharedSurvey();
      const found = (data.surveys as { id: string; publicToken: string | null }[]).find((x) => x.id === s.id);
      expect(found).toBeDefined();
      expect(found!.publicToken !== null).toBe(RUNNERS.includes(role));
    },
  },
  survey: {
    allowed: READERS,
    sample: async () => ({
      query: `query($id: ID!) { survey(id: $id) { ${OUT} } }`,
      variables: { id: (await sharedSurvey()).id },
    }),
    check: (role, data) =>
      expect((data.survey as { publicToken: string | null }).publicToken !== null).toBe(
        RUNNERS.includes(role),
      ),
  },
  householdCodes: {
    allowed: RUNNERS,
    sample: () => ({
      query: `query($e: ID!) { householdCodes(estateId: $e) { id code } }`,
      variables: { e: co.estates[0]!.id },
    }),
  },
  surveyCoverage: {
    allowed: READERS,
    sample: () => ({
      query: `query($y: Int!) { surveyCoverage(year: $y) { estateId surveys flagged } }`,
      variables: { y: 2026 },
    }),
    check: (_role, data) =>
      expect((data.surveyCoverage as { estateId: string }[]).map((c) => c.estateId)).toContain(
        co.estates[0]!.id,
      ),
  },
  surveyIndicatorDrillDown: {
    allowed: FIGURE_READERS,
    sample: () => ({
      query: `query($e: ID!, $c: String!, $m: String!) { surveyIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) { numerator denominator rows { surveyId answers } } }`,
      variables: { e: co.estates[0]!.id, c: 'satisfaction', m: THIS_MONTH },
    }),
  },
  publicSurvey: {
    allowed: ANYONE,
    sample: async () => ({
      query: `query($t: String!) { publicSurvey(token: $t) { title status questions { key } } }`,
      variables: { t: (await sharedSurvey()).publicToken },
    }),
    check: (_role, data) =>
      expect(data.publicSurvey).toMatchObject({ title: '矩阵满意度调查', status: 'OPEN' }),
  },
  createSurvey: {
    allowed: RUNNERS,
    sample: () => ({
      query: `mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { ${OUT} } }`,
      variables: { i: surveyInput() },
    }),
    check: (_role, data) =>
      expect(data.createSurvey).toMatchObject({ status: 'OPEN', results: { answers: 0 } }),
  },
  generateHouseholdCodes: {
    allowed: RUNNERS,
    sample: () => ({
      query: `mutation($i: GenerateHouseholdCodesInput!) { generateHouseholdCodes(input: $i) { id code } }`,
      variables: { i: { estateId: co.estates[0]!.id, count: 2 } },
    }),
    check: (_role, data) => expect(data.generateHouseholdCodes as unknown[]).toHaveLength(2),
  },
  submitSurveyAnswer: {
    allowed: ANYONE,
    sample: async () => ({
      query: `mutation($i: SubmitSurveyAnswerInput!) { submitSurveyAnswer(input: $i) { ok } }`,
      variables: {
        i: {
          token: (await sharedSurvey()).publicToken,
          householdCode: await freshCode(),
          ratings: [{ key: 'q1', rating: 4 }],
        },
      },
    }),
    check: (_role, data) => expect(data.submitSurveyAnswer).toMatchObject({ ok: true }),
  },
};
