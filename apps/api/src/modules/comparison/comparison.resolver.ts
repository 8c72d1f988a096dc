import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { FileRef } from '../../graphql/common-types.js';
import type { Context } from '../../graphql/context.js';
import { comparisonExport, ExportComparisonInput } from './comparison.export.js';
import * as service from './comparison.service.js';
import {
  ComparisonFilter,
  ComparisonMatrix,
  EstateScorecard,
  MissedCommitment,
  TrendSeries,
} from './comparison.types.js';

@Resolver()
export class ComparisonResolver {
  @Query(() => ComparisonMatrix, {
    description: 'Estates × indicators of a period against targets, ranked.',
  })
  comparisonMatrix(@Ctx() ctx: Context, @Arg('filter', () => ComparisonFilter) filter: ComparisonFilter) {
    return service.comparisonMatrix(ctx, filter);
  }

  @Mutation(() => FileRef, {
    description: 'The comparison as .xlsx to download from /files: matrix or league.',
  })
  exportComparison(
    @Ctx() ctx: Context,
    @Arg('input', () => ExportComparisonInput) input: ExportComparisonInput,
  ) {
    return comparisonExport(ctx, input.filter, input.kind, input.language ?? 'ZH');
  }

  @Query(() => [MissedCommitment], { description: 'Every commitment missed in a period.' })
  missedCommitments(@Ctx() ctx: Context, @Arg('filter', () => ComparisonFilter) filter: ComparisonFilter) {
    return service.missedCommitments(ctx, filter);
  }

  @Query(() => [TrendSeries], {
    description: 'Monthly values of ≤ 50 estates × ≤ 10 indicators, ≤ 60 months.',
  })
  indicatorTrend(
    @Ctx() ctx: Context,
    @Arg('estateIds', () => [ID], { description: 'Estates.' }) estateIds: string[],
    @Arg('indicatorCodes', () => [String], { description: 'Indicators.' }) indicatorCodes: string[],
    @Arg('from', () => String, { description: 'First month, YYYY-MM.' }) from: string,
    @Arg('to', () => String, { description: 'Last month, YYYY-MM.' }) to: string,
    @Arg('includeTotal', () => Boolean, {
      nullable: true,
      description: 'Add the pooled series of these estates.',
    })
    includeTotal?: boolean | null,
  ) {
    return service.indicatorTrend(ctx, { estateIds, indicatorCodes, from, to, includeTotal });
  }

  @Query(() => EstateScorecard, {
    description: 'One estate’s period, indicator by indicator, with ranks and trends.',
  })
  estateScorecard(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'Estate.' }) estateId: string,
    @Arg('period', () => String, { description: 'Period: 2025-03, 2025-Q1, 2025-H1 or 2025.' })
    period: string,
  ) {
    return service.estateScorecard(ctx, estateId, period);
  }
}
