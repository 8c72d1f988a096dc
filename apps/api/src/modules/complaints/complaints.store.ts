/**
 * All SQL of complaints, company-scoped (companyId first, refused when empty). Lists take the
 * caller's access as a SQL condition (accessibleWhere).
 */
import type { ComplaintCategory, ComplaintSeverity, ComplaintStatus } from '@anju/domain';
import { and, asc, count, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { ColumnMap } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { estates } from '../estates/index.js';
import { departments } from '../team/index.js';
import { type ComplaintRow, complaints } from './complaints.schema.js';

/** The fields the Complaint rules name, as columns (accessibleWhere). */
export const complaintColumns: ColumnMap = {
  companyId: complaints.companyId,
  id: complaints.id,
  estateId: complaints.estateId,
  receiverUserId: complaints.receiverUserId,
  departmentId: complaints.departmentId,
};

export type NewComplaint = Omit<typeof complaints.$inferInsert, 'companyId' | 'id' | 'number'>;
export type ComplaintPatch = Partial<
  Omit<typeof complaints.$inferInsert, 'companyId' | 'id' | 'estateId' | 'number' | 'version'>
>;

/** The next number of an estate's complaints (two at once take turns on a transaction lock). */
async function nextNumber(tx: Tx, companyId: string, estateId: string): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`complaints:${companyId}:${estateId}`}))`);
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(${complaints.number}), 0)::int` })
    .from(complaints)
    .where(and(eq(complaints.companyId, companyId), eq(complaints.estateId, estateId)));
  return (row?.n ?? 0) + 1;
}

export async function insertComplaint(
  tx: Tx,
  companyId: string,
  values: NewComplaint & { estateId: string },
): Promise<ComplaintRow> {
  assertCompanyId(companyId);
  const number = await nextNumber(tx, companyId, values.estateId);
  const [row] = await tx
    .insert(complaints)
    .values({ ...values, companyId, number })
    .returning();
  return row!;
}

export async function findComplaint(
  tx: Tx,
  companyId: string,
  id: string,
  lock = false,
): Promise<ComplaintRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const q = tx
    .select()
    .from(complaints)
    .where(and(eq(complaints.companyId, companyId), eq(complaints.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** Changes a complaint the caller read at `version`; undefined when someone changed it meanwhile. */
export async function updateComplaint(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
  patch: ComplaintPatch,
  now: Date,
): Promise<ComplaintRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(complaints)
    .set({ ...patch, version: sql`${complaints.version} + 1`, updatedAt: now })
    .where(and(eq(complaints.companyId, companyId), eq(complaints.id, id), eq(complaints.version, version)))
    .returning();
  return row;
}

export interface ComplaintListFilter {
  estateId: string;
  status?: ComplaintStatus | null;
  category?: ComplaintCategory | null;
  severity?: ComplaintSeverity | null;
  valid?: boolean | null;
  /** Open past the promised feedback time at `now`. */
  overdueAt?: Date | null;
  search?: string | null;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function listWhere(companyId: string, access: SQL, f: ComplaintListFilter): SQL {
  const parts: (SQL | undefined)[] = [
    eq(complaints.companyId, companyId),
    eq(complaints.estateId, f.estateId),
    access,
  ];
  if (f.status) parts.push(eq(complaints.status, f.status));
  if (f.category) parts.push(eq(complaints.category, f.category));
  if (f.severity) parts.push(eq(complaints.severity, f.severity));
  if (f.valid != null) parts.push(eq(complaints.valid, f.valid));
  if (f.overdueAt)
    parts.push(and(eq(complaints.status, 'OPEN'), lt(complaints.promisedFeedbackAt, f.overdueAt)));
  if (f.search) {
    // The number, the place and the description; never the complainant (personal data).
    const like = likePattern(f.search);
    const text = sql`(${complaints.location} ilike ${like} or ${complaints.description} ilike ${like})`;
    parts.push(
      /^\d{1,9}$/.test(f.search) ? sql`(${complaints.number} = ${Number(f.search)} or ${text})` : text,
    );
  }
  return and(...parts) as SQL;
}

/** A page of an estate's complaints the caller may read, newest first, and the total. */
export async function listComplaints(
  tx: Tx,
  companyId: string,
  access: SQL,
  filter: ComplaintListFilter,
  options: { limit: number; after?: [string, string] | undefined },
): Promise<{ rows: ComplaintRow[]; total: number }> {
  assertCompanyId(companyId);
  const where = listWhere(companyId, access, filter);
  const page = options.after
    ? and(
        where,
        sql`(${complaints.receivedAt}, ${complaints.id}) < (${new Date(options.after[0]).toISOString()}::timestamptz, ${options.after[1]}::uuid)`,
      )
    : where;
  const rows = await tx
    .select()
    .from(complaints)
    .where(page)
    .orderBy(desc(complaints.receivedAt), desc(complaints.id))
    .limit(options.limit + 1);
  const [total] = await tx.select({ n: count() }).from(complaints).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Complaints of an estate received in [from, to) (the indicators' month), oldest first. */
export async function complaintsReceived(
  tx: Tx,
  companyId: string,
  estateId: string,
  from: Date,
  to: Date,
): Promise<ComplaintRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(complaints)
    .where(
      and(
        eq(complaints.companyId, companyId),
        eq(complaints.estateId, estateId),
        gte(complaints.receivedAt, from),
        lt(complaints.receivedAt, to),
      ),
    )
    .orderBy(asc(complaints.receivedAt), asc(complaints.id));
}

/** The estate's households (the denominator of the valid complaint rate). */
export async function householdsOf(tx: Tx, companyId: string, estateId: string): Promise<number> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select({ households: estates.households })
    .from(estates)
    .where(and(eq(estates.companyId, companyId), eq(estates.id, estateId)));
  return row?.households ?? 0;
}

/** The estate's department of a code (the complaint's category), if it has one. */
export async function departmentByCode(
  tx: Tx,
  companyId: string,
  estateId: string,
  code: string,
): Promise<{ id: string; code: string; name: string } | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select({ id: departments.id, code: departments.code, name: departments.name })
    .from(departments)
    .where(
      and(
        eq(departments.companyId, companyId),
        eq(departments.estateId, estateId),
        eq(departments.code, code),
      ),
    );
  return row;
}

export async function departmentNames(
  tx: Tx,
  companyId: string,
  ids: readonly string[],
): Promise<Map<string, { id: string; code: string; name: string }>> {
  assertCompanyId(companyId);
  const wanted = [...new Set(ids)].filter(isUuid);
  if (!wanted.length) return new Map();
  const rows = await tx
    .select({ id: departments.id, code: departments.code, name: departments.name })
    .from(departments)
    .where(and(eq(departments.companyId, companyId), inArray(departments.id, wanted)));
  return new Map(rows.map((r) => [r.id, r]));
}
