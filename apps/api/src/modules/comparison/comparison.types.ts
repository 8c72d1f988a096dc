import type { EstateType } from '@anju/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { type Judgement, JudgementEnum } from '../../graphql/common-types.js';
import { enumOf } from '../../graphql/enums.js';
import { JudgementColumnsScalar, NumberColumnsScalar } from '../../graphql/scalars.js';
import { EstateTypeEnum } from '../estates/index.js';
import { Indicator, TargetValue } from '../indicators/index.js';

@InputType({ description: 'Which estates and indicators to compare, over which period.' })
export class ComparisonFilter {
  @Field(() => String, { description: 'Period: 2025-03, 2025-Q1, 2025-H1 or 2025.' })
  period!: string;

  @Field(() => ID, { nullable: true, description: 'Only estates of this region.' })
  regionId?: string | null;

  @Field(() => EstateTypeEnum, { nullable: true, description: 'Only estates of this type.' })
  estateType?: EstateType | null;

  @Field(() => [String], { nullable: true, description: 'Only these indicators (default: all active).' })
  indicatorCodes?: string[] | null;
}

@ObjectType({ description: 'One estate × indicator cell of the comparison.' })
export class ComparisonCell {
  @Field(() => String, { description: 'Indicator code.' })
  indicatorCode!: string;

  @Field(() => Float, { nullable: true, description: 'Value for the period (percent or count).' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Count indicators: value per 1,000 households.' })
  per1000!: number | null;

  @Field(() => Float, { nullable: true, description: 'Summed numerator.' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'Summed (or, for stocks, averaged) denominator.' })
  denominator!: number | null;

  @Field(() => Int, { description: 'Months with an approved figure.' })
  months!: number;

  @Field(() => TargetValue, { nullable: true, description: 'Target in force at the end of the period.' })
  target!: TargetValue | null;

  @Field(() => JudgementEnum, { description: 'Met, missed, or no data.' })
  judgement!: Judgement;

  @Field(() => Int, { nullable: true, description: 'Rank among the compared estates (1 = best).' })
  rank!: number | null;
}

@ObjectType({ description: 'An estate’s own target for one indicator of the comparison.' })
export class OwnTarget {
  @Field(() => String, { description: 'Indicator code.' })
  indicatorCode!: string;

  @Field(() => TargetValue, {
    nullable: true,
    description: 'The estate’s target in force at the end of the period; null: it has none.',
  })
  target!: TargetValue | null;
}

@ObjectType({ description: 'One estate’s line of the comparison (a league-table row).' })
export class ComparisonRow {
  @Field(() => ID, { description: 'Estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Estate name.' })
  estateName!: string;

  @Field(() => String, { description: 'Estate code.' })
  estateCode!: string;

  @Field(() => ID, { nullable: true, description: 'Region.' })
  regionId!: string | null;

  @Field(() => String, { nullable: true, description: 'Region name.' })
  regionName!: string | null;

  @Field(() => Int, { description: 'Households.' })
  households!: number;

  @Field(() => [ComparisonCell], {
    description: 'One cell per indicator, in the order of `indicators` (the full detail).',
  })
  cells!: ComparisonCell[];

  @Field(() => NumberColumnsScalar, {
    description: 'Heat map: the value per indicator, in the order of `indicators` (null: no data).',
  })
  values!: (number | null)[];

  @Field(() => JudgementColumnsScalar, { description: 'Heat map: the judgement per indicator.' })
  judgements!: Judgement[];

  @Field(() => NumberColumnsScalar, {
    description: 'Heat map: the rank per indicator (1 = best; null: none).',
  })
  ranks!: (number | null)[];

  @Field(() => NumberColumnsScalar, {
    description: 'Heat map: months with an approved figure, per indicator.',
  })
  monthCounts!: number[];

  @Field(() => [OwnTarget], {
    description: 'Targets of this estate’s own, where they replace the company target of the column.',
  })
  ownTargets!: OwnTarget[];

  @Field(() => Int, { description: 'Commitments met.' })
  metCount!: number;

  @Field(() => Int, { description: 'Commitments missed.' })
  missedCount!: number;

  @Field(() => Int, { description: 'Targets without data.' })
  noDataCount!: number;

  @Field(() => Float, { nullable: true, description: 'Share of judged commitments met, percent.' })
  metRate!: number | null;

  @Field(() => Int, { nullable: true, description: 'League position by share met (1 = best).' })
  rank!: number | null;
}

@ObjectType({ description: 'A region’s or the company’s aggregate of one indicator.' })
export class AggregateCell {
  @Field(() => String, { description: 'Indicator code.' })
  indicatorCode!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Pooled value (percent from summed counts; counts per estate).',
  })
  value!: number | null;

  @Field(() => TargetValue, { nullable: true, description: 'Company-wide target.' })
  target!: TargetValue | null;

  @Field(() => JudgementEnum, { description: 'Pooled value against the company-wide target.' })
  judgement!: Judgement;

  @Field(() => Int, { description: 'Estates that met their target.' })
  metCount!: number;

  @Field(() => Int, { description: 'Estates that missed their target.' })
  missedCount!: number;
}

@ObjectType({ description: 'Aggregates of a group of estates: a region or the whole company.' })
export class GroupAggregate {
  @Field(() => ID, { nullable: true, description: 'Region; null for the company.' })
  regionId!: string | null;

  @Field(() => String, { description: 'Region or company name.' })
  name!: string;

  @Field(() => Int, { description: 'Estates in the group.' })
  estateCount!: number;

  @Field(() => [AggregateCell], { description: 'One cell per indicator.' })
  cells!: AggregateCell[];
}

@ObjectType({ description: 'Estates × indicators for a period, against targets.' })
export class ComparisonMatrix {
  @Field(() => String, { description: 'The period.' })
  period!: string;

  @Field(() => [String], { description: 'Its months.' })
  months!: string[];

  @Field(() => [Indicator], { description: 'Columns.' })
  indicators!: Indicator[];

  @Field(() => [ComparisonRow], { description: 'Rows: one per estate, by name.' })
  rows!: ComparisonRow[];

  @Field(() => [GroupAggregate], { description: 'Per region.' })
  regions!: GroupAggregate[];

  @Field(() => GroupAggregate, { description: 'The whole comparison.' })
  company!: GroupAggregate;
}

@ObjectType({ description: 'A month of a trend.' })
export class TrendPoint {
  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => Float, { nullable: true, description: 'Value; null without an approved figure.' })
  value!: number | null;

  @Field(() => TargetValue, { nullable: true, description: 'Target in force that month.' })
  target!: TargetValue | null;

  @Field(() => JudgementEnum, { description: 'Against the target.' })
  judgement!: Judgement;
}

@ObjectType({ description: 'One estate’s values of one indicator over months.' })
export class TrendSeries {
  @Field(() => ID, {
    nullable: true,
    description: 'Estate; null for the pooled series of all estates given.',
  })
  estateId!: string | null;

  @Field(() => String, { description: 'Estate name (or 合计).' })
  estateName!: string;

  @Field(() => String, { description: 'Indicator code.' })
  indicatorCode!: string;

  @Field(() => [TrendPoint], { description: 'One point per month.' })
  points!: TrendPoint[];
}

@ObjectType({ description: 'A missed commitment: an estate below (or above) its target for the period.' })
export class MissedCommitment {
  @Field(() => ID, { description: 'Estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Estate name.' })
  estateName!: string;

  @Field(() => String, { nullable: true, description: 'Region name.' })
  regionName!: string | null;

  @Field(() => Indicator, { description: 'Indicator.' })
  indicator!: Indicator;

  @Field(() => Float, { nullable: true, description: 'Value.' })
  value!: number | null;

  @Field(() => TargetValue, { description: 'Target.' })
  target!: TargetValue;

  @Field(() => Float, { nullable: true, description: 'How far from the target, in the unit.' })
  gap!: number | null;
}

export const ComparedWithinEnum = enumOf(['COMPANY', 'VISIBLE', 'NONE'] as const);
registerEnumType(ComparedWithinEnum, {
  name: 'ComparedWithin',
  description:
    'What a scorecard’s ranks and reference values are computed over: every estate of the company, the estates the caller may see, or nothing (the caller sees only this estate).',
});
export type ComparedWithin = keyof typeof ComparedWithinEnum;

@ObjectType({ description: 'One line of an estate scorecard.' })
export class ScorecardItem {
  @Field(() => Indicator, { description: 'Indicator.' })
  indicator!: Indicator;

  @Field(() => ComparisonCell, { description: 'The period’s figure against its target, with rank.' })
  cell!: ComparisonCell;

  @Field(() => Int, { description: 'Estates ranked for this indicator.' })
  rankOf!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The pooled value of the estates in `comparedWithin`, for reference; null for NONE.',
  })
  companyValue!: number | null;

  @Field(() => [TrendPoint], { description: 'The last 12 months up to the period’s end.' })
  trend!: TrendPoint[];
}

@ObjectType({ description: 'An estate’s performance for a period, indicator by indicator.' })
export class EstateScorecard {
  @Field(() => ID, { description: 'Estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Estate name.' })
  estateName!: string;

  @Field(() => String, { description: 'Period.' })
  period!: string;

  @Field(() => Int, { description: 'Commitments met.' })
  metCount!: number;

  @Field(() => Int, { description: 'Commitments missed.' })
  missedCount!: number;

  @Field(() => ComparedWithinEnum, {
    description:
      'Which estates ranks and reference values are computed over (never more than the caller may see).',
  })
  comparedWithin!: ComparedWithin;

  @Field(() => Int, { nullable: true, description: 'League position among the estates of `comparedWithin`.' })
  rank!: number | null;

  @Field(() => Int, { description: 'Estates in the league.' })
  rankOf!: number;

  @Field(() => [ScorecardItem], { description: 'One line per indicator.' })
  items!: ScorecardItem[];
}
