import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { FileRef } from '../../graphql/common-types.js';
import { type Context, requireTenant } from '../../graphql/context.js';
import type { IndicatorAlertPayload } from '../../graphql/pubsub.js';
import { stillAllowed } from '../../graphql/subscriptions.js';
import { forbidden } from '../../lib/errors.js';
import { approveMonthlyFigures, rejectMonthlyFigures } from './figures.approval.js';
import { correctMonthlyFigure, saveMonthlyFigures, submitMonthlyFigures } from './figures.drafts.js';
import { monthlyFigureTemplate } from './figures.excel.js';
import { importMonthlyFigures } from './figures.import.js';
import { approvalQueue } from './figures.queue.js';
import { figureHistory, monthlyForm } from './figures.service.js';
import {
  ApprovalItemConnection,
  CorrectMonthlyFigureInput,
  EstateMonthInput,
  ExportMonthlyFigureTemplateInput,
  FiguresChangedEvent,
  ImportMonthlyFiguresInput,
  ImportResult,
  IndicatorAlert,
  MonthlyFigure,
  MonthlyForm,
  RejectMonthlyFiguresInput,
  SaveMonthlyFiguresInput,
} from './figures.types.js';

/** Only roles that read monthly figures may subscribe to them (staff and committee may not). */
function figureSubscriber(ctx: Context): string {
  const caller = requireTenant(ctx);
  if (!caller.ability.can('read', 'MonthlyFigure')) throw forbidden();
  return caller.companyId;
}

@ArgsType()
class ApprovalQueueArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only estates of this region.' })
  regionId?: string | null;
}

@Resolver()
export class FigureResolver {
  @Query(() => MonthlyForm, {
    description: 'An estate’s monthly form: every indicator with its figure and target.',
  })
  monthlyForm(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'Estate.' }) estateId: string,
    @Arg('month', () => String, { description: 'YYYY-MM.' }) month: string,
  ) {
    return monthlyForm(ctx, estateId, month);
  }

  @Query(() => [MonthlyFigure], { description: 'Every revision of one figure, newest first.' })
  figureHistory(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'Estate.' }) estateId: string,
    @Arg('indicatorCode', () => String, { description: 'Indicator code.' }) indicatorCode: string,
    @Arg('month', () => String, { description: 'YYYY-MM.' }) month: string,
  ) {
    return figureHistory(ctx, estateId, indicatorCode, month);
  }

  @Query(() => ApprovalItemConnection, {
    description: 'Estate-months waiting for HQ approval, oldest first.',
  })
  approvalQueue(@Ctx() ctx: Context, @Args(() => ApprovalQueueArgs) args: ApprovalQueueArgs) {
    return approvalQueue(ctx, args);
  }

  @Mutation(() => FileRef, {
    description: 'The month’s .xlsx template to download from /files, for your estates.',
  })
  exportMonthlyFigureTemplate(
    @Ctx() ctx: Context,
    @Arg('input', () => ExportMonthlyFigureTemplateInput) input: ExportMonthlyFigureTemplateInput,
  ) {
    return monthlyFigureTemplate(ctx, input.month, input.language ?? 'ZH');
  }

  @Mutation(() => ImportResult, {
    description: 'Imports a filled template as drafts, all or nothing, errors by cell.',
  })
  importMonthlyFigures(
    @Ctx() ctx: Context,
    @Arg('input', () => ImportMonthlyFiguresInput) input: ImportMonthlyFiguresInput,
  ) {
    return importMonthlyFigures(ctx, input);
  }

  @Mutation(() => MonthlyForm, {
    description: 'Saves figures of the monthly form as drafts (estate manager).',
  })
  saveMonthlyFigures(
    @Ctx() ctx: Context,
    @Arg('input', () => SaveMonthlyFiguresInput) input: SaveMonthlyFiguresInput,
  ) {
    return saveMonthlyFigures(ctx, input);
  }

  @Mutation(() => MonthlyForm, { description: 'Submits the month’s drafts to HQ (estate manager).' })
  submitMonthlyFigures(@Ctx() ctx: Context, @Arg('input', () => EstateMonthInput) input: EstateMonthInput) {
    return submitMonthlyFigures(ctx, input.estateId, input.month);
  }

  @Mutation(() => MonthlyForm, {
    description: 'Approves the submitted figures of an estate’s month (HQ); they lock.',
  })
  approveMonthlyFigures(@Ctx() ctx: Context, @Arg('input', () => EstateMonthInput) input: EstateMonthInput) {
    return approveMonthlyFigures(ctx, input.estateId, input.month);
  }

  @Mutation(() => MonthlyForm, {
    description: 'Sends the submitted figures back to the estate with a reason (HQ).',
  })
  rejectMonthlyFigures(
    @Ctx() ctx: Context,
    @Arg('input', () => RejectMonthlyFiguresInput) input: RejectMonthlyFiguresInput,
  ) {
    return rejectMonthlyFigures(ctx, input);
  }

  @Mutation(() => MonthlyForm, {
    description: 'Corrects an approved figure: a new revision with a reason.',
  })
  correctMonthlyFigure(
    @Ctx() ctx: Context,
    @Arg('input', () => CorrectMonthlyFigureInput) input: CorrectMonthlyFigureInput,
  ) {
    return correctMonthlyFigure(ctx, input);
  }

  @Subscription(() => FiguresChangedEvent, {
    description: 'An estate’s monthly figures changed state.',
    topics: 'FIGURES_CHANGED',
    topicId: ({ context }) => figureSubscriber(context as Context),
    filter: ({ payload, context }) =>
      stillAllowed(context as Context, 'read', 'MonthlyFigure', {
        companyId: requireTenant(context as Context).companyId,
        estateId: (payload as FiguresChangedEvent).estateId,
      }),
  })
  figuresChanged(@Root() payload: FiguresChangedEvent): FiguresChangedEvent {
    return payload;
  }

  @Subscription(() => IndicatorAlert, {
    description: 'An approved figure missed its target: for HQ and the estate’s manager.',
    topics: 'INDICATOR_ALERT',
    topicId: ({ context }) => figureSubscriber(context as Context),
    filter: ({ payload, context }) =>
      stillAllowed(context as Context, 'read', 'MonthlyFigure', {
        companyId: requireTenant(context as Context).companyId,
        estateId: (payload as IndicatorAlertPayload).estateId,
      }),
  })
  indicatorAlert(@Root() payload: IndicatorAlertPayload): IndicatorAlert {
    return payload as IndicatorAlert;
  }
}
