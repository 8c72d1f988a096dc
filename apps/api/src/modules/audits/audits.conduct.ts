/**
 * Conducting audits (issue 9, items 4 and 5): each item saves as it is answered — idempotent by the
 * device's client key, so a retry (offline queue, lost response) never writes twice — with a
 * per-item version so that two auditors never overwrite each other (CONFLICT with the current
 * answer); submitting scores the audit and raises its findings and rectifications.
 */
import { randomUUID } from 'node:crypto';
import {
  type AuditTemplateContent,
  type AuditTemplateItem,
  answerFieldProblem,
  check,
  DEFAULT_GRADE_BANDS,
  type SaveAuditItemInput as SaveAuditItemParsed,
  saveAuditItemSchema,
  scoreAudit,
  subject,
} from '@anju/domain';
import { attachFile, registerAttachmentReader } from '../../files/index.js';
import type { Context } from '../../graphql/context.js';
import type { RectificationChangedPayload } from '../../graphql/pubsub.js';
import { appError, badInput, findPgError } from '../../lib/errors.js';
import type { AppServices } from '../../lib/services.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { assertKeyFormat, findKey, payloadHash, replayOf, type StoredKey } from '../idempotency/index.js';
import { assertConductor, assertReadable, auditSubject, publishAudit } from './audits.access.js';
import type { AnswerWritten } from './audits.answers.store.js';
import * as answers from './audits.answers.store.js';
import { type RaisedFindings, raiseFindings } from './audits.findings.js';
import { startRow } from './audits.plan.js';
import { answerMap, toAnswer, toAudit } from './audits.read.js';
import type { AuditAnswerRow, AuditRow } from './audits.schema.js';
import * as store from './audits.store.js';
import type { Audit, AuditItemAnswer, SaveAuditItemInput } from './audits.types.js';

/** The rectification module's overdue job (Part C): queued for each raised rectification if defined. */
export const RECTIFICATION_OVERDUE_JOB = 'rectifications.overdue';

/** Called once a submission committed (Part C: recompute the audit-score indicator …). */
export type AuditSubmittedListener = (
  services: AppServices,
  submitted: { audit: AuditRow; raised: RaisedFindings },
) => Promise<void>;
const submittedListeners: AuditSubmittedListener[] = [];
export function onAuditSubmitted(listener: AuditSubmittedListener): void {
  submittedListeners.push(listener);
}

const closedStatuses = new Set(['SUBMITTED', 'CLOSED', 'CANCELLED']);

function itemOf(content: AuditTemplateContent, key: string): AuditTemplateItem | undefined {
  for (const section of content.sections) for (const item of section.items) if (item.key === key) return item;
  return undefined;
}

/** An answer as JSON (stored with the idempotency key, sent as a CONFLICT's `current`). */
const answerJson = (a: AuditItemAnswer) => ({
  ...a,
  answeredAt: a.answeredAt ? a.answeredAt.toISOString() : null,
});
type AnswerJson = ReturnType<typeof answerJson>;
const fromJson = (j: AnswerJson): AuditItemAnswer => ({
  ...j,
  answeredAt: j.answeredAt ? new Date(j.answeredAt) : null,
});

/**
 * A save that wrote nothing: the key was used meanwhile (`prior`; `keyTaken`: by a transaction
 * that committed while the write waited for it), or the version moved on.
 */
class NotSaved extends Error {
  constructor(
    readonly prior: StoredKey | undefined,
    readonly keyTaken = false,
  ) {
    super('answer not saved');
  }
}

/**
 * Saves one item's answer. The audit is locked for the save (saves of one audit queue behind each
 * other for the moment each takes, and a submission waits for them). Two statements between BEGIN
 * and COMMIT: the lock, which also reads the auditors, the item's answer and the client key's
 * earlier use; then the write of the answer with its change-log entry and its key, which is sent
 * with the COMMIT (three round trips in all, as the bare tenant lookup takes). A write refused by
 * the database writes nothing (audits.answers.store.ts); it is told apart after the commit.
 */
export async function saveAuditItem(ctx: Context, raw: SaveAuditItemInput): Promise<AuditItemAnswer> {
  let writing: Promise<AnswerWritten> | undefined;
  // What the write was sent for (validated), for telling a refused write apart afterwards.
  let saving: { input: SaveAuditItemParsed; hash: string } | undefined;
  let done: { audit: AuditRow; started: boolean; answer: AuditItemAnswer; replayed: boolean };
  try {
    done = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      const checked = check(saveAuditItemSchema, { ...raw, photoFileIds: raw.photoFileIds ?? [] }, ['input']);
      // The audit (locked), its auditors, the item's current answer and the key's earlier use.
      const found = await answers.lockAuditForAnswer(
        tx,
        caller.companyId,
        String(raw.auditId ?? ''),
        typeof raw.itemKey === 'string' ? raw.itemKey : '',
        caller.userId,
        checked.ok ? checked.data.clientKey : '',
      );
      // Refusal before validation: whoever may not see the audit learns nothing from the input.
      const peek = assertReadable(caller, found?.audit);
      assertConductor(caller, peek, found!.auditors);
      if (!checked.ok) throw badInput(checked.problems);
      const input = checked.data;
      assertKeyFormat(input.clientKey);
      const hash = payloadHash(keyPayload(input));
      saving = { input, hash };
      // A retry of a save that committed: its answer, whatever happened since.
      if (found!.prior) {
        const answer = fromJson(replayOf<AnswerJson>(found!.prior, OPERATION, hash));
        return { audit: peek, started: false, answer, replayed: true };
      }

      let audit = peek;
      if (closedStatuses.has(audit.status))
        throw badInput([
          { path: ['input', 'auditId'], reason: 'SUBMITTED', message: '检查已提交，不能再修改' },
        ]);
      const version = await store.findTemplateVersionCached(tx, caller.companyId, audit.templateVersionId);
      const item = version && itemOf(version.content, input.itemKey);
      if (!item)
        throw badInput([{ path: ['input', 'itemKey'], reason: 'NOT_FOUND', message: '检查项不存在' }]);
      const domainAnswer =
        input.kind === 'SCORE' ? { kind: 'SCORE' as const, score: input.score! } : { kind: input.kind };
      const problem = answerFieldProblem(item, domainAnswer, ['input', 'score']);
      if (problem) throw badInput([problem]);

      // Read with the lock, for the item the input names (read again if validation normalised it).
      const before =
        input.itemKey === raw.itemKey
          ? found!.answer
          : await store.findAnswer(tx, caller.companyId, audit.id, input.itemKey);
      if ((before?.version ?? 0) !== input.expectedVersion) throw stale(before);
      // Photos: each new one must be the caller's own upload; attached to the audit, so whoever
      // may read the audit may download them (the 'Audit' attachment reader).
      const kept = new Set(before?.photoFileIds ?? []);
      const problems = [];
      for (const [i, fileId] of input.photoFileIds.entries()) {
        if (kept.has(fileId)) continue;
        const attached = await attachFile(
          tx,
          caller,
          fileId,
          { type: 'Audit', id: audit.id },
          ctx.services.clock(),
        );
        if (!attached)
          problems.push({
            path: ['input', 'photoFileIds', i],
            reason: 'NOT_FOUND',
            message: '照片不存在或已过期',
          });
        else if (!attached.contentType.startsWith('image/'))
          problems.push({ path: ['input', 'photoFileIds', i], reason: 'INVALID', message: '只能上传图片' });
      }
      if (problems.length) throw badInput(problems);

      const now = ctx.services.clock();
      const started = audit.status === 'PLANNED';
      if (started) {
        // A planned audit starts with its first answer, logged before it.
        const beforeAudit = audit;
        audit = await startRow(tx, audit, now);
        await changeLog('audit.start', 'Audit', audit.id, beforeAudit, audit);
      }
      const answer: AuditItemAnswer = {
        auditId: audit.id,
        itemKey: input.itemKey,
        kind: input.kind,
        score: input.kind === 'SCORE' ? input.score! : null,
        note: input.note ?? null,
        photoFileIds: input.photoFileIds,
        version: input.expectedVersion + 1,
        answeredBy: caller.userId,
        answeredAt: now,
      };
      writing = answers.saveAnswer(tx, {
        companyId: caller.companyId,
        auditId: audit.id,
        itemKey: input.itemKey,
        kind: input.kind,
        score: answer.score,
        note: answer.note,
        photoFileIds: input.photoFileIds,
        userId: caller.userId,
        answeredAt: now,
        clientKey: input.clientKey,
        operation: OPERATION,
        payloadHash: hash,
        requestId: ctx.requestId ?? null,
        replaces: before ? { version: before.version } : { newId: randomUUID() },
      });
      writing.catch(() => {});
      // The audit's start commits only with its answer; otherwise the write goes with the COMMIT.
      if (started) {
        const written = await writing;
        if (!written.saved) throw new NotSaved(written.prior);
      }
      return { audit, started, answer, replayed: false };
    });
    const written = writing && (await writing);
    if (written && !written.saved) throw new NotSaved(written.prior);
  } catch (error) {
    let refused = error;
    // A failed write aborted the transaction (its COMMIT only rolled back): it is the cause.
    if (writing && !(error instanceof NotSaved))
      refused = await writing.then(
        () => error,
        (cause) => (keyTaken(cause) ? new NotSaved(undefined, true) : cause),
      );
    if (!(refused instanceof NotSaved)) throw refused;
    return notSaved(ctx, saving!, refused);
  }
  if (!done.replayed) {
    const actorUserId = ctx.auth?.session.userId ?? null;
    if (done.started) publishAudit(ctx.services.pubsub, done.audit, 'STARTED', { actorUserId });
    publishAudit(ctx.services.pubsub, done.audit, 'ITEM_SAVED', {
      itemKey: done.answer.itemKey,
      actorUserId,
    });
  }
  return done.answer;
}

const OPERATION = 'saveAuditItem';

/** The client key's row was inserted by another transaction while the write waited for it. */
function keyTaken(error: unknown): boolean {
  const e = findPgError(error);
  return e?.code === '23505' && !!e.constraint?.startsWith('idempotency_keys_');
}

/** The CONFLICT of a save based on an older version, with the item's answer as it is now. */
function stale(current: AuditAnswerRow | undefined) {
  return appError('CONFLICT', '该检查项已被他人修改，请查看最新结果后再保存', {
    reason: 'STALE_VERSION',
    current: current ? answerJson(toAnswer(current)) : null,
  });
}

/**
 * A save the database refused after the checks (rare: a race): a retry of it that committed
 * meanwhile is answered with its result; otherwise another auditor saved the item first.
 */
async function notSaved(
  ctx: Context,
  { input, hash }: { input: SaveAuditItemParsed; hash: string },
  refused: NotSaved,
): Promise<AuditItemAnswer> {
  const prior = refused.keyTaken
    ? await tenantRead(ctx, (tx, caller) => findKey(tx, caller.companyId, caller.userId, input.clientKey))
    : refused.prior;
  if (prior || refused.keyTaken) return fromJson(replayOf<AnswerJson>(prior, OPERATION, hash));
  const current = await tenantRead(ctx, (tx, caller) =>
    store.findAnswer(tx, caller.companyId, input.auditId, input.itemKey),
  );
  throw stale(current);
}

/** What the client key of a save stands for: the save without its key. */
function keyPayload(input: SaveAuditItemParsed) {
  const { clientKey: _, ...payload } = input;
  return payload;
}

/**
 * Submits an audit whose every item is answered: stores the score (company grade bands), raises
 * a finding and a rectification per failed item, then tells subscribers and queues each
 * rectification's overdue job.
 */
export async function submitAudit(ctx: Context, id: string): Promise<Audit> {
  const { audit, raised } = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = assertReadable(caller, await store.findAudit(tx, caller.companyId, id, 'update'));
    const auditors = (await store.auditorsOf(tx, caller.companyId, [id])).get(id) ?? [];
    assertConductor(caller, before, auditors);
    if (closedStatuses.has(before.status))
      throw badInput([{ path: ['input', 'id'], reason: 'SUBMITTED', message: '检查已提交' }]);
    const version = await store.findTemplateVersionCached(tx, caller.companyId, before.templateVersionId);
    const content = version!.content;
    const answers: AuditAnswerRow[] = await store.answersOf(tx, caller.companyId, [id]);
    const bands = (await store.gradeBandsOf(tx, caller.companyId)) ?? DEFAULT_GRADE_BANDS;
    const score = scoreAudit(content, answerMap(answers), { bands });
    if (score.total.unanswered > 0)
      throw badInput([
        {
          path: ['input', 'id'],
          reason: 'REQUIRED',
          message: `还有 ${score.total.unanswered} 项未检查`,
          params: { count: score.total.unanswered },
        },
      ]);
    const now = ctx.services.clock();
    const audit = (await store.updateAudit(tx, caller.companyId, id, {
      status: 'SUBMITTED',
      startedAt: before.startedAt ?? now,
      submittedAt: now,
      submittedBy: caller.userId,
      score: score.total,
      scorePercent: score.total.percent,
    }))!;
    const raised = await raiseFindings(tx, { companyId: caller.companyId, audit, content, answers, now });
    await changeLog('audit.submit', 'Audit', id, before, {
      ...audit,
      findings: raised.findings.map((f) => f.id),
      rectifications: raised.rectifications.map((r) => r.id),
    });
    return { audit, raised };
  });
  await afterSubmitted(ctx.services, audit, raised, ctx.auth?.session.userId ?? null);
  return toAudit(audit);
}

async function afterSubmitted(
  services: AppServices,
  audit: AuditRow,
  raised: RaisedFindings,
  actorUserId: string | null,
): Promise<void> {
  publishAudit(services.pubsub, audit, 'SUBMITTED', { actorUserId });
  for (const r of raised.rectifications) {
    const payload: RectificationChangedPayload = {
      rectificationId: r.id,
      findingId: r.findingId,
      auditId: r.auditId,
      estateId: r.estateId,
      auditKind: r.auditKind,
      status: r.status,
      assigneeUserId: r.assigneeUserId,
      overdue: false,
      event: 'RAISED',
      actorUserId,
    };
    services.pubsub.publish('RECTIFICATION_CHANGED', audit.companyId, payload);
  }
  if (services.jobs.defines(RECTIFICATION_OVERDUE_JOB)) {
    for (const r of raised.rectifications)
      await services.jobs.send(
        RECTIFICATION_OVERDUE_JOB,
        audit.companyId,
        { rectificationId: r.id },
        { startAfter: r.dueAt, singletonKey: `overdue:${r.id}` },
      );
  }
  for (const listener of submittedListeners) {
    try {
      await listener(services, { audit, raised });
    } catch (error) {
      // The submission committed; a follow-up's failure is logged, not the auditor's problem.
      services.logger.error({ err: error, auditId: audit.id }, 'after-submit listener failed');
    }
  }
}

// Photos of an audit's answers are attached to the audit: whoever may read the audit may download
// them (a planned spot check's photos stay as hidden as the audit itself).
registerAttachmentReader('Audit', async (tx, caller, auditId) => {
  const audit = await store.findAudit(tx, caller.companyId, auditId);
  return !!audit && caller.auth.ability.can('read', subject('Audit', auditSubject(audit)));
});
