/** SQL of community activities and the special-services menu. */
import { RECORD_LIST_LIMIT } from '@anju/domain';
import { and, asc, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import {
  type CommunityActivityRow,
  communityActivities,
  type SpecialServiceRow,
  specialServices,
} from './activities.schema.js';

export const activityColumns = {
  companyId: communityActivities.companyId,
  id: communityActivities.id,
  estateId: communityActivities.estateId,
};
export const serviceColumns = {
  companyId: specialServices.companyId,
  id: specialServices.id,
  estateId: specialServices.estateId,
};

export async function activitiesOf(
  tx: Tx,
  companyId: string,
  estateId: string,
  access: SQL,
  range: { from?: string; to?: string } = {},
): Promise<CommunityActivityRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(communityActivities)
    .where(
      and(
        eq(communityActivities.companyId, companyId),
        eq(communityActivities.estateId, estateId),
        access,
        range.from ? gte(communityActivities.heldOn, range.from) : undefined,
        range.to ? lte(communityActivities.heldOn, range.to) : undefined,
      ),
    )
    .orderBy(desc(communityActivities.heldOn), desc(communityActivities.createdAt))
    .limit(RECORD_LIST_LIMIT);
}

export async function findActivity(tx: Tx, companyId: string, id: string, lock = false) {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const q = tx
    .select()
    .from(communityActivities)
    .where(and(eq(communityActivities.companyId, companyId), eq(communityActivities.id, id)));
  const [row] = await (lock ? q.for('update') : q);
  return row;
}

export async function insertActivity(tx: Tx, values: typeof communityActivities.$inferInsert) {
  assertCompanyId(values.companyId);
  const [row] = await tx.insert(communityActivities).values(values).returning();
  return row!;
}

export async function updateActivity(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
  values: Partial<typeof communityActivities.$inferInsert>,
): Promise<CommunityActivityRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(communityActivities)
    .set({ ...values, version: version + 1 })
    .where(
      and(
        eq(communityActivities.companyId, companyId),
        eq(communityActivities.id, id),
        eq(communityActivities.version, version),
      ),
    )
    .returning();
  return row;
}

export async function servicesOf(
  tx: Tx,
  companyId: string,
  estateId: string,
  access: SQL,
): Promise<SpecialServiceRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(specialServices)
    .where(and(eq(specialServices.companyId, companyId), eq(specialServices.estateId, estateId), access))
    .orderBy(asc(specialServices.activeFrom), asc(specialServices.name), asc(specialServices.id));
}

export async function findService(tx: Tx, companyId: string, id: string, lock = false) {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const q = tx
    .select()
    .from(specialServices)
    .where(and(eq(specialServices.companyId, companyId), eq(specialServices.id, id)));
  const [row] = await (lock ? q.for('update') : q);
  return row;
}

export async function insertServices(tx: Tx, values: (typeof specialServices.$inferInsert)[]) {
  if (values.length === 0) return [];
  for (const v of values) assertCompanyId(v.companyId);
  return tx.insert(specialServices).values(values).returning();
}

export async function updateService(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
  values: Partial<typeof specialServices.$inferInsert>,
): Promise<SpecialServiceRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(specialServices)
    .set({ ...values, version: version + 1 })
    .where(
      and(
        eq(specialServices.companyId, companyId),
        eq(specialServices.id, id),
        eq(specialServices.version, version),
      ),
    )
    .returning();
  return row;
}
