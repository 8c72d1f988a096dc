import { ESTATE_STATUSES, ESTATE_TYPES, type EstateStatus, type EstateType } from '@anju/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { enumOf } from '../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';

export const EstateTypeEnum = enumOf(ESTATE_TYPES);
registerEnumType(EstateTypeEnum, {
  name: 'EstateType',
  description: '物业类型: 住宅 / 商业 / 写字楼 / 公建.',
});
export const EstateStatusEnum = enumOf(ESTATE_STATUSES);
registerEnumType(EstateStatusEnum, {
  name: 'EstateStatus',
  description: '筹备 preparing / 在管 managed / 撤场 exited.',
});
export const ChangeKindEnum = enumOf(['CREATED', 'UPDATED', 'ARCHIVED'] as const);
registerEnumType(ChangeKindEnum, { name: 'ChangeKind', description: 'What happened to an object.' });

@ObjectType({ description: '小区 / 项目: an estate the company manages.' })
export class Estate {
  @Field(() => ID, { description: 'Estate id.' })
  id!: string;

  companyId!: string;

  @Field(() => String, { description: 'Name, e.g. 翠湖苑.' })
  name!: string;

  @Field(() => String, { description: 'Project code, unique in the company.' })
  code!: string;

  @Field(() => ID, { nullable: true, description: 'Region id, if grouped.' })
  regionId!: string | null;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  address!: string | null;

  @Field(() => EstateTypeEnum, { description: 'Property type.' })
  type!: EstateType;

  @Field(() => Float, { nullable: true, description: '建筑面积 in m².' })
  grossFloorArea!: number | null;

  @Field(() => Int, { description: '户数: households.' })
  households!: number;

  @Field(() => Int, { description: 'Number of buildings.' })
  buildings!: number;

  @Field(() => DateScalar, { nullable: true, description: '委托管理期 start.' })
  contractStart!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '委托管理期 end.' })
  contractEnd!: string | null;

  @Field(() => Float, { nullable: true, description: '物业费 in 元/m²/月.' })
  feeRate!: number | null;

  @Field(() => EstateStatusEnum, { description: 'Lifecycle status.' })
  status!: EstateStatus;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back when updating.' })
  version!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the estate was archived.' })
  archivedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'When the estate was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the estate last changed.' })
  updatedAt!: Date;
}

export const EstateConnection = connectionOf(Estate, 'Estate');

@InputType({ description: 'Filters for the estate list.' })
export class EstateFilter {
  @Field(() => ID, { nullable: true, description: 'Only this region.' })
  regionId?: string | null;

  @Field(() => EstateStatusEnum, { nullable: true, description: 'Only this status.' })
  status?: EstateStatus | null;

  @Field(() => EstateTypeEnum, { nullable: true, description: 'Only this type.' })
  type?: EstateType | null;

  @Field(() => String, { nullable: true, description: 'Text in name, code or address.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include archived estates.' })
  includeArchived?: boolean | null;
}

@InputType({ description: 'Estate fields shared by create and update.' })
class EstateFieldsInput {
  @Field(() => ID, { nullable: true, description: 'Region id.' })
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  address?: string | null;

  @Field(() => Float, { nullable: true, description: '建筑面积 in m².' })
  grossFloorArea?: number | null;

  // Float on input, not Int: a decimal or out-of-range count is then refused by the shared rules
  // as BAD_USER_INPUT on this field (households:INVALID), the form's own path, instead of as a
  // variable coercion error that names no field.
  @Field(() => Float, { nullable: true, description: '户数: a non-negative whole number.' })
  households?: number | null;

  @Field(() => Float, { nullable: true, description: 'Number of buildings: a non-negative whole number.' })
  buildings?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Contract start.' })
  contractStart?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Contract end.' })
  contractEnd?: string | null;

  @Field(() => Float, { nullable: true, description: '物业费 in 元/m²/月.' })
  feeRate?: number | null;

  @Field(() => EstateStatusEnum, { nullable: true, description: 'Lifecycle status.' })
  status?: EstateStatus | null;
}

@InputType({ description: 'A new estate.' })
export class CreateEstateInput extends EstateFieldsInput {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Project code, unique in the company.' })
  code!: string;

  @Field(() => EstateTypeEnum, { description: 'Property type.' })
  type!: EstateType;

  @Field(() => String, { nullable: true, description: 'Retry key: the same key returns the first result.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to an estate; omitted fields stay as they are.' })
export class UpdateEstateInput extends EstateFieldsInput {
  @Field(() => ID, { description: 'Estate id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Project code.' })
  code?: string | null;

  @Field(() => EstateTypeEnum, { nullable: true, description: 'Property type.' })
  type?: EstateType | null;
}

@ObjectType({ description: 'An estate was created, changed or archived.' })
export class EstateChangedEvent {
  @Field(() => ChangeKindEnum, { description: 'What happened.' })
  kind!: 'CREATED' | 'UPDATED' | 'ARCHIVED';

  @Field(() => Estate, { description: 'The estate as it is now.' })
  estate!: Estate;
}
