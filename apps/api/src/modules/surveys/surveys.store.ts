/** All SQL of surveys, household codes and answers, company-scoped (companyId first). */
import { and, asc, count, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { estates } from '../estates/index.js';
import {
  type HouseholdCodeRow,
  householdCodes,
  type SurveyResponseRow,
  type SurveyRow,
  surveyResponses,
  surveys,
} from './surveys.schema.js';

export async function insertSurvey(
  tx: Tx,
  companyId: string,
  values: Omit<typeof surveys.$inferInsert, 'companyId' | 'id'>,
): Promise<SurveyRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .insert(surveys)
    .values({ ...values, companyId })
    .returning();
  return row!;
}

export async function findSurvey(tx: Tx, companyId: string, id: string): Promise<SurveyRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const [row] = await tx
    .select()
    .from(surveys)
    .where(and(eq(surveys.companyId, companyId), eq(surveys.id, id)));
  return row;
}

/** The company and survey of a public token: any company (run under withSystem('public-survey')). */
export async function surveyOfToken(
  tx: Tx,
  token: string,
): Promise<{ companyId: string; id: string } | undefined> {
  const [row] = await tx
    .select({ companyId: surveys.companyId, id: surveys.id })
    .from(surveys)
    .where(eq(surveys.publicToken, token))
    .limit(1);
  return row;
}

/** An estate's surveys, newest (by closing date) first. */
export async function surveysOf(tx: Tx, companyId: string, estateId: string): Promise<SurveyRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(surveys)
    .where(and(eq(surveys.companyId, companyId), eq(surveys.estateId, estateId)))
    .orderBy(desc(surveys.closesOn), desc(surveys.createdAt));
}

/** Surveys of an estate closing in [from, to] (calendar dates). */
export async function surveysClosing(
  tx: Tx,
  companyId: string,
  estateId: string,
  from: string,
  to: string,
): Promise<SurveyRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(surveys)
    .where(
      and(
        eq(surveys.companyId, companyId),
        eq(surveys.estateId, estateId),
        gte(surveys.closesOn, from),
        lte(surveys.closesOn, to),
      ),
    )
    .orderBy(asc(surveys.closesOn), asc(surveys.id));
}

/** Surveys per estate closing in [from, to]: the yearly check (at least two a year). */
export async function surveyCounts(
  tx: Tx,
  companyId: string,
  estateIds: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, number>> {
  assertCompanyId(companyId);
  if (estateIds.length === 0) return new Map();
  const rows = await tx
    .select({ estateId: surveys.estateId, n: count() })
    .from(surveys)
    .where(
      and(
        eq(surveys.companyId, companyId),
        inArray(surveys.estateId, [...estateIds]),
        gte(surveys.closesOn, from),
        lte(surveys.closesOn, to),
      ),
    )
    .groupBy(surveys.estateId);
  return new Map(rows.map((r) => [r.estateId, r.n]));
}

export async function responsesOf(
  tx: Tx,
  companyId: string,
  surveyIds: readonly string[],
): Promise<SurveyResponseRow[]> {
  assertCompanyId(companyId);
  if (surveyIds.length === 0) return [];
  return tx
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.companyId, companyId), inArray(surveyResponses.surveyId, [...surveyIds])));
}

/** Answers per survey: [answers, satisfied]. */
export async function responseCounts(
  tx: Tx,
  companyId: string,
  surveyIds: readonly string[],
): Promise<Map<string, { answers: number; satisfied: number }>> {
  assertCompanyId(companyId);
  if (surveyIds.length === 0) return new Map();
  const rows = await tx
    .select({
      surveyId: surveyResponses.surveyId,
      answers: count(),
      satisfied: sql<number>`count(*) filter (where ${surveyResponses.satisfied})::int`,
    })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.companyId, companyId), inArray(surveyResponses.surveyId, [...surveyIds])))
    .groupBy(surveyResponses.surveyId);
  return new Map(rows.map((r) => [r.surveyId, { answers: r.answers, satisfied: r.satisfied }]));
}

export async function findHouseholdCode(
  tx: Tx,
  companyId: string,
  estateId: string,
  code: string,
): Promise<HouseholdCodeRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select()
    .from(householdCodes)
    .where(
      and(
        eq(householdCodes.companyId, companyId),
        eq(householdCodes.estateId, estateId),
        eq(householdCodes.code, code),
      ),
    );
  return row;
}

export async function householdCodesOf(
  tx: Tx,
  companyId: string,
  estateId: string,
  limit: number,
): Promise<HouseholdCodeRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(householdCodes)
    .where(and(eq(householdCodes.companyId, companyId), eq(householdCodes.estateId, estateId)))
    .orderBy(asc(householdCodes.createdAt), asc(householdCodes.code))
    .limit(limit);
}

/** Inserts codes, skipping any that collide with one the estate has (answers those written). */
export async function insertHouseholdCodes(
  tx: Tx,
  companyId: string,
  rows: Omit<typeof householdCodes.$inferInsert, 'companyId' | 'id'>[],
): Promise<HouseholdCodeRow[]> {
  assertCompanyId(companyId);
  if (rows.length === 0) return [];
  return tx
    .insert(householdCodes)
    .values(rows.map((r) => ({ ...r, companyId })))
    .onConflictDoNothing()
    .returning();
}

/** Inserts an answer; undefined when the household already answered this survey. */
export async function insertResponse(
  tx: Tx,
  companyId: string,
  values: Omit<typeof surveyResponses.$inferInsert, 'companyId' | 'id'>,
): Promise<SurveyResponseRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .insert(surveyResponses)
    .values({ ...values, companyId })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** The company's estates matching `access` (the caller's), by name. */
export async function estatesWhere(
  tx: Tx,
  companyId: string,
  access: SQL,
): Promise<{ id: string; name: string }[]> {
  assertCompanyId(companyId);
  return tx
    .select({ id: estates.id, name: estates.name })
    .from(estates)
    .where(and(eq(estates.companyId, companyId), access))
    .orderBy(asc(estates.name));
}
