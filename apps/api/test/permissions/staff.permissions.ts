/**
 * The staff operations (issue 10 item 2): who may run each, and a runnable sample (see
 * permission-matrix.test.ts). Staff, certificates and training records are read by HQ (the
 * auditor, viewers of the company or of region 0) and estates[0]'s manager and staff; the company
 * admin and the estate's manager change them. Personal data is checked in each allowed answer:
 * only the admin and the manager read it here (the sample records are nobody's own).
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { downloaded, type FileRefOf, uploadFile } from '../files.js';
import type { MatrixRole } from '../schema-roles.js';
import { unique, workbookText } from '../schema-roles.js';
import {
  ADD_CERTIFICATE,
  ADD_TRAINING,
  APPLY_TEMPLATE,
  CREATE_STAFF,
  DELETE_CERTIFICATE,
  DELETE_TRAINING,
  EXPORT_STAFF,
  IMPORT_STAFF,
  idNumberOf,
  REVEAL,
  STAFF_MEMBER,
  STAFF_MEMBERS,
  type StaffOut,
  staffWorkbook,
  UPDATE_CERTIFICATE,
  UPDATE_STAFF,
} from '../staff-kit.js';
import { adminGql, co, type Entry, kit, tokenOf, XLSX } from './harness.js';

/** Staff read: HQ (auditor, viewers of the company and of region 0) and estates[0]'s manager and staff. */
export const STAFF_READERS: readonly MatrixRole[] = [
  'COMPANY_ADMIN',
  'QUALITY_AUDITOR',
  'HQ_VIEWER',
  'HQ_VIEWER_REGION',
  'ESTATE_MANAGER',
  'ESTATE_STAFF',
];
/** Staff manage: the company admin and the estate's manager. */
export const STAFF_MANAGERS: readonly MatrixRole[] = ['COMPANY_ADMIN', 'ESTATE_MANAGER'];
/** Personal data of a record that is not the caller's own. */
const PERSONAL: readonly MatrixRole[] = STAFF_MANAGERS;

let guardPosition: Promise<string> | undefined;
/** estates[0] staffed from the template (idempotent); answers its guard position's id. */
function guard(): Promise<string> {
  guardPosition ??= adminGql<{ applyStaffingTemplate: { positions: { id: string; code: string }[] } }>(
    APPLY_TEMPLATE,
    { input: { estateId: co.estates[0]!.id } },
  ).then((d) => d.applyStaffingTemplate.positions.find((p) => p.code === 'SECURITY_GUARD')!.id);
  return guardPosition;
}

let sequence = 0;
const staffInput = async () => ({
  estateId: co.estates[0]!.id,
  positionId: await guard(),
  name: `矩阵员工 ${unique()}`,
  phone: '13912345678',
  idNumber: idNumberOf('1986-06-06', 100 + sequence++),
  hireDate: '2020-01-01',
  shiftCrew: 'A',
});

/** A fresh staff record of estates[0], made by the admin. */
async function freshStaff(): Promise<StaffOut> {
  return (await adminGql<{ createStaff: StaffOut }>(CREATE_STAFF, { input: await staffInput() })).createStaff;
}

let shared: Promise<StaffOut> | undefined;
/** One record the read samples share, with a certificate and a training record. */
function sharedStaff(): Promise<StaffOut> {
  shared ??= freshStaff().then(async (s) => {
    await adminGql(ADD_CERTIFICATE, {
      input: { staffId: s.id, kind: 'SECURITY_GUARD', number: `BA${unique()}`, expiresOn: '2099-12-31' },
    });
    await adminGql(ADD_TRAINING, {
      input: { staffId: s.id, course: '矩阵培训', trainedOn: '2024-01-10', hours: 2, passed: true },
    });
    return s;
  });
  return shared;
}

async function freshCertificate(): Promise<{ id: string; version: number }> {
  const s = await sharedStaff();
  return (
    await adminGql<{ addStaffCertificate: { id: string; version: number } }>(ADD_CERTIFICATE, {
      input: { staffId: s.id, kind: 'OTHER', number: `X${unique()}` },
    })
  ).addStaffCertificate;
}

async function freshTraining(): Promise<string> {
  const s = await sharedStaff();
  return (
    await adminGql<{ addStaffTraining: { id: string } }>(ADD_TRAINING, {
      input: { staffId: s.id, course: '矩阵删除', trainedOn: '2024-02-02', hours: 1, passed: false },
    })
  ).addStaffTraining.id;
}

/** Personal fields as `role` should see them on a record that is not theirs. */
function expectPersonal(role: MatrixRole, member: StaffOut) {
  if (PERSONAL.includes(role)) {
    expect(member).toMatchObject({ personalDataVisible: true, phone: '13912345678' });
    expect(member.idNumberMasked).toMatch(/^110\*{11}\d{3}[\dX]$/);
    expect(member.birthDate).toBe('1986-06-06');
  } else {
    expect(member).toMatchObject({
      personalDataVisible: false,
      phone: null,
      idNumberMasked: null,
      birthDate: null,
    });
  }
}

export const staffPermissions: Record<string, Entry> = {
  staffMembers: {
    allowed: STAFF_READERS,
    sample: async () => {
      await sharedStaff();
      return { query: STAFF_MEMBERS, variables: { filter: { estateId: co.estates[0]!.id }, first: 50 } };
    },
    check: async (role, data) => {
      const s = await sharedStaff();
      const nodes = (data.staffMembers as { edges: { node: StaffOut }[] }).edges.map((e) => e.node);
      const found = nodes.find((n) => n.id === s.id)!;
      expect(found.certificates).toHaveLength(1);
      expectPersonal(role, found);
    },
  },
  staffMember: {
    allowed: STAFF_READERS,
    sample: async () => ({ query: STAFF_MEMBER, variables: { id: (await sharedStaff()).id } }),
    check: (role, data) => {
      const member = data.staffMember as StaffOut;
      expect(member.trainings).toHaveLength(1);
      expectPersonal(role, member);
    },
  },
  createStaff: {
    allowed: STAFF_MANAGERS,
    sample: async () => ({ query: CREATE_STAFF, variables: { input: await staffInput() } }),
    check: (role, data) => expectPersonal(role, data.createStaff as StaffOut),
  },
  updateStaff: {
    allowed: STAFF_MANAGERS,
    sample: async () => {
      const s = await freshStaff();
      return { query: UPDATE_STAFF, variables: { input: { id: s.id, version: s.version, note: '矩阵' } } };
    },
    check: (role, data) => {
      expect(data.updateStaff).toMatchObject({ note: '矩阵', version: 2 });
      expectPersonal(role, data.updateStaff as StaffOut);
    },
  },
  revealStaffIdNumber: {
    allowed: STAFF_MANAGERS,
    sample: async () => ({ query: REVEAL, variables: { id: (await sharedStaff()).id } }),
    check: (_role, data) => expect(data.revealStaffIdNumber).toMatch(/^11010119860606\d{3}[\dX]$/),
  },
  addStaffCertificate: {
    allowed: STAFF_MANAGERS,
    sample: async () => ({
      query: ADD_CERTIFICATE,
      variables: {
        input: { staffId: (await sharedStaff()).id, kind: 'FIRE_FACILITY_OPERATOR', number: `XF${unique()}` },
      },
    }),
    check: (_role, data) => expect(data.addStaffCertificate).toMatchObject({ state: 'VALID', version: 1 }),
  },
  updateStaffCertificate: {
    allowed: STAFF_MANAGERS,
    sample: async () => {
      const c = await freshCertificate();
      return {
        query: UPDATE_CERTIFICATE,
        variables: { input: { id: c.id, version: c.version, issuer: '矩阵' } },
      };
    },
    check: (_role, data) => expect(data.updateStaffCertificate).toMatchObject({ version: 2 }),
  },
  deleteStaffCertificate: {
    allowed: STAFF_MANAGERS,
    sample: async () => ({ query: DELETE_CERTIFICATE, variables: { id: (await freshCertificate()).id } }),
    check: (_role, data, call) => expect(data.deleteStaffCertificate).toBe(call.variables!.id),
  },
  addStaffTraining: {
    allowed: STAFF_MANAGERS,
    sample: async () => ({
      query: ADD_TRAINING,
      variables: {
        input: {
          staffId: (await sharedStaff()).id,
          course: '矩阵',
          trainedOn: '2024-03-03',
          hours: 1.5,
          passed: true,
        },
      },
    }),
    check: (_role, data) => expect(data.addStaffTraining).toMatchObject({ hours: 1.5, passed: true }),
  },
  deleteStaffTraining: {
    allowed: STAFF_MANAGERS,
    sample: async () => ({ query: DELETE_TRAINING, variables: { id: await freshTraining() } }),
    check: (_role, data, call) => expect(data.deleteStaffTraining).toBe(call.variables!.id),
  },
  importStaff: {
    allowed: STAFF_MANAGERS,
    sample: async (role) => {
      const bytes = await staffWorkbook([
        { name: `导入 ${unique()}`, position: 'CLEANER', hire_date: '2024-01-01' },
      ]);
      // Each role names its own upload; callers without a company name an id that exists nowhere.
      const token = tokenOf(role);
      const upload = token ? await uploadFile(kit, token, bytes, 'staff.xlsx') : null;
      return {
        query: IMPORT_STAFF,
        variables: {
          input: {
            estateId: co.estates[0]!.id,
            fileId: upload?.status === 201 ? upload.body.id : randomUUID(),
          },
        },
      };
    },
    check: (_role, data) => expect(data.importStaff).toMatchObject({ created: 1 }),
  },
  exportStaff: {
    allowed: STAFF_READERS,
    sample: async () => {
      await sharedStaff();
      return { query: EXPORT_STAFF, variables: { estateId: co.estates[0]!.id } };
    },
    check: async (role, data) => {
      const file = data.exportStaff as FileRefOf;
      expect(file.contentType).toBe(XLSX);
      const text = await workbookText(await downloaded(kit, tokenOf(role)!, file.id));
      expect(text).toContain((await sharedStaff()).name);
      const headers = text.split('\n').find((l) => l.startsWith('姓名'))!;
      if (PERSONAL.includes(role)) expect(headers).toContain('身份证号');
      else expect(headers).not.toContain('手机号');
    },
  },
};
