/** SQL of fee collection: one row per estate and month. */
import { and, asc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { type FeeCollectionRow, feeCollections } from './fees.schema.js';

export const feeColumns = {
  companyId: feeCollections.companyId,
  id: feeCollections.id,
  estateId: feeCollections.estateId,
};

export async function feesOf(
  tx: Tx,
  companyId: string,
  estateId: string,
  access: SQL,
  range: { from?: string; to?: string } = {},
): Promise<FeeCollectionRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(feeCollections)
    .where(
      and(
        eq(feeCollections.companyId, companyId),
        eq(feeCollections.estateId, estateId),
        access,
        range.from ? gte(feeCollections.month, range.from) : undefined,
        range.to ? lte(feeCollections.month, range.to) : undefined,
      ),
    )
    .orderBy(asc(feeCollections.month));
}

export async function feesOfMonths(
  tx: Tx,
  companyId: string,
  estateId: string,
  months: readonly string[],
  lock = false,
): Promise<FeeCollectionRow[]> {
  assertCompanyId(companyId);
  if (months.length === 0 || !isUuid(estateId)) return [];
  const q = tx
    .select()
    .from(feeCollections)
    .where(
      and(
        eq(feeCollections.companyId, companyId),
        eq(feeCollections.estateId, estateId),
        inArray(feeCollections.month, [...months]),
      ),
    )
    .orderBy(asc(feeCollections.month));
  return lock ? q.for('update') : q;
}

export async function insertFee(
  tx: Tx,
  values: typeof feeCollections.$inferInsert,
): Promise<FeeCollectionRow> {
  assertCompanyId(values.companyId);
  const [row] = await tx.insert(feeCollections).values(values).returning();
  return row!;
}

/** Writes the new amounts when the row is still at `version`; undefined when it moved on. */
export async function updateFee(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
  values: Pick<FeeCollectionRow, 'receivableFen' | 'collectedFen' | 'note' | 'updatedBy' | 'updatedAt'>,
): Promise<FeeCollectionRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(feeCollections)
    .set({ ...values, version: version + 1 })
    .where(
      and(
        eq(feeCollections.companyId, companyId),
        eq(feeCollections.id, id),
        eq(feeCollections.version, version),
      ),
    )
    .returning();
  return row;
}
