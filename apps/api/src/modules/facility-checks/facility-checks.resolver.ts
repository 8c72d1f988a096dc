import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { facilityCheckIndicatorDrillDown } from './facility-checks.indicators.js';
import { createFacilityCheck, listFacilityChecks, updateFacilityCheck } from './facility-checks.service.js';
import {
  CreateFacilityCheckInput,
  FacilityCheck,
  FacilityCheckFilter,
  FacilityCheckIndicatorDrillDown,
  UpdateFacilityCheckInput,
} from './facility-checks.types.js';

@Resolver(() => FacilityCheck)
export class FacilityCheckResolver {
  @Query(() => [FacilityCheck], { description: 'An estate’s facility checks, newest first (at most 1000).' })
  facilityChecks(@Ctx() ctx: Context, @Arg('filter', () => FacilityCheckFilter) filter: FacilityCheckFilter) {
    return listFacilityChecks(ctx, filter);
  }

  @Query(() => FacilityCheckIndicatorDrillDown, { description: 'The checks behind an intact-rate figure.' })
  facilityCheckIndicatorDrillDown(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
    @Arg('indicatorCode', () => String, { description: 'An intact-rate indicator.' }) indicatorCode: string,
    @Arg('month', () => String, { description: 'The month, YYYY-MM.' }) month: string,
  ) {
    return facilityCheckIndicatorDrillDown(ctx, { estateId, indicatorCode, month });
  }

  @Mutation(() => FacilityCheck, { description: 'Records a facility check of an estate.' })
  createFacilityCheck(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateFacilityCheckInput) input: CreateFacilityCheckInput,
  ) {
    return createFacilityCheck(ctx, input);
  }

  @Mutation(() => FacilityCheck, { description: 'Corrects a facility check.' })
  updateFacilityCheck(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateFacilityCheckInput) input: UpdateFacilityCheckInput,
  ) {
    return updateFacilityCheck(ctx, input);
  }
}
