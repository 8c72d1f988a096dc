/**
 * GraphQL types of work orders (报修 / 工单), the estate's live board and the company's
 * service-time commitments.
 */
import {
  CALLBACK_SATISFACTIONS,
  type CallbackSatisfaction,
  SLA_STEPS,
  type SlaStep,
  WORK_ORDER_BOARD_COLUMNS,
  WORK_ORDER_CATEGORIES,
  WORK_ORDER_CHANNELS,
  WORK_ORDER_KINDS,
  WORK_ORDER_LOCATION_KINDS,
  WORK_ORDER_STATUSES,
  WORK_ORDER_STEPS,
  type WorkOrderBoardColumn,
  type WorkOrderCategory,
  type WorkOrderChannel,
  type WorkOrderKind,
  type WorkOrderLocationKind,
  type WorkOrderStatus,
  type WorkOrderStep,
} from '@anju/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FileRef, UserRef } from '../../graphql/common-types.js';
import { connectionOf } from '../../graphql/connection.js';
import { enumOf } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

export const WorkOrderKindEnum = enumOf(WORK_ORDER_KINDS);
registerEnumType(WorkOrderKindEnum, {
  name: 'WorkOrderKind',
  description: '零修 minor or 急修 urgent repair.',
});
export const WorkOrderCategoryEnum = enumOf(WORK_ORDER_CATEGORIES);
registerEnumType(WorkOrderCategoryEnum, {
  name: 'WorkOrderCategory',
  description: 'Repair category: 水电, 土建, 门窗, 电梯, 公共设施, 消防, 管道疏通, 其他.',
});
export const WorkOrderChannelEnum = enumOf(WORK_ORDER_CHANNELS);
registerEnumType(WorkOrderChannelEnum, {
  name: 'WorkOrderChannel',
  description: 'How the repair was reported: phone, front desk, QR code page, patrol.',
});
export const WorkOrderLocationKindEnum = enumOf(WORK_ORDER_LOCATION_KINDS);
registerEnumType(WorkOrderLocationKindEnum, {
  name: 'WorkOrderLocationKind',
  description: 'A household’s unit or a public area of the estate.',
});
export const WorkOrderStatusEnum = enumOf(WORK_ORDER_STATUSES);
registerEnumType(WorkOrderStatusEnum, {
  name: 'WorkOrderStatus',
  description: 'NEW → DISPATCHED → ON_SITE → COMPLETED → CALLED_BACK → CLOSED (CLOSED also from COMPLETED).',
});
export const WorkOrderStepEnum = enumOf(WORK_ORDER_STEPS);
registerEnumType(WorkOrderStepEnum, {
  name: 'WorkOrderStep',
  description: 'A step of the lifecycle (dispatchWorkOrder, arriveWorkOrder …).',
});
export const SlaStepEnum = enumOf(SLA_STEPS);
registerEnumType(SlaStepEnum, {
  name: 'WorkOrderSlaStep',
  description: 'A step with a service-time deadline: dispatch, arrival, completion.',
});
export const CallbackSatisfactionEnum = enumOf(CALLBACK_SATISFACTIONS);
registerEnumType(CallbackSatisfactionEnum, {
  name: 'CallbackSatisfaction',
  description: 'Callback (回访) answer: 满意, 基本满意 (both count as satisfied) or 不满意.',
});
export const WorkOrderBoardColumnEnum = enumOf(WORK_ORDER_BOARD_COLUMNS);
registerEnumType(WorkOrderBoardColumnEnum, {
  name: 'WorkOrderBoardColumn',
  description:
    'A column of the live board: NEW, DISPATCHED, ON_SITE, DONE (completed today), AWAITING_CALLBACK (completed before today, not called back).',
});
export const WorkOrderEventEnum = enumOf([
  'CREATED',
  'DISPATCHED',
  'ARRIVED',
  'COMPLETED',
  'CALLED_BACK',
  'CLOSED',
  'BREACHED',
] as const);
registerEnumType(WorkOrderEventEnum, {
  name: 'WorkOrderEvent',
  description: 'What happened to a work order.',
});

@ObjectType({ description: 'The department that takes a work order.' })
export class WorkOrderDepartment {
  @Field(() => ID, { description: 'Department id.' })
  id!: string;

  @Field(() => String, { description: 'Department code (ENGINEERING, SECURITY …).' })
  code!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;
}

@ObjectType({ description: 'An earlier work order this one refers to (the repair it reworks).' })
export class WorkOrderRef {
  @Field(() => ID, { description: 'Work order id.' })
  id!: string;

  @Field(() => Int, { description: 'Its number in the estate.' })
  number!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was completed.' })
  completedAt!: Date | null;
}

@ObjectType({ description: 'A work order (报修 / 工单) of an estate.' })
export class WorkOrder {
  @Field(() => ID, { description: 'Work order id.' })
  id!: string;

  companyId!: string;
  createdById!: string | null;
  departmentId!: string | null;
  assigneeUserId!: string | null;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => Int, { description: 'Number in the estate (1, 2, 3 … in the order reported).' })
  number!: number;

  @Field(() => WorkOrderLocationKindEnum, { description: 'Unit or public area.' })
  locationKind!: WorkOrderLocationKind;

  @Field(() => String, { description: 'The unit (3栋2单元801) or public area (2号电梯).' })
  location!: string;

  @Field(() => WorkOrderCategoryEnum, { description: 'Category.' })
  category!: WorkOrderCategory;

  @Field(() => WorkOrderKindEnum, { description: '零修 minor or 急修 urgent.' })
  kind!: WorkOrderKind;

  @Field(() => String, { description: 'What is wrong.' })
  description!: string;

  @Field(() => WorkOrderChannelEnum, { description: 'How it was reported.' })
  channel!: WorkOrderChannel;

  @Field(() => String, {
    nullable: true,
    description: 'Reporter’s name (personal data: the manager, admins and the staff handling it; else null).',
  })
  reporterName!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Reporter’s phone (personal data: the manager, admins and the staff handling it; else null).',
  })
  reporterPhone!: string | null;

  @Field(() => Boolean, { description: 'Whether the caller may read the reporter’s name and phone.' })
  personalDataVisible!: boolean;

  @Field(() => WorkOrderDepartment, { nullable: true, description: 'The department that takes it.' })
  department!: WorkOrderDepartment | null;

  @Field(() => UserRef, { nullable: true, description: 'Who works it.' })
  assignee!: UserRef | null;

  @Field(() => UserRef, { nullable: true, description: 'Who logged it.' })
  createdBy!: UserRef | null;

  @Field(() => [FileRef], { description: 'Photos of the fault (GET /files/{id}).' })
  photos!: FileRef[];

  @Field(() => [FileRef], { description: 'Photos of the finished repair.' })
  completionPhotos!: FileRef[];

  @Field(() => WorkOrderStatusEnum, { description: 'Where it stands.' })
  status!: WorkOrderStatus;

  @Field(() => DateTimeScalar, { description: 'Reported (received).' })
  reportedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'First dispatched.' })
  dispatchedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The assignee arrived.' })
  arrivedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Completed.' })
  completedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Called back (回访).' })
  calledBackAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Closed.' })
  closedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    description: 'Dispatch deadline (from the commitments in force when reported).',
  })
  dispatchDueAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Arrival deadline.' })
  arriveDueAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Completion deadline (urgent: the end of the reporting day).' })
  completeDueAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the dispatch deadline was found missed.',
  })
  dispatchBreachedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the arrival deadline was found missed.' })
  arriveBreachedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the completion deadline was found missed.',
  })
  completeBreachedAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether any deadline was missed.' })
  breached!: boolean;

  @Field(() => [SlaStepEnum], { description: 'The steps whose deadline was missed.' })
  breachedSteps!: SlaStep[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'On time (repair_timely): every step within its deadline; null until completed.',
  })
  timely!: boolean | null;

  @Field(() => WorkOrderRef, { nullable: true, description: 'The earlier repair of the same fault (返修).' })
  reworkOf!: WorkOrderRef | null;

  @Field(() => Boolean, { nullable: true, description: 'Quality check passed (null: not checked).' })
  qualityPassed!: boolean | null;

  @Field(() => CallbackSatisfactionEnum, { nullable: true, description: 'The callback’s answer.' })
  satisfaction!: CallbackSatisfaction | null;

  @Field(() => String, { nullable: true, description: 'Callback record.' })
  callbackNote!: string | null;

  @Field(() => String, { nullable: true, description: 'Note on arrival.' })
  arriveNote!: string | null;

  @Field(() => String, { nullable: true, description: 'What was done.' })
  completionNote!: string | null;

  @Field(() => String, { nullable: true, description: 'Note on closing.' })
  closeNote!: string | null;

  @Field(() => [WorkOrderStepEnum], { description: 'The steps the caller may take now.' })
  nextSteps!: WorkOrderStep[];

  @Field(() => Int, { description: 'Optimistic-lock version: send it back with the next step.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'Last change.' })
  updatedAt!: Date;
}

export const WorkOrderConnection = connectionOf(WorkOrder, 'WorkOrder');

@InputType({ description: 'Which work orders of an estate.' })
export class WorkOrderFilter {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => WorkOrderStatusEnum, { nullable: true, description: 'Only this status.' })
  status?: WorkOrderStatus | null;

  @Field(() => WorkOrderKindEnum, { nullable: true, description: 'Only minor or urgent.' })
  kind?: WorkOrderKind | null;

  @Field(() => WorkOrderCategoryEnum, { nullable: true, description: 'Only this category.' })
  category?: WorkOrderCategory | null;

  @Field(() => ID, { nullable: true, description: 'Only those assigned to this user.' })
  assigneeUserId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only breached (true) or on-time (false) orders.' })
  breached?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Number, place or description contains.' })
  search?: string | null;
}

@ObjectType({ description: 'One column of the live board.' })
export class WorkOrderBoardColumnView {
  @Field(() => WorkOrderBoardColumnEnum, { description: 'Which column.' })
  column!: WorkOrderBoardColumn;

  @Field(() => Int, { description: 'Orders in the column the caller may read.' })
  count!: number;

  @Field(() => Int, { description: 'Of those, orders that missed a deadline.' })
  breachedCount!: number;

  @Field(() => [WorkOrder], { description: 'The first cards, longest waiting first.' })
  cards!: WorkOrder[];
}

@ObjectType({ description: 'An estate’s live work-order board.' })
export class WorkOrderBoard {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => DateTimeScalar, { description: 'The instant the board was read at.' })
  at!: Date;

  @Field(() => [WorkOrderBoardColumnView], {
    description: 'NEW, DISPATCHED, ON_SITE, DONE, AWAITING_CALLBACK.',
  })
  columns!: WorkOrderBoardColumnView[];
}

@InputType({ description: 'A repair reported to the estate.' })
export class CreateWorkOrderInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => WorkOrderLocationKindEnum, { description: 'Unit or public area.' })
  locationKind!: WorkOrderLocationKind;

  @Field(() => String, { description: 'The unit or public area (≤ 100).' })
  location!: string;

  @Field(() => WorkOrderCategoryEnum, { description: 'Category.' })
  category!: WorkOrderCategory;

  @Field(() => WorkOrderKindEnum, { description: '零修 minor or 急修 urgent.' })
  kind!: WorkOrderKind;

  @Field(() => String, { description: 'What is wrong (≤ 1000, several lines).' })
  description!: string;

  @Field(() => WorkOrderChannelEnum, { description: 'How it was reported.' })
  channel!: WorkOrderChannel;

  @Field(() => String, { nullable: true, description: 'Reporter’s name (≤ 40).' })
  reporterName?: string | null;

  @Field(() => String, { nullable: true, description: 'Reporter’s phone.' })
  reporterPhone?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The department that takes it (default: the estate’s 工程部).',
  })
  departmentId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Photos uploaded through POST /files (≤ 9).' })
  photoFileIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'The same key on every retry: one order however often sent.',
  })
  idempotencyKey?: string | null;
}

@InputType({
  description: 'Dispatch (派单) a work order to a member of the estate’s staff, or hand it over.',
})
export class DispatchWorkOrderInput {
  @Field(() => ID, { description: 'Work order id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  version!: number;

  @Field(() => ID, { description: 'An active staff member or manager of the estate.' })
  assigneeUserId!: string;
}

@InputType({ description: 'The assignee arrived on site.' })
export class ArriveWorkOrderInput {
  @Field(() => ID, { description: 'Work order id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Note (≤ 500).' })
  note?: string | null;
}

@InputType({ description: 'The repair is finished.' })
export class CompleteWorkOrderInput {
  @Field(() => ID, { description: 'Work order id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  version!: number;

  @Field(() => Boolean, { nullable: true, description: 'Quality check passed (absent: not checked yet).' })
  qualityPassed?: boolean | null;

  @Field(() => String, { nullable: true, description: 'What was done (≤ 500).' })
  note?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Photos of the finished repair (≤ 9).' })
  photoFileIds?: string[] | null;
}

@InputType({ description: 'The callback (回访) of a completed repair.' })
export class CallbackWorkOrderInput {
  @Field(() => ID, { description: 'Work order id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  version!: number;

  @Field(() => CallbackSatisfactionEnum, { description: 'The resident’s answer.' })
  satisfaction!: CallbackSatisfaction;

  @Field(() => String, { nullable: true, description: 'Callback record (≤ 500).' })
  note?: string | null;
}

@InputType({ description: 'Close a completed (or called back) work order.' })
export class CloseWorkOrderInput {
  @Field(() => ID, { description: 'Work order id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  version!: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Quality check result, if not recorded at completion.',
  })
  qualityPassed?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Note (≤ 500).' })
  note?: string | null;
}

@ObjectType({ description: 'A version of the company’s service-time commitments (服务承诺).' })
export class WorkOrderCommitments {
  @Field(() => ID, { nullable: true, description: 'Version id (null: the seeds’ defaults, never changed).' })
  id!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'In force from (null: the defaults).' })
  effectiveFrom!: Date | null;

  @Field(() => Int, { description: 'Minutes to dispatch a minor repair (seed 001: 3).' })
  dispatchMinutesMinor!: number;

  @Field(() => Int, { description: 'Minutes to dispatch an urgent repair (seed 001: 3).' })
  dispatchMinutesUrgent!: number;

  @Field(() => Int, { description: 'Minutes from the report to arrive at a minor repair (seed 000: 10).' })
  arriveMinutesMinor!: number;

  @Field(() => Int, {
    description: 'Minutes from the report to arrive at an urgent repair (seed 000: 10; seed 002: 30).',
  })
  arriveMinutesUrgent!: number;

  @Field(() => Int, { description: 'Minutes from the report to finish a minor repair (default 1440).' })
  completeMinutesMinor!: number;

  @Field(() => Boolean, {
    description: '急修不过夜: urgent repairs finished by the end of the day reported.',
  })
  urgentSameDay!: boolean;

  @Field(() => Int, { description: 'Minutes to finish an urgent repair when urgentSameDay is off.' })
  completeMinutesUrgent!: number;

  @Field(() => String, { nullable: true, description: 'Why it was changed.' })
  note!: string | null;

  @Field(() => UserRef, { nullable: true, description: 'Who changed it.' })
  createdBy!: UserRef | null;
}

@ObjectType({ description: 'The commitments in force, and every version before.' })
export class WorkOrderCommitmentsOverview {
  @Field(() => WorkOrderCommitments, { description: 'In force now.' })
  current!: WorkOrderCommitments;

  @Field(() => [WorkOrderCommitments], { description: 'Every version, newest first (empty: never changed).' })
  history!: WorkOrderCommitments[];

  @Field(() => WorkOrderCommitments, { description: 'The seeds’ figures.' })
  defaults!: WorkOrderCommitments;

  @Field(() => WorkOrderCommitments, {
    description: 'Seed 002’s preset: emergencies reached within 30 minutes.',
  })
  seed002!: WorkOrderCommitments;
}

@InputType({ description: 'A new version of the commitments, in force from now (history is kept).' })
export class UpdateWorkOrderCommitmentsInput {
  @Field(() => Int, { description: 'Minutes to dispatch a minor repair.' })
  dispatchMinutesMinor!: number;

  @Field(() => Int, { description: 'Minutes to dispatch an urgent repair.' })
  dispatchMinutesUrgent!: number;

  @Field(() => Int, { description: 'Minutes from the report to arrive at a minor repair.' })
  arriveMinutesMinor!: number;

  @Field(() => Int, { description: 'Minutes from the report to arrive at an urgent repair.' })
  arriveMinutesUrgent!: number;

  @Field(() => Int, { description: 'Minutes from the report to finish a minor repair.' })
  completeMinutesMinor!: number;

  @Field(() => Boolean, { description: 'Urgent repairs finished by the end of the day reported.' })
  urgentSameDay!: boolean;

  @Field(() => Int, { description: 'Minutes to finish an urgent repair when urgentSameDay is off.' })
  completeMinutesUrgent!: number;

  @Field(() => String, { nullable: true, description: 'Why (≤ 500).' })
  note?: string | null;
}

@ObjectType({ description: 'A change of a work order, as it happens.' })
export class WorkOrderChangedEvent {
  @Field(() => WorkOrderEventEnum, { description: 'What happened.' })
  event!: string;

  @Field(() => ID, { description: 'Work order id.' })
  workOrderId!: string;

  @Field(() => ID, { description: 'Its estate.' })
  estateId!: string;

  @Field(() => [SlaStepEnum], { description: 'The steps found past their deadline (BREACHED).' })
  steps!: SlaStep[];

  @Field(() => WorkOrder, {
    nullable: true,
    description: 'The order as it is now, as the subscriber may see it.',
  })
  workOrder!: WorkOrder | null;
}

@ObjectType({ description: 'A work order behind a repair indicator: counted or not, and why.' })
export class WorkOrderIndicatorRow {
  @Field(() => ID, { nullable: true, description: 'The order (null: the caller may not open it).' })
  workOrderId!: string | null;

  @Field(() => Int, { description: 'Number in the estate.' })
  number!: number;

  @Field(() => WorkOrderLocationKindEnum, { description: 'Unit or public area.' })
  locationKind!: WorkOrderLocationKind;

  @Field(() => String, {
    nullable: true,
    description: 'The unit or area (a unit only for callers who may read the reporter’s data).',
  })
  location!: string | null;

  @Field(() => WorkOrderCategoryEnum, { description: 'Category.' })
  category!: WorkOrderCategory;

  @Field(() => WorkOrderKindEnum, { description: '零修 or 急修.' })
  kind!: WorkOrderKind;

  @Field(() => WorkOrderChannelEnum, { description: 'How it was reported.' })
  channel!: WorkOrderChannel;

  @Field(() => DateTimeScalar, { description: 'Reported.' })
  reportedAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Completed (the month it counts in).' })
  completedAt!: Date;

  @Field(() => Boolean, { description: 'Counted in the numerator.' })
  counted!: boolean;

  @Field(() => String, {
    description:
      'Why: ON_TIME, LATE_DISPATCH, LATE_ARRIVAL, LATE_COMPLETION, REWORK, FIRST_REPAIR, QUALITY_PASSED, QUALITY_FAILED, QUALITY_NOT_CHECKED, CALLED_BACK, NOT_CALLED_BACK.',
  })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'The number of the repair this one reworks.' })
  reworkOfNumber!: number | null;
}

@ObjectType({ description: 'The work orders behind a repair indicator of an estate and month.' })
export class WorkOrderIndicatorDrillDown {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'repair_timely, repair_rework, repair_quality or repair_callback.' })
  indicatorCode!: string;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Int, { nullable: true, description: 'Counted orders (null: nothing completed).' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Orders completed in the month (null: none).' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'The value, percent, as the figure computes it.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'Some units are withheld: the caller may not read residents’ data.' })
  unitsHidden!: boolean;

  @Field(() => [WorkOrderIndicatorRow], { description: 'One row per completed order, in completion order.' })
  rows!: WorkOrderIndicatorRow[];
}
