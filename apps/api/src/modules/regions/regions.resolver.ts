import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import * as service from './regions.service.js';
import { ArchiveInput, CreateRegionInput, Region, UpdateRegionInput } from './regions.types.js';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'Regions of the company the caller may see, by code.' })
  regions(
    @Ctx() ctx: Context,
    @Arg('includeArchived', () => Boolean, { nullable: true, description: 'Include archived regions.' })
    includeArchived?: boolean | null,
  ) {
    return service.listRegions(ctx, includeArchived ?? false);
  }

  @Mutation(() => Region, { description: 'Creates a region (company admin).' })
  createRegion(@Ctx() ctx: Context, @Arg('input', () => CreateRegionInput) input: CreateRegionInput) {
    return service.createRegion(ctx, input);
  }

  @Mutation(() => Region, { description: 'Renames or re-codes a region; CONFLICT on a stale version.' })
  updateRegion(@Ctx() ctx: Context, @Arg('input', () => UpdateRegionInput) input: UpdateRegionInput) {
    return service.updateRegion(ctx, input);
  }

  @Mutation(() => Region, { description: 'Archives a region; its estates keep their history.' })
  archiveRegion(@Ctx() ctx: Context, @Arg('input', () => ArchiveInput) input: ArchiveInput) {
    return service.archiveRegion(ctx, input);
  }

  @FieldResolver(() => Int, { description: 'Active estates in this region.' })
  estateCount(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.estateCountByRegion.load(region.id);
  }
}
