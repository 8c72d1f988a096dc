/**
 * GraphQL types of planning and conducting audits (issue 9, Part B): audits, their answers and
 * live score, campaigns, self-check schedules, and the events of `auditChanged`.
 */
import {
  AUDIT_ANSWER_KINDS,
  AUDIT_KINDS,
  AUDIT_STATUSES,
  type AuditDepartment,
  type AuditKind,
  type AuditStatus,
} from '@anju/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { enumOf } from '../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { AuditDepartmentEnum } from './audits.templates.types.js';

export const AuditKindEnum = enumOf(AUDIT_KINDS);
registerEnumType(AuditKindEnum, {
  name: 'AuditKind',
  description: 'HQ audits (quarterly, spot check, night patrol) and the estate’s own checks.',
  valuesConfig: {
    QUARTERLY: { description: '季度品质评估 (HQ).' },
    SPOT_CHECK: { description: '突击抽查 (HQ): unannounced, invisible to the estate until it starts.' },
    NIGHT_PATROL: { description: '夜间巡查 (HQ): unannounced like a spot check.' },
    SELF_CHECK: { description: '日常自查 (estate).' },
    SEMI_MONTHLY: { description: '每半月专业核查 (estate).' },
    MONTHLY: { description: '每月全面评估 (estate).' },
  },
});

export const AuditStatusEnum = enumOf(AUDIT_STATUSES);
registerEnumType(AuditStatusEnum, {
  name: 'AuditStatus',
  description: 'planned → in progress → submitted → closed (all rectifications verified); or cancelled.',
});

export type AuditAnswerKind = (typeof AUDIT_ANSWER_KINDS)[number];
export const AuditAnswerKindEnum = enumOf(AUDIT_ANSWER_KINDS);
registerEnumType(AuditAnswerKindEnum, {
  name: 'AuditAnswerKind',
  description: 'How an item was answered: a score, or pass / fail / not applicable.',
});

export const AUDIT_EVENTS = [
  'PLANNED',
  'STARTED',
  'ITEM_SAVED',
  'SUBMITTED',
  'RESCORED',
  'CLOSED',
  'OVERDUE',
  'CANCELLED',
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];
export const AuditEventEnum = enumOf(AUDIT_EVENTS);
registerEnumType(AuditEventEnum, { name: 'AuditEvent', description: 'What happened to an audit.' });

@ObjectType({ description: 'The answer to one item of an audit.' })
export class AuditItemAnswer {
  @Field(() => ID, { description: 'The audit.' })
  auditId!: string;

  @Field(() => String, { description: 'The template item it answers.' })
  itemKey!: string;

  @Field(() => AuditAnswerKindEnum, { description: 'Score, pass, fail or not applicable.' })
  kind!: AuditAnswerKind;

  @Field(() => Float, { nullable: true, description: 'Points given (SCORE only).' })
  score!: number | null;

  @Field(() => String, { nullable: true, description: 'The auditor’s note.' })
  note!: string | null;

  /** Resolved to FileRefs by the field resolver. */
  photoFileIds!: string[];

  @Field(() => Int, { description: 'Per-item version: send it as expectedVersion to change the answer.' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Who answered last.' })
  answeredBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was answered last.' })
  answeredAt!: Date | null;
}

@ObjectType({ description: 'A grade band an audit reached (优, 良, 合格, 不合格 by default).' })
export class AuditGrade {
  @Field(() => String, { description: 'Grade code, e.g. EXCELLENT.' })
  grade!: string;

  @Field(() => String, { description: 'Label (Chinese).' })
  label!: string;

  @Field(() => String, { description: 'Label (English).' })
  labelEn!: string;

  @Field(() => Float, { description: 'Minimum percentage of the band.' })
  min!: number;
}

@ObjectType({ description: 'The score of one section: earned over applicable max.' })
export class AuditSectionScore {
  @Field(() => String, { description: 'Section key.' })
  key!: string;

  @Field(() => AuditDepartmentEnum, { description: 'Its department.' })
  department!: AuditDepartment;

  @Field(() => Float, { description: 'Points earned.' })
  earned!: number;

  @Field(() => Float, { description: 'Max of the applicable items.' })
  max!: number;

  @Field(() => Float, { nullable: true, description: 'earned / max in percent; null when none applies.' })
  percent!: number | null;

  @Field(() => [String], { description: 'Keys of the failed items (withdrawn findings excluded).' })
  failedItems!: string[];
}

@ObjectType({ description: 'The whole audit’s score.' })
export class AuditScoreTotal {
  @Field(() => Float, { description: 'Points earned.' })
  earned!: number;

  @Field(() => Float, { description: 'Max of the applicable items.' })
  max!: number;

  @Field(() => Float, { nullable: true, description: 'earned / max in percent.' })
  percent!: number | null;

  @Field(() => AuditGrade, {
    nullable: true,
    description: 'The grade (the lowest when a critical item failed).',
  })
  grade!: AuditGrade | null;

  @Field(() => [String], { description: 'Failed critical items (一票否决).' })
  criticalFailed!: string[];

  @Field(() => Boolean, { description: 'A critical item failed: the audit fails.' })
  failed!: boolean;

  @Field(() => [String], { description: 'All failed items: one finding each.' })
  failedItems!: string[];

  @Field(() => Int, { description: 'Items answered (not applicable included).' })
  answered!: number;

  @Field(() => Int, { description: 'Items not answered yet.' })
  unanswered!: number;
}

@ObjectType({ description: 'The score of an audit, live from its answers (withdrawn findings excluded).' })
export class AuditScoreView {
  @Field(() => [AuditSectionScore], { description: 'Per section.' })
  sections!: AuditSectionScore[];

  @Field(() => AuditScoreTotal, { description: 'In total.' })
  total!: AuditScoreTotal;
}

@ObjectType({ description: 'An audit (检查) of one estate against one template version.' })
export class Audit {
  @Field(() => ID, { description: 'Audit id.' })
  id!: string;

  companyId!: string;

  @Field(() => ID, { description: 'The estate audited.' })
  estateId!: string;

  @Field(() => AuditKindEnum, { description: 'What kind of audit.' })
  kind!: AuditKind;

  @Field(() => AuditStatusEnum, { description: 'Where it stands.' })
  status!: AuditStatus;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => DateTimeScalar, { description: 'When it starts.' })
  plannedAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it must be submitted.' })
  dueAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it started.' })
  startedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was submitted.' })
  submittedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When its last rectification was closed.' })
  closedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it fell overdue (not submitted by dueAt).',
  })
  overdueAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'Its campaign.' })
  campaignId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The self-check schedule that created it.' })
  scheduleId!: string | null;

  @Field(() => ID, { description: 'The template version it is conducted against.' })
  templateVersionId!: string;

  /** The stored score as of submission (rescored on withdrawal); the live view is `score`. */
  storedScore!: unknown;

  @Field(() => Float, { nullable: true, description: 'Score percent as of submission.' })
  scorePercent!: number | null;

  @Field(() => Int, { description: 'Version of the audit row.' })
  version!: number;
}

export const AuditConnection = connectionOf(Audit, 'Audit');

@ObjectType({ description: 'How many audits of a campaign stand where.' })
export class AuditCampaignCounts {
  @Field(() => Int, { description: 'All audits (cancelled ones included).' })
  total!: number;

  @Field(() => Int, { description: 'Planned.' })
  planned!: number;

  @Field(() => Int, { description: 'In progress.' })
  inProgress!: number;

  @Field(() => Int, { description: 'Submitted.' })
  submitted!: number;

  @Field(() => Int, { description: 'Closed.' })
  closed!: number;

  @Field(() => Int, { description: 'Cancelled.' })
  cancelled!: number;

  @Field(() => Int, { description: 'Overdue (not submitted by their due time).' })
  overdue!: number;
}

@ObjectType({ description: 'A campaign: HQ’s quarterly assessment (or a round of checks) over estates.' })
export class AuditCampaign {
  @Field(() => ID, { description: 'Campaign id.' })
  id!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => AuditKindEnum, { description: 'The kind of its audits.' })
  kind!: AuditKind;

  @Field(() => String, { nullable: true, description: 'The quarter assessed, e.g. 2026-Q4.' })
  quarter!: string | null;

  @Field(() => DateScalar, { description: 'First day.' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day to submit.' })
  dueOn!: string;

  @Field(() => ID, { description: 'The template version its audits use.' })
  templateVersionId!: string;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt!: Date;
}

export const AuditCampaignConnection = connectionOf(AuditCampaign, 'AuditCampaign');

@ObjectType({ description: 'An estate’s recurring self-check plan: the daily job creates its audits.' })
export class AuditSchedule {
  @Field(() => ID, { description: 'Schedule id.' })
  id!: string;

  companyId!: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => AuditKindEnum, { description: 'SELF_CHECK (daily), SEMI_MONTHLY or MONTHLY.' })
  kind!: AuditKind;

  @Field(() => ID, { description: 'The template (its newest published version is used).' })
  templateId!: string;

  @Field(() => [ID], { description: 'Who conducts the audits it creates.' })
  auditorUserIds!: string[];

  @Field(() => DateScalar, { description: 'First day.' })
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day (none: open-ended).' })
  endsOn!: string | null;

  @Field(() => Boolean, { description: 'False once stopped.' })
  active!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Audits are created up to this day.' })
  generatedThrough!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt!: Date;
}

@ObjectType({ description: 'Something happened to an audit the subscriber may read.' })
export class AuditChangedEvent {
  @Field(() => AuditEventEnum, { description: 'What happened.' })
  event!: AuditEvent;

  @Field(() => ID, { description: 'The audit.' })
  auditId!: string;

  @Field(() => String, { nullable: true, description: 'The item answered (ITEM_SAVED).' })
  itemKey!: string | null;

  @Field(() => Audit, { nullable: true, description: 'The audit as it is now (null if no longer readable).' })
  audit!: Audit | null;
}

// ---- inputs ----

@InputType({ description: 'Filters for the audit list.' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Only this estate.' })
  estateId?: string | null;

  @Field(() => AuditKindEnum, { nullable: true, description: 'Only this kind.' })
  kind?: AuditKind | null;

  @Field(() => [AuditStatusEnum], { nullable: true, description: 'Only these statuses.' })
  status?: AuditStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this campaign.' })
  campaignId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only audits the caller conducts.' })
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only overdue ones.' })
  overdue?: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Planned at or after.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Planned before.' })
  to?: Date | null;
}

@InputType({ description: 'One estate of a new campaign.' })
export class AuditCampaignEstateInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => [ID], { description: 'Its auditors.' })
  auditorUserIds!: string[];

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Its start (default: the campaign’s first day).',
  })
  plannedAt?: Date | null;
}

@InputType({ description: 'A new campaign: one audit per estate.' })
export class CreateAuditCampaignInput {
  @Field(() => String, { description: 'Name, e.g. 2026 年第四季度品质评估.' })
  name!: string;

  @Field(() => AuditKindEnum, { description: 'QUARTERLY, SPOT_CHECK or NIGHT_PATROL.' })
  kind!: AuditKind;

  @Field(() => String, { nullable: true, description: 'The quarter assessed, YYYY-Qn.' })
  quarter?: string | null;

  @Field(() => ID, { description: 'The published template version to use.' })
  templateVersionId!: string;

  @Field(() => DateScalar, { description: 'First day.' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day to submit.' })
  dueOn!: string;

  @Field(() => [AuditCampaignEstateInput], { description: 'The estates and their auditors.' })
  estates!: AuditCampaignEstateInput[];
}

@InputType({ description: 'One audit planned by hand (spot check, night patrol, one-off check).' })
export class PlanAuditInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => AuditKindEnum, { description: 'Kind.' })
  kind!: AuditKind;

  @Field(() => ID, { description: 'The published template version.' })
  templateVersionId!: string;

  @Field(() => DateTimeScalar, { description: 'When it starts.' })
  plannedAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it must be submitted.' })
  dueAt!: Date;

  @Field(() => [ID], { description: 'Who conducts it.' })
  auditorUserIds!: string[];

  @Field(() => String, { nullable: true, description: 'Title (default: kind and estate).' })
  title?: string | null;
}

@InputType({ description: 'A recurring self-check of an estate.' })
export class CreateAuditScheduleInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => AuditKindEnum, { description: 'SELF_CHECK, SEMI_MONTHLY or MONTHLY.' })
  kind!: AuditKind;

  @Field(() => ID, { description: 'The template (its newest published version is used).' })
  templateId!: string;

  @Field(() => [ID], { description: 'Who conducts the audits.' })
  auditorUserIds!: string[];

  @Field(() => DateScalar, { description: 'First day.' })
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day (none: open-ended).' })
  endsOn?: string | null;
}

@InputType({ description: 'An object to act on, by id.' })
export class AuditIdInput {
  @Field(() => ID, { description: 'Id.' })
  id!: string;
}

@InputType({ description: 'An audit to cancel, with the reason.' })
export class CancelAuditInput {
  @Field(() => ID, { description: 'The audit.' })
  id!: string;

  @Field(() => String, { description: 'Why it is cancelled.' })
  reason!: string;
}

@InputType({ description: 'One item’s answer, saved as it is given (idempotent by clientKey).' })
export class SaveAuditItemInput {
  @Field(() => ID, { description: 'The audit.' })
  auditId!: string;

  @Field(() => String, { description: 'The template item.' })
  itemKey!: string;

  @Field(() => String, { description: 'Generated on the device per save; a retry sends the same.' })
  clientKey!: string;

  @Field(() => Int, { description: 'The item version last seen (0: not answered yet).' })
  expectedVersion!: number;

  @Field(() => AuditAnswerKindEnum, { description: 'Score, pass, fail or not applicable.' })
  kind!: AuditAnswerKind;

  @Field(() => Float, { nullable: true, description: 'Points (SCORE): 0..max in half steps.' })
  score?: number | null;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Uploaded photos of the caller (POST /files).' })
  photoFileIds?: string[] | null;
}
