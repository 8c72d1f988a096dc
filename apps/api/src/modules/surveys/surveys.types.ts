/** GraphQL types of satisfaction surveys, household codes and the public survey page. */
import { SURVEY_AREAS, type SurveyArea, type SurveyStatus } from '@anju/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

export const SurveyAreaEnum = enumOf(SURVEY_AREAS);
registerEnumType(SurveyAreaEnum, {
  name: 'SurveyArea',
  description: 'Service area of a question: 客服, 秩序维护, 保洁, 工程, 绿化, 总体.',
});
export const SurveyStatusEnum = enumOf(['SCHEDULED', 'OPEN', 'CLOSED'] as const);
registerEnumType(SurveyStatusEnum, {
  name: 'SurveyStatus',
  description: 'Before, between or after its dates (the company’s calendar).',
});

@ObjectType({ description: 'A question of a survey.' })
export class SurveyQuestionView {
  @Field(() => String, { description: 'Key within the survey (q1, q2 …): answers name it.' })
  key!: string;

  @Field(() => SurveyAreaEnum, { description: 'Service area.' })
  area!: SurveyArea;

  @Field(() => String, { description: 'The question.' })
  text!: string;
}

@ObjectType({ description: 'Satisfaction of one service area.' })
export class SurveyAreaResult {
  @Field(() => SurveyAreaEnum, { description: 'Service area.' })
  area!: SurveyArea;

  @Field(() => Int, { description: 'Ratings of 基本满意 or better.' })
  satisfied!: number;

  @Field(() => Int, { description: 'Ratings given.' })
  rated!: number;

  @Field(() => Float, { nullable: true, description: 'Percent (null: nothing rated).' })
  rate!: number | null;
}

@ObjectType({ description: 'A survey’s results: per area and overall.' })
export class SurveyResultsView {
  @Field(() => Int, { description: 'Valid answers (households).' })
  answers!: number;

  @Field(() => Int, { description: 'Satisfied answers (mean rating 基本满意 or better).' })
  satisfiedAnswers!: number;

  @Field(() => Float, { nullable: true, description: 'Overall satisfaction rate, percent.' })
  rate!: number | null;

  @Field(() => [SurveyAreaResult], { description: 'Per service area.' })
  areas!: SurveyAreaResult[];
}

@ObjectType({ description: 'A satisfaction survey (满意度调查) of an estate.' })
export class Survey {
  @Field(() => ID, { description: 'Survey id.' })
  id!: string;

  companyId!: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'Opens on (YYYY-MM-DD).' })
  opensOn!: string;

  @Field(() => String, { description: 'Closes on (YYYY-MM-DD): its answers count in this month.' })
  closesOn!: string;

  @Field(() => SurveyStatusEnum, { description: 'Where it stands today.' })
  status!: SurveyStatus;

  @Field(() => [SurveyQuestionView], { description: 'The questions.' })
  questions!: SurveyQuestionView[];

  @Field(() => String, {
    nullable: true,
    description: 'The public link’s token (/s/{token}); null for callers who may not run surveys.',
  })
  publicToken!: string | null;

  @Field(() => SurveyResultsView, { description: 'Results so far.' })
  results!: SurveyResultsView;

  @Field(() => DateTimeScalar, { description: 'Created.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A household code (户码) of an estate.' })
export class HouseholdCode {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => String, { description: 'The code as printed (XXXX-XXXX).' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Note printed with it (building, unit).' })
  note!: string | null;

  @Field(() => DateTimeScalar, { description: 'Generated.' })
  createdAt!: Date;
}

@ObjectType({ description: 'An estate’s surveys in a year: at least two are owed (每半年一次).' })
export class SurveyCoverage {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Its name.' })
  estateName!: string;

  @Field(() => Int, { description: 'Surveys closing in the year.' })
  surveys!: number;

  @Field(() => Boolean, { description: 'Fewer than two: flagged.' })
  flagged!: boolean;
}

@InputType({ description: 'A question of a new survey.' })
export class SurveyQuestionInput {
  @Field(() => SurveyAreaEnum, { description: 'Service area.' })
  area!: SurveyArea;

  @Field(() => String, { description: 'The question (≤ 200).' })
  text!: string;
}

@InputType({ description: 'A new survey of an estate.' })
export class CreateSurveyInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Title (≤ 100).' })
  title!: string;

  @Field(() => String, { description: 'Opens on (YYYY-MM-DD).' })
  opensOn!: string;

  @Field(() => String, { description: 'Closes on (YYYY-MM-DD).' })
  closesOn!: string;

  @Field(() => [SurveyQuestionInput], {
    nullable: true,
    description: 'Questions (default: the default set).',
  })
  questions?: SurveyQuestionInput[] | null;
}

@InputType({ description: 'New household codes for an estate.' })
export class GenerateHouseholdCodesInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => Int, { description: 'How many (1–2000).' })
  count!: number;

  @Field(() => String, { nullable: true, description: 'Note printed with them (≤ 60).' })
  note?: string | null;
}

@InputType({ description: 'One rating of the public survey page.' })
export class SurveyRatingInput {
  @Field(() => String, { description: 'Question key.' })
  key!: string;

  @Field(() => Int, { description: '5 非常满意 … 1 非常不满意.' })
  rating!: number;
}

@InputType({ description: 'A household’s answer on the public survey page.' })
export class SubmitSurveyAnswerInput {
  @Field(() => String, { description: 'The survey link’s token.' })
  token!: string;

  @Field(() => String, { description: 'The household code (XXXX-XXXX).' })
  householdCode!: string;

  @Field(() => [SurveyRatingInput], { description: 'A rating per question answered.' })
  ratings!: SurveyRatingInput[];

  @Field(() => String, { nullable: true, description: 'Comments (≤ 500).' })
  comment?: string | null;
}

@ObjectType({ description: 'A survey as the public page shows it (no sign-in).' })
export class PublicSurvey {
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'The estate’s name.' })
  estateName!: string;

  @Field(() => String, { description: 'The company’s name.' })
  companyName!: string;

  @Field(() => String, { description: 'Opens on.' })
  opensOn!: string;

  @Field(() => String, { description: 'Closes on.' })
  closesOn!: string;

  @Field(() => SurveyStatusEnum, { description: 'Whether answers are taken now.' })
  status!: SurveyStatus;

  @Field(() => [SurveyQuestionView], { description: 'The questions.' })
  questions!: SurveyQuestionView[];
}

@ObjectType({ description: 'The answer was recorded.' })
export class SurveyAnswerReceipt {
  @Field(() => Boolean, { description: 'Always true.' })
  ok!: boolean;

  @Field(() => DateTimeScalar, { description: 'When.' })
  submittedAt!: Date;
}

@ObjectType({ description: 'A survey behind a satisfaction figure.' })
export class SurveyDrillDownRow {
  @Field(() => ID, { description: 'Survey id.' })
  surveyId!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'Closes on.' })
  closesOn!: string;

  @Field(() => Int, { description: 'Valid answers.' })
  answers!: number;

  @Field(() => Int, { description: 'Satisfied answers.' })
  satisfiedAnswers!: number;

  @Field(() => [SurveyAreaResult], { description: 'Per service area.' })
  areas!: SurveyAreaResult[];
}

@ObjectType({ description: 'The surveys behind an estate’s satisfaction figure of a month.' })
export class SurveyIndicatorDrillDown {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'satisfaction.' })
  indicatorCode!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => Float, { nullable: true, description: 'Satisfied answers (null: no figure).' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'Valid answers.' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'The monthly value.' })
  value!: number | null;

  @Field(() => [SurveyDrillDownRow], { description: 'The surveys closing in the month.' })
  rows!: SurveyDrillDownRow[];
}
