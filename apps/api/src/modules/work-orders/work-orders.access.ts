/**
 * Who sees what of a work order, and how rows become GraphQL objects (here only, so every answer —
 * lists, the board, mutations, events — hides the same fields): the reporter's name and phone only
 * where the caller's ability allows (WORK_ORDER_PERSONAL_FIELDS), the steps the caller may take.
 */
import {
  type AppAbility,
  DEFAULT_TIME_ZONE,
  isTimely,
  nextSteps,
  SLA_STEPS,
  type SlaStep,
  subject,
  WORK_ORDER_PERSONAL_FIELDS,
  WORK_ORDER_STEP_FIELDS,
  type WorkOrderStep,
} from '@anju/domain';
import type { Tx } from '../../db/client.js';
import type { FileRef, UserRef } from '../../graphql/common-types.js';
import type { TenantCaller } from '../../graphql/context.js';
import type { WorkOrderChangedPayload } from '../../graphql/pubsub.js';
import { notFound } from '../../lib/errors.js';
import type { AppServices } from '../../lib/services.js';
import { findCompany } from '../companies/index.js';
import { userNames } from '../users/index.js';
import type { WorkOrderRow } from './work-orders.schema.js';
import * as store from './work-orders.store.js';
import type { WorkOrder } from './work-orders.types.js';

export const WORK_ORDER = '工单';

/** The fields of a WorkOrder row its CASL rules name. */
export const workOrderSubject = (
  r: Pick<WorkOrderRow, 'companyId' | 'id' | 'estateId' | 'assigneeUserId' | 'createdBy' | 'departmentId'>,
) => ({
  companyId: r.companyId,
  id: r.id,
  estateId: r.estateId,
  assigneeUserId: r.assigneeUserId,
  createdBy: r.createdBy,
  departmentId: r.departmentId,
});

type SubjectRow = Parameters<typeof workOrderSubject>[0];

export const canReadWorkOrder = (ability: AppAbility, r: SubjectRow) =>
  ability.can('read', subject('WorkOrder', workOrderSubject(r)));

/**
 * Does the caller read every order of the estate (managers, headquarters), rather than some of
 * them (staff: theirs, their department's)? Then counts come from the kept counts (work_order_counts)
 * instead of counting rows. A row-level `cannot` rule would make any answer a guess: then no.
 */
export function readsEveryOrderOf(ability: AppAbility, companyId: string, estateId: string): boolean {
  if (ability.rulesFor('read', 'WorkOrder').some((r) => r.inverted && !r.fields)) return false;
  return ability.can('read', subject('WorkOrder', { companyId, estateId }));
}

/** May the caller take this step on the order (its rule's field, see WORK_ORDER_STEP_FIELDS)? */
export const canTakeStep = (ability: AppAbility, r: SubjectRow, step: WorkOrderStep) =>
  ability.can('update', subject('WorkOrder', workOrderSubject(r)), WORK_ORDER_STEP_FIELDS[step]);

const canReadPersonal = (ability: AppAbility, r: SubjectRow) =>
  WORK_ORDER_PERSONAL_FIELDS.every((f) => ability.can('read', subject('WorkOrder', workOrderSubject(r)), f));

/** Loads an order the caller may read; anything else (another company, hidden, malformed) is NOT_FOUND. */
export async function readableWorkOrder(
  tx: Tx,
  caller: TenantCaller,
  id: string,
  lock = false,
): Promise<WorkOrderRow> {
  const row = await store.findWorkOrder(tx, caller.companyId, String(id), lock);
  if (!row || !canReadWorkOrder(caller.ability, row)) throw notFound(WORK_ORDER);
  return row;
}

/** The company's time zone. */
export async function timeZoneOf(tx: Tx, companyId: string): Promise<string> {
  return (await findCompany(tx, companyId))?.timeZone || DEFAULT_TIME_ZONE;
}

const ref = (id: string | null, names: Map<string, string>): UserRef | null =>
  id ? { id, name: names.get(id) ?? '' } : null;

const breachedStepsOf = (r: WorkOrderRow): SlaStep[] =>
  SLA_STEPS.filter((s) =>
    s === 'DISPATCH' ? r.dispatchBreachedAt : s === 'ARRIVE' ? r.arriveBreachedAt : r.completeBreachedAt,
  );

/** Whether any of the caller's work-order rules names an order's id in its conditions. */
const rulesNameId = (ability: AppAbility) =>
  (['read', 'update'] as const).some((action) =>
    ability
      .rulesFor(action, 'WorkOrder')
      .some((rule) => JSON.stringify(rule.conditions ?? {}).includes('"id"')),
  );

/**
 * Rows as the caller may see them, with names, departments, photos and the reworked order loaded
 * in a few statements for the whole batch (no statement per row).
 */
export async function toWorkOrders(
  tx: Tx,
  caller: TenantCaller,
  rows: readonly WorkOrderRow[],
): Promise<WorkOrder[]> {
  if (rows.length === 0) return [];
  const { companyId, ability } = caller;
  // Independent lookups sent together: the driver pipelines them on the transaction's connection.
  const [names, departments, photos, earlier] = await Promise.all([
    userNames(
      tx,
      companyId,
      rows.flatMap((r) => [r.assigneeUserId, r.createdBy].filter((x): x is string => x != null)),
    ),
    store.departmentNames(
      tx,
      companyId,
      rows.flatMap((r) => (r.departmentId ? [r.departmentId] : [])),
    ),
    store.filesByIds(
      tx,
      companyId,
      rows.flatMap((r) => [...r.photoFileIds, ...r.completionPhotoFileIds]),
    ),
    store.findWorkOrders(
      tx,
      companyId,
      rows.flatMap((r) => (r.reworkOfId ? [r.reworkOfId] : [])),
    ),
  ]);
  // What the caller may see and do of an order depends only on the fields its rules name and its
  // status: judged once per such combination of the batch (a board shares few), not per row. The
  // rules name no order by id today; should one, every row is judged on its own.
  const judged = new Map<string, { personal: boolean; steps: WorkOrderStep[] }>();
  const byId = rulesNameId(ability);
  const judge = (r: WorkOrderRow) => {
    const key = `${byId ? r.id : ''} ${r.estateId} ${r.assigneeUserId} ${r.createdBy} ${r.departmentId} ${r.status}`;
    let found = judged.get(key);
    if (!found) {
      found = {
        personal: canReadPersonal(ability, r),
        steps: nextSteps(r.status).filter((s) => canTakeStep(ability, r, s)),
      };
      judged.set(key, found);
    }
    return found;
  };
  const filesOf = (ids: readonly string[]): FileRef[] =>
    ids.flatMap((id) => (photos.has(id) ? [photos.get(id)!] : []));
  const reworked = new Map(earlier.map((r) => [r.id, r]));
  return rows.map((r) => {
    const { personal, steps } = judge(r);
    const earlier = r.reworkOfId ? reworked.get(r.reworkOfId) : undefined;
    return {
      id: r.id,
      companyId: r.companyId,
      createdById: r.createdBy,
      departmentId: r.departmentId,
      assigneeUserId: r.assigneeUserId,
      estateId: r.estateId,
      number: r.number,
      locationKind: r.locationKind,
      location: r.location,
      category: r.category,
      kind: r.kind,
      description: r.description,
      channel: r.channel,
      reporterName: personal ? r.reporterName : null,
      reporterPhone: personal ? r.reporterPhone : null,
      personalDataVisible: personal,
      department: r.departmentId ? (departments.get(r.departmentId) ?? null) : null,
      assignee: ref(r.assigneeUserId, names),
      createdBy: ref(r.createdBy, names),
      photos: filesOf(r.photoFileIds),
      completionPhotos: filesOf(r.completionPhotoFileIds),
      status: r.status,
      reportedAt: r.reportedAt,
      dispatchedAt: r.dispatchedAt,
      arrivedAt: r.arrivedAt,
      completedAt: r.completedAt,
      calledBackAt: r.calledBackAt,
      closedAt: r.closedAt,
      dispatchDueAt: r.dispatchDueAt,
      arriveDueAt: r.arriveDueAt,
      completeDueAt: r.completeDueAt,
      dispatchBreachedAt: r.dispatchBreachedAt,
      arriveBreachedAt: r.arriveBreachedAt,
      completeBreachedAt: r.completeBreachedAt,
      breached: r.breached,
      breachedSteps: breachedStepsOf(r),
      timely: r.completedAt ? isTimely(r) : null,
      reworkOf: earlier ? { id: earlier.id, number: earlier.number, completedAt: earlier.completedAt } : null,
      qualityPassed: r.qualityPassed,
      satisfaction: r.satisfaction,
      callbackNote: r.callbackNote,
      arriveNote: r.arriveNote,
      completionNote: r.completionNote,
      closeNote: r.closeNote,
      nextSteps: steps,
      version: r.version,
      updatedAt: r.updatedAt,
    };
  });
}

export async function toWorkOrder(tx: Tx, caller: TenantCaller, row: WorkOrderRow): Promise<WorkOrder> {
  return (await toWorkOrders(tx, caller, [row]))[0]!;
}

// ---- events ------------------------------------------------------------------------------------

export function workOrderPayload(
  r: WorkOrderRow,
  event: WorkOrderChangedPayload['event'],
  actorUserId: string | null,
  steps?: SlaStep[],
): WorkOrderChangedPayload {
  return {
    workOrderId: r.id,
    estateId: r.estateId,
    status: r.status,
    assigneeUserId: r.assigneeUserId,
    createdBy: r.createdBy,
    departmentId: r.departmentId,
    breached: r.breached,
    event,
    ...(steps ? { steps } : {}),
    actorUserId,
  };
}

/** Announces changes once their transaction committed. */
export function publishWorkOrders(
  services: Pick<AppServices, 'pubsub'>,
  companyId: string,
  payloads: readonly WorkOrderChangedPayload[],
): void {
  for (const p of payloads) services.pubsub.publish('WORK_ORDER_CHANGED', companyId, p);
}
