import 'reflect-metadata';
/**
 * Rosters (issue 10, item 3) through GraphQL: a month generated from the department's staff and
 * patterns continues the previous month's rotation exactly (December into January, crews kept when
 * the team changes), a 24-hour post on 二班二运转 is covered every hour, leave opens a gap the
 * coverage check shows with its hours, a swap and a reset, CONFLICT on a stale version and on a
 * month that exists, the caller's own shifts, the .xlsx export read back, and who may do what.
 */
import { randomUUID } from 'node:crypto';
import { generateRoster as generateDomainRoster, ROSTER_ANCHOR, type ShiftPatternCode } from '@anju/domain';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloaded } from '../../../test/files.js';
import {
  codeOf,
  type GqlResult,
  startTestKit,
  type TestCompany,
  type TestKit,
  type TestUser,
  THIS_MONTH,
} from '../../../test/kit.js';
import {
  dayOf,
  EDIT,
  EXPORT,
  GENERATE,
  insertStaff,
  MONTHS,
  MY_SHIFTS,
  ROSTER,
  type RosterOf,
  type StaffedEstate,
  staffedEstate,
} from '../../../test/rosters-kit.js';
import { withSystem, withTenant } from '../../db/tenant.js';
import { staff } from '../staff/index.js';
import { seedDemoRosters } from './index.js';

let kit: TestKit;
let A: TestCompany;
let B: TestCompany;
let admin: TestUser;
/** Manages estates[0]. */
let manager: TestUser;
/** Manages estates[1]. */
let otherManager: TestUser;
/** Staff of estates[0], linked to guard g[0]. */
let staffUser: TestUser;
let viewer: TestUser;
let auditor: TestUser;
let committee: TestUser;
let bAdmin: TestUser;
let e0: StaffedEstate;
let e1: StaffedEstate;
/** Four guards of estates[0] without crews (spread A, B, A, B by hire date). */
let g: string[];
/** Two guards of estates[1]: crew A and crew B. */
let pair: string[];
let bSecurity: string;

async function ok<T>(user: TestUser, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await kit.gql<T>(user.token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

const generate = async (user: TestUser, departmentId: string, month: string, replace?: boolean) =>
  (await ok<{ generateRoster: RosterOf }>(user, GENERATE, { input: { departmentId, month, replace } }))
    .generateRoster;

const edit = async (user: TestUser, input: Record<string, unknown>) =>
  (await ok<{ editRosterDay: RosterOf }>(user, EDIT, { input })).editRosterDay;

const read = async (user: TestUser, departmentId: string, month: string) =>
  (await ok<{ roster: RosterOf | null }>(user, ROSTER, { departmentId, month })).roster;

const problemsOf = (res: GqlResult) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => ({
    path: f.path,
    reason: f.reason,
    problem: (f as { params?: { problem?: string } }).params?.problem,
  }));
const reasonOf = (res: GqlResult) => (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;

/** What the domain generates for people of one pattern with these crews, day by day. */
function expected(pattern: ShiftPatternCode, crews: Record<string, string>, from: string, to: string) {
  const roster = generateDomainRoster({
    from,
    to,
    anchor: ROSTER_ANCHOR,
    staff: Object.entries(crews).map(([staffId, crew]) => ({ staffId, patternCode: pattern, crew })),
  });
  return (staffId: string) =>
    roster.entries.filter((e) => e.staffId === staffId).map((e) => e.shifts.join('+'));
}
const line = (roster: RosterOf, staffId: string) =>
  roster.rows.find((r) => r.staffId === staffId)!.days.map((d) => d.shifts.join('+'));

beforeAll(async () => {
  kit = await startTestKit();
  [A, B] = await Promise.all([kit.company(), kit.company()]);
  [admin, manager, otherManager, staffUser, viewer, auditor, committee, bAdmin] = await Promise.all([
    A.user('COMPANY_ADMIN'),
    A.user('ESTATE_MANAGER', { estateIds: [A.estates[0]!.id] }),
    A.user('ESTATE_MANAGER', { estateIds: [A.estates[1]!.id] }),
    A.user('ESTATE_STAFF', { estateIds: [A.estates[0]!.id] }),
    A.user('HQ_VIEWER'),
    A.user('QUALITY_AUDITOR'),
    A.user('COMMITTEE_MEMBER', { estateIds: [A.estates[0]!.id] }),
    B.user('COMPANY_ADMIN'),
  ]);
  e0 = await staffedEstate(kit, admin.token, A.estates[0]!.id);
  e1 = await staffedEstate(kit, admin.token, A.estates[1]!.id);
  g = await insertStaff(kit, A.id, e0, [
    { name: '王一', userId: staffUser.id },
    { name: '李二' },
    { name: '张三' },
    { name: '赵四' },
  ]);
  await insertStaff(kit, A.id, e0, [
    { name: '保洁甲', departmentCode: 'CLEANING', positionCode: 'CLEANER' },
    {
      name: '保洁乙',
      departmentCode: 'CLEANING',
      positionCode: 'CLEANER',
      status: 'LEFT',
      leaveDate: '2020-01-01',
    },
  ]);
  pair = await insertStaff(kit, A.id, e1, [
    { name: '钱甲', shiftCrew: 'A' },
    { name: '孙乙', shiftCrew: 'B' },
  ]);
  const bEstate = await staffedEstate(kit, bAdmin.token, B.estates[0]!.id);
  bSecurity = bEstate.departments.SECURITY!;
  await insertStaff(kit, B.id, bEstate, [{ name: '乙方保安' }, { name: '乙方保安二' }]);
  await generate(bAdmin, bSecurity, '2025-03');
});
afterAll(() => kit?.close());

describe('generateRoster', () => {
  it('generates December and continues the rotation into January exactly, every hour of the post covered', async () => {
    const security = e0.departments.SECURITY!;
    const dec = await generate(manager, security, '2024-12');
    expect(dec).toMatchObject({
      month: '2024-12',
      anchor: ROSTER_ANCHOR,
      version: 1,
      departmentId: security,
      departmentName: '秩序维护部',
      estateId: A.estates[0]!.id,
      estateName: A.estates[0]!.name,
    });
    // Four guards without crews, in hire-date order: A, B, A, B.
    expect(dec.rows.map((r) => [r.staffName, r.shiftCrew, r.patternCode, r.positionName])).toEqual([
      ['王一', 'A', 'TWO_CREWS', '秩序维护员'],
      ['李二', 'B', 'TWO_CREWS', '秩序维护员'],
      ['张三', 'A', 'TWO_CREWS', '秩序维护员'],
      ['赵四', 'B', 'TWO_CREWS', '秩序维护员'],
    ]);
    const jan = await generate(manager, security, '2025-01');
    const crews = { [g[0]!]: 'A', [g[1]!]: 'B', [g[2]!]: 'A', [g[3]!]: 'B' };
    const whole = expected('TWO_CREWS', crews, '2024-12-01', '2025-01-31');
    for (const id of g) expect([...line(dec, id), ...line(jan, id)]).toEqual(whole(id));
    // 2024-12-30 is crew A's 24-hour changeover day (day 364 after the anchor, 364 mod 14 = 0);
    // crew A works nights to 5 January, rests on the 6th, when crew B works its 24 hours.
    expect(dayOf(dec, g[0]!, '2024-12-30')).toMatchObject({
      shifts: ['DAY', 'NIGHT'],
      hours: 24,
      status: 'WORK',
    });
    expect(dayOf(dec, g[1]!, '2024-12-30')).toMatchObject({ shifts: [], status: 'REST', employed: true });
    expect(dayOf(jan, g[0]!, '2025-01-06')).toMatchObject({ shifts: [], status: 'REST' });
    expect(dayOf(jan, g[1]!, '2025-01-06')).toMatchObject({ shifts: ['DAY', 'NIGHT'] });
    expect(dayOf(dec, g[0]!, '2024-12-31').shifts).toEqual(['NIGHT']);
    expect(dayOf(jan, g[0]!, '2025-01-01').shifts).toEqual(['NIGHT']);
    // January's first small hours are covered by December's last night; every month fully covered
    // and, with four guards as planned, never below headcount.
    for (const r of [dec, jan]) expect(r.coverage).toEqual({ gaps: [], shortfalls: [] });
    // Hours: each shift counted on the day it starts.
    for (const row of jan.rows) expect(row.totalHours).toBe(row.days.reduce((s, d) => s + d.hours, 0));
    expect(jan.rows[0]!.totalHours).toBeGreaterThan(12 * 14);
    const [log] = await kit.database.raw<{ action: string; actor_user_id: string }>(
      `select action, actor_user_id from change_log where subject_id = $1`,
      [jan.id],
    );
    expect(log).toEqual({ action: 'roster.generate', actor_user_id: manager.id });
  });

  it('keeps everyone’s crew from the month before when the team changes; a new hire joins the emptier crew', async () => {
    const security = e0.departments.SECURITY!;
    // 王一 (crew A) leaves at the end of January; 周五 starts on 10 February.
    await withTenant(kit.database, A.id, (tx) =>
      tx.update(staff).set({ status: 'LEFT', leaveDate: '2025-01-31' }).where(eq(staff.id, g[0]!)),
    );
    const [newcomer] = await insertStaff(kit, A.id, e0, [{ name: '周五', hireDate: '2025-02-10' }]);
    const feb = await generate(manager, security, '2025-02');
    expect(feb.rows.map((r) => [r.staffName, r.shiftCrew])).toEqual([
      ['李二', 'B'],
      ['张三', 'A'],
      ['赵四', 'B'],
      ['周五', 'A'],
    ]);
    const whole = expected(
      'TWO_CREWS',
      { [g[1]!]: 'B', [g[2]!]: 'A', [g[3]!]: 'B', [newcomer!]: 'A' },
      '2025-02-01',
      '2025-02-28',
    );
    for (const id of [g[1]!, g[2]!, g[3]!]) expect(line(feb, id)).toEqual(whole(id));
    // Before the hire date: no entry, shown as rest and not editable.
    expect(dayOf(feb, newcomer!, '2025-02-09')).toMatchObject({
      employed: false,
      status: 'REST',
      shifts: [],
    });
    expect(dayOf(feb, newcomer!, '2025-02-10').employed).toBe(true);
    const res = await kit.gql(manager.token, EDIT, {
      input: {
        departmentId: security,
        staffId: newcomer,
        day: '2025-02-09',
        kind: 'ASSIGN',
        shifts: ['DAY'],
        expectedVersion: 1,
      },
    });
    expect(problemsOf(res)).toEqual([{ path: ['staffId'], reason: 'NOT_FOUND', problem: 'NOT_IN_ROSTER' }]);
    // Crew A has one guard until the 10th: still covered, but short of the four planned.
    expect(feb.coverage.gaps).toEqual([]);
    expect(feb.coverage.shortfalls[0]).toMatchObject({
      date: '2025-02-01',
      onDuty: 3,
      required: 4,
      positionName: '秩序维护员',
    });
    expect(feb.coverage.shortfalls.every((s) => s.date < '2025-02-10')).toBe(true);
  });

  it('generating a month again keeps the crews it was generated with', async () => {
    const security = e0.departments.SECURITY!;
    const setCrew = (crew: string | null) =>
      withTenant(kit.database, A.id, (tx) =>
        tx.update(staff).set({ shiftCrew: crew }).where(eq(staff.id, g[2]!)),
      );
    // 张三 (crew A in January) is put in crew B for March, then the record's crew is cleared.
    await setCrew('B');
    expect(
      (await generate(manager, security, '2025-03')).rows.find((r) => r.staffId === g[2])!.shiftCrew,
    ).toBe('B');
    await setCrew(null);
    const again = await generate(manager, security, '2025-03', true);
    expect(again.rows.map((r) => [r.staffName, r.shiftCrew])).toEqual([
      ['李二', 'B'],
      ['张三', 'B'],
      ['赵四', 'B'],
      ['周五', 'A'],
    ]);
  });

  it('refuses a month that exists (ROSTER_EXISTS) unless replacing, which keeps the edits that still apply', async () => {
    const security = e1.departments.SECURITY!;
    const first = await generate(otherManager, security, '2025-04');
    const again = await kit.gql(otherManager.token, GENERATE, {
      input: { departmentId: security, month: '2025-04' },
    });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(reasonOf(again)).toBe('ROSTER_EXISTS');
    const work = first.rows[0]!.days.find((d) => d.shifts.length === 1)!;
    const rest = first.rows[0]!.days.find((d) => d.status === 'REST')!;
    await edit(otherManager, {
      departmentId: security,
      staffId: pair[0],
      day: work.day,
      kind: 'LEAVE',
      leaveKind: 'ANNUAL',
      expectedVersion: 1,
    });
    const replaced = await generate(otherManager, security, '2025-04', true);
    expect(replaced.version).toBe(3);
    expect(dayOf(replaced, pair[0]!, work.day)).toMatchObject({
      status: 'LEAVE',
      leaveKind: 'ANNUAL',
      editKind: 'LEAVE',
    });
    expect(dayOf(replaced, pair[0]!, rest.day).status).toBe('REST');
    expect(replaced.rows.flatMap((r) => r.days).filter((d) => d.editKind)).toHaveLength(1);
  });

  it('covers a 24-hour post with one guard per crew of 二班二运转 (short of the four planned)', async () => {
    const march = await generate(otherManager, e1.departments.SECURITY!, '2025-03');
    expect(march.rows.map((r) => r.shiftCrew)).toEqual(['A', 'B']);
    expect(march.coverage.gaps).toEqual([]);
    expect(march.coverage.shortfalls.length).toBe(31);
  });
});

describe('editRosterDay', () => {
  const security = () => e1.departments.SECURITY!;
  const version = async () => (await read(admin, security(), '2025-03'))!.version;

  it('sick leave on a night shift opens a gap that the coverage shows with its hours', async () => {
    const before = (await read(admin, security(), '2025-03'))!;
    // Crew A's first plain night of March.
    const night = before.rows[0]!.days.find((d) => d.shifts.join() === 'NIGHT' && d.day < '2025-03-30')!;
    const after = await edit(otherManager, {
      departmentId: security(),
      staffId: pair[0],
      day: night.day,
      kind: 'LEAVE',
      leaveKind: 'SICK',
      expectedVersion: before.version,
    });
    expect(after.version).toBe(before.version + 1);
    expect(dayOf(after, pair[0]!, night.day)).toMatchObject({
      status: 'LEAVE',
      shifts: [],
      editKind: 'LEAVE',
      leaveKind: 'SICK',
      hours: 0,
    });
    const next = new Date(Date.parse(`${night.day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const gap = {
      positionId: e1.positions.SECURITY_GUARD,
      positionName: '秩序维护员',
      onDuty: 0,
      required: 1,
    };
    expect(after.coverage.gaps).toEqual([
      { ...gap, date: night.day, start: '19:00', end: '24:00', hours: 5 },
      { ...gap, date: next, start: '00:00', end: '07:00', hours: 7 },
    ]);
    const logs = await kit.database.raw<{ action: string }>(
      `select action from change_log where subject_type = 'RosterEntry' and actor_user_id = $1`,
      [otherManager.id],
    );
    expect(logs.map((l) => l.action)).toContain('roster.leave');
  });

  it('a swap exchanges two guards’ shifts of a day and keeps the post covered; RESET undoes both sides', async () => {
    const before = (await read(admin, security(), '2025-03'))!;
    const day = before.rows[0]!.days.find(
      (d, i) => d.shifts.join() === 'DAY' && before.rows[1]!.days[i]!.shifts.join() === 'NIGHT',
    )!.day;
    const swapped = await edit(otherManager, {
      departmentId: security(),
      staffId: pair[0],
      withStaffId: pair[1],
      day,
      kind: 'SWAP',
      expectedVersion: before.version,
    });
    expect(dayOf(swapped, pair[0]!, day)).toMatchObject({
      shifts: ['NIGHT'],
      editKind: 'SWAP',
      swapWithStaffId: pair[1],
    });
    expect(dayOf(swapped, pair[1]!, day)).toMatchObject({
      shifts: ['DAY'],
      editKind: 'SWAP',
      swapWithStaffId: pair[0],
    });
    expect(swapped.coverage.gaps).toEqual(before.coverage.gaps);
    const reset = await edit(otherManager, {
      departmentId: security(),
      staffId: pair[1],
      day,
      kind: 'RESET',
      expectedVersion: swapped.version,
    });
    expect(dayOf(reset, pair[0]!, day)).toMatchObject({
      shifts: ['DAY'],
      editKind: null,
      swapWithStaffId: null,
    });
    expect(dayOf(reset, pair[1]!, day)).toMatchObject({ shifts: ['NIGHT'], editKind: null });
  });

  it('assigns shifts to a rest day, and refuses what the domain refuses, naming the field', async () => {
    const r = (await read(admin, security(), '2025-03'))!;
    const restDay = r.rows[0]!.days.find((d) => d.status === 'REST')!.day;
    const assigned = await edit(admin, {
      departmentId: security(),
      staffId: pair[0],
      day: restDay,
      kind: 'ASSIGN',
      shifts: ['DAY'],
      expectedVersion: r.version,
    });
    expect(dayOf(assigned, pair[0]!, restDay)).toMatchObject({
      shifts: ['DAY'],
      status: 'WORK',
      editKind: 'ASSIGN',
      hours: 12,
    });
    const v = assigned.version;
    const call = (input: Record<string, unknown>) =>
      kit.gql(admin.token, EDIT, {
        input: { departmentId: security(), staffId: pair[0], expectedVersion: v, ...input },
      });
    const nightDay = assigned.rows[0]!.days.find((d) => d.shifts.join() === 'NIGHT' && !d.editKind)!.day;
    const cases: [Record<string, unknown>, unknown][] = [
      [
        { day: nightDay, kind: 'SWAP', withStaffId: pair[0] },
        { path: ['withStaffId'], reason: 'INVALID', problem: 'SAME_STAFF' },
      ],
      [
        { day: nightDay, kind: 'SWAP', withStaffId: randomUUID() },
        { path: ['withStaffId'], reason: 'NOT_FOUND', problem: 'NOT_IN_ROSTER' },
      ],
      [
        { day: nightDay, kind: 'ASSIGN', shifts: ['DAY', 'NIGHT', 'OFFICE'] },
        { path: ['shifts'], reason: 'INVALID', problem: 'OVERLAP' },
      ],
      [
        {
          day: r.rows[0]!.days.find((d) => d.status === 'REST' && d.day !== restDay)?.day,
          kind: 'LEAVE',
          leaveKind: 'SICK',
        },
        { path: ['day'], reason: 'INVALID', problem: 'NOT_WORKING' },
      ],
      [
        { staffId: randomUUID(), day: nightDay, kind: 'LEAVE', leaveKind: 'SICK' },
        { path: ['staffId'], reason: 'NOT_FOUND', problem: 'NOT_IN_ROSTER' },
      ],
      [
        { day: '2025-03-05', kind: 'LEAVE' },
        { path: ['leaveKind'], reason: 'REQUIRED', problem: undefined },
      ],
    ];
    for (const [input, problem] of cases) {
      const res = await call(input);
      expect(codeOf(res), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(problemsOf(res), JSON.stringify(input)).toEqual([problem]);
    }
    // Nothing of the refused edits was stored.
    expect((await read(admin, security(), '2025-03'))!.version).toBe(v);
  });

  it('refuses an edit based on an older version (CONFLICT) and changes nothing', async () => {
    const current = await version();
    const r = (await read(admin, security(), '2025-03'))!;
    const work = r.rows[1]!.days.find((d) => d.status === 'WORK' && !d.editKind)!;
    const res = await kit.gql(admin.token, EDIT, {
      input: {
        departmentId: security(),
        staffId: pair[1],
        day: work.day,
        kind: 'LEAVE',
        leaveKind: 'PERSONAL',
        expectedVersion: current - 1,
      },
    });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(reasonOf(res)).toBe('STALE_VERSION');
    expect(res.data ?? null).toBeNull();
    const after = (await read(admin, security(), '2025-03'))!;
    expect(after.version).toBe(current);
    expect(dayOf(after, pair[1]!, work.day).status).toBe('WORK');
  });

  it('a month that was never generated is NOT_FOUND for an edit', async () => {
    const res = await kit.gql(admin.token, EDIT, {
      input: {
        departmentId: security(),
        staffId: pair[0],
        day: '2031-05-05',
        kind: 'RESET',
        expectedVersion: 1,
      },
    });
    expect(codeOf(res)).toBe('NOT_FOUND');
  });
});

describe('reading', () => {
  it('roster is null for a month not generated', async () => {
    expect(await read(staffUser, e0.departments.SECURITY!, '2030-01')).toBeNull();
  });

  it('rosterMonths lists every department of the estate with its month', async () => {
    const { rosterMonths } = await ok<{
      rosterMonths: {
        departmentCode: string;
        generated: boolean;
        rosterId: string | null;
        staffCount: number;
        version: number | null;
      }[];
    }>(viewer, MONTHS, { estateId: A.estates[0]!.id, month: '2024-12' });
    const byCode = Object.fromEntries(rosterMonths.map((m) => [m.departmentCode, m]));
    expect(Object.keys(byCode).sort()).toEqual(
      ['CLEANING', 'CUSTOMER_SERVICE', 'ENGINEERING', 'LANDSCAPING', 'MANAGEMENT', 'SECURITY'].sort(),
    );
    expect(byCode.SECURITY).toMatchObject({ generated: true, rosterId: expect.any(String), version: 1 });
    expect(byCode.CLEANING).toMatchObject({ generated: false, rosterId: null, staffCount: 1 });
  });

  it('myShifts lists the linked staff member’s own days with shift times, and nobody else’s', async () => {
    const { myShifts } = await ok<{
      myShifts: {
        day: string;
        staffId: string;
        estateName: string;
        departmentName: string;
        positionName: string;
        status: string;
        hours: number;
        shifts: { code: string; start: string; end: string; labelZh: string; crossesMidnight: boolean }[];
      }[];
    }>(staffUser, MY_SHIFTS, { from: '2024-12-28', to: '2025-01-03' });
    expect(myShifts.map((d) => d.day)).toEqual([
      '2024-12-28',
      '2024-12-29',
      '2024-12-30',
      '2024-12-31',
      '2025-01-01',
      '2025-01-02',
      '2025-01-03',
    ]);
    expect(new Set(myShifts.map((d) => d.staffId))).toEqual(new Set([g[0]]));
    const changeover = myShifts.find((d) => d.day === '2024-12-30')!;
    expect(changeover).toMatchObject({
      estateName: A.estates[0]!.name,
      departmentName: '秩序维护部',
      positionName: '秩序维护员',
      status: 'WORK',
      hours: 24,
    });
    expect(changeover.shifts).toEqual([
      {
        code: 'DAY',
        nameZh: '早班',
        start: '07:00',
        end: '19:00',
        labelZh: '白',
        hours: 12,
        crossesMidnight: false,
      },
      {
        code: 'NIGHT',
        nameZh: '晚班',
        start: '19:00',
        end: '07:00',
        labelZh: '夜',
        hours: 12,
        crossesMidnight: true,
      },
    ]);
    // The manager has no staff record: nothing. More than 62 days, or backwards: refused.
    expect(
      (await ok<{ myShifts: unknown[] }>(manager, MY_SHIFTS, { from: '2024-12-01', to: '2025-01-31' }))
        .myShifts,
    ).toEqual([]);
    const long = await kit.gql(staffUser.token, MY_SHIFTS, { from: '2025-01-01', to: '2025-03-04' });
    expect(problemsOf(long)).toEqual([{ path: ['to'], reason: 'TOO_LARGE', problem: undefined }]);
    const backwards = await kit.gql(staffUser.token, MY_SHIFTS, { from: '2025-01-02', to: '2025-01-01' });
    expect(problemsOf(backwards)).toEqual([{ path: ['to'], reason: 'BEFORE_START', problem: undefined }]);
    expect(codeOf(await kit.gql(committee.token, MY_SHIFTS, { from: '2025-01-01', to: '2025-01-02' }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('exportRoster', () => {
  it('exports people by day with short labels and the gaps on their own sheet, readable with exceljs', async () => {
    const departmentId = e1.departments.SECURITY!;
    const roster = (await read(admin, departmentId, '2025-03'))!;
    const { exportRoster: file } = await ok<{
      exportRoster: { id: string; name: string; contentType: string };
    }>(viewer, EXPORT, { input: { departmentId, month: '2025-03' } });
    expect(file.name).toBe(`排班表-${A.estates[1]!.name}-秩序维护部-2025-03.xlsx`);
    expect(file.contentType).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await downloaded(kit, viewer.token, file.id)) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['排班表', '覆盖缺口', '人数不足']);
    const grid = wb.getWorksheet('排班表')!;
    expect(grid.getCell(3, 1).text).toBe('姓名');
    expect(grid.getCell(3, 4).value).toBe(1);
    expect(grid.pageSetup.paperSize).toBe(9);
    const rowOf = (name: string) => {
      for (let r = 5; r < 5 + roster.rows.length; r++)
        if (grid.getCell(r, 1).text === name) return grid.getRow(r);
      throw new Error(name);
    };
    const first = rowOf('钱甲');
    const labels = roster.rows[0]!.days.map((_, j) => first.getCell(4 + j).text);
    expect(new Set(labels)).toEqual(new Set(['白', '夜', '白夜', '休', '病假']));
    const sick = roster.rows[0]!.days.findIndex((d) => d.leaveKind === 'SICK');
    expect(labels[sick]).toBe('病假');
    expect(first.getCell(4 + roster.rows[0]!.days.length).value).toBe(roster.rows[0]!.totalHours);
    const gaps = wb.getWorksheet('覆盖缺口')!;
    expect(gaps.getRow(1).values).toEqual([
      undefined,
      '岗位',
      '日期',
      '开始',
      '结束',
      '小时',
      '在岗人数',
      '需要人数',
    ]);
    const g0 = roster.coverage.gaps[0]!;
    expect(gaps.getRow(2).values).toEqual([
      undefined,
      '秩序维护员',
      g0.date,
      g0.start,
      g0.end,
      g0.hours,
      0,
      1,
    ]);
    expect(wb.getWorksheet('人数不足')!.rowCount).toBe(1 + roster.coverage.shortfalls.length);
  });

  it('exports in English with English sheets and labels', async () => {
    const { exportRoster: file } = await ok<{ exportRoster: { id: string; name: string } }>(admin, EXPORT, {
      input: { departmentId: e1.departments.SECURITY!, month: '2025-03', language: 'EN' },
    });
    expect(file.name).toBe('roster-2025-03.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await downloaded(kit, admin.token, file.id)) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Roster', 'Coverage gaps', 'Shortfalls']);
    const grid = wb.getWorksheet('Roster')!;
    const labels = new Set<string>();
    grid.getRow(5).eachCell((c, col) => {
      if (col > 3 && col < 35) labels.add(c.text);
    });
    expect([...labels].every((l) => /^[A-Z+-]+$/.test(l))).toBe(true);
  });

  it('a month not generated is NOT_FOUND', async () => {
    const res = await kit.gql(admin.token, EXPORT, {
      input: { departmentId: e1.departments.SECURITY!, month: '2031-01' },
    });
    expect(codeOf(res)).toBe('NOT_FOUND');
  });
});

describe('permissions and hostile input', () => {
  const sec0 = () => e0.departments.SECURITY!;

  it('staff, HQ viewers and auditors read; only the estate’s manager and the admin change', async () => {
    for (const user of [staffUser, viewer, auditor, admin, manager]) {
      expect((await read(user, sec0(), '2024-12'))!.rows).toHaveLength(4);
    }
    for (const user of [staffUser, viewer, auditor]) {
      const gen = await kit.gql(user.token, GENERATE, {
        input: { departmentId: sec0(), month: '2024-12', replace: true },
      });
      expect(codeOf(gen), user.role).toBe('FORBIDDEN');
      const ed = await kit.gql(user.token, EDIT, {
        input: { departmentId: sec0(), staffId: g[1], day: '2024-12-02', kind: 'RESET', expectedVersion: 1 },
      });
      expect(codeOf(ed), user.role).toBe('FORBIDDEN');
    }
    expect((await generate(admin, sec0(), '2024-12', true)).version).toBe(2);
  });

  it('the committee, another estate’s manager and another company get NOT_FOUND, as for an id that names nothing', async () => {
    const calls = (departmentId: string) => [
      { query: ROSTER, variables: { departmentId, month: '2024-12' } },
      { query: GENERATE, variables: { input: { departmentId, month: '2024-12', replace: true } } },
      {
        query: EDIT,
        variables: {
          input: { departmentId, staffId: g[1], day: '2024-12-02', kind: 'RESET', expectedVersion: 2 },
        },
      },
      { query: EXPORT, variables: { input: { departmentId, month: '2024-12' } } },
    ];
    for (const user of [committee, otherManager, bAdmin]) {
      for (const c of calls(sec0())) {
        const res = await kit.gql(user.token, c.query, c.variables);
        expect(codeOf(res), `${user.role} ${c.query.slice(0, 30)}`).toBe('NOT_FOUND');
        expect(res.data?.roster ?? null).toBeNull();
      }
    }
    for (const id of [randomUUID(), 'not-a-uuid']) {
      for (const c of calls(id))
        expect(codeOf(await kit.gql(admin.token, c.query, c.variables))).toBe('NOT_FOUND');
    }
    // A's admin gets nothing of B's department, and B's roster is untouched.
    const res = await kit.gql(admin.token, ROSTER, { departmentId: bSecurity, month: '2025-03' });
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect((await read(bAdmin, bSecurity, '2025-03'))!.version).toBe(1);
    for (const user of [committee, bAdmin]) {
      const months = await kit.gql(user.token, MONTHS, { estateId: A.estates[0]!.id, month: '2024-12' });
      expect(codeOf(months)).toBe('NOT_FOUND');
    }
    // B's staff in A's roster: not in it, the same answer as an unknown id.
    const [bGuard] = await kit.database.raw<{ id: string }>(
      `select id from staff where company_id = $1 limit 1`,
      [B.id],
    );
    const v = (await read(admin, sec0(), '2024-12'))!.version;
    const swap = (withStaffId: string) =>
      kit.gql(admin.token, EDIT, {
        input: {
          departmentId: sec0(),
          staffId: g[1],
          withStaffId,
          day: '2024-12-02',
          kind: 'SWAP',
          expectedVersion: v,
        },
      });
    expect(problemsOf(await swap(bGuard!.id))).toEqual(problemsOf(await swap(randomUUID())));
  });

  it('refuses malformed and hostile input with BAD_USER_INPUT on the field; a refused role never learns of it', async () => {
    const bad = [
      [{ departmentId: sec0(), month: '2024-13' }, ['month']],
      [{ departmentId: sec0(), month: '2024-12\u0000' }, ['month']],
      [{ departmentId: sec0(), month: '1999-12' }, ['month']],
      [{ departmentId: 'x'.repeat(100_000), month: '2024-12' }, ['departmentId']],
    ] as const;
    for (const [input, path] of bad) {
      const res = await kit.gql(admin.token, GENERATE, { input });
      expect(codeOf(res), JSON.stringify(input).slice(0, 60)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions!.fields![0]!.path).toEqual(path);
    }
    const five = await kit.gql(admin.token, EDIT, {
      input: {
        departmentId: sec0(),
        staffId: g[1],
        day: '2024-12-02',
        kind: 'ASSIGN',
        shifts: ['DAY', 'NIGHT', 'OFFICE', 'SPLIT', 'DAY'],
        expectedVersion: 1,
      },
    });
    expect(codeOf(five)).toBe('BAD_USER_INPUT');
    const badDay = await kit.gql(admin.token, EDIT, {
      input: { departmentId: sec0(), staffId: g[1], day: '2024-02-30', kind: 'RESET', expectedVersion: 1 },
    });
    expect(codeOf(badDay)).toBe('BAD_USER_INPUT');
    // Permission first: the staff member is FORBIDDEN whatever the input.
    const refused = await kit.gql(staffUser.token, GENERATE, {
      input: { departmentId: sec0(), month: '2024-13' },
    });
    expect(codeOf(refused)).toBe('FORBIDDEN');
  });
});

describe('seedDemoRosters', () => {
  it('generates last, this and next month for departments with staff, and leaves one day shift of 翠湖苑’s post on leave', async () => {
    const C = await kit.company();
    const cAdmin = await C.user('COMPANY_ADMIN');
    await kit.database.raw(`update estates set code = 'HZ-CHY' where id = $1`, [C.estates[0]!.id]);
    const cEstate = await staffedEstate(kit, cAdmin.token, C.estates[0]!.id);
    await staffedEstate(kit, cAdmin.token, C.estates[1]!.id);
    await insertStaff(kit, C.id, cEstate, [
      { name: '保安甲' },
      { name: '保安乙' },
      { name: '保安丙' },
      { name: '保安丁' },
      { name: '保洁员', departmentCode: 'CLEANING', positionCode: 'CLEANER' },
    ]);
    const now = kit.app.services.clock();
    const seeded = await withSystem(kit.database, 'test', (tx) =>
      seedDemoRosters(tx, { companyId: C.id, now }),
    );
    expect(seeded).toEqual({ rosters: 6, leaveDays: 2 });
    const roster = (await read(cAdmin, cEstate.departments.SECURITY!, THIS_MONTH))!;
    const leave = roster.rows.flatMap((r) => r.days.filter((d) => d.status === 'LEAVE'));
    expect(leave.map((d) => d.leaveKind).sort()).toEqual(['ANNUAL', 'SICK']);
    expect(roster.coverage.gaps).toEqual([
      expect.objectContaining({
        date: leave[0]!.day,
        start: '07:00',
        end: '19:00',
        hours: 12,
        onDuty: 0,
        required: 1,
      }),
    ]);
    const months = await ok<{ rosterMonths: { departmentCode: string; generated: boolean }[] }>(
      cAdmin,
      MONTHS,
      {
        estateId: C.estates[0]!.id,
        month: THIS_MONTH,
      },
    );
    expect(
      months.rosterMonths
        .filter((m) => m.generated)
        .map((m) => m.departmentCode)
        .sort(),
    ).toEqual(['CLEANING', 'SECURITY']);
    // Seeding again adds nothing.
    expect(
      await withSystem(kit.database, 'test', (tx) => seedDemoRosters(tx, { companyId: C.id, now })),
    ).toEqual({
      rosters: 0,
      leaveDays: 0,
    });
  });
});
