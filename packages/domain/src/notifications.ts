/**
 * What a notification is about. The API stores the kind with its parameters (and a Chinese
 * default text); the web words each kind in the reader's language from these parameters.
 */
export const NOTIFICATION_KINDS = [
  /** An estate has not submitted last month's figures by the company's reminder day. */
  'FIGURES_REMINDER',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
