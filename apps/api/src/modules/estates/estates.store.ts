import { and, asc, count, eq, gt, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { type EstateRow, estates } from './estates.schema.js';

export const estateColumns = {
  companyId: estates.companyId,
  id: estates.id,
  regionId: estates.regionId,
};

export interface EstateListFilter {
  regionId?: string | null;
  status?: string | null;
  type?: string | null;
  search?: string | null;
  includeArchived?: boolean | null;
}

function filterWhere(companyId: string, access: SQL, f: EstateListFilter): SQL {
  const text = f.search?.trim();
  const pattern = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return and(
    eq(estates.companyId, companyId),
    access,
    f.regionId ? (isUuid(f.regionId) ? eq(estates.regionId, f.regionId) : sql`false`) : undefined,
    f.status ? eq(estates.status, f.status as EstateRow['status']) : undefined,
    f.type ? eq(estates.type, f.type as EstateRow['type']) : undefined,
    f.includeArchived ? undefined : isNull(estates.archivedAt),
    pattern
      ? or(ilike(estates.name, pattern), ilike(estates.code, pattern), ilike(estates.address, pattern))
      : undefined,
  ) as SQL;
}

/** One page by (name, id), plus the total for the same filter. */
export async function listEstates(
  tx: Tx,
  companyId: string,
  access: SQL,
  filter: EstateListFilter,
  limit: number,
  after: [string, string] | undefined,
): Promise<{ rows: EstateRow[]; total: number }> {
  assertCompanyId(companyId);
  const where = filterWhere(companyId, access, filter);
  const keyset = after
    ? or(gt(estates.name, after[0]), and(eq(estates.name, after[0]), gt(estates.id, after[1])))
    : undefined;
  const rows = await tx
    .select()
    .from(estates)
    .where(and(where, keyset))
    .orderBy(asc(estates.name), asc(estates.id))
    .limit(limit + 1);
  const [totalRow] = await tx.select({ n: count() }).from(estates).where(where);
  return { rows, total: totalRow?.n ?? 0 };
}

export async function findEstates(tx: Tx, companyId: string, ids: readonly string[]): Promise<EstateRow[]> {
  assertCompanyId(companyId);
  ids = ids.filter(isUuid);
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(estates)
    .where(and(eq(estates.companyId, companyId), inArray(estates.id, [...ids])));
}

export async function findEstate(tx: Tx, companyId: string, id: string): Promise<EstateRow | undefined> {
  return (await findEstates(tx, companyId, [id]))[0];
}

export type EstateValues = Omit<
  typeof estates.$inferInsert,
  'companyId' | 'id' | 'version' | 'createdAt' | 'updatedAt'
>;

export async function insertEstate(tx: Tx, companyId: string, values: EstateValues): Promise<EstateRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .insert(estates)
    .values({ ...values, companyId })
    .returning();
  return row!;
}

/** Optimistic: only updates the version the caller read; `undefined` means someone else won. */
export async function updateEstate(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
  values: Partial<EstateValues>,
): Promise<EstateRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(estates)
    .set({ ...values, version: sql`${estates.version} + 1`, updatedAt: new Date() })
    .where(and(eq(estates.companyId, companyId), eq(estates.id, id), eq(estates.version, version)))
    .returning();
  return row;
}
