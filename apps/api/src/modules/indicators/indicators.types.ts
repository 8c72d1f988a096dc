import {
  AGGREGATIONS,
  type Aggregation,
  INDICATOR_DIRECTIONS,
  INDICATOR_UNITS,
  type IndicatorDirection,
  type IndicatorUnit,
  MEASUREMENTS,
  type Measurement,
  PRESETS,
  type Preset,
  type TargetSource,
} from '@anju/domain';
import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

export const IndicatorUnitEnum = enumOf(INDICATOR_UNITS);
registerEnumType(IndicatorUnitEnum, {
  name: 'IndicatorUnit',
  description: 'Percent, count per year, or count.',
});
export const IndicatorDirectionEnum = enumOf(INDICATOR_DIRECTIONS);
registerEnumType(IndicatorDirectionEnum, { name: 'IndicatorDirection', description: 'Which way is better.' });
export const MeasurementEnum = enumOf(MEASUREMENTS);
registerEnumType(MeasurementEnum, {
  name: 'Measurement',
  description: 'Where an indicator’s figures come from.',
});
export const AggregationEnum = enumOf(AGGREGATIONS);
registerEnumType(AggregationEnum, {
  name: 'Aggregation',
  description: 'How months roll up to longer periods.',
});
export const PresetEnum = enumOf(PRESETS);
registerEnumType(PresetEnum, {
  name: 'Preset',
  description: 'Target preset: A (seed 000 bid) or B (seed 001).',
});
export const TargetSourceEnum = enumOf(['ESTATE', 'COMPANY', 'PRESET'] as const);
registerEnumType(TargetSourceEnum, { name: 'TargetSource', description: 'Which rule set the target.' });

/** GraphQL enum names for the comparisons of a target. */
export const TARGET_OPS = {
  AT_LEAST: '>=',
  MORE_THAN: '>',
  AT_MOST: '<=',
  LESS_THAN: '<',
  EQUALS: '=',
} as const;
export type TargetOpName = keyof typeof TARGET_OPS;
export const TargetOpEnum = enumOf(Object.keys(TARGET_OPS) as TargetOpName[]);
registerEnumType(TargetOpEnum, { name: 'TargetOp', description: '≥, >, ≤, < or =.' });

@ObjectType({ description: 'A committed target, e.g. ≥ 98%.' })
export class TargetValue {
  @Field(() => TargetOpEnum, { description: 'The comparison.' })
  op!: TargetOpName;

  @Field(() => Float, { description: 'The threshold (percent for percent indicators).' })
  value!: number;

  @Field(() => String, { description: 'Display form, e.g. ≥98%.' })
  label!: string;
}

@ObjectType({ description: '服务质量指标: an indicator of the catalogue, built in or the company’s own.' })
export class Indicator {
  @Field(() => String, { description: 'Stable code, e.g. house_intact.' })
  code!: string;

  @Field(() => String, { description: 'Chinese name.' })
  nameZh!: string;

  @Field(() => String, { description: 'English name.' })
  nameEn!: string;

  @Field(() => IndicatorUnitEnum, { description: 'Unit.' })
  unit!: IndicatorUnit;

  @Field(() => IndicatorDirectionEnum, { description: 'Which way is better.' })
  direction!: IndicatorDirection;

  @Field(() => MeasurementEnum, { description: 'Where figures come from.' })
  measurement!: Measurement;

  @Field(() => AggregationEnum, { description: 'How months roll up.' })
  aggregation!: Aggregation;

  @Field(() => String, { description: 'What the numerator counts.' })
  numeratorLabel!: string;

  @Field(() => String, { nullable: true, description: 'What the denominator counts; null for counts.' })
  denominatorLabel!: string | null;

  @Field(() => String, { description: 'How it is measured.' })
  descriptionZh!: string;

  @Field(() => String, {
    description: 'What the numerator counts, in English (the Chinese label when the company gave none).',
  })
  numeratorLabelEn!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'What the denominator counts, in English (the Chinese label when the company gave none); null for counts.',
  })
  denominatorLabelEn!: string | null;

  @Field(() => String, {
    description: 'How it is measured, in English (the Chinese description when the company gave none).',
  })
  descriptionEn!: string;

  @Field(() => Boolean, { description: 'Part of the built-in catalogue.' })
  builtIn!: boolean;

  @Field(() => Boolean, { description: 'Retired: kept for history, no longer reported.' })
  retired!: boolean;

  @Field(() => Boolean, {
    description: 'Figures are computed by an operational module rather than reported.',
  })
  computed!: boolean;

  @Field(() => TargetValue, { nullable: true, description: 'Preset A target.' })
  presetA!: TargetValue | null;

  @Field(() => TargetValue, { nullable: true, description: 'Preset B target.' })
  presetB!: TargetValue | null;
}

@ObjectType({ description: 'The target that applies to an estate (or the company) in a month.' })
export class EffectiveTarget {
  @Field(() => String, { description: 'Indicator code.' })
  indicatorCode!: string;

  @Field(() => ID, { nullable: true, description: 'Estate, or null for the company-wide target.' })
  estateId!: string | null;

  @Field(() => TargetValue, { nullable: true, description: 'The target; null when there is none.' })
  target!: TargetValue | null;

  @Field(() => TargetSourceEnum, { description: 'Which rule decided it.' })
  source!: TargetSource;

  @Field(() => String, { nullable: true, description: 'Month the deciding rule took effect.' })
  effectiveMonth!: string | null;

  @Field(() => PresetEnum, { description: 'The preset in force that month.' })
  preset!: Preset;
}

@ObjectType({ description: 'One change of a target, kept for history.' })
export class TargetChange {
  @Field(() => ID, { description: 'Change id.' })
  id!: string;

  @Field(() => String, { description: 'Indicator code.' })
  indicatorCode!: string;

  @Field(() => ID, { nullable: true, description: 'Estate, or null for company-wide.' })
  estateId!: string | null;

  @Field(() => TargetValue, { nullable: true, description: 'The target set; null removed it.' })
  target!: TargetValue | null;

  @Field(() => String, { description: 'In force from this month.' })
  effectiveMonth!: string;

  @Field(() => String, { nullable: true, description: 'Why it changed.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'Who changed it.' })
  setByName!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was changed.' })
  setAt!: Date;
}

@ObjectType({ description: 'A preset choice, kept for history.' })
export class PresetChangeEntry {
  @Field(() => PresetEnum, { description: 'The preset chosen.' })
  preset!: Preset;

  @Field(() => String, { description: 'In force from this month.' })
  effectiveMonth!: string;

  @Field(() => DateTimeScalar, { description: 'When it was chosen.' })
  setAt!: Date;
}

@ObjectType({ description: 'The company’s target preset, now and over time.' })
export class IndicatorSettings {
  @Field(() => PresetEnum, { description: 'Preset in force this month.' })
  presetNow!: Preset;

  @Field(() => [PresetChangeEntry], { description: 'Every choice, newest first.' })
  history!: PresetChangeEntry[];
}

@InputType({ description: 'Chooses the default preset from a month on.' })
export class SetIndicatorPresetInput {
  @Field(() => PresetEnum, { description: 'A or B.' })
  preset!: Preset;

  @Field(() => String, { description: 'YYYY-MM, this month or later.' })
  effectiveMonth!: string;
}

@InputType({ description: 'Sets (or removes) a target, company-wide or for one estate, from a month on.' })
export class SetIndicatorTargetInput {
  @Field(() => String, { description: 'Indicator code.' })
  indicatorCode!: string;

  @Field(() => ID, { nullable: true, description: 'Estate; omit for the company-wide target.' })
  estateId?: string | null;

  @Field(() => TargetOpEnum, {
    nullable: true,
    description: 'Comparison; omit together with value to remove the target.',
  })
  op?: TargetOpName | null;

  @Field(() => Float, { nullable: true, description: 'Threshold.' })
  value?: number | null;

  @Field(() => String, { description: 'YYYY-MM, this month or later: past periods keep their targets.' })
  effectiveMonth!: string;

  @Field(() => String, { nullable: true, description: 'Why.' })
  reason?: string | null;
}

@InputType({ description: 'A company indicator.' })
export class CreateIndicatorInput {
  @Field(() => String, { description: 'Code: lowercase letters, digits and _, unique.' })
  code!: string;

  @Field(() => String, { description: 'Chinese name.' })
  nameZh!: string;

  @Field(() => String, { description: 'English name.' })
  nameEn!: string;

  @Field(() => IndicatorUnitEnum, { description: 'Unit.' })
  unit!: IndicatorUnit;

  @Field(() => IndicatorDirectionEnum, { description: 'Which way is better.' })
  direction!: IndicatorDirection;

  @Field(() => MeasurementEnum, { description: 'What the figures are based on.' })
  measurement!: Measurement;

  @Field(() => AggregationEnum, {
    nullable: true,
    description: 'Roll-up; default RATIO for percent, ANNUAL_COUNT per year, SUM for counts.',
  })
  aggregation?: Aggregation | null;

  @Field(() => String, { description: 'What the numerator counts.' })
  numeratorLabel!: string;

  @Field(() => String, { nullable: true, description: 'What the denominator counts (percent only).' })
  denominatorLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'How it is measured.' })
  descriptionZh?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the numerator counts, in English; absent: the Chinese label is shown.',
  })
  numeratorLabelEn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the denominator counts, in English (percent only); absent: the Chinese label.',
  })
  denominatorLabelEn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How it is measured, in English; absent: the Chinese description.',
  })
  descriptionEn?: string | null;
}

@InputType({ description: 'Retires a company indicator; its history stays.' })
export class RetireIndicatorInput {
  @Field(() => String, { description: 'Indicator code.' })
  code!: string;
}
