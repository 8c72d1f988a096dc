/**
 * The company's service-time commitments (服务承诺): read by everyone who reads work orders,
 * changed by the company admin. A change is a new version in force from now; earlier versions stay
 * (history), and every order keeps the deadlines of the version in force when it was reported.
 */
import {
  type WorkOrderCommitments as Commitments,
  DEFAULT_WORK_ORDER_COMMITMENTS,
  subject,
  updateWorkOrderCommitmentsInput,
  WORK_ORDER_COMMITMENT_PRESETS,
} from '@anju/domain';
import type { Tx } from '../../db/client.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { forbidden } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { userNames } from '../users/index.js';
import type { WorkOrderCommitmentsRow } from './work-orders.schema.js';
import * as store from './work-orders.store.js';
import type {
  UpdateWorkOrderCommitmentsInput,
  WorkOrderCommitments,
  WorkOrderCommitmentsOverview,
} from './work-orders.types.js';

const figures = (c: Commitments) => ({
  dispatchMinutesMinor: c.dispatchMinutesMinor,
  dispatchMinutesUrgent: c.dispatchMinutesUrgent,
  arriveMinutesMinor: c.arriveMinutesMinor,
  arriveMinutesUrgent: c.arriveMinutesUrgent,
  completeMinutesMinor: c.completeMinutesMinor,
  urgentSameDay: c.urgentSameDay,
  completeMinutesUrgent: c.completeMinutesUrgent,
});

const preset = (c: Commitments): WorkOrderCommitments => ({
  id: null,
  effectiveFrom: null,
  ...figures(c),
  note: null,
  createdBy: null,
});

async function overviewOf(tx: Tx, caller: TenantCaller, now: Date): Promise<WorkOrderCommitmentsOverview> {
  const rows = await store.listCommitments(tx, caller.companyId);
  const names = await userNames(
    tx,
    caller.companyId,
    rows.flatMap((r) => (r.createdBy ? [r.createdBy] : [])),
  );
  const view = (r: WorkOrderCommitmentsRow): WorkOrderCommitments => ({
    id: r.id,
    effectiveFrom: r.effectiveFrom,
    ...figures(r),
    note: r.note,
    createdBy: r.createdBy ? { id: r.createdBy, name: names.get(r.createdBy) ?? '' } : null,
  });
  const history = rows.map(view);
  const current = history.find((h) => h.effectiveFrom!.getTime() <= now.getTime());
  return {
    current: current ?? preset(DEFAULT_WORK_ORDER_COMMITMENTS),
    history,
    defaults: preset(WORK_ORDER_COMMITMENT_PRESETS.SEED_000),
    seed002: preset(WORK_ORDER_COMMITMENT_PRESETS.SEED_002),
  };
}

/** Whoever reads work orders reads the commitments they are judged by (not the committee). */
export function workOrderCommitments(ctx: Context): Promise<WorkOrderCommitmentsOverview> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!caller.ability.can('read', 'WorkOrder')) throw forbidden();
    return overviewOf(tx, caller, ctx.services.clock());
  });
}

export function updateWorkOrderCommitments(
  ctx: Context,
  input: UpdateWorkOrderCommitmentsInput,
): Promise<WorkOrderCommitmentsOverview> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    // A company setting: the company admin's (who may update the company).
    if (!caller.ability.can('update', subject('Company', { id: caller.companyId }))) throw forbidden();
    const parsed = parseInput(updateWorkOrderCommitmentsInput, input);
    const now = ctx.services.clock();
    const [latest] = await store.listCommitments(tx, caller.companyId);
    // In force from now; after the latest version when two changes fall on one instant.
    const effectiveFrom =
      latest && latest.effectiveFrom.getTime() >= now.getTime()
        ? new Date(latest.effectiveFrom.getTime() + 1)
        : now;
    const before = (await store.commitmentsInForce(tx, caller.companyId, now)) ?? {
      ...DEFAULT_WORK_ORDER_COMMITMENTS,
      effectiveFrom: null,
    };
    const row = await store.insertCommitments(tx, caller.companyId, {
      effectiveFrom,
      ...figures(parsed),
      note: parsed.note || null,
      createdBy: caller.userId,
      createdAt: now,
    });
    await changeLog('work_order_commitments.update', 'WorkOrderCommitments', row.id, before, row);
    return overviewOf(tx, caller, effectiveFrom);
  });
}
