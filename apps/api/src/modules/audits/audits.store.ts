/**
 * SQL of planning and conducting audits. Every function takes the company first and refuses an
 * empty one; lists take the caller's access filter (`accessibleWhere`) so that what a role may not
 * read (a planned spot check, for an estate) is never fetched nor counted.
 */
import type { AuditStatus, AuditTemplateContent, GradeBand } from '@anju/domain';
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { LRUCache } from 'lru-cache';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { files } from '../../files/index.js';
import {
  type AuditAnswerRow,
  type AuditCampaignRow,
  type AuditRow,
  type AuditScheduleRow,
  type AuditTemplateVersionRow,
  auditAnswers,
  auditAuditors,
  auditCampaigns,
  auditFindings,
  auditSchedules,
  audits,
  auditTemplates,
  auditTemplateVersions,
} from './audits.schema.js';
import { findTemplate, findVersion, gradeBandsColumn } from './audits.templates.store.js';

/** The fields the CASL rules of Audit name, for `accessibleWhere`. */
export const auditColumns = {
  companyId: audits.companyId,
  id: audits.id,
  estateId: audits.estateId,
  kind: audits.kind,
  status: audits.status,
};

/**
 * A schedule read as the audits it plans: rules on Audit name a status, and a schedule's audits
 * are created PLANNED, so the status is that constant. A role that may not read a planned audit of
 * the estate and kind (staff) does not see the schedule either.
 */
export const scheduleColumns = {
  companyId: auditSchedules.companyId,
  id: auditSchedules.id,
  estateId: auditSchedules.estateId,
  kind: auditSchedules.kind,
  status: sql`'PLANNED'` as unknown as AnyPgColumn,
};

// ---------- template versions and grade bands (the templates store's, under the names used here)

export { findVersion as findTemplateVersion } from './audits.templates.store.js';

/**
 * Published template versions by company and id. A version never changes once published (the
 * database refuses updates and deletes of audit_template_versions), so a version read once through
 * the caller's tenant transaction (RLS applies to that first read) is kept: saving an answer then
 * neither fetches nor parses the template's JSON again.
 */
const versionCache = new LRUCache<string, AuditTemplateVersionRow>({ max: 500 });

export async function findTemplateVersionCached(
  tx: Tx,
  companyId: string,
  id: string,
): Promise<AuditTemplateVersionRow | undefined> {
  const key = `${companyId}:${id}`;
  const known = versionCache.get(key);
  if (known) return known;
  const row = await findVersion(tx, companyId, id);
  if (row) versionCache.set(key, row);
  return row;
}

/**
 * Versions by id as `findTemplateVersionCached` keeps them: those read before come from memory,
 * the others through `fetch` (the caller's tenant transaction), then kept.
 */
export async function templateVersionsCached(
  companyId: string,
  ids: readonly string[],
  fetch: (missing: string[]) => Promise<AuditTemplateVersionRow[]>,
): Promise<Map<string, AuditTemplateVersionRow>> {
  const found = new Map<string, AuditTemplateVersionRow>();
  const missing: string[] = [];
  for (const id of ids) {
    const known = versionCache.get(`${companyId}:${id}`);
    if (known) found.set(id, known);
    else missing.push(id);
  }
  if (missing.length === 0) return found;
  for (const row of await fetch(missing)) {
    versionCache.set(`${companyId}:${row.id}`, row);
    found.set(row.id, row);
  }
  return found;
}

export async function findTemplateVersions(
  tx: Tx,
  companyId: string,
  ids: readonly string[],
): Promise<AuditTemplateVersionRow[]> {
  assertCompanyId(companyId);
  const wanted = [...new Set(ids)].filter(isUuid);
  if (wanted.length === 0) return [];
  return tx
    .select()
    .from(auditTemplateVersions)
    .where(and(eq(auditTemplateVersions.companyId, companyId), inArray(auditTemplateVersions.id, wanted)));
}

/** The newest published version of a template that is not archived; undefined when none. */
export async function latestVersionOf(
  tx: Tx,
  companyId: string,
  templateId: string,
): Promise<AuditTemplateVersionRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(templateId)) return undefined;
  const [row] = await tx
    .select({ version: auditTemplateVersions })
    .from(auditTemplateVersions)
    .innerJoin(
      auditTemplates,
      and(
        eq(auditTemplates.companyId, auditTemplateVersions.companyId),
        eq(auditTemplates.id, auditTemplateVersions.templateId),
      ),
    )
    .where(
      and(
        eq(auditTemplateVersions.companyId, companyId),
        eq(auditTemplateVersions.templateId, templateId),
        eq(auditTemplates.archived, false),
      ),
    )
    .orderBy(desc(auditTemplateVersions.number))
    .limit(1);
  return row?.version;
}

export async function templateExists(tx: Tx, companyId: string, templateId: string): Promise<boolean> {
  return (await findTemplate(tx, companyId, templateId)) !== undefined;
}

/** The company's grade bands; null when it keeps the defaults. */
export async function gradeBandsOf(tx: Tx, companyId: string): Promise<GradeBand[] | null> {
  return (await gradeBandsColumn(tx, companyId)) ?? null;
}

// ---------- audits

export async function findAudit(
  tx: Tx,
  companyId: string,
  id: string,
  lock?: 'update' | 'share',
): Promise<AuditRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const query = tx
    .select()
    .from(audits)
    .where(and(eq(audits.companyId, companyId), eq(audits.id, id)));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

export async function findAudits(tx: Tx, companyId: string, ids: readonly string[]): Promise<AuditRow[]> {
  assertCompanyId(companyId);
  const wanted = [...new Set(ids)].filter(isUuid);
  if (wanted.length === 0) return [];
  return tx
    .select()
    .from(audits)
    .where(and(eq(audits.companyId, companyId), inArray(audits.id, wanted)));
}

export interface AuditListFilter {
  estateId?: string | null;
  kind?: string | null;
  status?: readonly string[] | null;
  campaignId?: string | null;
  /** Only audits this user conducts. */
  auditorUserId?: string | null;
  overdue?: boolean | null;
  from?: Date | null;
  to?: Date | null;
}

function auditFilterSql(companyId: string, access: SQL, f: AuditListFilter): SQL {
  const parts: (SQL | undefined)[] = [eq(audits.companyId, companyId), access];
  if (f.estateId) parts.push(isUuid(f.estateId) ? eq(audits.estateId, f.estateId) : sql`false`);
  if (f.kind) parts.push(eq(audits.kind, f.kind as AuditRow['kind']));
  if (f.status?.length) parts.push(inArray(audits.status, [...f.status] as AuditStatus[]));
  if (f.campaignId) parts.push(isUuid(f.campaignId) ? eq(audits.campaignId, f.campaignId) : sql`false`);
  if (f.overdue === true) parts.push(isNotNull(audits.overdueAt));
  if (f.overdue === false) parts.push(isNull(audits.overdueAt));
  if (f.from) parts.push(gte(audits.plannedAt, f.from));
  if (f.to) parts.push(lt(audits.plannedAt, f.to));
  if (f.auditorUserId)
    parts.push(
      isUuid(f.auditorUserId)
        ? sql`exists (select 1 from ${auditAuditors} where ${auditAuditors.companyId} = ${audits.companyId} and ${auditAuditors.auditId} = ${audits.id} and ${auditAuditors.userId} = ${f.auditorUserId})`
        : sql`false`,
    );
  return and(...parts) as SQL;
}

/**
 * A page of the audits `access` lets the caller read, by planned time (newest first, or soonest
 * first with `ascending`), keyset on (planned_at, id), and how many match in all pages.
 */
export async function listAudits(
  tx: Tx,
  companyId: string,
  access: SQL,
  filter: AuditListFilter,
  page: { limit: number; after?: [string, string] | undefined; ascending?: boolean },
): Promise<{ rows: AuditRow[]; total: number }> {
  assertCompanyId(companyId);
  const where = auditFilterSql(companyId, access, filter);
  const after = page.after;
  const at = after ? new Date(after[0]) : undefined;
  const keyset =
    after && at
      ? page.ascending
        ? or(gt(audits.plannedAt, at), and(eq(audits.plannedAt, at), gt(audits.id, after[1])))
        : or(lt(audits.plannedAt, at), and(eq(audits.plannedAt, at), lt(audits.id, after[1])))
      : undefined;
  const rows = await tx
    .select()
    .from(audits)
    .where(and(where, keyset))
    .orderBy(
      ...(page.ascending
        ? [asc(audits.plannedAt), asc(audits.id)]
        : [desc(audits.plannedAt), desc(audits.id)]),
    )
    .limit(page.limit + 1);
  const [total] = await tx.select({ n: count() }).from(audits).where(where);
  return { rows, total: total?.n ?? 0 };
}

export type NewAudit = Omit<
  typeof audits.$inferInsert,
  'companyId' | 'id' | 'createdAt' | 'updatedAt' | 'version' | 'status'
>;

/** Inserts audits; those of a schedule and date that exist already are skipped (rerun-safe). */
export async function insertAudits(
  tx: Tx,
  companyId: string,
  rows: readonly NewAudit[],
): Promise<AuditRow[]> {
  assertCompanyId(companyId);
  if (rows.length === 0) return [];
  return tx
    .insert(audits)
    .values(rows.map((r) => ({ ...r, companyId })))
    .onConflictDoNothing()
    .returning();
}

export async function insertAuditors(
  tx: Tx,
  companyId: string,
  pairs: readonly { auditId: string; userId: string }[],
): Promise<void> {
  assertCompanyId(companyId);
  if (pairs.length === 0) return;
  await tx
    .insert(auditAuditors)
    .values(pairs.map((p) => ({ ...p, companyId })))
    .onConflictDoNothing();
}

/** The auditors of each audit, by audit id. */
export async function auditorsOf(
  tx: Tx,
  companyId: string,
  auditIds: readonly string[],
): Promise<Map<string, string[]>> {
  assertCompanyId(companyId);
  const wanted = [...new Set(auditIds)].filter(isUuid);
  const out = new Map<string, string[]>(wanted.map((id) => [id, []]));
  if (wanted.length === 0) return out;
  const rows = await tx
    .select({ auditId: auditAuditors.auditId, userId: auditAuditors.userId })
    .from(auditAuditors)
    .where(and(eq(auditAuditors.companyId, companyId), inArray(auditAuditors.auditId, wanted)));
  for (const r of rows) out.get(r.auditId)?.push(r.userId);
  return out;
}

export async function updateAudit(
  tx: Tx,
  companyId: string,
  id: string,
  set: Partial<Omit<typeof audits.$inferInsert, 'companyId' | 'id'>>,
  onlyIf?: SQL,
): Promise<AuditRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(audits)
    .set({ ...set, version: sql`${audits.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(audits.companyId, companyId), eq(audits.id, id), onlyIf))
    .returning();
  return row;
}

/** Audits still PLANNED whose planned time has come (the start job's safety net). */
export async function duePlannedAudits(tx: Tx, companyId: string, now: Date): Promise<AuditRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(audits)
    .where(and(eq(audits.companyId, companyId), eq(audits.status, 'PLANNED'), lte(audits.plannedAt, now)))
    .limit(500);
}

/** Audits not submitted whose due time passed and that are not flagged yet. */
export async function dueUnflaggedAudits(tx: Tx, companyId: string, now: Date): Promise<AuditRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(audits)
    .where(
      and(
        eq(audits.companyId, companyId),
        inArray(audits.status, ['PLANNED', 'IN_PROGRESS']),
        isNull(audits.overdueAt),
        lte(audits.dueAt, now),
      ),
    )
    .limit(500);
}

/** Withdrawn findings' item keys and the number of standing findings, per audit. */
export async function findingsSummary(
  tx: Tx,
  companyId: string,
  auditIds: readonly string[],
): Promise<Map<string, { count: number; withdrawn: string[] }>> {
  assertCompanyId(companyId);
  const wanted = [...new Set(auditIds)].filter(isUuid);
  const out = new Map(wanted.map((id) => [id, { count: 0, withdrawn: [] as string[] }]));
  if (wanted.length === 0) return out;
  const rows = await tx
    .select({
      auditId: auditFindings.auditId,
      itemKey: auditFindings.itemKey,
      withdrawn: auditFindings.withdrawn,
    })
    .from(auditFindings)
    .where(and(eq(auditFindings.companyId, companyId), inArray(auditFindings.auditId, wanted)));
  for (const r of rows) {
    const entry = out.get(r.auditId)!;
    if (r.withdrawn) entry.withdrawn.push(r.itemKey);
    else entry.count += 1;
  }
  return out;
}

// ---------- answers

export async function answersOf(
  tx: Tx,
  companyId: string,
  auditIds: readonly string[],
): Promise<AuditAnswerRow[]> {
  assertCompanyId(companyId);
  const wanted = [...new Set(auditIds)].filter(isUuid);
  if (wanted.length === 0) return [];
  return tx
    .select()
    .from(auditAnswers)
    .where(and(eq(auditAnswers.companyId, companyId), inArray(auditAnswers.auditId, wanted)))
    .orderBy(asc(auditAnswers.auditId), asc(auditAnswers.itemKey));
}

export async function findAnswer(
  tx: Tx,
  companyId: string,
  auditId: string,
  itemKey: string,
): Promise<AuditAnswerRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select()
    .from(auditAnswers)
    .where(
      and(
        eq(auditAnswers.companyId, companyId),
        eq(auditAnswers.auditId, auditId),
        eq(auditAnswers.itemKey, itemKey),
      ),
    );
  return row;
}

/** Name, type and size of files, by id (photos of answers; the audit itself was checked). */
export async function fileRefs(
  tx: Tx,
  companyId: string,
  ids: readonly string[],
): Promise<Map<string, { id: string; name: string; contentType: string; size: number }>> {
  assertCompanyId(companyId);
  const wanted = [...new Set(ids)].filter(isUuid);
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: files.id, name: files.name, contentType: files.contentType, size: files.size })
    .from(files)
    .where(and(eq(files.companyId, companyId), inArray(files.id, wanted)));
  return new Map(rows.map((r) => [r.id, r]));
}

// ---------- campaigns

export async function insertCampaign(
  tx: Tx,
  companyId: string,
  values: Omit<typeof auditCampaigns.$inferInsert, 'companyId' | 'id' | 'createdAt' | 'updatedAt'>,
): Promise<AuditCampaignRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .insert(auditCampaigns)
    .values({ ...values, companyId })
    .returning();
  return row!;
}

/** Campaigns with at least one audit `access` lets the caller read (so a secret one stays secret). */
const visibleCampaign = (access: SQL) =>
  sql`exists (select 1 from ${audits} where ${audits.companyId} = ${auditCampaigns.companyId} and ${audits.campaignId} = ${auditCampaigns.id} and ${access})`;

export async function findCampaign(
  tx: Tx,
  companyId: string,
  id: string,
  access: SQL,
): Promise<AuditCampaignRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const [row] = await tx
    .select()
    .from(auditCampaigns)
    .where(and(eq(auditCampaigns.companyId, companyId), eq(auditCampaigns.id, id), visibleCampaign(access)));
  return row;
}

export async function listCampaigns(
  tx: Tx,
  companyId: string,
  access: SQL,
  page: { limit: number; after?: [string, string] | undefined },
): Promise<{ rows: AuditCampaignRow[]; total: number }> {
  assertCompanyId(companyId);
  const where = and(eq(auditCampaigns.companyId, companyId), visibleCampaign(access));
  const after = page.after;
  const rows = await tx
    .select()
    .from(auditCampaigns)
    .where(
      and(
        where,
        after
          ? or(
              lt(auditCampaigns.startsOn, after[0]),
              and(eq(auditCampaigns.startsOn, after[0]), lt(auditCampaigns.id, after[1])),
            )
          : undefined,
      ),
    )
    .orderBy(desc(auditCampaigns.startsOn), desc(auditCampaigns.id))
    .limit(page.limit + 1);
  const [total] = await tx.select({ n: count() }).from(auditCampaigns).where(where);
  return { rows, total: total?.n ?? 0 };
}

export interface CampaignCounts {
  total: number;
  planned: number;
  inProgress: number;
  submitted: number;
  closed: number;
  cancelled: number;
  overdue: number;
}

/** Counts by status of the campaigns' audits the caller may read, in one statement. */
export async function campaignCounts(
  tx: Tx,
  companyId: string,
  campaignIds: readonly string[],
  access: SQL,
): Promise<Map<string, CampaignCounts>> {
  assertCompanyId(companyId);
  const wanted = [...new Set(campaignIds)].filter(isUuid);
  const out = new Map<string, CampaignCounts>(
    wanted.map((id) => [
      id,
      { total: 0, planned: 0, inProgress: 0, submitted: 0, closed: 0, cancelled: 0, overdue: 0 },
    ]),
  );
  if (wanted.length === 0) return out;
  const rows = await tx
    .select({
      campaignId: audits.campaignId,
      status: audits.status,
      n: count(),
      overdue: sql<number>`count(${audits.overdueAt})::int`,
    })
    .from(audits)
    .where(and(eq(audits.companyId, companyId), inArray(audits.campaignId, wanted), access))
    .groupBy(audits.campaignId, audits.status);
  const key: Record<AuditStatus, keyof CampaignCounts> = {
    PLANNED: 'planned',
    IN_PROGRESS: 'inProgress',
    SUBMITTED: 'submitted',
    CLOSED: 'closed',
    CANCELLED: 'cancelled',
  };
  for (const r of rows) {
    const c = out.get(r.campaignId!)!;
    c[key[r.status]] += r.n;
    c.total += r.n;
    c.overdue += Number(r.overdue);
  }
  return out;
}

// ---------- schedules

export async function insertSchedule(
  tx: Tx,
  companyId: string,
  values: Omit<typeof auditSchedules.$inferInsert, 'companyId' | 'id' | 'createdAt' | 'updatedAt'>,
): Promise<AuditScheduleRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .insert(auditSchedules)
    .values({ ...values, companyId })
    .returning();
  return row!;
}

export async function findSchedule(
  tx: Tx,
  companyId: string,
  id: string,
  lock = false,
): Promise<AuditScheduleRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const query = tx
    .select()
    .from(auditSchedules)
    .where(and(eq(auditSchedules.companyId, companyId), eq(auditSchedules.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function listSchedules(
  tx: Tx,
  companyId: string,
  access: SQL,
  estateId: string | null | undefined,
): Promise<AuditScheduleRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(auditSchedules)
    .where(
      and(
        eq(auditSchedules.companyId, companyId),
        access,
        estateId ? (isUuid(estateId) ? eq(auditSchedules.estateId, estateId) : sql`false`) : undefined,
      ),
    )
    .orderBy(desc(auditSchedules.active), asc(auditSchedules.startsOn), asc(auditSchedules.id))
    .limit(200);
}

/** Active schedules of the company whose audits are not yet created up to `through`. */
export async function schedulesToGenerate(
  tx: Tx,
  companyId: string,
  through: string,
): Promise<AuditScheduleRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(auditSchedules)
    .where(
      and(
        eq(auditSchedules.companyId, companyId),
        eq(auditSchedules.active, true),
        or(isNull(auditSchedules.generatedThrough), lt(auditSchedules.generatedThrough, through)),
      ),
    )
    .for('update');
}

export async function updateSchedule(
  tx: Tx,
  companyId: string,
  id: string,
  set: Partial<Pick<AuditScheduleRow, 'active' | 'generatedThrough'>>,
): Promise<AuditScheduleRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(auditSchedules)
    .set({ ...set, updatedAt: sql`now()` })
    .where(and(eq(auditSchedules.companyId, companyId), eq(auditSchedules.id, id)))
    .returning();
  return row!;
}

/** A schedule's audits not yet started and planned after `after` (cancelled when it stops). */
export async function futurePlannedOfSchedule(
  tx: Tx,
  companyId: string,
  scheduleId: string,
  after: Date,
): Promise<AuditRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(audits)
    .where(
      and(
        eq(audits.companyId, companyId),
        eq(audits.scheduleId, scheduleId),
        eq(audits.status, 'PLANNED'),
        // Typed comparison: a Date inside raw sql`` reaches postgres.js unserialised.
        gt(audits.plannedAt, after),
      ),
    );
}

export type { AuditTemplateContent };
