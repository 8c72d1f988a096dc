/**
 * Reporting a repair (createWorkOrder): the deadlines from the commitments in force now, the
 * department that takes it, the link to the earlier repair of the same fault (返修), the photos,
 * and — once committed — the event on the estate's board and the breach checks at each deadline.
 */
import {
  commitmentsAt,
  createWorkOrderInput,
  DEFAULT_WORK_ORDER_COMMITMENTS,
  defaultDepartmentOf,
  type FieldProblem,
  locationKey,
  reworkOf,
  reworkWindowStart,
  subject,
  workOrderDeadlines,
} from '@anju/domain';
import { loadEstateFor } from '../../authz/estate-access.js';
import { isUuid } from '../../db/tenant.js';
import { attachFile } from '../../files/index.js';
import type { Context } from '../../graphql/context.js';
import { badInput, forbidden, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantWrite } from '../../lib/write.js';
import { onceWithKey } from '../idempotency/index.js';
import {
  publishWorkOrders,
  readableWorkOrder,
  timeZoneOf,
  toWorkOrder,
  workOrderPayload,
} from './work-orders.access.js';
import { scheduleBreachChecks } from './work-orders.jobs.js';
import type { WorkOrderRow } from './work-orders.schema.js';
import * as store from './work-orders.store.js';
import type { CreateWorkOrderInput, WorkOrder } from './work-orders.types.js';

const PHOTO_GONE = '照片不存在或已失效，请重新上传';

export async function createWorkOrder(ctx: Context, input: CreateWorkOrderInput): Promise<WorkOrder> {
  let created: WorkOrderRow | undefined;
  const result = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    // Permission first: the input is judged only for a caller who may log repairs there.
    const estateId = String(input.estateId ?? '');
    if (!isUuid(estateId)) throw notFound('小区');
    const estate = await loadEstateFor(tx, caller, estateId, 'read');
    if (
      !caller.ability.can(
        'create',
        subject('WorkOrder', { companyId: caller.companyId, estateId: estate.id }),
      )
    )
      throw forbidden();
    const parsed = parseInput(createWorkOrderInput, input);
    const now = ctx.services.clock();
    const { result: id, replayed } = await onceWithKey(
      tx,
      {
        companyId: caller.companyId,
        userId: caller.userId,
        operation: 'createWorkOrder',
        payload: { ...parsed, idempotencyKey: null },
      },
      parsed.idempotencyKey,
      async () => {
        const department = parsed.departmentId
          ? await store.departmentOf(tx, caller.companyId, estate.id, { id: parsed.departmentId })
          : await store.departmentOf(tx, caller.companyId, estate.id, {
              code: defaultDepartmentOf(parsed.category),
            });
        if (parsed.departmentId && !department)
          throw badInput([{ path: ['departmentId'], reason: 'NOT_FOUND', message: '该项目没有这个部门' }]);
        // An id that names no file is refused before the row is written (the column holds uuids).
        const malformed: FieldProblem[] = (parsed.photoFileIds ?? []).flatMap((fileId, i) =>
          isUuid(fileId) ? [] : [{ path: ['photoFileIds', i], reason: 'NOT_FOUND', message: PHOTO_GONE }],
        );
        if (malformed.length) throw badInput(malformed);
        const timeZone = await timeZoneOf(tx, caller.companyId);
        const inForce = await store.commitmentsInForce(tx, caller.companyId, now);
        const commitments = inForce ? commitmentsAt([inForce], now) : DEFAULT_WORK_ORDER_COMMITMENTS;
        const key = locationKey(parsed.location);
        const facts = {
          id: '',
          estateId: estate.id,
          locationKind: parsed.locationKind,
          locationKey: key,
          category: parsed.category,
          reportedAt: now,
        };
        const earlier = reworkOf(
          await store.reworkCandidates(tx, caller.companyId, {
            ...facts,
            since: reworkWindowStart(now),
            until: now,
          }),
          facts,
        );
        const row = await store.insertWorkOrder(tx, caller.companyId, {
          estateId: estate.id,
          locationKind: parsed.locationKind,
          location: parsed.location,
          locationKey: key,
          category: parsed.category,
          kind: parsed.kind,
          description: parsed.description,
          channel: parsed.channel,
          reporterName: parsed.reporterName || null,
          reporterPhone: parsed.reporterPhone || null,
          departmentId: department?.id ?? null,
          photoFileIds: [...(parsed.photoFileIds ?? [])],
          status: 'NEW',
          reportedAt: now,
          ...workOrderDeadlines(parsed.kind, now, commitments, timeZone),
          reworkOfId: earlier?.id ?? null,
          createdBy: caller.userId,
          createdAt: now,
          updatedAt: now,
        });
        const problems: FieldProblem[] = [];
        for (const [i, fileId] of (parsed.photoFileIds ?? []).entries()) {
          const attached = await attachFile(tx, caller, fileId, { type: 'WorkOrder', id: row.id }, now);
          if (!attached)
            problems.push({
              path: ['photoFileIds', i],
              reason: 'NOT_FOUND',
              message: '照片不存在或已失效，请重新上传',
            });
        }
        if (problems.length) throw badInput(problems);
        await changeLog('work_order.create', 'WorkOrder', row.id, null, row);
        return row.id;
      },
    );
    const row = await readableWorkOrder(tx, caller, id);
    if (!replayed) created = row;
    return toWorkOrder(tx, caller, row);
  });
  if (created) {
    publishWorkOrders(ctx.services, created.companyId, [
      workOrderPayload(created, 'CREATED', created.createdBy),
    ]);
    await scheduleBreachChecks(ctx.services, created);
  }
  return result;
}
