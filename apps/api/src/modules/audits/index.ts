/**
 * The audits module's public surface (issue 9: quality audits): the tables, and per part the
 * resolvers, loaders, jobs and what the other parts and the demo seed build on.
 */

// Part B — planning and conducting.
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
// Part C — findings, rectification, appeals, campaign overview, audit-score indicator.
export { registerRectificationHooks } from './audits.rectification.hooks.js';
export {
  defineRectificationJobs,
  flagOverdue,
  RECTIFICATION_OVERDUE,
  RECTIFICATION_OVERDUE_SWEEP,
  type RectificationOverdueData,
  scheduleRectificationDeadlines,
  sendOverdueSweeps,
} from './audits.rectification.jobs.js';
export { FindingResolver, RectificationResolver } from './audits.rectification.resolver.js';
export { Finding, Rectification } from './audits.rectification.types.js';
export {
  AuditCampaignResolver,
  AuditItemAnswerResolver,
  AuditResolver,
  AuditScheduleResolver,
} from './audits.resolver.js';
// The tables (db/schema.ts, the demo seed).
export * from './audits.schema.js';
export { auditScoreSource, recomputeAuditScore } from './audits.source.js';
export { auditColumns, findAudit, findTemplateVersion } from './audits.store.js';
// Part A — templates and grade bands.
export { DEPARTMENT_LABELS } from './audits.templates.excel.js';
export { AuditTemplateResolver } from './audits.templates.resolver.js';
export {
  gradeBandsOf,
  latestPublishedVersion,
  loadTemplateVersion,
  QUARTERLY_TEMPLATE_NAME,
  type SeededTemplate,
  seedDefaultTemplates,
  toVersion,
  versionsByTemplateLoader,
} from './audits.templates.service.js';
export {
  AuditDepartmentEnum,
  AuditTemplate,
  AuditTemplateContent,
  AuditTemplateVersion,
} from './audits.templates.types.js';
export { Audit, AuditKindEnum, AuditStatusEnum } from './audits.types.js';
