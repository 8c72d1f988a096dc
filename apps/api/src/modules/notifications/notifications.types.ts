import { NOTIFICATION_KINDS, type NotificationKind } from '@anju/domain';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { enumOf } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

export const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesConfig: {
    FIGURES_REMINDER: {
      description: 'An estate has not submitted last month’s figures by the company’s reminder day.',
    },
  },
});

@ObjectType({ description: 'One named value a notification’s text mentions (estate name, month …).' })
export class NotificationParam {
  @Field(() => String, { description: 'Name, e.g. estateName.' })
  name!: string;

  @Field(() => String, { description: 'Value.' })
  value!: string;
}

@ObjectType({ description: 'A message to the signed-in user; only they read it.' })
export class Notification {
  @Field(() => ID, { description: 'Notification id.' })
  id!: string;

  companyId!: string;
  userId!: string;

  @Field(() => NotificationKindEnum, { description: 'What it is about.' })
  kind!: NotificationKind;

  @Field(() => [NotificationParam], { description: 'The values its text mentions, by name.' })
  params!: NotificationParam[];

  @Field(() => String, { description: 'Title (Chinese default text; clients word it from kind and params).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Body (Chinese default text).' })
  body!: string | null;

  @Field(() => String, { nullable: true, description: 'Where in the app the matter is handled.' })
  link!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When its recipient marked it read.' })
  readAt!: Date | null;
}

export const NotificationConnection = connectionOf(Notification, 'Notification');

@InputType({ description: 'A notification of the signed-in user to mark read.' })
export class MarkNotificationReadInput {
  @Field(() => ID, { description: 'Notification id.' })
  id!: string;
}
