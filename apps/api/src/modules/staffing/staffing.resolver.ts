import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { FileRef } from '../../graphql/common-types.js';
import type { Context } from '../../graphql/context.js';
import { exportStaffingCompliance } from './staffing.excel.js';
import { staffingIndicatorDrillDown } from './staffing.indicators.js';
import { staffingCompliance, staffingComplianceTable } from './staffing.service.js';
import {
  ExportStaffingComplianceInput,
  StaffingCompliance,
  StaffingComplianceRow,
  StaffingIndicatorDrillDown,
} from './staffing.types.js';

@Resolver()
export class StaffingResolver {
  @Query(() => StaffingCompliance, { description: 'An estate’s staffing against its plan, today.' })
  staffingCompliance(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'Estate id.' }) estateId: string,
  ) {
    return staffingCompliance(ctx, estateId);
  }

  @Query(() => [StaffingComplianceRow], { description: 'Estates in scope ranked by staffing score.' })
  staffingComplianceTable(
    @Ctx() ctx: Context,
    @Arg('regionId', () => ID, { nullable: true, description: 'One region only.' }) regionId?: string | null,
  ) {
    return staffingComplianceTable(ctx, regionId);
  }

  @Mutation(() => FileRef, { description: 'The staffing ranking as .xlsx (GET /files/{id}).' })
  exportStaffingCompliance(
    @Ctx() ctx: Context,
    @Arg('input', () => ExportStaffingComplianceInput) input: ExportStaffingComplianceInput,
  ) {
    return exportStaffingCompliance(ctx, input);
  }

  @Query(() => StaffingIndicatorDrillDown, { description: 'The people behind a staffing indicator.' })
  staffingIndicatorDrillDown(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'Estate id.' }) estateId: string,
    @Arg('indicatorCode', () => String, { description: 'training_pass or certified_on_duty.' })
    indicatorCode: string,
    @Arg('month', () => String, { description: 'Month, YYYY-MM.' }) month: string,
  ) {
    return staffingIndicatorDrillDown(ctx, { estateId, indicatorCode, month });
  }
}
