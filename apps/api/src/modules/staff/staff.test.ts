import 'reflect-metadata';
/**
 * Staff of an estate (issue 10 item 2) through GraphQL: records created, listed, changed with an
 * optimistic lock; personal data (phone, ID number, birth date, certificate scans) only for the
 * estate's manager, company admins and the person themself, through every operation that returns
 * staff; ID numbers encrypted at rest and revealed only on request, logged without the number;
 * the same person twice refused; accounts linked only within the estate's members; certificates
 * with their state by the API's clock and scans downloadable only by those allowed; training records.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoOf } from '../../../test/audits-kit.js';
import { downloadFile, uploaded } from '../../../test/files.js';
import {
  codeOf,
  startTestKit,
  TEST_NOW,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';
import { workbookText } from '../../../test/schema-roles.js';
import {
  ADD_CERTIFICATE,
  ADD_TRAINING,
  type CertificateOut,
  CREATE_STAFF,
  DELETE_CERTIFICATE,
  DELETE_TRAINING,
  EXPORT_STAFF,
  idNumberOf,
  ok as okOf,
  problemsOf,
  REVEAL,
  STAFF_MEMBER,
  STAFF_MEMBERS,
  type StaffOut,
  staffedPositions,
  UPDATE_CERTIFICATE,
  UPDATE_STAFF,
} from '../../../test/staff-kit.js';
import { addDays, dayIn } from './staff.access.js';

let kit: TestKit;
let A: TestCompany;
let B: TestCompany;
let admin: TestUser;
/** Manages estates[0]. */
let manager: TestUser;
/** Manages estates[1] only. */
let otherManager: TestUser;
let auditor: TestUser;
let viewer: TestUser;
/** HQ viewer of region 1 (estates[2] only). */
let regionViewer: TestUser;
/** Estate staff of estates[0], linked to `self`'s record. */
let person: TestUser;
/** Estate staff of estates[0], linked to nobody's record here. */
let colleague: TestUser;
let committee: TestUser;
let bAdmin: TestUser;
let positions: Map<string, string>;
let positions1: Map<string, string>;
/** The guard linked to `person`, and another guard. */
let self: StaffOut;
let other: StaffOut;
let today: string;

const SELF_ID = idNumberOf('1988-06-15', 1, 'MALE');
const OTHER_ID = idNumberOf('1979-11-02', 2, 'FEMALE', '330106');

const ok = <T>(user: TestUser, query: string, variables: Record<string, unknown> = {}) =>
  okOf<T>(kit, user.token, query, variables);

const guardInput = (over: Record<string, unknown> = {}) => ({
  estateId: A.estates[0]!.id,
  positionId: positions.get('SECURITY_GUARD'),
  name: `保安 ${randomUUID().slice(0, 6)}`,
  hireDate: '2021-04-01',
  ...over,
});

async function create(user: TestUser, over: Record<string, unknown> = {}): Promise<StaffOut> {
  return (await ok<{ createStaff: StaffOut }>(user, CREATE_STAFF, { input: guardInput(over) })).createStaff;
}

async function changeLogOf(subjectId: string) {
  return kit.database.raw<{ action: string; before: unknown; after: unknown }>(
    `select action, before, after from change_log where subject_id = $1 order by at, id`,
    [subjectId],
  );
}

beforeAll(async () => {
  kit = await startTestKit();
  today = dayIn(TEST_NOW, 'Asia/Shanghai');
  [A, B] = await Promise.all([kit.company(), kit.company()]);
  [admin, manager, otherManager, auditor, viewer, regionViewer, person, colleague, committee, bAdmin] =
    await Promise.all([
      A.user('COMPANY_ADMIN'),
      A.user('ESTATE_MANAGER', { estateIds: [A.estates[0]!.id] }),
      A.user('ESTATE_MANAGER', { estateIds: [A.estates[1]!.id] }),
      A.user('QUALITY_AUDITOR'),
      A.user('HQ_VIEWER'),
      A.user('HQ_VIEWER', { regionId: A.regions[1]!.id }),
      A.user('ESTATE_STAFF', { estateIds: [A.estates[0]!.id] }),
      A.user('ESTATE_STAFF', { estateIds: [A.estates[0]!.id] }),
      A.user('COMMITTEE_MEMBER', { estateIds: [A.estates[0]!.id] }),
      B.user('COMPANY_ADMIN'),
    ]);
  positions = await staffedPositions(kit, admin.token, A.estates[0]!.id);
  positions1 = await staffedPositions(kit, admin.token, A.estates[1]!.id);
  self = await create(manager, {
    name: '刘志强',
    idNumber: SELF_ID,
    phone: '+86 139-0000-1111',
    shiftCrew: 'A',
    userId: person.id,
  });
  other = await create(manager, { name: '王秀英', idNumber: OTHER_ID, phone: '13800002222', shiftCrew: 'B' });
});
afterAll(() => kit?.close());

describe('creating and reading staff', () => {
  it('creates a record: department from the position, birth date and gender from the ID number', () => {
    expect(self).toMatchObject({
      estateId: A.estates[0]!.id,
      positionId: positions.get('SECURITY_GUARD'),
      department: { code: 'SECURITY', name: '秩序维护部' },
      position: { code: 'SECURITY_GUARD', shiftPattern: 'TWO_CREWS' },
      name: '刘志强',
      phone: '13900001111',
      idNumberMasked: `110***********${SELF_ID.slice(-4)}`,
      birthDate: '1988-06-15',
      gender: 'MALE',
      status: 'ACTIVE',
      shiftCrew: 'A',
      userId: person.id,
      version: 1,
      personalDataVisible: true,
      certificates: [],
      trainings: [],
      certificateState: null,
    });
    expect(other).toMatchObject({ gender: 'FEMALE', birthDate: '1979-11-02' });
  });

  it('stores the ID number encrypted: no column, no change-log entry holds it in clear', async () => {
    const [row] = await kit.database.raw<Record<string, unknown>>('select * from staff where id = $1', [
      self.id,
    ]);
    expect(row!.id_number_cipher).toMatch(/^v1:/);
    expect(row!.id_number_masked).toBe(self.idNumberMasked);
    expect(typeof row!.id_number_hash).toBe('string');
    expect(JSON.stringify(row)).not.toContain(SELF_ID);
    expect(JSON.stringify(row)).not.toContain(SELF_ID.slice(6, 14) + SELF_ID.slice(14));
    const log = await changeLogOf(self.id);
    expect(log.map((l) => l.action)).toEqual(['staff.create']);
    expect(JSON.stringify(log)).not.toContain(SELF_ID);
    expect(JSON.stringify(log)).not.toContain(String(row!.id_number_cipher));
    expect(JSON.stringify(log)).not.toContain(String(row!.id_number_hash));
    const idempotency = await kit.database.raw('select * from idempotency_keys');
    expect(JSON.stringify(idempotency)).not.toContain(SELF_ID);
  });

  it('refuses the same person twice in the company, in any estate, until the first record has left', async () => {
    const res = await kit.gql(admin.token, CREATE_STAFF, {
      input: {
        ...guardInput(),
        estateId: A.estates[1]!.id,
        positionId: positions1.get('CLEANER'),
        idNumber: SELF_ID,
      },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual(['idNumber:DUPLICATE']);
    // Another company may employ the same person: nothing of A is seen or hinted at.
    const positionsB = await staffedPositions(kit, bAdmin.token, B.estates[0]!.id);
    const inB = await kit.gql<{ createStaff: StaffOut }>(bAdmin.token, CREATE_STAFF, {
      input: {
        ...guardInput(),
        estateId: B.estates[0]!.id,
        positionId: positionsB.get('CLEANER'),
        idNumber: SELF_ID,
      },
    });
    expect(codeOf(inB)).toBe('OK');
    // A leaver's number may come back (re-hired): a record that LEFT does not count.
    const leaverId = idNumberOf('1990-01-01', 7);
    const leaver = await create(manager, { idNumber: leaverId, status: 'LEFT', leaveDate: '2022-01-31' });
    const again = await create(manager, { idNumber: leaverId });
    expect(again.idNumberMasked).toBe(leaver.idNumberMasked);
    // … but the leaver cannot come back while the new record is on the team.
    const back = await kit.gql(manager.token, UPDATE_STAFF, {
      input: { id: leaver.id, version: leaver.version, status: 'ACTIVE', leaveDate: null },
    });
    expect(problemsOf(back)).toEqual(['idNumber:DUPLICATE']);
  });

  it('takes a position of the estate only, a crew of its pattern only, and the rules across fields', async () => {
    const elsewhere = await kit.gql(manager.token, CREATE_STAFF, {
      input: guardInput({ positionId: positions1.get('SECURITY_GUARD') }),
    });
    expect(problemsOf(elsewhere)).toEqual(['positionId:NOT_FOUND']);
    const crew = await kit.gql(manager.token, CREATE_STAFF, { input: guardInput({ shiftCrew: 'C' }) });
    expect(problemsOf(crew)).toEqual(['shiftCrew:INVALID']);
    const cleanerCrew = await kit.gql(manager.token, CREATE_STAFF, {
      input: guardInput({ positionId: positions.get('CLEANER'), shiftCrew: 'B' }),
    });
    expect(problemsOf(cleanerCrew)).toEqual(['shiftCrew:INVALID']);
    const mismatch = await kit.gql(manager.token, CREATE_STAFF, {
      input: guardInput({ idNumber: idNumberOf('1990-05-05', 8), birthDate: '1990-05-06', gender: 'FEMALE' }),
    });
    expect(problemsOf(mismatch)).toEqual(['birthDate:ID_NUMBER_MISMATCH', 'gender:ID_NUMBER_MISMATCH']);
    const checksum = await kit.gql(manager.token, CREATE_STAFF, {
      input: guardInput({ idNumber: `${SELF_ID.slice(0, 17)}${SELF_ID[17] === '0' ? '1' : '0'}` }),
    });
    expect(problemsOf(checksum)).toEqual(['idNumber:ID_NUMBER_CHECKSUM']);
    const young = await kit.gql(manager.token, CREATE_STAFF, {
      input: guardInput({ idNumber: idNumberOf('2010-01-01', 9), hireDate: '2024-01-01' }),
    });
    expect(problemsOf(young)).toEqual(['idNumber:UNDER_AGE']);
    const leaver = await kit.gql(manager.token, CREATE_STAFF, { input: guardInput({ status: 'LEFT' }) });
    expect(problemsOf(leaver)).toEqual(['leaveDate:REQUIRED']);
    const phone = await kit.gql(manager.token, CREATE_STAFF, {
      input: guardInput({ phone: '010-62345678' }),
    });
    expect(problemsOf(phone)).toEqual(['phone:NOT_MOBILE']);
  });

  it('links an account only of a member with the estate in scope, once', async () => {
    const link = (userId: string) => kit.gql(manager.token, CREATE_STAFF, { input: guardInput({ userId }) });
    expect(problemsOf(await link(otherManager.id))).toEqual(['userId:NOT_ASSIGNABLE']);
    expect(problemsOf(await link(committee.id))).toEqual(['userId:NOT_ASSIGNABLE']);
    expect(problemsOf(await link(bAdmin.id))).toEqual(['userId:NOT_FOUND']);
    expect(problemsOf(await link(randomUUID()))).toEqual(['userId:NOT_FOUND']);
    expect(problemsOf(await link(person.id))).toEqual(['userId:TAKEN']);
    // A company-wide member (the admin) and an estate member may be linked.
    const linked = await create(manager, { userId: admin.id, positionId: positions.get('ESTATE_MANAGER') });
    expect(linked.userId).toBe(admin.id);
  });

  it('creates once per idempotency key, and a reused key with another payload is a CONFLICT', async () => {
    const key = `k-${randomUUID()}`;
    const input = guardInput({ idempotencyKey: key, idNumber: idNumberOf('1985-02-02', 11) });
    const first = await ok<{ createStaff: StaffOut }>(manager, CREATE_STAFF, { input });
    const second = await ok<{ createStaff: StaffOut }>(manager, CREATE_STAFF, { input });
    expect(second.createStaff.id).toBe(first.createStaff.id);
    const other = await kit.gql(manager.token, CREATE_STAFF, { input: { ...input, name: '别人' } });
    expect(codeOf(other)).toBe('CONFLICT');
  });
});

describe('changing staff', () => {
  it('changes what is sent, with an optimistic lock; a stale version is a CONFLICT', async () => {
    const made = await create(manager, { idNumber: idNumberOf('1986-03-03', 20), shiftCrew: 'B' });
    const moved = (
      await ok<{ updateStaff: StaffOut }>(manager, UPDATE_STAFF, {
        input: { id: made.id, version: 1, positionId: positions.get('CLEANER'), note: '调岗' },
      })
    ).updateStaff;
    // The cleaner's pattern has one crew: the guard's crew B goes with the old post.
    expect(moved).toMatchObject({
      version: 2,
      department: { code: 'CLEANING' },
      position: { code: 'CLEANER' },
      shiftCrew: null,
      note: '调岗',
      idNumberMasked: made.idNumberMasked,
    });
    const stale = await kit.gql(manager.token, UPDATE_STAFF, {
      input: { id: made.id, version: 1, note: 'x' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    // A new ID number brings its birth date and gender; the stored number judges a sent birth date.
    const renumbered = (
      await ok<{ updateStaff: StaffOut }>(manager, UPDATE_STAFF, {
        input: { id: made.id, version: 2, idNumber: idNumberOf('1987-04-04', 21, 'FEMALE') },
      })
    ).updateStaff;
    expect(renumbered).toMatchObject({ birthDate: '1987-04-04', gender: 'FEMALE', version: 3 });
    const wrongBirth = await kit.gql(manager.token, UPDATE_STAFF, {
      input: { id: made.id, version: 3, birthDate: '1987-04-05' },
    });
    expect(problemsOf(wrongBirth)).toEqual(['birthDate:ID_NUMBER_MISMATCH']);
    const leaving = await kit.gql(manager.token, UPDATE_STAFF, {
      input: { id: made.id, version: 3, status: 'LEFT' },
    });
    expect(problemsOf(leaving)).toEqual(['leaveDate:REQUIRED']);
    const left = await ok<{ updateStaff: StaffOut }>(manager, UPDATE_STAFF, {
      input: { id: made.id, version: 3, status: 'LEFT', leaveDate: '2024-12-31' },
    });
    expect(left.updateStaff).toMatchObject({ status: 'LEFT', leaveDate: '2024-12-31', version: 4 });
    const log = await changeLogOf(made.id);
    expect(log.map((l) => l.action)).toEqual([
      'staff.create',
      'staff.update',
      'staff.update',
      'staff.update',
    ]);
    expect(log[1]!.before).toMatchObject({ positionId: positions.get('SECURITY_GUARD'), version: 1 });
    expect(log[1]!.after).toMatchObject({ positionId: positions.get('CLEANER'), version: 2 });
    expect(JSON.stringify(log)).not.toMatch(/id_?number_?(cipher|hash)/i);
  });

  it('refuses a position of another estate and clears nothing required', async () => {
    const made = await create(manager);
    const res = await kit.gql(manager.token, UPDATE_STAFF, {
      input: { id: made.id, version: 1, positionId: positions1.get('CLEANER') },
    });
    expect(problemsOf(res)).toEqual(['positionId:NOT_FOUND']);
    const cleared = await kit.gql(manager.token, UPDATE_STAFF, {
      input: { id: made.id, version: 1, name: null },
    });
    expect(problemsOf(cleared)).toEqual(['name:REQUIRED']);
  });
});

/** What each role gets of staff of estates[0]: the record, and whether its personal data. */
const READERS: [string, () => TestUser, 'all' | 'none' | 'own' | 'NOT_FOUND'][] = [
  ['company admin', () => admin, 'all'],
  ['manager of the estate', () => manager, 'all'],
  ['manager of another estate', () => otherManager, 'NOT_FOUND'],
  ['quality auditor', () => auditor, 'none'],
  ['HQ viewer', () => viewer, 'none'],
  ['HQ viewer of another region', () => regionViewer, 'NOT_FOUND'],
  ['the person themself', () => person, 'own'],
  ['a colleague', () => colleague, 'none'],
  ['committee member', () => committee, 'NOT_FOUND'],
  ['admin of another company', () => bAdmin, 'NOT_FOUND'],
];

function expectFields(member: StaffOut, visible: boolean, idNumber: string) {
  if (visible) {
    expect(member.personalDataVisible).toBe(true);
    expect(member.phone).toMatch(/^1\d{10}$/);
    expect(member.idNumberMasked).toBe(`${idNumber.slice(0, 3)}***********${idNumber.slice(-4)}`);
    expect(member.birthDate).toBe(
      `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
    );
  } else {
    expect(member).toMatchObject({
      personalDataVisible: false,
      phone: null,
      idNumberMasked: null,
      birthDate: null,
    });
  }
  // Never personal: the name, gender and post.
  expect(member.name).toBeTruthy();
  expect(member.gender).toBeTruthy();
  for (const c of member.certificates) {
    if (visible) expect(c.number).not.toContain('*');
    else expect(c.scanFileId).toBeNull();
  }
}

describe('personal data, field by field, through every operation', () => {
  let scanOfSelf: string;
  let scanOfOther: string;

  beforeAll(async () => {
    scanOfSelf = await photoOf(kit, manager.token);
    scanOfOther = await photoOf(kit, manager.token);
    for (const [member, scan, id] of [
      [self, scanOfSelf, SELF_ID],
      [other, scanOfOther, OTHER_ID],
    ] as const) {
      await ok(manager, ADD_CERTIFICATE, {
        input: {
          staffId: member.id,
          kind: 'SECURITY_GUARD',
          number: `T${id}`,
          issuer: '市公安局',
          issuedOn: '2021-05-01',
          expiresOn: addDays(today, 400),
          scanFileId: scan,
        },
      });
    }
  });

  describe.each(READERS)('%s', (_label, userOf, expected) => {
    it('staffMember(id) of the person and of a colleague', async () => {
      for (const [member, id] of [
        [self, SELF_ID],
        [other, OTHER_ID],
      ] as const) {
        const res = await kit.gql<{ staffMember: StaffOut }>(userOf().token, STAFF_MEMBER, { id: member.id });
        if (expected === 'NOT_FOUND') {
          expect(codeOf(res)).toBe('NOT_FOUND');
          expect(JSON.stringify(res)).not.toContain(member.name);
          continue;
        }
        expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
        const visible = expected === 'all' || (expected === 'own' && member.id === self.id);
        expectFields(res.data!.staffMember, visible, id);
        const certificate = res.data!.staffMember.certificates[0]!;
        expect(certificate.scanFileId).toBe(
          visible ? (member.id === self.id ? scanOfSelf : scanOfOther) : null,
        );
        // A special-operation number carries the ID number: masked for everyone else.
        expect(certificate.number).toBe(visible ? `T${id}` : `T${id.slice(0, 3)}***********${id.slice(-4)}`);
      }
    });

    it('staffMembers(filter) lists the estate with the same fields hidden', async () => {
      const res = await kit.gql<{ staffMembers: { edges: { node: StaffOut }[]; totalCount: number } }>(
        userOf().token,
        STAFF_MEMBERS,
        { filter: { estateId: A.estates[0]!.id }, first: 50 },
      );
      if (expected === 'NOT_FOUND') {
        // Another estate's manager, another region, another company, the committee: nothing listed.
        expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(res));
        expect(res.data ?? null).toBeNull();
        return;
      }
      expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
      const nodes = res.data!.staffMembers.edges.map((e) => e.node);
      const mine = nodes.find((n) => n.id === self.id)!;
      const theirs = nodes.find((n) => n.id === other.id)!;
      expectFields(mine, expected === 'all' || expected === 'own', SELF_ID);
      expectFields(theirs, expected === 'all', OTHER_ID);
      for (const n of nodes) {
        if (expected !== 'all' && n.id !== self.id)
          expect(n.phone ?? n.idNumberMasked ?? n.birthDate).toBeNull();
      }
    });

    it('exportStaff has personal columns only when permitted, ID numbers masked even then', async () => {
      const res = await kit.gql<{ exportStaff: { id: string } }>(userOf().token, EXPORT_STAFF, {
        estateId: A.estates[0]!.id,
      });
      if (expected === 'NOT_FOUND') {
        expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(res));
        return;
      }
      expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
      const file = await downloadFile(kit, userOf().token, res.data!.exportStaff.id);
      expect(file.status).toBe(200);
      const text = await workbookText(file.bytes);
      expect(text).toContain('刘志强');
      expect(text).not.toContain(SELF_ID);
      expect(text).not.toContain(OTHER_ID);
      if (expected === 'all') {
        expect(text.split('\n').find((line) => line.startsWith('姓名'))).toContain('身份证号');
        expect(text).toContain(`110***********${SELF_ID.slice(-4)}`);
        expect(text).toContain('13900001111');
        expect(text).toContain('13800002222');
      } else {
        // No personal column at all: not even the person's own row shows it here.
        const headers = text.split('\n').find((line) => line.startsWith('姓名'))!;
        expect(headers).not.toContain('身份证号');
        expect(headers).not.toContain('手机号');
        expect(headers).not.toContain('出生日期');
        expect(text).not.toContain('13900001111');
        expect(text).not.toContain('1988-06-15');
      }
    });

    it('revealStaffIdNumber: only for those who may read the number, logged without it', async () => {
      for (const [member, id] of [
        [self, SELF_ID],
        [other, OTHER_ID],
      ] as const) {
        const before = (await changeLogOf(member.id)).length;
        const res = await kit.gql<{ revealStaffIdNumber: string }>(userOf().token, REVEAL, { id: member.id });
        const allowed = expected === 'all' || (expected === 'own' && member.id === self.id);
        const log = await changeLogOf(member.id);
        if (allowed) {
          expect(res.data?.revealStaffIdNumber).toBe(id);
          expect(log.length).toBe(before + 1);
          expect(log.at(-1)!.action).toBe('staff.reveal_id_number');
          expect(JSON.stringify(log.at(-1))).not.toContain(id);
          expect(JSON.stringify(log.at(-1))).not.toContain(id.slice(-4));
        } else {
          expect(codeOf(res)).toBe(expected === 'NOT_FOUND' ? 'NOT_FOUND' : 'FORBIDDEN');
          expect(res.data ?? null).toBeNull();
          expect(JSON.stringify(res)).not.toContain(id);
          expect(log.length).toBe(before);
        }
      }
    });

    it('GET /files/:id of a certificate scan: only those who may read the scan field', async () => {
      for (const [member, scan] of [
        [self, scanOfSelf],
        [other, scanOfOther],
      ] as const) {
        const got = await downloadFile(kit, userOf().token, scan);
        const allowed = expected === 'all' || (expected === 'own' && member.id === self.id);
        // The uploader (the manager) and company admins read it anyway; nobody else but the person.
        expect(got.status, `${_label} downloading ${member.name}'s scan`).toBe(allowed ? 200 : 404);
      }
    });
  });

  it('mutations answer with personal data for those who change staff (admin, manager), as reads do', async () => {
    for (const user of [admin, manager]) {
      const made = await create(user, {
        idNumber: idNumberOf('1982-08-08', 30 + (user === admin ? 1 : 0)),
        phone: '13700001234',
      });
      expectFields(made, true, idNumberOf('1982-08-08', 30 + (user === admin ? 1 : 0)));
      const changed = await ok<{ updateStaff: StaffOut }>(user, UPDATE_STAFF, {
        input: { id: made.id, version: 1, note: '复核' },
      });
      expect(changed.updateStaff.phone).toBe('13700001234');
    }
  });
});

describe('who may change staff', () => {
  const WRITES: [string, () => TestUser, 'FORBIDDEN' | 'NOT_FOUND'][] = [
    ['manager of another estate', () => otherManager, 'NOT_FOUND'],
    ['quality auditor', () => auditor, 'FORBIDDEN'],
    ['HQ viewer', () => viewer, 'FORBIDDEN'],
    ['HQ viewer of another region', () => regionViewer, 'NOT_FOUND'],
    ['the person themself', () => person, 'FORBIDDEN'],
    ['committee member', () => committee, 'NOT_FOUND'],
    ['admin of another company', () => bAdmin, 'NOT_FOUND'],
  ];

  it.each(WRITES)('%s changes nothing: %s', async (_label, userOf, code) => {
    const certificate = (
      await ok<{ addStaffCertificate: CertificateOut }>(manager, ADD_CERTIFICATE, {
        input: { staffId: other.id, kind: 'FIRE_FACILITY_OPERATOR', number: `XF${randomUUID().slice(0, 8)}` },
      })
    ).addStaffCertificate;
    const training = (
      await ok<{ addStaffTraining: { id: string } }>(manager, ADD_TRAINING, {
        input: { staffId: other.id, course: '消防演练', trainedOn: '2024-05-01', hours: 2, passed: true },
      })
    ).addStaffTraining;
    const calls: [string, Record<string, unknown>][] = [
      [CREATE_STAFF, { input: guardInput() }],
      [UPDATE_STAFF, { input: { id: other.id, version: 1, note: '越权' } }],
      [ADD_CERTIFICATE, { input: { staffId: other.id, kind: 'OTHER', number: 'X1' } }],
      [UPDATE_CERTIFICATE, { input: { id: certificate.id, version: certificate.version, number: 'X2' } }],
      [DELETE_CERTIFICATE, { id: certificate.id }],
      [
        ADD_TRAINING,
        { input: { staffId: other.id, course: '越权', trainedOn: '2024-05-01', hours: 1, passed: true } },
      ],
      [DELETE_TRAINING, { id: training.id }],
    ];
    const before = await kit.database.raw(
      `select (select count(*) from staff) s, (select count(*) from staff_certificates) c, (select count(*) from staff_trainings) t, (select max(version) from staff where id = $1) v`,
      [other.id],
    );
    for (const [query, variables] of calls) {
      const res = await kit.gql(userOf().token, query, variables);
      expect(codeOf(res), `${query.slice(0, 40)} as ${_label}`).toBe(code);
      expect(res.data ?? null).toBeNull();
    }
    const after = await kit.database.raw(
      `select (select count(*) from staff) s, (select count(*) from staff_certificates) c, (select count(*) from staff_trainings) t, (select max(version) from staff where id = $1) v`,
      [other.id],
    );
    expect(after).toEqual(before);
  });
});

describe('certificates and training records', () => {
  it('computes state and days to expiry by the API clock, the worst state on the person', async () => {
    const member = await create(manager, { idNumber: idNumberOf('1984-09-09', 40) });
    const add = async (expiresOn: string | null) =>
      (
        await ok<{ addStaffCertificate: CertificateOut }>(manager, ADD_CERTIFICATE, {
          input: {
            staffId: member.id,
            kind: 'SECURITY_GUARD',
            number: `BA${randomUUID().slice(0, 6)}`,
            expiresOn,
          },
        })
      ).addStaffCertificate;
    const lasting = await add(null);
    expect(lasting).toMatchObject({ state: 'VALID', daysToExpiry: null, version: 1 });
    const expiring = await add(addDays(today, 30));
    expect(expiring).toMatchObject({ state: 'EXPIRING', daysToExpiry: 30 });
    const read = async () =>
      (await ok<{ staffMember: StaffOut }>(manager, STAFF_MEMBER, { id: member.id })).staffMember;
    expect((await read()).certificateState).toBe('EXPIRING');
    const expired = await add(addDays(today, -1));
    expect(expired).toMatchObject({ state: 'EXPIRED', daysToExpiry: -1 });
    const now = await read();
    expect(now.certificateState).toBe('EXPIRED');
    // Soonest expiry first, 长期有效 last.
    expect(now.certificates.map((c) => c.id)).toEqual([expired.id, expiring.id, lasting.id]);
    // A day later by the API's clock, the 30-day one is 29 days away.
    kit.setNow(new Date(TEST_NOW.getTime() + 86_400_000));
    try {
      const later = await read();
      expect(later.certificates.find((c) => c.id === expiring.id)!.daysToExpiry).toBe(29);
    } finally {
      kit.setNow(TEST_NOW);
    }
    // Renewed: the state follows, stale versions conflict, issue and expiry stay ordered.
    const renewed = await ok<{ updateStaffCertificate: CertificateOut }>(manager, UPDATE_CERTIFICATE, {
      input: { id: expired.id, version: 1, expiresOn: addDays(today, 700) },
    });
    expect(renewed.updateStaffCertificate).toMatchObject({ state: 'VALID', version: 2 });
    const stale = await kit.gql(manager.token, UPDATE_CERTIFICATE, {
      input: { id: expired.id, version: 1, number: 'X' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const order = await kit.gql(manager.token, UPDATE_CERTIFICATE, {
      input: { id: expired.id, version: 2, issuedOn: addDays(today, 800) },
    });
    expect(problemsOf(order)).toEqual(['expiresOn:BEFORE_START']);
    expect(await ok(manager, DELETE_CERTIFICATE, { id: lasting.id })).toEqual({
      deleteStaffCertificate: lasting.id,
    });
    expect(codeOf(await kit.gql(manager.token, DELETE_CERTIFICATE, { id: lasting.id }))).toBe('NOT_FOUND');
    const log = await changeLogOf(expired.id);
    expect(log.map((l) => l.action)).toEqual(['staff.certificate.create', 'staff.certificate.update']);
  });

  it('lists only staff with a certificate warning when asked', async () => {
    const warned = await create(manager, { name: `预警 ${randomUUID().slice(0, 4)}` });
    await ok(manager, ADD_CERTIFICATE, {
      input: { staffId: warned.id, kind: 'SECURITY_GUARD', number: 'BA-W', expiresOn: addDays(today, 10) },
    });
    const list = await ok<{ staffMembers: { edges: { node: StaffOut }[] } }>(auditor, STAFF_MEMBERS, {
      filter: { estateId: A.estates[0]!.id, certificateWarning: true },
      first: 50,
    });
    const ids = list.staffMembers.edges.map((e) => e.node.id);
    expect(ids).toContain(warned.id);
    expect(ids).not.toContain(self.id);
    expect(list.staffMembers.edges.every((e) => e.node.certificateState !== 'VALID')).toBe(true);
  });

  it('a scan must be the caller’s own fresh upload of an image or a PDF', async () => {
    const colleagueUpload = await photoOf(kit, admin.token);
    const res = await kit.gql(manager.token, ADD_CERTIFICATE, {
      input: { staffId: other.id, kind: 'OTHER', number: 'S-1', scanFileId: colleagueUpload },
    });
    expect(problemsOf(res)).toEqual(['scanFileId:NOT_FOUND']);
    const { staffWorkbook } = await import('../../../test/staff-kit.js');
    const xlsx = await uploaded(kit, manager.token, await staffWorkbook([]), 'x.xlsx');
    const notImage = await kit.gql(manager.token, ADD_CERTIFICATE, {
      input: { staffId: other.id, kind: 'OTHER', number: 'S-2', scanFileId: xlsx },
    });
    expect(problemsOf(notImage)).toEqual(['scanFileId:INVALID']);
  });

  it('adds and deletes training records; a future day or one before the hire is refused', async () => {
    const add = (over: Record<string, unknown>) =>
      kit.gql<{ addStaffTraining: { id: string; hours: number; passed: boolean } }>(
        manager.token,
        ADD_TRAINING,
        {
          input: {
            staffId: other.id,
            course: '秩序维护岗位培训',
            trainedOn: '2024-05-01',
            hours: 6.5,
            passed: false,
            ...over,
          },
        },
      );
    const made = await add({});
    expect(made.data!.addStaffTraining).toMatchObject({ hours: 6.5, passed: false });
    expect(problemsOf(await add({ trainedOn: addDays(today, 1) }))).toEqual(['trainedOn:FUTURE']);
    expect(problemsOf(await add({ trainedOn: '2021-03-31' }))).toEqual(['trainedOn:BEFORE_START']);
    expect(problemsOf(await add({ hours: 0.3 }))).toEqual(['hours:TOO_SMALL']);
    const seen = await ok<{ staffMember: StaffOut }>(viewer, STAFF_MEMBER, { id: other.id });
    expect(seen.staffMember.trainings.map((t) => t.id)).toContain(made.data!.addStaffTraining.id);
    await ok(manager, DELETE_TRAINING, { id: made.data!.addStaffTraining.id });
    const log = await changeLogOf(made.data!.addStaffTraining.id);
    expect(log.map((l) => l.action)).toEqual(['staff.training.create', 'staff.training.delete']);
  });
});

describe('lists', () => {
  it('pages by name with a cursor, filters by position, status and name, and counts all', async () => {
    const tag = randomUUID().slice(0, 6);
    for (const name of ['甲', '乙', '丙'])
      await create(manager, { name: `页 ${tag} ${name}`, positionId: positions.get('GARDENER') });
    const filter = {
      estateId: A.estates[0]!.id,
      search: `页 ${tag}`,
      positionId: positions.get('GARDENER'),
      status: 'ACTIVE',
    };
    type Page = {
      staffMembers: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: StaffOut }[];
      };
    };
    const first = await ok<Page>(manager, STAFF_MEMBERS, { filter, first: 2 });
    expect(first.staffMembers.totalCount).toBe(3);
    expect(first.staffMembers.pageInfo.hasNextPage).toBe(true);
    const second = await ok<Page>(manager, STAFF_MEMBERS, {
      filter,
      first: 2,
      after: first.staffMembers.pageInfo.endCursor,
    });
    const names = [...first.staffMembers.edges, ...second.staffMembers.edges].map((e) => e.node.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(3);
    const none = await ok<Page>(manager, STAFF_MEMBERS, { filter: { ...filter, status: 'LEFT' } });
    expect(none.staffMembers.totalCount).toBe(0);
    // A search is text, never a pattern: % and _ match themselves.
    const wild = await ok<Page>(manager, STAFF_MEMBERS, {
      filter: { estateId: A.estates[0]!.id, search: '%' },
    });
    expect(wild.staffMembers.totalCount).toBe(0);
  });

  it('the person themself sees their own record’s personal data in the list, a colleague nothing of it', async () => {
    const res = await ok<{ staffMembers: { edges: { node: StaffOut }[] } }>(colleague, STAFF_MEMBERS, {
      filter: { estateId: A.estates[0]!.id },
      first: 100,
    });
    expect(res.staffMembers.edges.every((e) => !e.node.personalDataVisible)).toBe(true);
  });
});

describe('hostile input', () => {
  it.each([
    ['NUL in a name', { name: 'a\u0000b' }, 'name'],
    ['a control character in a note', { note: 'a\u0007b' }, 'note'],
    ['a bidi override in an ID number', { idNumber: `110\u202E101199003071233` }, 'idNumber'],
    ['a huge name', { name: '张'.repeat(100_000) }, 'name'],
  ])('%s is BAD_USER_INPUT on the field, nothing written', async (_label, over, field) => {
    const before = await kit.database.raw<{ n: number }>('select count(*)::int n from staff');
    const res = await kit.gql(manager.token, CREATE_STAFF, { input: guardInput(over) });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)[0]).toMatch(new RegExp(`${field}:`));
    expect(await kit.database.raw('select count(*)::int n from staff')).toEqual(before);
  });

  it('a malformed or unknown id is NOT_FOUND, a tampered cursor or page size BAD_USER_INPUT', async () => {
    expect(codeOf(await kit.gql(admin.token, STAFF_MEMBER, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(admin.token, STAFF_MEMBER, { id: randomUUID() }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(admin.token, REVEAL, { id: "'; drop table staff; --" }))).toBe('NOT_FOUND');
    const filter = { estateId: A.estates[0]!.id };
    expect(codeOf(await kit.gql(admin.token, STAFF_MEMBERS, { filter, after: 'garbage' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await kit.gql(admin.token, STAFF_MEMBERS, { filter, first: 1000 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await kit.gql(admin.token, STAFF_MEMBERS, { filter: { estateId: 'x' } }))).toBe(
      'NOT_FOUND',
    );
  });
});
