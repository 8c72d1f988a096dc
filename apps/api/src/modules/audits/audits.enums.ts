/**
 * GraphQL enums of the audits module that several parts use (Part C's findings and
 * rectifications; Parts A and B may register AuditKind / AuditDepartment in their own files: the
 * schema must hold one registration of each name, so whoever merges keeps one and imports it).
 */
import {
  APPEAL_DECISIONS,
  APPEAL_STATUSES,
  AUDIT_DEPARTMENTS,
  AUDIT_KINDS,
  FINDING_SEVERITIES,
  RECTIFICATION_STATUSES,
} from '@anju/domain';
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';

export const AuditKindEnum = enumOf(AUDIT_KINDS);
registerEnumType(AuditKindEnum, {
  name: 'AuditKind',
  description: 'What an audit is: HQ’s quarterly, spot check, night patrol, or an estate’s own check.',
});

export const AuditDepartmentEnum = enumOf(AUDIT_DEPARTMENTS);
registerEnumType(AuditDepartmentEnum, {
  name: 'AuditDepartment',
  description: 'The department a template section checks (客服, 秩序维护, 保洁, 工程, 绿化, 消防).',
});

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
