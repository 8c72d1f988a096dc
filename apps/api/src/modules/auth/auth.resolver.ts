import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, requireAuth } from '../../graphql/context.js';
import { createLoaders } from '../../graphql/loaders.js';
import { unauthenticated } from '../../lib/errors.js';
import { Company } from '../companies/index.js';
import { UserResolver } from '../users/index.js';
import * as accounts from './auth.accounts.js';
import * as service from './auth.service.js';
import {
  AcceptCompanyInvitationInput,
  AcceptInvitationInput,
  AuthPayload,
  CompanyInvitation,
  LoginInput,
  SwitchCompanyInput,
} from './auth.types.js';

const users = new UserResolver();

/** The rest of the response is rendered as the newly signed-in user. */
async function signedInPayload(ctx: Context, signedIn: service.SignedIn): Promise<AuthPayload> {
  const auth = await service.authenticate(ctx.services, signedIn.token);
  if (!auth) throw unauthenticated();
  ctx.auth = auth;
  ctx.token = signedIn.token;
  // Apollo hands resolvers a shallow copy of the context: rebuild the loaders on this copy.
  ctx.loaders = createLoaders(ctx);
  return { token: signedIn.token, expiresAt: signedIn.expiresAt, user: users.me(ctx) };
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description: 'Signs in (5 failures lock the account; rate-limited per address).',
  })
  async login(@Ctx() ctx: Context, @Arg('input', () => LoginInput) input: LoginInput) {
    // Per client address, before any lookup or hashing; the per-account lock is in the service.
    await ctx.services.rateLimits.consume('login', ctx.ip);
    const signedIn = await service.login(ctx.services, input, { ip: ctx.ip, userAgent: ctx.userAgent });
    return signedInPayload(ctx, signedIn);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session; its token stops working at once.' })
  async logout(@Ctx() ctx: Context) {
    await service.logout(ctx.services, requireAuth(ctx));
    return true;
  }

  @Mutation(() => AuthPayload, {
    description: 'Redeems an invitation code and signs in to the inviting company.',
  })
  async acceptInvitation(
    @Ctx() ctx: Context,
    @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput,
  ) {
    await ctx.services.rateLimits.consume('invitation', ctx.ip);
    const signedIn = await accounts.acceptInvitation(ctx.services, input, {
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      requestId: ctx.requestId,
    });
    return signedInPayload(ctx, signedIn);
  }

  @Query(() => [Company], {
    description: 'The companies the signed-in user works for.',
  })
  myCompanies(@Ctx() ctx: Context) {
    return accounts.myCompanies(ctx);
  }

  @Query(() => [CompanyInvitation], { description: 'Companies inviting the signed-in account.' })
  myInvitations(@Ctx() ctx: Context) {
    return accounts.myInvitations(ctx);
  }

  @Mutation(() => [Company], {
    description: 'Accepts an invitation of the signed-in account.',
  })
  acceptCompanyInvitation(
    @Ctx() ctx: Context,
    @Arg('input', () => AcceptCompanyInvitationInput) input: AcceptCompanyInvitationInput,
  ) {
    return accounts.acceptCompanyInvitation(ctx, input.invitationId);
  }

  @Mutation(() => AuthPayload, {
    description: 'Moves the session to another of the user’s companies (new token).',
  })
  async switchCompany(
    @Ctx() ctx: Context,
    @Arg('input', () => SwitchCompanyInput) input: SwitchCompanyInput,
  ) {
    const signedIn = await accounts.switchCompany(ctx, input.companyId);
    return signedInPayload(ctx, signedIn);
  }
}
