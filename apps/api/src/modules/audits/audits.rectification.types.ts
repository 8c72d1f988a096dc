/**
 * GraphQL types of findings, their rectification (整改) and appeals (申诉), and the campaign
 * overview (Part C of the audits module).
 */
import type {
  AppealDecision,
  AppealStatus,
  AuditDepartment,
  AuditKind,
  FindingSeverity,
  Language,
} from '@anju/domain';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { FileRef, LanguageEnum, UserRef } from '../../graphql/common-types.js';
import { connectionOf } from '../../graphql/connection.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import {
  AppealDecisionEnum,
  AppealStatusEnum,
  AuditDepartmentEnum,
  AuditKindEnum,
  FindingSeverityEnum,
  RectificationEventEnum,
  RectificationStatusEnum,
  type RectificationViewStatus,
} from './audits.enums.js';

@ObjectType({ description: 'The audit a finding was raised by: what the estate may know of it.' })
export class AuditSummary {
  @Field(() => ID, { description: 'Audit id.' })
  id!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => AuditKindEnum, { description: 'Kind.' })
  kind!: AuditKind;

  @Field(() => String, { description: 'Status (PLANNED, IN_PROGRESS, SUBMITTED, CLOSED, CANCELLED).' })
  status!: string;

  @Field(() => DateTimeScalar, { description: 'When it was planned.' })
  plannedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was submitted.' })
  submittedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'Its campaign, if any.' })
  campaignId!: string | null;

  @Field(() => Float, { nullable: true, description: 'Score in percent (rescored on withdrawals).' })
  scorePercent!: number | null;
}

@ObjectType({ description: 'An estate’s appeal (申诉) of a finding, and the auditor’s decision.' })
export class Appeal {
  @Field(() => AppealStatusEnum, { description: 'Pending, upheld or withdrawn.' })
  status!: AppealStatus;

  @Field(() => String, { description: 'Why the estate disputes the finding.' })
  reason!: string;

  @Field(() => UserRef, { nullable: true, description: 'Who appealed.' })
  appealedBy!: UserRef | null;

  @Field(() => DateTimeScalar, { description: 'When.' })
  appealedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The auditor’s reasons.' })
  decisionReason!: string | null;

  @Field(() => UserRef, { nullable: true, description: 'Who decided.' })
  decidedBy!: UserRef | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was decided.' })
  decidedAt!: Date | null;
}

@ObjectType({ description: 'A failed item of a submitted audit (不合格项).' })
export class Finding {
  @Field(() => ID, { description: 'Finding id.' })
  id!: string;

  companyId!: string;

  @Field(() => ID, { description: 'The audit that raised it.' })
  auditId!: string;

  @Field(() => AuditSummary, { description: 'That audit, in short.' })
  audit!: AuditSummary;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => AuditDepartmentEnum, { description: 'Department of the item’s section.' })
  department!: AuditDepartment;

  @Field(() => String, { description: 'Section key in the template version.' })
  sectionKey!: string;

  @Field(() => String, { description: 'Item key in the template version.' })
  itemKey!: string;

  @Field(() => String, { description: 'The item’s title.' })
  title!: string;

  @Field(() => String, { description: 'The standard it failed.' })
  standard!: string;

  @Field(() => FindingSeverityEnum, { description: 'Severity.' })
  severity!: FindingSeverity;

  @Field(() => Boolean, { description: 'A critical item (一票否决).' })
  critical!: boolean;

  @Field(() => String, { nullable: true, description: 'The auditor’s note.' })
  note!: string | null;

  @Field(() => [FileRef], { description: 'The auditor’s photos.' })
  photos!: FileRef[];

  @Field(() => Boolean, { description: 'Withdrawn on appeal: it no longer counts.' })
  withdrawn!: boolean;

  @Field(() => DateTimeScalar, { description: 'When it was raised (the audit’s submission).' })
  raisedAt!: Date;

  @Field(() => Appeal, { nullable: true, description: 'The estate’s appeal, if any.' })
  appeal!: Appeal | null;

  @Field(() => Rectification, { nullable: true, description: 'Its rectification.' })
  rectification!: Rectification | null;
}

@ObjectType({ description: 'The rectification (整改) of one finding by its estate.' })
export class Rectification {
  @Field(() => ID, { description: 'Rectification id.' })
  id!: string;

  companyId!: string;
  assigneeUserId!: string | null;

  @Field(() => Finding, { description: 'The finding it rectifies.' })
  finding!: Finding;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => ID, { description: 'The audit of the finding.' })
  auditId!: string;

  @Field(() => AuditKindEnum, { description: 'Kind of that audit (decides who verifies).' })
  auditKind!: AuditKind;

  @Field(() => RectificationStatusEnum, { description: 'Status.' })
  status!: RectificationViewStatus;

  @Field(() => DateTimeScalar, { description: 'When it falls due.' })
  dueAt!: Date;

  @Field(() => Boolean, { description: 'Past due while the estate still owes work.' })
  overdue!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the job flagged it overdue.' })
  overdueAt!: Date | null;

  @Field(() => UserRef, { nullable: true, description: 'Who works on it.' })
  assignee!: UserRef | null;

  @Field(() => String, { nullable: true, description: 'Root cause (原因分析).' })
  rootCause!: string | null;

  @Field(() => String, { nullable: true, description: 'Corrective action (纠正措施).' })
  correctiveAction!: string | null;

  @Field(() => String, { nullable: true, description: 'Preventive action (预防措施).' })
  preventiveAction!: string | null;

  @Field(() => String, { nullable: true, description: 'What was done, as evidence.' })
  evidenceNote!: string | null;

  @Field(() => [FileRef], { description: 'Photos before the work.' })
  beforePhotos!: FileRef[];

  @Field(() => [FileRef], { description: 'Photos after the work.' })
  afterPhotos!: FileRef[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last submitted for verification.' })
  submittedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was verified.' })
  verifiedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was last reopened.' })
  reopenReason!: string | null;

  @Field(() => Int, { description: 'How often it was reopened.' })
  reopenCount!: number;

  @Field(() => Int, { description: 'Optimistic lock: send it back with each change.' })
  version!: number;
}

export const FindingConnection = connectionOf(Finding, 'Finding');
export const RectificationConnection = connectionOf(Rectification, 'Rectification');

@InputType({ description: 'Which findings to list.' })
export class FindingFilter {
  @Field(() => ID, { nullable: true, description: 'Of this audit.' })
  auditId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this estate.' })
  estateId?: string | null;

  @Field(() => AuditDepartmentEnum, { nullable: true, description: 'Of this department.' })
  department?: AuditDepartment | null;
}

@InputType({ description: 'Which rectifications to list.' })
export class RectificationFilter {
  @Field(() => ID, { nullable: true, description: 'Of this estate.' })
  estateId?: string | null;

  @Field(() => RectificationStatusEnum, { nullable: true, description: 'In this status.' })
  status?: RectificationViewStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue ones; false: none.' })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those assigned to the caller.' })
  assignedToMe?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only submitted ones the caller verifies.' })
  awaitingVerification?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Of this audit.' })
  auditId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this campaign’s audits.' })
  campaignId?: string | null;
}

@InputType({ description: 'Assign a rectification to a staff member of its estate.' })
export class AssignRectificationInput {
  @Field(() => ID, { description: 'Rectification id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  version!: number;

  @Field(() => ID, { description: 'An active staff member or manager of the estate.' })
  assigneeUserId!: string;
}

@InputType({ description: 'Evidence of a rectification; absent fields stay, a photo list replaces.' })
export class UpdateRectificationInput {
  @Field(() => ID, { description: 'Rectification id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Root cause.' })
  rootCause?: string | null;

  @Field(() => String, { nullable: true, description: 'Corrective action.' })
  correctiveAction?: string | null;

  @Field(() => String, { nullable: true, description: 'Preventive action.' })
  preventiveAction?: string | null;

  @Field(() => String, { nullable: true, description: 'What was done.' })
  evidenceNote?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Uploads (POST /files) of before photos.' })
  beforePhotoFileIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Uploads (POST /files) of after photos.' })
  afterPhotoFileIds?: string[] | null;
}

@InputType({ description: 'Submit for verification, with any last changes to the evidence.' })
export class SubmitRectificationInput extends UpdateRectificationInput {}

@InputType({ description: 'Verify a submitted rectification.' })
export class VerifyRectificationInput {
  @Field(() => ID, { description: 'Rectification id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'The verifier’s remark (kept in the change log).' })
  note?: string | null;
}

@InputType({ description: 'Send a submitted rectification back, with the reason.' })
export class ReopenRectificationInput {
  @Field(() => ID, { description: 'Rectification id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  version!: number;

  @Field(() => String, { description: 'What is still missing.' })
  reason!: string;
}

@InputType({ description: 'The estate disputes a finding of an HQ audit (once).' })
export class AppealFindingInput {
  @Field(() => ID, { description: 'Finding id.' })
  findingId!: string;

  @Field(() => String, { description: 'Why.' })
  reason!: string;
}

@InputType({ description: 'The auditor decides an appeal.' })
export class DecideAppealInput {
  @Field(() => ID, { description: 'Finding id.' })
  findingId!: string;

  @Field(() => AppealDecisionEnum, { description: 'Uphold or withdraw the finding.' })
  decision!: AppealDecision;

  @Field(() => String, { description: 'Why.' })
  reason!: string;
}

@ObjectType({ description: 'A change of a rectification, as it happens.' })
export class RectificationChangedEvent {
  @Field(() => RectificationEventEnum, { description: 'What happened.' })
  event!: string;

  @Field(() => ID, { description: 'Rectification id.' })
  rectificationId!: string;

  @Field(() => Rectification, { nullable: true, description: 'The rectification as it is now.' })
  rectification!: Rectification | null;
}

@ObjectType({ description: 'Findings of one department.' })
export class DepartmentCount {
  @Field(() => AuditDepartmentEnum, { description: 'Department.' })
  department!: AuditDepartment;

  @Field(() => Int, { description: 'Findings (withdrawn ones excluded).' })
  count!: number;
}

@ObjectType({ description: 'One estate’s audit in a campaign overview.' })
export class AuditCampaignOverviewRow {
  @Field(() => Int, { nullable: true, description: 'Rank by score (1 = best); null until scored.' })
  rank!: number | null;

  @Field(() => ID, { description: 'Audit id.' })
  auditId!: string;

  @Field(() => ID, { description: 'Estate id.' })
  estateId!: string;

  @Field(() => String, { description: 'Estate name.' })
  estateName!: string;

  @Field(() => String, { description: 'Estate code.' })
  estateCode!: string;

  @Field(() => String, { description: 'Audit status.' })
  status!: string;

  @Field(() => Float, { nullable: true, description: 'Score in percent.' })
  scorePercent!: number | null;

  @Field(() => Float, { nullable: true, description: 'Points earned.' })
  earned!: number | null;

  @Field(() => Float, { nullable: true, description: 'Applicable points.' })
  max!: number | null;

  @Field(() => String, { nullable: true, description: 'Grade code (EXCELLENT, GOOD …).' })
  grade!: string | null;

  @Field(() => String, { nullable: true, description: 'Grade label (优, 良 …).' })
  gradeLabel!: string | null;

  @Field(() => Int, { description: 'Failed critical items (一票否决).' })
  criticalFailed!: number;

  @Field(() => Int, { description: 'Findings (withdrawn ones excluded).' })
  findingCount!: number;

  @Field(() => [DepartmentCount], { description: 'Findings by department.' })
  findingsByDepartment!: DepartmentCount[];

  @Field(() => Int, { description: 'Rectifications (cancelled ones excluded).' })
  rectificationsTotal!: number;

  @Field(() => Int, { description: 'Rectifications verified.' })
  rectificationsVerified!: number;

  @Field(() => Float, { nullable: true, description: 'Verified / total in percent; null without any.' })
  closureRate!: number | null;

  @Field(() => Int, { description: 'Overdue rectifications.' })
  overdueCount!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the audit was submitted.' })
  submittedAt!: Date | null;
}

@ObjectType({ description: 'A campaign’s estates ranked by score, with findings and closure.' })
export class AuditCampaignOverview {
  @Field(() => ID, { description: 'Campaign id.' })
  campaignId!: string;

  @Field(() => String, { description: 'Campaign name.' })
  name!: string;

  @Field(() => AuditKindEnum, { description: 'Kind of its audits.' })
  kind!: AuditKind;

  @Field(() => String, { nullable: true, description: 'Quarter, e.g. 2026-Q3.' })
  quarter!: string | null;

  @Field(() => DateScalar, { description: 'First day.' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Due day.' })
  dueOn!: string;

  @Field(() => [AuditCampaignOverviewRow], { description: 'Estates, best score first.' })
  rows!: AuditCampaignOverviewRow[];

  @Field(() => Float, { nullable: true, description: 'Average score of the scored audits.' })
  averagePercent!: number | null;

  @Field(() => Int, { description: 'Findings of all rows.' })
  findingCount!: number;

  @Field(() => Float, { nullable: true, description: 'Verified / total rectifications, in percent.' })
  closureRate!: number | null;

  @Field(() => Int, { description: 'Overdue rectifications of all rows.' })
  overdueCount!: number;
}

@InputType({ description: 'Which campaign overview to export as .xlsx.' })
export class ExportAuditCampaignOverviewInput {
  @Field(() => ID, { description: 'Campaign id.' })
  campaignId!: string;

  @Field(() => LanguageEnum, { nullable: true, defaultValue: 'ZH', description: 'Language (default ZH).' })
  language?: Language | null;
}
