import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { UserRef } from '../../graphql/common-types.js';
import { type Context, requireTenant } from '../../graphql/context.js';
import type { WorkOrderChangedPayload } from '../../graphql/pubsub.js';
import { stillAllowed } from '../../graphql/subscriptions.js';
import { forbidden } from '../../lib/errors.js';
import { Estate } from '../estates/index.js';
import { updateWorkOrderCommitments, workOrderCommitments } from './work-orders.commitments.js';
import { createWorkOrder } from './work-orders.create.js';
import { workOrderIndicatorDrillDown } from './work-orders.indicators.js';
import {
  assignableUsersOf,
  listWorkOrders,
  workOrder,
  workOrderBoard,
  workOrderIfReadable,
} from './work-orders.read.js';
import {
  arriveWorkOrder,
  callbackWorkOrder,
  closeWorkOrder,
  completeWorkOrder,
  dispatchWorkOrder,
} from './work-orders.steps.js';
import {
  ArriveWorkOrderInput,
  CallbackWorkOrderInput,
  CloseWorkOrderInput,
  CompleteWorkOrderInput,
  CreateWorkOrderInput,
  DispatchWorkOrderInput,
  UpdateWorkOrderCommitmentsInput,
  WorkOrder,
  WorkOrderBoard,
  WorkOrderChangedEvent,
  WorkOrderCommitmentsOverview,
  WorkOrderConnection,
  WorkOrderFilter,
  WorkOrderIndicatorDrillDown,
} from './work-orders.types.js';

@ArgsType()
class WorkOrdersArgs {
  @Field(() => WorkOrderFilter, { description: 'The estate, and filters.' })
  filter!: WorkOrderFilter;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;
}

/** Only roles that read work orders may subscribe (the committee may not). */
function workOrderSubscriber(ctx: Context): string {
  const caller = requireTenant(ctx);
  if (!caller.ability.can('read', 'WorkOrder')) throw forbidden();
  return caller.companyId;
}

@Resolver(() => WorkOrder)
export class WorkOrderResolver {
  @Query(() => WorkOrderConnection, {
    description: 'An estate’s work orders the caller may read, newest first.',
  })
  workOrders(@Ctx() ctx: Context, @Args(() => WorkOrdersArgs) args: WorkOrdersArgs) {
    return listWorkOrders(ctx, args);
  }

  @Query(() => WorkOrder, { description: 'One work order (NOT_FOUND when not visible).' })
  workOrder(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Work order id.' }) id: string) {
    return workOrder(ctx, id);
  }

  @Query(() => WorkOrderBoard, { description: 'An estate’s live board: columns with counts and cards.' })
  workOrderBoard(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Cards per column, 1–50 (default 20).' })
    first?: number | null,
  ) {
    return workOrderBoard(ctx, { estateId, first: first ?? null });
  }

  @Query(() => WorkOrderCommitmentsOverview, {
    description: 'The company’s service-time commitments in force, and their history.',
  })
  workOrderCommitments(@Ctx() ctx: Context) {
    return workOrderCommitments(ctx);
  }

  @Query(() => WorkOrderIndicatorDrillDown, {
    description: 'The work orders behind a repair figure (drill-down).',
  })
  workOrderIndicatorDrillDown(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
    @Arg('indicatorCode', () => String, { description: 'A repair indicator code.' }) indicatorCode: string,
    @Arg('month', () => String, { description: 'The month, YYYY-MM.' }) month: string,
  ) {
    return workOrderIndicatorDrillDown(ctx, { estateId, indicatorCode, month });
  }

  @FieldResolver(() => Estate, { nullable: true, description: 'The estate.' })
  estate(@Root() w: WorkOrder, @Ctx() ctx: Context) {
    return ctx.loaders.estateById.load(w.estateId);
  }

  @FieldResolver(() => [UserRef], {
    description: 'Who the caller may dispatch it to (empty unless they may dispatch it now).',
  })
  assignableUsers(@Root() w: WorkOrder, @Ctx() ctx: Context) {
    return assignableUsersOf(ctx, w);
  }

  @Mutation(() => WorkOrder, { description: 'Reports a repair (idempotent by idempotencyKey).' })
  createWorkOrder(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateWorkOrderInput) input: CreateWorkOrderInput,
  ) {
    return createWorkOrder(ctx, input);
  }

  @Mutation(() => WorkOrder, { description: 'Dispatches (派单) a work order, or hands it to someone else.' })
  dispatchWorkOrder(
    @Ctx() ctx: Context,
    @Arg('input', () => DispatchWorkOrderInput) input: DispatchWorkOrderInput,
  ) {
    return dispatchWorkOrder(ctx, input);
  }

  @Mutation(() => WorkOrder, { description: 'Records the assignee’s arrival on site.' })
  arriveWorkOrder(
    @Ctx() ctx: Context,
    @Arg('input', () => ArriveWorkOrderInput) input: ArriveWorkOrderInput,
  ) {
    return arriveWorkOrder(ctx, input);
  }

  @Mutation(() => WorkOrder, { description: 'Completes a repair (quality check, note, photos).' })
  completeWorkOrder(
    @Ctx() ctx: Context,
    @Arg('input', () => CompleteWorkOrderInput) input: CompleteWorkOrderInput,
  ) {
    return completeWorkOrder(ctx, input);
  }

  @Mutation(() => WorkOrder, { description: 'Records the callback (回访) and the resident’s satisfaction.' })
  callbackWorkOrder(
    @Ctx() ctx: Context,
    @Arg('input', () => CallbackWorkOrderInput) input: CallbackWorkOrderInput,
  ) {
    return callbackWorkOrder(ctx, input);
  }

  @Mutation(() => WorkOrder, { description: 'Closes a completed or called-back work order.' })
  closeWorkOrder(@Ctx() ctx: Context, @Arg('input', () => CloseWorkOrderInput) input: CloseWorkOrderInput) {
    return closeWorkOrder(ctx, input);
  }

  @Mutation(() => WorkOrderCommitmentsOverview, {
    description: 'New service-time commitments, in force from now (company admin).',
  })
  updateWorkOrderCommitments(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateWorkOrderCommitmentsInput) input: UpdateWorkOrderCommitmentsInput,
  ) {
    return updateWorkOrderCommitments(ctx, input);
  }

  @Subscription(() => WorkOrderChangedEvent, {
    description: 'An estate’s work orders as they are reported, worked and breached.',
    topics: 'WORK_ORDER_CHANGED',
    topicId: ({ context }) => workOrderSubscriber(context as Context),
    filter: ({ payload, args, context }) => {
      const p = payload as WorkOrderChangedPayload;
      if (p.estateId !== (args as { estateId: string }).estateId) return false;
      const ctx = context as Context;
      // The order as of the event, against the subscriber's rights as they are now.
      return stillAllowed(ctx, 'read', 'WorkOrder', {
        companyId: ctx.auth?.session.companyId,
        id: p.workOrderId,
        estateId: p.estateId,
        assigneeUserId: p.assigneeUserId,
        createdBy: p.createdBy,
        departmentId: p.departmentId,
      });
    },
  })
  async workOrderChanged(
    @Root() payload: WorkOrderChangedPayload,
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate whose orders to follow.' }) _estateId: string,
  ): Promise<WorkOrderChangedEvent> {
    return {
      event: payload.event,
      workOrderId: payload.workOrderId,
      estateId: payload.estateId,
      steps: (payload.steps ?? []) as WorkOrderChangedEvent['steps'],
      workOrder: await workOrderIfReadable(ctx, payload.workOrderId),
    };
  }
}
