import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { incidentIndicatorDrillDown } from './incidents.indicators.js';
import { createIncident, listIncidents, updateIncident } from './incidents.service.js';
import {
  CreateIncidentInput,
  Incident,
  IncidentFilter,
  IncidentIndicatorDrillDown,
  UpdateIncidentInput,
} from './incidents.types.js';

@Resolver(() => Incident)
export class IncidentResolver {
  @Query(() => [Incident], { description: 'An estate’s incidents, newest first (at most 1000).' })
  incidents(@Ctx() ctx: Context, @Arg('filter', () => IncidentFilter) filter: IncidentFilter) {
    return listIncidents(ctx, filter);
  }

  @Query(() => IncidentIndicatorDrillDown, { description: 'The incidents behind an incident figure.' })
  incidentIndicatorDrillDown(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
    @Arg('indicatorCode', () => String, { description: 'An incident indicator.' }) indicatorCode: string,
    @Arg('month', () => String, { description: 'The month, YYYY-MM.' }) month: string,
  ) {
    return incidentIndicatorDrillDown(ctx, { estateId, indicatorCode, month });
  }

  @Mutation(() => Incident, { description: 'Records an incident of an estate.' })
  createIncident(@Ctx() ctx: Context, @Arg('input', () => CreateIncidentInput) input: CreateIncidentInput) {
    return createIncident(ctx, input);
  }

  @Mutation(() => Incident, { description: 'Corrects an incident or records its handling.' })
  updateIncident(@Ctx() ctx: Context, @Arg('input', () => UpdateIncidentInput) input: UpdateIncidentInput) {
    return updateIncident(ctx, input);
  }
}
