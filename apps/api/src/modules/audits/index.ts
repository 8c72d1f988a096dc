/**
 * The audits module's public surface. Part B (planning and conducting): the resolvers, the loaders
 * for graphql/loaders.ts, the jobs for the composition root, and what the rectification part
 * builds on (raiseFindings, the submitted hook, the audit lookups).
 */
export { onAuditSubmitted, RECTIFICATION_OVERDUE_JOB, saveAuditItem, submitAudit } from './audits.conduct.js';
export { type RaisedFindings, raiseFindings } from './audits.findings.js';
export {
  COMPANY_AUDIT_SCHEDULES,
  DAILY_AUDIT_SCHEDULES,
  defineAuditJobs,
  runAuditOverdue,
  runAuditStart,
  runCompanySchedules,
  sendScheduleJobs,
} from './audits.jobs.js';
export { type AuditLoaders, auditLoaders } from './audits.loaders.js';
export { AUDIT_OVERDUE, AUDIT_START } from './audits.plan.js';
export { answerMap, domainAnswer, toAudit } from './audits.read.js';
export {
  AuditCampaignResolver,
  AuditItemAnswerResolver,
  AuditResolver,
  AuditScheduleResolver,
} from './audits.resolver.js';
export * from './audits.schema.js';
export { auditColumns, findAudit, findTemplateVersion, gradeBandsOf } from './audits.store.js';
export { Audit, AuditKindEnum, AuditStatusEnum } from './audits.types.js';
