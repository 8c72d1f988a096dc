import { and, asc, count, eq, gt, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '../../db/client.js';
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

interface RawEstate {
  company_id: string;
  id: string;
  region_id: string | null;
  name: string;
  code: string;
  address: string | null;
  type: EstateRow['type'];
  gross_floor_area: number | null;
  households: number;
  buildings: number;
  contract_start: string | null;
  contract_end: string | null;
  fee_rate: number | null;
  status: EstateRow['status'];
  version: number;
  archived_ms: number | null;
  created_ms: number;
  updated_ms: number;
}

/**
 * The hottest read (`estate(id)`, relations, permission checks) as one explicit statement: the
 * query builder cost more CPU than the database did here.
 */
export async function findEstates(tx: Tx, companyId: string, ids: readonly string[]): Promise<EstateRow[]> {
  assertCompanyId(companyId);
  ids = ids.filter(isUuid);
  if (ids.length === 0) return [];
  const rows = rowsOf<RawEstate>(
    await tx.execute(sql`
      select company_id, id, region_id, name, code, address, type, gross_floor_area, households, buildings,
             contract_start::text as contract_start, contract_end::text as contract_end, fee_rate, status, version,
             extract(epoch from archived_at) * 1000 as archived_ms,
             extract(epoch from created_at) * 1000 as created_ms,
             extract(epoch from updated_at) * 1000 as updated_ms
      from estates where company_id = ${companyId} and id in ${ids}`),
  );
  return rows.map((r) => ({
    companyId: r.company_id,
    id: r.id,
    regionId: r.region_id,
    name: r.name,
    code: r.code,
    address: r.address,
    type: r.type,
    grossFloorArea: r.gross_floor_area,
    households: r.households,
    buildings: r.buildings,
    contractStart: r.contract_start,
    contractEnd: r.contract_end,
    feeRate: r.fee_rate,
    status: r.status,
    version: r.version,
    archivedAt: r.archived_ms == null ? null : new Date(Number(r.archived_ms)),
    createdAt: new Date(Number(r.created_ms)),
    updatedAt: new Date(Number(r.updated_ms)),
  }));
}

export async function findEstate(tx: Tx, companyId: string, id: string): Promise<EstateRow | undefined> {
  return (await findEstates(tx, companyId, [id]))[0];
}

/** Estates by their codes (the Excel import names estates by code). */
export async function findEstatesByCodes(
  tx: Tx,
  companyId: string,
  codes: readonly string[],
): Promise<EstateRow[]> {
  assertCompanyId(companyId);
  if (codes.length === 0) return [];
  return tx
    .select()
    .from(estates)
    .where(and(eq(estates.companyId, companyId), inArray(estates.code, [...codes])));
}

/** Active estates matching every condition (access rules from `accessibleWhere`), by code. */
export async function activeEstatesWhere(
  tx: Tx,
  companyId: string,
  conditions: SQL[],
): Promise<{ id: string; code: string; name: string }[]> {
  assertCompanyId(companyId);
  return tx
    .select({ id: estates.id, code: estates.code, name: estates.name })
    .from(estates)
    .where(and(eq(estates.companyId, companyId), isNull(estates.archivedAt), ...conditions))
    .orderBy(asc(estates.code));
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
