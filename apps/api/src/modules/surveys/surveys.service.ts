/**
 * Satisfaction surveys: an estate's surveys and their results, creating one (default questions),
 * the estate's household codes (户码, generated unguessable, printed on A4), the yearly check (at
 * least two surveys a year), and the public page: a resident reads a survey and answers it once
 * per household code, without signing in. The public page finds the company of its token under
 * withSystem('public-survey') — one indexed lookup of (company, survey), as sign-in finds an
 * account — and then works in that company's tenant transaction under RLS.
 */
import { randomBytes } from 'node:crypto';
import {
  answerSatisfied,
  createSurveyInput,
  DEFAULT_SURVEY_QUESTIONS,
  type FieldProblem,
  formatHouseholdCode,
  generateHouseholdCodesInput,
  householdCodeFrom,
  MIN_SURVEYS_PER_YEAR,
  normalizeHouseholdCode,
  type SurveyQuestion,
  subject,
  submitSurveyAnswerInput,
  surveyResults,
  surveyStatusOn,
  zonedDate,
} from '@anju/domain';
import { accessibleWhere } from '../../authz/accessible.js';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import { isUuid, withSystem, withTenant } from '../../db/tenant.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { appError, badInput, forbidden, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { writeChangeLog } from '../change-log/index.js';
import { findCompany } from '../companies/index.js';
import { estateColumns, findEstate } from '../estates/index.js';
import { recomputeSatisfaction } from './surveys.indicators.js';
import type { SurveyRow } from './surveys.schema.js';
import * as store from './surveys.store.js';
import type {
  CreateSurveyInput,
  GenerateHouseholdCodesInput,
  HouseholdCode,
  PublicSurvey,
  SubmitSurveyAnswerInput,
  Survey,
  SurveyAnswerReceipt,
  SurveyCoverage,
} from './surveys.types.js';

const SURVEY = '调查';
const MAX_CODES_LISTED = 5000;

async function todayOf(tx: Tx, companyId: string, now: Date): Promise<string> {
  return zonedDate(now, (await findCompany(tx, companyId))?.timeZone || 'Asia/Shanghai');
}

const mayRun = (caller: TenantCaller, estateId: string) =>
  caller.ability.can('update', subject('Survey', { companyId: caller.companyId, estateId }));

async function toSurveys(
  tx: Tx,
  caller: TenantCaller,
  rows: readonly SurveyRow[],
  today: string,
): Promise<Survey[]> {
  const responses = await store.responsesOf(
    tx,
    caller.companyId,
    rows.map((r) => r.id),
  );
  return rows.map((s) => ({
    id: s.id,
    companyId: s.companyId,
    estateId: s.estateId,
    title: s.title,
    opensOn: s.opensOn,
    closesOn: s.closesOn,
    status: surveyStatusOn(s, today),
    questions: s.questions,
    publicToken: mayRun(caller, s.estateId) ? s.publicToken : null,
    results: surveyResults(
      s.questions,
      responses.filter((r) => r.surveyId === s.id).map((r) => r.ratings),
    ),
    createdAt: s.createdAt,
  }));
}

/** The estate of a survey read: NOT_FOUND when hidden, FORBIDDEN when the caller reads no surveys there. */
async function estateForSurveys(
  tx: Tx,
  caller: TenantCaller,
  estateId: unknown,
  action: 'read' | 'create' | 'update',
) {
  const id = String(estateId ?? '');
  if (!isUuid(id)) throw notFound('小区');
  const estate = await loadEstateFor(tx, caller, id, 'read', 'Estate');
  if (!caller.ability.can(action, subject('Survey', { companyId: caller.companyId, estateId: estate.id })))
    throw forbidden();
  return estate;
}

export function listSurveys(ctx: Context, estateId: string): Promise<Survey[]> {
  return tenantRead(ctx, async (tx, caller) => {
    const estate = await estateForSurveys(tx, caller, estateId, 'read');
    const rows = await store.surveysOf(tx, caller.companyId, estate.id);
    return toSurveys(tx, caller, rows, await todayOf(tx, caller.companyId, ctx.services.clock()));
  });
}

async function readableSurvey(tx: Tx, caller: TenantCaller, id: string): Promise<SurveyRow> {
  const row = await store.findSurvey(tx, caller.companyId, String(id));
  if (!row || !caller.ability.can('read', subject('Survey', { ...row }))) throw notFound(SURVEY);
  return row;
}

export function survey(ctx: Context, id: string): Promise<Survey> {
  return tenantRead(ctx, async (tx, caller) => {
    const row = await readableSurvey(tx, caller, id);
    return (
      await toSurveys(tx, caller, [row], await todayOf(tx, caller.companyId, ctx.services.clock()))
    )[0]!;
  });
}

const newToken = () => randomBytes(24).toString('base64url');

export function createSurvey(ctx: Context, input: CreateSurveyInput): Promise<Survey> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await estateForSurveys(tx, caller, input.estateId, 'create');
    const parsed = parseInput(createSurveyInput, input);
    const now = ctx.services.clock();
    const questions: SurveyQuestion[] = parsed.questions
      ? parsed.questions.map((q, i) => ({ key: `q${i + 1}`, area: q.area, text: q.text }))
      : [...DEFAULT_SURVEY_QUESTIONS];
    const row = await store.insertSurvey(tx, caller.companyId, {
      estateId: estate.id,
      title: parsed.title,
      opensOn: parsed.opensOn,
      closesOn: parsed.closesOn,
      questions,
      publicToken: newToken(),
      createdBy: caller.userId,
      createdAt: now,
      updatedAt: now,
    });
    await changeLog('survey.create', 'Survey', row.id, null, { ...row, publicToken: undefined });
    return (await toSurveys(tx, caller, [row], await todayOf(tx, caller.companyId, now)))[0]!;
  });
}

// ---- household codes -------------------------------------------------------------------------

const toCode = (r: { id: string; code: string; note: string | null; createdAt: Date }): HouseholdCode => ({
  id: r.id,
  code: formatHouseholdCode(r.code),
  note: r.note,
  createdAt: r.createdAt,
});

/** Household codes are handed out by whoever runs the estate's surveys (they print the sheet). */
export function householdCodes(ctx: Context, estateId: string): Promise<HouseholdCode[]> {
  return tenantRead(ctx, async (tx, caller) => {
    const estate = await estateForSurveys(tx, caller, estateId, 'update');
    return (await store.householdCodesOf(tx, caller.companyId, estate.id, MAX_CODES_LISTED)).map(toCode);
  });
}

export function generateHouseholdCodes(
  ctx: Context,
  input: GenerateHouseholdCodesInput,
): Promise<HouseholdCode[]> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await estateForSurveys(tx, caller, input.estateId, 'update');
    const parsed = parseInput(generateHouseholdCodesInput, input);
    const now = ctx.services.clock();
    const written = [];
    // Random codes from crypto bytes; a collision with an existing code is skipped and drawn again.
    for (let attempt = 0; attempt < 5 && written.length < parsed.count; attempt++) {
      const want = parsed.count - written.length;
      const bytes = randomBytes(want * 16);
      let i = 0;
      const next = () => {
        if (i >= bytes.length) return randomBytes(1)[0]!;
        return bytes[i++]!;
      };
      const codes = new Set<string>();
      while (codes.size < want) codes.add(householdCodeFrom(next));
      written.push(
        ...(await store.insertHouseholdCodes(
          tx,
          caller.companyId,
          [...codes].map((code) => ({
            estateId: estate.id,
            code,
            note: parsed.note || null,
            createdBy: caller.userId,
            createdAt: now,
          })),
        )),
      );
    }
    await changeLog('household_codes.generate', 'Survey', null, null, {
      estateId: estate.id,
      count: written.length,
      note: parsed.note || null,
    });
    return written.map(toCode);
  });
}

// ---- the yearly check ------------------------------------------------------------------------

export function surveyCoverage(ctx: Context, year: number): Promise<SurveyCoverage[]> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!caller.ability.can('read', 'Survey')) throw forbidden();
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw badInput([{ path: ['year'], reason: 'OUT_OF_RANGE', message: '年份应在 2000 到 2100 之间' }]);
    const visible = await store.estatesWhere(
      tx,
      caller.companyId,
      accessibleWhere(caller.ability, 'read', 'Estate', estateColumns),
    );
    const readable = visible.filter((e) =>
      caller.ability.can('read', subject('Survey', { companyId: caller.companyId, estateId: e.id })),
    );
    const counts = await store.surveyCounts(
      tx,
      caller.companyId,
      readable.map((e) => e.id),
      `${year}-01-01`,
      `${year}-12-31`,
    );
    return readable.map((e) => {
      const n = counts.get(e.id) ?? 0;
      return { estateId: e.id, estateName: e.name, surveys: n, flagged: n < MIN_SURVEYS_PER_YEAR };
    });
  });
}

// ---- the public page -------------------------------------------------------------------------

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** The company and survey of a link's token, or NOT_FOUND (a malformed token never reaches SQL). */
async function surveyOfToken(ctx: Context, token: unknown) {
  const t = String(token ?? '');
  if (!TOKEN.test(t)) throw notFound(SURVEY);
  const found = await withSystem(ctx.services.database, 'public-survey', (tx) => store.surveyOfToken(tx, t));
  if (!found) throw notFound(SURVEY);
  return found;
}

export async function publicSurvey(ctx: Context, token: string): Promise<PublicSurvey> {
  await ctx.services.rateLimits.consume('survey', ctx.ip);
  const { companyId, id } = await surveyOfToken(ctx, token);
  return withTenant(ctx.services.database, companyId, async (tx) => {
    const s = await store.findSurvey(tx, companyId, id);
    const company = await findCompany(tx, companyId);
    const estate = s ? await findEstate(tx, companyId, s.estateId) : undefined;
    if (!s || !company || !estate) throw notFound(SURVEY);
    return {
      title: s.title,
      estateName: estate.name,
      companyName: company.name,
      opensOn: s.opensOn,
      closesOn: s.closesOn,
      status: surveyStatusOn(s, zonedDate(ctx.services.clock(), company.timeZone || 'Asia/Shanghai')),
      questions: s.questions,
    };
  });
}

function refuse(path: (string | number)[], reason: string, message: string) {
  const problem: FieldProblem = { path, reason, message };
  return appError('BAD_USER_INPUT', message, { reason, fields: [problem] });
}

export async function submitSurveyAnswer(
  ctx: Context,
  input: SubmitSurveyAnswerInput,
): Promise<SurveyAnswerReceipt> {
  await ctx.services.rateLimits.consume('survey', ctx.ip);
  const parsed = parseInput(submitSurveyAnswerInput, input);
  const { companyId, id } = await surveyOfToken(ctx, parsed.token);
  const now = ctx.services.clock();
  return withTenant(ctx.services.database, companyId, async (tx) => {
    const s = await store.findSurvey(tx, companyId, id);
    if (!s) throw notFound(SURVEY);
    const status = surveyStatusOn(s, await todayOf(tx, companyId, now));
    if (status === 'SCHEDULED') throw refuse([], 'SURVEY_NOT_OPEN', `调查将于 ${s.opensOn} 开始`);
    if (status === 'CLOSED') throw refuse([], 'SURVEY_CLOSED', `调查已于 ${s.closesOn} 截止`);
    const keys = new Set(s.questions.map((q) => q.key));
    const problems: FieldProblem[] = [];
    const ratings: Record<string, number> = {};
    parsed.ratings.forEach((r, i) => {
      if (!keys.has(r.key))
        problems.push({ path: ['ratings', i, 'key'], reason: 'UNKNOWN_QUESTION', message: '没有这个问题' });
      else if (r.key in ratings)
        problems.push({ path: ['ratings', i, 'key'], reason: 'DUPLICATE', message: '同一问题只能回答一次' });
      else ratings[r.key] = r.rating;
    });
    if (problems.length) throw badInput(problems);
    const code = normalizeHouseholdCode(parsed.householdCode);
    const household = code ? await store.findHouseholdCode(tx, companyId, s.estateId, code) : undefined;
    // Unknown and malformed codes get the same answer: nothing tells a guesser which codes exist.
    if (!household) throw refuse(['householdCode'], 'INVALID_CODE', '户码无效，请核对调查表上的户码');
    const row = await store.insertResponse(tx, companyId, {
      surveyId: s.id,
      estateId: s.estateId,
      householdCodeId: household.id,
      ratings,
      satisfied: answerSatisfied(ratings) ?? false,
      comment: parsed.comment || null,
      submittedAt: now,
    });
    if (!row) throw refuse(['householdCode'], 'ALREADY_ANSWERED', '该户码已提交过本次调查，每户只能提交一次');
    await writeChangeLog(tx, {
      companyId,
      actorUserId: null,
      action: 'survey_response.submit',
      subjectType: 'SurveyResponse',
      subjectId: row.id,
      before: null,
      after: { surveyId: row.surveyId, satisfied: row.satisfied },
      requestId: ctx.requestId ?? null,
    });
    await recomputeSatisfaction(tx, s, now);
    return { ok: true, submittedAt: now };
  });
}
