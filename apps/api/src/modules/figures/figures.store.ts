import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { estates } from '../estates/index.js';
import { type FigureState, type MonthlyFigureRow, monthlyFigures } from './figures.schema.js';

/** Every revision of an estate's month, by indicator then revision. */
/**
 * Serialises every writer of one estate-month (save, import, recompute, submit, approve, reject,
 * correct) until its transaction ends: each reads the revisions only after the previous writer
 * committed, so two of them never build on the same stale state. Re-entrant within a transaction.
 */
export async function lockEstateMonth(tx: Tx, companyId: string, estateId: string, month: string) {
  assertCompanyId(companyId);
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`figures:${companyId}:${estateId}:${month}`}, 0))`,
  );
}

export async function revisionsOfMonth(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
): Promise<MonthlyFigureRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(monthlyFigures)
    .where(
      and(
        eq(monthlyFigures.companyId, companyId),
        eq(monthlyFigures.estateId, estateId),
        eq(monthlyFigures.month, month),
      ),
    )
    .orderBy(asc(monthlyFigures.indicatorCode), asc(monthlyFigures.revision));
}

export async function revisionsOfFigure(
  tx: Tx,
  companyId: string,
  estateId: string,
  code: string,
  month: string,
) {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(monthlyFigures)
    .where(
      and(
        eq(monthlyFigures.companyId, companyId),
        eq(monthlyFigures.estateId, estateId),
        eq(monthlyFigures.indicatorCode, code),
        eq(monthlyFigures.month, month),
      ),
    )
    .orderBy(desc(monthlyFigures.revision));
}

export type FigureValues = Pick<
  typeof monthlyFigures.$inferInsert,
  'numerator' | 'denominator' | 'value' | 'note' | 'source' | 'correctionReason' | 'createdBy'
>;

export async function insertRevision(
  tx: Tx,
  companyId: string,
  key: { estateId: string; indicatorCode: string; month: string; revision: number },
  values: FigureValues,
): Promise<MonthlyFigureRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .insert(monthlyFigures)
    .values({ ...key, ...values, companyId, state: 'DRAFT' })
    .returning();
  return row!;
}

/** Rewrites a draft (or a rejected revision, which goes back to draft). */
export async function updateDraft(
  tx: Tx,
  companyId: string,
  id: string,
  values: FigureValues,
): Promise<void> {
  assertCompanyId(companyId);
  await tx
    .update(monthlyFigures)
    .set({
      ...values,
      state: 'DRAFT',
      rejectReason: null,
      version: sql`${monthlyFigures.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(monthlyFigures.companyId, companyId), eq(monthlyFigures.id, id)));
}

export async function setStates(
  tx: Tx,
  companyId: string,
  ids: readonly string[],
  values: Partial<
    Pick<
      MonthlyFigureRow,
      'state' | 'submittedBy' | 'submittedAt' | 'decidedBy' | 'decidedAt' | 'rejectReason' | 'effective'
    >
  >,
): Promise<void> {
  assertCompanyId(companyId);
  if (ids.length === 0) return;
  await tx
    .update(monthlyFigures)
    .set({ ...values, version: sql`${monthlyFigures.version} + 1`, updatedAt: new Date() })
    .where(and(eq(monthlyFigures.companyId, companyId), inArray(monthlyFigures.id, [...ids])));
}

/** The approved revisions now in force stop being so: their corrections take over. */
export async function retireEffective(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
  codes: readonly string[],
) {
  assertCompanyId(companyId);
  if (codes.length === 0) return;
  await tx
    .update(monthlyFigures)
    .set({ effective: false, updatedAt: new Date() })
    .where(
      and(
        eq(monthlyFigures.companyId, companyId),
        eq(monthlyFigures.estateId, estateId),
        eq(monthlyFigures.month, month),
        inArray(monthlyFigures.indicatorCode, [...codes]),
        eq(monthlyFigures.effective, true),
      ),
    );
}

export interface QueueRow {
  estate_id: string;
  estate_name: string;
  month: string;
  figure_count: number;
  submitted_ms: number;
  submitted_by: string | null;
}

/** Columns CASL rules on MonthlyFigure refer to, for `accessibleWhere`. */
export const figureColumns = {
  id: monthlyFigures.id,
  companyId: monthlyFigures.companyId,
  estateId: monthlyFigures.estateId,
  state: monthlyFigures.state,
};

/**
 * Estate-months with submitted figures, oldest first. `estates` and `figures` are the caller's
 * access conditions (from `accessibleWhere`, on the estates and monthly_figures tables), so the
 * queue is filtered by the database; `regionId` narrows it to one region.
 */
export async function approvalQueue(
  tx: Tx,
  companyId: string,
  where: { estates: SQL; figures: SQL; regionId: string | null },
  limit: number,
  after: [string, string] | undefined,
): Promise<{ rows: QueueRow[]; total: number }> {
  assertCompanyId(companyId);
  const region = where.regionId
    ? isUuid(where.regionId)
      ? sql`and ${estates.regionId} = ${where.regionId}`
      : sql`and false`
    : sql``;
  // Unaliased tables: the access conditions name them ("estates"."region_id", …).
  const grouped = sql`
    select ${monthlyFigures.estateId} as estate_id, ${estates.name} as estate_name,
           ${monthlyFigures.month} as month, count(*)::int as figure_count,
           extract(epoch from min(${monthlyFigures.submittedAt})) * 1000 as submitted_ms,
           (array_agg(${monthlyFigures.submittedBy}::text order by ${monthlyFigures.submittedAt}))[1] as submitted_by
    from ${monthlyFigures} join ${estates}
      on ${estates.companyId} = ${monthlyFigures.companyId} and ${estates.id} = ${monthlyFigures.estateId}
    where ${monthlyFigures.companyId} = ${companyId} and ${monthlyFigures.state} = 'SUBMITTED'
      and (${where.estates}) and (${where.figures}) ${region}
    group by ${monthlyFigures.estateId}, ${estates.name}, ${monthlyFigures.month}`;
  const keyset = after ? sql`where (q.month, q.estate_id::text) > (${after[0]}, ${after[1]})` : sql``;
  const rows = rowsOf<QueueRow>(
    await tx.execute(
      sql`select * from (${grouped}) q ${keyset} order by q.month, q.estate_id::text limit ${limit + 1}`,
    ),
  );
  const [total] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from (${grouped}) q`));
  return { rows, total: total?.n ?? 0 };
}

export async function submittedOf(tx: Tx, companyId: string, estateId: string, month: string) {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(monthlyFigures)
    .where(
      and(
        eq(monthlyFigures.companyId, companyId),
        eq(monthlyFigures.estateId, estateId),
        eq(monthlyFigures.month, month),
        eq(monthlyFigures.state, 'SUBMITTED' as FigureState),
      ),
    );
}

/** Submitted figures of a page of the approval queue, in one statement. */
export async function submittedIn(
  tx: Tx,
  companyId: string,
  estateIds: readonly string[],
  months: readonly string[],
) {
  assertCompanyId(companyId);
  if (estateIds.length === 0 || months.length === 0) return [];
  return tx
    .select()
    .from(monthlyFigures)
    .where(
      and(
        eq(monthlyFigures.companyId, companyId),
        inArray(monthlyFigures.estateId, [...estateIds]),
        inArray(monthlyFigures.month, [...months]),
        eq(monthlyFigures.state, 'SUBMITTED' as FigureState),
      ),
    );
}

/** The latest revision of each figure of a month, for many estates in one statement. */
export async function latestFiguresOf(
  tx: Tx,
  companyId: string,
  estateIds: readonly string[],
  month: string,
): Promise<Map<string, MonthlyFigureRow>> {
  assertCompanyId(companyId);
  const latest = new Map<string, MonthlyFigureRow>();
  if (estateIds.length === 0) return latest;
  const rows = await tx
    .select()
    .from(monthlyFigures)
    .where(
      and(
        eq(monthlyFigures.companyId, companyId),
        eq(monthlyFigures.month, month),
        inArray(monthlyFigures.estateId, [...estateIds]),
      ),
    )
    .orderBy(asc(monthlyFigures.revision));
  for (const r of rows) latest.set(`${r.estateId}|${r.indicatorCode}`, r);
  return latest;
}

/** The latest revision of one figure (what the form and the drift check compare against). */
export async function latestFigure(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
  code: string,
): Promise<{ numerator: number; denominator: number | null; revision: number; state: string } | null> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select({
      numerator: monthlyFigures.numerator,
      denominator: monthlyFigures.denominator,
      revision: monthlyFigures.revision,
      state: monthlyFigures.state,
    })
    .from(monthlyFigures)
    .where(
      and(
        eq(monthlyFigures.companyId, companyId),
        eq(monthlyFigures.estateId, estateId),
        eq(monthlyFigures.month, month),
        eq(monthlyFigures.indicatorCode, code),
      ),
    )
    .orderBy(desc(monthlyFigures.revision))
    .limit(1);
  return row ?? null;
}

/**
 * Estates that owe `month`'s figures and have not submitted them: in service (not archived,
 * managed, under contract during the month) with no figure of the month submitted or approved —
 * submitting sends every draft of the month to HQ, so one such figure means the month was sent.
 */
