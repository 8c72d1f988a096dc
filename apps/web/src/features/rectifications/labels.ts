/** Tag colours of rectification statuses and finding severities. */
export const STATUS_COLOR: Record<string, string> = {
  OPEN: 'default',
  IN_PROGRESS: 'processing',
  SUBMITTED: 'warning',
  VERIFIED: 'success',
  REOPENED: 'magenta',
  CANCELLED: 'default',
};

export const SEVERITY_COLOR: Record<string, string> = {
  CRITICAL: 'red',
  MAJOR: 'orange',
  MINOR: 'blue',
};
