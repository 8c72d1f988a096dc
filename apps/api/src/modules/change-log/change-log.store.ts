import type { Tx } from '../../db/client.js';
import { jsonText, runStatement, type Statement } from '../../db/prepared.js';

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

const INSERT: Statement = {
  name: 'changeLog.insert',
  text: `insert into change_log
      (company_id, actor_user_id, action, subject_type, subject_id, before, after, request_id)
    values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8)`,
};

/** Never store secrets in the trail. */
const withoutSecrets = (key: string, value: unknown) =>
  key === 'passwordHash' || key === 'invitationTokenHash' ? undefined : value;

/**
 * Written inside the caller's transaction: the change and its record commit or fail together.
 * Every write sends it, so it is a prepared statement written as SQL text (see db/prepared.ts).
 */
export async function writeChangeLog(tx: Tx, entry: ChangeEntry): Promise<void> {
  await runStatement(tx, INSERT, [
    entry.companyId,
    entry.actorUserId,
    entry.action,
    entry.subjectType,
    entry.subjectId,
    jsonText(entry.before, withoutSecrets),
    jsonText(entry.after, withoutSecrets),
    entry.requestId ?? null,
  ]);
}
