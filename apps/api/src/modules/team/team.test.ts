import 'reflect-metadata';
/**
 * An estate's departments and positions (issue 10, item 1): the 16-person staffing template
 * applied (16 planned across the service-centre departments, a second call changes nothing),
 * positions created, changed with an optimistic lock and deleted, each change in the change log;
 * the manager of another estate and another company get NOT_FOUND; hostile strings are refused.
 */
import { randomUUID } from 'node:crypto';
import {
  headcountByDepartment,
  plannedHeadcount,
  SERVICE_CENTRE_DEPARTMENTS,
  STAFFING_TEMPLATE_16,
} from '@anju/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  type GqlResult,
  startTestKit,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';

let kit: TestKit;
let A: TestCompany;
let B: TestCompany;
let admin: TestUser;
/** Manages estates[0] only. */
let manager: TestUser;
/** Manages estates[1] only. */
let otherManager: TestUser;
let viewer: TestUser;
let committee: TestUser;
let bAdmin: TestUser;

const DEPT = 'id estateId code name nameEn';
const POS =
  'id estateId departmentId code name nameEn plannedHeadcount shiftPattern workingHours duty certificateRequired certificateKinds ageMin ageMax version';
const APPLY = `mutation($input: ApplyStaffingTemplateInput!) { applyStaffingTemplate(input: $input) { estateId changed departmentsCreated positionsCreated departments { ${DEPT} } positions { ${POS} } } }`;
const DEPARTMENTS = `query($estateId: ID!) { departments(estateId: $estateId) { ${DEPT} } }`;
const POSITIONS = `query($estateId: ID!) { positions(estateId: $estateId) { ${POS} } }`;
const CREATE = `mutation($input: CreatePositionInput!) { createPosition(input: $input) { ${POS} } }`;
const UPDATE = `mutation($input: UpdatePositionInput!) { updatePosition(input: $input) { ${POS} } }`;
const DELETE = `mutation($input: DeletePositionInput!) { deletePosition(input: $input) }`;

interface Dept {
  id: string;
  estateId: string;
  code: string;
  name: string;
  nameEn: string;
}
interface Pos {
  id: string;
  estateId: string;
  departmentId: string;
  code: string;
  name: string;
  plannedHeadcount: number;
  shiftPattern: string;
  certificateRequired: boolean;
  certificateKinds: string[];
  ageMin: number | null;
  ageMax: number | null;
  version: number;
  duty: string | null;
  workingHours: string | null;
}
interface Applied {
  estateId: string;
  changed: boolean;
  departmentsCreated: number;
  positionsCreated: number;
  departments: Dept[];
  positions: Pos[];
}

async function ok<T>(user: TestUser, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await kit.gql<T>(user.token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

const fieldsOf = (res: GqlResult) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f: { path: (string | number)[]; reason: string }) => ({
    path: f.path,
    reason: f.reason,
  }));

async function changeLogOf(subjectId: string) {
  return kit.database.raw<{ action: string; before: unknown; after: unknown; actor_user_id: string }>(
    `select action, before, after, actor_user_id from change_log where subject_id = $1 order by at, id`,
    [subjectId],
  );
}

/** The estate's departments by code (the template applied). */
async function departmentsOf(user: TestUser, estateId: string): Promise<Map<string, Dept>> {
  const data = await ok<{ departments: Dept[] }>(user, DEPARTMENTS, { estateId });
  return new Map(data.departments.map((d) => [d.code, d]));
}

beforeAll(async () => {
  kit = await startTestKit();
  [A, B] = await Promise.all([kit.company(), kit.company()]);
  [admin, manager, otherManager, viewer, committee, bAdmin] = await Promise.all([
    A.user('COMPANY_ADMIN'),
    A.user('ESTATE_MANAGER', { estateIds: [A.estates[0]!.id] }),
    A.user('ESTATE_MANAGER', { estateIds: [A.estates[1]!.id] }),
    A.user('HQ_VIEWER'),
    A.user('COMMITTEE_MEMBER', { estateIds: [A.estates[0]!.id] }),
    B.user('COMPANY_ADMIN'),
  ]);
});
afterAll(() => kit?.close());

describe('the 16-person staffing template', () => {
  it('creates the service-centre departments and the positions planning 16 people', async () => {
    const estateId = A.estates[0]!.id;
    const { applyStaffingTemplate: r } = await ok<{ applyStaffingTemplate: Applied }>(manager, APPLY, {
      input: { estateId },
    });
    expect(r).toMatchObject({
      estateId,
      changed: true,
      departmentsCreated: SERVICE_CENTRE_DEPARTMENTS.length,
      positionsCreated: STAFFING_TEMPLATE_16.length,
    });
    expect(r.departments.map((d) => d.code).sort()).toEqual([...SERVICE_CENTRE_DEPARTMENTS].sort());
    expect(r.departments.find((d) => d.code === 'SECURITY')).toMatchObject({
      estateId,
      name: '秩序维护部',
      nameEn: 'Order & security',
    });
    const total = r.positions.reduce((sum, p) => sum + p.plannedHeadcount, 0);
    expect(total).toBe(16);
    expect(total).toBe(plannedHeadcount(STAFFING_TEMPLATE_16));
    // Planned per department: 1 management, 2 customer service, 4 guards, 5 cleaners, 1 engineer, 3 gardeners.
    const codeOfDept = new Map(r.departments.map((d) => [d.id, d.code]));
    const perDept: Record<string, number> = {};
    for (const p of r.positions) {
      const code = codeOfDept.get(p.departmentId)!;
      perDept[code] = (perDept[code] ?? 0) + p.plannedHeadcount;
    }
    expect(perDept).toEqual({
      MANAGEMENT: 1,
      CUSTOMER_SERVICE: 2,
      SECURITY: 4,
      CLEANING: 5,
      ENGINEERING: 1,
      LANDSCAPING: 3,
    });
    expect(perDept).toEqual(headcountByDepartment(STAFFING_TEMPLATE_16));
    const guard = r.positions.find((p) => p.code === 'SECURITY_GUARD')!;
    expect(guard).toMatchObject({
      name: '秩序维护员',
      plannedHeadcount: 4,
      shiftPattern: 'TWO_CREWS',
      certificateRequired: true,
      certificateKinds: ['SECURITY_GUARD', 'FIRE_FACILITY_OPERATOR'],
      version: 1,
    });
    expect(guard.workingHours).toContain('19:00');
    expect(guard.duty).toContain('24小时值班');
    expect(r.positions.find((p) => p.code === 'ELECTRICIAN_PLUMBER')).toMatchObject({
      shiftPattern: 'SIX_ONE',
      certificateKinds: ['ELECTRICIAN'],
    });
    // One change-log row for the whole application, by the manager.
    const log = await changeLogOf(estateId);
    expect(log.filter((l) => l.action === 'team.applyStaffingTemplate')).toHaveLength(1);
    expect(log.at(-1)!.actor_user_id).toBe(manager.id);
  });

  it('a second call changes nothing and says so', async () => {
    const estateId = A.estates[0]!.id;
    const before = await kit.database.raw<{ n: number }>(
      `select (select count(*) from departments where estate_id = $1)::int + (select count(*) from positions where estate_id = $1)::int as n`,
      [estateId],
    );
    const logBefore = (await changeLogOf(estateId)).length;
    const { applyStaffingTemplate: r } = await ok<{ applyStaffingTemplate: Applied }>(admin, APPLY, {
      input: { estateId },
    });
    expect(r).toMatchObject({ changed: false, departmentsCreated: 0, positionsCreated: 0 });
    expect(r.positions).toHaveLength(STAFFING_TEMPLATE_16.length);
    const after = await kit.database.raw<{ n: number }>(
      `select (select count(*) from departments where estate_id = $1)::int + (select count(*) from positions where estate_id = $1)::int as n`,
      [estateId],
    );
    expect(after).toEqual(before);
    expect(await changeLogOf(estateId)).toHaveLength(logBefore);
  });

  it('keeps an estate’s adjustments and only adds what is missing', async () => {
    const estateId = A.estates[2]!.id;
    await ok(admin, APPLY, { input: { estateId } });
    const { positions } = await ok<{ positions: Pos[] }>(admin, POSITIONS, { estateId });
    const cleaner = positions.find((p) => p.code === 'CLEANER')!;
    const gardener = positions.find((p) => p.code === 'GARDENER')!;
    await ok(admin, UPDATE, { input: { id: cleaner.id, version: cleaner.version, plannedHeadcount: 7 } });
    await ok(admin, DELETE, { input: { id: gardener.id, version: gardener.version } });
    const { applyStaffingTemplate: r } = await ok<{ applyStaffingTemplate: Applied }>(admin, APPLY, {
      input: { estateId },
    });
    expect(r).toMatchObject({ changed: true, departmentsCreated: 0, positionsCreated: 1 });
    expect(r.positions.find((p) => p.code === 'CLEANER')!.plannedHeadcount).toBe(7);
    expect(r.positions.find((p) => p.code === 'GARDENER')!.plannedHeadcount).toBe(3);
  });

  it('two calls at once staff the estate once, both answering OK', async () => {
    const created = await ok<{ createEstate: { id: string } }>(
      admin,
      `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id } }`,
      {
        input: {
          name: `并发苑 ${randomUUID().slice(0, 8)}`,
          code: `CC-${randomUUID().slice(0, 8)}`,
          type: 'RESIDENTIAL',
        },
      },
    );
    const estateId = created.createEstate.id;
    const results = await Promise.all(
      [0, 1].map(() =>
        kit.gql<{ applyStaffingTemplate: Applied }>(admin.token, APPLY, { input: { estateId } }),
      ),
    );
    for (const res of results) expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const made = results.map((r) => r.data!.applyStaffingTemplate);
    expect(made.reduce((n, r) => n + r.positionsCreated, 0)).toBe(STAFFING_TEMPLATE_16.length);
    expect(made.reduce((n, r) => n + r.departmentsCreated, 0)).toBe(SERVICE_CENTRE_DEPARTMENTS.length);
    const [row] = await kit.database.raw<{ n: number }>(
      'select count(*)::int as n from positions where estate_id = $1',
      [estateId],
    );
    expect(row!.n).toBe(STAFFING_TEMPLATE_16.length);
  });

  it('who may apply it: managers of the estate; HQ viewers may read but not change', async () => {
    const estateId = A.estates[0]!.id;
    expect(codeOf(await kit.gql(otherManager.token, APPLY, { input: { estateId } }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(committee.token, APPLY, { input: { estateId } }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(viewer.token, APPLY, { input: { estateId } }))).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(bAdmin.token, APPLY, { input: { estateId } }))).toBe('NOT_FOUND');
    const seen = await ok<{ positions: Pos[] }>(viewer, POSITIONS, { estateId });
    expect(seen.positions).toHaveLength(STAFFING_TEMPLATE_16.length);
  });
});

describe('positions', () => {
  const newPosition = (departmentId: string, over: Record<string, unknown> = {}) => ({
    estateId: A.estates[0]!.id,
    departmentId,
    code: `NIGHT_PATROL_${randomUUID().slice(0, 8).toUpperCase()}`,
    name: '夜间巡逻岗',
    nameEn: 'Night patrol',
    plannedHeadcount: 2,
    shiftPattern: 'THREE_CREWS',
    workingHours: '23:00-7:00',
    duty: '夜间巡逻\n记录异常',
    certificateRequired: true,
    certificateKinds: ['SECURITY_GUARD'],
    ageMin: 18,
    ageMax: 55,
    ...over,
  });

  it('creates, updates with an optimistic lock (CONFLICT on a stale version) and deletes', async () => {
    const security = (await departmentsOf(manager, A.estates[0]!.id)).get('SECURITY')!;
    const input = newPosition(security.id);
    const { createPosition: created } = await ok<{ createPosition: Pos }>(manager, CREATE, { input });
    expect(created).toMatchObject({
      estateId: A.estates[0]!.id,
      departmentId: security.id,
      code: input.code,
      plannedHeadcount: 2,
      shiftPattern: 'THREE_CREWS',
      duty: '夜间巡逻\n记录异常',
      certificateKinds: ['SECURITY_GUARD'],
      ageMin: 18,
      ageMax: 55,
      version: 1,
    });

    const { updatePosition: updated } = await ok<{ updatePosition: Pos }>(manager, UPDATE, {
      input: { id: created.id, version: 1, plannedHeadcount: 3, ageMax: null, workingHours: null },
    });
    expect(updated).toMatchObject({
      plannedHeadcount: 3,
      ageMin: 18,
      ageMax: null,
      workingHours: null,
      version: 2,
    });

    const stale = await kit.gql(manager.token, UPDATE, { input: { id: created.id, version: 1, name: '旧' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const staleDelete = await kit.gql(manager.token, DELETE, { input: { id: created.id, version: 1 } });
    expect(codeOf(staleDelete)).toBe('CONFLICT');

    const { deletePosition } = await ok<{ deletePosition: string }>(manager, DELETE, {
      input: { id: created.id, version: 2 },
    });
    expect(deletePosition).toBe(created.id);
    const { positions } = await ok<{ positions: Pos[] }>(manager, POSITIONS, { estateId: A.estates[0]!.id });
    expect(positions.map((p) => p.id)).not.toContain(created.id);

    const log = await changeLogOf(created.id);
    expect(log.map((l) => l.action)).toEqual(['position.create', 'position.update', 'position.delete']);
    expect(log[1]!.before).toMatchObject({ plannedHeadcount: 3 - 1 });
    expect(log[1]!.after).toMatchObject({ plannedHeadcount: 3 });
    expect(log[2]!.after).toBeNull();
  });

  it('refuses a taken code, another estate’s department and inconsistent rules', async () => {
    const depts = await departmentsOf(manager, A.estates[0]!.id);
    const security = depts.get('SECURITY')!;
    const taken = await kit.gql(manager.token, CREATE, {
      input: newPosition(security.id, { code: 'SECURITY_GUARD' }),
    });
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(fieldsOf(taken)).toEqual([{ path: ['code'], reason: 'TAKEN' }]);

    const otherEstates = await departmentsOf(admin, A.estates[2]!.id);
    const foreign = await kit.gql(manager.token, CREATE, {
      input: newPosition(otherEstates.get('SECURITY')!.id),
    });
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(foreign)).toEqual([{ path: ['departmentId'], reason: 'NOT_FOUND' }]);

    const rules = await kit.gql(manager.token, CREATE, {
      input: newPosition(security.id, { ageMin: 50, ageMax: 30, certificateKinds: [] }),
    });
    expect(codeOf(rules)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(rules)).toEqual(
      expect.arrayContaining([
        { path: ['ageMax'], reason: 'BEFORE_START' },
        { path: ['certificateKinds'], reason: 'REQUIRED' },
      ]),
    );

    const bad = await kit.gql(manager.token, CREATE, {
      input: newPosition(security.id, { code: 'lower-case', plannedHeadcount: -1, ageMin: 12 }),
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(
      expect.arrayContaining([
        { path: ['code'], reason: 'INVALID' },
        { path: ['plannedHeadcount'], reason: 'NEGATIVE' },
        { path: ['ageMin'], reason: 'TOO_SMALL' },
      ]),
    );

    // On update the rules hold for the merged record: requiring a certificate with none listed.
    const { createPosition: plain } = await ok<{ createPosition: Pos }>(manager, CREATE, {
      input: newPosition(security.id, { certificateRequired: false, certificateKinds: [] }),
    });
    const merged = await kit.gql(manager.token, UPDATE, {
      input: { id: plain.id, version: 1, certificateRequired: true },
    });
    expect(fieldsOf(merged)).toEqual([{ path: ['certificateKinds'], reason: 'REQUIRED' }]);
  });

  it('the manager of another estate, and another company, get NOT_FOUND; nothing changes', async () => {
    const estateId = A.estates[0]!.id;
    const { positions } = await ok<{ positions: Pos[] }>(manager, POSITIONS, { estateId });
    const target = positions.find((p) => p.code === 'CLEANER')!;
    const security = (await departmentsOf(manager, estateId)).get('SECURITY')!;
    for (const user of [otherManager, bAdmin, committee]) {
      expect(codeOf(await kit.gql(user.token, DEPARTMENTS, { estateId }))).toBe('NOT_FOUND');
      expect(codeOf(await kit.gql(user.token, POSITIONS, { estateId }))).toBe('NOT_FOUND');
      expect(codeOf(await kit.gql(user.token, CREATE, { input: newPosition(security.id) }))).toBe(
        'NOT_FOUND',
      );
      const update = await kit.gql(user.token, UPDATE, {
        input: { id: target.id, version: target.version, plannedHeadcount: 99 },
      });
      expect(codeOf(update)).toBe('NOT_FOUND');
      expect(update.data).toBeNull();
      expect(
        codeOf(await kit.gql(user.token, DELETE, { input: { id: target.id, version: target.version } })),
      ).toBe('NOT_FOUND');
    }
    // The HQ viewer reads but may not change.
    expect(
      codeOf(
        await kit.gql(viewer.token, UPDATE, {
          input: { id: target.id, version: target.version, name: '改' },
        }),
      ),
    ).toBe('FORBIDDEN');
    const [row] = await kit.database.raw<{ planned_headcount: number; version: number }>(
      'select planned_headcount, version from positions where id = $1',
      [target.id],
    );
    expect(row).toEqual({ planned_headcount: 5, version: target.version });
    // An id that exists nowhere gets the same answer as another company's.
    expect(codeOf(await kit.gql(manager.token, POSITIONS, { estateId: randomUUID() }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(manager.token, POSITIONS, { estateId: B.estates[0]!.id }))).toBe('NOT_FOUND');
  });

  it('refuses hostile strings with BAD_USER_INPUT naming the field, storing nothing', async () => {
    const security = (await departmentsOf(manager, A.estates[0]!.id)).get('SECURITY')!;
    const count = async () =>
      (await kit.database.raw<{ n: number }>('select count(*)::int as n from positions'))[0]!.n;
    const before = await count();
    for (const [field, value] of [
      ['name', '岗位\u0000名'],
      ['nameEn', 'Patrol\u202E'],
      ['workingHours', '8:00\u0007'],
      ['duty', `职责${'很'.repeat(2001)}`],
      ['code', 'CODE\u202D'],
    ] as const) {
      const res = await kit.gql(manager.token, CREATE, {
        input: newPosition(security.id, { [field]: value }),
      });
      expect(codeOf(res), field).toBe('BAD_USER_INPUT');
      expect(
        fieldsOf(res).map((f) => f.path.at(-1)),
        field,
      ).toContain(field);
    }
    const { positions } = await ok<{ positions: Pos[] }>(manager, POSITIONS, { estateId: A.estates[0]!.id });
    const some = positions[0]!;
    const res = await kit.gql(manager.token, UPDATE, {
      input: { id: some.id, version: some.version, name: 'a\u0001b' },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });
});
