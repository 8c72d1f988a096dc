import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import * as service from './repair-reports.service.js';
import {
  EstateRepairLink,
  RateRepairReportInput,
  RepairReportPage,
  RepairReportReceipt,
  RepairTracking,
  SubmitRepairReportInput,
} from './repair-reports.types.js';

@Resolver()
export class RepairReportResolver {
  @Query(() => RepairReportPage, { description: 'The public repair page of an estate link (no sign-in).' })
  repairReportPage(
    @Ctx() ctx: Context,
    @Arg('token', () => String, { description: 'Estate link token.' }) token: string,
  ) {
    return service.repairReportPage(ctx, token);
  }

  @Mutation(() => RepairReportReceipt, {
    description: 'A resident reports a repair (no sign-in; rate-limited per address).',
  })
  submitRepairReport(
    @Ctx() ctx: Context,
    @Arg('input', () => SubmitRepairReportInput) input: SubmitRepairReportInput,
  ) {
    return service.submitRepairReport(ctx, input);
  }

  @Query(() => RepairTracking, {
    description: 'A reported repair’s progress by its tracking token (no sign-in).',
  })
  repairTracking(
    @Ctx() ctx: Context,
    @Arg('token', () => String, { description: 'Tracking token.' }) token: string,
  ) {
    return service.repairTracking(ctx, token);
  }

  @Mutation(() => RepairTracking, {
    description: 'The resident rates the finished repair, once (no sign-in).',
  })
  rateRepairReport(
    @Ctx() ctx: Context,
    @Arg('input', () => RateRepairReportInput) input: RateRepairReportInput,
  ) {
    return service.rateRepairReport(ctx, input);
  }

  @Query(() => EstateRepairLink, {
    description: 'An estate’s public repair link for its QR poster (manager).',
  })
  estateRepairLink(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
  ) {
    return service.estateRepairLink(ctx, estateId);
  }

  @Mutation(() => EstateRepairLink, {
    description: 'A new token for an estate’s repair link; old posters stop working.',
  })
  rotateEstateRepairLink(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
  ) {
    return service.rotateEstateRepairLink(ctx, estateId);
  }
}
