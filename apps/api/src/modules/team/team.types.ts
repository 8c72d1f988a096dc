import {
  CERTIFICATE_KINDS,
  type CertificateKind,
  SHIFT_PATTERN_CODES,
  type ShiftPatternCode,
} from '@anju/domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

export const ShiftPatternEnum = enumOf(SHIFT_PATTERN_CODES);
registerEnumType(ShiftPatternEnum, {
  name: 'ShiftPattern',
  description: 'Named shift patterns: 做五休二, 做六休一, 二班二运转, 三班两运转.',
});

export const CertificateKindEnum = enumOf(CERTIFICATE_KINDS);
registerEnumType(CertificateKindEnum, {
  name: 'CertificateKind',
  description: 'Kinds of certificate a post may require (持证上岗).',
});

@ObjectType({ description: 'A department (部门) of an estate’s service centre, or of headquarters.' })
export class Department {
  @Field(() => ID, { description: 'Department id.' })
  id!: string;

  companyId!: string;

  @Field(() => ID, { nullable: true, description: 'The estate (null: a headquarters department).' })
  estateId!: string | null;

  @Field(() => String, { description: 'Code (MANAGEMENT, SECURITY …), unique per estate.' })
  code!: string;

  @Field(() => String, { description: 'Name, Chinese.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name, English.' })
  nameEn!: string | null;
}

@ObjectType({ description: 'A position (岗位) of an estate: planned headcount, shifts and duties.' })
export class Position {
  @Field(() => ID, { description: 'Position id.' })
  id!: string;

  companyId!: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => ID, { description: 'The department it belongs to (same estate).' })
  departmentId!: string;

  @Field(() => String, { description: 'Code, unique in the estate (ESTATE_MANAGER, CLEANER …).' })
  code!: string;

  @Field(() => String, { description: 'Name, Chinese.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name, English.' })
  nameEn!: string | null;

  @Field(() => Int, { description: 'Planned headcount (编制).' })
  plannedHeadcount!: number;

  @Field(() => ShiftPatternEnum, { description: 'The shift pattern its holders work.' })
  shiftPattern!: ShiftPatternCode;

  @Field(() => String, { nullable: true, description: 'Working hours as written (8:00-17:30 …).' })
  workingHours!: string | null;

  @Field(() => String, { nullable: true, description: 'Duties (岗位职责).' })
  duty!: string | null;

  @Field(() => Boolean, { description: '持证上岗: holders need a current certificate.' })
  certificateRequired!: boolean;

  @Field(() => [CertificateKindEnum], { description: 'Certificate kinds that satisfy the requirement.' })
  certificateKinds!: CertificateKind[];

  @Field(() => Int, { nullable: true, description: 'Minimum age the company set (inclusive).' })
  ageMin!: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum age the company set (inclusive).' })
  ageMax!: number | null;

  @Field(() => Int, { description: 'Optimistic lock: send it back with each change.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@InputType({ description: 'A new position of an estate.' })
export class CreatePositionInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => ID, { description: 'Its department, of the same estate.' })
  departmentId!: string;

  @Field(() => String, {
    description: 'Code: upper-case letters, digits and _, unique in the estate (≤ 40).',
  })
  code!: string;

  @Field(() => String, { description: 'Name, Chinese (≤ 40).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name, English (≤ 80).' })
  nameEn?: string | null;

  @Field(() => Int, { description: 'Planned headcount (编制), 0–500.' })
  plannedHeadcount!: number;

  @Field(() => ShiftPatternEnum, { description: 'Shift pattern.' })
  shiftPattern!: ShiftPatternCode;

  @Field(() => String, { nullable: true, description: 'Working hours as written (≤ 200).' })
  workingHours?: string | null;

  @Field(() => String, { nullable: true, description: 'Duties (≤ 2000, may span lines).' })
  duty?: string | null;

  @Field(() => Boolean, { nullable: true, description: '持证上岗 (default false).' })
  certificateRequired?: boolean | null;

  @Field(() => [CertificateKindEnum], { nullable: true, description: 'Kinds that satisfy it.' })
  certificateKinds?: CertificateKind[] | null;

  @Field(() => Int, { nullable: true, description: 'Minimum age (16–80).' })
  ageMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum age (16–80).' })
  ageMax?: number | null;
}

@InputType({ description: 'Changes to a position: absent fields stay, null clears optional ones.' })
export class UpdatePositionInput {
  @Field(() => ID, { description: 'The position.' })
  id!: string;

  @Field(() => Int, { description: 'The version read (CONFLICT when it changed since).' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Another department of the same estate.' })
  departmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Code, unique in the estate (≤ 40).' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Name, Chinese (≤ 40).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Name, English (≤ 80).' })
  nameEn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Planned headcount (编制), 0–500.' })
  plannedHeadcount?: number | null;

  @Field(() => ShiftPatternEnum, { nullable: true, description: 'Shift pattern.' })
  shiftPattern?: ShiftPatternCode | null;

  @Field(() => String, { nullable: true, description: 'Working hours as written (≤ 200).' })
  workingHours?: string | null;

  @Field(() => String, { nullable: true, description: 'Duties (≤ 2000).' })
  duty?: string | null;

  @Field(() => Boolean, { nullable: true, description: '持证上岗.' })
  certificateRequired?: boolean | null;

  @Field(() => [CertificateKindEnum], { nullable: true, description: 'Kinds that satisfy it.' })
  certificateKinds?: CertificateKind[] | null;

  @Field(() => Int, { nullable: true, description: 'Minimum age (16–80).' })
  ageMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum age (16–80).' })
  ageMax?: number | null;
}

@InputType({ description: 'The position to delete.' })
export class DeletePositionInput {
  @Field(() => ID, { description: 'The position.' })
  id!: string;

  @Field(() => Int, { description: 'The version read (CONFLICT when it changed since).' })
  version!: number;
}

@InputType({ description: 'The estate to staff from a staffing template.' })
export class ApplyStaffingTemplateInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A company template (absent, null or BUILT_IN_16: the built-in 16-person template).',
  })
  templateId?: string | null;
}

@ObjectType({ description: 'What applying a staffing template did.' })
export class StaffingTemplateResult {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => ID, { description: 'The template applied (BUILT_IN_16: the built-in one).' })
  templateId!: string;

  @Field(() => Boolean, { description: 'False: everything was already there, nothing changed.' })
  changed!: boolean;

  @Field(() => Int, { description: 'Departments created by this call.' })
  departmentsCreated!: number;

  @Field(() => Int, { description: 'Positions created by this call.' })
  positionsCreated!: number;

  @Field(() => [Department], { description: 'The estate’s departments now.' })
  departments!: Department[];

  @Field(() => [Position], { description: 'The estate’s positions now.' })
  positions!: Position[];
}
