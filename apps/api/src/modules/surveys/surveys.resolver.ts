import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Estate } from '../estates/index.js';
import { surveyIndicatorDrillDown } from './surveys.indicators.js';
import {
  createSurvey,
  generateHouseholdCodes,
  householdCodes,
  listSurveys,
  publicSurvey,
  submitSurveyAnswer,
  survey,
  surveyCoverage,
} from './surveys.service.js';
import {
  CreateSurveyInput,
  GenerateHouseholdCodesInput,
  HouseholdCode,
  PublicSurvey,
  SubmitSurveyAnswerInput,
  Survey,
  SurveyAnswerReceipt,
  SurveyCoverage,
  SurveyIndicatorDrillDown,
} from './surveys.types.js';

@Resolver(() => Survey)
export class SurveyResolver {
  @Query(() => [Survey], { description: 'An estate’s satisfaction surveys, latest closing first.' })
  surveys(@Ctx() ctx: Context, @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string) {
    return listSurveys(ctx, estateId);
  }

  @Query(() => Survey, { description: 'One survey with its results (NOT_FOUND when not visible).' })
  survey(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Survey id.' }) id: string) {
    return survey(ctx, id);
  }

  @Query(() => [HouseholdCode], {
    description: 'An estate’s household codes, to print (who runs its surveys).',
  })
  householdCodes(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
  ) {
    return householdCodes(ctx, estateId);
  }

  @Query(() => [SurveyCoverage], {
    description: 'Surveys per visible estate in a year; fewer than two flagged.',
  })
  surveyCoverage(@Ctx() ctx: Context, @Arg('year', () => Int, { description: 'The year.' }) year: number) {
    return surveyCoverage(ctx, year);
  }

  @Query(() => SurveyIndicatorDrillDown, {
    description: 'The surveys behind an estate’s satisfaction figure of a month.',
  })
  surveyIndicatorDrillDown(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
    @Arg('indicatorCode', () => String, { description: 'satisfaction.' }) indicatorCode: string,
    @Arg('month', () => String, { description: 'YYYY-MM.' }) month: string,
  ) {
    return surveyIndicatorDrillDown(ctx, { estateId, indicatorCode, month });
  }

  @Query(() => PublicSurvey, {
    description: 'A survey by its public link, without signing in (rate-limited).',
  })
  publicSurvey(
    @Ctx() ctx: Context,
    @Arg('token', () => String, { description: 'The link’s token.' }) token: string,
  ) {
    return publicSurvey(ctx, token);
  }

  @FieldResolver(() => Estate, { nullable: true, description: 'The estate.' })
  estate(@Root() s: Survey, @Ctx() ctx: Context) {
    return ctx.loaders.estateById.load(s.estateId);
  }

  @Mutation(() => Survey, { description: 'Creates a survey of an estate (default questions unless given).' })
  createSurvey(@Ctx() ctx: Context, @Arg('input', () => CreateSurveyInput) input: CreateSurveyInput) {
    return createSurvey(ctx, input);
  }

  @Mutation(() => [HouseholdCode], { description: 'Generates new household codes for an estate.' })
  generateHouseholdCodes(
    @Ctx() ctx: Context,
    @Arg('input', () => GenerateHouseholdCodesInput) input: GenerateHouseholdCodesInput,
  ) {
    return generateHouseholdCodes(ctx, input);
  }

  @Mutation(() => SurveyAnswerReceipt, {
    description: 'A household answers a survey by its code (public, once, rate-limited).',
  })
  submitSurveyAnswer(
    @Ctx() ctx: Context,
    @Arg('input', () => SubmitSurveyAnswerInput) input: SubmitSurveyAnswerInput,
  ) {
    return submitSurveyAnswer(ctx, input);
  }
}
