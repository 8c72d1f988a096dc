/**
 * All SQL of work orders and the service commitments, company-scoped (companyId first, refused
 * when empty). Lists and the board take the caller's access as a SQL condition (accessibleWhere).
 */
import type { WorkOrderCategory, WorkOrderLocationKind, WorkOrderStatus } from '@anju/domain';
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { ColumnMap } from '../../authz/accessible.js';
import { rowsOf, type Tx } from '../../db/client.js';
import { runStatement, type Statement } from '../../db/prepared.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { wideSelect } from '../../db/wide-select.js';
import { files } from '../../files/index.js';
import { staff } from '../staff/index.js';
import { departments } from '../team/index.js';
import { membershipEstates, memberships, users } from '../users/index.js';
import {
  type WorkOrderCommitmentsRow,
  type WorkOrderRow,
  workOrderCommitments,
  workOrderCounts,
  workOrders,
} from './work-orders.schema.js';

/** The fields the WorkOrder rules name, as columns (accessibleWhere). */
export const workOrderColumns: ColumnMap = {
  companyId: workOrders.companyId,
  id: workOrders.id,
  estateId: workOrders.estateId,
  assigneeUserId: workOrders.assigneeUserId,
  createdBy: workOrders.createdBy,
  departmentId: workOrders.departmentId,
};

/** Whole work-order rows, their column list rendered once (db/wide-select.ts). */
const WIDE = wideSelect(workOrders);
const wideRows = async (tx: Tx, query: SQL): Promise<WorkOrderRow[]> =>
  rowsOf<Record<string, unknown>>(await tx.execute(query)).map(WIDE.map);

export type NewWorkOrder = Omit<typeof workOrders.$inferInsert, 'companyId' | 'id' | 'number'>;
export type WorkOrderPatch = Partial<
  Omit<typeof workOrders.$inferInsert, 'companyId' | 'id' | 'estateId' | 'number' | 'version'>
>;

/**
 * The next number of an estate's orders. Two reports at once in one estate take turns on a lock
 * held until their transactions end, so numbers never collide (the unique index would refuse it).
 */
async function nextNumber(tx: Tx, companyId: string, estateId: string): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`work_orders:${companyId}:${estateId}`}))`);
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(${workOrders.number}), 0)::int` })
    .from(workOrders)
    .where(and(eq(workOrders.companyId, companyId), eq(workOrders.estateId, estateId)));
  return (row?.n ?? 0) + 1;
}

export async function insertWorkOrder(
  tx: Tx,
  companyId: string,
  values: NewWorkOrder & { estateId: string },
): Promise<WorkOrderRow> {
  assertCompanyId(companyId);
  const number = await nextNumber(tx, companyId, values.estateId);
  const [row] = await tx
    .insert(workOrders)
    .values({ ...values, companyId, number })
    .returning();
  return row!;
}

export async function findWorkOrder(
  tx: Tx,
  companyId: string,
  id: string,
  lock = false,
): Promise<WorkOrderRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const [row] = await wideRows(
    tx,
    sql`select ${WIDE.columns} from ${workOrders}
      where ${and(eq(workOrders.companyId, companyId), eq(workOrders.id, id))}${lock ? sql` for update` : sql``}`,
  );
  return row;
}

/** Orders by id (the earlier repairs a page of orders reworks): one statement. */
export async function findWorkOrders(
  tx: Tx,
  companyId: string,
  ids: readonly string[],
): Promise<WorkOrderRow[]> {
  assertCompanyId(companyId);
  const wanted = [...new Set(ids)].filter(isUuid);
  if (!wanted.length) return [];
  return wideRows(
    tx,
    sql`select ${WIDE.columns} from ${workOrders}
      where ${and(eq(workOrders.companyId, companyId), inArray(workOrders.id, wanted))}`,
  );
}

/** Changes an order the caller read at `version`; undefined when someone changed it meanwhile. */
export async function updateWorkOrder(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
  patch: WorkOrderPatch,
  now: Date,
): Promise<WorkOrderRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(workOrders)
    .set({ ...patch, version: sql`${workOrders.version} + 1`, updatedAt: now })
    .where(and(eq(workOrders.companyId, companyId), eq(workOrders.id, id), eq(workOrders.version, version)))
    .returning();
  return row;
}

// ---- lists and the board ---------------------------------------------------------------------

export interface WorkOrderListFilter {
  estateId: string;
  status?: WorkOrderStatus | null;
  kind?: string | null;
  category?: string | null;
  assigneeUserId?: string | null;
  breached?: boolean | null;
  search?: string | null;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function listWhere(companyId: string, access: SQL, f: WorkOrderListFilter): SQL {
  const parts: (SQL | undefined)[] = [
    eq(workOrders.companyId, companyId),
    eq(workOrders.estateId, f.estateId),
    access,
  ];
  if (f.status) parts.push(eq(workOrders.status, f.status));
  if (f.kind) parts.push(eq(workOrders.kind, f.kind as never));
  if (f.category) parts.push(eq(workOrders.category, f.category as never));
  if (f.assigneeUserId !== undefined && f.assigneeUserId !== null)
    parts.push(eq(workOrders.assigneeUserId, f.assigneeUserId));
  if (f.breached != null) parts.push(eq(workOrders.breached, f.breached));
  if (f.search) {
    // The number, the place and the description; never the reporter (personal data some callers
    // may not read: a match would tell them what they cannot see).
    const like = likePattern(f.search);
    const text = or(
      sql`${workOrders.location} ilike ${like}`,
      sql`${workOrders.description} ilike ${like}`,
    ) as SQL;
    parts.push(
      /^\d{1,9}$/.test(f.search) ? (or(eq(workOrders.number, Number(f.search)), text) as SQL) : text,
    );
  }
  return and(...parts) as SQL;
}

/** Can the kept counts answer this filter (no assignee or text condition)? */
export const countable = (f: WorkOrderListFilter) =>
  (f.assigneeUserId === undefined || f.assigneeUserId === null) && !f.search;

/** All orders of an estate matching a countable filter, from the kept counts: one small sum. */
export async function keptCount(tx: Tx, companyId: string, f: WorkOrderListFilter): Promise<number> {
  assertCompanyId(companyId);
  const c = workOrderCounts;
  const parts: SQL[] = [eq(c.companyId, companyId), eq(c.estateId, f.estateId)];
  if (f.status) parts.push(eq(c.status, f.status));
  if (f.kind) parts.push(eq(c.kind, f.kind as never));
  if (f.category) parts.push(eq(c.category, f.category as never));
  if (f.breached != null) parts.push(eq(c.breached, f.breached));
  const [row] = await tx
    .select({ n: sql<number>`coalesce(sum(${c.n}), 0)::int` })
    .from(c)
    .where(and(...parts));
  return row?.n ?? 0;
}

/** An estate's orders and breached orders per status, from the kept counts: one statement. */
export async function keptCountsByStatus(
  tx: Tx,
  companyId: string,
  estateId: string,
): Promise<Map<WorkOrderStatus, { n: number; breached: number }>> {
  assertCompanyId(companyId);
  const c = workOrderCounts;
  const rows = await tx
    .select({
      status: c.status,
      n: sql<number>`sum(${c.n})::int`,
      breached: sql<number>`coalesce(sum(${c.n}) filter (where ${c.breached}), 0)::int`,
    })
    .from(c)
    .where(and(eq(c.companyId, companyId), eq(c.estateId, estateId)))
    .groupBy(c.status);
  return new Map(rows.map((r) => [r.status, { n: r.n, breached: r.breached }]));
}

const ORDER_VERSION: Statement = {
  name: 'work-orders.version',
  text: 'select version from work_order_versions where company_id = $1 and estate_id = $2',
};

/**
 * The versions of these estates' work orders (absent: no order was ever written there). Every hit
 * of a cached board or list asks it: one prepared statement per estate (one estate in practice).
 */
export async function estateOrderVersions(
  tx: Tx,
  companyId: string,
  estateIds: readonly string[],
): Promise<Map<string, number>> {
  assertCompanyId(companyId);
  const found = await Promise.all(
    [...new Set(estateIds)].filter(isUuid).map(async (estateId) => {
      const [row] = await runStatement<{ version: string | number }>(tx, ORDER_VERSION, [
        companyId,
        estateId,
      ]);
      return row ? ([estateId, Number(row.version)] as const) : null;
    }),
  );
  return new Map(found.filter((f) => f !== null));
}

/**
 * A page of an estate's orders the caller may read, newest first, and the total: two statements.
 * `keptTotal`: the caller reads every order of the estate and the filter is countable, so the
 * total is a sum of the kept counts instead of a count of the rows.
 */
export async function listWorkOrders(
  tx: Tx,
  companyId: string,
  access: SQL,
  filter: WorkOrderListFilter,
  options: { limit: number; after?: [string, string] | undefined; keptTotal?: boolean },
): Promise<{ rows: WorkOrderRow[]; total: number }> {
  assertCompanyId(companyId);
  const where = listWhere(companyId, access, filter);
  const page = options.after
    ? and(
        where,
        sql`(${workOrders.reportedAt}, ${workOrders.id}) < (${new Date(options.after[0]).toISOString()}::timestamptz, ${options.after[1]}::uuid)`,
      )
    : where;
  // The page and its total sent together (pipelined on the transaction's connection).
  const [rows, total] = await Promise.all([
    wideRows(
      tx,
      sql`select ${WIDE.columns} from ${workOrders} where ${page}
        order by ${workOrders.reportedAt} desc, ${workOrders.id} desc limit ${options.limit + 1}`,
    ),
    options.keptTotal && countable(filter)
      ? keptCount(tx, companyId, filter)
      : tx
          .select({ n: count() })
          .from(workOrders)
          .where(where)
          .then(([row]) => row?.n ?? 0),
  ]);
  return { rows, total };
}

/** Which rows a board column holds (`startOfToday`: the company's local midnight). */
export function boardColumnWhere(column: string, startOfToday: Date): SQL {
  switch (column) {
    case 'NEW':
    case 'DISPATCHED':
    case 'ON_SITE':
      return eq(workOrders.status, column);
    case 'DONE':
      return and(eq(workOrders.status, 'COMPLETED'), gte(workOrders.completedAt, startOfToday)) as SQL;
    default:
      return and(eq(workOrders.status, 'COMPLETED'), lt(workOrders.completedAt, startOfToday)) as SQL;
  }
}

/**
 * The first `limit` cards of every board column (oldest report first: the longest wait), in one
 * statement: a branch per column, each read through the list index in its own range.
 */
export async function boardCards(
  tx: Tx,
  companyId: string,
  access: SQL,
  estateId: string,
  columns: readonly { column: string; where: SQL }[],
  limit: number,
): Promise<Map<string, WorkOrderRow[]>> {
  assertCompanyId(companyId);
  const out = new Map(columns.map((c) => [c.column, [] as WorkOrderRow[]]));
  if (!columns.length) return out;
  const branches = columns.map(
    ({ column, where }) =>
      sql`(select ${column}::text as board_column, ${WIDE.columns} from ${workOrders}
        where ${and(eq(workOrders.companyId, companyId), eq(workOrders.estateId, estateId), where, access)}
        order by ${workOrders.reportedAt}, ${workOrders.id} limit ${limit})`,
  );
  const raw = rowsOf<Record<string, unknown>>(await tx.execute(sql.join(branches, sql` union all `)));
  for (const r of raw) out.get(String(r.board_column))?.push(WIDE.map(r));
  // A union keeps no order of its own: each column's cards in their order again.
  for (const rows of out.values())
    rows.sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime() || (a.id < b.id ? -1 : 1));
  return out;
}

/** One board column's orders the caller may read, and how many of them missed a deadline. */
export async function boardCount(
  tx: Tx,
  companyId: string,
  access: SQL,
  estateId: string,
  column: SQL,
): Promise<{ total: number; breached: number }> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select({ n: count(), breached: sql<number>`count(*) filter (where ${workOrders.breached})::int` })
    .from(workOrders)
    .where(and(eq(workOrders.companyId, companyId), eq(workOrders.estateId, estateId), column, access));
  return { total: row?.n ?? 0, breached: row?.breached ?? 0 };
}

// ---- rework --------------------------------------------------------------------------------------

/** Earlier completed repairs of the same estate, category and place, completed in [since, until]. */
export async function reworkCandidates(
  tx: Tx,
  companyId: string,
  at: {
    estateId: string;
    category: WorkOrderCategory;
    locationKind: WorkOrderLocationKind;
    locationKey: string;
    since: Date;
    until: Date;
  },
): Promise<WorkOrderRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(workOrders)
    .where(
      and(
        eq(workOrders.companyId, companyId),
        eq(workOrders.estateId, at.estateId),
        eq(workOrders.category, at.category),
        eq(workOrders.locationKey, at.locationKey),
        eq(workOrders.locationKind, at.locationKind),
        gte(workOrders.completedAt, at.since),
        lte(workOrders.completedAt, at.until),
      ),
    )
    .orderBy(desc(workOrders.completedAt))
    .limit(10);
}

// ---- people and departments --------------------------------------------------------------------

/**
 * Whether `userId` may take an estate's orders: an active (granted) estate staff member or manager
 * whose scope holds the estate.
 */
export async function isAssignable(tx: Tx, companyId: string, estateId: string, userId: string) {
  assertCompanyId(companyId);
  if (!isUuid(userId)) return false;
  const [row] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(
      membershipEstates,
      and(
        eq(membershipEstates.companyId, memberships.companyId),
        eq(membershipEstates.membershipId, memberships.id),
        eq(membershipEstates.estateId, estateId),
      ),
    )
    .where(
      and(
        eq(memberships.companyId, companyId),
        eq(memberships.userId, userId),
        inArray(memberships.role, ['ESTATE_STAFF', 'ESTATE_MANAGER']),
        isNull(memberships.deactivatedAt),
        isNull(memberships.invitationId),
      ),
    )
    .limit(1);
  return row != null;
}

/** Who may take an estate's orders (as `isAssignable` judges), by name: the dispatch picker. */
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
    .innerJoin(
      membershipEstates,
      and(
        eq(membershipEstates.companyId, memberships.companyId),
        eq(membershipEstates.membershipId, memberships.id),
        eq(membershipEstates.estateId, estateId),
      ),
    )
    .where(
      and(
        eq(memberships.companyId, companyId),
        inArray(memberships.role, ['ESTATE_STAFF', 'ESTATE_MANAGER']),
        isNull(memberships.deactivatedAt),
        isNull(memberships.invitationId),
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
}

/** The department of the person's staff record in the estate (on the team), if any. */
export async function staffDepartmentOf(
  tx: Tx,
  companyId: string,
  estateId: string,
  userId: string,
): Promise<string | null> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select({ departmentId: staff.departmentId })
    .from(staff)
    .where(
      and(
        eq(staff.companyId, companyId),
        eq(staff.estateId, estateId),
        eq(staff.userId, userId),
        ne(staff.status, 'LEFT'),
      ),
    )
    .limit(1);
  return row?.departmentId ?? null;
}

/** A department of the estate: by id (another estate's is none), or by code. */
export async function departmentOf(
  tx: Tx,
  companyId: string,
  estateId: string,
  by: { id: string } | { code: string },
): Promise<{ id: string; code: string; name: string } | undefined> {
  assertCompanyId(companyId);
  if ('id' in by && !isUuid(by.id)) return undefined;
  const [row] = await tx
    .select({ id: departments.id, code: departments.code, name: departments.name })
    .from(departments)
    .where(
      and(
        eq(departments.companyId, companyId),
        eq(departments.estateId, estateId),
        'id' in by ? eq(departments.id, by.id) : eq(departments.code, by.code),
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

// ---- breaches ----------------------------------------------------------------------------------

const PENDING = {
  DISPATCH: () => and(eq(workOrders.status, 'NEW'), isNull(workOrders.dispatchBreachedAt)) as SQL,
  ARRIVE: () =>
    and(inArray(workOrders.status, ['NEW', 'DISPATCHED']), isNull(workOrders.arriveBreachedAt)) as SQL,
  COMPLETE: () =>
    and(
      inArray(workOrders.status, ['NEW', 'DISPATCHED', 'ON_SITE']),
      isNull(workOrders.completeBreachedAt),
    ) as SQL,
};

/**
 * Flags every step of the company's orders (or of `ids`) still undone past its deadline at `now`:
 * one statement per step. The version does not move: a flag is the system's, not an edit that
 * should make a person's next step a CONFLICT. Answers the orders flagged, with their steps.
 */
export async function markBreaches(
  tx: Tx,
  companyId: string,
  now: Date,
  ids?: readonly string[],
): Promise<{ row: WorkOrderRow; steps: ('DISPATCH' | 'ARRIVE' | 'COMPLETE')[] }[]> {
  assertCompanyId(companyId);
  const only = ids ? ids.filter(isUuid) : undefined;
  if (only && only.length === 0) return [];
  const found = new Map<string, { row: WorkOrderRow; steps: ('DISPATCH' | 'ARRIVE' | 'COMPLETE')[] }>();
  const steps = [
    ['DISPATCH', workOrders.dispatchDueAt, { dispatchBreachedAt: now }],
    ['ARRIVE', workOrders.arriveDueAt, { arriveBreachedAt: now }],
    ['COMPLETE', workOrders.completeDueAt, { completeBreachedAt: now }],
  ] as const;
  for (const [step, due, flag] of steps) {
    const rows = await tx
      .update(workOrders)
      .set({ ...flag, breached: true, updatedAt: now })
      .where(
        and(
          eq(workOrders.companyId, companyId),
          PENDING[step](),
          lt(due, now),
          only ? inArray(workOrders.id, only) : undefined,
        ),
      )
      .returning();
    for (const row of rows) {
      const entry = found.get(row.id) ?? { row, steps: [] };
      entry.row = row;
      entry.steps.push(step);
      found.set(row.id, entry);
    }
  }
  return [...found.values()];
}

/** Companies (any) with a step past its deadline and not flagged: run as the jobs' system role. */
export async function companiesWithDueWork(tx: Tx, now: Date): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ companyId: workOrders.companyId })
    .from(workOrders)
    .where(
      or(
        and(PENDING.DISPATCH(), lt(workOrders.dispatchDueAt, now)),
        and(PENDING.ARRIVE(), lt(workOrders.arriveDueAt, now)),
        and(PENDING.COMPLETE(), lt(workOrders.completeDueAt, now)),
      ),
    );
  return rows.map((r) => r.companyId);
}

// ---- commitments -------------------------------------------------------------------------------

/** Every version of the company's commitments, newest first. */
export async function listCommitments(tx: Tx, companyId: string): Promise<WorkOrderCommitmentsRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(workOrderCommitments)
    .where(eq(workOrderCommitments.companyId, companyId))
    .orderBy(desc(workOrderCommitments.effectiveFrom), desc(workOrderCommitments.id));
}

/** The version in force at `at` (none: the defaults apply). */
export async function commitmentsInForce(
  tx: Tx,
  companyId: string,
  at: Date,
): Promise<WorkOrderCommitmentsRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select()
    .from(workOrderCommitments)
    .where(and(eq(workOrderCommitments.companyId, companyId), lte(workOrderCommitments.effectiveFrom, at)))
    .orderBy(desc(workOrderCommitments.effectiveFrom))
    .limit(1);
  return row;
}

export async function insertCommitments(
  tx: Tx,
  companyId: string,
  values: Omit<typeof workOrderCommitments.$inferInsert, 'companyId' | 'id'>,
): Promise<WorkOrderCommitmentsRow> {
  assertCompanyId(companyId);
  // Serialises two changes of one company: the second sees the first as the version before it.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`work_order_commitments:${companyId}`}))`);
  const [row] = await tx
    .insert(workOrderCommitments)
    .values({ ...values, companyId })
    .returning();
  return row!;
}

// ---- indicators --------------------------------------------------------------------------------

/** An estate's orders completed in [from, to), oldest completion first (the repair indicators). */
export async function completedIn(
  tx: Tx,
  companyId: string,
  estateId: string,
  from: Date,
  to: Date,
): Promise<WorkOrderRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(workOrders)
    .where(
      and(
        eq(workOrders.companyId, companyId),
        eq(workOrders.estateId, estateId),
        gte(workOrders.completedAt, from),
        lt(workOrders.completedAt, to),
      ),
    )
    .orderBy(asc(workOrders.completedAt), asc(workOrders.id));
}
