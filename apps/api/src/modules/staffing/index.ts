/**
 * The staffing module's public surface (issue 10 items 4–6): staffing compliance and its league
 * table, the certificate and roster reminder jobs, and the two staffing indicators. The staff
 * module calls `recomputeStaffingIndicators` in the transaction of each write of a staff,
 * certificate or training record.
 */

export {
  certifiedOnDutySource,
  recomputeStaffingIndicators,
  registerStaffingIndicatorSources,
  type StaffingRecompute,
  staffingIndicatorRows,
  trainingPassSource,
} from './staffing.indicators.js';
export {
  CERTIFICATE_REMINDERS,
  DAILY_STAFFING,
  defineStaffingJobs,
  ROSTER_REMINDERS,
  runCertificateReminders,
  runRosterReminders,
  sendCertificateReminders,
  sendRosterReminders,
  sendStaffingJobs,
} from './staffing.jobs.js';
export { StaffingResolver } from './staffing.resolver.js';
export { estateManagers as estateManagersOf } from './staffing.store.js';
