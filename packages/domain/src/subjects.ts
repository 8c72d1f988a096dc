/**
 * Every subject of the domain (DOMAIN.md), including those whose modules arrive later: the
 * permission model is defined once, up front, so a new module only wires what is already decided.
 */
export const SUBJECTS = [
  'Platform',
  'Company',
  'Region',
  'Estate',
  'User',
  'Membership',
  'ChangeLog',
  'Department',
  'Position',
  'Staff',
  'Certificate',
  'Training',
  'Shift',
  /** A company's staffing template (编制模板): departments and positions an estate can start from. */
  'StaffingTemplate',
  'AuditTemplate',
  'Audit',
  'Finding',
  'Rectification',
  'Appeal',
  'WorkOrder',
  'Complaint',
  'Survey',
  'SurveyResponse',
  'FeeCollection',
  'Incident',
  'FacilityCheck',
  'CommunityActivity',
  'SpecialService',
  'Indicator',
  'IndicatorTarget',
  'MonthlyFigure',
  'Comparison',
  'PublishedReport',
  'CommitteeFeedback',
  /** A message to one user (a reminder, an overdue rectification): only its recipient reads it. */
  'Notification',
] as const;
export type SubjectName = (typeof SUBJECTS)[number];

export const ACTIONS = [
  'manage',
  'create',
  'read',
  'update',
  'archive',
  'delete',
  'submit',
  'approve',
  'verify',
  'publish',
  'appeal',
  'respond',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Subjects whose rows belong to one estate (`estateId`), so estate scopes filter them. */
export const ESTATE_SCOPED_SUBJECTS = [
  'Department',
  'Position',
  'Staff',
  'Certificate',
  'Training',
  'Shift',
  'WorkOrder',
  'Complaint',
  'Survey',
  'SurveyResponse',
  'FeeCollection',
  'Incident',
  'FacilityCheck',
  'CommunityActivity',
  'SpecialService',
  'MonthlyFigure',
  'IndicatorTarget',
  'Audit',
  'Finding',
  'Rectification',
  'Appeal',
  'PublishedReport',
  'CommitteeFeedback',
] as const satisfies readonly SubjectName[];

/** Estate operations an estate manager runs day to day. */
export const ESTATE_OPERATION_SUBJECTS = [
  'Department',
  'Position',
  'Staff',
  'Certificate',
  'Training',
  'Shift',
  'WorkOrder',
  'Complaint',
  'Survey',
  'SurveyResponse',
  'FeeCollection',
  'Incident',
  'FacilityCheck',
  'CommunityActivity',
  'SpecialService',
] as const satisfies readonly SubjectName[];

/** The estate's daily records that its staff write as well as its manager (issue 11 item 5). */
export const ESTATE_RECORD_SUBJECTS = [
  'FeeCollection',
  'Incident',
  'FacilityCheck',
  'CommunityActivity',
] as const satisfies readonly SubjectName[];

/** Audit kinds run by HQ and by the estate itself (DOMAIN.md, 双层监督). */
export const HQ_AUDIT_KINDS = ['QUARTERLY', 'SPOT_CHECK', 'NIGHT_PATROL'] as const;
export const ESTATE_AUDIT_KINDS = ['SELF_CHECK', 'SEMI_MONTHLY', 'MONTHLY'] as const;
/** HQ audits the estate must not learn of before they start (spot checks and night patrols). */
export const SECRET_KINDS = ['SPOT_CHECK', 'NIGHT_PATROL'] as const;

/**
 * Fields of personal data: only roles that need them get them (field-level rules): the estate's
 * manager, the company admin and the person themself (a Staff row's `userId`, a certificate's
 * `staffUserId`). HQ viewers, auditors, colleagues and the committee never do.
 */
export const STAFF_PERSONAL_FIELDS = ['phone', 'idNumber', 'birthDate'] as const;
/** A certificate's scan is personal data too (it shows the ID number and photo). */
export const CERTIFICATE_PERSONAL_FIELDS = ['scanFileId'] as const;
export const USER_PERSONAL_FIELDS = ['email', 'phone'] as const;

/**
 * A work order's reporter (name and phone: a resident's personal data) is read only by the estate's
 * manager, company admins and the staff handling the order (its assignee and whoever logged it);
 * department colleagues, HQ viewers, auditors and the committee never read it.
 */
export const WORK_ORDER_PERSONAL_FIELDS = ['reporterName', 'reporterPhone'] as const;

/**
 * A complaint's complainant (name and phone: a resident's personal data) is read only by the
 * estate's manager, company admins and its first receiver (首问责任人, who owns the case); department
 * colleagues, HQ viewers, auditors and the committee never read it.
 */
export const COMPLAINT_PERSONAL_FIELDS = ['complainantName', 'complainantPhone'] as const;

/**
 * What each step of a work order changes, as the field its `update` rule names: estate staff may
 * take only some steps of an order (see abilities.ts, estateStaff), managers and admins all.
 */
export const WORK_ORDER_STEP_FIELDS = {
  DISPATCH: 'assigneeUserId',
  ARRIVE: 'arrivedAt',
  COMPLETE: 'completedAt',
  CALLBACK: 'calledBackAt',
  CLOSE: 'closedAt',
} as const;
