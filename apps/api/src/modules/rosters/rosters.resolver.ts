import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { FileRef } from '../../graphql/common-types.js';
import type { Context } from '../../graphql/context.js';
import { exportRoster } from './rosters.excel.js';
import * as service from './rosters.service.js';
import {
  EditRosterDayInput,
  ExportRosterInput,
  GenerateRosterInput,
  MyShiftDay,
  Roster,
  RosterMonthStatus,
} from './rosters.types.js';

@Resolver(() => Roster)
export class RosterResolver {
  @Query(() => Roster, {
    nullable: true,
    description: 'A department’s roster of a month (null: not generated).',
  })
  roster(
    @Ctx() ctx: Context,
    @Arg('departmentId', () => ID, { description: 'The department.' }) departmentId: string,
    @Arg('month', () => String, { description: 'Month, YYYY-MM.' }) month: string,
  ) {
    return service.roster(ctx, departmentId, month);
  }

  @Query(() => [RosterMonthStatus], {
    description: 'An estate’s departments and whether their month is generated.',
  })
  rosterMonths(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
    @Arg('month', () => String, { description: 'Month, YYYY-MM.' }) month: string,
  ) {
    return service.rosterMonths(ctx, estateId, month);
  }

  @Query(() => [MyShiftDay], { description: 'The caller’s own roster days, at most 62, with shift times.' })
  myShifts(
    @Ctx() ctx: Context,
    @Arg('from', () => String, { description: 'First day, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => String, { description: 'Last day, YYYY-MM-DD.' }) to: string,
  ) {
    return service.myShifts(ctx, from, to);
  }

  @Mutation(() => Roster, { description: 'Generates a department’s month from its staff and patterns.' })
  generateRoster(@Ctx() ctx: Context, @Arg('input', () => GenerateRosterInput) input: GenerateRosterInput) {
    return service.generateRoster(ctx, input);
  }

  @Mutation(() => Roster, { description: 'Edits one person’s day: leave, swap, assign or reset.' })
  editRosterDay(@Ctx() ctx: Context, @Arg('input', () => EditRosterDayInput) input: EditRosterDayInput) {
    return service.editRosterDay(ctx, input);
  }

  @Mutation(() => FileRef, { description: 'A department’s roster as .xlsx to download from /files.' })
  exportRoster(@Ctx() ctx: Context, @Arg('input', () => ExportRosterInput) input: ExportRosterInput) {
    return exportRoster(ctx, input.departmentId, input.month, input.language ?? 'ZH');
  }
}
