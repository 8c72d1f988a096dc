import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { FileRef } from '../../graphql/common-types.js';
import type { Context } from '../../graphql/context.js';
import { exportAuditTemplate, importAuditTemplateItems } from './audits.templates.excel.js';
import * as service from './audits.templates.service.js';
import {
  ArchiveAuditTemplateInput,
  AuditGradeBand,
  AuditTemplate,
  AuditTemplateConnection,
  AuditTemplateVersion,
  CreateAuditTemplateInput,
  ExportAuditTemplateInput,
  ImportAuditTemplateItemsInput,
  PublishAuditTemplateInput,
  UpdateAuditGradeBandsInput,
  UpdateAuditTemplateInput,
} from './audits.templates.types.js';

@ArgsType()
class AuditTemplatesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Archived templates too (default false).' })
  includeArchived?: boolean | null;
}

@Resolver(() => AuditTemplate)
export class AuditTemplateResolver {
  @Query(() => AuditTemplateConnection, { description: 'The company’s audit templates, by name.' })
  auditTemplates(@Ctx() ctx: Context, @Args(() => AuditTemplatesArgs) args: AuditTemplatesArgs) {
    return service.listAuditTemplates(ctx, args);
  }

  @Query(() => AuditTemplate, { description: 'One audit template with its draft and versions.' })
  auditTemplate(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return service.auditTemplate(ctx, id);
  }

  @Query(() => AuditTemplateVersion, { description: 'One published template version.' })
  auditTemplateVersion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return service.auditTemplateVersion(ctx, id);
  }

  @Query(() => [AuditGradeBand], { description: 'The company’s audit grade bands, best first.' })
  auditGradeBands(@Ctx() ctx: Context) {
    return service.auditGradeBands(ctx);
  }

  @FieldResolver(() => [AuditTemplateVersion], { description: 'Published versions, newest first.' })
  versions(@Ctx() ctx: Context, @Root() template: AuditTemplate) {
    return ctx.loaders.auditTemplateVersions.load(template.id);
  }

  @FieldResolver(() => AuditTemplateVersion, {
    nullable: true,
    description: 'The newest published version (null: never published).',
  })
  async latestVersion(@Ctx() ctx: Context, @Root() template: AuditTemplate) {
    const versions = await ctx.loaders.auditTemplateVersions.load(template.id);
    return versions[0] ?? null;
  }

  @Mutation(() => AuditTemplate, { description: 'Creates a template: empty, from defaults or a copy.' })
  createAuditTemplate(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateAuditTemplateInput) input: CreateAuditTemplateInput,
  ) {
    return service.createAuditTemplate(ctx, input);
  }

  @Mutation(() => AuditTemplate, { description: 'Changes a template’s name, description or draft.' })
  updateAuditTemplate(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateAuditTemplateInput) input: UpdateAuditTemplateInput,
  ) {
    return service.updateAuditTemplate(ctx, input);
  }

  @Mutation(() => AuditTemplate, { description: 'Publishes the draft as a new immutable version.' })
  publishAuditTemplate(
    @Ctx() ctx: Context,
    @Arg('input', () => PublishAuditTemplateInput) input: PublishAuditTemplateInput,
  ) {
    return service.publishAuditTemplate(ctx, input);
  }

  @Mutation(() => AuditTemplate, { description: 'Archives a template; its versions stay for past audits.' })
  archiveAuditTemplate(
    @Ctx() ctx: Context,
    @Arg('input', () => ArchiveAuditTemplateInput) input: ArchiveAuditTemplateInput,
  ) {
    return service.archiveAuditTemplate(ctx, input.id);
  }

  @Mutation(() => AuditTemplate, {
    description: 'Replaces the draft with an .xlsx file’s items, all or nothing.',
  })
  importAuditTemplateItems(
    @Ctx() ctx: Context,
    @Arg('input', () => ImportAuditTemplateItemsInput) input: ImportAuditTemplateItemsInput,
  ) {
    return importAuditTemplateItems(ctx, input);
  }

  @Mutation(() => FileRef, { description: 'A template’s draft or a version as .xlsx, to download.' })
  exportAuditTemplate(
    @Ctx() ctx: Context,
    @Arg('input', () => ExportAuditTemplateInput) input: ExportAuditTemplateInput,
  ) {
    return exportAuditTemplate(ctx, input);
  }

  @Mutation(() => [AuditGradeBand], { description: 'Sets the company’s audit grade bands (company admin).' })
  updateAuditGradeBands(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateAuditGradeBandsInput) input: UpdateAuditGradeBandsInput,
  ) {
    return service.updateAuditGradeBands(ctx, input.bands);
  }
}
