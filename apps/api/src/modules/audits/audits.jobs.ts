/**
 * The audits' jobs: `audits.start` at an audit's planned time (PLANNED → IN_PROGRESS),
 * `audits.overdue` at its due time (flags it when not submitted), and the daily `audits.schedules`
 * which queues, per company, `audits.schedules.company`: the next 7 days of scheduled self-checks,
 * plus a sweep that starts and flags what a lost job would have missed.
 */
import { DEFAULT_TIME_ZONE } from '@anju/domain';
import { and, isNull, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { withSystem, withTenant } from '../../db/tenant.js';
import type { Jobs } from '../../jobs/index.js';
import type { AppServices } from '../../lib/services.js';
import { writeChangeLog } from '../change-log/index.js';
import { companies, findCompany } from '../companies/index.js';
import { publishAudit } from './audits.access.js';
import { localDate } from './audits.dates.js';
import {
  AUDIT_OVERDUE,
  AUDIT_START,
  type AuditJobData,
  afterPlanned,
  generateScheduleAudits,
  type Planned,
  startRow,
} from './audits.plan.js';
import { type AuditRow, auditSchedules, audits } from './audits.schema.js';
import * as store from './audits.store.js';

export const DAILY_AUDIT_SCHEDULES = 'audits.schedules';
export const COMPANY_AUDIT_SCHEDULES = 'audits.schedules.company';

const systemLog = (tx: Tx, companyId: string, action: string, id: string, before: unknown, after: unknown) =>
  writeChangeLog(tx, {
    companyId,
    actorUserId: null,
    action,
    subjectType: 'Audit',
    subjectId: id,
    before,
    after,
    requestId: undefined,
  });

/** Starts a planned audit whose time has come (the job's work); answers it when it started. */
export async function startDueAudit(tx: Tx, companyId: string, auditId: string, now: Date) {
  const before = await store.findAudit(tx, companyId, auditId, 'update');
  // Already started by hand, cancelled, or moved later: nothing to do now.
  if (before?.status !== 'PLANNED' || before.plannedAt.getTime() > now.getTime()) return undefined;
  const audit = await startRow(tx, before, now);
  await systemLog(tx, companyId, 'audit.start', auditId, before, audit);
  return audit;
}

/** Flags an audit not submitted by its due time; answers it when it was flagged now. */
export async function flagOverdueAudit(tx: Tx, companyId: string, auditId: string, now: Date) {
  const before = await store.findAudit(tx, companyId, auditId, 'update');
  if (
    !before ||
    before.overdueAt ||
    (before.status !== 'PLANNED' && before.status !== 'IN_PROGRESS') ||
    before.dueAt.getTime() > now.getTime()
  )
    return undefined;
  const audit = await store.updateAudit(tx, companyId, auditId, { overdueAt: now });
  await systemLog(tx, companyId, 'audit.overdue', auditId, before, audit);
  return audit;
}

/** Runs the start job's work for one audit now (the job handler; tests call it too). */
export async function runAuditStart(services: AppServices, companyId: string, auditId: string) {
  const audit = await withTenant(services.database, companyId, (tx) =>
    startDueAudit(tx, companyId, auditId, services.clock()),
  );
  if (audit) publishAudit(services.pubsub, audit, 'STARTED');
  return audit;
}

/** Runs the overdue job's work for one audit now. */
export async function runAuditOverdue(services: AppServices, companyId: string, auditId: string) {
  const audit = await withTenant(services.database, companyId, (tx) =>
    flagOverdueAudit(tx, companyId, auditId, services.clock()),
  );
  if (audit) publishAudit(services.pubsub, audit, 'OVERDUE');
  return audit;
}

/**
 * One company's daily run: creates the next 7 days of each active schedule's audits, and starts
 * and flags audits whose jobs were lost (sent after a commit that a crash interrupted).
 */
export async function runCompanySchedules(services: AppServices, companyId: string) {
  const now = services.clock();
  const { planned, started, overdue } = await withTenant(services.database, companyId, async (tx) => {
    const timeZone = (await findCompany(tx, companyId))?.timeZone || DEFAULT_TIME_ZONE;
    const today = localDate(now, timeZone);
    const planned: Planned = { audits: [], notifications: [] };
    const horizon = new Date(`${today}T00:00:00Z`);
    horizon.setUTCDate(horizon.getUTCDate() + 6);
    for (const schedule of await store.schedulesToGenerate(
      tx,
      companyId,
      horizon.toISOString().slice(0, 10),
    )) {
      const made = await generateScheduleAudits(tx, schedule, today, timeZone, now);
      planned.audits.push(...made.audits);
      planned.notifications.push(...made.notifications);
    }
    const started: AuditRow[] = [];
    for (const a of await store.duePlannedAudits(tx, companyId, now)) {
      const row = await startDueAudit(tx, companyId, a.id, now);
      if (row) started.push(row);
    }
    const overdue: AuditRow[] = [];
    for (const a of await store.dueUnflaggedAudits(tx, companyId, now)) {
      const row = await flagOverdueAudit(tx, companyId, a.id, now);
      if (row) overdue.push(row);
    }
    return { planned, started, overdue };
  });
  await afterPlanned(services, planned, null);
  for (const a of started) publishAudit(services.pubsub, a, 'STARTED');
  for (const a of overdue) publishAudit(services.pubsub, a, 'OVERDUE');
  return { created: planned.audits, started, overdue };
}

/** Queues the daily run of every active company that has schedules or open audits. */
export async function sendScheduleJobs(jobs: Jobs, services: AppServices): Promise<string[]> {
  const rows = await withSystem(services.database, 'jobs', (tx) =>
    tx
      .select({ id: companies.id })
      .from(companies)
      .where(
        and(
          isNull(companies.archivedAt),
          isNull(companies.suspendedAt),
          or(
            sql`exists (select 1 from ${auditSchedules} where ${auditSchedules.companyId} = ${companies.id} and ${auditSchedules.active})`,
            sql`exists (select 1 from ${audits} where ${audits.companyId} = ${companies.id} and ${audits.status} in ('PLANNED', 'IN_PROGRESS'))`,
          ),
        ),
      ),
  );
  const day = services.clock().toISOString().slice(0, 10);
  for (const { id } of rows)
    await jobs.send(COMPANY_AUDIT_SCHEDULES, id, {}, { singletonKey: `${id}:${day}` });
  return rows.map((r) => r.id);
}

/** The audits' jobs, defined on the queue before it starts. */
export function defineAuditJobs(jobs: Jobs, services: () => AppServices): void {
  jobs.define<AuditJobData>({
    name: AUDIT_START,
    retryLimit: 5,
    retryDelaySeconds: 30,
    handler: async (job) => {
      await runAuditStart(services(), job.companyId, job.data.auditId);
    },
  });
  jobs.define<AuditJobData>({
    name: AUDIT_OVERDUE,
    retryLimit: 5,
    retryDelaySeconds: 30,
    handler: async (job) => {
      await runAuditOverdue(services(), job.companyId, job.data.auditId);
    },
  });
  jobs.define<Record<string, never>>({
    name: COMPANY_AUDIT_SCHEDULES,
    retryLimit: 3,
    retryDelaySeconds: 300,
    handler: async (job) => {
      await runCompanySchedules(services(), job.companyId);
    },
  });
  jobs.defineScheduled({
    name: DAILY_AUDIT_SCHEDULES,
    cron: '5 0 * * *',
    tz: 'Asia/Shanghai',
    handler: async () => {
      await sendScheduleJobs(jobs, services());
    },
  });
}
