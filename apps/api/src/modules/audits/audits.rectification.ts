/**
 * Rectification (整改) of findings: lists, assignment to estate staff, evidence, submission,
 * verification and reopening by the auditor (by the estate manager for the estate's own checks),
 * and closing the audit once every rectification is verified or cancelled.
 */
import {
  type AppAbility,
  assignRectificationInput,
  missingEvidence,
  RECTIFICATION_OPEN_STATUSES,
  reopenRectificationInput,
  subject,
  updateRectificationInput,
  verifyRectificationInput,
} from '@anju/domain';
import { accessibleWhere, assertCan } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import { attachFile } from '../../files/index.js';
import type { FileRef, UserRef } from '../../graphql/common-types.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/connection.js';
import { type Context, requireTenant, type TenantCaller } from '../../graphql/context.js';
import type { AuditChangedPayload, RectificationChangedPayload } from '../../graphql/pubsub.js';
import { badInput, conflict, forbidden, notFound } from '../../lib/errors.js';
import type { AppServices } from '../../lib/services.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { announce, type NewNotification, type NotificationRow, notify } from '../notifications/index.js';
import * as store from './audits.rectification.store.js';
import type {
  AssignRectificationInput,
  Finding,
  FindingFilter,
  Rectification,
  RectificationFilter,
  ReopenRectificationInput,
  UpdateRectificationInput,
  VerifyRectificationInput,
} from './audits.rectification.types.js';
import type { AuditRow, RectificationRow } from './audits.schema.js';

// ---------------------------------------------------------------------------------------------
// Views

const isOpen = (r: Pick<RectificationRow, 'status' | 'cancelled'>) =>
  !r.cancelled && RECTIFICATION_OPEN_STATUSES.includes(r.status);

/** Past due while the estate still owes work: flagged by the job, or due by `now` already. */
export const isOverdue = (r: RectificationRow, now: Date) =>
  isOpen(r) && (r.overdueAt != null || r.dueAt.getTime() <= now.getTime());

/** The row as CASL's Rectification subject. */
export const rectificationSubject = (
  r: Pick<RectificationRow, 'companyId' | 'estateId' | 'auditKind' | 'assigneeUserId'>,
) => ({
  companyId: r.companyId,
  estateId: r.estateId,
  auditKind: r.auditKind,
  assigneeUserId: r.assigneeUserId,
});

/** May the caller (re)assign it: update it whoever it is assigned to (managers, not staff). */
export const canAssign = (
  ability: AppAbility,
  r: Pick<RectificationRow, 'companyId' | 'estateId' | 'auditKind' | 'assigneeUserId'>,
) => ability.can('update', subject('Rectification', { ...rectificationSubject(r), assigneeUserId: null }));

const ref = (id: string | null, name: string | null): UserRef | null =>
  id ? { id, name: name ?? '' } : null;

/** Findings (each with its rectification pointing back at it) from full rows; photos in one statement. */
export async function toFindings(
  tx: Tx,
  companyId: string,
  rows: store.FullRow[],
  now: Date,
): Promise<Finding[]> {
  const photoIds = rows.flatMap((r) => [
    ...r.finding.photoFileIds,
    ...(r.rectification?.beforePhotoFileIds ?? []),
    ...(r.rectification?.afterPhotoFileIds ?? []),
  ]);
  const photos = await store.filesByIds(tx, companyId, photoIds);
  const filesOf = (ids: readonly string[]): FileRef[] =>
    ids.flatMap((id) => (photos.has(id) ? [photos.get(id)!] : []));
  return rows.map((row) => {
    const f = row.finding;
    const finding: Finding = {
      id: f.id,
      companyId: f.companyId,
      auditId: f.auditId,
      audit: row.audit,
      estateId: f.estateId,
      department: f.department,
      sectionKey: f.sectionKey,
      itemKey: f.itemKey,
      title: f.title,
      standard: f.standard,
      severity: f.severity,
      critical: f.critical,
      note: f.note,
      photos: filesOf(f.photoFileIds),
      withdrawn: f.withdrawn,
      raisedAt: f.raisedAt,
      appeal: row.appeal && {
        status: row.appeal.status,
        reason: row.appeal.reason,
        appealedBy: ref(row.appeal.appealedBy, row.appellantName),
        appealedAt: row.appeal.appealedAt,
        decisionReason: row.appeal.decisionReason,
        decidedBy: ref(row.appeal.decidedBy, row.deciderName),
        decidedAt: row.appeal.decidedAt,
      },
      rectification: null,
    };
    const r = row.rectification;
    if (r) {
      finding.rectification = {
        id: r.id,
        companyId: r.companyId,
        assigneeUserId: r.assigneeUserId,
        finding,
        estateId: r.estateId,
        auditId: r.auditId,
        auditKind: r.auditKind,
        status: r.cancelled ? 'CANCELLED' : r.status,
        dueAt: r.dueAt,
        overdue: isOverdue(r, now),
        overdueAt: r.overdueAt,
        assignee: ref(r.assigneeUserId, row.assigneeName),
        rootCause: r.rootCause,
        correctiveAction: r.correctiveAction,
        preventiveAction: r.preventiveAction,
        evidenceNote: r.evidenceNote,
        beforePhotos: filesOf(r.beforePhotoFileIds),
        afterPhotos: filesOf(r.afterPhotoFileIds),
        submittedAt: r.submittedAt,
        verifiedAt: r.verifiedAt,
        reopenReason: r.reopenReason,
        reopenCount: r.reopenCount,
        version: r.version,
      };
    }
    return finding;
  });
}

/** One rectification as the caller may see it, or undefined (also when they may not). */
export async function loadRectification(
  tx: Tx,
  caller: TenantCaller,
  id: string,
  now: Date,
): Promise<Rectification | undefined> {
  const row = await store.findFull(tx, caller.companyId, { rectificationId: id });
  if (!row?.rectification) return undefined;
  if (!caller.ability.can('read', subject('Rectification', rectificationSubject(row.rectification))))
    return undefined;
  const [finding] = await toFindings(tx, caller.companyId, [row], now);
  return finding!.rectification!;
}

// ---------------------------------------------------------------------------------------------
// Reads

type Cursor = [string, string];
function cursorOf(after: string | null | undefined): Cursor | undefined {
  const c = decodeCursor(after, 2) as Cursor | undefined;
  if (c && (Number.isNaN(Date.parse(String(c[0]))) || !isUuid(c[1])))
    throw badInput([{ path: ['after'], reason: 'INVALID', message: '分页游标无效' }]);
  return c;
}

/** An id filter that names nothing (malformed) matches nothing, like an unknown one. */
const idFilter = (v: string | null | undefined) =>
  v == null ? null : isUuid(v) ? v : '00000000-0000-0000-0000-000000000000';

export function rectifications(
  ctx: Context,
  args: { filter?: RectificationFilter | null; first?: number | null; after?: string | null },
): Promise<Page<Rectification>> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!caller.ability.can('read', 'Rectification')) throw forbidden();
    const limit = pageSize(args.first);
    const after = cursorOf(args.after);
    const f = args.filter ?? {};
    const now = ctx.services.clock();
    const { rows, total } = await store.listRectifications(
      tx,
      caller.companyId,
      accessibleWhere(caller.ability, 'read', 'Rectification', store.rectificationColumns),
      {
        estateId: idFilter(f.estateId),
        status: f.status ?? null,
        overdue: f.overdue ?? null,
        assigneeUserId: f.assignedToMe ? caller.userId : null,
        verifiable: f.awaitingVerification
          ? accessibleWhere(caller.ability, 'verify', 'Rectification', store.rectificationColumns)
          : null,
        auditId: idFilter(f.auditId),
        campaignId: idFilter(f.campaignId),
      },
      { limit, after, now },
    );
    const findings = await toFindings(tx, caller.companyId, rows, now);
    return toPage(
      findings.map((x) => x.rectification!),
      limit,
      (r) => [r.dueAt.toISOString(), r.id],
      total,
    );
  });
}

export function findings(
  ctx: Context,
  args: { filter?: FindingFilter | null; first?: number | null; after?: string | null },
): Promise<Page<Finding>> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!caller.ability.can('read', 'Finding')) throw forbidden();
    const limit = pageSize(args.first);
    const after = cursorOf(args.after);
    const f = args.filter ?? {};
    const { rows, total } = await store.listFindings(
      tx,
      caller.companyId,
      accessibleWhere(caller.ability, 'read', 'Finding', store.findingColumns),
      { auditId: idFilter(f.auditId), estateId: idFilter(f.estateId), department: f.department ?? null },
      { limit, after },
    );
    const list = await toFindings(tx, caller.companyId, rows, ctx.services.clock());
    return toPage(list, limit, (x) => [x.raisedAt.toISOString(), x.id], total);
  });
}

export function rectification(ctx: Context, id: string): Promise<Rectification> {
  return tenantRead(ctx, async (tx, caller) => {
    const found = await loadRectification(tx, caller, id, ctx.services.clock());
    if (!found) throw notFound('整改');
    return found;
  });
}

/** Who the caller may assign it to (empty when they may not assign it). */
export function assignableUsersOf(ctx: Context, r: Rectification): Promise<UserRef[]> {
  const caller = requireTenant(ctx);
  if (r.status === 'CANCELLED' || !canAssign(caller.ability, r)) return Promise.resolve([]);
  return tenantRead(ctx, (tx) => store.assignableUsers(tx, caller.companyId, r.estateId));
}

// ---------------------------------------------------------------------------------------------
// Events and notifications

export function rectificationPayload(
  r: RectificationRow,
  event: RectificationChangedPayload['event'],
  now: Date,
  actorUserId: string | null,
): RectificationChangedPayload {
  return {
    rectificationId: r.id,
    findingId: r.findingId,
    auditId: r.auditId,
    estateId: r.estateId,
    auditKind: r.auditKind,
    status: r.cancelled ? 'CANCELLED' : r.status,
    assigneeUserId: r.assigneeUserId,
    overdue: isOverdue(r, now),
    event,
    actorUserId,
  };
}

export const auditClosedPayload = (a: AuditRow, actorUserId: string | null): AuditChangedPayload => ({
  auditId: a.id,
  estateId: a.estateId,
  kind: a.kind,
  status: a.status,
  campaignId: a.campaignId,
  event: 'CLOSED',
  actorUserId,
});

/** What a write announces once it committed. */
export interface Outbox {
  rectifications: RectificationChangedPayload[];
  audits: AuditChangedPayload[];
  notifications: NotificationRow[];
}
export const newOutbox = (): Outbox => ({ rectifications: [], audits: [], notifications: [] });

export function flush(services: Pick<AppServices, 'pubsub'>, companyId: string, out: Outbox): void {
  const { pubsub } = services;
  for (const p of out.audits) pubsub.publish('AUDIT_CHANGED', companyId, p);
  for (const p of out.rectifications) pubsub.publish('RECTIFICATION_CHANGED', companyId, p);
  announce(pubsub, out.notifications);
}

/** A date and time as the company reads it (notification texts). */
export function localTime(at: Date, timeZone = 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

/** Notifies `userIds` (the actor excluded) about a rectification. */
export async function notifyAbout(
  tx: Tx,
  r: RectificationRow,
  userIds: readonly string[],
  kind: NewNotification['kind'],
  extra: {
    actorUserId: string | null;
    now: Date;
    params?: Record<string, string>;
    title: string;
    body: string;
    onceKey?: string;
  },
): Promise<NotificationRow[]> {
  const recipients = [...new Set(userIds)].filter((u) => u !== extra.actorUserId);
  if (!recipients.length) return [];
  return notify(
    tx,
    r.companyId,
    recipients.map((userId) => ({
      userId,
      kind,
      params: extra.params ?? {},
      title: extra.title,
      body: extra.body,
      link: `/rectifications/${r.id}`,
      onceKey: extra.onceKey ? `${extra.onceKey}` : null,
    })),
    extra.now,
  );
}

/** Names a notification mentions: the estate and the finding's item. */
async function namesOf(tx: Tx, r: RectificationRow) {
  const full = await store.findFull(tx, r.companyId, { rectificationId: r.id });
  const estates = await store.estateNames(tx, r.companyId, [r.estateId]);
  return { estateName: estates.get(r.estateId) ?? '', item: full?.finding.title ?? '' };
}

/** Who verifies a rectification: the audit's auditors, or the estate's managers for its own checks. */
async function verifiersOf(tx: Tx, r: RectificationRow): Promise<string[]> {
  const hq = ['QUARTERLY', 'SPOT_CHECK', 'NIGHT_PATROL'].includes(r.auditKind);
  return hq
    ? store.auditorIds(tx, r.companyId, r.auditId)
    : store.estateManagerIds(tx, r.companyId, r.estateId);
}

// ---------------------------------------------------------------------------------------------
// Writes

/** Loads, checks the caller may `action` it (NOT_FOUND when they may not even read it), and the version. */
async function lockFor(
  tx: Tx,
  caller: TenantCaller,
  action: 'update' | 'submit' | 'verify',
  id: string,
): Promise<RectificationRow> {
  const row = await store.lockRectification(tx, caller.companyId, id);
  if (!row) throw notFound('整改');
  assertCan(caller.ability, action, 'Rectification', rectificationSubject(row), '整改');
  return row;
}

function checkVersion(row: RectificationRow, version: number) {
  if (row.version !== version) throw conflict('整改已被他人修改，请重新加载后再试', 'STALE_VERSION');
}

function checkStatus(row: RectificationRow, allowed: readonly string[]) {
  if (row.cancelled || !allowed.includes(row.status))
    throw conflict('整改当前状态不允许此操作，请刷新后重试', 'WRONG_STATUS');
}

export async function assignRectification(
  ctx: Context,
  input: AssignRectificationInput,
): Promise<Rectification> {
  const out = newOutbox();
  const result = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await store.lockRectification(tx, caller.companyId, String(input.id));
    if (!before) throw notFound('整改');
    assertCan(caller.ability, 'read', 'Rectification', rectificationSubject(before), '整改');
    if (!canAssign(caller.ability, before)) throw forbidden();
    const parsed = parseInput(assignRectificationInput, input);
    checkVersion(before, parsed.version);
    checkStatus(before, RECTIFICATION_OPEN_STATUSES);
    if (!(await store.isAssignable(tx, caller.companyId, before.estateId, parsed.assigneeUserId)))
      throw badInput([
        {
          path: ['assigneeUserId'],
          reason: 'NOT_ASSIGNABLE',
          message: '整改负责人须为该小区在职的员工或经理',
        },
      ]);
    const now = ctx.services.clock();
    const after = await store.updateRectification(
      tx,
      caller.companyId,
      before.id,
      {
        assigneeUserId: parsed.assigneeUserId,
        assignedBy: caller.userId,
        assignedAt: now,
        status: before.status === 'OPEN' ? 'IN_PROGRESS' : before.status,
      },
      now,
    );
    await changeLog('rectification.assign', 'Rectification', after.id, before, after);
    const names = await namesOf(tx, after);
    out.notifications.push(
      ...(await notifyAbout(tx, after, [parsed.assigneeUserId], 'RECTIFICATION_ASSIGNED', {
        actorUserId: caller.userId,
        now,
        params: { ...names, dueAt: localTime(after.dueAt) },
        title: `整改任务：${names.item}`,
        body: `${names.estateName}，请于 ${localTime(after.dueAt)} 前完成整改并提交证据。`,
      })),
    );
    out.rectifications.push(rectificationPayload(after, 'ASSIGNED', now, caller.userId));
    return (await loadRectification(tx, caller, after.id, now))!;
  });
  flush(ctx.services, requireCompany(ctx), out);
  return result;
}

const requireCompany = (ctx: Context) => requireTenant(ctx).companyId;

/**
 * Applies evidence to a locked row: text fields given replace, photo lists replace, and uploads
 * new to the record are attached to it (only the caller's own unattached uploads).
 */
async function evidencePatch(
  tx: Tx,
  caller: TenantCaller,
  row: RectificationRow,
  input: ReturnType<typeof updateRectificationInput.parse>,
  now: Date,
): Promise<store.RectificationPatch> {
  const patch: store.RectificationPatch = {};
  for (const key of ['rootCause', 'correctiveAction', 'preventiveAction', 'evidenceNote'] as const) {
    const v = input[key];
    if (v != null) patch[key] = v === '' ? null : v;
  }
  const known = new Set([...row.beforePhotoFileIds, ...row.afterPhotoFileIds]);
  const problems: Parameters<typeof badInput>[0] = [];
  for (const field of ['beforePhotoFileIds', 'afterPhotoFileIds'] as const) {
    const ids = input[field];
    if (ids == null) continue;
    for (const [i, fileId] of ids.entries()) {
      if (known.has(fileId)) continue;
      const attached = await attachFile(tx, caller, fileId, { type: 'Rectification', id: row.id }, now);
      if (!attached)
        problems.push({ path: [field, i], reason: 'NOT_FOUND', message: '照片不存在或已失效，请重新上传' });
    }
    patch[field] = [...ids];
  }
  if (problems.length) throw badInput(problems);
  return patch;
}

function writeEvidence(
  ctx: Context,
  input: UpdateRectificationInput,
  submit: boolean,
): Promise<Rectification> {
  const out = newOutbox();
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await lockFor(tx, caller, submit ? 'submit' : 'update', String(input.id));
    const parsed = parseInput(updateRectificationInput, input);
    checkVersion(before, parsed.version);
    checkStatus(before, RECTIFICATION_OPEN_STATUSES);
    const now = ctx.services.clock();
    const patch = await evidencePatch(tx, caller, before, parsed, now);
    if (submit) {
      const merged = { ...before, ...patch };
      const missing = missingEvidence({
        rootCause: merged.rootCause ?? null,
        correctiveAction: merged.correctiveAction ?? null,
        evidenceNote: merged.evidenceNote ?? null,
        afterPhotoFileIds: merged.afterPhotoFileIds ?? [],
      });
      if (missing.length)
        throw badInput(
          missing.map((path) => ({
            path: [path],
            reason: 'REQUIRED',
            message:
              path === 'afterPhotoFileIds'
                ? '请上传整改后照片或填写整改说明'
                : path === 'rootCause'
                  ? '请填写原因分析'
                  : '请填写纠正措施',
          })),
        );
      Object.assign(patch, { status: 'SUBMITTED', submittedBy: caller.userId, submittedAt: now });
    } else if (before.status === 'OPEN') patch.status = 'IN_PROGRESS';
    const after = await store.updateRectification(tx, caller.companyId, before.id, patch, now);
    await changeLog(
      submit ? 'rectification.submit' : 'rectification.update',
      'Rectification',
      after.id,
      before,
      after,
    );
    if (submit) {
      const names = await namesOf(tx, after);
      out.notifications.push(
        ...(await notifyAbout(tx, after, await verifiersOf(tx, after), 'RECTIFICATION_SUBMITTED', {
          actorUserId: caller.userId,
          now,
          params: names,
          title: `整改待验证：${names.item}`,
          body: `${names.estateName}已提交整改证据，请验证。`,
        })),
      );
    }
    out.rectifications.push(
      rectificationPayload(after, submit ? 'SUBMITTED' : 'UPDATED', now, caller.userId),
    );
    return (await loadRectification(tx, caller, after.id, now))!;
  }).then((result) => {
    flush(ctx.services, requireCompany(ctx), out);
    return result;
  });
}

export const updateRectification = (ctx: Context, input: UpdateRectificationInput) =>
  writeEvidence(ctx, input, false);
export const submitRectification = (ctx: Context, input: UpdateRectificationInput) =>
  writeEvidence(ctx, input, true);

export function verifyRectification(ctx: Context, input: VerifyRectificationInput): Promise<Rectification> {
  const out = newOutbox();
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await lockFor(tx, caller, 'verify', String(input.id));
    const parsed = parseInput(verifyRectificationInput, input);
    checkVersion(before, parsed.version);
    checkStatus(before, ['SUBMITTED']);
    const now = ctx.services.clock();
    const after = await store.updateRectification(
      tx,
      caller.companyId,
      before.id,
      { status: 'VERIFIED', verifiedBy: caller.userId, verifiedAt: now },
      now,
    );
    await changeLog('rectification.verify', 'Rectification', after.id, before, {
      ...after,
      note: parsed.note ?? null,
    });
    out.rectifications.push(rectificationPayload(after, 'VERIFIED', now, caller.userId));
    await closeIfDone(tx, caller, after.auditId, now, changeLog, out);
    return (await loadRectification(tx, caller, after.id, now))!;
  }).then((result) => {
    flush(ctx.services, requireCompany(ctx), out);
    return result;
  });
}

/** Closes the audit when none of its rectifications is open any more (records and announces it). */
export async function closeIfDone(
  tx: Tx,
  caller: TenantCaller,
  auditId: string,
  now: Date,
  changeLog: (a: string, t: string, id: string | null, b: unknown, c: unknown) => Promise<void>,
  out: Outbox,
): Promise<void> {
  const closed = await store.closeAuditIfDone(tx, caller.companyId, auditId, now);
  if (!closed) return;
  await changeLog(
    'audit.close',
    'Audit',
    closed.id,
    { ...closed, status: 'SUBMITTED', closedAt: null },
    closed,
  );
  out.audits.push(auditClosedPayload(closed, caller.userId));
}

export function reopenRectification(ctx: Context, input: ReopenRectificationInput): Promise<Rectification> {
  const out = newOutbox();
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await lockFor(tx, caller, 'verify', String(input.id));
    const parsed = parseInput(reopenRectificationInput, input);
    checkVersion(before, parsed.version);
    checkStatus(before, ['SUBMITTED']);
    const now = ctx.services.clock();
    const after = await store.updateRectification(
      tx,
      caller.companyId,
      before.id,
      { status: 'REOPENED', reopenReason: parsed.reason, reopenCount: before.reopenCount + 1 },
      now,
    );
    await changeLog('rectification.reopen', 'Rectification', after.id, before, after);
    const names = await namesOf(tx, after);
    const to = after.assigneeUserId
      ? [after.assigneeUserId]
      : await store.estateManagerIds(tx, caller.companyId, after.estateId);
    out.notifications.push(
      ...(await notifyAbout(tx, after, to, 'RECTIFICATION_REOPENED', {
        actorUserId: caller.userId,
        now,
        params: { ...names, reason: parsed.reason },
        title: `整改被退回：${names.item}`,
        body: `${names.estateName}：${parsed.reason}`,
      })),
    );
    out.rectifications.push(rectificationPayload(after, 'REOPENED', now, caller.userId));
    return (await loadRectification(tx, caller, after.id, now))!;
  }).then((result) => {
    flush(ctx.services, requireCompany(ctx), out);
    return result;
  });
}
