/**
 * What Part C hooks into shared services at start: the audit-score indicator source, and who may
 * read the photos attached to a rectification (whoever may read the rectification).
 */
import { subject } from '@anju/domain';
import { registerAttachmentReader } from '../../files/index.js';
import { rectificationSubject } from './audits.rectification.js';
import { findRectification } from './audits.rectification.store.js';
import { registerAuditScoreSource } from './audits.source.js';

export function registerRectificationHooks(): void {
  registerAuditScoreSource();
  registerAttachmentReader('Rectification', async (tx, caller, recordId) => {
    const row = await findRectification(tx, caller.companyId, recordId);
    return Boolean(
      row && caller.auth.ability.can('read', subject('Rectification', rectificationSubject(row))),
    );
  });
}
