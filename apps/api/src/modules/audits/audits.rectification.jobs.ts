/**
 * Overdue rectifications: a delayed job per rectification at its due date (sent after the audit's
 * submission commits), and a sweep every five minutes as a safety net (a job lost, a clock moved,
 * a rectification reopened after its due date). Either flags the rectification (`overdueAt`, once),
 * notifies the estate's managers and the assignee, and publishes OVERDUE.
 */
import { and, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { withSystem } from '../../db/tenant.js';
import type { Jobs } from '../../jobs/index.js';
import type { AppServices } from '../../lib/services.js';
import { companies } from '../companies/index.js';
import type { NotificationRow } from '../notifications/index.js';
import {
  flush,
  localTime,
  newOutbox,
  notifyAbout,
  type Outbox,
  rectificationPayload,
} from './audits.rectification.js';
import * as store from './audits.rectification.store.js';

/** One company's overdue check: of one rectification (`rectificationId`), or all of them. */
export const RECTIFICATION_OVERDUE = 'rectifications.overdue';
/** Every five minutes: an overdue check for each company with open work past due. */
export const RECTIFICATION_OVERDUE_SWEEP = 'rectifications.overdue.sweep';

export interface RectificationOverdueData {
  /** Absent: every rectification of the company. */
  rectificationId?: string;
}

/**
 * Flags what is overdue by `now` in `tx` (the company's tenant transaction), writes the
 * notifications, and answers what to publish once it committed.
 */
export async function flagOverdue(
  tx: Tx,
  companyId: string,
  now: Date,
  ids?: readonly string[],
): Promise<Outbox> {
  const out = newOutbox();
  const flagged = await store.markOverdue(tx, companyId, now, ids);
  if (!flagged.length) return out;
  const full = [];
  for (const r of flagged) full.push(await store.findFull(tx, companyId, { rectificationId: r.id }));
  const names = await store.estateNames(
    tx,
    companyId,
    flagged.map((r) => r.estateId),
  );
  const notifications: NotificationRow[] = [];
  for (const [i, r] of flagged.entries()) {
    const managers = await store.estateManagerIds(tx, companyId, r.estateId);
    const params = {
      estateName: names.get(r.estateId) ?? '',
      item: full[i]?.finding.title ?? '',
      dueAt: localTime(r.dueAt),
    };
    notifications.push(
      ...(await notifyAbout(
        tx,
        r,
        [...managers, ...(r.assigneeUserId ? [r.assigneeUserId] : [])],
        'RECTIFICATION_OVERDUE',
        {
          actorUserId: null,
          now,
          params,
          title: `整改已逾期：${params.item}`,
          body: `${params.estateName}的整改已超过期限 ${params.dueAt}。`,
          onceKey: `rectification-overdue:${r.id}`,
        },
      )),
    );
    out.rectifications.push(rectificationPayload(r, 'OVERDUE', now, null));
  }
  out.notifications.push(...notifications);
  return out;
}

/**
 * Queues each rectification's overdue check at its due date: call after the transaction that
 * created them committed (the audit's submission). One job per rectification and due date.
 */
export async function scheduleRectificationDeadlines(
  jobs: Jobs,
  companyId: string,
  rows: readonly { id: string; dueAt: Date }[],
): Promise<void> {
  for (const r of rows)
    await jobs.send<RectificationOverdueData>(
      RECTIFICATION_OVERDUE,
      companyId,
      { rectificationId: r.id },
      { startAfter: r.dueAt, singletonKey: `${r.id}:${r.dueAt.toISOString()}` },
    );
}

/** Queues an overdue check for every active company with open work past due (at most one waiting each). */
export async function sendOverdueSweeps(jobs: Jobs, services: AppServices): Promise<string[]> {
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
    await jobs.send<RectificationOverdueData>(RECTIFICATION_OVERDUE, id, {}, { singletonKey: `sweep:${id}` });
  return due;
}

/** The overdue jobs, defined on the queue before it starts. */
export function defineRectificationJobs(jobs: Jobs, services: () => AppServices): void {
  jobs.define<RectificationOverdueData>({
    name: RECTIFICATION_OVERDUE,
    retryLimit: 3,
    retryDelaySeconds: 60,
    handler: async (job) => {
      const app = services();
      const ids = job.data.rectificationId ? [job.data.rectificationId] : undefined;
      const out = await job.tenant((tx) => flagOverdue(tx, job.companyId, app.clock(), ids));
      // After the commit: nobody hears of an overdue flag that was rolled back.
      flush(app, job.companyId, out);
    },
  });
  jobs.defineScheduled({
    name: RECTIFICATION_OVERDUE_SWEEP,
    cron: '*/5 * * * *',
    tz: 'Asia/Shanghai',
    handler: async () => {
      await sendOverdueSweeps(jobs, services());
    },
  });
}
