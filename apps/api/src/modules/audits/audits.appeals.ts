/**
 * Appeals (申诉): the estate manager disputes a finding of an HQ audit, once; the auditor upholds
 * it or withdraws it with reasons. A withdrawal cancels the rectification, rescores the audit (the
 * item counts as earned) and recomputes the estate's audit-score figure for the month.
 */
import { appealFindingInput, decideAppealInput, HQ_AUDIT_KINDS, monthOfDate, scoreAudit } from '@anju/domain';
import { assertCan } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import { type Context, requireTenant, type TenantCaller } from '../../graphql/context.js';
import { badInput, conflict, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantWrite, type WriteScope } from '../../lib/write.js';
import {
  closeIfDone,
  flush,
  newOutbox,
  notifyAbout,
  type Outbox,
  rectificationPayload,
  toFindings,
} from './audits.rectification.js';
import * as store from './audits.rectification.store.js';
import type { AppealFindingInput, DecideAppealInput, Finding } from './audits.rectification.types.js';
import { recomputeAuditScore } from './audits.source.js';

const findingSubject = (f: { companyId: string; estateId: string }) => ({
  companyId: f.companyId,
  estateId: f.estateId,
});

async function findingView(tx: Tx, caller: TenantCaller, findingId: string, now: Date): Promise<Finding> {
  const row = await store.findFull(tx, caller.companyId, { findingId });
  const [view] = await toFindings(tx, caller.companyId, [row!], now);
  return view!;
}

export function appealFinding(ctx: Context, input: AppealFindingInput): Promise<Finding> {
  const out = newOutbox();
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const full = await store.findFull(tx, caller.companyId, { findingId: String(input.findingId) });
    if (!full) throw notFound('检查发现');
    assertCan(caller.ability, 'read', 'Finding', findingSubject(full.finding), '检查发现');
    assertCan(caller.ability, 'create', 'Appeal', findingSubject(full.finding), '检查发现');
    const parsed = parseInput(appealFindingInput, input);
    // The estate's own checks are its own findings: there is nobody to appeal to.
    if (!(HQ_AUDIT_KINDS as readonly string[]).includes(full.finding.auditKind))
      throw badInput([
        { path: ['findingId'], reason: 'NOT_ALLOWED', message: '只能对总部检查的发现提出申诉' },
      ]);
    const already = () =>
      badInput([
        { path: ['findingId'], reason: 'ALREADY_APPEALED', message: '该发现已申诉过，每项只能申诉一次' },
      ]);
    if (full.appeal || full.finding.withdrawn) throw already();
    const now = ctx.services.clock();
    const appeal = await store.insertAppeal(tx, {
      companyId: caller.companyId,
      findingId: full.finding.id,
      estateId: full.finding.estateId,
      reason: parsed.reason,
      appealedBy: caller.userId,
      appealedAt: now,
    });
    if (!appeal) throw already();
    await changeLog('appeal.file', 'Appeal', full.finding.id, null, appeal);
    const r = full.rectification;
    if (r) {
      const estates = await store.estateNames(tx, caller.companyId, [r.estateId]);
      const params = { estateName: estates.get(r.estateId) ?? '', item: full.finding.title };
      out.notifications.push(
        ...(await notifyAbout(
          tx,
          r,
          await store.auditorIds(tx, caller.companyId, r.auditId),
          'APPEAL_FILED',
          {
            actorUserId: caller.userId,
            now,
            params,
            title: `新的申诉：${params.item}`,
            body: `${params.estateName}对检查发现提出申诉，请裁决。`,
          },
        )),
      );
      out.rectifications.push(rectificationPayload(r, 'APPEALED', now, caller.userId));
    }
    return findingView(tx, caller, full.finding.id, now);
  }).then((result) => {
    flush(ctx.services, requireTenant(ctx).companyId, out);
    return result;
  });
}

export function decideAppeal(ctx: Context, input: DecideAppealInput): Promise<Finding> {
  const out = newOutbox();
  return tenantWrite(ctx, async (scope) => {
    const { tx, caller, changeLog } = scope;
    const full = await store.findFull(tx, caller.companyId, { findingId: String(input.findingId) });
    if (!full) throw notFound('检查发现');
    assertCan(caller.ability, 'read', 'Finding', findingSubject(full.finding), '检查发现');
    assertCan(caller.ability, 'respond', 'Appeal', findingSubject(full.finding), '检查发现');
    const parsed = parseInput(decideAppealInput, input);
    const before = await store.lockAppeal(tx, caller.companyId, full.finding.id);
    if (!before) throw notFound('申诉');
    if (before.status !== 'PENDING') throw conflict('该申诉已裁决', 'ALREADY_DECIDED');
    const now = ctx.services.clock();
    const withdraw = parsed.decision === 'WITHDRAW';
    const after = await store.decideAppeal(tx, caller.companyId, full.finding.id, {
      status: withdraw ? 'WITHDRAWN' : 'UPHELD',
      decisionReason: parsed.reason,
      decidedBy: caller.userId,
      decidedAt: now,
    });
    await changeLog('appeal.decide', 'Appeal', full.finding.id, before, after);
    let r = full.rectification;
    if (withdraw) {
      const finding = await store.withdrawFinding(tx, caller.companyId, full.finding.id);
      await changeLog('finding.withdraw', 'Finding', finding.id, full.finding, finding);
      if (r && r.status !== 'VERIFIED' && !r.cancelled) {
        const locked = (await store.lockRectification(tx, caller.companyId, r.id))!;
        r = await store.updateRectification(tx, caller.companyId, r.id, { cancelled: true }, now);
        await changeLog('rectification.cancel', 'Rectification', r.id, locked, r);
      }
      await rescore(scope, full.finding.auditId, now, out);
      await closeIfDone(tx, caller, full.finding.auditId, now, changeLog, out);
    }
    if (r) {
      const estates = await store.estateNames(tx, caller.companyId, [r.estateId]);
      const decision = withdraw ? '撤销该发现' : '维持该发现';
      const params = {
        estateName: estates.get(r.estateId) ?? '',
        item: full.finding.title,
        decision,
        reason: parsed.reason,
      };
      out.notifications.push(
        ...(await notifyAbout(tx, r, [before.appealedBy], 'APPEAL_DECIDED', {
          actorUserId: caller.userId,
          now,
          params,
          title: `申诉已裁决：${params.item}`,
          body: `${params.estateName}的申诉结果：${decision}（${parsed.reason}）`,
        })),
      );
      out.rectifications.push(rectificationPayload(r, 'APPEAL_DECIDED', now, caller.userId));
    }
    return findingView(tx, caller, full.finding.id, now);
  }).then((result) => {
    flush(ctx.services, requireTenant(ctx).companyId, out);
    return result;
  });
}

/**
 * Scores the audit again from its answers with every withdrawn finding counted as earned, stores
 * the new total, and recomputes the audit-score figure of the month it was submitted in.
 */
async function rescore({ tx, caller, changeLog }: WriteScope, auditId: string, now: Date, out: Outbox) {
  const inputs = await store.rescoreInputs(tx, caller.companyId, auditId);
  if (!inputs?.audit.submittedAt) return;
  const { total } = scoreAudit(inputs.content, inputs.answers, {
    withdrawn: inputs.withdrawn,
    ...(inputs.bands?.length ? { bands: inputs.bands } : {}),
  });
  const after = await store.setAuditScore(tx, caller.companyId, auditId, total, now);
  await changeLog('audit.rescore', 'Audit', auditId, inputs.audit, after);
  out.audits.push({
    auditId,
    estateId: after.estateId,
    kind: after.kind,
    status: after.status,
    campaignId: after.campaignId,
    event: 'RESCORED',
    actorUserId: caller.userId,
  });
  if (after.kind === 'QUARTERLY')
    await recomputeAuditScore(
      tx,
      caller.companyId,
      after.estateId,
      monthOfDate(inputs.audit.submittedAt, inputs.timeZone || undefined),
    );
}
