/** SQL of audit templates and their published versions; every function is company-scoped. */
import type { AuditTemplateContent, GradeBand } from '@anju/domain';
import { and, asc, count, desc, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { companies } from '../companies/index.js';
import {
  type AuditTemplateRow,
  type AuditTemplateVersionRow,
  auditTemplates,
  auditTemplateVersions,
} from './audits.schema.js';

/** The fields the CASL rules of AuditTemplate name, for `accessibleWhere`. */
export const templateColumns = { companyId: auditTemplates.companyId, id: auditTemplates.id };

export async function findTemplate(
  tx: Tx,
  companyId: string,
  id: string,
  lock = false,
): Promise<AuditTemplateRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const query = tx
    .select()
    .from(auditTemplates)
    .where(and(eq(auditTemplates.companyId, companyId), eq(auditTemplates.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findTemplateByName(
  tx: Tx,
  companyId: string,
  name: string,
): Promise<AuditTemplateRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select()
    .from(auditTemplates)
    .where(and(eq(auditTemplates.companyId, companyId), eq(auditTemplates.name, name)));
  return row;
}

/** A page of templates `access` lets the caller read, by name (keyset on name and id). */
export async function listTemplates(
  tx: Tx,
  companyId: string,
  access: SQL,
  options: { limit: number; after?: [string, string] | undefined; includeArchived: boolean },
): Promise<{ rows: AuditTemplateRow[]; total: number }> {
  assertCompanyId(companyId);
  const filter = and(
    eq(auditTemplates.companyId, companyId),
    access,
    options.includeArchived ? undefined : eq(auditTemplates.archived, false),
  );
  const after = options.after;
  const rows = await tx
    .select()
    .from(auditTemplates)
    .where(
      and(
        filter,
        after
          ? or(
              gt(auditTemplates.name, after[0]),
              and(eq(auditTemplates.name, after[0]), gt(auditTemplates.id, after[1])),
            )
          : undefined,
      ),
    )
    .orderBy(asc(auditTemplates.name), asc(auditTemplates.id))
    .limit(options.limit + 1);
  const [total] = await tx.select({ n: count() }).from(auditTemplates).where(filter);
  return { rows, total: total?.n ?? 0 };
}

export async function insertTemplate(
  tx: Tx,
  companyId: string,
  values: { name: string; description: string | null; draft: AuditTemplateContent; createdBy: string | null },
  now: Date,
): Promise<AuditTemplateRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .insert(auditTemplates)
    .values({ ...values, companyId, createdAt: now, updatedAt: now })
    .returning();
  return row!;
}

/** Optimistic: only changes the version the caller read; `undefined` means someone else won. */
export async function updateTemplate(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
  values: Partial<Pick<AuditTemplateRow, 'name' | 'description' | 'draft' | 'publishedVersion' | 'archived'>>,
  now: Date,
): Promise<AuditTemplateRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(auditTemplates)
    .set({ ...values, version: sql`${auditTemplates.version} + 1`, updatedAt: now })
    .where(
      and(
        eq(auditTemplates.companyId, companyId),
        eq(auditTemplates.id, id),
        eq(auditTemplates.version, version),
      ),
    )
    .returning();
  return row;
}

export async function insertVersion(
  tx: Tx,
  companyId: string,
  values: {
    templateId: string;
    number: number;
    name: string;
    content: AuditTemplateContent;
    itemCount: number;
    publishedBy: string | null;
    publishedAt: Date;
  },
): Promise<AuditTemplateVersionRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .insert(auditTemplateVersions)
    .values({ ...values, companyId })
    .returning();
  return row!;
}

export async function findVersion(
  tx: Tx,
  companyId: string,
  id: string,
): Promise<AuditTemplateVersionRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const [row] = await tx
    .select()
    .from(auditTemplateVersions)
    .where(and(eq(auditTemplateVersions.companyId, companyId), eq(auditTemplateVersions.id, id)));
  return row;
}

export async function findVersionByNumber(
  tx: Tx,
  companyId: string,
  templateId: string,
  number: number,
): Promise<AuditTemplateVersionRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select()
    .from(auditTemplateVersions)
    .where(
      and(
        eq(auditTemplateVersions.companyId, companyId),
        eq(auditTemplateVersions.templateId, templateId),
        eq(auditTemplateVersions.number, number),
      ),
    );
  return row;
}

/** The newest published version of a template. */
export async function latestVersion(
  tx: Tx,
  companyId: string,
  templateId: string,
): Promise<AuditTemplateVersionRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(templateId)) return undefined;
  const [row] = await tx
    .select()
    .from(auditTemplateVersions)
    .where(
      and(eq(auditTemplateVersions.companyId, companyId), eq(auditTemplateVersions.templateId, templateId)),
    )
    .orderBy(desc(auditTemplateVersions.number))
    .limit(1);
  return row;
}

/** Every version of the given templates, newest first within each (one statement for a page). */
export async function versionsOf(
  tx: Tx,
  companyId: string,
  templateIds: readonly string[],
): Promise<AuditTemplateVersionRow[]> {
  assertCompanyId(companyId);
  const ids = templateIds.filter(isUuid);
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(auditTemplateVersions)
    .where(
      and(eq(auditTemplateVersions.companyId, companyId), inArray(auditTemplateVersions.templateId, ids)),
    )
    .orderBy(asc(auditTemplateVersions.templateId), desc(auditTemplateVersions.number));
}

/** The company's own grade bands (null: it uses the defaults). */
export async function gradeBandsColumn(tx: Tx, companyId: string): Promise<GradeBand[] | null | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select({ bands: companies.auditGradeBands })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row ? row.bands : undefined;
}

/** The company row locked for the change of its bands; the only column app_rls may update. */
export async function lockGradeBands(tx: Tx, companyId: string): Promise<GradeBand[] | null | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select({ bands: companies.auditGradeBands })
    .from(companies)
    .where(eq(companies.id, companyId))
    .for('update');
  return row ? row.bands : undefined;
}

export async function setGradeBands(tx: Tx, companyId: string, bands: GradeBand[]): Promise<void> {
  assertCompanyId(companyId);
  await tx.update(companies).set({ auditGradeBands: bands }).where(eq(companies.id, companyId));
}
