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
  type WorkOrderCategory,
  type WorkOrderChannel,
  type WorkOrderKind,
  type WorkOrderLocationKind,
  workOrderDeadlines,
} from '@anju/domain';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import { attachFile } from '../../files/index.js';
import type { Context } from '../../graphql/context.js';
import { badInput, forbidden, notFound } from '../../lib/errors.js';
import type { AppServices } from '../../lib/services.js';
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
        const row = await insertNewWorkOrder(tx, caller.companyId, now, {
          estateId: estate.id,
          locationKind: parsed.locationKind,
          location: parsed.location,
          category: parsed.category,
          kind: parsed.kind,
          description: parsed.description,
          channel: parsed.channel,
          reporterName: parsed.reporterName || null,
          reporterPhone: parsed.reporterPhone || null,
          departmentId: department?.id ?? null,
          photoFileIds: [...(parsed.photoFileIds ?? [])],
          createdBy: caller.userId,
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
  if (created) await announceNewWorkOrder(ctx.services, created);
  return result;
}

/** What a new order is made of; the rest (number, deadlines, rework link) is derived. */
export interface NewOrderFacts {
  estateId: string;
  locationKind: WorkOrderLocationKind;
  location: string;
  category: WorkOrderCategory;
  kind: WorkOrderKind;
  description: string;
  channel: WorkOrderChannel;
  reporterName: string | null;
  reporterPhone: string | null;
  departmentId: string | null;
  photoFileIds: string[];
  createdBy: string | null;
}

/**
 * Inserts a reported order inside the caller's tenant transaction: the deadlines from the
 * commitments in force at `now`, the link to the earlier repair of the same fault (返修). Used by
 * createWorkOrder and by the residents' QR report (which has no signed-in caller). The caller
 * attaches photos, writes the change log, and after the commit calls `announceNewWorkOrder`.
 */
export async function insertNewWorkOrder(
  tx: Tx,
  companyId: string,
  now: Date,
  facts: NewOrderFacts,
): Promise<WorkOrderRow> {
  const timeZone = await timeZoneOf(tx, companyId);
  const inForce = await store.commitmentsInForce(tx, companyId, now);
  const commitments = inForce ? commitmentsAt([inForce], now) : DEFAULT_WORK_ORDER_COMMITMENTS;
  const key = locationKey(facts.location);
  const match = {
    id: '',
    estateId: facts.estateId,
    locationKind: facts.locationKind,
    locationKey: key,
    category: facts.category,
    reportedAt: now,
  };
  const earlier = reworkOf(
    await store.reworkCandidates(tx, companyId, { ...match, since: reworkWindowStart(now), until: now }),
    match,
  );
  return store.insertWorkOrder(tx, companyId, {
    ...facts,
    locationKey: key,
    status: 'NEW',
    reportedAt: now,
    ...workOrderDeadlines(facts.kind, now, commitments, timeZone),
    reworkOfId: earlier?.id ?? null,
    createdAt: now,
    updatedAt: now,
  });
}

/** After the commit of a new order: the event on the estate's board and the breach checks. */
export async function announceNewWorkOrder(services: AppServices, row: WorkOrderRow): Promise<void> {
  publishWorkOrders(services, row.companyId, [workOrderPayload(row, 'CREATED', row.createdBy)]);
  await scheduleBreachChecks(services, row);
}
