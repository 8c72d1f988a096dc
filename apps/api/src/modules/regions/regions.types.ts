import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType({ description: '区域: an optional grouping of estates, e.g. 华东.' })
export class Region {
  @Field(() => ID, { description: 'Region id.' })
  id!: string;

  companyId!: string;

  @Field(() => String, { description: 'Display name, e.g. 华东.' })
  name!: string;

  @Field(() => String, { description: 'Short code, unique in the company.' })
  code!: string;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back when updating.' })
  version!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the region was archived.' })
  archivedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'When the region was created.' })
  createdAt!: Date;
}

@InputType({ description: 'A new region.' })
export class CreateRegionInput {
  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { description: 'Short code, unique in the company.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Retry key: the same key returns the first result.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a region.' })
export class UpdateRegionInput {
  @Field(() => ID, { description: 'Region id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New code.' })
  code?: string | null;
}

@InputType({ description: 'Archives an object at the version the caller saw.' })
export class ArchiveInput {
  @Field(() => ID, { description: 'Object id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;
}
