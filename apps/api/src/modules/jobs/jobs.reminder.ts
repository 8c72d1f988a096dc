/**
 * The monthly figures reminder: on the company's reminder day, the managers of every estate that
 * has not yet submitted last month's figures are notified, once per estate and month.
 */
import { addMonths, currentDayOfMonth, currentMonth, DEFAULT_TIME_ZONE } from '@anju/domain';
import { and, isNotNull, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { withSystem, withTenant } from '../../db/tenant.js';
import type { Jobs } from '../../jobs/index.js';
import type { AppServices } from '../../lib/services.js';
import { companies, findCompany } from '../companies/index.js';
import { announce, type NewNotification, type NotificationRow, notify } from '../notifications/index.js';
import { estateManagers, unsubmittedEstates } from './jobs.store.js';

/** One company's reminder for one month (data: the month whose figures are due). */
export const MONTHLY_REMINDER = 'figures.monthly-reminder';
/** Every morning: a reminder job for each company whose reminder day is today. */
export const DAILY_MONTHLY_REMINDER = 'figures.monthly-reminder.daily';

export interface MonthlyReminderData {
  /** `YYYY-MM`: the month whose figures the estates owe (the one before the reminder day's). */
  month: string;
}

/**
 * Notifies, in `tx` (the company's tenant transaction), the managers of each estate of the
 * company that owes `month`'s figures. Each manager hears of an estate and month once, however
 * often this runs (the notifications' once-key). Answers the notifications written: announce them
 * after the transaction committed.
 */
export async function sendFigureReminders(
  tx: Tx,
  companyId: string,
  month: string,
  at: Date,
): Promise<NotificationRow[]> {
  const company = await findCompany(tx, companyId);
  const day = company?.figureReminderDay;
  // Turned off since the job was queued: nothing to send.
  if (!day) return [];
  const owing = await unsubmittedEstates(tx, companyId, month);
  const managers = await estateManagers(
    tx,
    companyId,
    owing.map((e) => e.id),
  );
  const byId = new Map(owing.map((e) => [e.id, e]));
  const items: NewNotification[] = managers.map(({ estateId, userId }) => {
    const estate = byId.get(estateId)!;
    return {
      userId,
      kind: 'FIGURES_REMINDER',
      params: { estateId, estateName: estate.name, month, day: String(day) },
      title: `请提交 ${month} 月度数据`,
      body: `${estate.name}尚未提交 ${month} 的月度指标数据（每月 ${day} 日截止），请尽快填报并提交。`,
      link: `/figures?estate=${estateId}&month=${month}`,
      onceKey: `figures-reminder:${estateId}:${month}`,
    };
  });
  return notify(tx, companyId, items, at);
}

/** Runs one company's reminder now (outside the queue: operators, tests); answers what was sent. */
export async function remindUnsubmitted(
  services: AppServices,
  companyId: string,
  month: string,
): Promise<NotificationRow[]> {
  const sent = await withTenant(services.database, companyId, (tx) =>
    sendFigureReminders(tx, companyId, month, services.clock()),
  );
  announce(services.pubsub, sent);
  return sent;
}

/**
 * Queues the reminder of every active company whose reminder day is today in its time zone (by the
 * injected clock), for last month; at most one waiting per company and month. Answers the
 * companies whose reminder is due (queued now, or already waiting).
 */
export async function sendMonthlyReminders(jobs: Jobs, services: AppServices): Promise<string[]> {
  const candidates = await withSystem(services.database, 'jobs', (tx) =>
    tx
      .select({ id: companies.id, timeZone: companies.timeZone, day: companies.figureReminderDay })
      .from(companies)
      .where(
        and(
          isNull(companies.archivedAt),
          isNull(companies.suspendedAt),
          isNotNull(companies.figureReminderDay),
        ),
      ),
  );
  const queued: string[] = [];
  for (const c of candidates) {
    const zone = c.timeZone || DEFAULT_TIME_ZONE;
    if (currentDayOfMonth(services.clock, zone) !== c.day) continue;
    const month = addMonths(currentMonth(services.clock, zone), -1);
    await jobs.send<MonthlyReminderData>(
      MONTHLY_REMINDER,
      c.id,
      { month },
      { singletonKey: `${c.id}:${month}` },
    );
    queued.push(c.id);
  }
  return queued;
}

/** The reminder's jobs, defined on the queue before it starts. */
export function defineReminderJobs(jobs: Jobs, services: () => AppServices): void {
  jobs.define<MonthlyReminderData>({
    name: MONTHLY_REMINDER,
    retryLimit: 3,
    retryDelaySeconds: 300,
    handler: async (job) => {
      const app = services();
      const sent = await job.tenant((tx) =>
        sendFigureReminders(tx, job.companyId, job.data.month, app.clock()),
      );
      // After the commit: nobody hears of a notification that was rolled back.
      announce(app.pubsub, sent);
      if (sent.length)
        app.logger.info(
          { companyId: job.companyId, month: job.data.month, sent: sent.length },
          'figures reminders sent',
        );
    },
  });
  jobs.defineScheduled({
    name: DAILY_MONTHLY_REMINDER,
    cron: '0 9 * * *',
    tz: 'Asia/Shanghai',
    handler: async () => {
      await sendMonthlyReminders(jobs, services());
    },
  });
}
