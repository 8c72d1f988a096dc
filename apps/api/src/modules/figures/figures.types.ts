import type { Language } from '@anju/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { type Judgement, JudgementEnum, LanguageEnum } from '../../graphql/common-types.js';
import { connectionOf } from '../../graphql/connection.js';
import { enumOf } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Indicator, TargetValue } from '../indicators/index.js';
import type { FigureSource, FigureState } from './figures.schema.js';

export const FigureSourceEnum = enumOf(['COMPUTED', 'REPORTED'] as const);
registerEnumType(FigureSourceEnum, {
  name: 'FigureSource',
  description: 'Computed by a module or reported by the estate.',
});
export const FigureStateEnum = enumOf(['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'] as const);
registerEnumType(FigureStateEnum, {
  name: 'FigureState',
  description: 'DRAFT → SUBMITTED → APPROVED, or REJECTED back to the estate.',
});
export const FormStateEnum = enumOf([
  'EMPTY',
  'DRAFT',
  'SUBMITTED',
  'APPROVED',
  'REJECTED',
  'MIXED',
] as const);
registerEnumType(FormStateEnum, {
  name: 'FormState',
  description: 'The state of an estate’s monthly form as a whole.',
});
export type FormState = keyof typeof FormStateEnum;

@ObjectType({ description: 'One revision of an estate’s figure for an indicator and month.' })
export class MonthlyFigure {
  @Field(() => ID, { description: 'Figure revision id.' })
  id!: string;

  companyId!: string;

  @Field(() => ID, { description: 'Estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Indicator code.' })
  indicatorCode!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => Int, { description: 'Revision: 1, then one more per correction.' })
  revision!: number;

  @Field(() => Int, { description: 'Edits of this revision: send it back to save over it.' })
  version!: number;

  @Field(() => Float, { description: 'Numerator, or the count.' })
  numerator!: number;

  @Field(() => Float, { nullable: true, description: 'Denominator; null for counts.' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'The month’s value (percent or count).' })
  value!: number | null;

  @Field(() => FigureSourceEnum, { description: 'Computed or reported.' })
  source!: FigureSource;

  @Field(() => FigureStateEnum, { description: 'Workflow state.' })
  state!: FigureState;

  @Field(() => Boolean, { description: 'The approved revision comparisons use.' })
  effective!: boolean;

  @Field(() => String, { nullable: true, description: 'Estate’s note.' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Why HQ rejected it.' })
  rejectReason!: string | null;

  @Field(() => String, { nullable: true, description: 'Why this correction was made.' })
  correctionReason!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was submitted.' })
  submittedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When HQ approved or rejected it.' })
  decidedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'One line of the monthly form: an indicator with its figure and target.' })
export class MonthlyFormItem {
  @Field(() => Indicator, { description: 'The indicator.' })
  indicator!: Indicator;

  @Field(() => MonthlyFigure, { nullable: true, description: 'The latest revision, if any.' })
  figure!: MonthlyFigure | null;

  @Field(() => MonthlyFigure, { nullable: true, description: 'The approved revision in force, if any.' })
  effective!: MonthlyFigure | null;

  @Field(() => TargetValue, { nullable: true, description: 'Target in force that month.' })
  target!: TargetValue | null;

  @Field(() => JudgementEnum, { description: 'The latest value against the target.' })
  judgement!: Judgement;
}

@ObjectType({ description: 'An estate’s monthly form: every indicator it reports for one month.' })
export class MonthlyForm {
  @Field(() => ID, { description: 'Estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Estate name.' })
  estateName!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => FormStateEnum, { description: 'State of the form as a whole.' })
  state!: FormState;

  @Field(() => String, { nullable: true, description: 'HQ’s reason, when rejected.' })
  rejectReason!: string | null;

  @Field(() => [MonthlyFormItem], { description: 'One line per indicator.' })
  items!: MonthlyFormItem[];
}

@ObjectType({ description: 'An estate’s month waiting for HQ approval.' })
export class ApprovalItem {
  @Field(() => ID, { description: 'Estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Estate name.' })
  estateName!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => Int, { description: 'Figures waiting.' })
  figureCount!: number;

  @Field(() => Int, { description: 'Of which miss their target.' })
  missedCount!: number;

  @Field(() => DateTimeScalar, { description: 'When submitted.' })
  submittedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who submitted.' })
  submittedByName!: string | null;
}

export const ApprovalItemConnection = connectionOf(ApprovalItem, 'ApprovalItem');

@ObjectType({ description: 'Figures of an estate and month changed state.' })
export class FiguresChangedEvent {
  @Field(() => ID, { description: 'Estate.' })
  estateId!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => FormStateEnum, { description: 'The form’s new state.' })
  state!: FormState;
}

@ObjectType({ description: 'An approved figure missed its target.' })
export class IndicatorAlert {
  @Field(() => ID, { description: 'Estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Estate name.' })
  estateName!: string;

  @Field(() => String, { description: 'Indicator code.' })
  indicatorCode!: string;

  @Field(() => String, { description: 'Indicator name.' })
  indicatorName!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => Float, { nullable: true, description: 'The value.' })
  value!: number | null;

  @Field(() => TargetValue, { description: 'The target it missed.' })
  target!: TargetValue;
}

@InputType({ description: 'One reported figure.' })
export class FigureInput {
  @Field(() => String, { description: 'Indicator code.' })
  indicatorCode!: string;

  @Field(() => Float, { description: 'Numerator, or the count.' })
  numerator!: number;

  @Field(() => Float, { nullable: true, description: 'Denominator (percent indicators).' })
  denominator?: number | null;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The revision of the line as last read; with `version`, a save over a newer one is a CONFLICT.',
  })
  revision?: number | null;

  @Field(() => Int, { nullable: true, description: 'The version of the line as last read.' })
  version?: number | null;
}

@InputType({ description: 'Saves an estate’s monthly form as a draft.' })
export class SaveMonthlyFiguresInput {
  @Field(() => ID, { description: 'Estate.' })
  estateId!: string;

  @Field(() => String, { description: 'YYYY-MM, not in the future.' })
  month!: string;

  @Field(() => [FigureInput], { description: 'Figures to save; others stay as they are.' })
  figures!: FigureInput[];

  @Field(() => String, { nullable: true, description: 'Retry key.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'An estate and month.' })
export class EstateMonthInput {
  @Field(() => ID, { description: 'Estate.' })
  estateId!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;
}

@InputType({ description: 'Sends an estate’s month back with a reason.' })
export class RejectMonthlyFiguresInput extends EstateMonthInput {
  @Field(() => String, { description: 'Why.' })
  reason!: string;
}

@InputType({ description: 'Corrects an approved figure: a new revision, with a reason.' })
export class CorrectMonthlyFigureInput extends EstateMonthInput {
  @Field(() => String, { description: 'Indicator code.' })
  indicatorCode!: string;

  @Field(() => Float, { description: 'Numerator, or the count.' })
  numerator!: number;

  @Field(() => Float, { nullable: true, description: 'Denominator.' })
  denominator?: number | null;

  @Field(() => String, { description: 'Why the approved figure was wrong.' })
  reason!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The revision being corrected; a CONFLICT when another correction came first.',
  })
  revision?: number | null;
}

@InputType({ description: 'Imports one month for many estates from the template, all or nothing.' })
export class ImportMonthlyFiguresInput {
  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => ID, {
    description: 'The filled .xlsx template, uploaded by the caller with POST /files; used up on success.',
  })
  fileId!: string;
}

@InputType({ description: 'The month and language of a monthly-figures template.' })
export class ExportMonthlyFigureTemplateInput {
  @Field(() => String, { description: 'YYYY-MM, not in the future.' })
  month!: string;

  @Field(() => LanguageEnum, {
    nullable: true,
    defaultValue: 'ZH',
    description: 'Language of the sheets, headers, notes and file name (default ZH); either imports.',
  })
  language?: Language | null;
}

@ObjectType({ description: 'What an import did.' })
export class ImportResult {
  @Field(() => Int, { description: 'Estates imported.' })
  estateCount!: number;

  @Field(() => Int, { description: 'Figures saved as drafts.' })
  figureCount!: number;
}
