/** GraphQL types of community activities (社区文化活动) and the special-services menu (特约服务). */
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType({ description: 'A community cultural activity.' })
export class CommunityActivity {
  @Field(() => ID, { description: 'Activity id.' })
  id!: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => DateScalar, { description: 'Day it was held.' })
  heldOn!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => Int, { description: 'People who took part.' })
  attendance!: number;

  @Field(() => String, { nullable: true, description: 'Where.' })
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note!: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'Last saved.' })
  updatedAt!: Date;
}

@InputType({ description: 'Fields shared by create and update.' })
class CommunityActivityFields {
  @Field(() => DateScalar, { description: 'Day it was held (not in the future).' })
  heldOn!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => Int, { description: 'People who took part.' })
  attendance!: number;

  @Field(() => String, { nullable: true, description: 'Where.' })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note?: string | null;
}

@InputType({ description: 'Records a community activity.' })
export class CreateCommunityActivityInput extends CommunityActivityFields {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;
}

@InputType({ description: 'Corrects a community activity.' })
export class UpdateCommunityActivityInput extends CommunityActivityFields {
  @Field(() => ID, { description: 'Activity id.' })
  id!: string;

  @Field(() => Int, { description: 'The version read.' })
  version!: number;
}

@ObjectType({ description: 'A priced service on an estate’s special-services menu.' })
export class SpecialService {
  @Field(() => ID, { description: 'Service id.' })
  id!: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Price, yuan with two decimals.' })
  price!: string;

  @Field(() => String, { description: 'Priced per (次, 小时, 台 …).' })
  unit!: string;

  @Field(() => String, { nullable: true, description: 'What it includes.' })
  description!: string | null;

  @Field(() => DateScalar, { description: 'On the menu from.' })
  activeFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day on the menu (null: still offered).' })
  activeUntil!: string | null;

  @Field(() => Boolean, { description: 'On the menu today.' })
  active!: boolean;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'Last saved.' })
  updatedAt!: Date;
}

@InputType({ description: 'Fields shared by create and update.' })
class SpecialServiceFields {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Price, yuan (at most two decimals).' })
  price!: string;

  @Field(() => String, { description: 'Priced per (次, 小时, 台 …).' })
  unit!: string;

  @Field(() => String, { nullable: true, description: 'What it includes.' })
  description?: string | null;

  @Field(() => DateScalar, { description: 'On the menu from.' })
  activeFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day on the menu (null: still offered).' })
  activeUntil?: string | null;
}

@InputType({ description: 'Adds a service to an estate’s menu.' })
export class CreateSpecialServiceInput extends SpecialServiceFields {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;
}

@InputType({ description: 'Changes a service of the menu, or takes it off (activeUntil).' })
export class UpdateSpecialServiceInput extends SpecialServiceFields {
  @Field(() => ID, { description: 'Service id.' })
  id!: string;

  @Field(() => Int, { description: 'The version read.' })
  version!: number;
}

@InputType({ description: 'Adds the starting list of special services to an estate’s menu.' })
export class ApplySpecialServicePresetsInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => DateScalar, { description: 'On the menu from.' })
  activeFrom!: string;
}

@ObjectType({ description: 'The activities or services behind an estate’s figure of a month.' })
export class ActivityIndicatorDrillDown {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'culture_activities or special_services.' })
  indicatorCode!: string;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Int, { nullable: true, description: 'The count (null: no figure).' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'The value of the month.' })
  value!: number | null;

  @Field(() => [CommunityActivity], { description: 'culture_activities: the month’s activities.' })
  activities!: CommunityActivity[];

  @Field(() => [SpecialService], {
    description: 'special_services: services on the menu at the month’s end.',
  })
  services!: SpecialService[];
}
