/**
 * The SQL of saving one answer, the audit form's hot path (`./scripts/bench/run --suite=audits`):
 * a read that locks the audit, then one statement that writes the answer, its change-log entry
 * and its client key together. Both are prepared statements written as SQL text (db/prepared.ts).
 */
import type { Tx } from '../../db/client.js';
import { runStatement, type Statement, tableRowMapper, uuidArray } from '../../db/prepared.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import type { StoredKey } from '../idempotency/index.js';
import { type AuditAnswerRow, type AuditRow, auditAnswers, audits } from './audits.schema.js';

/** What saving an answer needs of an audit, read and locked in one statement. */
export interface AuditForAnswer {
  audit: AuditRow;
  auditors: string[];
  answer: AuditAnswerRow | undefined;
  /** The caller's earlier use of the client key, as the lock found it (a retry). */
  prior: StoredKey | undefined;
}

const auditRow = tableRowMapper(audits);
const answerRow = tableRowMapper(auditAnswers);

/** The client key's earlier use by the user (`$userId`, `$key`: placeholders), as JSON. */
const priorKey = (company: string, user: string, key: string) =>
  `(select json_build_object('operation', k.operation, 'payloadHash', k.payload_hash, 'result', k.result)
     from idempotency_keys k where k.company_id = ${company} and k.user_id = ${user} and k.key = ${key})`;

const LOCK_FOR_ANSWER: Statement = {
  name: 'audits.lockForAnswer',
  text: `select a.*,
      coalesce((select json_agg(x.user_id) from audit_auditors x
        where x.company_id = a.company_id and x.audit_id = a.id), '[]'::json) as "__auditors",
      (select row_to_json(y) from audit_answers y
        where y.company_id = a.company_id and y.audit_id = a.id and y.item_key = $3) as "__answer",
      ${priorKey('a.company_id', '$4', '$5')} as "__prior"
    from audits a where a.company_id = $1 and a.id = $2
    for no key update`,
};

/**
 * The audit (locked against a concurrent submission or start: saves of one audit queue behind
 * each other for the few milliseconds each takes), its auditors, the current answer of `itemKey`
 * and the caller's earlier use of the client key, in one statement. The key as seen here may miss
 * a retry that committed while this statement waited for the lock: the write checks it again.
 */
export async function lockAuditForAnswer(
  tx: Tx,
  companyId: string,
  auditId: string,
  itemKey: string,
  userId: string,
  clientKey: string,
): Promise<AuditForAnswer | undefined> {
  assertCompanyId(companyId);
  if (!isUuid(auditId)) return undefined;
  const [row] = await runStatement(tx, LOCK_FOR_ANSWER, [companyId, auditId, itemKey, userId, clientKey]);
  if (!row) return undefined;
  const answer = row.__answer as Record<string, unknown> | null;
  return {
    audit: auditRow(row),
    auditors: row.__auditors as string[],
    // row_to_json writes timestamps as JSON text and arrays as JSON arrays: decoded like the rest.
    answer: answer ? answerRow(answer) : undefined,
    prior: (row.__prior as StoredKey | null) ?? undefined,
  };
}

/** ISO 8601 in UTC with milliseconds, as `Date.prototype.toJSON` writes it. */
const isoSql = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** An answer row as JSON, with the keys and formats of the row as the API holds it. */
const answerRowJson = (t: string) =>
  `jsonb_build_object('companyId', ${t}.company_id, 'id', ${t}.id, 'auditId', ${t}.audit_id,
    'itemKey', ${t}.item_key, 'kind', ${t}.kind, 'score', ${t}.score, 'note', ${t}.note,
    'photoFileIds', to_jsonb(${t}.photo_file_ids), 'answeredBy', ${t}.answered_by,
    'answeredAt', ${isoSql(`${t}.answered_at`)}, 'version', ${t}.version)`;

/** An answer as the API answers it (`toAnswer`, `answerJson`): what the client key keeps. */
const answerJson = (t: string) =>
  `jsonb_build_object('auditId', ${t}.audit_id, 'itemKey', ${t}.item_key, 'kind', ${t}.kind,
    'score', ${t}.score, 'note', ${t}.note, 'photoFileIds', to_jsonb(${t}.photo_file_ids),
    'version', ${t}.version, 'answeredBy', ${t}.answered_by, 'answeredAt', ${isoSql(`${t}.answered_at`)})`;

/*
 * Parameters of both writes: $1 company, $2 audit, $3 item key, $4 kind, $5 score, $6 note,
 * $7 photos, $8 the caller (answered by, actor, key owner), $9 answered at, $10 client key,
 * $11 operation, $12 payload hash, $13 request id, $14 the expected version (update) or the new
 * answer's id (insert).
 *
 * Nothing is written if the key was used meanwhile (`prior`, seen with the lock held); the
 * change-log entry and the key are written only with the answer (from `saved`), so a refused
 * write writes nothing at all. A key that another transaction holds fails the statement (unique
 * violation), which aborts the transaction, answer and entry with it.
 */
const writeAnswer = (save: string, before: string) => `with
  prior as (select 1 from idempotency_keys where company_id = $1 and user_id = $8 and key = $10),
  ${save},
  logged as (
    insert into change_log
      (company_id, actor_user_id, action, subject_type, subject_id, before, after, request_id)
    select $1, $8, 'audit.item.save', 'Audit', $2, ${before}, ${answerRowJson('s')}, $13 from saved s),
  keyed as (
    insert into idempotency_keys (company_id, user_id, key, operation, payload_hash, result)
    select $1, $8, $10, $11, $12, ${answerJson('s')} from saved s)
  select exists (select from saved) as saved,
    ${priorKey('$1', '$8', '$10')} as prior`;

const UPDATE_ANSWER: Statement = {
  name: 'audits.saveAnswer.update',
  text: writeAnswer(
    `old as (select * from audit_answers where company_id = $1 and audit_id = $2 and item_key = $3),
  saved as (
    update audit_answers set kind = $4, score = $5, note = $6, photo_file_ids = $7::uuid[],
      answered_by = $8, answered_at = $9, version = version + 1
    where company_id = $1 and audit_id = $2 and item_key = $3 and version = $14
      and not exists (select from prior)
    returning *)`,
    `(select ${answerRowJson('o')} from old o)`,
  ),
};

const INSERT_ANSWER: Statement = {
  name: 'audits.saveAnswer.insert',
  text: writeAnswer(
    `saved as (
    insert into audit_answers
      (company_id, id, audit_id, item_key, kind, score, note, photo_file_ids, answered_by, answered_at, version)
    select $1, $14, $2, $3, $4, $5, $6, $7::uuid[], $8, $9, 1 where not exists (select from prior)
    on conflict do nothing returning *)`,
    'null::jsonb',
  ),
};

export interface AnswerToSave {
  companyId: string;
  auditId: string;
  itemKey: string;
  kind: NonNullable<AuditAnswerRow['kind']>;
  score: number | null;
  note: string | null;
  photoFileIds: readonly string[];
  userId: string;
  answeredAt: Date;
  clientKey: string;
  operation: string;
  payloadHash: string;
  requestId: string | null;
  /** The answer it replaces (its version is the one expected), or the id of a first answer. */
  replaces: { version: number } | { newId: string };
}

/** What the write did: saved, or not (the key was used meanwhile, or the version moved on). */
export interface AnswerWritten {
  saved: boolean;
  prior: StoredKey | undefined;
}

/**
 * Writes an answer if the item is still at the expected version (a first answer: if there is
 * none yet), with its change-log entry and its client key, in one statement.
 */
export async function saveAnswer(tx: Tx, a: AnswerToSave): Promise<AnswerWritten> {
  assertCompanyId(a.companyId);
  const updating = 'version' in a.replaces;
  const [row] = await runStatement<{ saved: boolean; prior: StoredKey | null }>(
    tx,
    updating ? UPDATE_ANSWER : INSERT_ANSWER,
    [
      a.companyId,
      a.auditId,
      a.itemKey,
      a.kind,
      a.score,
      a.note,
      uuidArray(a.photoFileIds),
      a.userId,
      a.answeredAt,
      a.clientKey,
      a.operation,
      a.payloadHash,
      a.requestId,
      'version' in a.replaces ? a.replaces.version : a.replaces.newId,
    ],
  );
  return { saved: row!.saved, prior: row!.prior ?? undefined };
}
