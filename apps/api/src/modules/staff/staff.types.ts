import {
  type CertificateKind,
  type CertificateState,
  GENDERS,
  type Gender,
  STAFF_STATUSES,
  type StaffStatus,
} from '@anju/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { enumOf } from '../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { CertificateKindEnum, Department, Position } from '../team/index.js';

export const StaffStatusEnum = enumOf(STAFF_STATUSES);
registerEnumType(StaffStatusEnum, {
  name: 'StaffStatus',
  description: 'Employment status: 试用 on probation, 在职 active, 离职 left.',
  valuesConfig: {
    PROBATION: { description: '试用 on probation (on the team).' },
    ACTIVE: { description: '在职 active (on the team).' },
    LEFT: { description: '离职 left (kept for turnover, off the team).' },
  },
});

export const GenderEnum = enumOf(GENDERS);
registerEnumType(GenderEnum, { name: 'Gender', description: 'Gender as on the resident ID card.' });

export const CertificateStateEnum = enumOf(['VALID', 'EXPIRING', 'EXPIRED'] as const);
registerEnumType(CertificateStateEnum, {
  name: 'CertificateState',
  description: 'A certificate today: valid, expiring within 30 days (the expiry day included), or expired.',
});

@ObjectType({
  description: 'A certificate (证书) of a member of staff: 持证上岗 for the posts that need one.',
})
export class StaffCertificate {
  @Field(() => ID, { description: 'Certificate id.' })
  id!: string;

  @Field(() => ID, { description: 'The member of staff.' })
  staffId!: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => CertificateKindEnum, { description: 'Kind of certificate.' })
  kind!: CertificateKind;

  @Field(() => String, {
    description: 'Certificate number; an ID number inside it is masked unless personal data may be read.',
  })
  number!: string;

  @Field(() => String, { nullable: true, description: 'Issuing authority (发证机关).' })
  issuer!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Issued on.' })
  issuedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Valid until (inclusive); null: 长期有效.' })
  expiresOn!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The scan (GET /files/{id}); null when absent or the caller may not read it.',
  })
  scanFileId!: string | null;

  @Field(() => CertificateStateEnum, { description: 'State today (the company’s clock).' })
  state!: CertificateState;

  @Field(() => Int, {
    nullable: true,
    description: 'Days from today to the expiry day (negative: expired); null without expiry.',
  })
  daysToExpiry!: number | null;

  @Field(() => Int, { description: 'Optimistic lock: send it back with each change.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A training record (培训记录) of a member of staff.' })
export class StaffTraining {
  @Field(() => ID, { description: 'Training record id.' })
  id!: string;

  @Field(() => ID, { description: 'The member of staff.' })
  staffId!: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => String, { description: 'Course (课程).' })
  course!: string;

  @Field(() => DateScalar, { description: 'Day of the training.' })
  trainedOn!: string;

  @Field(() => Float, { description: 'Hours (学时), in steps of 0.5.' })
  hours!: number;

  @Field(() => Boolean, { description: 'Passed the assessment.' })
  passed!: boolean;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note!: string | null;
}

@ObjectType({
  description:
    'A member of an estate’s team (员工). Personal data (phone, ID number, birth date, certificate scans) is null unless the caller may read it: the estate’s manager, company admins and the person themself.',
})
export class StaffMember {
  @Field(() => ID, { description: 'Staff record id.' })
  id!: string;

  companyId!: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => ID, { description: 'The department (the position’s).' })
  departmentId!: string;

  @Field(() => ID, { description: 'The position (岗位).' })
  positionId!: string;

  @Field(() => Department, { description: 'The department.' })
  department!: Department;

  @Field(() => Position, { description: 'The position.' })
  position!: Position;

  @Field(() => ID, { nullable: true, description: 'The person’s own sign-in account, if linked.' })
  userId!: string | null;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Mobile number (personal data).' })
  phone!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ID number masked (110***********1234; personal data). revealStaffIdNumber shows it whole.',
  })
  idNumberMasked!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Birth date (personal data).' })
  birthDate!: string | null;

  @Field(() => GenderEnum, { nullable: true, description: 'Gender.' })
  gender!: Gender | null;

  @Field(() => DateScalar, { description: 'Hire date (入职日期).' })
  hireDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day employed (离职日期).' })
  leaveDate!: string | null;

  @Field(() => StaffStatusEnum, { description: 'Employment status.' })
  status!: StaffStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Crew of the position’s shift pattern (A, B, C); null: the first.',
  })
  shiftCrew!: string | null;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note!: string | null;

  @Field(() => Int, { description: 'Optimistic lock: send it back with each change.' })
  version!: number;

  @Field(() => Boolean, { description: 'Whether the caller may read this person’s personal data.' })
  personalDataVisible!: boolean;

  @Field(() => [StaffCertificate], { description: 'Certificates, soonest expiry first.' })
  certificates!: StaffCertificate[];

  @Field(() => [StaffTraining], { description: 'Training records, latest first.' })
  trainings!: StaffTraining[];

  @Field(() => CertificateStateEnum, {
    nullable: true,
    description: 'The worst state of the person’s certificates today; null without certificates.',
  })
  certificateState!: CertificateState | null;

  @Field(() => DateTimeScalar, { description: 'When the record last changed.' })
  updatedAt!: Date;
}

export const StaffMemberConnection = connectionOf(StaffMember, 'StaffMember');

@InputType({ description: 'Which staff of an estate to list.' })
export class StaffFilter {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => ID, { nullable: true, description: 'Only this department.' })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this position.' })
  positionId?: string | null;

  @Field(() => StaffStatusEnum, { nullable: true, description: 'Only this status.' })
  status?: StaffStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of the name (≤ 40).' })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only staff with a certificate expired or expiring within 30 days.',
  })
  certificateWarning?: boolean | null;
}

@InputType({ description: 'A new member of an estate’s staff.' })
export class CreateStaffInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => ID, { description: 'The position, of the same estate (its department is taken).' })
  positionId!: string;

  @Field(() => String, { description: 'Name (≤ 40).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Mainland mobile number.' })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Resident ID number (18 characters, stored encrypted).',
  })
  idNumber?: string | null;

  @Field(() => GenderEnum, { nullable: true, description: 'Gender (default: from the ID number).' })
  gender?: Gender | null;

  @Field(() => DateScalar, { nullable: true, description: 'Birth date (default: from the ID number).' })
  birthDate?: string | null;

  @Field(() => DateScalar, { description: 'Hire date.' })
  hireDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day employed (required when LEFT).' })
  leaveDate?: string | null;

  @Field(() => StaffStatusEnum, { nullable: true, description: 'Status (default ACTIVE).' })
  status?: StaffStatus | null;

  @Field(() => String, { nullable: true, description: 'Crew of the position’s shift pattern (A, B, C).' })
  shiftCrew?: string | null;

  @Field(() => String, { nullable: true, description: 'Note (≤ 500).' })
  note?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The person’s account: a member of the company with this estate in scope.',
  })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'Idempotency key: a retry creates nobody twice.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a staff record: absent fields stay, null clears optional ones.' })
export class UpdateStaffInput {
  @Field(() => ID, { description: 'The staff record.' })
  id!: string;

  @Field(() => Int, { description: 'The version read (CONFLICT when it changed since).' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Another position of the same estate.' })
  positionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Name (≤ 40).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Mainland mobile number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (18 characters).' })
  idNumber?: string | null;

  @Field(() => GenderEnum, { nullable: true, description: 'Gender.' })
  gender?: Gender | null;

  @Field(() => DateScalar, { nullable: true, description: 'Birth date.' })
  birthDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Hire date.' })
  hireDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day employed.' })
  leaveDate?: string | null;

  @Field(() => StaffStatusEnum, { nullable: true, description: 'Status.' })
  status?: StaffStatus | null;

  @Field(() => String, { nullable: true, description: 'Crew of the position’s shift pattern.' })
  shiftCrew?: string | null;

  @Field(() => String, { nullable: true, description: 'Note (≤ 500).' })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person’s account (null unlinks it).' })
  userId?: string | null;
}

@InputType({ description: 'A certificate of a member of staff.' })
export class AddStaffCertificateInput {
  @Field(() => ID, { description: 'The member of staff.' })
  staffId!: string;

  @Field(() => CertificateKindEnum, { description: 'Kind.' })
  kind!: CertificateKind;

  @Field(() => String, { description: 'Certificate number (≤ 60).' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'Issuing authority (≤ 100).' })
  issuer?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Issued on.' })
  issuedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Valid until (inclusive); null: 长期有效.' })
  expiresOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'The scan: an upload of the caller (POST /files).' })
  scanFileId?: string | null;
}

@InputType({ description: 'Changes to a certificate: absent fields stay, null clears optional ones.' })
export class UpdateStaffCertificateInput {
  @Field(() => ID, { description: 'The certificate.' })
  id!: string;

  @Field(() => Int, { description: 'The version read (CONFLICT when it changed since).' })
  version!: number;

  @Field(() => CertificateKindEnum, { nullable: true, description: 'Kind.' })
  kind?: CertificateKind | null;

  @Field(() => String, { nullable: true, description: 'Certificate number (≤ 60).' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: 'Issuing authority (≤ 100).' })
  issuer?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Issued on.' })
  issuedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Valid until; null: 长期有效.' })
  expiresOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'A new scan (an upload of the caller); null removes it.' })
  scanFileId?: string | null;
}

@InputType({ description: 'A training record of a member of staff.' })
export class AddStaffTrainingInput {
  @Field(() => ID, { description: 'The member of staff.' })
  staffId!: string;

  @Field(() => String, { description: 'Course (≤ 100).' })
  course!: string;

  @Field(() => DateScalar, { description: 'Day of the training (not in the future).' })
  trainedOn!: string;

  @Field(() => Float, { description: 'Hours, 0.5–500 in steps of 0.5.' })
  hours!: number;

  @Field(() => Boolean, { description: 'Passed the assessment.' })
  passed!: boolean;

  @Field(() => String, { nullable: true, description: 'Note (≤ 500).' })
  note?: string | null;
}

@InputType({ description: 'An .xlsx of staff for an estate, uploaded beforehand through POST /files.' })
export class ImportStaffInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => ID, { description: 'The uploaded .xlsx (the caller’s own upload, used up by the import).' })
  fileId!: string;
}

@ObjectType({ description: 'What an import of staff did: all rows saved, or (an error) none.' })
export class StaffImportResult {
  @Field(() => ID, { description: 'The estate.' })
  estateId!: string;

  @Field(() => Int, { description: 'Staff records created.' })
  created!: number;

  @Field(() => [StaffMember], { description: 'The records created, in the file’s order.' })
  staff!: StaffMember[];
}
