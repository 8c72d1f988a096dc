/**
 * The steps of a work order after its report: dispatch (派单, or hand over), arrival, completion,
 * callback (回访) and closing. Each: the caller may read the order (else NOT_FOUND) and take this
 * step on it (else FORBIDDEN), the input is valid, the version is the one the caller saw (else
 * CONFLICT STALE_VERSION), the step is possible from the order's status (else BAD_USER_INPUT
 * INVALID_TRANSITION); then one transaction with the change log, and after the commit the event on
 * the estate's board and the breach checks of the deadlines still ahead. A step done after its
 * deadline (or done while a later deadline already passed) flags the breach at once.
 */
import {
  arriveWorkOrderInput,
  callbackWorkOrderInput,
  closeWorkOrderInput,
  completeWorkOrderInput,
  dispatchWorkOrderInput,
  type FieldProblem,
  SLA_STEPS,
  stepBreached,
  transitionOf,
  WORK_ORDER_LABELS,
  type WorkOrderStep,
} from '@anju/domain';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { attachFile } from '../../files/index.js';
import { type Context, requireTenant, type TenantCaller } from '../../graphql/context.js';
import type { WorkOrderChangedPayload } from '../../graphql/pubsub.js';
import { badInput, conflict, forbidden } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantWrite } from '../../lib/write.js';
import {
  canTakeStep,
  publishWorkOrders,
  readableWorkOrder,
  toWorkOrder,
  workOrderPayload,
} from './work-orders.access.js';
import { completionMonthOf, recomputeRepairIndicators } from './work-orders.indicators.js';
import { scheduleBreachChecks } from './work-orders.jobs.js';
import type { WorkOrderRow } from './work-orders.schema.js';
import * as store from './work-orders.store.js';
import type {
  ArriveWorkOrderInput,
  CallbackWorkOrderInput,
  CloseWorkOrderInput,
  CompleteWorkOrderInput,
  DispatchWorkOrderInput,
  WorkOrder,
} from './work-orders.types.js';

const staleVersion = () => conflict('工单已被他人修改，请刷新后重试', 'STALE_VERSION');

const EVENT: Record<WorkOrderStep, WorkOrderChangedPayload['event']> = {
  DISPATCH: 'DISPATCHED',
  ARRIVE: 'ARRIVED',
  COMPLETE: 'COMPLETED',
  CALLBACK: 'CALLED_BACK',
  CLOSE: 'CLOSED',
};

const STEP_LABEL: Record<WorkOrderStep, string> = {
  DISPATCH: '派单',
  ARRIVE: '到场',
  COMPLETE: '完工',
  CALLBACK: '回访',
  CLOSE: '关闭',
};

function invalidTransition(row: WorkOrderRow, step: WorkOrderStep) {
  return badInput([
    {
      path: [],
      reason: 'INVALID_TRANSITION',
      message: `工单${WORK_ORDER_LABELS.status[row.status].zh}，不能${STEP_LABEL[step]}`,
      params: { status: row.status, step },
    },
  ]);
}

/** The breach flags a change brings: each step past its deadline (done late, or still undone) not flagged yet. */
function lateFlags(merged: WorkOrderRow, now: Date): store.WorkOrderPatch {
  const patch: store.WorkOrderPatch = {};
  for (const step of SLA_STEPS) {
    if (!stepBreached(merged, step, now)) continue;
    if (step === 'DISPATCH' && !merged.dispatchBreachedAt) patch.dispatchBreachedAt = now;
    if (step === 'ARRIVE' && !merged.arriveBreachedAt) patch.arriveBreachedAt = now;
    if (step === 'COMPLETE' && !merged.completeBreachedAt) patch.completeBreachedAt = now;
  }
  if (Object.keys(patch).length) patch.breached = true;
  return patch;
}

/** Attaches the caller's own uploads new to the order; a problem per photo that cannot be. */
async function attachPhotos(
  tx: Tx,
  caller: TenantCaller,
  row: WorkOrderRow,
  ids: readonly string[] | null | undefined,
  field: string,
  now: Date,
): Promise<void> {
  const known = new Set([...row.photoFileIds, ...row.completionPhotoFileIds]);
  const problems: FieldProblem[] = [];
  for (const [i, fileId] of (ids ?? []).entries()) {
    if (known.has(fileId)) continue;
    const attached = await attachFile(tx, caller, fileId, { type: 'WorkOrder', id: row.id }, now);
    if (!attached)
      problems.push({ path: [field, i], reason: 'NOT_FOUND', message: '照片不存在或已失效，请重新上传' });
  }
  if (problems.length) throw badInput(problems);
}

interface StepInput {
  id: string;
  version: number;
}

/** One step: checks, the change the step makes (`change`), the record, and after the commit the event. */
async function takeStep<S extends z.ZodType<StepInput>>(
  ctx: Context,
  step: WorkOrderStep,
  input: { id: string },
  schema: S,
  change: (
    tx: Tx,
    caller: TenantCaller,
    before: WorkOrderRow,
    parsed: z.output<S>,
    now: Date,
  ) => Promise<store.WorkOrderPatch>,
): Promise<WorkOrder> {
  let after: WorkOrderRow | undefined;
  const result = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await readableWorkOrder(tx, caller, String(input.id), true);
    if (!canTakeStep(caller.ability, before, step)) throw forbidden();
    const parsed = parseInput(schema, input);
    if (before.version !== parsed.version) throw staleVersion();
    const status = transitionOf(before.status, step);
    if (!status) throw invalidTransition(before, step);
    const now = ctx.services.clock();
    const patch = { ...(await change(tx, caller, before, parsed, now)), status };
    Object.assign(patch, lateFlags({ ...before, ...patch } as WorkOrderRow, now));
    after = await store.updateWorkOrder(tx, caller.companyId, before.id, before.version, patch, now);
    if (!after) throw staleVersion();
    await changeLog(`work_order.${step.toLowerCase()}`, 'WorkOrder', before.id, before, after);
    // The repair figures of the month the order was completed in (completion, callback, quality
    // check at closing), in this same transaction; steps before completion change no figure.
    const month = await completionMonthOf(tx, after);
    if (month) await recomputeRepairIndicators(tx, caller.companyId, after.estateId, now, [month]);
    return toWorkOrder(tx, caller, after);
  });
  if (after) {
    const actor = requireTenant(ctx).userId;
    publishWorkOrders(ctx.services, after.companyId, [workOrderPayload(after, EVENT[step], actor)]);
    if (step === 'DISPATCH' || step === 'ARRIVE') await scheduleBreachChecks(ctx.services, after);
  }
  return result;
}

export function dispatchWorkOrder(ctx: Context, input: DispatchWorkOrderInput): Promise<WorkOrder> {
  return takeStep(ctx, 'DISPATCH', input, dispatchWorkOrderInput, async (tx, caller, before, parsed, now) => {
    if (!(await store.isAssignable(tx, caller.companyId, before.estateId, parsed.assigneeUserId)))
      throw badInput([
        {
          path: ['assigneeUserId'],
          reason: 'NOT_ASSIGNABLE',
          message: '维修人员须为该小区在职的员工或经理',
        },
      ]);
    // The order follows its assignee's department (their colleagues then see it).
    const department = await store.staffDepartmentOf(
      tx,
      caller.companyId,
      before.estateId,
      parsed.assigneeUserId,
    );
    return {
      assigneeUserId: parsed.assigneeUserId,
      departmentId: department ?? before.departmentId,
      // The first dispatch is what the commitment measures; a hand-over keeps it.
      dispatchedAt: before.dispatchedAt ?? now,
      dispatchedBy: caller.userId,
    };
  });
}

export function arriveWorkOrder(ctx: Context, input: ArriveWorkOrderInput): Promise<WorkOrder> {
  return takeStep(ctx, 'ARRIVE', input, arriveWorkOrderInput, async (_tx, _caller, _before, parsed, now) => ({
    arrivedAt: now,
    arriveNote: parsed.note || null,
  }));
}

export function completeWorkOrder(ctx: Context, input: CompleteWorkOrderInput): Promise<WorkOrder> {
  return takeStep(ctx, 'COMPLETE', input, completeWorkOrderInput, async (tx, caller, before, parsed, now) => {
    await attachPhotos(tx, caller, before, parsed.photoFileIds, 'photoFileIds', now);
    return {
      completedAt: now,
      completedBy: caller.userId,
      completionNote: parsed.note || null,
      qualityPassed: parsed.qualityPassed ?? null,
      ...(parsed.photoFileIds ? { completionPhotoFileIds: [...parsed.photoFileIds] } : {}),
    };
  });
}

export function callbackWorkOrder(ctx: Context, input: CallbackWorkOrderInput): Promise<WorkOrder> {
  return takeStep(
    ctx,
    'CALLBACK',
    input,
    callbackWorkOrderInput,
    async (_tx, caller, _before, parsed, now) => ({
      calledBackAt: now,
      calledBackBy: caller.userId,
      satisfaction: parsed.satisfaction,
      callbackNote: parsed.note || null,
    }),
  );
}

export function closeWorkOrder(ctx: Context, input: CloseWorkOrderInput): Promise<WorkOrder> {
  return takeStep(ctx, 'CLOSE', input, closeWorkOrderInput, async (_tx, caller, _before, parsed, now) => ({
    closedAt: now,
    closedBy: caller.userId,
    closeNote: parsed.note || null,
    ...(parsed.qualityPassed != null ? { qualityPassed: parsed.qualityPassed } : {}),
  }));
}
