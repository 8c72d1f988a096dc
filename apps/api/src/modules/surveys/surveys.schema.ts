import type { SurveyQuestion, SurveyRatings } from '@anju/domain';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from '../../db/columns.js';
import { estates } from '../estates/estates.schema.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A satisfaction survey (满意度调查) of an estate: its questions by service area, the dates it is
 * open (the company's calendar), and the unguessable token of its public link. Its answers count
 * in the satisfaction figure of the month it closes.
 */
export const surveys = pgTable(
  'surveys',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    title: text('title').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    questions: jsonb('questions').$type<SurveyQuestion[]>().notNull(),
    /** The public link's token (/s/<token>): random, 32 characters. */
    publicToken: text('public_token').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('surveys_public_token_key').on(t.companyId, t.publicToken),
    // The public page finds the company of a token before any tenant is known (withSystem).
    index('surveys_public_token_idx').on(t.publicToken),
    index('surveys_estate_closes_idx').on(t.companyId, t.estateId, t.closesOn),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
  ],
);
export type SurveyRow = typeof surveys.$inferSelect;

/**
 * A household code (户码) of an estate: printed on a sheet and handed to each household; it lets
 * the household answer each survey of the estate once, without signing in.
 */
export const householdCodes = pgTable(
  'household_codes',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    /** 8 characters of HOUSEHOLD_CODE_ALPHABET, stored without the dash. */
    code: text('code').notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('household_codes_code_key').on(t.companyId, t.estateId, t.code),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
  ],
);
export type HouseholdCodeRow = typeof householdCodes.$inferSelect;

/** One household's answer to a survey: a rating per question answered. One per household code. */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    ...tenantColumns(),
    surveyId: uuid('survey_id').notNull(),
    estateId: uuid('estate_id').notNull(),
    householdCodeId: uuid('household_code_id').notNull(),
    ratings: jsonb('ratings').$type<SurveyRatings>().notNull(),
    /** answerSatisfied(ratings), kept for the counts. */
    satisfied: boolean('satisfied').notNull(),
    comment: text('comment'),
    submittedAt: at('submitted_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('survey_responses_household_key').on(t.companyId, t.surveyId, t.householdCodeId),
    foreignKey({ columns: [t.companyId, t.surveyId], foreignColumns: [surveys.companyId, surveys.id] }),
    foreignKey({
      columns: [t.companyId, t.householdCodeId],
      foreignColumns: [householdCodes.companyId, householdCodes.id],
    }),
  ],
);
export type SurveyResponseRow = typeof surveyResponses.$inferSelect;
