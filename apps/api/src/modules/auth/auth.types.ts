import { Field, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { User } from '../users/index.js';

@InputType({ description: 'Email and password.' })
export class LoginInput {
  @Field(() => String, { description: 'Email.' })
  email!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;
}

@InputType({ description: 'Redeems an invitation code by choosing a password.' })
export class AcceptInvitationInput {
  @Field(() => String, { description: 'The invitation code.' })
  token!: string;

  @Field(() => String, { description: 'The new password (≥ 8).' })
  password!: string;
}

@ObjectType({ description: 'A new session.' })
export class AuthPayload {
  @Field(() => String, {
    description: 'Bearer token: `Authorization: Bearer …` or `connection_init` { authorization }.',
  })
  token!: string;

  @Field(() => DateTimeScalar, { description: 'When the token expires.' })
  expiresAt!: Date;

  @Field(() => User, { description: 'The signed-in user.' })
  user!: User;
}
