import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '../../db/client.js';
import { assertCompanyId } from '../../db/tenant.js';
import { type FigureState, type MonthlyFigureRow, monthlyFigures } from './figures.schema.js';

/** Every revision of an estate's month, by indicator then revision. */
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

/** Estate-months with submitted figures, oldest first, among the estates the caller may see. */
export async function approvalQueue(
  tx: Tx,
  companyId: string,
  estateIds: readonly string[] | null,
  limit: number,
  after: [string, string] | undefined,
): Promise<{ rows: QueueRow[]; total: number }> {
  assertCompanyId(companyId);
  if (estateIds && estateIds.length === 0) return { rows: [], total: 0 };
  const scope = estateIds ? sql`and f.estate_id in ${estateIds}` : sql``;
  const grouped = sql`
    select f.estate_id, e.name as estate_name, f.month, count(*)::int as figure_count,
           extract(epoch from min(f.submitted_at)) * 1000 as submitted_ms,
           (array_agg(f.submitted_by::text order by f.submitted_at))[1] as submitted_by
    from monthly_figures f join estates e on e.company_id = f.company_id and e.id = f.estate_id
    where f.company_id = ${companyId} and f.state = 'SUBMITTED' ${scope}
    group by f.estate_id, e.name, f.month`;
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
