import { AUDIT_DEPARTMENTS, type AuditDepartment, type Language } from '@anju/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LanguageEnum } from '../../graphql/common-types.js';
import { connectionOf } from '../../graphql/connection.js';
import { enumOf } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

export const AuditDepartmentEnum = enumOf(AUDIT_DEPARTMENTS);
registerEnumType(AuditDepartmentEnum, {
  name: 'AuditDepartment',
  description: 'The department a template section checks: 客服, 秩序维护, 保洁, 工程, 绿化, 消防.',
});

@ObjectType({ description: 'One checkable item of a template: the standard, its points, 一票否决.' })
export class AuditTemplateItem {
  @Field(() => String, { description: 'Stable key (`cl-01`): answers and findings refer to it.' })
  key!: string;

  @Field(() => String, { description: 'Short name, Chinese.' })
  title!: string;

  @Field(() => String, { description: 'The standard to check against, Chinese.' })
  standard!: string;

  @Field(() => String, { description: 'Short name, English ("" when not given).' })
  titleEn!: string;

  @Field(() => String, { description: 'The standard, English ("" when not given).' })
  standardEn!: string;

  @Field(() => Float, { description: 'Points the item is worth (0.5–100, in steps of 0.5).' })
  maxScore!: number;

  @Field(() => Boolean, { description: '一票否决: failing it fails the whole audit.' })
  critical!: boolean;
}

@ObjectType({ description: 'A section of a template: one department’s items.' })
export class AuditTemplateSection {
  @Field(() => String, { description: 'Stable key within the template.' })
  key!: string;

  @Field(() => AuditDepartmentEnum, { description: 'The department it checks.' })
  department!: AuditDepartment;

  @Field(() => String, { description: 'Title, Chinese.' })
  title!: string;

  @Field(() => String, { description: 'Title, English ("" when not given).' })
  titleEn!: string;

  @Field(() => [AuditTemplateItem], { description: 'Its items, in order.' })
  items!: AuditTemplateItem[];
}

@ObjectType({ description: 'The content of a template (its draft or a published version).' })
export class AuditTemplateContent {
  @Field(() => [AuditTemplateSection], { description: 'Sections, in order.' })
  sections!: AuditTemplateSection[];
}

@ObjectType({
  description: 'A published version of a template: what audits use. It never changes once published.',
})
export class AuditTemplateVersion {
  @Field(() => ID, { description: 'Version id (audits and campaigns name it).' })
  id!: string;

  companyId!: string;

  @Field(() => ID, { description: 'The template it is a version of.' })
  templateId!: string;

  @Field(() => Int, { description: 'Version number, 1 for the first publication.' })
  number!: number;

  @Field(() => String, { description: 'The template’s name when it was published.' })
  name!: string;

  @Field(() => AuditTemplateContent, { description: 'Sections and items as published.' })
  content!: AuditTemplateContent;

  @Field(() => Int, { description: 'Items in all sections.' })
  itemCount!: number;

  @Field(() => DateTimeScalar, { description: 'When it was published.' })
  publishedAt!: Date;
}

@ObjectType({ description: 'An audit template (检查标准): a draft HQ edits and its published versions.' })
export class AuditTemplate {
  @Field(() => ID, { description: 'Template id.' })
  id!: string;

  companyId!: string;

  @Field(() => String, { description: 'Name, unique in the company.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  description!: string | null;

  @Field(() => AuditTemplateContent, {
    description: 'The working copy; publishing copies it into a version.',
  })
  draft!: AuditTemplateContent;

  @Field(() => Int, { description: 'Number of the newest published version (0: never published).' })
  publishedVersion!: number;

  @Field(() => Boolean, { description: 'Archived: kept for past audits, not offered for new ones.' })
  archived!: boolean;

  @Field(() => Int, { description: 'Optimistic lock of the draft: send it back with each change.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

export const AuditTemplateConnection = connectionOf(AuditTemplate, 'AuditTemplate');

@ObjectType({ description: 'A grade band: an audit takes the first band whose minimum it reaches.' })
export class AuditGradeBand {
  @Field(() => String, { description: 'Code, e.g. EXCELLENT.' })
  grade!: string;

  @Field(() => String, { description: 'Label, Chinese (优).' })
  label!: string;

  @Field(() => String, { description: 'Label, English.' })
  labelEn!: string;

  @Field(() => Float, { description: 'Minimum percentage (0–100); the last band’s is 0.' })
  min!: number;
}

// ---------------------------------------------------------------------------------------------
// Inputs

@InputType({ description: 'One item of a template draft.' })
export class AuditTemplateItemInput {
  @Field(() => String, { description: 'Key: lower-case letters, digits and -, unique in the template.' })
  key!: string;

  @Field(() => String, { description: 'Short name, Chinese (≤ 40).' })
  title!: string;

  @Field(() => String, { description: 'The standard, Chinese (≤ 300).' })
  standard!: string;

  @Field(() => String, { nullable: true, description: 'Short name, English (≤ 120).' })
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'The standard, English (≤ 600).' })
  standardEn?: string | null;

  @Field(() => Float, { description: 'Points: more than 0, at most 100, in steps of 0.5.' })
  maxScore!: number;

  @Field(() => Boolean, { nullable: true, description: '一票否决 (default false).' })
  critical?: boolean | null;
}

@InputType({ description: 'One section of a template draft.' })
export class AuditTemplateSectionInput {
  @Field(() => String, { description: 'Key: lower-case letters, digits and -, unique in the template.' })
  key!: string;

  @Field(() => AuditDepartmentEnum, { description: 'The department it checks.' })
  department!: AuditDepartment;

  @Field(() => String, { description: 'Title, Chinese (≤ 40).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Title, English (≤ 80).' })
  titleEn?: string | null;

  @Field(() => [AuditTemplateItemInput], { description: 'Items, in order (at most 200).' })
  items!: AuditTemplateItemInput[];
}

@InputType({ description: 'A template draft: sections in order (at most 30).' })
export class AuditTemplateContentInput {
  @Field(() => [AuditTemplateSectionInput], { description: 'Sections, in order.' })
  sections!: AuditTemplateSectionInput[];
}

@InputType({ description: 'A new template: empty, from default departments, or a copy.' })
export class CreateAuditTemplateInput {
  @Field(() => String, { description: 'Name, unique in the company (≤ 60).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it is for (≤ 500).' })
  description?: string | null;

  @Field(() => [AuditDepartmentEnum], {
    nullable: true,
    description: 'Start from the product’s default items of these departments.',
  })
  departments?: AuditDepartment[] | null;

  @Field(() => ID, { nullable: true, description: 'Start from a copy of this template’s draft.' })
  copyFromTemplateId?: string | null;
}

@InputType({ description: 'Changes to a template’s name, description or draft.' })
export class UpdateAuditTemplateInput {
  @Field(() => ID, { description: 'Template id.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a stale one is CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New name (absent: unchanged).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description (null clears it).' })
  description?: string | null;

  @Field(() => AuditTemplateContentInput, { nullable: true, description: 'The whole new draft.' })
  draft?: AuditTemplateContentInput | null;
}

@InputType({ description: 'Publishes a template’s draft as a new, immutable version.' })
export class PublishAuditTemplateInput {
  @Field(() => ID, { description: 'Template id.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a stale one is CONFLICT.' })
  version!: number;
}

@InputType({ description: 'A template to archive.' })
export class ArchiveAuditTemplateInput {
  @Field(() => ID, { description: 'Template id.' })
  id!: string;
}

@InputType({ description: 'Replaces a template’s draft with the items of an .xlsx file.' })
export class ImportAuditTemplateItemsInput {
  @Field(() => ID, { description: 'Template id.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a stale one is CONFLICT.' })
  version!: number;

  @Field(() => ID, {
    description: 'The filled .xlsx, uploaded by the caller with POST /files; used up on success.',
  })
  fileId!: string;
}

@InputType({ description: 'A template’s draft or one of its versions, as .xlsx.' })
export class ExportAuditTemplateInput {
  @Field(() => ID, { description: 'Template id.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'A published version’s number (absent: the draft).' })
  number?: number | null;

  @Field(() => LanguageEnum, {
    nullable: true,
    defaultValue: 'ZH',
    description: 'Language of the sheets and headers (default ZH); either imports.',
  })
  language?: Language | null;
}

@InputType({ description: 'One grade band.' })
export class AuditGradeBandInput {
  @Field(() => String, { description: 'Code: upper-case letters, digits and _.' })
  grade!: string;

  @Field(() => String, { description: 'Label, Chinese (≤ 20).' })
  label!: string;

  @Field(() => String, { description: 'Label, English (≤ 20).' })
  labelEn!: string;

  @Field(() => Float, { description: 'Minimum percentage (0–100).' })
  min!: number;
}

@InputType({ description: 'The company’s grade bands, best first.' })
export class UpdateAuditGradeBandsInput {
  @Field(() => [AuditGradeBandInput], {
    description: '2–8 bands, minimums strictly descending, the last 0.',
  })
  bands!: AuditGradeBandInput[];
}
