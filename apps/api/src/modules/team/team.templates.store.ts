/** SQL of company staffing templates; every function is company-scoped. */
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { type StaffingTemplateRow, staffingTemplates } from './team.templates.schema.js';

/** The fields the CASL rules of StaffingTemplate name, for `accessibleWhere`. */
export const templateColumns = {
  companyId: staffingTemplates.companyId,
  id: staffingTemplates.id,
};

export async function findTemplate(
  tx: Tx,
  companyId: string,
  id: string,
  lock = false,
): Promise<StaffingTemplateRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const query = tx
    .select()
    .from(staffingTemplates)
    .where(and(eq(staffingTemplates.companyId, companyId), eq(staffingTemplates.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The company's templates that `access` lets the caller read, by name. */
export async function listTemplates(tx: Tx, companyId: string, access: SQL): Promise<StaffingTemplateRow[]> {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(staffingTemplates)
    .where(and(eq(staffingTemplates.companyId, companyId), access))
    .orderBy(asc(staffingTemplates.name), asc(staffingTemplates.id));
}

export type NewTemplate = Pick<
  StaffingTemplateRow,
  'name' | 'description' | 'departments' | 'positions' | 'createdBy'
>;

export async function insertTemplate(
  tx: Tx,
  companyId: string,
  values: NewTemplate,
  now: Date,
): Promise<StaffingTemplateRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .insert(staffingTemplates)
    .values({ ...values, companyId, createdAt: now, updatedAt: now })
    .returning();
  return row!;
}

/** Optimistic: only changes the version the caller read; `undefined` means someone else won. */
export async function updateTemplate(
  tx: Tx,
  companyId: string,
  id: string,
  version: number,
  values: Partial<Pick<StaffingTemplateRow, 'name' | 'description'>>,
  now: Date,
): Promise<StaffingTemplateRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(staffingTemplates)
    .set({ ...values, version: sql`${staffingTemplates.version} + 1`, updatedAt: now })
    .where(
      and(
        eq(staffingTemplates.companyId, companyId),
        eq(staffingTemplates.id, id),
        eq(staffingTemplates.version, version),
      ),
    )
    .returning();
  return row;
}

export async function deleteTemplate(
  tx: Tx,
  companyId: string,
  id: string,
): Promise<StaffingTemplateRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .delete(staffingTemplates)
    .where(and(eq(staffingTemplates.companyId, companyId), eq(staffingTemplates.id, id)))
    .returning();
  return row;
}
