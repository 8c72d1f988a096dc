/** GraphQL types of complaints (投诉). */
import {
  type CallbackSatisfaction,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  COMPLAINT_STEPS,
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintSeverity,
  type ComplaintStatus,
  type ComplaintStep,
} from '@anju/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserRef } from '../../graphql/common-types.js';
import { connectionOf } from '../../graphql/connection.js';
import { enumOf } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { CallbackSatisfactionEnum, WorkOrderDepartment } from '../work-orders/index.js';

export const ComplaintCategoryEnum = enumOf(COMPLAINT_CATEGORIES);
registerEnumType(ComplaintCategoryEnum, {
  name: 'ComplaintCategory',
  description: 'The department a complaint is about: 客服, 秩序维护, 保洁, 工程, 绿化, 管理.',
});
export const ComplaintChannelEnum = enumOf(COMPLAINT_CHANNELS);
registerEnumType(ComplaintChannelEnum, {
  name: 'ComplaintChannel',
  description: 'How the complaint came in: phone, front desk, visit, letter, online.',
});
export const ComplaintSeverityEnum = enumOf(COMPLAINT_SEVERITIES);
registerEnumType(ComplaintSeverityEnum, {
  name: 'ComplaintSeverity',
  description: 'NORMAL or MAJOR (重大: the estate manager is notified at once).',
});
export const ComplaintStatusEnum = enumOf(COMPLAINT_STATUSES);
registerEnumType(ComplaintStatusEnum, { name: 'ComplaintStatus', description: 'OPEN or RESOLVED.' });
export const ComplaintStepEnum = enumOf(COMPLAINT_STEPS);
registerEnumType(ComplaintStepEnum, {
  name: 'ComplaintStep',
  description: 'A step after logging: RULE (validity), POSTPONE (once), RESOLVE.',
});
export const ComplaintEventEnum = enumOf(['CREATED', 'RULED', 'POSTPONED', 'RESOLVED'] as const);
registerEnumType(ComplaintEventEnum, {
  name: 'ComplaintEvent',
  description: 'What happened to a complaint.',
});

@ObjectType({ description: 'A complaint (投诉) of an estate.' })
export class Complaint {
  @Field(() => ID, { description: 'Complaint id.' })
  id!: string;

  companyId!: string;
  receiverUserId!: string | null;
  departmentId!: string | null;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => Int, { description: 'Number in the estate (1, 2, 3 … in the order received).' })
  number!: number;

  @Field(() => ComplaintCategoryEnum, { description: 'The department it is about.' })
  category!: ComplaintCategory;

  @Field(() => WorkOrderDepartment, {
    nullable: true,
    description: 'The estate’s department of the category.',
  })
  department!: WorkOrderDepartment | null;

  @Field(() => ComplaintChannelEnum, { description: 'How it came in.' })
  channel!: ComplaintChannel;

  @Field(() => ComplaintSeverityEnum, { description: 'NORMAL or MAJOR.' })
  severity!: ComplaintSeverity;

  @Field(() => String, { nullable: true, description: 'The unit or place concerned.' })
  location!: string | null;

  @Field(() => String, { description: 'What the complaint is.' })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Complainant’s name (personal data: the manager, admins and the first receiver; else null).',
  })
  complainantName!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Complainant’s phone (personal data: the manager, admins and the first receiver; else null).',
  })
  complainantPhone!: string | null;

  @Field(() => Boolean, { description: 'Whether the caller may read the complainant’s name and phone.' })
  personalDataVisible!: boolean;

  @Field(() => UserRef, {
    nullable: true,
    description: 'The first receiver (首问责任人), who owns the case.',
  })
  receiver!: UserRef | null;

  @Field(() => DateTimeScalar, { description: 'Received.' })
  receivedAt!: Date;

  @Field(() => DateTimeScalar, { description: 'The feedback time promised on receipt.' })
  originalFeedbackAt!: Date;

  @Field(() => DateTimeScalar, { description: 'The feedback time in force (postponed, once postponed).' })
  promisedFeedbackAt!: Date;

  @Field(() => Boolean, { description: 'Open past its promised feedback time.' })
  overdue!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was postponed (at most once).' })
  postponedAt!: Date | null;

  @Field(() => UserRef, { nullable: true, description: 'Who postponed it.' })
  postponedBy!: UserRef | null;

  @Field(() => String, { nullable: true, description: 'Why it was postponed.' })
  postponeReason!: string | null;

  @Field(() => Boolean, { nullable: true, description: '有效投诉: null until ruled.' })
  valid!: boolean | null;

  @Field(() => String, { nullable: true, description: 'The reason of the validity ruling.' })
  validityReason!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was ruled.' })
  ruledAt!: Date | null;

  @Field(() => UserRef, { nullable: true, description: 'Who ruled.' })
  ruledBy!: UserRef | null;

  @Field(() => ComplaintStatusEnum, { description: 'OPEN or RESOLVED.' })
  status!: ComplaintStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Resolved.' })
  resolvedAt!: Date | null;

  @Field(() => UserRef, { nullable: true, description: 'Who resolved it.' })
  resolvedBy!: UserRef | null;

  @Field(() => String, { nullable: true, description: 'What was done.' })
  resolution!: string | null;

  @Field(() => String, { nullable: true, description: 'Callback (回访) record.' })
  callbackNote!: string | null;

  @Field(() => CallbackSatisfactionEnum, { nullable: true, description: 'The complainant’s satisfaction.' })
  satisfaction!: CallbackSatisfaction | null;

  @Field(() => UserRef, { nullable: true, description: 'Who logged it.' })
  createdBy!: UserRef | null;

  @Field(() => [ComplaintStepEnum], { description: 'The steps the caller may take now.' })
  nextSteps!: ComplaintStep[];

  @Field(() => Int, { description: 'Optimistic-lock version: send it back with the next step.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'Last change.' })
  updatedAt!: Date;
}

export const ComplaintConnection = connectionOf(Complaint, 'Complaint');

@InputType({ description: 'Which complaints of an estate.' })
export class ComplaintFilter {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => ComplaintStatusEnum, { nullable: true, description: 'Only this status.' })
  status?: ComplaintStatus | null;

  @Field(() => ComplaintCategoryEnum, { nullable: true, description: 'Only this category.' })
  category?: ComplaintCategory | null;

  @Field(() => ComplaintSeverityEnum, { nullable: true, description: 'Only this severity.' })
  severity?: ComplaintSeverity | null;

  @Field(() => Boolean, { nullable: true, description: 'Only valid (true) or invalid (false) ones.' })
  valid?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only open ones past their promised time.' })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Number, place or description contains.' })
  search?: string | null;
}

@InputType({ description: 'A complaint received by the caller (its first receiver).' })
export class CreateComplaintInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => ComplaintCategoryEnum, { description: 'The department it is about.' })
  category!: ComplaintCategory;

  @Field(() => ComplaintChannelEnum, { description: 'How it came in.' })
  channel!: ComplaintChannel;

  @Field(() => ComplaintSeverityEnum, { nullable: true, description: 'Default NORMAL.' })
  severity?: ComplaintSeverity | null;

  @Field(() => String, { nullable: true, description: 'Unit or place (≤ 100).' })
  location?: string | null;

  @Field(() => String, { description: 'What the complaint is (≤ 1000).' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Complainant’s name (≤ 40).' })
  complainantName?: string | null;

  @Field(() => String, { nullable: true, description: 'Complainant’s phone.' })
  complainantPhone?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes until the promised feedback (default the company preset, 2880; at most a week).',
  })
  feedbackMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'The same key on every retry: one complaint.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'The validity ruling (有效投诉) of a complaint.' })
export class RuleComplaintInput {
  @Field(() => ID, { description: 'Complaint id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  version!: number;

  @Field(() => Boolean, { description: 'A valid complaint (有效投诉) or not.' })
  valid!: boolean;

  @Field(() => String, { description: 'Why (≤ 500).' })
  reason!: string;
}

@InputType({ description: 'The one postponement of a complaint’s feedback time.' })
export class PostponeComplaintInput {
  @Field(() => ID, { description: 'Complaint id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  version!: number;

  @Field(() => DateTimeScalar, {
    description: 'The new feedback time (later; at most a week after receipt).',
  })
  newFeedbackAt!: Date;

  @Field(() => String, { description: 'Why (≤ 500).' })
  reason!: string;
}

@InputType({ description: 'The resolution, callback and satisfaction of a complaint.' })
export class ResolveComplaintInput {
  @Field(() => ID, { description: 'Complaint id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  version!: number;

  @Field(() => String, { description: 'What was done (≤ 500).' })
  resolution!: string;

  @Field(() => String, { nullable: true, description: 'Callback (回访) record (≤ 500).' })
  callbackNote?: string | null;

  @Field(() => CallbackSatisfactionEnum, { description: 'The complainant’s satisfaction.' })
  satisfaction!: CallbackSatisfaction;
}

@ObjectType({ description: 'A change of a complaint, as it happens.' })
export class ComplaintChangedEvent {
  @Field(() => ComplaintEventEnum, { description: 'What happened.' })
  event!: string;

  @Field(() => ID, { description: 'Complaint id.' })
  complaintId!: string;

  @Field(() => ID, { description: 'Its estate.' })
  estateId!: string;

  @Field(() => Complaint, { nullable: true, description: 'The complaint now, as the subscriber may see it.' })
  complaint!: Complaint | null;
}

@ObjectType({ description: 'A complaint behind an indicator figure.' })
export class ComplaintDrillDownRow {
  @Field(() => ID, { description: 'Complaint id.' })
  complaintId!: string;

  @Field(() => Int, { description: 'Its number in the estate.' })
  number!: number;

  @Field(() => DateTimeScalar, { description: 'Received.' })
  receivedAt!: Date;

  @Field(() => ComplaintCategoryEnum, { description: 'Category.' })
  category!: ComplaintCategory;

  @Field(() => ComplaintSeverityEnum, { description: 'Severity.' })
  severity!: ComplaintSeverity;

  @Field(() => Boolean, { nullable: true, description: 'Valid (有效投诉), null until ruled.' })
  valid!: boolean | null;

  @Field(() => ComplaintStatusEnum, { description: 'Status.' })
  status!: ComplaintStatus;

  @Field(() => Boolean, { description: 'Counted in the numerator.' })
  counted!: boolean;

  @Field(() => String, { nullable: true, description: 'Complainant’s name (null where not permitted).' })
  complainantName!: string | null;
}

@ObjectType({ description: 'The complaints behind an estate’s complaint figure of a month.' })
export class ComplaintIndicatorDrillDown {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'complaint_valid_rate or complaint_handled.' })
  indicatorCode!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => Float, { nullable: true, description: 'Numerator (null: no figure).' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'Denominator (households, or valid complaints).' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'The monthly value.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'Complainants hidden from the caller.' })
  namesHidden!: boolean;

  @Field(() => [ComplaintDrillDownRow], { description: 'The complaints received in the month.' })
  rows!: ComplaintDrillDownRow[];
}
