/** GraphQL types of fee collection (物业费收缴): amounts are decimal yuan strings, kept as fen. */
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LanguageEnum } from '../../graphql/common-types.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType({ description: 'An estate’s fees of one month: receivable and collected.' })
export class FeeCollection {
  @Field(() => ID, { description: 'Record id.' })
  id!: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => String, { description: 'Amount receivable (应收), yuan with two decimals, e.g. "12345.60".' })
  receivable!: string;

  @Field(() => String, { description: 'Amount collected (实收), yuan with two decimals.' })
  collected!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Collected / receivable, percent (null: nothing receivable).',
  })
  rate!: number | null;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note!: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version: pass it back to save changes.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'Last saved.' })
  updatedAt!: Date;
}

@InputType({ description: 'A month’s fees of an estate: new (no version) or a change (its version).' })
export class SaveFeeCollectionInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'The month, YYYY-MM (not in the future).' })
  month!: string;

  @Field(() => String, { description: 'Amount receivable, yuan (at most two decimals).' })
  receivable!: string;

  @Field(() => String, {
    description: 'Amount collected, yuan (at most two decimals, not above receivable).',
  })
  collected!: string;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version read (omit for a month with no record yet).',
  })
  version?: number | null;
}

@InputType({ description: 'Imports months of fees from an uploaded .xlsx (the export’s template).' })
export class ImportFeeCollectionsInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => ID, { description: 'The uploaded file (POST /files).' })
  fileId!: string;
}

@InputType({ description: 'Exports an estate’s fees, or the empty template to fill in.' })
export class ExportFeeCollectionsInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => Boolean, { nullable: true, description: 'The empty template (default false).' })
  template?: boolean | null;

  @Field(() => LanguageEnum, { nullable: true, description: 'Language of the file (default ZH).' })
  language?: 'ZH' | 'EN' | null;
}

@ObjectType({ description: 'What a fee import saved (all rows of the file, or none).' })
export class FeeImportResult {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => Int, { description: 'Months saved (new or changed).' })
  saved!: number;

  @Field(() => [FeeCollection], { description: 'The saved months.' })
  collections!: FeeCollection[];
}

@ObjectType({ description: 'The fee records behind an estate’s fee_collection figure of a month.' })
export class FeeIndicatorDrillDown {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'fee_collection.' })
  indicatorCode!: string;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Float, { nullable: true, description: 'Collected, yuan (null: no record).' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'Receivable, yuan (null: no record).' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'The value, percent.' })
  value!: number | null;

  @Field(() => [FeeCollection], { description: 'The month’s records.' })
  rows!: FeeCollection[];
}
