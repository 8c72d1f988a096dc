import { type MembershipRole, ROLES, type Role, SCOPE_KINDS, type ScopeKind } from '@anju/domain';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { enumOf } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, { name: 'Role', description: 'What a user does in a company.' });
export const ScopeKindEnum = enumOf(SCOPE_KINDS);
registerEnumType(ScopeKindEnum, {
  name: 'ScopeKind',
  description: 'Whole company, one region, or listed estates.',
});
export const UserStatusEnum = enumOf(['INVITED', 'ACTIVE', 'DEACTIVATED'] as const);
registerEnumType(UserStatusEnum, {
  name: 'UserStatus',
  description: 'A user’s standing in the current company.',
});
export type UserStatus = keyof typeof UserStatusEnum;

@ObjectType({ description: 'A role with its scope in one company.' })
export class Membership {
  @Field(() => ID, { description: 'Membership id.' })
  id!: string;

  companyId!: string;
  userId!: string;

  @Field(() => RoleEnum, { description: 'The role.' })
  role!: MembershipRole;

  @Field(() => ScopeKindEnum, { description: 'What the role covers.' })
  scopeKind!: ScopeKind;

  @Field(() => ID, { nullable: true, description: 'The region, for a region scope.' })
  regionId!: string | null;

  @Field(() => [ID], { description: 'The estates, for an estates scope.' })
  estateIds!: string[];

  @Field(() => Boolean, { description: 'False once deactivated.' })
  active!: boolean;

  /** Waits for the account to accept an invitation; never exposed (the company sees an invitee). */
  pending?: boolean;
}

@ObjectType({ description: 'A person who signs in.' })
export class User {
  @Field(() => ID, { description: 'User id.' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Email; hidden from roles that may not see personal data.',
  })
  email!: string | null;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Phone; hidden from roles that may not see personal data.',
  })
  phone!: string | null;

  @Field(() => UserStatusEnum, { description: 'Standing in the current company.' })
  status!: UserStatus;

  @Field(() => Boolean, { description: 'Operates the platform (not a company role).' })
  platformAdmin!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last successful sign-in.' })
  lastLoginAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'When the user was created.' })
  createdAt!: Date;
}

export const UserConnection = connectionOf(User, 'User');

@InputType({ description: 'A role and its scope: no region and no estates means the whole company.' })
export class MembershipInput {
  @Field(() => RoleEnum, { description: 'Role (not PLATFORM_ADMIN).' })
  role!: MembershipRole;

  @Field(() => ID, { nullable: true, description: 'Region scope (HQ viewer).' })
  regionId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Estate scope (estate roles, committee: exactly one).' })
  estateIds?: string[] | null;
}

@InputType({ description: 'Filters for the user list.' })
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Text in name or email.' })
  search?: string | null;

  @Field(() => UserStatusEnum, { nullable: true, description: 'Only this status.' })
  status?: UserStatus | null;

  @Field(() => RoleEnum, { nullable: true, description: 'Only users with this active role.' })
  role?: Role | null;
}

@InputType({ description: 'A new user of the company; without a password an invitation code is issued.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Email, used to sign in.' })
  email!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Phone.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Initial password (≥ 8); omit to invite.' })
  password?: string | null;

  @Field(() => [MembershipInput], { description: 'At least one role.' })
  memberships!: MembershipInput[];

  @Field(() => String, { nullable: true, description: 'Retry key: the same key returns the first result.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The created user, and the invitation code when no password was set.' })
export class CreateUserPayload {
  @Field(() => User, { description: 'The user.' })
  user!: User;

  @Field(() => String, {
    nullable: true,
    description: 'Shown once: the code the user redeems with acceptInvitation.',
  })
  invitationToken!: string | null;
}

@InputType({ description: 'Replaces a user’s roles in the company.' })
export class SetMembershipsInput {
  @Field(() => ID, { description: 'User id.' })
  userId!: string;

  @Field(() => [MembershipInput], { description: 'At least one role.' })
  memberships!: MembershipInput[];
}

@InputType({ description: 'Withdraws a user’s access to the company.' })
export class DeactivateUserInput {
  @Field(() => ID, { description: 'User id.' })
  userId!: string;
}
