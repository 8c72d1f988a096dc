/**
 * Breaches of the service-time commitments, flagged the moment a deadline passes: a delayed job
 * per order and deadline (`workOrders.breach`, queued after the order's report, dispatch and
 * arrival commit, to start one second after the deadline), and every minute a sweep
 * (`workOrders.breach.sweep`) that queues a check for each company with a step past due and not
 * flagged — a lost job, a clock moved. Either flags the steps still undone (`*_breached_at`,
 * `breached`), writes the change log and publishes BREACHED to the estate's board.
 */
import { doneAtOf, dueOf, SLA_STEPS, type SlaStep } from '@anju/domain';
import { and, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { withSystem, withTenant } from '../../db/tenant.js';
import type { WorkOrderChangedPayload } from '../../graphql/pubsub.js';
import type { Jobs } from '../../jobs/index.js';
import type { AppServices } from '../../lib/services.js';
import { writeChangeLog } from '../change-log/index.js';
import { companies } from '../companies/index.js';
import { publishWorkOrders, workOrderPayload } from './work-orders.access.js';
import type { WorkOrderRow } from './work-orders.schema.js';
import * as store from './work-orders.store.js';

/** One company's breach check: of one order (`workOrderId`), or of all of them. */
export const WORK_ORDER_BREACH = 'workOrders.breach';
/** Every minute: a breach check for each company with a step past its deadline. */
export const WORK_ORDER_BREACH_SWEEP = 'workOrders.breach.sweep';

export interface WorkOrderBreachData {
  /** Absent: every order of the company. */
  workOrderId?: string;
}

/** The job starts this long after a deadline: a step done exactly at it is on time. */
const AFTER_DEADLINE_MS = 1000;

/**
 * Flags what is past due by `now` in `tx` (the company's tenant transaction) and records it;
 * answers what to publish once it committed.
 */
export async function flagBreaches(
  tx: Tx,
  companyId: string,
  now: Date,
  ids?: readonly string[],
): Promise<WorkOrderChangedPayload[]> {
  const flagged = await store.markBreaches(tx, companyId, now, ids);
  const out: WorkOrderChangedPayload[] = [];
  for (const { row, steps } of flagged) {
    await writeChangeLog(tx, {
      companyId,
      actorUserId: null,
      action: 'work_order.breach',
      subjectType: 'WorkOrder',
      subjectId: row.id,
      before: null,
      after: { steps, breachedAt: now, status: row.status },
      requestId: undefined,
    });
    out.push(workOrderPayload(row, 'BREACHED', null, steps));
  }
  return out;
}

/** Runs the breach check of one company now (the job's work; tests call it too). */
export async function runBreachCheck(
  services: AppServices,
  companyId: string,
  workOrderId?: string,
): Promise<WorkOrderChangedPayload[]> {
  const out = await withTenant(services.database, companyId, (tx) =>
    flagBreaches(tx, companyId, services.clock(), workOrderId ? [workOrderId] : undefined),
  );
  // After the commit: nobody hears of a flag that was rolled back.
  publishWorkOrders(services, companyId, out);
  return out;
}

/**
 * Queues the breach check of each step of `row` still undone at its deadline: call after the
 * transaction that created or moved the order committed. One job per order, step and deadline.
 * A failure to queue is logged, not thrown: the write stands, and the sweep finds the breach.
 */
export async function scheduleBreachChecks(services: AppServices, row: WorkOrderRow): Promise<void> {
  const { jobs } = services;
  if (!jobs.defines(WORK_ORDER_BREACH)) return;
  const pending: SlaStep[] = SLA_STEPS.filter((s) => !doneAtOf(row, s));
  try {
    for (const step of pending) {
      const due = dueOf(row, step);
      await jobs.send<WorkOrderBreachData>(
        WORK_ORDER_BREACH,
        row.companyId,
        { workOrderId: row.id },
        {
          startAfter: new Date(due.getTime() + AFTER_DEADLINE_MS),
          singletonKey: `${row.id}:${step}:${due.toISOString()}`,
        },
      );
    }
  } catch (error) {
    services.logger.warn({ err: error, workOrderId: row.id }, 'could not queue work-order breach checks');
  }
}

/** Queues a check for every active company with a step past due and not flagged (one waiting each). */
export async function sendBreachSweeps(jobs: Jobs, services: AppServices): Promise<string[]> {
  const now = services.clock();
  const due = await withSystem(services.database, 'jobs', async (tx) => {
    const active = await tx
      .select({ id: companies.id })
      .from(companies)
      .where(and(isNull(companies.archivedAt), isNull(companies.suspendedAt)));
    const withWork = new Set(await store.companiesWithDueWork(tx, now));
    return active.map((c) => c.id).filter((id) => withWork.has(id));
  });
  for (const id of due)
    await jobs.send<WorkOrderBreachData>(WORK_ORDER_BREACH, id, {}, { singletonKey: `sweep:${id}` });
  return due;
}

/** The breach jobs, defined on the queue before it starts. */
export function defineWorkOrderJobs(jobs: Jobs, services: () => AppServices): void {
  jobs.define<WorkOrderBreachData>({
    name: WORK_ORDER_BREACH,
    retryLimit: 5,
    retryDelaySeconds: 10,
    handler: async (job) => {
      await runBreachCheck(services(), job.companyId, job.data.workOrderId);
    },
  });
  jobs.defineScheduled({
    name: WORK_ORDER_BREACH_SWEEP,
    cron: '* * * * *',
    tz: 'Asia/Shanghai',
    handler: async () => {
      await sendBreachSweeps(jobs, services());
    },
  });
}
