import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import * as service from './team.service.js';
import {
  ApplyStaffingTemplateInput,
  CreatePositionInput,
  DeletePositionInput,
  Department,
  Position,
  StaffingTemplateResult,
  UpdatePositionInput,
} from './team.types.js';

@Resolver(() => Position)
export class TeamResolver {
  @Query(() => [Department], { description: 'The departments of an estate’s service centre.' })
  departments(@Ctx() ctx: Context, @Arg('estateId', () => ID) estateId: string) {
    return service.listDepartments(ctx, estateId);
  }

  @Query(() => [Position], { description: 'The positions of an estate with their planned headcount.' })
  positions(@Ctx() ctx: Context, @Arg('estateId', () => ID) estateId: string) {
    return service.listPositions(ctx, estateId);
  }

  @Mutation(() => Position, { description: 'Adds a position to a department of an estate.' })
  createPosition(@Ctx() ctx: Context, @Arg('input', () => CreatePositionInput) input: CreatePositionInput) {
    return service.createPosition(ctx, input);
  }

  @Mutation(() => Position, { description: 'Changes a position (optimistic lock on its version).' })
  updatePosition(@Ctx() ctx: Context, @Arg('input', () => UpdatePositionInput) input: UpdatePositionInput) {
    return service.updatePosition(ctx, input);
  }

  @Mutation(() => ID, { description: 'Deletes a position nobody holds; answers its id.' })
  deletePosition(@Ctx() ctx: Context, @Arg('input', () => DeletePositionInput) input: DeletePositionInput) {
    return service.deletePosition(ctx, input);
  }

  @Mutation(() => StaffingTemplateResult, {
    description: 'Adds the 16-person template’s missing departments and positions.',
  })
  applyStaffingTemplate(
    @Ctx() ctx: Context,
    @Arg('input', () => ApplyStaffingTemplateInput) input: ApplyStaffingTemplateInput,
  ) {
    return service.applyStaffingTemplate(ctx, input);
  }
}
