/**
 * Quality audits (DOMAIN.md, "Quality supervision"): the shapes shared by the API, the web and the
 * default templates. A template is versioned by the API; these are the contents of one version.
 */

/** What an audit is: HQ's quarterly assessment, spot checks and night patrols, the estate's own checks. */
export const AUDIT_KINDS = [
  'QUARTERLY',
  'SPOT_CHECK',
  'NIGHT_PATROL',
  'SELF_CHECK',
  'SEMI_MONTHLY',
  'MONTHLY',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** Audits an estate must not learn of before they start (DOMAIN.md: unannounced). */
export const SECRET_AUDIT_KINDS: ReadonlySet<AuditKind> = new Set(['SPOT_CHECK', 'NIGHT_PATROL']);

/** The departments a template's sections belong to: 客服, 秩序维护, 保洁, 工程, 绿化, 消防. */
export const AUDIT_DEPARTMENTS = [
  'CUSTOMER_SERVICE',
  'SECURITY',
  'CLEANING',
  'ENGINEERING',
  'LANDSCAPING',
  'FIRE_SAFETY',
] as const;
export type AuditDepartment = (typeof AUDIT_DEPARTMENTS)[number];

/** One checkable item: what to look at, the standard it must meet, its weight. */
export interface AuditTemplateItem {
  /** Stable within the template (`cs-01`); answers and findings refer to it across versions. */
  key: string;
  /** Short name of the item, Chinese. */
  title: string;
  /** The standard to check against, concrete enough for an auditor to decide on site. */
  standard: string;
  titleEn: string;
  standardEn: string;
  /** Points the item is worth (> 0). */
  maxScore: number;
  /** 一票否决: failing it fails the whole audit, whatever the score. */
  critical: boolean;
}

export interface AuditTemplateSection {
  key: string;
  department: AuditDepartment;
  title: string;
  titleEn: string;
  items: AuditTemplateItem[];
}

export interface AuditTemplateContent {
  sections: AuditTemplateSection[];
}

/** How an item was answered: a score out of its max, or pass / fail / not applicable. */
export type AuditAnswer =
  | { kind: 'SCORE'; score: number }
  | { kind: 'PASS' }
  | { kind: 'FAIL' }
  | { kind: 'NOT_APPLICABLE' };

/** Grade bands, best first: an audit takes the first band whose minimum its percentage reaches. */
export interface GradeBand {
  grade: string;
  label: string;
  labelEn: string;
  /** Minimum percentage (0–100). The last band's minimum is 0. */
  min: number;
}
