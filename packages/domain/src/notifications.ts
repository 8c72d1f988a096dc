/**
 * What a notification is about. The API stores the kind with its parameters (and a Chinese
 * default text); the web words each kind in the reader's language from these parameters.
 */
export const NOTIFICATION_KINDS = [
  /** An estate has not submitted last month's figures by the company's reminder day. */
  'FIGURES_REMINDER',
  /** An auditor was named on an audit (HQ users only: an estate never hears of a planned spot check). */
  'AUDIT_ASSIGNED',
  /** A rectification was assigned to a member of estate staff. */
  'RECTIFICATION_ASSIGNED',
  /** Evidence was submitted: the auditor (or, for the estate's own checks, the manager) verifies it. */
  'RECTIFICATION_SUBMITTED',
  /** The auditor reopened a rectification, with a reason. */
  'RECTIFICATION_REOPENED',
  /** A rectification passed its due date with work still owed. */
  'RECTIFICATION_OVERDUE',
  /** An estate appealed a finding; the auditor decides. */
  'APPEAL_FILED',
  /** The auditor upheld or withdrew an appealed finding. */
  'APPEAL_DECIDED',
  /** A certificate of a member of staff expires in 30 (then 7) days: the estate's managers renew it. */
  'CERTIFICATE_EXPIRING',
  /** From the 25th: a department with staff has no roster for next month yet. */
  'ROSTER_MISSING',
  /** A major complaint (重大投诉) was logged: the estate's managers hear of it at once. */
  'COMPLAINT_MAJOR',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
