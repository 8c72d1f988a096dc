import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType({ description: '物业公司: the tenant.' })
export class Company {
  @Field(() => ID, { description: 'Company id.' })
  id!: string;

  @Field(() => String, { description: 'Name, e.g. 安居物业.' })
  name!: string;

  @Field(() => String, { description: 'Short unique handle.' })
  slug!: string;

  @Field(() => String, { description: 'IANA time zone for dates shown to users.' })
  timeZone!: string;

  @Field(() => DateTimeScalar, { description: 'When the company was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the company was archived.' })
  archivedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the platform suspended the company: its users cannot sign in meanwhile.',
  })
  suspendedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Day of the month (1–28) by which estates submit last month’s figures; those that have not are reminded that day. Null: no reminders.',
  })
  figureReminderDay!: number | null;
}

export const CompanyConnection = connectionOf(Company, 'Company');

@InputType({ description: 'The first administrator of a new company.' })
export class CompanyAdminInput {
  @Field(() => String, { description: 'Email.' })
  email!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { description: 'Initial password (≥ 8).' })
  password!: string;
}

@InputType({ description: 'A new tenant company with its first admin.' })
export class CreateCompanyInput {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Short unique handle: lowercase letters, digits and dashes.' })
  slug!: string;

  @Field(() => CompanyAdminInput, { description: 'The first company admin.' })
  admin!: CompanyAdminInput;
}

@InputType({ description: 'Changes a company’s name or time zone (platform admin).' })
export class UpdateCompanyInput {
  @Field(() => ID, { description: 'Company id.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New IANA time zone, e.g. Asia/Shanghai.' })
  timeZone?: string | null;
}

@InputType({ description: 'A company to suspend or reactivate (platform admin).' })
export class CompanyIdInput {
  @Field(() => ID, { description: 'Company id.' })
  id!: string;
}

@InputType({ description: 'The company admin’s settings of their company: absent leaves one as it is.' })
export class UpdateCompanySettingsInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Reminder day for last month’s figures, 1–28; null turns reminders off.',
  })
  figureReminderDay?: number | null;
}
