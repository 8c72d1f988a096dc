/**
 * GraphQL enums of findings and rectifications; AuditKind and AuditDepartment are registered once,
 * by the audits and the templates types, and re-exported here for the rectification part.
 */
import { APPEAL_DECISIONS, APPEAL_STATUSES, FINDING_SEVERITIES, RECTIFICATION_STATUSES } from '@anju/domain';
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';

export { AuditDepartmentEnum } from './audits.templates.types.js';
export { AuditKindEnum } from './audits.types.js';

export const FindingSeverityEnum = enumOf(FINDING_SEVERITIES);
registerEnumType(FindingSeverityEnum, {
  name: 'FindingSeverity',
  description: 'How serious a finding is; it decides the rectification’s due date.',
});

/** The stored statuses, plus CANCELLED: the finding was withdrawn on appeal. */
export const RECTIFICATION_VIEW_STATUSES = [...RECTIFICATION_STATUSES, 'CANCELLED'] as const;
export type RectificationViewStatus = (typeof RECTIFICATION_VIEW_STATUSES)[number];
export const RectificationStatusEnum = enumOf(RECTIFICATION_VIEW_STATUSES);
registerEnumType(RectificationStatusEnum, {
  name: 'RectificationStatus',
  description: 'open → in progress → submitted → verified, or reopened; cancelled when withdrawn.',
});

export const AppealStatusEnum = enumOf(APPEAL_STATUSES);
registerEnumType(AppealStatusEnum, {
  name: 'AppealStatus',
  description: 'An appeal: pending, upheld (the finding stands) or withdrawn (it no longer counts).',
});

export const AppealDecisionEnum = enumOf(APPEAL_DECISIONS);
registerEnumType(AppealDecisionEnum, {
  name: 'AppealDecision',
  description: 'The auditor’s decision on an appeal: uphold the finding or withdraw it.',
});

export const RECTIFICATION_EVENTS = [
  'RAISED',
  'ASSIGNED',
  'UPDATED',
  'SUBMITTED',
  'VERIFIED',
  'REOPENED',
  'OVERDUE',
  'APPEALED',
  'APPEAL_DECIDED',
  'CANCELLED',
] as const;
export const RectificationEventEnum = enumOf(RECTIFICATION_EVENTS);
registerEnumType(RectificationEventEnum, {
  name: 'RectificationEvent',
  description: 'What happened to a rectification (or its finding’s appeal).',
});
