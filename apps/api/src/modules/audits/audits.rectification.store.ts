/**
 * SQL of findings, rectifications and appeals (Part C), always company-scoped. A finding is read
 * with its audit, rectification, appeal and the names they mention in one statement.
 */
import type { AuditAnswer, AuditTemplateContent, GradeBand, RectificationStatus } from '@anju/domain';
import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { files } from '../../files/index.js';
import { companies } from '../companies/index.js';
import { estates } from '../estates/index.js';
import { membershipEstates, memberships, users } from '../users/index.js';
import {
  type AuditAppealRow,
  type AuditFindingRow,
  auditAnswers,
  auditAppeals,
  auditAuditors,
  auditFindings,
  audits,
  auditTemplateVersions,
  type RectificationRow,
  rectifications,
} from './audits.schema.js';

/** The fields the CASL rules of Rectification name, for `accessibleWhere`. */
export const rectificationColumns = {
  companyId: rectifications.companyId,
  estateId: rectifications.estateId,
  auditKind: rectifications.auditKind,
  assigneeUserId: rectifications.assigneeUserId,
};

/** The fields the CASL rules of Finding name. */
export const findingColumns = {
  companyId: auditFindings.companyId,
  estateId: auditFindings.estateId,
};

/** Statuses in which the estate still owes work (and so can fall overdue). */
export const OPEN_STATUSES: RectificationStatus[] = ['OPEN', 'IN_PROGRESS', 'REOPENED'];

/** Open, not cancelled, and past due (flagged by the job, or due by `now` already). */
export const overdueSql = (now: Date) =>
  and(
    inArray(rectifications.status, OPEN_STATUSES),
    eq(rectifications.cancelled, false),
    or(isNotNull(rectifications.overdueAt), lte(rectifications.dueAt, now)),
  ) as SQL;

const assignee = alias(users, 'assignee');
const appellant = alias(users, 'appellant');
const decider = alias(users, 'decider');

export interface FullRow {
  finding: AuditFindingRow;
  rectification: RectificationRow | null;
  appeal: AuditAppealRow | null;
  audit: {
    id: string;
    title: string;
    kind: AuditFindingRow['auditKind'];
    status: string;
    plannedAt: Date;
    submittedAt: Date | null;
    campaignId: string | null;
    scorePercent: number | null;
  };
  assigneeName: string | null;
  appellantName: string | null;
  deciderName: string | null;
}

function fullSelect(tx: Tx) {
  return tx
    .select({
      finding: auditFindings,
      rectification: rectifications,
      appeal: auditAppeals,
      audit: {
        id: audits.id,
        title: audits.title,
        kind: audits.kind,
        status: audits.status,
        plannedAt: audits.plannedAt,
        submittedAt: audits.submittedAt,
        campaignId: audits.campaignId,
        scorePercent: audits.scorePercent,
      },
      assigneeName: assignee.name,
      appellantName: appellant.name,
      deciderName: decider.name,
    })
    .from(auditFindings)
    .innerJoin(
      audits,
      and(eq(audits.companyId, auditFindings.companyId), eq(audits.id, auditFindings.auditId)),
    )
    .leftJoin(
      rectifications,
      and(
        eq(rectifications.companyId, auditFindings.companyId),
        eq(rectifications.findingId, auditFindings.id),
      ),
    )
    .leftJoin(
      auditAppeals,
      and(eq(auditAppeals.companyId, auditFindings.companyId), eq(auditAppeals.findingId, auditFindings.id)),
    )
    .leftJoin(assignee, eq(assignee.id, rectifications.assigneeUserId))
    .leftJoin(appellant, eq(appellant.id, auditAppeals.appealedBy))
    .leftJoin(decider, eq(decider.id, auditAppeals.decidedBy));
}

export interface RectificationListFilter {
  estateId?: string | null;
  status?: string | null;
  overdue?: boolean | null;
  assigneeUserId?: string | null;
  /** Only SUBMITTED ones within this `verify` rule. */
  verifiable?: SQL | null;
  auditId?: string | null;
  campaignId?: string | null;
}

function rectificationWhere(companyId: string, access: SQL, f: RectificationListFilter, now: Date): SQL {
  const parts: (SQL | undefined)[] = [eq(rectifications.companyId, companyId), access];
  if (f.estateId) parts.push(eq(rectifications.estateId, f.estateId));
  if (f.status === 'CANCELLED') parts.push(eq(rectifications.cancelled, true));
  else if (f.status)
    parts.push(
      and(eq(rectifications.status, f.status as RectificationStatus), eq(rectifications.cancelled, false)),
    );
  if (f.overdue === true) parts.push(overdueSql(now));
  if (f.overdue === false) parts.push(sql`not (${overdueSql(now)})`);
  if (f.assigneeUserId) parts.push(eq(rectifications.assigneeUserId, f.assigneeUserId));
  if (f.verifiable)
    parts.push(
      and(eq(rectifications.status, 'SUBMITTED'), eq(rectifications.cancelled, false), f.verifiable),
    );
  if (f.auditId) parts.push(eq(rectifications.auditId, f.auditId));
  if (f.campaignId) parts.push(eq(audits.campaignId, f.campaignId));
  return and(...parts) as SQL;
}

/**
 * A page of the rectifications `access` lets the caller read, soonest due first (keyset on due
 * date and id), with their findings, and how many match in all pages: two statements.
 */
export async function listRectifications(
  tx: Tx,
  companyId: string,
  access: SQL,
  filter: RectificationListFilter,
  options: { limit: number; after?: [string, string] | undefined; now: Date },
): Promise<{ rows: FullRow[]; total: number }> {
  assertCompanyId(companyId);
  const where = rectificationWhere(companyId, access, filter, options.now);
  const page = options.after
    ? and(
        where,
        sql`(${rectifications.dueAt}, ${rectifications.id}) > (${new Date(options.after[0]).toISOString()}::timestamptz, ${options.after[1]}::uuid)`,
      )
    : where;
  const rows = await fullSelect(tx)
    .where(and(isNotNull(rectifications.id), page))
    .orderBy(asc(rectifications.dueAt), asc(rectifications.id))
    .limit(options.limit + 1);
  const [total] = await tx
    .select({ n: count() })
    .from(rectifications)
    .innerJoin(
      audits,
      and(eq(audits.companyId, rectifications.companyId), eq(audits.id, rectifications.auditId)),
    )
    .where(where);
  return { rows: rows as FullRow[], total: total?.n ?? 0 };
}

export interface FindingListFilter {
  auditId?: string | null;
  estateId?: string | null;
  department?: string | null;
}

/** A page of findings `access` lets the caller read, newest first, and the total: two statements. */
export async function listFindings(
  tx: Tx,
  companyId: string,
  access: SQL,
  filter: FindingListFilter,
  options: { limit: number; after?: [string, string] | undefined },
): Promise<{ rows: FullRow[]; total: number }> {
  assertCompanyId(companyId);
  const parts: (SQL | undefined)[] = [eq(auditFindings.companyId, companyId), access];
  if (filter.auditId) parts.push(eq(auditFindings.auditId, filter.auditId));
  if (filter.estateId) parts.push(eq(auditFindings.estateId, filter.estateId));
  if (filter.department) parts.push(eq(auditFindings.department, filter.department as never));
  const where = and(...parts) as SQL;
  const page = options.after
    ? and(
        where,
        sql`(${auditFindings.raisedAt}, ${auditFindings.id}) < (${new Date(options.after[0]).toISOString()}::timestamptz, ${options.after[1]}::uuid)`,
      )
    : where;
  const rows = await fullSelect(tx)
    .where(page)
    .orderBy(desc(auditFindings.raisedAt), desc(auditFindings.id))
    .limit(options.limit + 1);
  const [total] = await tx.select({ n: count() }).from(auditFindings).where(where);
  return { rows: rows as FullRow[], total: total?.n ?? 0 };
}

/** One finding (with everything) by the finding's or the rectification's id. */
export async function findFull(
  tx: Tx,
  companyId: string,
  by: { findingId: string } | { rectificationId: string },
): Promise<FullRow | undefined> {
  assertCompanyId(companyId);
  const id = 'findingId' in by ? by.findingId : by.rectificationId;
  if (!isUuid(id)) return undefined;
  const [row] = await fullSelect(tx).where(
    and(
      eq(auditFindings.companyId, companyId),
      'findingId' in by ? eq(auditFindings.id, id) : eq(rectifications.id, id),
    ),
  );
  return row as FullRow | undefined;
}

/** The rectification row (for permission checks that need no lock). */
export async function findRectification(
  tx: Tx,
  companyId: string,
  id: string,
): Promise<RectificationRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const [row] = await tx
    .select()
    .from(rectifications)
    .where(and(eq(rectifications.companyId, companyId), eq(rectifications.id, id)));
  return row;
}

/** The rectification row, locked for the rest of the transaction. */
export async function lockRectification(
  tx: Tx,
  companyId: string,
  id: string,
): Promise<RectificationRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const [row] = await tx
    .select()
    .from(rectifications)
    .where(and(eq(rectifications.companyId, companyId), eq(rectifications.id, id)))
    .for('update');
  return row;
}

export type RectificationPatch = Partial<
  Pick<
    typeof rectifications.$inferInsert,
    | 'status'
    | 'assigneeUserId'
    | 'assignedBy'
    | 'assignedAt'
    | 'rootCause'
    | 'correctiveAction'
    | 'preventiveAction'
    | 'evidenceNote'
    | 'beforePhotoFileIds'
    | 'afterPhotoFileIds'
    | 'submittedBy'
    | 'submittedAt'
    | 'verifiedBy'
    | 'verifiedAt'
    | 'reopenReason'
    | 'reopenCount'
    | 'cancelled'
  >
>;

/** Writes a change and moves the version on (the caller checked the version under the lock). */
export async function updateRectification(
  tx: Tx,
  companyId: string,
  id: string,
  patch: RectificationPatch,
  now: Date,
): Promise<RectificationRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(rectifications)
    .set({ ...patch, version: sql`${rectifications.version} + 1`, updatedAt: now })
    .where(and(eq(rectifications.companyId, companyId), eq(rectifications.id, id)))
    .returning();
  return row!;
}

/** Stored files by id (photos), in one statement. */
export async function filesByIds(
  tx: Tx,
  companyId: string,
  ids: readonly string[],
): Promise<Map<string, { id: string; name: string; contentType: string; size: number }>> {
  assertCompanyId(companyId);
  const wanted = [...new Set(ids)].filter(isUuid);
  if (!wanted.length) return new Map();
  const rows = await tx
    .select({ id: files.id, name: files.name, contentType: files.contentType, size: files.size })
    .from(files)
    .where(and(eq(files.companyId, companyId), inArray(files.id, wanted)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Members who may take an estate's rectifications: active staff and managers whose scope covers it. */
function assignableWhere(companyId: string, estateId: string) {
  const estateRegion = sql`select e.region_id from ${estates} e where e.company_id = ${companyId} and e.id = ${estateId}`;
  return and(
    eq(memberships.companyId, companyId),
    inArray(memberships.role, ['ESTATE_STAFF', 'ESTATE_MANAGER']),
    isNull(memberships.deactivatedAt),
    isNull(memberships.invitationId),
    or(
      sql`exists (select 1 from ${membershipEstates} me where me.company_id = ${memberships.companyId}
        and me.membership_id = ${memberships.id} and me.estate_id = ${estateId})`,
      sql`${memberships.regionId} = (${estateRegion})`,
      // Company-wide: no region and no estates.
      and(
        isNull(memberships.regionId),
        sql`not exists (select 1 from ${membershipEstates} me where me.company_id = ${memberships.companyId}
          and me.membership_id = ${memberships.id})`,
      ),
    ),
  ) as SQL;
}

export async function assignableUsers(
  tx: Tx,
  companyId: string,
  estateId: string,
): Promise<{ id: string; name: string }[]> {
  assertCompanyId(companyId);
  return tx
    .selectDistinct({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(assignableWhere(companyId, estateId))
    .orderBy(asc(users.name), asc(users.id));
}

export async function isAssignable(tx: Tx, companyId: string, estateId: string, userId: string) {
  assertCompanyId(companyId);
  if (!isUuid(userId)) return false;
  const [row] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(assignableWhere(companyId, estateId), eq(memberships.userId, userId)))
    .limit(1);
  return Boolean(row);
}

/** The active managers of an estate (by estate, by region or company-wide): who hears of its work. */
export async function estateManagerIds(tx: Tx, companyId: string, estateId: string): Promise<string[]> {
  assertCompanyId(companyId);
  const rows = await tx
    .selectDistinct({ id: memberships.userId })
    .from(memberships)
    .where(and(assignableWhere(companyId, estateId), eq(memberships.role, 'ESTATE_MANAGER')));
  return rows.map((r) => r.id);
}

export async function auditorIds(tx: Tx, companyId: string, auditId: string): Promise<string[]> {
  assertCompanyId(companyId);
  const rows = await tx
    .select({ id: auditAuditors.userId })
    .from(auditAuditors)
    .where(and(eq(auditAuditors.companyId, companyId), eq(auditAuditors.auditId, auditId)));
  return rows.map((r) => r.id);
}

/** Closes a submitted audit once none of its rectifications is left open; answers it if closed now. */
export async function closeAuditIfDone(tx: Tx, companyId: string, auditId: string, now: Date) {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(audits)
    .set({ status: 'CLOSED', closedAt: now, updatedAt: now, version: sql`${audits.version} + 1` })
    .where(
      and(
        eq(audits.companyId, companyId),
        eq(audits.id, auditId),
        eq(audits.status, 'SUBMITTED'),
        sql`not exists (select 1 from ${rectifications} r where r.company_id = ${companyId}
          and r.audit_id = ${auditId} and r.status <> 'VERIFIED' and not r.cancelled)`,
      ),
    )
    .returning();
  return row;
}

export async function insertAppeal(
  tx: Tx,
  row: Omit<typeof auditAppeals.$inferInsert, 'status'>,
): Promise<AuditAppealRow | undefined> {
  assertCompanyId(row.companyId);
  // The primary key holds one appeal per finding, also against two requests at once.
  const [inserted] = await tx.insert(auditAppeals).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function lockAppeal(tx: Tx, companyId: string, findingId: string) {
  assertCompanyId(companyId);
  if (!isUuid(findingId)) return undefined;
  const [row] = await tx
    .select()
    .from(auditAppeals)
    .where(and(eq(auditAppeals.companyId, companyId), eq(auditAppeals.findingId, findingId)))
    .for('update');
  return row;
}

export async function decideAppeal(
  tx: Tx,
  companyId: string,
  findingId: string,
  patch: Pick<AuditAppealRow, 'status' | 'decisionReason' | 'decidedBy' | 'decidedAt'>,
) {
  const [row] = await tx
    .update(auditAppeals)
    .set(patch)
    .where(and(eq(auditAppeals.companyId, companyId), eq(auditAppeals.findingId, findingId)))
    .returning();
  return row!;
}

export async function withdrawFinding(tx: Tx, companyId: string, findingId: string) {
  const [row] = await tx
    .update(auditFindings)
    .set({ withdrawn: true })
    .where(and(eq(auditFindings.companyId, companyId), eq(auditFindings.id, findingId)))
    .returning();
  return row!;
}

/** What rescoring an audit needs: its row, template contents, answers, withdrawn items, company bands. */
export async function rescoreInputs(tx: Tx, companyId: string, auditId: string) {
  assertCompanyId(companyId);
  const [head] = await tx
    .select({
      audit: audits,
      content: auditTemplateVersions.content,
      bands: companies.auditGradeBands,
      timeZone: companies.timeZone,
    })
    .from(audits)
    .innerJoin(
      auditTemplateVersions,
      and(
        eq(auditTemplateVersions.companyId, audits.companyId),
        eq(auditTemplateVersions.id, audits.templateVersionId),
      ),
    )
    .innerJoin(companies, eq(companies.id, audits.companyId))
    .where(and(eq(audits.companyId, companyId), eq(audits.id, auditId)))
    .for('update', { of: audits });
  if (!head) return undefined;
  const answers = await tx
    .select({ itemKey: auditAnswers.itemKey, kind: auditAnswers.kind, score: auditAnswers.score })
    .from(auditAnswers)
    .where(and(eq(auditAnswers.companyId, companyId), eq(auditAnswers.auditId, auditId)));
  const withdrawn = await tx
    .select({ itemKey: auditFindings.itemKey })
    .from(auditFindings)
    .where(
      and(
        eq(auditFindings.companyId, companyId),
        eq(auditFindings.auditId, auditId),
        eq(auditFindings.withdrawn, true),
      ),
    );
  const byKey = new Map<string, AuditAnswer>();
  for (const a of answers) {
    if (!a.kind) continue;
    byKey.set(a.itemKey, a.kind === 'SCORE' ? { kind: 'SCORE', score: a.score ?? 0 } : { kind: a.kind });
  }
  return {
    audit: head.audit,
    content: head.content as AuditTemplateContent,
    bands: (head.bands as GradeBand[] | null) ?? null,
    timeZone: head.timeZone,
    answers: byKey,
    withdrawn: new Set(withdrawn.map((w) => w.itemKey)),
  };
}

export async function setAuditScore(
  tx: Tx,
  companyId: string,
  auditId: string,
  score: typeof audits.$inferInsert.score,
  now: Date,
) {
  const [row] = await tx
    .update(audits)
    .set({ score, scorePercent: score?.percent ?? null, updatedAt: now, version: sql`${audits.version} + 1` })
    .where(and(eq(audits.companyId, companyId), eq(audits.id, auditId)))
    .returning();
  return row!;
}

/**
 * Flags open rectifications whose due date has passed by `now` (all of the company's, or those
 * of `ids`): sets `overdueAt` once and answers the rows flagged now. The version does not move: a
 * form open on one of them can still be saved.
 */
export async function markOverdue(
  tx: Tx,
  companyId: string,
  now: Date,
  ids?: readonly string[],
): Promise<RectificationRow[]> {
  assertCompanyId(companyId);
  const wanted = ids?.filter(isUuid);
  if (wanted && wanted.length === 0) return [];
  return tx
    .update(rectifications)
    .set({ overdueAt: now })
    .where(
      and(
        eq(rectifications.companyId, companyId),
        inArray(rectifications.status, OPEN_STATUSES),
        eq(rectifications.cancelled, false),
        isNull(rectifications.overdueAt),
        lte(rectifications.dueAt, now),
        wanted ? inArray(rectifications.id, [...wanted]) : undefined,
      ),
    )
    .returning();
}

/** Companies with open work past due not yet flagged (for the sweep; the caller bypasses RLS). */
export async function companiesWithDueWork(tx: Tx, now: Date): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ companyId: rectifications.companyId })
    .from(rectifications)
    .where(
      and(
        inArray(rectifications.status, OPEN_STATUSES),
        eq(rectifications.cancelled, false),
        isNull(rectifications.overdueAt),
        lt(rectifications.dueAt, now),
      ),
    );
  return rows.map((r) => r.companyId);
}

/** Estate names by id (notification texts). */
export async function estateNames(tx: Tx, companyId: string, ids: readonly string[]) {
  assertCompanyId(companyId);
  const wanted = [...new Set(ids)].filter(isUuid);
  if (!wanted.length) return new Map<string, string>();
  const rows = await tx
    .select({ id: estates.id, name: estates.name })
    .from(estates)
    .where(and(eq(estates.companyId, companyId), inArray(estates.id, wanted)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
