import type { Tx } from '../../db/client.js';
import { changeLog } from './change-log.schema.js';

export interface ChangeEntry {
  companyId: string;
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  /** The row as it was before the change (null for a creation), loaded before changing it. */
  before?: unknown;
  after?: unknown;
  requestId?: string | undefined;
}

/**
 * Written inside the caller's transaction: the change and its record commit or fail together.
 * Every write sends it, so it is a prepared statement (see db/prepared.ts).
 */
export async function writeChangeLog(tx: Tx, entry: ChangeEntry): Promise<void> {
  await tx
    .insert(changeLog)
    .values({
      companyId: entry.companyId,
      actorUserId: entry.actorUserId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: entry.requestId ?? null,
    })
    .prepare('changeLog.insert')
    .execute();
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
