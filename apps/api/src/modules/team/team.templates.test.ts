import 'reflect-metadata';
/**
 * Company staffing templates (issue 10 item 1): the built-in 16-person template listed first; a
 * company template made by the admin from an estate's positions as they are (a copy: later
 * changes to the estate leave it alone), applied to another estate by its manager (only what is
 * missing, by code: a second call changes nothing), renamed under an optimistic lock, deleted;
 * who may do what; another company's template is NOT_FOUND; hostile input is refused. Also: a
 * position somebody holds cannot be deleted (CONFLICT IN_USE).
 */
import { randomUUID } from 'node:crypto';
import {
  BUILT_IN_STAFFING_TEMPLATE_ID,
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
import { withTenant } from '../../db/tenant.js';
import { staffingTemplates } from './team.templates.schema.js';

let kit: TestKit;
let A: TestCompany;
let B: TestCompany;
let admin: TestUser;
let auditor: TestUser;
let viewer: TestUser;
let regionViewer: TestUser;
/** Manages estates[0] only. */
let manager: TestUser;
/** Manages estates[1] only. */
let otherManager: TestUser;
let staff: TestUser;
let committee: TestUser;
let bAdmin: TestUser;

const TPL_POS =
  'departmentCode code name nameEn plannedHeadcount shiftPattern workingHours duty certificateRequired certificateKinds ageMin ageMax';
const TPL = `id builtIn name description plannedHeadcount version updatedAt departments { code name nameEn } positions { ${TPL_POS} }`;
const POS =
  'id departmentId code name plannedHeadcount shiftPattern workingHours duty certificateRequired certificateKinds ageMin ageMax version';
const LIST = `query { staffingTemplates { ${TPL} } }`;
const CREATE = `mutation($input: CreateStaffingTemplateInput!) { createStaffingTemplate(input: $input) { ${TPL} } }`;
const UPDATE = `mutation($input: UpdateStaffingTemplateInput!) { updateStaffingTemplate(input: $input) { ${TPL} } }`;
const DELETE = `mutation($id: ID!) { deleteStaffingTemplate(id: $id) }`;
const APPLY = `mutation($input: ApplyStaffingTemplateInput!) { applyStaffingTemplate(input: $input) { estateId templateId changed departmentsCreated positionsCreated departments { id code name } positions { ${POS} } } }`;
const POSITIONS = `query($estateId: ID!) { positions(estateId: $estateId) { ${POS} } }`;
const DEPARTMENTS = `query($estateId: ID!) { departments(estateId: $estateId) { id code name } }`;

interface TplPosition {
  departmentCode: string;
  code: string;
  name: string;
  nameEn?: string | null;
  plannedHeadcount: number;
  shiftPattern: string;
  workingHours: string | null;
  duty: string | null;
  certificateRequired: boolean;
  certificateKinds: string[];
  ageMin: number | null;
  ageMax: number | null;
}
interface Template {
  id: string;
  builtIn: boolean;
  name: string;
  description: string | null;
  plannedHeadcount: number;
  version: number;
  updatedAt: string | null;
  departments: { code: string; name: string; nameEn: string | null }[];
  positions: TplPosition[];
}
interface Pos extends Omit<TplPosition, 'departmentCode'> {
  id: string;
  departmentId: string;
  version: number;
}
interface Applied {
  estateId: string;
  templateId: string;
  changed: boolean;
  departmentsCreated: number;
  positionsCreated: number;
  departments: { id: string; code: string; name: string }[];
  positions: Pos[];
}

async function ok<T>(user: TestUser, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await kit.gql<T>(user.token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

const fieldsOf = (res: GqlResult) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f: { path: (string | number)[]; reason: string }) => ({
    path: f.path,
    reason: f.reason,
  }));
const reasonOf = (res: GqlResult) => (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;

async function changeLogOf(subjectId: string) {
  return kit.database.raw<{ action: string; before: unknown; after: unknown; actor_user_id: string }>(
    `select action, before, after, actor_user_id from change_log where subject_id = $1 order by at, id`,
    [subjectId],
  );
}

const templateCount = async () =>
  (await kit.database.raw<{ n: number }>('select count(*)::int as n from staffing_templates'))[0]!.n;

const tplName = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

/** A fresh estate of A (no departments, no positions), made by the admin. */
async function newEstate(): Promise<string> {
  const created = await ok<{ createEstate: { id: string } }>(
    admin,
    `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id } }`,
    {
      input: {
        name: `模板苑 ${randomUUID().slice(0, 8)}`,
        code: `TP-${randomUUID().slice(0, 8)}`,
        type: 'RESIDENTIAL',
        regionId: A.regions[0]!.id,
      },
    },
  );
  return created.createEstate.id;
}

/** A company template of A made by the admin from estates[0] (staffed and adjusted in beforeAll). */
async function templateOfA(name = tplName('标准编制')): Promise<Template> {
  return (
    await ok<{ createStaffingTemplate: Template }>(admin, CREATE, {
      input: { name, description: '多层住宅\n含夜间巡逻', fromEstateId: A.estates[0]!.id },
    })
  ).createStaffingTemplate;
}

/** estates[0] of A: the built-in template, 7 cleaners, no gardeners, a night patrol of 2. */
const ADJUSTED_TOTAL = 16 + 2 - 3 + 2;

beforeAll(async () => {
  kit = await startTestKit();
  [A, B] = await Promise.all([kit.company(), kit.company()]);
  [admin, auditor, viewer, regionViewer, manager, otherManager, staff, committee, bAdmin] = await Promise.all(
    [
      A.user('COMPANY_ADMIN'),
      A.user('QUALITY_AUDITOR'),
      A.user('HQ_VIEWER'),
      A.user('HQ_VIEWER', { regionId: A.regions[1]!.id }),
      A.user('ESTATE_MANAGER', { estateIds: [A.estates[0]!.id] }),
      A.user('ESTATE_MANAGER', { estateIds: [A.estates[1]!.id] }),
      A.user('ESTATE_STAFF', { estateIds: [A.estates[0]!.id] }),
      A.user('COMMITTEE_MEMBER', { estateIds: [A.estates[0]!.id] }),
      B.user('COMPANY_ADMIN'),
    ],
  );
  // estates[0]: the built-in template, adjusted by its manager.
  const { applyStaffingTemplate: staffed } = await ok<{ applyStaffingTemplate: Applied }>(manager, APPLY, {
    input: { estateId: A.estates[0]!.id },
  });
  const cleaner = staffed.positions.find((p) => p.code === 'CLEANER')!;
  const gardener = staffed.positions.find((p) => p.code === 'GARDENER')!;
  await ok(manager, `mutation($input: UpdatePositionInput!) { updatePosition(input: $input) { id } }`, {
    input: { id: cleaner.id, version: cleaner.version, plannedHeadcount: 7 },
  });
  await ok(manager, `mutation($input: DeletePositionInput!) { deletePosition(input: $input) }`, {
    input: { id: gardener.id, version: gardener.version },
  });
  await ok(manager, `mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }`, {
    input: {
      estateId: A.estates[0]!.id,
      departmentId: staffed.departments.find((d) => d.code === 'SECURITY')!.id,
      code: 'NIGHT_PATROL',
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
    },
  });
});
afterAll(() => kit?.close());

describe('the list of staffing templates', () => {
  it('starts with the built-in 16-person template (fixed id BUILT_IN_16), for every HQ role and managers', async () => {
    for (const user of [admin, auditor, viewer, regionViewer, manager]) {
      const { staffingTemplates } = await ok<{ staffingTemplates: Template[] }>(user, LIST);
      const [first] = staffingTemplates;
      expect(first).toMatchObject({
        id: BUILT_IN_STAFFING_TEMPLATE_ID,
        builtIn: true,
        plannedHeadcount: 16,
        version: 1,
        updatedAt: null,
      });
      expect(first!.departments.map((d) => d.code)).toEqual([...SERVICE_CENTRE_DEPARTMENTS]);
      expect(first!.positions.map((p) => p.code)).toEqual(STAFFING_TEMPLATE_16.map((p) => p.code));
    }
  });

  it('staff and committee members get nothing (FORBIDDEN)', async () => {
    for (const user of [staff, committee]) expect(codeOf(await kit.gql(user.token, LIST))).toBe('FORBIDDEN');
  });

  it("another company's templates never show", async () => {
    const mine = await templateOfA(tplName('甲方专用'));
    const { staffingTemplates } = await ok<{ staffingTemplates: Template[] }>(bAdmin, LIST);
    expect(staffingTemplates.map((t) => t.id)).toEqual([BUILT_IN_STAFFING_TEMPLATE_ID]);
    const ours = await ok<{ staffingTemplates: Template[] }>(viewer, LIST);
    expect(ours.staffingTemplates.map((t) => t.id)).toContain(mine.id);
  });
});

describe('a company template from an estate, applied to another', () => {
  let template: Template;

  it('is a snapshot of the estate’s departments and positions, with every field of a position', async () => {
    template = await templateOfA();
    expect(template).toMatchObject({
      builtIn: false,
      description: '多层住宅\n含夜间巡逻',
      plannedHeadcount: ADJUSTED_TOTAL,
      version: 1,
    });
    expect(template.id).toMatch(/^[0-9a-f-]{36}$/);
    // All six departments (landscaping too, though its gardeners were removed), in service-centre order.
    expect(template.departments.map((d) => d.code)).toEqual([...SERVICE_CENTRE_DEPARTMENTS]);
    const codes = template.positions.map((p) => p.code);
    expect(codes).not.toContain('GARDENER');
    expect(template.positions.find((p) => p.code === 'CLEANER')).toMatchObject({
      departmentCode: 'CLEANING',
      plannedHeadcount: 7,
    });
    expect(template.positions.find((p) => p.code === 'NIGHT_PATROL')).toEqual({
      departmentCode: 'SECURITY',
      code: 'NIGHT_PATROL',
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
    });
    const log = await changeLogOf(template.id);
    expect(log.map((l) => l.action)).toEqual(['staffingTemplate.create']);
    expect(log[0]!.actor_user_id).toBe(admin.id);
    expect(log[0]!.after).toMatchObject({ name: template.name, fromEstateId: A.estates[0]!.id });
  });

  it('is applied to an estate with no positions by its manager: every department and position, as they were', async () => {
    const estateId = A.estates[1]!.id;
    const { applyStaffingTemplate: r } = await ok<{ applyStaffingTemplate: Applied }>(otherManager, APPLY, {
      input: { estateId, templateId: template.id },
    });
    expect(r).toMatchObject({
      estateId,
      templateId: template.id,
      changed: true,
      departmentsCreated: SERVICE_CENTRE_DEPARTMENTS.length,
      positionsCreated: template.positions.length,
    });
    expect(r.positions.reduce((n, p) => n + p.plannedHeadcount, 0)).toBe(ADJUSTED_TOTAL);
    const deptCode = new Map(r.departments.map((d) => [d.id, d.code]));
    const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
    const made = r.positions
      .map(({ id: _id, departmentId, version: _v, ...p }) => ({
        departmentCode: deptCode.get(departmentId)!,
        ...p,
      }))
      .sort(byCode);
    expect(made).toEqual(template.positions.map(({ nameEn: _n, ...p }) => p).sort(byCode));
    const log = (await changeLogOf(estateId)).filter((l) => l.action === 'team.applyStaffingTemplate');
    expect(log).toHaveLength(1);
    expect(log[0]!.actor_user_id).toBe(otherManager.id);
    expect(log[0]!.after).toMatchObject({ templateId: template.id });
  });

  it('a second application changes nothing and writes nothing', async () => {
    const estateId = A.estates[1]!.id;
    const logBefore = (await changeLogOf(estateId)).length;
    const { applyStaffingTemplate: r } = await ok<{ applyStaffingTemplate: Applied }>(admin, APPLY, {
      input: { estateId, templateId: template.id },
    });
    expect(r).toMatchObject({ changed: false, departmentsCreated: 0, positionsCreated: 0 });
    expect(r.positions).toHaveLength(template.positions.length);
    expect(await changeLogOf(estateId)).toHaveLength(logBefore);
  });

  it('then the built-in template adds only what is missing, by code (the gardeners)', async () => {
    const { applyStaffingTemplate: r } = await ok<{ applyStaffingTemplate: Applied }>(otherManager, APPLY, {
      input: { estateId: A.estates[1]!.id, templateId: BUILT_IN_STAFFING_TEMPLATE_ID },
    });
    expect(r).toMatchObject({
      templateId: BUILT_IN_STAFFING_TEMPLATE_ID,
      departmentsCreated: 0,
      positionsCreated: 1,
    });
    expect(r.positions.find((p) => p.code === 'CLEANER')!.plannedHeadcount).toBe(7);
    expect(r.positions.find((p) => p.code === 'GARDENER')!.plannedHeadcount).toBe(3);
  });

  it('is a copy: changing the estate it came from does not change it', async () => {
    const { positions } = await ok<{ positions: Pos[] }>(manager, POSITIONS, { estateId: A.estates[0]!.id });
    const cleaner = positions.find((p) => p.code === 'CLEANER')!;
    await ok(manager, `mutation($input: UpdatePositionInput!) { updatePosition(input: $input) { id } }`, {
      input: { id: cleaner.id, version: cleaner.version, plannedHeadcount: 9 },
    });
    const { staffingTemplates } = await ok<{ staffingTemplates: Template[] }>(admin, LIST);
    const again = staffingTemplates.find((t) => t.id === template.id)!;
    expect(again.positions.find((p) => p.code === 'CLEANER')!.plannedHeadcount).toBe(7);
    await ok(manager, `mutation($input: UpdatePositionInput!) { updatePosition(input: $input) { id } }`, {
      input: { id: cleaner.id, version: cleaner.version + 1, plannedHeadcount: 7 },
    });
  });

  it('a company template on a fresh estate creates the departments it names', async () => {
    const estateId = await newEstate();
    const { applyStaffingTemplate: r } = await ok<{ applyStaffingTemplate: Applied }>(admin, APPLY, {
      input: { estateId, templateId: template.id },
    });
    expect(r.departments.map((d) => d.code).sort()).toEqual([...SERVICE_CENTRE_DEPARTMENTS].sort());
    expect(r.positions.map((p) => p.code).sort()).toEqual(template.positions.map((p) => p.code).sort());
  });
});

describe('renaming and deleting a company template', () => {
  it('renames under an optimistic lock: a stale version is CONFLICT, a taken name too', async () => {
    const template = await templateOfA();
    const other = await templateOfA();
    const name = tplName('改名');
    const { updateStaffingTemplate: updated } = await ok<{ updateStaffingTemplate: Template }>(
      admin,
      UPDATE,
      {
        input: { id: template.id, version: 1, name, description: null },
      },
    );
    expect(updated).toMatchObject({ name, description: null, version: 2, plannedHeadcount: ADJUSTED_TOTAL });
    const stale = await kit.gql(admin.token, UPDATE, {
      input: { id: template.id, version: 1, name: tplName('旧') },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(reasonOf(stale)).toBe('STALE_VERSION');
    const taken = await kit.gql(admin.token, UPDATE, { input: { id: other.id, version: 1, name } });
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(fieldsOf(taken)).toEqual([{ path: ['name'], reason: 'TAKEN' }]);
    const takenOnCreate = await kit.gql(admin.token, CREATE, {
      input: { name, fromEstateId: A.estates[0]!.id },
    });
    expect(fieldsOf(takenOnCreate)).toEqual([{ path: ['name'], reason: 'TAKEN' }]);
    const log = await changeLogOf(template.id);
    expect(log.map((l) => l.action)).toEqual(['staffingTemplate.create', 'staffingTemplate.update']);
    expect(log[1]!.before).toMatchObject({ version: 1, description: '多层住宅\n含夜间巡逻' });
    expect(log[1]!.after).toMatchObject({ version: 2, name, description: null });
  });

  it('deletes: gone from the list, no longer applicable; estates made from it keep their positions', async () => {
    const template = await templateOfA();
    const estateId = await newEstate();
    await ok(admin, APPLY, { input: { estateId, templateId: template.id } });
    const { deleteStaffingTemplate } = await ok<{ deleteStaffingTemplate: string }>(admin, DELETE, {
      id: template.id,
    });
    expect(deleteStaffingTemplate).toBe(template.id);
    const { staffingTemplates } = await ok<{ staffingTemplates: Template[] }>(admin, LIST);
    expect(staffingTemplates.map((t) => t.id)).not.toContain(template.id);
    expect(codeOf(await kit.gql(admin.token, DELETE, { id: template.id }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(admin.token, APPLY, { input: { estateId, templateId: template.id } }))).toBe(
      'NOT_FOUND',
    );
    const { positions } = await ok<{ positions: Pos[] }>(admin, POSITIONS, { estateId });
    expect(positions).toHaveLength(template.positions.length);
    const log = await changeLogOf(template.id);
    expect(log.map((l) => l.action)).toEqual(['staffingTemplate.create', 'staffingTemplate.delete']);
    expect(log[1]!.after).toBeNull();
  });

  it('the built-in template cannot be renamed or deleted', async () => {
    const rename = await kit.gql(admin.token, UPDATE, {
      input: { id: BUILT_IN_STAFFING_TEMPLATE_ID, version: 1, name: '改' },
    });
    expect(codeOf(rename)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(rename)).toEqual([{ path: ['id'], reason: 'BUILT_IN' }]);
    const remove = await kit.gql(admin.token, DELETE, { id: BUILT_IN_STAFFING_TEMPLATE_ID });
    expect(fieldsOf(remove)).toEqual([{ path: ['id'], reason: 'BUILT_IN' }]);
  });
});

describe('who may do what', () => {
  let template: Template;
  beforeAll(async () => {
    template = await templateOfA();
  });

  it('only the company admin keeps company templates', async () => {
    const before = await templateCount();
    for (const [user, code] of [
      [manager, 'FORBIDDEN'],
      [auditor, 'FORBIDDEN'],
      [viewer, 'FORBIDDEN'],
      [staff, 'FORBIDDEN'],
      [committee, 'FORBIDDEN'],
    ] as const) {
      const create = await kit.gql(user.token, CREATE, {
        input: { name: tplName('越权'), fromEstateId: A.estates[0]!.id },
      });
      expect(codeOf(create)).toBe(code);
    }
    for (const [user, code] of [
      [manager, 'FORBIDDEN'],
      [auditor, 'FORBIDDEN'],
      [regionViewer, 'FORBIDDEN'],
      // Who may not even read templates learns nothing of this one.
      [staff, 'NOT_FOUND'],
      [committee, 'NOT_FOUND'],
    ] as const) {
      const update = await kit.gql(user.token, UPDATE, {
        input: { id: template.id, version: 1, name: '越权' },
      });
      expect(codeOf(update), user.email).toBe(code);
      expect(codeOf(await kit.gql(user.token, DELETE, { id: template.id })), user.email).toBe(code);
    }
    // A manager is refused the built-in template as any other: no field problem for them.
    expect(codeOf(await kit.gql(manager.token, DELETE, { id: BUILT_IN_STAFFING_TEMPLATE_ID }))).toBe(
      'FORBIDDEN',
    );
    expect(await templateCount()).toBe(before);
    const [row] = await kit.database.raw<{ name: string; version: number }>(
      'select name, version from staffing_templates where id = $1',
      [template.id],
    );
    expect(row).toEqual({ name: template.name, version: 1 });
  });

  it('applying is for those who may add positions to that estate', async () => {
    const estateId = A.estates[2]!.id;
    const call = { input: { estateId, templateId: template.id } };
    // estates[2] is not theirs: as if it did not exist.
    for (const user of [manager, otherManager, staff, committee]) {
      expect(codeOf(await kit.gql(user.token, APPLY, call)), user.email).toBe('NOT_FOUND');
    }
    expect(codeOf(await kit.gql(viewer.token, APPLY, call))).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(auditor.token, APPLY, call))).toBe('FORBIDDEN');
    const [row] = await kit.database.raw<{ n: number }>(
      'select count(*)::int as n from positions where estate_id = $1',
      [estateId],
    );
    expect(row!.n).toBe(0);
  });

  it("another company's admin gets NOT_FOUND for A's template and A's estate, through every argument", async () => {
    const bEstate = B.estates[0]!.id;
    const before = await kit.database.raw('select * from staffing_templates where id = $1', [template.id]);
    expect(
      codeOf(await kit.gql(bAdmin.token, APPLY, { input: { estateId: bEstate, templateId: template.id } })),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await kit.gql(bAdmin.token, UPDATE, { input: { id: template.id, version: 1, name: '乙方改名' } }),
      ),
    ).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(bAdmin.token, DELETE, { id: template.id }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await kit.gql(bAdmin.token, CREATE, {
          input: { name: tplName('乙方'), fromEstateId: A.estates[0]!.id },
        }),
      ),
    ).toBe('NOT_FOUND');
    // The same answers as for ids that name nothing.
    for (const id of [randomUUID(), 'not-a-uuid']) {
      expect(codeOf(await kit.gql(bAdmin.token, DELETE, { id }))).toBe('NOT_FOUND');
      expect(
        codeOf(await kit.gql(bAdmin.token, APPLY, { input: { estateId: bEstate, templateId: id } })),
      ).toBe('NOT_FOUND');
    }
    expect(await kit.database.raw('select * from staffing_templates where id = $1', [template.id])).toEqual(
      before,
    );
    const [bPositions] = await kit.database.raw<{ n: number }>(
      'select count(*)::int as n from positions where estate_id = $1',
      [bEstate],
    );
    expect(bPositions!.n).toBe(0);
  });

  it('row-level security: working as B, the table holds none of A’s templates', async () => {
    const asB = await withTenant(kit.database, B.id, (tx) => tx.select().from(staffingTemplates));
    expect(asB.filter((t) => t.companyId !== B.id)).toEqual([]);
    const asA = await withTenant(kit.database, A.id, (tx) => tx.select().from(staffingTemplates));
    expect(asA.map((t) => t.id)).toContain(template.id);
  });
});

describe('hostile and invalid input', () => {
  it('refuses control characters and huge strings with BAD_USER_INPUT naming the field; stores nothing', async () => {
    const before = await templateCount();
    for (const [field, value] of [
      ['name', '模板\u0000名'],
      ['name', '模'.repeat(61)],
      ['name', '   '],
      ['description', '说明\u202E'],
      ['description', `说明${'长'.repeat(600)}`],
      ['fromEstateId', `e\u0007${'x'.repeat(10)}`],
      ['fromEstateId', 'x'.repeat(10_000)],
    ] as const) {
      const res = await kit.gql(admin.token, CREATE, {
        input: { name: tplName('模板'), fromEstateId: A.estates[0]!.id, [field]: value },
      });
      expect(codeOf(res), `${field}: ${value.slice(0, 10)}`).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res).map((f) => f.path.at(-1))).toContain(field);
    }
    const template = await templateOfA();
    const rename = await kit.gql(admin.token, UPDATE, {
      input: { id: template.id, version: 1, name: 'a\u0001b' },
    });
    expect(fieldsOf(rename)).toEqual([{ path: ['name'], reason: 'CONTROL_CHARACTERS' }]);
    const apply = await kit.gql(admin.token, APPLY, {
      input: { estateId: A.estates[1]!.id, templateId: `t\u0000${template.id}` },
    });
    expect(codeOf(apply)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(apply)).toEqual([{ path: ['templateId'], reason: 'CONTROL_CHARACTERS' }]);
    expect(await templateCount()).toBe(before + 1);
  });

  it('an estate without positions cannot be saved as a template', async () => {
    const estateId = await newEstate();
    const res = await kit.gql(admin.token, CREATE, {
      input: { name: tplName('空'), fromEstateId: estateId },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([{ path: ['fromEstateId'], reason: 'OUT_OF_RANGE' }]);
  });
});

describe('deleting a position somebody holds', () => {
  it('is refused with CONFLICT IN_USE; nothing changes', async () => {
    const estateId = A.estates[0]!.id;
    const { positions } = await ok<{ positions: Pos[] }>(manager, POSITIONS, { estateId });
    const patrol = positions.find((p) => p.code === 'NIGHT_PATROL')!;
    await ok(manager, `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, {
      input: { estateId, positionId: patrol.id, name: '巡逻员', hireDate: '2024-01-02' },
    });
    const res = await kit.gql(
      manager.token,
      `mutation($input: DeletePositionInput!) { deletePosition(input: $input) }`,
      {
        input: { id: patrol.id, version: patrol.version },
      },
    );
    expect(codeOf(res)).toBe('CONFLICT');
    expect(reasonOf(res)).toBe('IN_USE');
    const { positions: after } = await ok<{ positions: Pos[] }>(manager, POSITIONS, { estateId });
    expect(after.find((p) => p.id === patrol.id)).toMatchObject({ version: patrol.version });
    const { departments } = await ok<{ departments: { code: string }[] }>(manager, DEPARTMENTS, { estateId });
    expect(departments.length).toBe(SERVICE_CENTRE_DEPARTMENTS.length);
  });
});
