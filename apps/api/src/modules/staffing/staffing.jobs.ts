/**
 * The staffing jobs (issue 10 item 5). Every morning `staffing.daily` queues, for each active
 * company with people on a team, two jobs that run in a transaction for that company:
 *
 * - `staffing.certificate-reminders`: the managers of the person's estate hear of a certificate
 *   30 days and again 7 days before it expires (a certificate first seen within 7 days gets the
 *   7-day notice only). What was sent is kept on the certificate, `staff_certificates.reminded_days`
 *   ([30], then [30, 7]), written in the same transaction as the notifications and only while the
 *   certificate still expires on the day reminded of; a rerun finds the thresholds there and sends
 *   nothing. A renewal (a new `expires_on`) empties `reminded_days` (the database trigger of
 *   migration 0017, whoever writes the row), so the renewed certificate is reminded of again in
 *   its turn. The notifications carry a once-key with the expiry day as a second guard.
 * - `staffing.roster-reminders`: from the 25th of the month (the company's calendar day), the
 *   managers of each estate hear of every department that has people on the team but no roster
 *   for next month (no `roster_months` row), once per department and month (the notifications'
 *   once-key `roster-missing:<department>:<month>` is the record of what was sent).
 *
 * "Today" is the company's calendar day by the injected clock, as the figures reminder does it.
 */
import {
  addDaysToDate,
  CERTIFICATE_KIND_INFO,
  CERTIFICATE_REMINDER_DAYS,
  certificateReminderDue,
  rosterDueMonth,
} from '@anju/domain';
import { and, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { withSystem, withTenant } from '../../db/tenant.js';
import type { Jobs } from '../../jobs/index.js';
import type { AppServices } from '../../lib/services.js';
import { writeChangeLog } from '../change-log/index.js';
import { companies } from '../companies/index.js';
import { announce, type NewNotification, type NotificationRow, notify } from '../notifications/index.js';
import { staff } from '../staff/index.js';
import { companyToday } from './staffing.service.js';
import * as store from './staffing.store.js';

export const CERTIFICATE_REMINDERS = 'staffing.certificate-reminders';
export const ROSTER_REMINDERS = 'staffing.roster-reminders';
/** Every morning: both reminders for every active company with people on a team. */
export const DAILY_STAFFING = 'staffing.daily';

/**
 * Sends the certificate reminders due on the company's today, in `tx` (the company's tenant
 * transaction). Answers the notifications written: announce them after the commit.
 */
export async function sendCertificateReminders(
  tx: Tx,
  companyId: string,
  now: Date,
): Promise<NotificationRow[]> {
  const today = await companyToday(tx, companyId, now);
  const horizon = addDaysToDate(today, Math.max(...CERTIFICATE_REMINDER_DAYS));
  const certificates = await store.certificatesExpiringBetween(tx, companyId, today, horizon);
  const managers = await store.estateManagers(
    tx,
    companyId,
    certificates.map((c) => c.estateId),
  );
  const items: NewNotification[] = [];
  for (const c of certificates) {
    const due = certificateReminderDue(c.expiresOn, today, c.remindedDays);
    if (!due) continue;
    const recipients = managers.filter((m) => m.estateId === c.estateId);
    // Nobody manages the estate yet: not recorded, so a manager appointed later still hears of it.
    if (recipients.length === 0) continue;
    if (!(await store.recordReminded(tx, companyId, c.id, c.expiresOn, due.record))) continue;
    await writeChangeLog(tx, {
      companyId,
      actorUserId: null,
      action: 'certificate.reminded',
      subjectType: 'Certificate',
      subjectId: c.id,
      before: { remindedDays: c.remindedDays, expiresOn: c.expiresOn },
      after: { remindedDays: due.record, expiresOn: c.expiresOn },
      requestId: undefined,
    });
    const kind = CERTIFICATE_KIND_INFO[c.kind]?.zh ?? c.kind;
    for (const m of recipients) {
      items.push({
        userId: m.userId,
        kind: 'CERTIFICATE_EXPIRING',
        params: {
          estateId: c.estateId,
          estateName: c.estateName,
          staffId: c.staffId,
          staffName: c.staffName,
          positionName: c.positionName,
          certificateKind: c.kind,
          expiresOn: c.expiresOn,
          daysLeft: String(due.daysLeft),
          threshold: String(due.threshold),
        },
        title: `证书即将到期：${c.staffName}（${kind}）`,
        body: `${c.estateName} ${c.positionName} ${c.staffName} 的${kind}将于 ${c.expiresOn} 到期（还有 ${due.daysLeft} 天），请安排复审或换证。`,
        link: `/staffing?estate=${c.estateId}`,
        onceKey: `certificate-expiry:${c.id}:${c.expiresOn}:${due.threshold}`,
      });
    }
  }
  return notify(tx, companyId, items, now);
}

/**
 * From the 25th (the company's today): tells the managers of each estate about departments with
 * people on the team and no roster for next month. Answers the notifications written.
 */
export async function sendRosterReminders(tx: Tx, companyId: string, now: Date): Promise<NotificationRow[]> {
  const today = await companyToday(tx, companyId, now);
  const month = rosterDueMonth(today);
  if (!month) return [];
  const gaps = await store.departmentsWithoutRoster(tx, companyId, month);
  const managers = await store.estateManagers(
    tx,
    companyId,
    gaps.map((g) => g.estateId),
  );
  const items: NewNotification[] = gaps.flatMap((g) =>
    managers
      .filter((m) => m.estateId === g.estateId)
      .map((m) => ({
        userId: m.userId,
        kind: 'ROSTER_MISSING' as const,
        params: {
          estateId: g.estateId,
          estateName: g.estateName,
          departmentId: g.departmentId,
          departmentName: g.departmentName,
          month,
          staffCount: String(g.staffCount),
        },
        title: `请编排 ${month} 排班：${g.estateName} ${g.departmentName}`,
        body: `${g.estateName}${g.departmentName}（${g.staffCount} 人）尚未生成 ${month} 的排班表，请在月底前完成。`,
        link: `/rosters?estate=${g.estateId}&department=${g.departmentId}&month=${month}`,
        onceKey: `roster-missing:${g.departmentId}:${month}`,
      })),
  );
  return notify(tx, companyId, items, now);
}

/** Runs one company's certificate reminders now (the job's work; tests call it too). */
export async function runCertificateReminders(services: AppServices, companyId: string) {
  const sent = await withTenant(services.database, companyId, (tx) =>
    sendCertificateReminders(tx, companyId, services.clock()),
  );
  // After the commit: nobody hears of a notification that was rolled back.
  announce(services.pubsub, sent);
  return sent;
}

/** Runs one company's roster reminders now. */
export async function runRosterReminders(services: AppServices, companyId: string) {
  const sent = await withTenant(services.database, companyId, (tx) =>
    sendRosterReminders(tx, companyId, services.clock()),
  );
  announce(services.pubsub, sent);
  return sent;
}

/**
 * Queues both reminders for every active company with people on a team, at most one waiting per
 * company, job and day. Answers the companies queued.
 */
export async function sendStaffingJobs(jobs: Jobs, services: AppServices): Promise<string[]> {
  const rows = await withSystem(services.database, 'jobs', (tx) =>
    tx
      .select({ id: companies.id })
      .from(companies)
      .where(
        and(
          isNull(companies.archivedAt),
          isNull(companies.suspendedAt),
          sql`exists (select 1 from ${staff} where ${staff.companyId} = ${companies.id} and ${staff.status} <> 'LEFT')`,
        ),
      ),
  );
  const day = services.clock().toISOString().slice(0, 10);
  for (const { id } of rows) {
    await jobs.send(CERTIFICATE_REMINDERS, id, {}, { singletonKey: `${id}:${day}` });
    await jobs.send(ROSTER_REMINDERS, id, {}, { singletonKey: `${id}:${day}` });
  }
  return rows.map((r) => r.id);
}

/** The staffing jobs, defined on the queue before it starts. */
export function defineStaffingJobs(jobs: Jobs, services: () => AppServices): void {
  jobs.define<Record<string, never>>({
    name: CERTIFICATE_REMINDERS,
    retryLimit: 3,
    retryDelaySeconds: 300,
    handler: async (job) => {
      await runCertificateReminders(services(), job.companyId);
    },
  });
  jobs.define<Record<string, never>>({
    name: ROSTER_REMINDERS,
    retryLimit: 3,
    retryDelaySeconds: 300,
    handler: async (job) => {
      await runRosterReminders(services(), job.companyId);
    },
  });
  jobs.defineScheduled({
    name: DAILY_STAFFING,
    cron: '30 8 * * *',
    tz: 'Asia/Shanghai',
    handler: async () => {
      await sendStaffingJobs(jobs, services());
    },
  });
}
