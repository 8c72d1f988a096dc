import { and, asc, count, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId } from '../../db/tenant.js';
import { type CompanyRow, companies } from './companies.schema.js';

export async function findCompany(tx: Tx, companyId: string): Promise<CompanyRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx.select().from(companies).where(eq(companies.id, companyId));
  return row;
}

/** The company's time zone (the default zone when the company is not visible). */
export async function timeZoneOf(tx: Tx, companyId: string): Promise<string | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select({ timeZone: companies.timeZone })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row?.timeZone;
}

/** Platform scope (withSystem): every company, by slug. */
export async function listAllCompanies(tx: Tx, limit: number, afterSlug: string | undefined) {
  const rows = await tx
    .select()
    .from(companies)
    .where(afterSlug ? gt(companies.slug, afterSlug) : undefined)
    .orderBy(asc(companies.slug))
    .limit(limit + 1);
  const [total] = await tx.select({ n: count() }).from(companies);
  return { rows, total: total?.n ?? 0 };
}

export async function insertCompany(tx: Tx, values: { name: string; slug: string }): Promise<CompanyRow> {
  const [row] = await tx.insert(companies).values(values).returning();
  return row!;
}

/** Platform scope (withSystem): the company by id, locked for the change that follows. */
export async function lockCompany(tx: Tx, id: string): Promise<CompanyRow | undefined> {
  const [row] = await tx.select().from(companies).where(eq(companies.id, id)).for('update');
  return row;
}

export async function updateCompany(
  tx: Tx,
  id: string,
  values: { name?: string; timeZone?: string },
): Promise<CompanyRow> {
  const [row] = await tx.update(companies).set(values).where(eq(companies.id, id)).returning();
  return row!;
}

/** Sets or clears the suspension; undefined when it was already in that state. */
export async function setSuspended(tx: Tx, id: string, suspended: boolean): Promise<CompanyRow | undefined> {
  const [row] = await tx
    .update(companies)
    .set({ suspendedAt: suspended ? new Date() : null })
    .where(
      and(eq(companies.id, id), suspended ? isNull(companies.suspendedAt) : isNotNull(companies.suspendedAt)),
    )
    .returning();
  return row;
}

/** The caller's own company (tenant scope), locked for the settings change that follows. */
export async function lockOwnCompany(tx: Tx, companyId: string): Promise<CompanyRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx.select().from(companies).where(eq(companies.id, companyId)).for('update');
  return row;
}

/** Tenant scope: the settings a company admin changes (column grants allow nothing else). */
export async function updateSettings(
  tx: Tx,
  companyId: string,
  values: { figureReminderDay?: number | null },
): Promise<CompanyRow> {
  assertCompanyId(companyId);
  const [row] = await tx.update(companies).set(values).where(eq(companies.id, companyId)).returning();
  return row!;
}
