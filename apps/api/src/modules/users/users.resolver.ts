import { subject } from '@anju/domain';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { type Context, requireAuth } from '../../graphql/context.js';
import { Estate } from '../estates/index.js';
import { Region } from '../regions/index.js';
import * as service from './users.service.js';
import {
  CreateUserInput,
  CreateUserPayload,
  DeactivateUserInput,
  Membership,
  SetMembershipsInput,
  User,
  UserConnection,
  UserFilter,
} from './users.types.js';

@ArgsType()
class UsersArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;

  @Field(() => UserFilter, { nullable: true, description: 'Filters.' })
  filter?: UserFilter | null;
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The signed-in user with their roles in the current company.' })
  me(@Ctx() ctx: Context): User {
    // Served from the authenticated session (cached briefly), so `me` costs no query when warm.
    const { session } = requireAuth(ctx);
    return {
      id: session.userId,
      email: session.email,
      name: session.name,
      phone: session.phone,
      status: 'ACTIVE',
      platformAdmin: session.platformAdmin,
      lastLoginAt: session.lastLoginAt,
      createdAt: session.createdAt,
    };
  }

  @Query(() => UserConnection, {
    description: 'Users of the company (company admin; auditors without personal data).',
  })
  users(@Ctx() ctx: Context, @Args(() => UsersArgs) args: UsersArgs) {
    return service.listUsers(ctx, args);
  }

  @Mutation(() => CreateUserPayload, {
    description: 'Creates a user with roles; without a password, invites them.',
  })
  createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput) input: CreateUserInput) {
    return service.createUser(ctx, input);
  }

  @Mutation(() => User, { description: 'Replaces a user’s roles in the company.' })
  setMemberships(@Ctx() ctx: Context, @Arg('input', () => SetMembershipsInput) input: SetMembershipsInput) {
    return service.setMemberships(ctx, input);
  }

  @Mutation(() => User, { description: 'Withdraws a user’s access to the company and ends their sessions.' })
  deactivateUser(@Ctx() ctx: Context, @Arg('input', () => DeactivateUserInput) input: DeactivateUserInput) {
    return service.deactivateUser(ctx, input.userId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Email, for the user and roles allowed personal data.',
  })
  email(@Root() user: User, @Ctx() ctx: Context) {
    return personal(ctx, user, 'email');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Phone, for the user and roles allowed personal data.',
  })
  phone(@Root() user: User, @Ctx() ctx: Context) {
    return personal(ctx, user, 'phone');
  }

  @FieldResolver(() => [Membership], { description: 'Roles in the current company.' })
  async memberships(@Root() user: User, @Ctx() ctx: Context): Promise<Membership[]> {
    const { session } = requireAuth(ctx);
    if (!session.companyId) return [];
    const all = await ctx.loaders.membershipsByUser.load(user.id);
    return user.status === 'DEACTIVATED' ? all : all.filter((m) => m.active);
  }
}

/** Field-level rule: personal data only for the person and roles permitted to read it. */
function personal(ctx: Context, user: User, field: 'email' | 'phone'): string | null {
  const auth = requireAuth(ctx);
  if (user.id === auth.session.userId) return user[field];
  const companyId = auth.session.companyId;
  return companyId && auth.ability.can('read', subject('User', { companyId, id: user.id }), field)
    ? user[field]
    : null;
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Region, { nullable: true, description: 'The region of a region scope.' })
  region(@Root() m: Membership, @Ctx() ctx: Context) {
    return m.regionId ? ctx.loaders.regionById.load(m.regionId) : null;
  }

  @FieldResolver(() => [Estate], { description: 'The estates of an estates scope.' })
  async estates(@Root() m: Membership, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.estateById.loadMany(m.estateIds);
    return rows.filter((r): r is NonNullable<typeof r> & Estate => r != null && !(r instanceof Error));
  }
}
