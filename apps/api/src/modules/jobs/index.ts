/** The jobs module's public surface: the company's jobs (drift check, monthly reminder) and failed jobs. */

export { defineModuleJobs } from './jobs.define.js';
export {
  checkDrift,
  checkReadModel,
  DRIFT_CHECK,
  type Drift,
  NIGHTLY_DRIFT_CHECK,
  sendDriftChecks,
} from './jobs.drift.js';
export {
  DAILY_MONTHLY_REMINDER,
  MONTHLY_REMINDER,
  type MonthlyReminderData,
  remindUnsubmitted,
  sendFigureReminders,
  sendMonthlyReminders,
} from './jobs.reminder.js';
export { JobResolver } from './jobs.resolver.js';
export { FailedJob } from './jobs.types.js';
