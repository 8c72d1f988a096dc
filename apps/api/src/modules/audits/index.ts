/** The audits module's public surface (quality audits: templates, audits, findings, rectification). */
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
export { auditScoreSource, recomputeAuditScore } from './audits.source.js';
