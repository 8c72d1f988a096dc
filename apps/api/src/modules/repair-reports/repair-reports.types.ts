/** GraphQL types of the residents' public repair page, the tracking page and the estate's link. */
import type { WorkOrderCategory, WorkOrderStatus } from '@anju/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { WorkOrderCategoryEnum, WorkOrderStatusEnum } from '../work-orders/index.js';

@ObjectType({ description: 'What the public repair page shows: whose estate it is.' })
export class RepairReportPage {
  @Field(() => String, { description: 'The estate’s name.' })
  estateName!: string;

  @Field(() => String, { description: 'The property company’s name.' })
  companyName!: string;
}

@InputType({ description: 'A resident’s repair report through the estate’s public page.' })
export class SubmitRepairReportInput {
  @Field(() => String, { description: 'The estate’s public link token (from the QR code).' })
  token!: string;

  @Field(() => String, { description: 'The unit (3栋2单元801) or place (2号楼电梯).' })
  location!: string;

  @Field(() => String, { description: 'What is wrong.' })
  description!: string;

  @Field(() => String, { description: 'The resident’s mobile number (11 digits).' })
  phone!: string;

  @Field(() => String, { nullable: true, description: 'How to address the resident.' })
  reporterName?: string | null;

  @Field(() => WorkOrderCategoryEnum, { nullable: true, description: 'Category (default OTHER).' })
  category?: WorkOrderCategory | null;

  @Field(() => Boolean, { nullable: true, description: 'A public area rather than the resident’s unit.' })
  publicArea?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Up to 3 photos uploaded through POST /public/repair-reports/{token}/photos.',
  })
  photoFileIds?: string[] | null;
}

@ObjectType({ description: 'What the resident gets after reporting: the tracking link’s token.' })
export class RepairReportReceipt {
  @Field(() => String, { description: 'Token of the tracking page (/t/{token}); shown once.' })
  trackingToken!: string;

  @Field(() => Int, { description: 'The work order’s number in the estate.' })
  number!: number;

  @Field(() => String, { description: 'The estate’s name.' })
  estateName!: string;

  @Field(() => DateTimeScalar, { description: 'When it was received.' })
  reportedAt!: Date;
}

@ObjectType({
  description: 'A reported repair’s progress, as the resident sees it (no staff or other residents’ data).',
})
export class RepairTracking {
  @Field(() => String, { description: 'The estate’s name.' })
  estateName!: string;

  @Field(() => Int, { description: 'The work order’s number in the estate.' })
  number!: number;

  @Field(() => String, { description: 'The unit or place reported.' })
  location!: string;

  @Field(() => WorkOrderCategoryEnum, { description: 'Category.' })
  category!: WorkOrderCategory;

  @Field(() => String, { description: 'What was reported.' })
  description!: string;

  @Field(() => WorkOrderStatusEnum, { description: 'Where it stands.' })
  status!: WorkOrderStatus;

  @Field(() => DateTimeScalar, { description: 'Received.' })
  reportedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'A repairer was assigned.' })
  dispatchedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The repairer arrived.' })
  arrivedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Repaired.' })
  completedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Called back (回访).' })
  calledBackAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Closed.' })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'Photos attached to the report.' })
  photoCount!: number;

  @Field(() => Boolean, { description: 'The repair is done and not rated yet: ask for a rating.' })
  canRate!: boolean;

  @Field(() => Int, { nullable: true, description: 'The resident’s rating, 1–5.' })
  rating!: number | null;

  @Field(() => String, { nullable: true, description: 'The resident’s comment.' })
  ratingComment!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was rated.' })
  ratedAt!: Date | null;
}

@InputType({ description: 'The resident’s rating of a finished repair (once).' })
export class RateRepairReportInput {
  @Field(() => String, { description: 'The tracking token.' })
  token!: string;

  @Field(() => Int, { description: '1 (very dissatisfied) … 5 (very satisfied).' })
  rating!: number;

  @Field(() => String, { nullable: true, description: 'A comment.' })
  comment?: string | null;
}

@ObjectType({ description: 'An estate’s public repair link (the QR code poster).' })
export class EstateRepairLink {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'The estate’s name (printed on the poster).' })
  estateName!: string;

  @Field(() => String, { description: 'The unguessable token.' })
  token!: string;

  @Field(() => String, {
    description: 'The public page’s path (/r/{token}), to append to the site’s address.',
  })
  path!: string;

  @Field(() => DateTimeScalar, { description: 'Made.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Last rotated (older posters stopped working).',
  })
  rotatedAt!: Date | null;

  @Field(() => Int, { description: 'Rotations + 1.' })
  version!: number;
}
