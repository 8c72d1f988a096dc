/** GraphQL types of facility checks (设施检查) by class. */
import { FACILITY_CLASSES, type FacilityClass } from '@anju/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';

export const FacilityClassEnum = enumOf(FACILITY_CLASSES);
registerEnumType(FacilityClassEnum, {
  name: 'FacilityClass',
  description:
    'What a check covers: houses, equipment, street lights, fire facilities, roads and car parks, green area (m²), wells and drains, pipes and ditches, public amenities, cleaning points.',
});

@ObjectType({ description: 'A facility check: items checked and found intact.' })
export class FacilityCheck {
  @Field(() => ID, { description: 'Check id.' })
  id!: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => FacilityClassEnum, { description: 'Class checked.' })
  facilityClass!: FacilityClass;

  @Field(() => DateScalar, { description: 'Day of the check.' })
  checkedOn!: string;

  @Field(() => Int, { description: 'Items checked (green area: m²).' })
  itemsChecked!: number;

  @Field(() => Int, { description: 'Items found intact.' })
  itemsIntact!: number;

  @Field(() => String, { nullable: true, description: 'What was wrong.' })
  defects!: string | null;

  @Field(() => String, { description: 'Who checked.' })
  checker!: string;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note!: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'Last saved.' })
  updatedAt!: Date;
}

@InputType({ description: 'Filters of an estate’s facility checks.' })
export class FacilityCheckFilter {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { nullable: true, description: 'Only this month, YYYY-MM.' })
  month?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only this year (with a month: that month, if in it).' })
  year?: number | null;

  @Field(() => FacilityClassEnum, { nullable: true, description: 'Only this class.' })
  facilityClass?: FacilityClass | null;
}

@InputType({ description: 'Fields shared by create and update.' })
class FacilityCheckFields {
  @Field(() => FacilityClassEnum, { description: 'Class checked.' })
  facilityClass!: FacilityClass;

  @Field(() => DateScalar, { description: 'Day of the check (not in the future).' })
  checkedOn!: string;

  @Field(() => Int, { description: 'Items checked, at least 1 (green area: m²).' })
  itemsChecked!: number;

  @Field(() => Int, { description: 'Items intact, at most itemsChecked.' })
  itemsIntact!: number;

  @Field(() => String, { nullable: true, description: 'What was wrong (required when not all intact).' })
  defects?: string | null;

  @Field(() => String, { description: 'Who checked.' })
  checker!: string;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note?: string | null;
}

@InputType({ description: 'Records a facility check.' })
export class CreateFacilityCheckInput extends FacilityCheckFields {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;
}

@InputType({ description: 'Corrects a facility check.' })
export class UpdateFacilityCheckInput extends FacilityCheckFields {
  @Field(() => ID, { description: 'Check id.' })
  id!: string;

  @Field(() => Int, { description: 'The version read.' })
  version!: number;
}

@ObjectType({ description: 'The checks behind an estate’s intact-rate figure of a month.' })
export class FacilityCheckIndicatorDrillDown {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'The indicator.' })
  indicatorCode!: string;

  @Field(() => FacilityClassEnum, { description: 'The class it counts.' })
  facilityClass!: FacilityClass;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Int, { nullable: true, description: 'Items intact (null: no check).' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Items checked (null: no check).' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'The value, percent.' })
  value!: number | null;

  @Field(() => [FacilityCheck], { description: 'The month’s checks of the class.' })
  rows!: FacilityCheck[];
}
