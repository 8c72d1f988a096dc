import type { CertificateKind, ShiftPatternCode } from '@anju/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { CertificateKindEnum, ShiftPatternEnum } from './team.types.js';

@ObjectType({ description: 'A department of a staffing template, matched by code when applied.' })
export class StaffingTemplateDepartment {
  @Field(() => String, { description: 'Code (MANAGEMENT, SECURITY …).' })
  code!: string;

  @Field(() => String, { description: 'Name, Chinese.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name, English.' })
  nameEn!: string | null;
}

@ObjectType({ description: 'A position of a staffing template, as an estate’s position is made from it.' })
export class StaffingTemplatePosition {
  @Field(() => String, { description: 'The code of its department in the template.' })
  departmentCode!: string;

  @Field(() => String, { description: 'Code, unique in the template; matched by code when applied.' })
  code!: string;

  @Field(() => String, { description: 'Name, Chinese.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name, English.' })
  nameEn!: string | null;

  @Field(() => Int, { description: 'Planned headcount (编制).' })
  plannedHeadcount!: number;

  @Field(() => ShiftPatternEnum, { description: 'Shift pattern.' })
  shiftPattern!: ShiftPatternCode;

  @Field(() => String, { nullable: true, description: 'Working hours as written.' })
  workingHours!: string | null;

  @Field(() => String, { nullable: true, description: 'Duties (岗位职责).' })
  duty!: string | null;

  @Field(() => Boolean, { description: '持证上岗.' })
  certificateRequired!: boolean;

  @Field(() => [CertificateKindEnum], { description: 'Certificate kinds that satisfy the requirement.' })
  certificateKinds!: CertificateKind[];

  @Field(() => Int, { nullable: true, description: 'Minimum age (inclusive).' })
  ageMin!: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum age (inclusive).' })
  ageMax!: number | null;
}

@ObjectType({
  description:
    'A staffing template (编制模板): departments and positions an estate can start from. The built-in 16-person template of the source documents has the fixed id BUILT_IN_16 and `builtIn: true`; the others are the company’s own.',
})
export class StaffingTemplate {
  @Field(() => ID, { description: 'Template id; BUILT_IN_16 for the built-in template.' })
  id!: string;

  @Field(() => Boolean, { description: 'The built-in 16-person template (read-only).' })
  builtIn!: boolean;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Description.' })
  description!: string | null;

  @Field(() => Int, { description: 'Sum of the planned headcounts of its positions.' })
  plannedHeadcount!: number;

  @Field(() => [StaffingTemplateDepartment], { description: 'Its departments.' })
  departments!: StaffingTemplateDepartment[];

  @Field(() => [StaffingTemplatePosition], { description: 'Its positions, by department.' })
  positions!: StaffingTemplatePosition[];

  @Field(() => Int, {
    description: 'Optimistic lock: send it back with each change (always 1 for the built-in template).',
  })
  version!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it last changed (null: built-in).' })
  updatedAt!: Date | null;
}

@InputType({ description: 'A company template made from an estate’s departments and positions.' })
export class CreateStaffingTemplateInput {
  @Field(() => String, { description: 'Name, unique in the company (≤ 60).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Description (≤ 500, may span lines).' })
  description?: string | null;

  @Field(() => ID, { description: 'The estate whose departments and positions are copied now.' })
  fromEstateId!: string;
}

@InputType({ description: 'Changes to a company template: absent fields stay, null clears the description.' })
export class UpdateStaffingTemplateInput {
  @Field(() => ID, { description: 'The template.' })
  id!: string;

  @Field(() => Int, { description: 'The version read (CONFLICT when it changed since).' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Name, unique in the company (≤ 60).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Description (≤ 500).' })
  description?: string | null;
}
