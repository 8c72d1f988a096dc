/** SQL of incidents. */
import { type IncidentKind, RECORD_LIST_LIMIT } from '@anju/domain';
import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { type IncidentRow, incidents } from './incidents.schema.js';

export const incidentColumns = {
  companyId: incidents.companyId,
  id: incidents.id,
  estateId: incidents.estateId,
};

export async function incidentsOf(
  tx: Tx,
  companyId: string,
  estateId: string,
  access: SQL,
  filter: { from?: string; to?: string; kind?: IncidentKind | null } = {},
): Promise<IncidentRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(incidents)
    .where(
      and(
        eq(incidents.companyId, companyId),
        eq(incidents.estateId, estateId),
        access,
        filter.from ? gte(incidents.occurredOn, filter.from) : undefined,
        filter.to ? lte(incidents.occurredOn, filter.to) : undefined,
        filter.kind ? eq(incidents.kind, filter.kind) : undefined,
      ),
    )
    .orderBy(desc(incidents.occurredOn), desc(incidents.createdAt))
    .limit(RECORD_LIST_LIMIT);
}

export async function findIncident(tx: Tx, companyId: string, id: string, lock = false) {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const q = tx
    .select()
    .from(incidents)
    .where(and(eq(incidents.companyId, companyId), eq(incidents.id, id)));
  const [row] = await (lock ? q.for('update') : q);
  return row;
}

export async function insertIncident(tx: Tx, values: typeof incidents.$inferInsert): Promise<IncidentRow> {
  assertCompanyId(values.companyId);
  const [row] = await tx.insert(incidents).values(values).returning();
  return row!;
}

export async function updateIncident(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
  values: Partial<typeof incidents.$inferInsert>,
): Promise<IncidentRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(incidents)
    .set({ ...values, version: version + 1 })
    .where(and(eq(incidents.companyId, companyId), eq(incidents.id, id), eq(incidents.version, version)))
    .returning();
  return row;
}
