import type {
  AppealStatus,
  AuditDepartment,
  AuditKind,
  AuditScore,
  AuditStatus,
  AuditTemplateContent,
  FindingSeverity,
  RectificationStatus,
} from '@anju/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from '../../db/columns.js';
import { companies } from '../companies/companies.schema.js';
import { estates } from '../estates/estates.schema.js';
import { users } from '../users/users.schema.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * An audit template (检查标准 / 评分表) of the company: its name and the working copy HQ edits
 * (`draft`). What audits use are its published versions, which never change once published.
 */
export const auditTemplates = pgTable(
  'audit_templates',
  {
    ...tenantColumns(),
    name: text('name').notNull(),
    description: text('description'),
    /** The editor's working copy; publishing copies it into a new version. */
    draft: jsonb('draft').$type<AuditTemplateContent>().notNull(),
    /** The newest published version's number (0: never published). */
    publishedVersion: integer('published_version').notNull().default(0),
    archived: boolean('archived').notNull().default(false),
    /** Optimistic lock of the draft: two editors never overwrite each other. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('audit_templates_name_key').on(t.companyId, t.name),
    foreignKey({ columns: [t.companyId], foreignColumns: [companies.id] }),
  ],
);
export type AuditTemplateRow = typeof auditTemplates.$inferSelect;

/** A published, immutable version of a template: what an audit is conducted and scored against. */
export const auditTemplateVersions = pgTable(
  'audit_template_versions',
  {
    ...tenantColumns(),
    templateId: uuid('template_id').notNull(),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    content: jsonb('content').$type<AuditTemplateContent>().notNull(),
    /** Items in all sections, kept for lists and the statement-count-free overview. */
    itemCount: integer('item_count').notNull(),
    publishedBy: uuid('published_by'),
    publishedAt: at('published_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('audit_template_versions_number_key').on(t.companyId, t.templateId, t.number),
    foreignKey({
      columns: [t.companyId, t.templateId],
      foreignColumns: [auditTemplates.companyId, auditTemplates.id],
    }),
  ],
);
export type AuditTemplateVersionRow = typeof auditTemplateVersions.$inferSelect;

/** A campaign: HQ's quarterly assessment (or a round of spot checks) over chosen estates. */
export const auditCampaigns = pgTable(
  'audit_campaigns',
  {
    ...tenantColumns(),
    name: text('name').notNull(),
    kind: text('kind').$type<AuditKind>().notNull(),
    /** `2026-Q4` for a quarterly campaign: the period whose audit-score indicator it feeds. */
    quarter: text('quarter'),
    templateVersionId: uuid('template_version_id').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('audit_campaigns_starts_idx').on(t.companyId, t.startsOn.desc()),
    foreignKey({
      columns: [t.companyId, t.templateVersionId],
      foreignColumns: [auditTemplateVersions.companyId, auditTemplateVersions.id],
    }),
  ],
);
export type AuditCampaignRow = typeof auditCampaigns.$inferSelect;

/** An estate's recurring self-check plan (daily, semi-monthly, monthly): the job creates its audits. */
export const auditSchedules = pgTable(
  'audit_schedules',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    kind: text('kind').$type<AuditKind>().notNull(),
    templateId: uuid('template_id').notNull(),
    /** Who conducts the audits it creates. */
    auditorUserIds: uuid('auditor_user_ids').array().notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
    /** The last date audits were created up to (the job continues from the next day). */
    generatedThrough: date('generated_through', { mode: 'string' }),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
    foreignKey({
      columns: [t.companyId, t.templateId],
      foreignColumns: [auditTemplates.companyId, auditTemplates.id],
    }),
  ],
);
export type AuditScheduleRow = typeof auditSchedules.$inferSelect;

/** One audit of one estate (检查), conducted against one template version. */
export const audits = pgTable(
  'audits',
  {
    ...tenantColumns(),
    estateId: uuid('estate_id').notNull(),
    kind: text('kind').$type<AuditKind>().notNull(),
    campaignId: uuid('campaign_id'),
    scheduleId: uuid('schedule_id'),
    templateVersionId: uuid('template_version_id').notNull(),
    title: text('title').notNull(),
    /** When it starts (the job moves it to IN_PROGRESS then; an auditor may start it earlier). */
    plannedAt: at('planned_at').notNull(),
    /** When it must be submitted; after that the job flags it overdue. */
    dueAt: at('due_at').notNull(),
    status: text('status').$type<AuditStatus>().notNull().default('PLANNED'),
    startedAt: at('started_at'),
    submittedAt: at('submitted_at'),
    submittedBy: uuid('submitted_by'),
    closedAt: at('closed_at'),
    /** Set by the job when `dueAt` passed before submission. */
    overdueAt: at('overdue_at'),
    /** The score as of submission, rescored when an appeal withdraws a finding. */
    score: jsonb('score').$type<AuditScore['total']>(),
    /** `score.percent`, as a column to rank and average by. */
    scorePercent: doublePrecision('score_percent'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    // One audit per estate in a campaign, and per schedule and date: reruns create nothing twice.
    uniqueIndex('audits_campaign_estate_key')
      .on(t.companyId, t.campaignId, t.estateId)
      .where(sql`campaign_id is not null`),
    uniqueIndex('audits_schedule_planned_key')
      .on(t.companyId, t.scheduleId, t.plannedAt)
      .where(sql`schedule_id is not null`),
    index('audits_estate_idx').on(t.companyId, t.estateId, t.plannedAt.desc()),
    index('audits_status_idx').on(t.companyId, t.status, t.plannedAt),
    index('audits_campaign_idx').on(t.companyId, t.campaignId),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
    foreignKey({
      columns: [t.companyId, t.campaignId],
      foreignColumns: [auditCampaigns.companyId, auditCampaigns.id],
    }),
    foreignKey({
      columns: [t.companyId, t.scheduleId],
      foreignColumns: [auditSchedules.companyId, auditSchedules.id],
    }),
    foreignKey({
      columns: [t.companyId, t.templateVersionId],
      foreignColumns: [auditTemplateVersions.companyId, auditTemplateVersions.id],
    }),
  ],
);
export type AuditRow = typeof audits.$inferSelect;

/** Who conducts an audit ("my audits" of the auditor's home). */
export const auditAuditors = pgTable(
  'audit_auditors',
  {
    companyId: uuid('company_id').notNull(),
    auditId: uuid('audit_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.auditId, t.userId] }),
    index('audit_auditors_user_idx').on(t.companyId, t.userId),
    foreignKey({ columns: [t.companyId, t.auditId], foreignColumns: [audits.companyId, audits.id] }).onDelete(
      'cascade',
    ),
  ],
);

/** The answer to one item of an audit: a score or pass / fail / n.a., a note and photos. */
export const auditAnswers = pgTable(
  'audit_answers',
  {
    ...tenantColumns(),
    auditId: uuid('audit_id').notNull(),
    itemKey: text('item_key').notNull(),
    kind: text('kind').$type<'SCORE' | 'PASS' | 'FAIL' | 'NOT_APPLICABLE'>(),
    score: doublePrecision('score'),
    note: text('note'),
    photoFileIds: uuid('photo_file_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** Per-item optimistic lock: a save based on an older version is a CONFLICT. */
    version: integer('version').notNull().default(1),
    answeredBy: uuid('answered_by'),
    answeredAt: at('answered_at'),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('audit_answers_item_key').on(t.companyId, t.auditId, t.itemKey),
    foreignKey({ columns: [t.companyId, t.auditId], foreignColumns: [audits.companyId, audits.id] }),
  ],
);
export type AuditAnswerRow = typeof auditAnswers.$inferSelect;

/** A failed item of a submitted audit (不合格项). Withdrawn on appeal, it no longer counts. */
export const auditFindings = pgTable(
  'audit_findings',
  {
    ...tenantColumns(),
    auditId: uuid('audit_id').notNull(),
    estateId: uuid('estate_id').notNull(),
    /** The audit's kind, copied: rules on findings (who verifies) depend on it. */
    auditKind: text('audit_kind').$type<AuditKind>().notNull(),
    itemKey: text('item_key').notNull(),
    sectionKey: text('section_key').notNull(),
    department: text('department').$type<AuditDepartment>().notNull(),
    title: text('title').notNull(),
    standard: text('standard').notNull(),
    severity: text('severity').$type<FindingSeverity>().notNull(),
    critical: boolean('critical').notNull().default(false),
    /** The auditor's note and photos of the item, as answered. */
    note: text('note'),
    photoFileIds: uuid('photo_file_ids').array().notNull().default(sql`'{}'::uuid[]`),
    withdrawn: boolean('withdrawn').notNull().default(false),
    raisedAt: at('raised_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('audit_findings_item_key').on(t.companyId, t.auditId, t.itemKey),
    index('audit_findings_estate_idx').on(t.companyId, t.estateId),
    foreignKey({ columns: [t.companyId, t.auditId], foreignColumns: [audits.companyId, audits.id] }),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
  ],
);
export type AuditFindingRow = typeof auditFindings.$inferSelect;

/** An estate's appeal (申诉) of a finding: at most one per finding, held by the primary key. */
export const auditAppeals = pgTable(
  'audit_appeals',
  {
    companyId: uuid('company_id').notNull(),
    findingId: uuid('finding_id').notNull(),
    estateId: uuid('estate_id').notNull(),
    status: text('status').$type<AppealStatus>().notNull().default('PENDING'),
    reason: text('reason').notNull(),
    appealedBy: uuid('appealed_by').notNull(),
    appealedAt: at('appealed_at').notNull(),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by'),
    decidedAt: at('decided_at'),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.findingId] }),
    index('audit_appeals_pending_idx').on(t.companyId, t.status),
    foreignKey({
      columns: [t.companyId, t.findingId],
      foreignColumns: [auditFindings.companyId, auditFindings.id],
    }),
  ],
);
export type AuditAppealRow = typeof auditAppeals.$inferSelect;

/** The rectification (整改) of one finding by its estate, until it is verified. */
export const rectifications = pgTable(
  'rectifications',
  {
    ...tenantColumns(),
    findingId: uuid('finding_id').notNull(),
    auditId: uuid('audit_id').notNull(),
    estateId: uuid('estate_id').notNull(),
    auditKind: text('audit_kind').$type<AuditKind>().notNull(),
    status: text('status').$type<RectificationStatus>().notNull().default('OPEN'),
    dueAt: at('due_at').notNull(),
    /** Set by the job the moment `dueAt` passes while the estate still owes work. */
    overdueAt: at('overdue_at'),
    assigneeUserId: uuid('assignee_user_id'),
    assignedBy: uuid('assigned_by'),
    assignedAt: at('assigned_at'),
    rootCause: text('root_cause'),
    correctiveAction: text('corrective_action'),
    preventiveAction: text('preventive_action'),
    evidenceNote: text('evidence_note'),
    beforePhotoFileIds: uuid('before_photo_file_ids').array().notNull().default(sql`'{}'::uuid[]`),
    afterPhotoFileIds: uuid('after_photo_file_ids').array().notNull().default(sql`'{}'::uuid[]`),
    submittedBy: uuid('submitted_by'),
    submittedAt: at('submitted_at'),
    verifiedBy: uuid('verified_by'),
    verifiedAt: at('verified_at'),
    reopenReason: text('reopen_reason'),
    reopenCount: integer('reopen_count').notNull().default(0),
    /** Closed without work: its finding was withdrawn on appeal. */
    cancelled: boolean('cancelled').notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('rectifications_finding_key').on(t.companyId, t.findingId),
    index('rectifications_estate_idx').on(t.companyId, t.estateId, t.status),
    index('rectifications_audit_idx').on(t.companyId, t.auditId),
    index('rectifications_assignee_idx').on(t.companyId, t.assigneeUserId),
    // The overdue job's scan: open work by due date.
    index('rectifications_due_idx')
      .on(t.companyId, t.dueAt)
      .where(sql`status in ('OPEN', 'IN_PROGRESS', 'REOPENED') and overdue_at is null and not cancelled`),
    foreignKey({
      columns: [t.companyId, t.findingId],
      foreignColumns: [auditFindings.companyId, auditFindings.id],
    }),
    foreignKey({ columns: [t.companyId, t.auditId], foreignColumns: [audits.companyId, audits.id] }),
    foreignKey({ columns: [t.companyId, t.estateId], foreignColumns: [estates.companyId, estates.id] }),
  ],
);
export type RectificationRow = typeof rectifications.$inferSelect;
