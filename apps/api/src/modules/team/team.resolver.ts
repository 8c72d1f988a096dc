import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import * as hq from './team.hq.js';
import * as service from './team.service.js';
import * as templates from './team.templates.service.js';
import {
  CreateStaffingTemplateInput,
  StaffingTemplate,
  UpdateStaffingTemplateInput,
} from './team.templates.types.js';
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

  @Query(() => [Department], { description: 'The company’s headquarters departments (财务部, 品质部 …).' })
  hqDepartments(@Ctx() ctx: Context) {
    return hq.listHqDepartments(ctx);
  }

  @Mutation(() => [Department], {
    description: 'Adds the standard headquarters departments the company lacks.',
  })
  applyHqDepartments(@Ctx() ctx: Context) {
    return hq.applyHqDepartments(ctx);
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

  @Query(() => [StaffingTemplate], {
    description: 'Staffing templates: the built-in BUILT_IN_16, then the company’s.',
  })
  staffingTemplates(@Ctx() ctx: Context) {
    return templates.listStaffingTemplates(ctx);
  }

  @Mutation(() => StaffingTemplate, {
    description: 'Saves an estate’s positions as a company staffing template.',
  })
  createStaffingTemplate(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateStaffingTemplateInput) input: CreateStaffingTemplateInput,
  ) {
    return templates.createStaffingTemplate(ctx, input);
  }

  @Mutation(() => StaffingTemplate, {
    description: 'Renames or re-describes a company staffing template (versioned).',
  })
  updateStaffingTemplate(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateStaffingTemplateInput) input: UpdateStaffingTemplateInput,
  ) {
    return templates.updateStaffingTemplate(ctx, input);
  }

  @Mutation(() => ID, { description: 'Deletes a company staffing template; answers its id.' })
  deleteStaffingTemplate(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return templates.deleteStaffingTemplate(ctx, id);
  }

  @Mutation(() => StaffingTemplateResult, {
    description: 'Adds a staffing template’s missing departments and positions, by code.',
  })
  applyStaffingTemplate(
    @Ctx() ctx: Context,
    @Arg('input', () => ApplyStaffingTemplateInput) input: ApplyStaffingTemplateInput,
  ) {
    return templates.applyStaffingTemplate(ctx, input);
  }
}
