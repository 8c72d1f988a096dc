/**
 * The audits module's public surface (issue 9: quality audits).
 */

// The tables (db/schema.ts, the demo seed).
export {
  auditAnswers,
  auditAppeals,
  auditAuditors,
  auditCampaigns,
  auditFindings,
  auditSchedules,
  audits,
  auditTemplates,
  auditTemplateVersions,
  rectifications,
} from './audits.schema.js';

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
