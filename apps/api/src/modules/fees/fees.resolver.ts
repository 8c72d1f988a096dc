import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { FileRef } from '../../graphql/common-types.js';
import type { Context } from '../../graphql/context.js';
import { exportFeeCollections, importFeeCollections } from './fees.excel.js';
import { feeIndicatorDrillDown } from './fees.indicators.js';
import { feeCollections, saveFeeCollection } from './fees.service.js';
import {
  ExportFeeCollectionsInput,
  FeeCollection,
  FeeImportResult,
  FeeIndicatorDrillDown,
  ImportFeeCollectionsInput,
  SaveFeeCollectionInput,
} from './fees.types.js';

@Resolver(() => FeeCollection)
export class FeeResolver {
  @Query(() => [FeeCollection], { description: 'An estate’s monthly fee records, by month.' })
  feeCollections(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year.' }) year?: number | null,
  ) {
    return feeCollections(ctx, { estateId, year: year ?? null });
  }

  @Query(() => FeeIndicatorDrillDown, { description: 'The fee records behind a fee_collection figure.' })
  feeIndicatorDrillDown(
    @Ctx() ctx: Context,
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
    @Arg('indicatorCode', () => String, { description: 'fee_collection.' }) indicatorCode: string,
    @Arg('month', () => String, { description: 'The month, YYYY-MM.' }) month: string,
  ) {
    return feeIndicatorDrillDown(ctx, { estateId, indicatorCode, month });
  }

  @Mutation(() => FeeCollection, { description: 'Saves an estate’s fees of one month (optimistic locking).' })
  saveFeeCollection(
    @Ctx() ctx: Context,
    @Arg('input', () => SaveFeeCollectionInput) input: SaveFeeCollectionInput,
  ) {
    return saveFeeCollection(ctx, input);
  }

  @Mutation(() => FeeImportResult, { description: 'Imports months of fees from .xlsx (all or nothing).' })
  importFeeCollections(
    @Ctx() ctx: Context,
    @Arg('input', () => ImportFeeCollectionsInput) input: ImportFeeCollectionsInput,
  ) {
    return importFeeCollections(ctx, input);
  }

  @Mutation(() => FileRef, { description: 'Exports an estate’s fees, or the import template, as .xlsx.' })
  exportFeeCollections(
    @Ctx() ctx: Context,
    @Arg('input', () => ExportFeeCollectionsInput) input: ExportFeeCollectionsInput,
  ) {
    return exportFeeCollections(ctx, input);
  }
}
