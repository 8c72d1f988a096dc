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
import { type Context, requireTenant } from '../../graphql/context.js';
import type { ComplaintChangedPayload } from '../../graphql/pubsub.js';
import { stillAllowed } from '../../graphql/subscriptions.js';
import { forbidden } from '../../lib/errors.js';
import { Estate } from '../estates/index.js';
import { complaintIndicatorDrillDown } from './complaints.indicators.js';
import {
  complaint,
  complaintIfReadable,
  createComplaint,
  listComplaints,
  postponeComplaint,
  resolveComplaint,
  ruleComplaint,
} from './complaints.service.js';
import {
  Complaint,
  ComplaintChangedEvent,
  ComplaintConnection,
  ComplaintFilter,
  ComplaintIndicatorDrillDown,
  CreateComplaintInput,
  PostponeComplaintInput,
  ResolveComplaintInput,
  RuleComplaintInput,
} from './complaints.types.js';

@ArgsType()
class ComplaintsArgs {
  @Field(() => ComplaintFilter, { description: 'The estate, and filters.' })
  filter!: ComplaintFilter;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;
}

/** Only roles that read complaints may subscribe (the committee may not). */
function complaintSubscriber(ctx: Context): string {
  const caller = requireTenant(ctx);
  if (!caller.ability.can('read', 'Complaint')) throw forbidden();
  return caller.companyId;
}

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Query(() => ComplaintConnection, {
    description: 'An estate’s complaints the caller may read, newest first.',
  })
  complaints(@Ctx() ctx: Context, @Args(() => ComplaintsArgs) args: ComplaintsArgs) {
    return listComplaints(ctx, args);
  }

  @Query(() => Complaint, { description: 'One complaint (NOT_FOUND when not visible).' })
  complaint(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Complaint id.' }) id: string) {
    return complaint(ctx, id);
  }

  @Query(() => ComplaintIndicatorDrillDown, {
    description: 'The complaints behind an estate’s complaint figure of a month.',
  })
  complaintIndicatorDrillDown(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
    @Arg('indicatorCode', () => String, { description: 'complaint_valid_rate or complaint_handled.' })
    indicatorCode: string,
    @Arg('month', () => String, { description: 'YYYY-MM.' }) month: string,
  ) {
    return complaintIndicatorDrillDown(ctx, { estateId, indicatorCode, month });
  }

  @FieldResolver(() => Estate, { nullable: true, description: 'The estate.' })
  estate(@Root() c: Complaint, @Ctx() ctx: Context) {
    return ctx.loaders.estateById.load(c.estateId);
  }

  @Mutation(() => Complaint, { description: 'Logs a complaint; the caller is its first receiver.' })
  createComplaint(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateComplaintInput) input: CreateComplaintInput,
  ) {
    return createComplaint(ctx, input);
  }

  @Mutation(() => Complaint, { description: 'Rules whether a complaint is valid (有效投诉), with a reason.' })
  ruleComplaint(@Ctx() ctx: Context, @Arg('input', () => RuleComplaintInput) input: RuleComplaintInput) {
    return ruleComplaint(ctx, input);
  }

  @Mutation(() => Complaint, { description: 'Postpones a complaint’s feedback time, at most once.' })
  postponeComplaint(
    @Ctx() ctx: Context,
    @Arg('input', () => PostponeComplaintInput) input: PostponeComplaintInput,
  ) {
    return postponeComplaint(ctx, input);
  }

  @Mutation(() => Complaint, { description: 'Resolves a complaint: resolution, callback, satisfaction.' })
  resolveComplaint(
    @Ctx() ctx: Context,
    @Arg('input', () => ResolveComplaintInput) input: ResolveComplaintInput,
  ) {
    return resolveComplaint(ctx, input);
  }

  @Subscription(() => ComplaintChangedEvent, {
    description: 'An estate’s complaints as they change.',
    topics: 'COMPLAINT_CHANGED',
    topicId: ({ context }) => complaintSubscriber(context as Context),
    filter: ({ payload, args, context }) => {
      const p = payload as ComplaintChangedPayload;
      if (p.estateId !== (args as { estateId: string }).estateId) return false;
      const ctx = context as Context;
      return stillAllowed(ctx, 'read', 'Complaint', {
        companyId: ctx.auth?.session.companyId,
        id: p.complaintId,
        estateId: p.estateId,
        receiverUserId: p.receiverUserId,
        departmentId: p.departmentId,
      });
    },
  })
  async complaintChanged(
    @Root() payload: ComplaintChangedPayload,
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate whose complaints to follow.' }) _estateId: string,
  ): Promise<ComplaintChangedEvent> {
    return {
      event: payload.event,
      complaintId: payload.complaintId,
      estateId: payload.estateId,
      complaint: await complaintIfReadable(ctx, payload.complaintId),
    };
  }
}
