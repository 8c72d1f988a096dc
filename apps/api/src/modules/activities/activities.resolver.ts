import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { activityIndicatorDrillDown } from './activities.indicators.js';
import {
  applySpecialServicePresets,
  communityActivities,
  createCommunityActivity,
  createSpecialService,
  specialServices,
  updateCommunityActivity,
  updateSpecialService,
} from './activities.service.js';
import {
  ActivityIndicatorDrillDown,
  ApplySpecialServicePresetsInput,
  CommunityActivity,
  CreateCommunityActivityInput,
  CreateSpecialServiceInput,
  SpecialService,
  UpdateCommunityActivityInput,
  UpdateSpecialServiceInput,
} from './activities.types.js';

@Resolver(() => CommunityActivity)
export class ActivityResolver {
  @Query(() => [CommunityActivity], { description: 'An estate’s community activities, newest first.' })
  communityActivities(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year.' }) year?: number | null,
  ) {
    return communityActivities(ctx, { estateId, year: year ?? null });
  }

  @Query(() => [SpecialService], { description: 'An estate’s special-services menu, with past entries.' })
  specialServices(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
  ) {
    return specialServices(ctx, estateId);
  }

  @Query(() => ActivityIndicatorDrillDown, { description: 'The activities or services behind a figure.' })
  activityIndicatorDrillDown(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
    @Arg('indicatorCode', () => String, { description: 'culture_activities or special_services.' })
    indicatorCode: string,
    @Arg('month', () => String, { description: 'The month, YYYY-MM.' }) month: string,
  ) {
    return activityIndicatorDrillDown(ctx, { estateId, indicatorCode, month });
  }

  @Mutation(() => CommunityActivity, { description: 'Records a community activity.' })
  createCommunityActivity(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateCommunityActivityInput) input: CreateCommunityActivityInput,
  ) {
    return createCommunityActivity(ctx, input);
  }

  @Mutation(() => CommunityActivity, { description: 'Corrects a community activity.' })
  updateCommunityActivity(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCommunityActivityInput) input: UpdateCommunityActivityInput,
  ) {
    return updateCommunityActivity(ctx, input);
  }

  @Mutation(() => SpecialService, { description: 'Adds a service to an estate’s special-services menu.' })
  createSpecialService(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateSpecialServiceInput) input: CreateSpecialServiceInput,
  ) {
    return createSpecialService(ctx, input);
  }

  @Mutation(() => SpecialService, { description: 'Changes a special service, or takes it off the menu.' })
  updateSpecialService(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateSpecialServiceInput) input: UpdateSpecialServiceInput,
  ) {
    return updateSpecialService(ctx, input);
  }

  @Mutation(() => [SpecialService], { description: 'Adds the starting list of ten special services.' })
  applySpecialServicePresets(
    @Ctx() ctx: Context,
    @Arg('input', () => ApplySpecialServicePresetsInput) input: ApplySpecialServicePresetsInput,
  ) {
    return applySpecialServicePresets(ctx, input);
  }
}
