import { subject } from '@anju/domain';
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
import { FileRef, UserRef } from '../../graphql/common-types.js';
import { type Context, requireTenant } from '../../graphql/context.js';
import type { RectificationChangedPayload } from '../../graphql/pubsub.js';
import { stillAllowed } from '../../graphql/subscriptions.js';
import { forbidden } from '../../lib/errors.js';
import { tenantRead } from '../../lib/write.js';
import { Estate } from '../estates/index.js';
import { appealFinding, decideAppeal } from './audits.appeals.js';
import { auditCampaignOverview, exportAuditCampaignOverview } from './audits.overview.js';
import * as service from './audits.rectification.js';
import {
  AppealFindingInput,
  AssignRectificationInput,
  AuditCampaignOverview,
  DecideAppealInput,
  ExportAuditCampaignOverviewInput,
  Finding,
  FindingConnection,
  FindingFilter,
  Rectification,
  RectificationChangedEvent,
  RectificationConnection,
  RectificationFilter,
  ReopenRectificationInput,
  SubmitRectificationInput,
  UpdateRectificationInput,
  VerifyRectificationInput,
} from './audits.rectification.types.js';

@ArgsType()
class FindingsArgs {
  @Field(() => FindingFilter, { nullable: true, description: 'Filters.' })
  filter?: FindingFilter | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;
}

@ArgsType()
class RectificationsArgs {
  @Field(() => RectificationFilter, { nullable: true, description: 'Filters.' })
  filter?: RectificationFilter | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;
}

/** Only roles that read rectifications may subscribe (the committee may not). */
function rectificationSubscriber(ctx: Context): string {
  const caller = requireTenant(ctx);
  if (!caller.ability.can('read', 'Rectification')) throw forbidden();
  return caller.companyId;
}

@Resolver(() => Finding)
export class FindingResolver {
  @Query(() => FindingConnection, { description: 'Findings of submitted audits the caller may read.' })
  findings(@Ctx() ctx: Context, @Args(() => FindingsArgs) args: FindingsArgs) {
    return service.findings(ctx, args);
  }

  @FieldResolver(() => Estate, { nullable: true, description: 'The estate.' })
  estate(@Root() f: Finding, @Ctx() ctx: Context) {
    return ctx.loaders.estateById.load(f.estateId);
  }

  @Mutation(() => Finding, { description: 'The estate appeals a finding of an HQ audit (once).' })
  appealFinding(@Ctx() ctx: Context, @Arg('input', () => AppealFindingInput) input: AppealFindingInput) {
    return appealFinding(ctx, input);
  }

  @Mutation(() => Finding, { description: 'The auditor upholds or withdraws an appealed finding.' })
  decideAppeal(@Ctx() ctx: Context, @Arg('input', () => DecideAppealInput) input: DecideAppealInput) {
    return decideAppeal(ctx, input);
  }
}

@Resolver(() => Rectification)
export class RectificationResolver {
  @Query(() => RectificationConnection, {
    description: 'Rectifications the caller may read, soonest due first.',
  })
  rectifications(@Ctx() ctx: Context, @Args(() => RectificationsArgs) args: RectificationsArgs) {
    return service.rectifications(ctx, args);
  }

  @Query(() => Rectification, { description: 'One rectification (NOT_FOUND when not visible).' })
  rectification(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Rectification id.' }) id: string) {
    return service.rectification(ctx, id);
  }

  @FieldResolver(() => Estate, { nullable: true, description: 'The estate.' })
  estate(@Root() r: Rectification, @Ctx() ctx: Context) {
    return ctx.loaders.estateById.load(r.estateId);
  }

  @FieldResolver(() => [UserRef], {
    description: 'Staff and managers of the estate the caller may assign it to (empty otherwise).',
  })
  assignableUsers(@Root() r: Rectification, @Ctx() ctx: Context) {
    return service.assignableUsersOf(ctx, r);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may assign it.' })
  canAssign(@Root() r: Rectification, @Ctx() ctx: Context) {
    return can(ctx, 'assign', r);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may change and submit its evidence.' })
  canUpdate(@Root() r: Rectification, @Ctx() ctx: Context) {
    return can(ctx, 'update', r);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may verify or reopen it.' })
  canVerify(@Root() r: Rectification, @Ctx() ctx: Context) {
    return can(ctx, 'verify', r);
  }

  @Mutation(() => Rectification, { description: 'Assigns a rectification to staff of its estate.' })
  assignRectification(
    @Ctx() ctx: Context,
    @Arg('input', () => AssignRectificationInput) input: AssignRectificationInput,
  ) {
    return service.assignRectification(ctx, input);
  }

  @Mutation(() => Rectification, { description: 'Records root cause, actions and evidence photos.' })
  updateRectification(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateRectificationInput) input: UpdateRectificationInput,
  ) {
    return service.updateRectification(ctx, input);
  }

  @Mutation(() => Rectification, { description: 'Submits a rectification’s evidence for verification.' })
  submitRectification(
    @Ctx() ctx: Context,
    @Arg('input', () => SubmitRectificationInput) input: SubmitRectificationInput,
  ) {
    return service.submitRectification(ctx, input);
  }

  @Mutation(() => Rectification, { description: 'Verifies a submitted rectification.' })
  verifyRectification(
    @Ctx() ctx: Context,
    @Arg('input', () => VerifyRectificationInput) input: VerifyRectificationInput,
  ) {
    return service.verifyRectification(ctx, input);
  }

  @Mutation(() => Rectification, { description: 'Sends a submitted rectification back, with a reason.' })
  reopenRectification(
    @Ctx() ctx: Context,
    @Arg('input', () => ReopenRectificationInput) input: ReopenRectificationInput,
  ) {
    return service.reopenRectification(ctx, input);
  }

  @Query(() => AuditCampaignOverview, { description: 'A campaign’s estates ranked by audit score.' })
  auditCampaignOverview(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID, { description: 'Campaign id.' }) campaignId: string,
  ) {
    return auditCampaignOverview(ctx, campaignId);
  }

  @Mutation(() => FileRef, { description: 'A campaign overview as .xlsx (GET /files/{id}).' })
  exportAuditCampaignOverview(
    @Ctx() ctx: Context,
    @Arg('input', () => ExportAuditCampaignOverviewInput) input: ExportAuditCampaignOverviewInput,
  ) {
    return exportAuditCampaignOverview(ctx, input.campaignId, input.language ?? 'ZH');
  }

  @Subscription(() => RectificationChangedEvent, {
    description: 'Rectifications as they are raised, worked, verified, overdue.',
    topics: 'RECTIFICATION_CHANGED',
    topicId: ({ context }) => rectificationSubscriber(context as Context),
    filter: ({ payload, args, context }) => {
      const p = payload as RectificationChangedPayload;
      if (args.estateId && p.estateId !== args.estateId) return false;
      return stillAllowed(context as Context, 'read', 'Rectification', {
        companyId: requireTenant(context as Context).companyId,
        estateId: p.estateId,
        auditKind: p.auditKind,
        assigneeUserId: p.assigneeUserId,
      });
    },
  })
  async rectificationChanged(
    @Root() payload: RectificationChangedPayload,
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { nullable: true, description: 'Only this estate’s.' }) _estateId?:
      | string
      | null,
  ): Promise<RectificationChangedEvent> {
    const rectification = await tenantRead(ctx, (tx, caller) =>
      service.loadRectification(tx, caller, payload.rectificationId, ctx.services.clock()),
    );
    return {
      event: payload.event,
      rectificationId: payload.rectificationId,
      rectification: rectification ?? null,
    };
  }
}

function can(ctx: Context, what: 'assign' | 'update' | 'verify', r: Rectification): boolean {
  const { ability } = requireTenant(ctx);
  const row = service.rectificationSubject(r);
  if (r.status === 'CANCELLED') return false;
  if (what === 'assign')
    return ability.can('update', subject('Rectification', { ...row, assigneeUserId: null }));
  return ability.can(what, subject('Rectification', row));
}
