import { subject } from '@anju/domain';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { FileRef, UserRef } from '../../graphql/common-types.js';
import { type Context, requireTenant } from '../../graphql/context.js';
import type { AuditChangedPayload } from '../../graphql/pubsub.js';
import { stillAllowed } from '../../graphql/subscriptions.js';
import { forbidden } from '../../lib/errors.js';
import { tenantRead } from '../../lib/write.js';
import { Estate } from '../estates/index.js';
import { auditSubject } from './audits.access.js';
import { saveAuditItem, submitAudit } from './audits.conduct.js';
import {
  cancelAudit,
  createAuditCampaign,
  createAuditSchedule,
  planAudit,
  startAudit,
  stopAuditSchedule,
} from './audits.plan.js';
import {
  answersOfAudit,
  campaignAudits,
  getAudit,
  getCampaign,
  listAudits,
  listCampaigns,
  listSchedules,
  liveScore,
  toAudit,
} from './audits.read.js';
import * as store from './audits.store.js';
import { AuditTemplateVersion } from './audits.templates.types.js';
import {
  Audit,
  AuditCampaign,
  AuditCampaignConnection,
  AuditCampaignCounts,
  AuditChangedEvent,
  AuditConnection,
  AuditFilter,
  AuditIdInput,
  AuditItemAnswer,
  AuditSchedule,
  AuditScoreView,
  CancelAuditInput,
  CreateAuditCampaignInput,
  CreateAuditScheduleInput,
  PlanAuditInput,
  SaveAuditItemInput,
} from './audits.types.js';

@ArgsType()
class AuditsArgs {
  @Field(() => AuditFilter, { nullable: true, description: 'Filters.' })
  filter?: AuditFilter | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;
}

@ArgsType()
class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;
}

@ArgsType()
class AuditChangedArgs {
  @Field(() => ID, { nullable: true, description: 'Only audits of this estate.' })
  estateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this audit.' })
  auditId?: string | null;
}

/** Subscribers must be able to read some audit; each event is then checked against the audit. */
function auditSubscriber(ctx: Context): string {
  const caller = requireTenant(ctx);
  if (!caller.ability.can('read', 'Audit')) throw forbidden();
  return caller.companyId;
}

const userRefs = async (ctx: Context, ids: readonly string[]): Promise<UserRef[]> => {
  const names = await ctx.loaders.audits.userName.loadMany(ids);
  return ids.map((id, i) => ({ id, name: typeof names[i] === 'string' ? (names[i] as string) : '' }));
};

@Resolver(() => Audit)
export class AuditResolver {
  @Query(() => AuditConnection, { description: 'Audits the caller may see, newest planned first.' })
  audits(@Ctx() ctx: Context, @Args(() => AuditsArgs) args: AuditsArgs) {
    return listAudits(ctx, args);
  }

  @Query(() => Audit, { description: 'One audit (NOT_FOUND when not visible).' })
  audit(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Audit id.' }) id: string) {
    return getAudit(ctx, id);
  }

  @Mutation(() => Audit, { description: 'Plans one audit: spot check, night patrol or one-off check.' })
  planAudit(@Ctx() ctx: Context, @Arg('input', () => PlanAuditInput) input: PlanAuditInput) {
    return planAudit(ctx, input);
  }

  @Mutation(() => Audit, { description: 'Starts a planned audit now.' })
  startAudit(@Ctx() ctx: Context, @Arg('input', () => AuditIdInput) input: AuditIdInput) {
    return startAudit(ctx, input.id);
  }

  @Mutation(() => Audit, { description: 'Cancels an audit not yet submitted, with a reason.' })
  cancelAudit(@Ctx() ctx: Context, @Arg('input', () => CancelAuditInput) input: CancelAuditInput) {
    return cancelAudit(ctx, input);
  }

  @Mutation(() => AuditItemAnswer, { description: 'Saves one item’s answer (idempotent by clientKey).' })
  saveAuditItem(@Ctx() ctx: Context, @Arg('input', () => SaveAuditItemInput) input: SaveAuditItemInput) {
    return saveAuditItem(ctx, input);
  }

  @Mutation(() => Audit, { description: 'Submits an audit: scores it, raises findings.' })
  submitAudit(@Ctx() ctx: Context, @Arg('input', () => AuditIdInput) input: AuditIdInput) {
    return submitAudit(ctx, input.id);
  }

  @Subscription(() => AuditChangedEvent, {
    description: 'Changes of audits the subscriber may see.',
    topics: 'AUDIT_CHANGED',
    topicId: ({ context }) => auditSubscriber(context as Context),
    filter: ({ payload, args, context }) => {
      const p = payload as AuditChangedPayload;
      const a = args as AuditChangedArgs;
      if (a.estateId && a.estateId !== p.estateId) return false;
      if (a.auditId && a.auditId !== p.auditId) return false;
      const ctx = context as Context;
      // The audit as of the event: a planned spot check never reaches an estate role.
      return stillAllowed(ctx, 'read', 'Audit', {
        companyId: ctx.auth?.session.companyId,
        id: p.auditId,
        estateId: p.estateId,
        kind: p.kind,
        status: p.status,
      });
    },
  })
  async auditChanged(
    @Ctx() ctx: Context,
    @Root() payload: AuditChangedPayload,
    @Args(() => AuditChangedArgs) _args: AuditChangedArgs,
  ): Promise<AuditChangedEvent> {
    // The audit as it is now, if still readable (it may have moved on since the event).
    const row = await tenantRead(ctx, (tx, caller) => store.findAudit(tx, caller.companyId, payload.auditId));
    const readable =
      row && ctx.auth?.ability.can('read', subject('Audit', auditSubject(row))) ? toAudit(row) : null;
    return {
      event: payload.event,
      auditId: payload.auditId,
      itemKey: payload.itemKey ?? null,
      audit: readable,
    };
  }

  @FieldResolver(() => Estate, { nullable: true, description: 'The estate, if the caller may see it.' })
  estate(@Ctx() ctx: Context, @Root() audit: Audit) {
    return ctx.loaders.estateById.load(audit.estateId);
  }

  @FieldResolver(() => Boolean, { description: 'Not submitted and past its due time.' })
  overdue(@Ctx() ctx: Context, @Root() audit: Audit): boolean {
    if (audit.status !== 'PLANNED' && audit.status !== 'IN_PROGRESS') return false;
    return audit.overdueAt !== null || audit.dueAt.getTime() <= ctx.services.clock().getTime();
  }

  @FieldResolver(() => AuditTemplateVersion, { nullable: true, description: 'The template version.' })
  templateVersion(@Ctx() ctx: Context, @Root() audit: Audit) {
    return ctx.loaders.audits.templateVersion.load(audit.templateVersionId);
  }

  @FieldResolver(() => [UserRef], { description: 'Who conducts it.' })
  async auditors(@Ctx() ctx: Context, @Root() audit: Audit) {
    return userRefs(ctx, await ctx.loaders.audits.auditors.load(audit.id));
  }

  @FieldResolver(() => [AuditItemAnswer], { description: 'The answers so far.' })
  answers(@Ctx() ctx: Context, @Root() audit: Audit) {
    return answersOfAudit(ctx, audit.id);
  }

  @FieldResolver(() => AuditScoreView, { nullable: true, description: 'Score, live from the answers.' })
  score(@Ctx() ctx: Context, @Root() audit: Audit) {
    return liveScore(ctx, audit);
  }

  @FieldResolver(() => Int, { description: 'Standing findings (withdrawn ones excluded).' })
  async findingCount(@Ctx() ctx: Context, @Root() audit: Audit) {
    return (await ctx.loaders.audits.findings.load(audit.id)).count;
  }
}

@Resolver(() => AuditItemAnswer)
export class AuditItemAnswerResolver {
  @FieldResolver(() => [FileRef], { description: 'Photos (GET /files/{id}).' })
  async photos(@Ctx() ctx: Context, @Root() answer: AuditItemAnswer): Promise<FileRef[]> {
    const files = await ctx.loaders.audits.file.loadMany(answer.photoFileIds);
    return files.filter((f): f is FileRef => !!f && !(f instanceof Error));
  }

  @FieldResolver(() => UserRef, { nullable: true, description: 'Who answered last.' })
  async answeredByUser(@Ctx() ctx: Context, @Root() answer: AuditItemAnswer) {
    if (!answer.answeredBy) return null;
    return (await userRefs(ctx, [answer.answeredBy]))[0];
  }
}

@Resolver(() => AuditCampaign)
export class AuditCampaignResolver {
  @Query(() => AuditCampaignConnection, { description: 'Audit campaigns, newest first.' })
  auditCampaigns(@Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs) {
    return listCampaigns(ctx, args);
  }

  @Query(() => AuditCampaign, { description: 'One audit campaign.' })
  auditCampaign(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Campaign id.' }) id: string) {
    return getCampaign(ctx, id);
  }

  @Mutation(() => AuditCampaign, { description: 'Creates a campaign: one audit per chosen estate.' })
  createAuditCampaign(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateAuditCampaignInput) input: CreateAuditCampaignInput,
  ) {
    return createAuditCampaign(ctx, input);
  }

  @FieldResolver(() => AuditTemplateVersion, { nullable: true, description: 'The template version.' })
  templateVersion(@Ctx() ctx: Context, @Root() campaign: AuditCampaign) {
    return ctx.loaders.audits.templateVersion.load(campaign.templateVersionId);
  }

  @FieldResolver(() => [Audit], { description: 'Its audits the caller may see.' })
  audits(@Ctx() ctx: Context, @Root() campaign: AuditCampaign) {
    return campaignAudits(ctx, campaign.id);
  }

  @FieldResolver(() => AuditCampaignCounts, { description: 'Its audits by status.' })
  counts(@Ctx() ctx: Context, @Root() campaign: AuditCampaign) {
    return ctx.loaders.audits.campaignCounts.load(campaign.id);
  }

  @FieldResolver(() => Float, { description: 'Share submitted or closed (0–1), cancelled ones aside.' })
  async progress(@Ctx() ctx: Context, @Root() campaign: AuditCampaign) {
    const c = await ctx.loaders.audits.campaignCounts.load(campaign.id);
    const open = c.total - c.cancelled;
    return open > 0 ? (c.submitted + c.closed) / open : 0;
  }
}

@Resolver(() => AuditSchedule)
export class AuditScheduleResolver {
  @Query(() => [AuditSchedule], { description: 'Recurring self-check schedules.' })
  auditSchedules(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { nullable: true, description: 'Only this estate.' }) estateId?: string | null,
  ) {
    return listSchedules(ctx, estateId);
  }

  @Mutation(() => AuditSchedule, { description: 'Creates a recurring self-check of an estate.' })
  createAuditSchedule(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateAuditScheduleInput) input: CreateAuditScheduleInput,
  ) {
    return createAuditSchedule(ctx, input);
  }

  @Mutation(() => AuditSchedule, { description: 'Stops a schedule; its later planned audits are cancelled.' })
  stopAuditSchedule(@Ctx() ctx: Context, @Arg('input', () => AuditIdInput) input: AuditIdInput) {
    return stopAuditSchedule(ctx, input.id);
  }

  @FieldResolver(() => Estate, { nullable: true, description: 'The estate.' })
  estate(@Ctx() ctx: Context, @Root() schedule: AuditSchedule) {
    return ctx.loaders.estateById.load(schedule.estateId);
  }

  @FieldResolver(() => [UserRef], { description: 'Who conducts its audits.' })
  auditors(@Ctx() ctx: Context, @Root() schedule: AuditSchedule) {
    return userRefs(ctx, schedule.auditorUserIds);
  }
}
