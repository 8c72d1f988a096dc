/**
 * The audit-score indicator (`audit_score`, packages/domain catalogue): per estate and month,
 * the points earned over the applicable points of the estate's QUARTERLY audits submitted in that
 * month (in the company's time zone). Audits keep their score rescored when an appeal withdraws
 * a finding (a withdrawn item counts as earned), so the figure follows withdrawals.
 */
import { AUDIT_SCORE } from '@anju/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId } from '../../db/tenant.js';
import { companies } from '../companies/index.js';
import { recomputeFigures } from '../figures/index.js';
import { type IndicatorSource, registerIndicatorSource } from '../indicators/index.js';
import { audits } from './audits.schema.js';

export const AUDIT_SCORE_CODE = AUDIT_SCORE.code;

/** Earned and applicable points of an estate's quarterly audits submitted in `month`. */
export async function auditScoreSums(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
): Promise<{ earned: number; max: number; audits: number }> {
  assertCompanyId(companyId);
  const zone = sql`(select ${companies.timeZone} from ${companies} where ${companies.id} = ${companyId})`;
  const [row] = await tx
    .select({
      earned: sql<number>`coalesce(sum((${audits.score}->>'earned')::float8), 0)::float8`,
      max: sql<number>`coalesce(sum((${audits.score}->>'max')::float8), 0)::float8`,
      audits: sql<number>`count(*)::int`,
    })
    .from(audits)
    .where(
      and(
        eq(audits.companyId, companyId),
        eq(audits.estateId, estateId),
        eq(audits.kind, 'QUARTERLY'),
        inArray(audits.status, ['SUBMITTED', 'CLOSED']),
        sql`${audits.score} is not null`,
        sql`to_char(${audits.submittedAt} at time zone ${zone}, 'YYYY-MM') = ${month}`,
      ),
    );
  return { earned: Number(row?.earned ?? 0), max: Number(row?.max ?? 0), audits: Number(row?.audits ?? 0) };
}

export const auditScoreSource: IndicatorSource = {
  name: 'audits',
  measurement: 'AUDIT',
  codes: [AUDIT_SCORE_CODE],
  async compute(tx, companyId, estateId, month) {
    const sums = await auditScoreSums(tx, companyId, estateId, month);
    // No quarterly audit (or nothing applicable) that month: no figure rather than a zero.
    return sums.max > 0 ? { numerator: sums.earned, denominator: sums.max } : null;
  },
};

/** Registers the source (idempotent); answers the unregister. Called by the composition root. */
export function registerAuditScoreSource(): () => void {
  return registerIndicatorSource(auditScoreSource);
}

/**
 * Rewrites the estate-month's audit-score figure from the audits, in the caller's transaction:
 * after a quarterly audit is submitted (Part B) and after an appeal withdraws a finding.
 */
export function recomputeAuditScore(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
): Promise<void> {
  return recomputeFigures(tx, companyId, estateId, month, [AUDIT_SCORE_CODE]);
}
