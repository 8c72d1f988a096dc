/**
 * Audit templates (检查标准, issue 9 item 1): HQ edits a draft, publishes it as a new immutable
 * version (what audits are conducted and scored against), archives templates no longer used; and
 * the company's grade bands. Also what the rest of the audits module needs of templates.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  AUDIT_DEPARTMENTS,
  type AuditDepartment,
  type AuditTemplateContent,
  auditTemplateContentSchema,
  createAuditTemplateInput,
  DEFAULT_AUDIT_TEMPLATES,
  DEFAULT_GRADE_BANDS,
  defaultTemplateContent,
  type GradeBand,
  gradeBandsSchema,
  subject,
  templateItemCount,
  updateAuditTemplateInput,
} from '@anju/domain';
import DataLoader from 'dataloader';
import { accessibleWhere, assertCan, assertCanCreate } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/connection.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { badInput, conflict, forbidden, mapConstraintError, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import type { AuditTemplateRow, AuditTemplateVersionRow } from './audits.schema.js';
import * as store from './audits.templates.store.js';
import type {
  AuditTemplate,
  AuditTemplateVersion,
  CreateAuditTemplateInput,
  PublishAuditTemplateInput,
  UpdateAuditTemplateInput,
} from './audits.templates.types.js';

const WHAT = '检查模板';
/** The combined template of all six departments that the quarterly assessment uses. */
export const QUARTERLY_TEMPLATE_NAME = '季度品质评估标准';

const uniques = {
  audit_templates_name_key: { path: ['name'], reason: 'TAKEN', message: '模板名称已被使用' },
};

export const toTemplate = (row: AuditTemplateRow): AuditTemplate => ({
  id: row.id,
  companyId: row.companyId,
  name: row.name,
  description: row.description,
  draft: row.draft,
  publishedVersion: row.publishedVersion,
  archived: row.archived,
  version: row.version,
  updatedAt: row.updatedAt,
});

export const toVersion = (row: AuditTemplateVersionRow): AuditTemplateVersion => ({
  id: row.id,
  companyId: row.companyId,
  templateId: row.templateId,
  number: row.number,
  name: row.name,
  content: row.content,
  itemCount: row.itemCount,
  publishedAt: row.publishedAt,
});

const staleVersion = () => conflict('检查模板已被他人修改，请刷新后重试', 'STALE_VERSION');
const archivedProblem = () =>
  badInput([{ path: ['id'], reason: 'ARCHIVED', message: '检查模板已归档，不能修改' }]);

/** The template `id` of the caller's company that they may `action`; else NOT_FOUND / FORBIDDEN. */
export async function loadTemplateFor(
  tx: Tx,
  caller: TenantCaller,
  id: string,
  action: 'read' | 'update' | 'publish' | 'archive',
  lock = false,
): Promise<AuditTemplateRow> {
  const row = await store.findTemplate(tx, caller.companyId, id, lock);
  if (!row) throw notFound(WHAT);
  assertCan(caller.ability, action, 'AuditTemplate', row, WHAT);
  return row;
}

// ---------------------------------------------------------------------------------------------
// Reads

export function listAuditTemplates(
  ctx: Context,
  args: { first?: number | null; after?: string | null; includeArchived?: boolean | null },
): Promise<Page<AuditTemplate>> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!caller.ability.can('read', 'AuditTemplate')) throw forbidden();
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after, 2) as [string, string] | undefined;
    const { rows, total } = await store.listTemplates(
      tx,
      caller.companyId,
      accessibleWhere(caller.ability, 'read', 'AuditTemplate', store.templateColumns),
      { limit, after, includeArchived: args.includeArchived ?? false },
    );
    return toPage(rows.map(toTemplate), limit, (t) => [t.name, t.id], total);
  });
}

export function auditTemplate(ctx: Context, id: string): Promise<AuditTemplate> {
  return tenantRead(ctx, async (tx, caller) => toTemplate(await loadTemplateFor(tx, caller, id, 'read')));
}

export function auditTemplateVersion(ctx: Context, id: string): Promise<AuditTemplateVersion> {
  return tenantRead(ctx, async (tx, caller) => {
    const row = await store.findVersion(tx, caller.companyId, id);
    if (!row) throw notFound('模板版本');
    assertCan(
      caller.ability,
      'read',
      'AuditTemplate',
      { companyId: row.companyId, id: row.templateId },
      '模板版本',
    );
    return toVersion(row);
  });
}

/** Versions of templates by template id, newest first: one statement per request's batch. */
export function versionsByTemplateLoader(ctx: Context) {
  return new DataLoader<string, AuditTemplateVersion[]>(async (ids) => {
    const rows = await tenantRead(ctx, (tx, caller) => store.versionsOf(tx, caller.companyId, ids));
    const byTemplate = new Map<string, AuditTemplateVersion[]>();
    for (const row of rows) {
      const list = byTemplate.get(row.templateId) ?? [];
      list.push(toVersion(row));
      byTemplate.set(row.templateId, list);
    }
    return ids.map((id) => byTemplate.get(id) ?? []);
  });
}

// ---------------------------------------------------------------------------------------------
// Changes

export async function createAuditTemplate(
  ctx: Context,
  input: CreateAuditTemplateInput,
): Promise<AuditTemplate> {
  try {
    return await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      assertCanCreate(caller.ability, 'AuditTemplate', { companyId: caller.companyId });
      const parsed = parseInput(createAuditTemplateInput, input);
      if (parsed.departments?.length && parsed.copyFromTemplateId)
        throw badInput([
          { path: ['copyFromTemplateId'], reason: 'CONFLICT', message: '复制模板与默认部门只能选其一' },
        ]);
      let draft: AuditTemplateContent = { sections: [] };
      if (parsed.copyFromTemplateId) {
        const source = await loadTemplateFor(tx, caller, parsed.copyFromTemplateId, 'read');
        draft = source.draft;
      } else if (parsed.departments?.length) {
        draft = defaultTemplateContent(parsed.departments as AuditDepartment[]);
      }
      const row = await store.insertTemplate(
        tx,
        caller.companyId,
        { name: parsed.name, description: parsed.description ?? null, draft, createdBy: caller.userId },
        ctx.services.clock(),
      );
      await changeLog('auditTemplate.create', 'AuditTemplate', row.id, null, row);
      return toTemplate(row);
    });
  } catch (error) {
    throw mapConstraintError(error, uniques) ?? error;
  }
}

export async function updateAuditTemplate(
  ctx: Context,
  input: UpdateAuditTemplateInput,
): Promise<AuditTemplate> {
  try {
    return await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      const before = await loadTemplateFor(tx, caller, input.id, 'update', true);
      // Permission first: the input is judged only for a caller who may change this template.
      const parsed = parseInput(updateAuditTemplateInput, {
        ...(input.name != null && { name: input.name }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.draft != null && { draft: input.draft }),
      });
      if (before.version !== input.version) throw staleVersion();
      if (before.archived) throw archivedProblem();
      const after = await store.updateTemplate(
        tx,
        caller.companyId,
        before.id,
        input.version,
        {
          ...(parsed.name !== undefined && { name: parsed.name }),
          ...(parsed.description !== undefined && { description: parsed.description ?? null }),
          ...(parsed.draft !== undefined && { draft: parsed.draft }),
        },
        ctx.services.clock(),
      );
      if (!after) throw staleVersion();
      await changeLog('auditTemplate.update', 'AuditTemplate', before.id, before, after);
      return toTemplate(after);
    });
  } catch (error) {
    throw mapConstraintError(error, uniques) ?? error;
  }
}

/**
 * Publishes the draft as version `publishedVersion + 1`: a new row of audit_template_versions that
 * is never changed afterwards (the database refuses updates of it), so audits already planned on
 * an older version keep theirs. A draft equal to the newest version publishes nothing.
 */
export function publishAuditTemplate(ctx: Context, input: PublishAuditTemplateInput): Promise<AuditTemplate> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await loadTemplateFor(tx, caller, input.id, 'publish', true);
    if (before.version !== input.version) throw staleVersion();
    if (before.archived) throw archivedProblem();
    const content = parseInput(auditTemplateContentSchema, before.draft, ['draft']);
    const latest = await store.latestVersion(tx, caller.companyId, before.id);
    if (latest && latest.name === before.name && isDeepStrictEqual(latest.content, content))
      return toTemplate(before);
    const now = ctx.services.clock();
    const version = await store.insertVersion(tx, caller.companyId, {
      templateId: before.id,
      number: before.publishedVersion + 1,
      name: before.name,
      content,
      itemCount: templateItemCount(content),
      publishedBy: caller.userId,
      publishedAt: now,
    });
    const after = await store.updateTemplate(
      tx,
      caller.companyId,
      before.id,
      input.version,
      { publishedVersion: version.number, draft: content },
      now,
    );
    if (!after) throw staleVersion();
    await changeLog('auditTemplate.publish', 'AuditTemplate', before.id, before, {
      ...after,
      publishedVersionId: version.id,
    });
    return toTemplate(after);
  });
}

/** Archives a template: its versions stay for the audits that use them; it is offered no more. */
export function archiveAuditTemplate(ctx: Context, id: string): Promise<AuditTemplate> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await loadTemplateFor(tx, caller, id, 'archive', true);
    if (before.archived) return toTemplate(before);
    const after = await store.updateTemplate(
      tx,
      caller.companyId,
      before.id,
      before.version,
      { archived: true },
      ctx.services.clock(),
    );
    if (!after) throw staleVersion();
    await changeLog('auditTemplate.archive', 'AuditTemplate', before.id, before, after);
    return toTemplate(after);
  });
}

// ---------------------------------------------------------------------------------------------
// Grade bands

/** Who sees grade bands: whoever reads templates or audits (a score is shown with its grade). */
function assertCanReadBands(caller: TenantCaller) {
  if (!caller.ability.can('read', 'AuditTemplate') && !caller.ability.can('read', 'Audit')) throw forbidden();
}

export function auditGradeBands(ctx: Context): Promise<GradeBand[]> {
  return tenantRead(ctx, async (tx, caller) => {
    assertCanReadBands(caller);
    return gradeBandsOf(tx, caller.companyId);
  });
}

/** The company admin sets the company's grade bands (the only column of companies app_rls updates). */
export function updateAuditGradeBands(ctx: Context, bands: unknown): Promise<GradeBand[]> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const company = subject('Company', { id: caller.companyId });
    if (!caller.ability.can('update', company))
      throw caller.ability.can('read', company) ? forbidden() : notFound('公司');
    const parsed = parseInput(gradeBandsSchema, bands, ['bands']);
    const before = await store.lockGradeBands(tx, caller.companyId);
    if (before === undefined) throw notFound('公司');
    await store.setGradeBands(tx, caller.companyId, parsed);
    await changeLog(
      'company.auditGradeBands',
      'Company',
      caller.companyId,
      { bands: before },
      { bands: parsed },
    );
    return parsed;
  });
}

// ---------------------------------------------------------------------------------------------
// For the rest of the audits module (index.ts): no permission checks, callers make their own.

/** A published version of the company's templates, or undefined. */
export function loadTemplateVersion(
  tx: Tx,
  companyId: string,
  versionId: string,
): Promise<AuditTemplateVersionRow | undefined> {
  return store.findVersion(tx, companyId, versionId);
}

/** The newest published version of a template (undefined: none, or no such template). */
export function latestPublishedVersion(
  tx: Tx,
  companyId: string,
  templateId: string,
): Promise<AuditTemplateVersionRow | undefined> {
  return store.latestVersion(tx, companyId, templateId);
}

/** The company's grade bands, best first: its own, or the default 优/良/合格/不合格. */
export async function gradeBandsOf(tx: Tx, companyId: string): Promise<GradeBand[]> {
  const own = await store.gradeBandsColumn(tx, companyId);
  return own?.length ? own : DEFAULT_GRADE_BANDS.map((b) => ({ ...b }));
}

export interface SeededTemplate {
  /** The department of a one-department default; null for the combined quarterly template. */
  department: AuditDepartment | null;
  name: string;
  templateId: string;
  /** Its newest published version (null only when a same-named template was never published). */
  versionId: string | null;
}

/**
 * Publishes the product's default templates in a company: one per department and the combined
 * 季度品质评估标准 of all six. Idempotent by name: a template of that name is left as it is.
 */
export async function seedDefaultTemplates(
  tx: Tx,
  companyId: string,
  userId: string | null,
  now: Date = new Date(),
): Promise<SeededTemplate[]> {
  const wanted: { department: AuditDepartment | null; name: string; content: AuditTemplateContent }[] = [
    ...AUDIT_DEPARTMENTS.map((d) => ({
      department: d,
      name: DEFAULT_AUDIT_TEMPLATES[d].name,
      content: defaultTemplateContent([d]),
    })),
    { department: null, name: QUARTERLY_TEMPLATE_NAME, content: defaultTemplateContent() },
  ];
  const seeded: SeededTemplate[] = [];
  for (const w of wanted) {
    const existing = await store.findTemplateByName(tx, companyId, w.name);
    if (existing) {
      const latest = await store.latestVersion(tx, companyId, existing.id);
      seeded.push({
        department: w.department,
        name: w.name,
        templateId: existing.id,
        versionId: latest?.id ?? null,
      });
      continue;
    }
    const template = await store.insertTemplate(
      tx,
      companyId,
      { name: w.name, description: null, draft: w.content, createdBy: userId },
      now,
    );
    const version = await store.insertVersion(tx, companyId, {
      templateId: template.id,
      number: 1,
      name: w.name,
      content: w.content,
      itemCount: templateItemCount(w.content),
      publishedBy: userId,
      publishedAt: now,
    });
    await store.updateTemplate(tx, companyId, template.id, template.version, { publishedVersion: 1 }, now);
    seeded.push({ department: w.department, name: w.name, templateId: template.id, versionId: version.id });
  }
  return seeded;
}
