/**
 * What Part C hooks into shared services at start: the audit-score indicator source (recomputed
 * when a quarterly audit is submitted), and who may read the photos attached to a rectification
 * (whoever may read the rectification).
 */
import { monthOfDate, subject } from '@anju/domain';
import { eq } from 'drizzle-orm';
import { withTenant } from '../../db/tenant.js';
import { registerAttachmentReader } from '../../files/index.js';
import { companies } from '../companies/index.js';
import { onAuditSubmitted } from './audits.conduct.js';
import { rectificationSubject } from './audits.rectification.js';
import { findRectification } from './audits.rectification.store.js';
import { recomputeAuditScore, registerAuditScoreSource } from './audits.source.js';

let hooked = false;

export function registerRectificationHooks(): void {
  registerAuditScoreSource();
  if (!hooked) {
    hooked = true;
    // The quarterly score feeds the audit_score figure of the month it was submitted in (in the
    // company's time zone), as a computed draft that is approved with the estate's month.
    onAuditSubmitted(async (services, { audit }) => {
      if (audit.kind !== 'QUARTERLY' || !audit.submittedAt) return;
      const submittedAt = audit.submittedAt;
      await withTenant(services.database, audit.companyId, async (tx) => {
        const [company] = await tx
          .select({ timeZone: companies.timeZone })
          .from(companies)
          .where(eq(companies.id, audit.companyId));
        const month = monthOfDate(submittedAt, company?.timeZone || undefined);
        await recomputeAuditScore(tx, audit.companyId, audit.estateId, month);
      });
    });
  }
  registerAttachmentReader('Rectification', async (tx, caller, recordId) => {
    const row = await findRectification(tx, caller.companyId, recordId);
    return Boolean(
      row && caller.auth.ability.can('read', subject('Rectification', rectificationSubject(row))),
    );
  });
}
