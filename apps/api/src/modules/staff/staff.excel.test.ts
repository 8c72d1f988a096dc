import 'reflect-metadata';
/**
 * Staff from and to .xlsx (issue 10 item 2): the import adds every row or none, reporting each bad
 * cell by row and column (`['rows', n, letter]`, as the figures and audit-template imports do);
 * the upload is used up only by a successful import; the template and the export come from
 * `exportStaff` through GET /files like every other export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoOf } from '../../../test/audits-kit.js';
import { downloaded, downloadFile, uploaded } from '../../../test/files.js';
import { codeOf, startTestKit, type TestCompany, type TestKit, type TestUser } from '../../../test/kit.js';
import { workbookText } from '../../../test/schema-roles.js';
import {
  CREATE_STAFF,
  EXPORT_STAFF,
  IMPORT_STAFF,
  idNumberOf,
  ok as okOf,
  problemsOf,
  type StaffOut,
  staffedPositions,
  staffWorkbook,
} from '../../../test/staff-kit.js';

let kit: TestKit;
let A: TestCompany;
let admin: TestUser;
let manager: TestUser;
let otherManager: TestUser;
let auditor: TestUser;
let positions: Map<string, string>;

const ok = <T>(user: TestUser, query: string, variables: Record<string, unknown> = {}) =>
  okOf<T>(kit, user.token, query, variables);

const countStaff = async () =>
  (
    await kit.database.raw<{ n: number }>('select count(*)::int n from staff where company_id = $1', [A.id])
  )[0]!.n;

const upload = async (user: TestUser, bytes: Buffer) => uploaded(kit, user.token, bytes, 'staff.xlsx');

const importCall = (fileId: string, estateId = A.estates[0]!.id) => ({ input: { estateId, fileId } });

const EXISTING_ID = idNumberOf('1980-01-01', 1);
const GOOD = [
  {
    name: '赵建国',
    position: '秩序维护员',
    status: '在职',
    gender: '男',
    id_number: idNumberOf('1990-03-07', 2),
    phone: '13800138000',
    hire_date: '2022-03-01',
    shift_crew: 'b',
  },
  {
    name: '钱秀兰',
    position: 'cleaner',
    status: '试用',
    id_number: idNumberOf('1972-10-10', 3, 'FEMALE'),
    // An Excel date cell, not text.
    hire_date: new Date(Date.UTC(2025, 0, 6)),
    note: '夜班可调',
  },
  { name: '孙立新', position: 'GARDENER', hire_date: '2019/7/1', status: '离职', leave_date: '2024-08-31' },
];

beforeAll(async () => {
  kit = await startTestKit();
  A = await kit.company();
  [admin, manager, otherManager, auditor] = await Promise.all([
    A.user('COMPANY_ADMIN'),
    A.user('ESTATE_MANAGER', { estateIds: [A.estates[0]!.id] }),
    A.user('ESTATE_MANAGER', { estateIds: [A.estates[1]!.id] }),
    A.user('QUALITY_AUDITOR'),
  ]);
  positions = await staffedPositions(kit, admin.token, A.estates[0]!.id);
  await ok(manager, CREATE_STAFF, {
    input: {
      estateId: A.estates[0]!.id,
      positionId: positions.get('ELECTRICIAN_PLUMBER'),
      name: '老电工',
      hireDate: '2015-05-05',
      idNumber: EXISTING_ID,
    },
  });
});
afterAll(() => kit?.close());

describe('importStaff', () => {
  it('adds every row: positions by name or code, statuses and genders by label, Excel dates', async () => {
    const before = await countStaff();
    const fileId = await upload(manager, await staffWorkbook(GOOD));
    const data = await ok<{ importStaff: { created: number; staff: StaffOut[] } }>(
      manager,
      IMPORT_STAFF,
      importCall(fileId),
    );
    expect(data.importStaff.created).toBe(3);
    const [guard, cleaner, gardener] = data.importStaff.staff;
    expect(guard).toMatchObject({
      name: '赵建国',
      position: { code: 'SECURITY_GUARD' },
      department: { code: 'SECURITY' },
      status: 'ACTIVE',
      gender: 'MALE',
      birthDate: '1990-03-07',
      phone: '13800138000',
      shiftCrew: 'B',
      personalDataVisible: true,
    });
    expect(cleaner).toMatchObject({
      position: { code: 'CLEANER' },
      status: 'PROBATION',
      gender: 'FEMALE',
      hireDate: '2025-01-06',
      note: '夜班可调',
    });
    expect(gardener).toMatchObject({ status: 'LEFT', hireDate: '2019-07-01', leaveDate: '2024-08-31' });
    expect(await countStaff()).toBe(before + 3);
    // Stored as every record is: encrypted, never the clear number.
    const raw = await kit.database.raw('select * from staff where id = $1', [guard!.id]);
    expect(JSON.stringify(raw)).not.toContain(GOOD[0]!.id_number);
    const log = await kit.database.raw<{ action: string; after: unknown }>(
      `select action, after from change_log where action = 'staff.import' and company_id = $1`,
      [A.id],
    );
    expect(log).toHaveLength(1);
    expect(JSON.stringify(log)).not.toContain(GOOD[0]!.id_number);
    // The upload is used up: it cannot be imported twice.
    expect(codeOf(await kit.gql(manager.token, IMPORT_STAFF, importCall(fileId)))).toBe('NOT_FOUND');
  });

  it('all or nothing: one bad row saves nothing, every problem by row and column', async () => {
    const before = await countStaff();
    const bad = await staffWorkbook([
      {
        name: '周正常',
        position: 'CLEANER',
        hire_date: '2023-01-01',
        id_number: idNumberOf('1975-05-05', 10),
      },
      {
        name: '吴校验',
        position: 'CLEANER',
        hire_date: '2023-01-01',
        id_number: `${idNumberOf('1975-05-05', 11).slice(0, 17)}X`,
      },
      { name: '郑无岗', position: '厨师', hire_date: '2023-01-01' },
      {
        name: '王重复',
        position: 'CLEANER',
        hire_date: '2023-01-01',
        id_number: idNumberOf('1975-05-05', 10),
      },
      { name: '冯缺日期', position: 'CLEANER' },
      { name: '陈班组', position: '秩序维护员', hire_date: '2023-01-01', shift_crew: 'C' },
      { name: '褚在册', position: 'CLEANER', hire_date: '2023-01-01', id_number: EXISTING_ID },
      { name: '卫电话', position: 'CLEANER', hire_date: '2023-01-01', phone: '12345' },
      { name: '蒋离职', position: 'CLEANER', hire_date: '2023-01-01', status: '离职' },
      {
        name: '沈数字',
        position: 'CLEANER',
        hire_date: '2023-01-01',
        // A number cell: Excel keeps 15 significant digits, so the number is already wrong.
        id_number: Number('110101199003071233'),
      },
      { name: '韩状态', position: 'CLEANER', hire_date: '2023-01-01', status: '退休', gender: '未知' },
    ]);
    const fileId = await upload(manager, bad);
    const res = await kit.gql(manager.token, IMPORT_STAFF, importCall(fileId));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual([
      'rows.4.E:ID_NUMBER_CHECKSUM',
      'rows.5.B:NOT_FOUND',
      'rows.6.E:DUPLICATE',
      'rows.7.H:REQUIRED',
      'rows.8.J:INVALID',
      'rows.9.E:DUPLICATE',
      'rows.10.G:NOT_MOBILE',
      'rows.11.I:REQUIRED',
      'rows.12.E:ID_NUMBER_FORMAT',
      'rows.13.C:INVALID',
      'rows.13.D:INVALID',
    ]);
    const fields = res.errors![0]!.extensions!.fields!;
    expect(fields[0]!.message).toMatch(/^第 4 行 E 列（身份证号）：/);
    expect(res.errors![0]!.message).toMatch(/^导入失败：11 处错误，没有保存任何员工。/);
    expect(await countStaff()).toBe(before);
    // The refused upload stays the caller's: fixing the file is a new upload, this one is not used up.
    expect(problemsOf(await kit.gql(manager.token, IMPORT_STAFF, importCall(fileId)))).toHaveLength(11);
  });

  it('refuses what is not the staff file, and files that are not the caller’s own upload', async () => {
    const noKeys = await staffWorkbook([]).then(async () => {
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('x').addRow(['姓名', '岗位']);
      return Buffer.from(await wb.xlsx.writeBuffer());
    });
    const notTemplate = await kit.gql(manager.token, IMPORT_STAFF, importCall(await upload(manager, noKeys)));
    expect(problemsOf(notTemplate)).toEqual(['fileId:NOT_TEMPLATE']);
    const empty = await kit.gql(
      manager.token,
      IMPORT_STAFF,
      importCall(await upload(manager, await staffWorkbook([]))),
    );
    expect(problemsOf(empty)).toEqual(['fileId:REQUIRED']);
    const photo = await kit.gql(manager.token, IMPORT_STAFF, importCall(await photoOf(kit, manager.token)));
    expect(problemsOf(photo)).toEqual(['fileId:NOT_XLSX']);
    const adminsFile = await upload(admin, await staffWorkbook(GOOD));
    expect(codeOf(await kit.gql(manager.token, IMPORT_STAFF, importCall(adminsFile)))).toBe('NOT_FOUND');
  });

  it('refuses callers who may not add staff there before reading their file', async () => {
    const before = await countStaff();
    const auditorsFile = await upload(auditor, await staffWorkbook(GOOD));
    expect(codeOf(await kit.gql(auditor.token, IMPORT_STAFF, importCall(auditorsFile)))).toBe('FORBIDDEN');
    const theirs = await upload(otherManager, await staffWorkbook(GOOD));
    expect(codeOf(await kit.gql(otherManager.token, IMPORT_STAFF, importCall(theirs)))).toBe('NOT_FOUND');
    expect(await countStaff()).toBe(before);
    // Their uploads were not used up.
    const [left] = await kit.database.raw<{ n: number }>(
      'select count(*)::int n from files where id = any($1::uuid[])',
      [[auditorsFile, theirs]],
    );
    expect(left!.n).toBe(2);
  });
});

describe('exportStaff', () => {
  it('the template lists the estate’s positions and the columns the import reads; only for those who add staff', async () => {
    const file = await ok<{ exportStaff: { id: string; name: string } }>(manager, EXPORT_STAFF, {
      estateId: A.estates[0]!.id,
      template: true,
    });
    expect(file.exportStaff.name).toMatch(/员工导入模板\.xlsx$/);
    const text = await workbookText(await downloaded(kit, manager.token, file.exportStaff.id));
    expect(text).toContain('name\tposition\tstatus\tgender\tid_number\tbirth_date\tphone\thire_date');
    expect(text).toContain('秩序维护员 (SECURITY_GUARD)');
    expect(text).not.toContain('老电工');
    const refused = await kit.gql(auditor.token, EXPORT_STAFF, {
      estateId: A.estates[0]!.id,
      template: true,
    });
    expect(codeOf(refused)).toBe('FORBIDDEN');
  });

  it('exports in English too, and the file is the caller’s alone', async () => {
    const file = await ok<{ exportStaff: { id: string; name: string } }>(admin, EXPORT_STAFF, {
      estateId: A.estates[0]!.id,
      language: 'EN',
    });
    expect(file.exportStaff.name).toMatch(/-staff\.xlsx$/);
    const text = await workbookText(await downloaded(kit, admin.token, file.exportStaff.id));
    expect(text).toContain('Name\tPosition\tStatus');
    expect(text).toContain('老电工');
    expect(text).not.toContain(EXISTING_ID);
    expect(text).toContain(`110***********${EXISTING_ID.slice(-4)}`);
    expect((await downloadFile(kit, manager.token, file.exportStaff.id)).status).toBe(404);
  });
});
