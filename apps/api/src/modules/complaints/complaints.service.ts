/**
 * Complaints: logging one (createComplaint: the caller is its first receiver, 首问责任人; the promise
 * from the company preset; a major one notifies the estate's managers at once), the validity
 * ruling, the one postponement, the resolution — each checks the caller's ability first (NOT_FOUND
 * when hidden, FORBIDDEN when read-only), then the input and the version, writes the change log and
 * recomputes the estate's complaint figures of the month in the same transaction, and after the
 * commit announces the change. Reading: an estate's list (filtered and paged in SQL through the
 * caller's ability) and one complaint.
 */
import {
  COMPLAINT_LABELS,
  type ComplaintStep,
  complaintFilter,
  createComplaintInput,
  DEFAULT_COMPLAINT_FEEDBACK_MINUTES,
  type FieldProblem,
  latestFeedbackAt,
  postponeComplaintInput,
  postponementProblem,
  promisedFeedbackAt,
  refusalOf,
  resolveComplaintInput,
  ruleComplaintInput,
  subject,
} from '@anju/domain';
import type { z } from 'zod';
import { accessibleWhere } from '../../authz/accessible.js';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/connection.js';
import { type Context, requireTenant, type TenantCaller } from '../../graphql/context.js';
import type { ComplaintChangedPayload } from '../../graphql/pubsub.js';
import { appError, badInput, conflict, forbidden, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { onceWithKey } from '../idempotency/index.js';
import type { NotificationRow } from '../notifications/index.js';
import { announce, notify } from '../notifications/index.js';
import { estateManagersOf } from '../staffing/index.js';
import {
  canReadComplaint,
  canWorkComplaint,
  complaintPayload,
  publishComplaint,
  readableComplaint,
  toComplaint,
  toComplaints,
} from './complaints.access.js';
import { recomputeComplaintIndicators } from './complaints.indicators.js';
import type { ComplaintRow } from './complaints.schema.js';
import * as store from './complaints.store.js';
import type {
  Complaint,
  ComplaintFilter,
  CreateComplaintInput,
  PostponeComplaintInput,
  ResolveComplaintInput,
  RuleComplaintInput,
} from './complaints.types.js';

const staleVersion = () => conflict('投诉已被他人修改，请刷新后重试', 'STALE_VERSION');

function refused(step: ComplaintStep, row: ComplaintRow) {
  const reason = refusalOf(row, step);
  if (!reason) return null;
  const message = reason === 'ALREADY_POSTPONED' ? '同一投诉只能延期一次' : '投诉已处理完毕，不能再修改';
  return appError('BAD_USER_INPUT', message, { reason, fields: [{ path: [], reason, message }] });
}

// ---- create ----------------------------------------------------------------------------------

export async function createComplaint(ctx: Context, input: CreateComplaintInput): Promise<Complaint> {
  let created: ComplaintRow | undefined;
  let sent: NotificationRow[] = [];
  const now = ctx.services.clock();
  const result = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estateId = String(input.estateId ?? '');
    if (!isUuid(estateId)) throw notFound('小区');
    const estate = await loadEstateFor(tx, caller, estateId, 'read');
    if (
      !caller.ability.can(
        'create',
        subject('Complaint', { companyId: caller.companyId, estateId: estate.id }),
      )
    )
      throw forbidden();
    const parsed = parseInput(createComplaintInput, input);
    const { result: id, replayed } = await onceWithKey(
      tx,
      {
        companyId: caller.companyId,
        userId: caller.userId,
        operation: 'createComplaint',
        payload: { ...parsed, idempotencyKey: null },
      },
      parsed.idempotencyKey,
      async () => {
        const department = await store.departmentByCode(tx, caller.companyId, estate.id, parsed.category);
        const promised = promisedFeedbackAt(
          now,
          parsed.feedbackMinutes ?? DEFAULT_COMPLAINT_FEEDBACK_MINUTES,
        );
        const row = await store.insertComplaint(tx, caller.companyId, {
          estateId: estate.id,
          category: parsed.category,
          departmentId: department?.id ?? null,
          channel: parsed.channel,
          severity: parsed.severity ?? 'NORMAL',
          location: parsed.location || null,
          description: parsed.description,
          complainantName: parsed.complainantName || null,
          complainantPhone: parsed.complainantPhone || null,
          receiverUserId: caller.userId,
          receivedAt: now,
          originalFeedbackAt: promised,
          promisedFeedbackAt: promised,
          status: 'OPEN',
          createdBy: caller.userId,
          createdAt: now,
          updatedAt: now,
        });
        await changeLog('complaint.create', 'Complaint', row.id, null, row);
        if (row.severity === 'MAJOR') sent = await notifyManagers(tx, caller, row, estate.name, now);
        await recomputeComplaintIndicators(tx, row, now);
        return row.id;
      },
    );
    const row = await readableComplaint(tx, caller, id);
    if (!replayed) created = row;
    return toComplaint(tx, caller, row, now);
  });
  if (created)
    publishComplaint(
      ctx.services,
      created.companyId,
      complaintPayload(created, 'CREATED', created.createdBy),
    );
  announce(ctx.services.pubsub, sent);
  return result;
}

/** A major complaint (重大投诉) reaches the estate's managers at once, in the same transaction. */
async function notifyManagers(
  tx: Tx,
  caller: TenantCaller,
  row: ComplaintRow,
  estateName: string,
  now: Date,
) {
  const managers = await estateManagersOf(tx, caller.companyId, [row.estateId]);
  const category = COMPLAINT_LABELS.category[row.category].zh;
  return notify(
    tx,
    caller.companyId,
    managers
      .filter((m) => m.userId !== caller.userId)
      .map((m) => ({
        userId: m.userId,
        kind: 'COMPLAINT_MAJOR' as const,
        params: { estateName, number: String(row.number), category },
        title: `重大投诉：${estateName} 第 ${row.number} 号`,
        body: `${estateName}收到一起重大投诉（${category}），请立即跟进。`,
        link: `/complaints?estate=${row.estateId}&complaint=${row.id}`,
        onceKey: `complaint-major:${row.id}`,
      })),
    now,
  );
}

// ---- steps -----------------------------------------------------------------------------------

interface StepInput {
  id: string;
  version: number;
}

const EVENT: Record<ComplaintStep, ComplaintChangedPayload['event']> = {
  RULE: 'RULED',
  POSTPONE: 'POSTPONED',
  RESOLVE: 'RESOLVED',
};

async function takeStep<S extends z.ZodType<StepInput>>(
  ctx: Context,
  step: ComplaintStep,
  input: { id: string },
  schema: S,
  change: (
    before: ComplaintRow,
    parsed: z.output<S>,
    caller: TenantCaller,
    now: Date,
  ) => store.ComplaintPatch,
): Promise<Complaint> {
  let after: ComplaintRow | undefined;
  const now = ctx.services.clock();
  const result = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await readableComplaint(tx, caller, String(input.id), true);
    if (!canWorkComplaint(caller.ability, before)) throw forbidden();
    const parsed = parseInput(schema, input);
    if (before.version !== parsed.version) throw staleVersion();
    const refusal = refused(step, before);
    if (refusal) throw refusal;
    const patch = change(before, parsed, caller, now);
    after = await store.updateComplaint(tx, caller.companyId, before.id, before.version, patch, now);
    if (!after) throw staleVersion();
    await changeLog(`complaint.${step.toLowerCase()}`, 'Complaint', before.id, before, after);
    await recomputeComplaintIndicators(tx, after, now);
    return toComplaint(tx, caller, after, now);
  });
  if (after)
    publishComplaint(
      ctx.services,
      after.companyId,
      complaintPayload(after, EVENT[step], requireTenant(ctx).userId),
    );
  return result;
}

export function ruleComplaint(ctx: Context, input: RuleComplaintInput): Promise<Complaint> {
  return takeStep(ctx, 'RULE', input, ruleComplaintInput, (_before, parsed, caller, now) => ({
    valid: parsed.valid,
    validityReason: parsed.reason,
    ruledAt: now,
    ruledBy: caller.userId,
  }));
}

export function postponeComplaint(ctx: Context, input: PostponeComplaintInput): Promise<Complaint> {
  return takeStep(ctx, 'POSTPONE', input, postponeComplaintInput, (before, parsed, caller, now) => {
    const problem = postponementProblem(before, parsed.newFeedbackAt);
    if (problem) {
      const latest = latestFeedbackAt(before.receivedAt).toISOString();
      const p: FieldProblem = {
        path: ['newFeedbackAt'],
        reason: problem,
        message: problem === 'NOT_LATER' ? '新的回复时间须晚于原承诺时间' : '回复时间最迟为受理后一周',
        params: { latest },
      };
      throw badInput([p]);
    }
    return {
      promisedFeedbackAt: parsed.newFeedbackAt,
      postponedAt: now,
      postponedBy: caller.userId,
      postponeReason: parsed.reason,
    };
  });
}

export function resolveComplaint(ctx: Context, input: ResolveComplaintInput): Promise<Complaint> {
  return takeStep(ctx, 'RESOLVE', input, resolveComplaintInput, (_before, parsed, caller, now) => ({
    status: 'RESOLVED',
    resolvedAt: now,
    resolvedBy: caller.userId,
    resolution: parsed.resolution,
    callbackNote: parsed.callbackNote || null,
    satisfaction: parsed.satisfaction,
  }));
}

// ---- reads -----------------------------------------------------------------------------------

type Cursor = [string, string];
function cursorOf(after: string | null | undefined): Cursor | undefined {
  const c = decodeCursor(after, 2) as Cursor | undefined;
  if (c && (Number.isNaN(Date.parse(String(c[0]))) || !isUuid(c[1])))
    throw badInput([{ path: ['after'], reason: 'INVALID', message: '分页游标无效' }]);
  return c;
}

export function listComplaints(
  ctx: Context,
  args: { filter: ComplaintFilter; first?: number | null; after?: string | null },
): Promise<Page<Complaint>> {
  return tenantRead(ctx, async (tx, caller) => {
    const estateId = String(args.filter?.estateId ?? '');
    if (!isUuid(estateId)) throw notFound('小区');
    const estate = await loadEstateFor(tx, caller, estateId, 'read', 'Estate');
    // The committee sees the estate but reads no complaint at all.
    if (!caller.ability.can('read', 'Complaint')) throw forbidden();
    const limit = pageSize(args.first);
    const after = cursorOf(args.after);
    const f = parseInput(complaintFilter, args.filter ?? {}, ['filter']);
    const now = ctx.services.clock();
    const { rows, total } = await store.listComplaints(
      tx,
      caller.companyId,
      accessibleWhere(caller.ability, 'read', 'Complaint', store.complaintColumns),
      {
        estateId: estate.id,
        status: f.status ?? null,
        category: f.category ?? null,
        severity: f.severity ?? null,
        valid: f.valid ?? null,
        overdueAt: f.overdue ? now : null,
        search: f.search || null,
      },
      { limit, after },
    );
    const page = toPage(rows, limit, (r) => [r.receivedAt.toISOString(), r.id], total);
    const shown = await toComplaints(
      tx,
      caller,
      page.edges.map((e) => e.node),
      now,
    );
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: shown[i]! })) };
  });
}

export function complaint(ctx: Context, id: string): Promise<Complaint> {
  return tenantRead(ctx, async (tx, caller) =>
    toComplaint(tx, caller, await readableComplaint(tx, caller, id), ctx.services.clock()),
  );
}

/** A complaint as the caller may see it now, or null (events: the subscriber may have lost sight of it). */
export function complaintIfReadable(ctx: Context, id: string): Promise<Complaint | null> {
  return tenantRead(ctx, async (tx, caller) => {
    const row = await store.findComplaint(tx, caller.companyId, id);
    if (!row || !canReadComplaint(caller.ability, row)) return null;
    return toComplaint(tx, caller, row, ctx.services.clock());
  });
}
