import {
  type Language,
  LEAVE_KINDS,
  type LeaveKind,
  ROSTER_EDIT_KINDS,
  type RosterEditKind,
  SHIFT_CODES,
  type ShiftCode,
  type ShiftPatternCode,
} from '@anju/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LanguageEnum } from '../../graphql/common-types.js';
import { enumOf } from '../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { ShiftPatternEnum } from '../team/index.js';

export const ShiftCodeEnum = enumOf(SHIFT_CODES);
registerEnumType(ShiftCodeEnum, {
  name: 'ShiftCode',
  description: 'Shifts (班次): 常日班 OFFICE, 两头班 SPLIT, 早班 DAY 7:00–19:00, 晚班 NIGHT 19:00–7:00.',
});

export const RosterDayStatusEnum = enumOf(['WORK', 'REST', 'LEAVE'] as const);
registerEnumType(RosterDayStatusEnum, {
  name: 'RosterDayStatus',
  description: 'WORK: shifts that day; REST: none; LEAVE: leave replaced the day’s shifts.',
});
export type RosterDayStatus = keyof typeof RosterDayStatusEnum;

export const RosterDayEditEnum = enumOf(['LEAVE', 'SWAP', 'ASSIGN'] as const);
registerEnumType(RosterDayEditEnum, {
  name: 'RosterDayEdit',
  description: 'How a day differs from the generated one (null: as generated).',
});
export type RosterDayEdit = keyof typeof RosterDayEditEnum;

export const RosterEditKindEnum = enumOf(ROSTER_EDIT_KINDS);
registerEnumType(RosterEditKindEnum, {
  name: 'RosterEditKind',
  description: 'An edit of one day: LEAVE, SWAP with a colleague, ASSIGN shifts, RESET to the generated day.',
});

export const LeaveKindEnum = enumOf(LEAVE_KINDS);
registerEnumType(LeaveKindEnum, {
  name: 'LeaveKind',
  description: 'Kinds of leave: 年休假, 病假, 事假, 调休, other.',
});

@ObjectType({ description: 'A shift (班次) with its times, for legends and the phone’s list.' })
export class ShiftDefinition {
  @Field(() => ShiftCodeEnum, { description: 'Code.' })
  code!: ShiftCode;

  @Field(() => String, { description: 'Name, Chinese (早班 …).' })
  nameZh!: string;

  @Field(() => String, { description: 'Name, English.' })
  nameEn!: string;

  @Field(() => String, { description: 'Short label, Chinese (白, 夜 …).' })
  labelZh!: string;

  @Field(() => String, { description: 'Short label, English (D, N …).' })
  labelEn!: string;

  @Field(() => String, { description: 'Start, HH:MM.' })
  start!: string;

  @Field(() => String, { description: 'End, HH:MM (earlier than start: the next morning).' })
  end!: string;

  @Field(() => Float, { description: 'Hours worked, breaks excluded.' })
  hours!: number;

  @Field(() => Boolean, { description: 'Ends the next day.' })
  crossesMidnight!: boolean;
}

@ObjectType({ description: 'One person’s day in a roster.' })
export class RosterDay {
  @Field(() => DateScalar, { description: 'The date.' })
  day!: string;

  @Field(() => [ShiftCodeEnum], { description: 'Shifts starting that day (a night belongs to its start).' })
  shifts!: ShiftCode[];

  @Field(() => RosterDayStatusEnum, { description: 'WORK, REST or LEAVE.' })
  status!: RosterDayStatus;

  @Field(() => Boolean, {
    description: 'False: before the hire date or after leaving (shown as rest; not editable).',
  })
  employed!: boolean;

  @Field(() => RosterDayEditEnum, {
    nullable: true,
    description: 'How the day was edited (null: as generated).',
  })
  editKind!: RosterDayEdit | null;

  @Field(() => LeaveKindEnum, { nullable: true, description: 'The kind of leave, on a LEAVE day.' })
  leaveKind!: LeaveKind | null;

  @Field(() => ID, { nullable: true, description: 'The colleague of a swap.' })
  swapWithStaffId!: string | null;

  @Field(() => Float, { description: 'Hours of the day’s shifts.' })
  hours!: number;
}

@ObjectType({ description: 'One person’s month in a roster.' })
export class RosterRow {
  @Field(() => ID, { description: 'The member of staff.' })
  staffId!: string;

  @Field(() => String, { description: 'Their name.' })
  staffName!: string;

  @Field(() => ID, { nullable: true, description: 'The position they were rostered on.' })
  positionId!: string | null;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  positionName!: string | null;

  @Field(() => ShiftPatternEnum, { description: 'The shift pattern of the month.' })
  patternCode!: ShiftPatternCode;

  @Field(() => String, {
    nullable: true,
    description: 'The crew (A, B, C) the generated days follow (null: every day edited).',
  })
  shiftCrew!: string | null;

  @Field(() => [RosterDay], { description: 'Every day of the month, in order.' })
  days!: RosterDay[];

  @Field(() => Float, { description: 'Hours in the month, each shift on the day it starts.' })
  totalHours!: number;
}

@ObjectType({ description: 'A stretch of a day when a 24-hour post has fewer people than it needs.' })
export class RosterCoverageGap {
  @Field(() => ID, { description: 'The post (position).' })
  positionId!: string;

  @Field(() => String, { description: 'Its name.' })
  positionName!: string;

  @Field(() => DateScalar, { description: 'The date.' })
  date!: string;

  @Field(() => String, { description: 'From, HH:MM.' })
  start!: string;

  @Field(() => String, { description: 'To, HH:MM (24:00: midnight).' })
  end!: string;

  @Field(() => Float, { description: 'Hours uncovered.' })
  hours!: number;

  @Field(() => Int, { description: 'People on duty then.' })
  onDuty!: number;

  @Field(() => Int, { description: 'People needed at a time.' })
  required!: number;
}

@ObjectType({ description: 'A day a position has fewer people working than its pattern plans.' })
export class RosterShortfall {
  @Field(() => ID, { description: 'The position.' })
  positionId!: string;

  @Field(() => String, { description: 'Its name.' })
  positionName!: string;

  @Field(() => DateScalar, { description: 'The date.' })
  date!: string;

  @Field(() => Int, { description: 'People working that day.' })
  onDuty!: number;

  @Field(() => Int, { description: 'People the pattern puts on duty at the planned headcount.' })
  required!: number;
}

@ObjectType({ description: 'Coverage of a roster: uncovered hours of 24-hour posts, days below headcount.' })
export class RosterCoverage {
  @Field(() => [RosterCoverageGap], { description: 'Uncovered stretches of the 24-hour posts.' })
  gaps!: RosterCoverageGap[];

  @Field(() => [RosterShortfall], { description: 'Days a position is below its planned headcount.' })
  shortfalls!: RosterShortfall[];
}

@ObjectType({ description: 'A department’s roster (排班表) for one month.' })
export class Roster {
  @Field(() => ID, { description: 'Roster id.' })
  id!: string;

  @Field(() => String, { description: 'Month, YYYY-MM.' })
  month!: string;

  @Field(() => DateScalar, { description: 'Day 0 of every rotation (fixed, so months continue).' })
  anchor!: string;

  @Field(() => DateTimeScalar, { description: 'When it was (re)generated.' })
  generatedAt!: Date;

  @Field(() => Int, { description: 'Optimistic lock: send it back with each edit.' })
  version!: number;

  @Field(() => ID, { description: 'The department.' })
  departmentId!: string;

  @Field(() => String, { description: 'Its name.' })
  departmentName!: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Its name.' })
  estateName!: string;

  @Field(() => [RosterRow], { description: 'One row per person, by position then hire date.' })
  rows!: RosterRow[];

  @Field(() => RosterCoverage, { description: 'Gaps of 24-hour posts and headcount shortfalls.' })
  coverage!: RosterCoverage;

  @Field(() => [ShiftDefinition], { description: 'The shifts used, for the legend.' })
  shifts!: ShiftDefinition[];
}

@ObjectType({ description: 'Whether a department’s roster of a month exists.' })
export class RosterMonthStatus {
  @Field(() => ID, { description: 'The department.' })
  departmentId!: string;

  @Field(() => String, { description: 'Its code (SECURITY …).' })
  departmentCode!: string;

  @Field(() => String, { description: 'Its name.' })
  departmentName!: string;

  @Field(() => Int, { description: 'Members of staff on the team now.' })
  staffCount!: number;

  @Field(() => Boolean, { description: 'The month is generated.' })
  generated!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When.' })
  generatedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The roster, when generated.' })
  rosterId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Its version.' })
  version!: number | null;
}

@ObjectType({ description: 'One of the caller’s own days in a roster.' })
export class MyShiftDay {
  @Field(() => DateScalar, { description: 'The date.' })
  day!: string;

  @Field(() => ID, { description: 'The staff record (one per estate the caller works in).' })
  staffId!: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Its name.' })
  estateName!: string;

  @Field(() => ID, { description: 'The department.' })
  departmentId!: string;

  @Field(() => String, { description: 'Its name.' })
  departmentName!: string;

  @Field(() => ID, { nullable: true, description: 'The position.' })
  positionId!: string | null;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  positionName!: string | null;

  @Field(() => RosterDayStatusEnum, { description: 'WORK, REST or LEAVE.' })
  status!: RosterDayStatus;

  @Field(() => RosterDayEditEnum, { nullable: true, description: 'How the day was edited.' })
  editKind!: RosterDayEdit | null;

  @Field(() => LeaveKindEnum, { nullable: true, description: 'The kind of leave.' })
  leaveKind!: LeaveKind | null;

  @Field(() => [ShiftDefinition], { description: 'The day’s shifts with their times, in order.' })
  shifts!: ShiftDefinition[];

  @Field(() => Float, { description: 'Hours.' })
  hours!: number;
}

@InputType({ description: 'Which department and month to generate.' })
export class GenerateRosterInput {
  @Field(() => ID, { description: 'A department of an estate.' })
  departmentId!: string;

  @Field(() => String, { description: 'Month, YYYY-MM.' })
  month!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Generate again when the month exists (edits that still apply are kept); else CONFLICT.',
  })
  replace?: boolean | null;
}

@InputType({ description: 'An edit of one person’s day.' })
export class EditRosterDayInput {
  @Field(() => ID, { description: 'The department whose roster it is.' })
  departmentId!: string;

  @Field(() => ID, { description: 'The member of staff.' })
  staffId!: string;

  @Field(() => DateScalar, { description: 'The day (its month is the roster’s).' })
  day!: string;

  @Field(() => RosterEditKindEnum, { description: 'LEAVE, SWAP, ASSIGN or RESET.' })
  kind!: RosterEditKind;

  @Field(() => LeaveKindEnum, { nullable: true, description: 'LEAVE: the kind of leave.' })
  leaveKind?: LeaveKind | null;

  @Field(() => ID, { nullable: true, description: 'SWAP: the colleague (same position).' })
  withStaffId?: string | null;

  @Field(() => [ShiftCodeEnum], { nullable: true, description: 'ASSIGN: the day’s shifts ([]: rest).' })
  shifts?: ShiftCode[] | null;

  @Field(() => Int, { description: 'The roster version read (CONFLICT when it changed since).' })
  expectedVersion!: number;
}

@InputType({ description: 'A department’s roster to export as .xlsx.' })
export class ExportRosterInput {
  @Field(() => ID, { description: 'The department.' })
  departmentId!: string;

  @Field(() => String, { description: 'Month, YYYY-MM.' })
  month!: string;

  @Field(() => LanguageEnum, {
    nullable: true,
    defaultValue: 'ZH',
    description: 'Language of the sheets, labels and file name (default ZH).',
  })
  language?: Language | null;
}
