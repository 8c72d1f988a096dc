/**
 * Staffing against the contract (issue 10 item 4), through GraphQL: one hand-built estate's
 * numbers (16 planned, one vacancy, an expired and an expiring certificate in a requiring post, an
 * age breach, two leavers), what each role sees of it, the league table's ranking and scope per
 * role, and the export read back with exceljs.
 */
import { STAFFING_TEMPLATE_16 } from '@anju/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadFile } from '../../../test/files.js';
import { codeOf, startTestKit, type TestCompany, type TestKit, type TestUser } from '../../../test/kit.js';
import {
  addCertificate,
  addPerson,
  daysFrom,
  handBuiltEstate,
  staffedFromTemplate,
  todayOf,
  yearsFrom,
} from '../../../test/staffing-fixture.js';

let kit: TestKit;
let co: TestCompany;
let other: TestCompany;
let admin: TestUser;
let auditor: TestUser;
let viewer: TestUser;
let regionViewer: TestUser;
let manager: TestUser;
let managerOfThird: TestUser;
let staffUser: TestUser;
let committee: TestUser;
let built: Awaited<ReturnType<typeof handBuiltEstate>>;

const COMPLIANCE = `query($e: ID!) { staffingCompliance(estateId: $e) {
  estateId estateName asOf planned actual vacancies score namesHidden
  scoreParts { staffed certified ageOk retention }
  departments { departmentId code name planned actual vacancies }
  positions { positionId code name planned actual vacancies certificateRequired ageMin ageMax }
  certificateIssues { staffId staffName positionName kind expiresOn daysLeft state }
  certificatesExpired certificatesExpiring certificatesMissing
  ageBreaches { staffId staffName positionName breach limit age }
  turnover { start end headcountAtStart headcountAtEnd leavers percent }
} }`;
const TABLE = `query($r: ID) { staffingComplianceTable(regionId: $r) { rank estateId estateName estateCode regionId regionName planned actual vacancies certificateProblems certificatesExpired certificatesExpiring certificatesMissing ageProblems leavers turnoverPercent score } }`;
const EXPORT = `mutation($input: ExportStaffingComplianceInput!) { exportStaffingCompliance(input: $input) { id name contentType size } }`;

type Compliance = Record<string, unknown> & {
  certificateIssues: Record<string, unknown>[];
  ageBreaches: Record<string, unknown>[];
};
type Row = { rank: number | null; estateId: string; score: number | null } & Record<string, unknown>;

async function compliance(user: TestUser, estateId: string) {
  const res = await kit.gql<{ staffingCompliance: Compliance }>(user.token, COMPLIANCE, { e: estateId });
  expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
  return res.data!.staffingCompliance;
}

async function table(user: TestUser, regionId?: string) {
  const res = await kit.gql<{ staffingComplianceTable: Row[] }>(user.token, TABLE, { r: regionId ?? null });
  expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
  return res.data!.staffingComplianceTable;
}

beforeAll(async () => {
  kit = await startTestKit();
  [co, other] = await Promise.all([kit.company(), kit.company()]);
  const [e0, , e2] = co.estates.map((e) => e.id) as [string, string, string];
  [admin, auditor, viewer, regionViewer, manager, managerOfThird, staffUser, committee] = await Promise.all([
    co.user('COMPANY_ADMIN'),
    co.user('QUALITY_AUDITOR'),
    co.user('HQ_VIEWER'),
    co.user('HQ_VIEWER', { regionId: co.regions[0]!.id }),
    co.user('ESTATE_MANAGER', { estateIds: [e0] }),
    co.user('ESTATE_MANAGER', { estateIds: [e2] }),
    co.user('ESTATE_STAFF', { estateIds: [e0] }),
    co.user('COMMITTEE_MEMBER', { estateIds: [e0] }),
  ]);
  built = await handBuiltEstate(kit, admin.token, co.id, e0);
  // estates[1]: the whole template staffed, every certificate in order: a perfect 100.
  const e1 = co.estates[1]!.id;
  const p = await staffedFromTemplate(kit, admin.token, e1);
  const today = todayOf(kit);
  for (const position of Object.values(p)) {
    const count = STAFFING_TEMPLATE_16.find((t) => t.code === position.code)!.headcount;
    for (let i = 0; i < count; i++) {
      const id = await addPerson(kit.database, co.id, e1, position, {
        hireDate: yearsFrom(today, -3),
        birthDate: yearsFrom(today, -35),
      });
      if (position.code === 'SECURITY_GUARD')
        await addCertificate(kit.database, co.id, e1, id, 'SECURITY_GUARD', daysFrom(today, 400));
      if (position.code === 'ELECTRICIAN_PLUMBER')
        await addCertificate(kit.database, co.id, e1, id, 'ELECTRICIAN', null);
    }
  }
  // estates[2] has no team yet; the other company has a staffed estate of its own.
  const otherAdmin = await other.user('COMPANY_ADMIN');
  await staffedFromTemplate(kit, otherAdmin.token, other.estates[0]!.id);
});
afterAll(() => kit?.close());

describe('staffingCompliance', () => {
  it('counts the hand-built estate: 16 planned, 15 on the team, one vacancy, score 87.5', async () => {
    const c = await compliance(admin, co.estates[0]!.id);
    const today = todayOf(kit);
    expect(c).toMatchObject({
      estateId: co.estates[0]!.id,
      asOf: today,
      planned: 16,
      actual: 15,
      vacancies: 1,
      score: 87.5,
      namesHidden: false,
      certificatesExpired: 1,
      certificatesExpiring: 1,
      certificatesMissing: 0,
    });
    expect(c.scoreParts).toEqual({ staffed: 15 / 16, certified: 0.7, ageOk: 14 / 15, retention: 1 });
    const departments = c.departments as {
      code: string;
      planned: number;
      actual: number;
      vacancies: number;
    }[];
    expect(departments.find((d) => d.code === 'CLEANING')).toMatchObject({
      planned: 5,
      actual: 4,
      vacancies: 1,
    });
    expect(departments.find((d) => d.code === 'SECURITY')).toMatchObject({
      planned: 4,
      actual: 4,
      vacancies: 0,
    });
    expect(departments.reduce((s, d) => s + d.planned, 0)).toBe(16);
    const cleaner = (c.positions as { code: string }[]).find((p) => p.code === 'CLEANER');
    expect(cleaner).toMatchObject({
      planned: 5,
      actual: 4,
      vacancies: 1,
      ageMax: 55,
      certificateRequired: false,
    });
  });

  it('lists the expired and expiring certificates of the guards, with names for the admin', async () => {
    const c = await compliance(admin, co.estates[0]!.id);
    const today = todayOf(kit);
    expect(c.certificateIssues).toEqual([
      {
        staffId: built.ids.guard1,
        staffName: built.names.guard1,
        positionName: '秩序维护员',
        kind: 'SECURITY_GUARD',
        expiresOn: daysFrom(today, -1),
        daysLeft: -1,
        state: 'EXPIRED',
      },
      {
        staffId: built.ids.guard2,
        staffName: built.names.guard2,
        positionName: '秩序维护员',
        kind: 'SECURITY_GUARD',
        expiresOn: daysFrom(today, 20),
        daysLeft: 20,
        state: 'EXPIRING',
      },
    ]);
  });

  it('lists a guard with no certificate at all as missing', async () => {
    const today = todayOf(kit);
    const e = co.estates[0]!.id;
    const newcomer = await addPerson(kit.database, co.id, e, built.positions.SECURITY_GUARD!, {
      name: '新保安',
      hireDate: today,
      status: 'PROBATION',
    });
    try {
      const c = await compliance(admin, e);
      expect(c.certificatesMissing).toBe(1);
      expect(c.certificateIssues.find((i) => i.staffId === newcomer)).toMatchObject({
        staffName: '新保安',
        kind: null,
        expiresOn: null,
        state: 'MISSING',
      });
    } finally {
      await kit.database.raw('delete from staff where id = $1', [newcomer]);
    }
  });

  it('shows the age breach and turnover; the age only to roles that may read birth dates', async () => {
    const today = todayOf(kit);
    const c = await compliance(admin, co.estates[0]!.id);
    expect(c.ageBreaches).toEqual([
      {
        staffId: built.ids.oldCleaner,
        staffName: built.names.oldCleaner,
        positionName: '保洁员',
        breach: 'TOO_OLD',
        limit: 55,
        age: 58,
      },
    ]);
    expect(c.turnover).toEqual({
      start: yearsFrom(today, -1),
      end: today,
      headcountAtStart: 16,
      headcountAtEnd: 15,
      leavers: 2,
      percent: 12.9,
    });
    expect((await compliance(manager, co.estates[0]!.id)).ageBreaches[0]).toMatchObject({ age: 58 });
    for (const hq of [auditor, viewer, regionViewer]) {
      const seen = await compliance(hq, co.estates[0]!.id);
      expect(seen.ageBreaches).toEqual([{ ...c.ageBreaches[0], age: null }]);
      // HQ may read the staff (names), never their birth dates.
      expect(seen.namesHidden).toBe(false);
      expect(JSON.stringify(seen)).not.toContain(yearsFrom(today, -58));
    }
  });

  it('is refused to staff and committee members, and NOT_FOUND outside the caller’s scope', async () => {
    const e = co.estates[0]!.id;
    expect(codeOf(await kit.gql(staffUser.token, COMPLIANCE, { e }))).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(committee.token, COMPLIANCE, { e }))).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(managerOfThird.token, COMPLIANCE, { e }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(regionViewer.token, COMPLIANCE, { e: co.estates[2]!.id }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(admin.token, COMPLIANCE, { e: other.estates[0]!.id }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(admin.token, COMPLIANCE, { e: 'not-an-id' }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(null, COMPLIANCE, { e }))).toBe('UNAUTHENTICATED');
  });

  it('has no score for an estate without a team', async () => {
    const c = await compliance(admin, co.estates[2]!.id);
    expect(c).toMatchObject({ planned: 0, actual: 0, vacancies: 0, score: null, scoreParts: null });
  });
});

describe('staffingComplianceTable', () => {
  it('ranks the estates by score, an estate without a team last', async () => {
    const rows = await table(admin);
    expect(rows.map((r) => [r.estateId, r.rank, r.score])).toEqual([
      [co.estates[1]!.id, 1, 100],
      [co.estates[0]!.id, 2, 87.5],
      [co.estates[2]!.id, null, null],
    ]);
    expect(rows[1]).toMatchObject({
      estateName: co.estates[0]!.name,
      regionId: co.regions[0]!.id,
      regionName: co.regions[0]!.name,
      planned: 16,
      actual: 15,
      vacancies: 1,
      certificateProblems: 2,
      certificatesExpired: 1,
      certificatesExpiring: 1,
      certificatesMissing: 0,
      ageProblems: 1,
      leavers: 2,
      turnoverPercent: 12.9,
    });
  });

  it('holds only the estates in each role’s scope', async () => {
    const [e0, e1, e2] = co.estates.map((e) => e.id);
    const ids = async (u: TestUser, r?: string) => (await table(u, r)).map((x) => x.estateId);
    expect(await ids(auditor)).toEqual([e1, e0, e2]);
    expect(await ids(viewer)).toEqual([e1, e0, e2]);
    expect(await ids(regionViewer)).toEqual([e1, e0]);
    expect(await ids(manager)).toEqual([e0]);
    expect(await ids(managerOfThird)).toEqual([e2]);
    expect(await ids(admin, co.regions[1]!.id)).toEqual([e2]);
    expect(await ids(regionViewer, co.regions[1]!.id)).toEqual([]);
    // Another company's region, or no region at all: nothing, not an error.
    expect(await ids(admin, other.regions[0]!.id)).toEqual([]);
    expect(await ids(admin, 'no-such-region')).toEqual([]);
    for (const u of [staffUser, committee])
      expect(codeOf(await kit.gql(u.token, TABLE, {}))).toBe('FORBIDDEN');
  });
});

describe('exportStaffingCompliance', () => {
  it('exports the ranking as .xlsx that exceljs reads back', async () => {
    const res = await kit.gql<{
      exportStaffingCompliance: { id: string; name: string; contentType: string };
    }>(admin.token, EXPORT, { input: {} });
    expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
    const file = res.data!.exportStaffingCompliance;
    expect(file.name).toMatch(/^人员配置达标-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const download = await downloadFile(kit, admin.token, file.id);
    expect(download.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(download.bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('人员配置达标')!;
    expect(ws.getRow(2).getCell(15).value).toBe('达标得分');
    const rows = [3, 4, 5].map((i) => ws.getRow(i).values as unknown[]);
    // values is 1-based: [ , rank, code, name, region, planned, actual, vacancies, …, score]
    expect(rows.map((r) => [r[1] ?? null, r[3], r[15] ?? null])).toEqual([
      [1, co.estates[1]!.name, 100],
      [2, co.estates[0]!.name, 87.5],
      [null, co.estates[2]!.name, null],
    ]);
    expect(rows[1]!.slice(5, 14)).toEqual([16, 15, 1, 2, 1, 1, 0, 1, 2]);
    // Nobody else may download the caller's export; the manager's holds their estate only.
    expect((await downloadFile(kit, manager.token, file.id)).status).toBe(404);
    const mine = await kit.gql<{ exportStaffingCompliance: { id: string; name: string } }>(
      manager.token,
      EXPORT,
      {
        input: { language: 'EN' },
      },
    );
    expect(mine.data!.exportStaffingCompliance.name).toMatch(/^staffing-compliance-/);
    const en = new ExcelJS.Workbook();
    await en.xlsx.load(
      (await downloadFile(kit, manager.token, mine.data!.exportStaffingCompliance.id))
        .bytes as unknown as ExcelJS.Buffer,
    );
    const sheet = en.getWorksheet('Staffing compliance')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(3).getCell(3).value).toBe(co.estates[0]!.name);
  });

  it('is refused to staff and committee members', async () => {
    for (const u of [staffUser, committee])
      expect(codeOf(await kit.gql(u.token, EXPORT, { input: {} }))).toBe('FORBIDDEN');
  });
});
