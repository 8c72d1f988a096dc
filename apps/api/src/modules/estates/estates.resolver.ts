import { subject } from '@anju/domain';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireTenant } from '../../graphql/context.js';
import type { EstateChangedPayload } from '../../graphql/pubsub.js';
import { stillAllowed } from '../../graphql/subscriptions.js';
import { ArchiveInput, Region } from '../regions/index.js';
import * as service from './estates.service.js';
import {
  CreateEstateInput,
  Estate,
  EstateChangedEvent,
  EstateConnection,
  EstateFilter,
  UpdateEstateInput,
} from './estates.types.js';

@ArgsType()
class EstatesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;

  @Field(() => EstateFilter, { nullable: true, description: 'Filters.' })
  filter?: EstateFilter | null;
}

@Resolver(() => Estate)
export class EstateResolver {
  @Query(() => EstateConnection, { description: 'Estates the caller may see, by name, a page at a time.' })
  estates(@Ctx() ctx: Context, @Args(() => EstatesArgs) args: EstatesArgs) {
    return service.listEstates(ctx, args);
  }

  @Query(() => Estate, { description: 'One estate; NOT_FOUND if it does not exist or is not visible.' })
  estate(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return service.getEstate(ctx, id);
  }

  @Mutation(() => Estate, { description: 'Creates an estate (company admin).' })
  createEstate(@Ctx() ctx: Context, @Arg('input', () => CreateEstateInput) input: CreateEstateInput) {
    return service.createEstate(ctx, input);
  }

  @Mutation(() => Estate, { description: 'Changes an estate; CONFLICT on a stale version.' })
  updateEstate(@Ctx() ctx: Context, @Arg('input', () => UpdateEstateInput) input: UpdateEstateInput) {
    return service.updateEstate(ctx, input);
  }

  @Mutation(() => Estate, { description: 'Archives an estate; its history stays.' })
  archiveEstate(@Ctx() ctx: Context, @Arg('input', () => ArchiveInput) input: ArchiveInput) {
    return service.archiveEstate(ctx, input);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region, if the caller may see it.' })
  async region(@Root() estate: Estate, @Ctx() ctx: Context) {
    if (!estate.regionId) return null;
    const region = await ctx.loaders.regionById.load(estate.regionId);
    return region && requireTenant(ctx).ability.can('read', subject('Region', { ...region })) ? region : null;
  }

  @Subscription(() => EstateChangedEvent, {
    description: 'Estates of the company as they are created, changed, archived.',
    topics: 'ESTATE_CHANGED',
    topicId: ({ context }) => requireTenant(context as Context).companyId,
    filter: async ({ payload, args, context }) => {
      const p = payload as EstateChangedPayload;
      if (args.regionId && p.estate.regionId !== args.regionId) return false;
      return stillAllowed(context as Context, 'read', 'Estate', p.estate);
    },
  })
  estateChanged(
    @Root() payload: EstateChangedPayload,
    @Arg('regionId', () => ID, { nullable: true, description: 'Only estates of this region.' }) _regionId?:
      | string
      | null,
  ): EstateChangedEvent {
    const e = payload.estate as Record<string, unknown>;
    const estate = {
      ...e,
      createdAt: new Date(e.createdAt as string),
      updatedAt: new Date(e.updatedAt as string),
      archivedAt: e.archivedAt ? new Date(e.archivedAt as string) : null,
    } as Estate;
    return { kind: payload.kind, estate };
  }
}
