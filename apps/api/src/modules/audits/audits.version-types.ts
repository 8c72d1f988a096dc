/**
 * The GraphQL shapes of a published template version, as the contract names them (Part A owns
 * templates: when audits.templates.types.ts lands, these classes are replaced by its own and this
 * file goes; the field names and types are the contract's, so no client query changes).
 */
import {
  AUDIT_DEPARTMENTS,
  type AuditDepartment,
  type AuditTemplateContent as AuditTemplateContentData,
} from '@anju/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

export const AuditDepartmentEnum = enumOf(AUDIT_DEPARTMENTS);
registerEnumType(AuditDepartmentEnum, {
  name: 'AuditDepartment',
  description: 'The department a template section checks: 客服, 秩序维护, 保洁, 工程, 绿化, 消防.',
});

@ObjectType({ description: 'One checkable item of a template: the standard, its points, critical or not.' })
export class AuditTemplateItem {
  @Field(() => String, { description: 'Stable key within the template.' })
  key!: string;

  @Field(() => String, { description: 'Short name (Chinese).' })
  title!: string;

  @Field(() => String, { description: 'The standard to check against (Chinese).' })
  standard!: string;

  @Field(() => String, { description: 'Short name (English).' })
  titleEn!: string;

  @Field(() => String, { description: 'The standard (English).' })
  standardEn!: string;

  @Field(() => Float, { description: 'Points the item is worth.' })
  maxScore!: number;

  @Field(() => Boolean, { description: '一票否决: failing it fails the audit.' })
  critical!: boolean;
}

@ObjectType({ description: 'A section of a template: one department’s items.' })
export class AuditTemplateSection {
  @Field(() => String, { description: 'Stable key within the template.' })
  key!: string;

  @Field(() => AuditDepartmentEnum, { description: 'The department it checks.' })
  department!: AuditDepartment;

  @Field(() => String, { description: 'Title (Chinese).' })
  title!: string;

  @Field(() => String, { description: 'Title (English).' })
  titleEn!: string;

  @Field(() => [AuditTemplateItem], { description: 'Its items, in order.' })
  items!: AuditTemplateItem[];
}

@ObjectType({ description: 'The sections and items of a template (a draft or a published version).' })
export class AuditTemplateContent {
  @Field(() => [AuditTemplateSection], { description: 'Sections, in order.' })
  sections!: AuditTemplateSection[];
}

@ObjectType({ description: 'A published, immutable version of a template: what audits are scored against.' })
export class AuditTemplateVersion {
  @Field(() => ID, { description: 'Version id.' })
  id!: string;

  @Field(() => ID, { description: 'The template it is a version of.' })
  templateId!: string;

  @Field(() => Int, { description: 'Version number, from 1.' })
  number!: number;

  @Field(() => String, { description: 'The template’s name when published.' })
  name!: string;

  @Field(() => AuditTemplateContent, { description: 'Sections and items.' })
  content!: AuditTemplateContentData;

  @Field(() => Int, { description: 'Items in all sections.' })
  itemCount!: number;

  @Field(() => DateTimeScalar, { description: 'When it was published.' })
  publishedAt!: Date;
}
