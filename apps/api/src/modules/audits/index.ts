/** The quality audits module's public surface (templates, planning, conducting, rectification). */
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
