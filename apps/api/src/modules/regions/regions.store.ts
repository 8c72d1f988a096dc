import { and, asc, count, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { estates } from '../estates/index.js';
import { type RegionRow, regions } from './regions.schema.js';

export const regionColumns = { companyId: regions.companyId, id: regions.id };

export async function listRegions(
  tx: Tx,
  companyId: string,
  access: SQL,
  includeArchived: boolean,
): Promise<RegionRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(regions)
    .where(
      and(eq(regions.companyId, companyId), access, includeArchived ? undefined : isNull(regions.archivedAt)),
    )
    .orderBy(asc(regions.code), asc(regions.id));
}

export async function findRegions(tx: Tx, companyId: string, ids: readonly string[]): Promise<RegionRow[]> {
  assertCompanyId(companyId);
  ids = ids.filter(isUuid);
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(regions)
    .where(and(eq(regions.companyId, companyId), inArray(regions.id, [...ids])));
}

export async function findRegion(tx: Tx, companyId: string, id: string): Promise<RegionRow | undefined> {
  return (await findRegions(tx, companyId, [id]))[0];
}

export async function insertRegion(
  tx: Tx,
  companyId: string,
  values: { name: string; code: string },
): Promise<RegionRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .insert(regions)
    .values({ companyId, ...values })
    .returning();
  return row!;
}

/** Optimistic: only updates the version the caller read; `undefined` means someone else won. */
export async function updateRegion(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
  values: Partial<Pick<RegionRow, 'name' | 'code' | 'archivedAt'>>,
): Promise<RegionRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(regions)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(regions.companyId, companyId), eq(regions.id, id), eq(regions.version, version)))
    .returning();
  return row;
}

export async function countActiveEstates(tx: Tx, companyId: string, regionIds: readonly string[]) {
  assertCompanyId(companyId);
  regionIds = regionIds.filter(isUuid);
  if (regionIds.length === 0) return [];
  return tx
    .select({ regionId: estates.regionId, n: count() })
    .from(estates)
    .where(
      and(
        eq(estates.companyId, companyId),
        inArray(estates.regionId, [...regionIds]),
        isNull(estates.archivedAt),
      ),
    )
    .groupBy(estates.regionId);
}
