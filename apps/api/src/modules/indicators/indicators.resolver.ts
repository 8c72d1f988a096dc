import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import * as service from './indicators.service.js';
import {
  CreateIndicatorInput,
  EffectiveTarget,
  Indicator,
  IndicatorSettings,
  RetireIndicatorInput,
  SetIndicatorPresetInput,
  SetIndicatorTargetInput,
  TargetChange,
} from './indicators.types.js';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => [Indicator], { description: 'The indicator catalogue: built-in and the company’s own.' })
  indicators(
    @Ctx() ctx: Context,
    @Arg('includeRetired', () => Boolean, { nullable: true, description: 'Include retired indicators.' })
    includeRetired?: boolean | null,
  ) {
    return service.listIndicators(ctx, includeRetired ?? false);
  }

  @Query(() => IndicatorSettings, { description: 'The target preset in force and its history.' })
  indicatorSettings(@Ctx() ctx: Context) {
    return service.indicatorSettings(ctx);
  }

  @Query(() => [EffectiveTarget], {
    description: 'Targets in force in a month, for an estate or company-wide.',
  })
  effectiveTargets(
    @Ctx() ctx: Context,
    @Arg('month', () => String, { description: 'YYYY-MM.' }) month: string,
    @Arg('estateId', () => ID, { nullable: true, description: 'Estate; omit for company-wide.' }) estateId?:
      | string
      | null,
  ) {
    return service.effectiveTargets(ctx, estateId ?? null, month);
  }

  @Query(() => [TargetChange], { description: 'Every change of one target, newest first.' })
  targetHistory(
    @Ctx() ctx: Context,
    @Arg('indicatorCode', () => String, { description: 'Indicator code.' }) indicatorCode: string,
    @Arg('estateId', () => ID, { nullable: true, description: 'Estate; omit for company-wide.' }) estateId?:
      | string
      | null,
  ) {
    return service.targetHistory(ctx, indicatorCode, estateId ?? null);
  }

  @Mutation(() => IndicatorSettings, {
    description: 'Chooses the target preset from a month on (company admin).',
  })
  setIndicatorPreset(
    @Ctx() ctx: Context,
    @Arg('input', () => SetIndicatorPresetInput) input: SetIndicatorPresetInput,
  ) {
    return service.setIndicatorPreset(ctx, input);
  }

  @Mutation(() => EffectiveTarget, {
    description: 'Sets or removes a target from a month on (company admin).',
  })
  setIndicatorTarget(
    @Ctx() ctx: Context,
    @Arg('input', () => SetIndicatorTargetInput) input: SetIndicatorTargetInput,
  ) {
    return service.setIndicatorTarget(ctx, input);
  }

  @Mutation(() => Indicator, { description: 'Adds a company indicator (company admin).' })
  createIndicator(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateIndicatorInput) input: CreateIndicatorInput,
  ) {
    return service.createIndicator(ctx, input);
  }

  @Mutation(() => Indicator, {
    description: 'Retires a company indicator; its history stays (company admin).',
  })
  retireIndicator(
    @Ctx() ctx: Context,
    @Arg('input', () => RetireIndicatorInput) input: RetireIndicatorInput,
  ) {
    return service.retireIndicator(ctx, input.code);
  }
}
