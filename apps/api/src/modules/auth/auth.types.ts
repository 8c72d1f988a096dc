import type { MembershipRole } from '@anju/domain';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { RoleEnum, User } from '../users/index.js';

@InputType({ description: 'Email and password.' })
export class LoginInput {
  @Field(() => String, { description: 'Email.' })
  email!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;
}

@InputType({
  description:
    'Redeems an invitation code: a new person chooses a password; an existing account gives its current one.',
})
export class AcceptInvitationInput {
  @Field(() => String, { description: 'The invitation code.' })
  token!: string;

  @Field(() => String, {
    description: 'The new password (≥ 8), or the existing account’s password (never replaced).',
  })
  password!: string;
}

@InputType({ description: 'Moves the session to another company of the signed-in user.' })
export class SwitchCompanyInput {
  @Field(() => ID, { description: 'A company where the user has an active membership.' })
  companyId!: string;
}

@InputType({ description: 'Accepts an invitation shown in myInvitations.' })
export class AcceptCompanyInvitationInput {
  @Field(() => ID, { description: 'The invitation id.' })
  invitationId!: string;
}

@ObjectType({ description: 'A company’s unanswered invitation of the signed-in account.' })
export class CompanyInvitation {
  @Field(() => ID, { description: 'Invitation id.' })
  id!: string;

  @Field(() => ID, { description: 'The inviting company.' })
  companyId!: string;

  @Field(() => String, { description: 'The inviting company’s name.' })
  companyName!: string;

  @Field(() => [RoleEnum], { description: 'The roles offered.' })
  roles!: MembershipRole[];

  @Field(() => DateTimeScalar, { description: 'When the company invited.' })
  invitedAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the invitation lapses.' })
  expiresAt!: Date;
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
