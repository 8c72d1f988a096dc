import type { AgeBreachKind, CertificateKind, Language, StaffingIndicatorReason } from '@anju/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LanguageEnum } from '../../graphql/common-types.js';
import { enumOf } from '../../graphql/enums.js';
import { DateScalar } from '../../graphql/scalars.js';
import { CertificateKindEnum } from '../team/index.js';

export const CertificateStandingEnum = enumOf(['EXPIRING', 'EXPIRED', 'MISSING'] as const);
registerEnumType(CertificateStandingEnum, {
  name: 'CertificateStanding',
  description: 'Why a person in a post that requires a certificate is listed.',
  valuesConfig: {
    EXPIRING: { description: 'Their best certificate of a required kind expires within 30 days.' },
    EXPIRED: { description: 'Their best certificate of a required kind has expired.' },
    MISSING: { description: 'They hold no certificate of a required kind.' },
  },
});
export type CertificateStanding = keyof typeof CertificateStandingEnum;

export const AgeBreachKindEnum = enumOf(['TOO_YOUNG', 'TOO_OLD'] as const);
registerEnumType(AgeBreachKindEnum, {
  name: 'AgeBreachKind',
  description: 'Which of a position’s age limits a person is outside.',
});

export const StaffingIndicatorReasonEnum = enumOf([
  'PASSED',
  'FAILED',
  'CERTIFIED',
  'EXPIRED',
  'MISSING',
] as const);
registerEnumType(StaffingIndicatorReasonEnum, {
  name: 'StaffingIndicatorReason',
  description: 'Why a person counts in a staffing indicator’s numerator, or not.',
  valuesConfig: {
    PASSED: { description: 'training_pass: passed the course.' },
    FAILED: { description: 'training_pass: did not pass.' },
    CERTIFIED: { description: 'certified_on_duty: a current certificate on the month’s last day.' },
    EXPIRED: { description: 'certified_on_duty: the certificate had expired by the month’s last day.' },
    MISSING: { description: 'certified_on_duty: no certificate of a required kind.' },
  },
});

@ObjectType({ description: 'Planned against actual headcount (编制 / 在岗).' })
export class HeadcountFields {
  @Field(() => Int, { description: 'Planned headcount (编制).' })
  planned!: number;

  @Field(() => Int, { description: 'People on the team (ACTIVE or PROBATION).' })
  actual!: number;

  @Field(() => Int, { description: 'Unfilled planned posts, counted per position.' })
  vacancies!: number;
}

@ObjectType({ description: 'One department of an estate against its plan.' })
export class StaffingDepartmentLine extends HeadcountFields {
  @Field(() => ID, { description: 'Department id.' })
  departmentId!: string;

  @Field(() => String, { description: 'Department code (SECURITY …).' })
  code!: string;

  @Field(() => String, { description: 'Department name.' })
  name!: string;
}

@ObjectType({ description: 'One position of an estate against its plan.' })
export class StaffingPositionLine extends HeadcountFields {
  @Field(() => ID, { description: 'Position id.' })
  positionId!: string;

  @Field(() => ID, { description: 'Its department.' })
  departmentId!: string;

  @Field(() => String, { description: 'Position code.' })
  code!: string;

  @Field(() => String, { description: 'Position name.' })
  name!: string;

  @Field(() => Boolean, { description: '持证上岗: holders need a current certificate.' })
  certificateRequired!: boolean;

  @Field(() => Int, { nullable: true, description: 'Youngest age allowed (inclusive).' })
  ageMin!: number | null;

  @Field(() => Int, { nullable: true, description: 'Oldest age allowed (inclusive).' })
  ageMax!: number | null;
}

/** A person in a post, as the staffing answers name them: no name for roles that may not read staff. */
@ObjectType({ description: 'A person in a post (fields shared by the staffing answers).' })
export class PersonInPost {
  @Field(() => ID, {
    nullable: true,
    description: 'The member of staff (null for roles that may not read staff).',
  })
  staffId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Their name (null for roles that may not read staff).',
  })
  staffName!: string | null;

  @Field(() => ID, { description: 'Their position.' })
  positionId!: string;

  @Field(() => String, { description: 'Position name.' })
  positionName!: string;
}

@ObjectType({ description: 'A person in a certificate-requiring post whose certificate is not in order.' })
export class CertificateIssue extends PersonInPost {
  @Field(() => CertificateKindEnum, {
    nullable: true,
    description: 'Kind of their best certificate (null: none).',
  })
  kind!: CertificateKind | null;

  @Field(() => DateScalar, { nullable: true, description: 'Its expiry day (null: none held).' })
  expiresOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days from today to the expiry (negative: past).' })
  daysLeft!: number | null;

  @Field(() => CertificateStandingEnum, { description: 'EXPIRING, EXPIRED or MISSING.' })
  state!: CertificateStanding;
}

@ObjectType({ description: 'A person outside their position’s age limits (the birth date is never shown).' })
export class AgeBreach extends PersonInPost {
  @Field(() => AgeBreachKindEnum, { description: 'Too young or too old for the post.' })
  breach!: AgeBreachKind;

  @Field(() => Int, { description: 'The limit broken (the position’s ageMin or ageMax).' })
  limit!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Their age, only for roles that may read the birth date (estate manager, admin).',
  })
  age!: number | null;
}

@ObjectType({ description: 'Staff turnover over the 12 months to today (员工流失率).' })
export class StaffTurnover {
  @Field(() => DateScalar, { description: 'The day before the period (opening headcount).' })
  start!: string;

  @Field(() => DateScalar, { description: 'The period’s last day (today).' })
  end!: string;

  @Field(() => Int, { description: 'Employed on `start`.' })
  headcountAtStart!: number;

  @Field(() => Int, { description: 'Employed on `end`.' })
  headcountAtEnd!: number;

  @Field(() => Int, { description: 'People whose employment ended in the period.' })
  leavers!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Leavers / average headcount, percent (0.1); null: nobody.',
  })
  percent!: number | null;
}

@ObjectType({
  description: 'The parts of the compliance score, each 0–1 (see the formula in packages/domain).',
})
export class StaffingScoreParts {
  @Field(() => Float, { description: 'Filled share of the planned posts (weight 40).' })
  staffed!: number;

  @Field(() => Float, { description: 'Certificates in order in posts that require one (weight 30).' })
  certified!: number;

  @Field(() => Float, { description: 'Share within the positions’ age limits (weight 15).' })
  ageOk!: number;

  @Field(() => Float, { description: 'Retention from the 12-month turnover (weight 15).' })
  retention!: number;
}

@ObjectType({ description: 'One estate’s staffing against its contracted plan, today.' })
export class StaffingCompliance extends HeadcountFields {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Estate name.' })
  estateName!: string;

  @Field(() => DateScalar, { description: 'Today in the company’s time zone: the day judged.' })
  asOf!: string;

  @Field(() => [StaffingDepartmentLine], { description: 'Per department.' })
  departments!: StaffingDepartmentLine[];

  @Field(() => [StaffingPositionLine], { description: 'Per position.' })
  positions!: StaffingPositionLine[];

  @Field(() => [CertificateIssue], {
    description: 'Certificates expired, expiring within 30 days or missing.',
  })
  certificateIssues!: CertificateIssue[];

  @Field(() => Int, { description: 'People whose certificate has expired.' })
  certificatesExpired!: number;

  @Field(() => Int, { description: 'People whose certificate expires within 30 days.' })
  certificatesExpiring!: number;

  @Field(() => Int, { description: 'People in a requiring post with no certificate of a required kind.' })
  certificatesMissing!: number;

  @Field(() => [AgeBreach], { description: 'People outside their position’s age limits.' })
  ageBreaches!: AgeBreach[];

  @Field(() => StaffTurnover, { description: 'Turnover over the last 12 months.' })
  turnover!: StaffTurnover;

  @Field(() => Float, {
    nullable: true,
    description: 'Compliance score 0–100 (null: nothing planned, nobody employed).',
  })
  score!: number | null;

  @Field(() => StaffingScoreParts, { nullable: true, description: 'What the score is made of.' })
  scoreParts!: StaffingScoreParts | null;

  @Field(() => Boolean, { description: 'Names are withheld: the caller may not read this estate’s staff.' })
  namesHidden!: boolean;
}

@ObjectType({ description: 'One estate of the staffing league table.' })
export class StaffingComplianceRow extends HeadcountFields {
  @Field(() => Int, { nullable: true, description: 'Rank by score (1 = best; null: no score).' })
  rank!: number | null;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Estate name.' })
  estateName!: string;

  @Field(() => String, { description: 'Estate code.' })
  estateCode!: string;

  @Field(() => ID, { nullable: true, description: 'Its region.' })
  regionId!: string | null;

  @Field(() => String, { nullable: true, description: 'Region name.' })
  regionName!: string | null;

  @Field(() => Int, { description: 'Certificate problems: expired + expiring + missing.' })
  certificateProblems!: number;

  @Field(() => Int, { description: 'Expired certificates.' })
  certificatesExpired!: number;

  @Field(() => Int, { description: 'Certificates expiring within 30 days.' })
  certificatesExpiring!: number;

  @Field(() => Int, { description: 'Missing certificates.' })
  certificatesMissing!: number;

  @Field(() => Int, { description: 'People outside their position’s age limits.' })
  ageProblems!: number;

  @Field(() => Int, { description: 'Leavers in the last 12 months.' })
  leavers!: number;

  @Field(() => Float, { nullable: true, description: '12-month turnover, percent (0.1).' })
  turnoverPercent!: number | null;

  @Field(() => Float, { nullable: true, description: 'Compliance score 0–100.' })
  score!: number | null;
}

@InputType({ description: 'The staffing league table as .xlsx.' })
export class ExportStaffingComplianceInput {
  @Field(() => ID, { nullable: true, description: 'One region only (absent: every estate in scope).' })
  regionId?: string | null;

  @Field(() => LanguageEnum, { nullable: true, defaultValue: 'ZH', description: 'Language (default ZH).' })
  language?: Language | null;
}

@ObjectType({ description: 'A person behind a staffing indicator’s figure.' })
export class StaffingIndicatorRow extends PersonInPost {
  @Field(() => Boolean, { description: 'Counts in the numerator (passed / certified).' })
  counted!: boolean;

  @Field(() => StaffingIndicatorReasonEnum, { description: 'Why it counts or not.' })
  reason!: StaffingIndicatorReason;

  @Field(() => String, { nullable: true, description: 'training_pass: the course.' })
  course!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'training_pass: the day trained.' })
  trainedOn!: string | null;

  @Field(() => CertificateKindEnum, {
    nullable: true,
    description: 'certified_on_duty: the best certificate’s kind.',
  })
  certificateKind!: CertificateKind | null;

  @Field(() => DateScalar, { nullable: true, description: 'certified_on_duty: its expiry day.' })
  expiresOn!: string | null;
}

@ObjectType({ description: 'The people behind a staffing indicator of an estate and month.' })
export class StaffingIndicatorDrillDown {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'training_pass or certified_on_duty.' })
  indicatorCode!: string;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Int, { nullable: true, description: 'Counted rows (null: nothing to count).' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'All rows (null: nothing to count).' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'The value, percent, as the figure computes it.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'Names are withheld: the caller may not read this estate’s staff.' })
  namesHidden!: boolean;

  @Field(() => [StaffingIndicatorRow], {
    description: 'One row per person (training_pass: per training record).',
  })
  rows!: StaffingIndicatorRow[];
}
