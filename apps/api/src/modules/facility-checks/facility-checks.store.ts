/** SQL of facility checks. */
import { type FacilityClass, RECORD_LIST_LIMIT } from '@anju/domain';
import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { type FacilityCheckRow, facilityChecks } from './facility-checks.schema.js';

export const facilityCheckColumns = {
  companyId: facilityChecks.companyId,
  id: facilityChecks.id,
  estateId: facilityChecks.estateId,
};

export async function checksOf(
  tx: Tx,
  companyId: string,
  estateId: string,
  access: SQL,
  filter: { from?: string; to?: string; facilityClass?: FacilityClass | null } = {},
): Promise<FacilityCheckRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(facilityChecks)
    .where(
      and(
        eq(facilityChecks.companyId, companyId),
        eq(facilityChecks.estateId, estateId),
        access,
        filter.from ? gte(facilityChecks.checkedOn, filter.from) : undefined,
        filter.to ? lte(facilityChecks.checkedOn, filter.to) : undefined,
        filter.facilityClass ? eq(facilityChecks.facilityClass, filter.facilityClass) : undefined,
      ),
    )
    .orderBy(desc(facilityChecks.checkedOn), desc(facilityChecks.createdAt))
    .limit(RECORD_LIST_LIMIT);
}

export async function findCheck(tx: Tx, companyId: string, id: string, lock = false) {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const q = tx
    .select()
    .from(facilityChecks)
    .where(and(eq(facilityChecks.companyId, companyId), eq(facilityChecks.id, id)));
  const [row] = await (lock ? q.for('update') : q);
  return row;
}

export async function insertCheck(
  tx: Tx,
  values: typeof facilityChecks.$inferInsert,
): Promise<FacilityCheckRow> {
  assertCompanyId(values.companyId);
  const [row] = await tx.insert(facilityChecks).values(values).returning();
  return row!;
}

export async function updateCheck(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
  values: Partial<typeof facilityChecks.$inferInsert>,
): Promise<FacilityCheckRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(facilityChecks)
    .set({ ...values, version: version + 1 })
    .where(
      and(
        eq(facilityChecks.companyId, companyId),
        eq(facilityChecks.id, id),
        eq(facilityChecks.version, version),
      ),
    )
    .returning();
  return row;
}
