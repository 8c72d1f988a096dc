import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { type Context, requireTenant } from '../../graphql/context.js';
import type { NotificationPayload } from '../../graphql/pubsub.js';
import { stillAllowed } from '../../graphql/subscriptions.js';
import { forbidden } from '../../lib/errors.js';
import * as service from './notifications.service.js';
import { MarkNotificationReadInput, Notification, NotificationConnection } from './notifications.types.js';

@ArgsType()
class MyNotificationsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those not yet read (totalCount: unread).' })
  unreadOnly?: boolean | null;
}

/** The subscriber's topic: their own user id, so only their notifications reach the filter. */
function recipientTopic(ctx: Context): string {
  const caller = requireTenant(ctx);
  if (!caller.ability.can('read', 'Notification')) throw forbidden();
  return caller.userId;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'The signed-in user’s notifications, newest first.' })
  myNotifications(@Ctx() ctx: Context, @Args(() => MyNotificationsArgs) args: MyNotificationsArgs) {
    return service.myNotifications(ctx, args);
  }

  @Mutation(() => Notification, { description: 'Marks one of the signed-in user’s notifications read.' })
  markNotificationRead(
    @Ctx() ctx: Context,
    @Arg('input', () => MarkNotificationReadInput) input: MarkNotificationReadInput,
  ) {
    return service.markNotificationRead(ctx, input.id);
  }

  @Subscription(() => Notification, {
    description: 'Notifications of the signed-in user, as they are sent.',
    topics: 'NOTIFICATION_ADDED',
    topicId: ({ context }) => recipientTopic(context as Context),
    // The session as it is now, for every event: same user, same company, still a member.
    filter: ({ payload, context }) => {
      const p = payload as NotificationPayload;
      return stillAllowed(context as Context, 'read', 'Notification', {
        id: p.id,
        companyId: p.companyId,
        userId: p.userId,
      });
    },
  })
  notificationAdded(@Root() payload: NotificationPayload): Notification {
    return service.fromPayload(payload);
  }
}
