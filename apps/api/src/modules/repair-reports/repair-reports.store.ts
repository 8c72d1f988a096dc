/**
 * SQL of the residents' public repair page. Two lookups run before any company is known, under
 * withSystem('public-link'): each reads one row by its unguessable token (the estate's link, or
 * the SHA-256 of a tracking token) and answers only the company and the row's ids. Everything
 * else runs in that company's tenant transaction (RLS), company-scoped.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import { companies } from '../companies/index.js';
import { estates } from '../estates/index.js';
import {
  type EstateRepairLinkRow,
  estateRepairLinks,
  type RepairReportRow,
  repairReports,
} from './repair-reports.schema.js';

// ---- public lookups (withSystem('public-link')) ---------------------------------------------------

/** The estate a link token opens: a managed, not archived estate of a company in service. */
export async function estateOfToken(
  tx: Tx,
  token: string,
): Promise<{ companyId: string; estateId: string } | undefined> {
  const [row] = await tx
    .select({ companyId: estateRepairLinks.companyId, estateId: estateRepairLinks.estateId })
    .from(estateRepairLinks)
    .innerJoin(
      estates,
      and(eq(estates.companyId, estateRepairLinks.companyId), eq(estates.id, estateRepairLinks.estateId)),
    )
    .innerJoin(companies, eq(companies.id, estateRepairLinks.companyId))
    .where(
      and(
        eq(estateRepairLinks.token, token),
        isNull(estates.archivedAt),
        eq(estates.status, 'MANAGED'),
        isNull(companies.suspendedAt),
      ),
    )
    .limit(1);
  return row;
}

/** The report a tracking token's hash names (company in service). */
export async function reportOfTokenHash(
  tx: Tx,
  hash: string,
): Promise<{ companyId: string; reportId: string } | undefined> {
  const [row] = await tx
    .select({ companyId: repairReports.companyId, reportId: repairReports.id })
    .from(repairReports)
    .innerJoin(companies, eq(companies.id, repairReports.companyId))
    .where(and(eq(repairReports.trackingTokenHash, hash), isNull(companies.suspendedAt)))
    .limit(1);
  return row;
}

// ---- tenant ----------------------------------------------------------------------------------------

export async function linkOfEstate(
  tx: Tx,
  companyId: string,
  estateId: string,
  lock = false,
): Promise<EstateRepairLinkRow | undefined> {
  assertCompanyId(companyId);
  const q = tx
    .select()
    .from(estateRepairLinks)
    .where(and(eq(estateRepairLinks.companyId, companyId), eq(estateRepairLinks.estateId, estateId)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** The estate's link, made now if it has none (two callers at once: the second finds the first's). */
export async function ensureLink(
  tx: Tx,
  companyId: string,
  values: { estateId: string; token: string; createdBy: string | null; createdAt: Date },
): Promise<{ row: EstateRepairLinkRow; created: boolean }> {
  assertCompanyId(companyId);
  const [inserted] = await tx
    .insert(estateRepairLinks)
    .values({ ...values, companyId })
    .onConflictDoNothing({ target: [estateRepairLinks.companyId, estateRepairLinks.estateId] })
    .returning();
  if (inserted) return { row: inserted, created: true };
  return { row: (await linkOfEstate(tx, companyId, values.estateId))!, created: false };
}

export async function rotateLink(
  tx: Tx,
  companyId: string,
  id: string,
  values: { token: string; rotatedBy: string; rotatedAt: Date },
): Promise<EstateRepairLinkRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(estateRepairLinks)
    .set({ ...values, version: sql`${estateRepairLinks.version} + 1` })
    .where(and(eq(estateRepairLinks.companyId, companyId), eq(estateRepairLinks.id, id)))
    .returning();
  return row!;
}

export async function insertReport(
  tx: Tx,
  companyId: string,
  values: Omit<typeof repairReports.$inferInsert, 'companyId' | 'id'>,
): Promise<RepairReportRow> {
  assertCompanyId(companyId);
  const [row] = await tx
    .insert(repairReports)
    .values({ ...values, companyId })
    .returning();
  return row!;
}

export async function findReport(
  tx: Tx,
  companyId: string,
  id: string,
  lock = false,
): Promise<RepairReportRow | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(id)) return undefined;
  const q = tx
    .select()
    .from(repairReports)
    .where(and(eq(repairReports.companyId, companyId), eq(repairReports.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** Records the rating once: undefined when the report was rated already. */
export async function rateReport(
  tx: Tx,
  companyId: string,
  id: string,
  values: { rating: number; ratingComment: string | null; ratedAt: Date },
): Promise<RepairReportRow | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(repairReports)
    .set(values)
    .where(
      and(eq(repairReports.companyId, companyId), eq(repairReports.id, id), isNull(repairReports.ratedAt)),
    )
    .returning();
  return row;
}
