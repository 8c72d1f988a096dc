/**
 * Helpers of the staff tests (issue 10 item 2): valid resident ID numbers, the GraphQL selections
 * of staff, an estate staffed from the template, and staff import files as the export lays them out.
 */
import { type Gender, residentIdCheckChar } from '@anju/domain';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { GqlResult, TestKit } from './kit.js';

/** A valid ID number: region, birth date, a sequence whose last digit's parity is the gender. */
export function idNumberOf(birthDate: string, sequence: number, gender: Gender = 'MALE', region = '110101') {
  const seq = (sequence % 500) * 2 + (gender === 'MALE' ? 1 : 0);
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return `${first17}${residentIdCheckChar(first17)}`;
}

export const CERTIFICATE_FIELDS =
  'id staffId estateId kind number issuer issuedOn expiresOn scanFileId state daysToExpiry version';
export const TRAINING_FIELDS = 'id staffId estateId course trainedOn hours passed note';
export const STAFF_FIELDS = `id estateId departmentId positionId userId name phone idNumberMasked birthDate gender hireDate leaveDate status shiftCrew note version personalDataVisible certificateState department { id code name } position { id code shiftPattern } certificates { ${CERTIFICATE_FIELDS} } trainings { ${TRAINING_FIELDS} }`;

export const STAFF_MEMBER = `query($id: ID!) { staffMember(id: $id) { ${STAFF_FIELDS} } }`;
export const STAFF_MEMBERS = `query($filter: StaffFilter!, $first: Int, $after: String) { staffMembers(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${STAFF_FIELDS} } } } }`;
export const CREATE_STAFF = `mutation($input: CreateStaffInput!) { createStaff(input: $input) { ${STAFF_FIELDS} } }`;
export const UPDATE_STAFF = `mutation($input: UpdateStaffInput!) { updateStaff(input: $input) { ${STAFF_FIELDS} } }`;
export const REVEAL = `mutation($id: ID!) { revealStaffIdNumber(id: $id) }`;
export const ADD_CERTIFICATE = `mutation($input: AddStaffCertificateInput!) { addStaffCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`;
export const UPDATE_CERTIFICATE = `mutation($input: UpdateStaffCertificateInput!) { updateStaffCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`;
export const DELETE_CERTIFICATE = `mutation($id: ID!) { deleteStaffCertificate(id: $id) }`;
export const ADD_TRAINING = `mutation($input: AddStaffTrainingInput!) { addStaffTraining(input: $input) { ${TRAINING_FIELDS} } }`;
export const DELETE_TRAINING = `mutation($id: ID!) { deleteStaffTraining(id: $id) }`;
export const IMPORT_STAFF = `mutation($input: ImportStaffInput!) { importStaff(input: $input) { estateId created staff { ${STAFF_FIELDS} } } }`;
export const EXPORT_STAFF = `mutation($estateId: ID!, $language: Language, $template: Boolean) { exportStaff(estateId: $estateId, language: $language, template: $template) { id name contentType size } }`;
export const APPLY_TEMPLATE = `mutation($input: ApplyStaffingTemplateInput!) { applyStaffingTemplate(input: $input) { positions { id code departmentId shiftPattern } departments { id code } } }`;

export interface StaffOut {
  id: string;
  estateId: string;
  departmentId: string;
  positionId: string;
  userId: string | null;
  name: string;
  phone: string | null;
  idNumberMasked: string | null;
  birthDate: string | null;
  gender: Gender | null;
  hireDate: string;
  leaveDate: string | null;
  status: string;
  shiftCrew: string | null;
  note: string | null;
  version: number;
  personalDataVisible: boolean;
  certificateState: string | null;
  department: { id: string; code: string; name: string };
  position: { id: string; code: string; shiftPattern: string };
  certificates: CertificateOut[];
  trainings: { id: string; course: string; passed: boolean; hours: number; trainedOn: string }[];
}

export interface CertificateOut {
  id: string;
  staffId: string;
  kind: string;
  number: string;
  expiresOn: string | null;
  scanFileId: string | null;
  state: string;
  daysToExpiry: number | null;
  version: number;
}

/** The data of a call that must succeed. */
export async function ok<T>(
  kit: TestKit,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await kit.gql<T>(token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

/** `path:reason` of each field problem of an answer. */
export const problemsOf = (res: GqlResult) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path.join('.')}:${f.reason}`);

/** Position ids by code of an estate staffed from the template (by `token`, who may). */
export async function staffedPositions(kit: TestKit, token: string, estateId: string) {
  const data = await ok<{ applyStaffingTemplate: { positions: { id: string; code: string }[] } }>(
    kit,
    token,
    APPLY_TEMPLATE,
    { input: { estateId } },
  );
  return new Map(data.applyStaffingTemplate.positions.map((p) => [p.code, p.id]));
}

export const STAFF_COLUMNS = [
  'name',
  'position',
  'status',
  'gender',
  'id_number',
  'birth_date',
  'phone',
  'hire_date',
  'leave_date',
  'shift_crew',
  'note',
] as const;

/** A staff import file: the hidden key row, a header row, then one row per person (by key). */
export async function staffWorkbook(
  rows: Partial<Record<(typeof STAFF_COLUMNS)[number], string | number | Date>>[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('员工');
  ws.getRow(1).values = [...STAFF_COLUMNS];
  ws.getRow(2).values = [
    '姓名',
    '岗位',
    '状态',
    '性别',
    '身份证号',
    '出生日期',
    '手机号',
    '入职日期',
    '离职日期',
    '班组',
    '备注',
  ];
  rows.forEach((r, i) => {
    ws.getRow(3 + i).values = STAFF_COLUMNS.map((c) => r[c] ?? null);
  });
  wb.addWorksheet('说明').addRow(['项目', 'test']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
