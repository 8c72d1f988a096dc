import type { Tx } from '../../db/client.js';
import { auditLog } from './audit-log.schema.js';

export interface AuditEntry {
  companyId: string;
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | undefined;
}

/** Written inside the caller's transaction: the change and its record commit or fail together. */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    companyId: entry.companyId,
    actorUserId: entry.actorUserId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    before: toJson(entry.before),
    after: toJson(entry.after),
    requestId: entry.requestId ?? null,
  });
}

function toJson(value: unknown): unknown {
  if (value === undefined) return null;
  // Never store secrets in the trail.
  return JSON.parse(
    JSON.stringify(value, (key, v) =>
      key === 'passwordHash' || key === 'invitationTokenHash' ? undefined : v,
    ),
  );
}
