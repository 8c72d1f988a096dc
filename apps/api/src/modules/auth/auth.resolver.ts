import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context, requireAuth } from '../../graphql/context.js';
import { createLoaders } from '../../graphql/loaders.js';
import { unauthenticated } from '../../lib/errors.js';
import { UserResolver } from '../users/index.js';
import * as service from './auth.service.js';
import { AcceptInvitationInput, AuthPayload, LoginInput } from './auth.types.js';

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
    description: 'Signs in; five failures in 15 minutes lock the account for 15 minutes.',
  })
  async login(@Ctx() ctx: Context, @Arg('input', () => LoginInput) input: LoginInput) {
    const signedIn = await service.login(ctx.services, input, { ip: ctx.ip, userAgent: ctx.userAgent });
    return signedInPayload(ctx, signedIn);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session; its token stops working at once.' })
  async logout(@Ctx() ctx: Context) {
    await service.logout(ctx.services, requireAuth(ctx));
    return true;
  }

  @Mutation(() => AuthPayload, { description: 'Sets the password of an invited user and signs them in.' })
  async acceptInvitation(
    @Ctx() ctx: Context,
    @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput,
  ) {
    const signedIn = await service.acceptInvitation(ctx.services, input, {
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    return signedInPayload(ctx, signedIn);
  }
}
