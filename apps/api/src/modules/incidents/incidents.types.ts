/** GraphQL types of incidents (火警, 火灾, 治安案件, 重大刑事案件, 违章). */
import { INCIDENT_KINDS, type IncidentKind } from '@anju/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';

export const IncidentKindEnum = enumOf(INCIDENT_KINDS);
registerEnumType(IncidentKindEnum, {
  name: 'IncidentKind',
  description:
    '火警 fire alarm, 火灾 fire, 治安案件 security case, 重大刑事案件 major criminal case, 违章 violation.',
});

@ObjectType({ description: 'An incident of an estate.' })
export class Incident {
  @Field(() => ID, { description: 'Incident id.' })
  id!: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => IncidentKindEnum, { description: 'Kind.' })
  kind!: IncidentKind;

  @Field(() => DateScalar, { description: 'Day it occurred.' })
  occurredOn!: string;

  @Field(() => String, { description: 'Where.' })
  place!: string;

  @Field(() => String, { description: 'What happened.' })
  description!: string;

  @Field(() => Boolean, { description: 'Caused by management failings (fires and security cases).' })
  managementCaused!: boolean;

  @Field(() => String, { nullable: true, description: 'How it was handled.' })
  handling!: string | null;

  @Field(() => Boolean, { description: 'Handled (违章: 已处理).' })
  handled!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Day it was handled.' })
  handledOn!: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'Last saved.' })
  updatedAt!: Date;
}

@InputType({ description: 'Filters of an estate’s incidents.' })
export class IncidentFilter {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { nullable: true, description: 'Only this month, YYYY-MM.' })
  month?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only this year (with a month: that month, if in it).' })
  year?: number | null;

  @Field(() => IncidentKindEnum, { nullable: true, description: 'Only this kind.' })
  kind?: IncidentKind | null;
}

@InputType({ description: 'Fields shared by create and update.' })
class IncidentFields {
  @Field(() => IncidentKindEnum, { description: 'Kind.' })
  kind!: IncidentKind;

  @Field(() => DateScalar, { description: 'Day it occurred (not in the future).' })
  occurredOn!: string;

  @Field(() => String, { description: 'Where (at most 100 characters).' })
  place!: string;

  @Field(() => String, { description: 'What happened.' })
  description!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Caused by management failings (fires, security cases).',
  })
  managementCaused?: boolean | null;

  @Field(() => String, { nullable: true, description: 'How it was handled.' })
  handling?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Handled (needs handledOn).' })
  handled?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day it was handled.' })
  handledOn?: string | null;
}

@InputType({ description: 'Records an incident.' })
export class CreateIncidentInput extends IncidentFields {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;
}

@InputType({ description: 'Corrects an incident, or records its handling.' })
export class UpdateIncidentInput extends IncidentFields {
  @Field(() => ID, { description: 'Incident id.' })
  id!: string;

  @Field(() => Int, { description: 'The version read.' })
  version!: number;
}

@ObjectType({ description: 'An incident behind a figure: whether it counts in the numerator.' })
export class IncidentDrillDownRow {
  @Field(() => Incident, { description: 'The incident.' })
  incident!: Incident;

  @Field(() => Boolean, { description: 'Counted in the numerator.' })
  counted!: boolean;
}

@ObjectType({ description: 'The incidents behind an estate’s incident figure of a month.' })
export class IncidentIndicatorDrillDown {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'The indicator.' })
  indicatorCode!: string;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Int, { nullable: true, description: 'Numerator (null: no figure).' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Denominator: households, or violations (null: none).' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'The value of the month.' })
  value!: number | null;

  @Field(() => [IncidentDrillDownRow], { description: 'Incidents of the kind the indicator counts.' })
  rows!: IncidentDrillDownRow[];
}
