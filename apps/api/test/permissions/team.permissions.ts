/** The estate team's operations (issue 10: departments and positions): who may run each, and a runnable sample (see permission-matrix.test.ts). */
import { BUILT_IN_STAFFING_TEMPLATE_ID, STAFFING_TEMPLATE_16 } from '@anju/domain';
import { expect } from 'vitest';
import type { MatrixRole } from '../schema-roles.js';
import { unique } from '../schema-roles.js';
import { ADMIN_ONLY, adminGql, co, type Entry } from './harness.js';

/** Department / Position read: HQ (the auditor, viewers of the whole company or of region 0) and estates[0]'s staff. */
export const TEAM_READERS: readonly MatrixRole[] = [
  'COMPANY_ADMIN',
  'QUALITY_AUDITOR',
  'HQ_VIEWER',
  'HQ_VIEWER_REGION',
  'ESTATE_MANAGER',
  'ESTATE_STAFF',
];
/** Department / Position manage: the company admin and the estate's manager. */
export const TEAM_MANAGERS: readonly MatrixRole[] = ['COMPANY_ADMIN', 'ESTATE_MANAGER'];

/** StaffingTemplate read: HQ (the admin, the auditor, viewers of the company or of a region) and estate managers. */
export const TEMPLATE_READERS: readonly MatrixRole[] = [
  'COMPANY_ADMIN',
  'QUALITY_AUDITOR',
  'HQ_VIEWER',
  'HQ_VIEWER_REGION',
  'ESTATE_MANAGER',
];

const APPLY = `mutation($input: ApplyStaffingTemplateInput!) { applyStaffingTemplate(input: $input) { estateId changed departments { id code } positions { id code plannedHeadcount } } }`;
const POS = 'id code plannedHeadcount version';

let security: Promise<string> | undefined;
/** estates[0] staffed from the template once (by the admin); answers its SECURITY department's id. */
function staffedEstate(): Promise<string> {
  security ??= adminGql<{ applyStaffingTemplate: { departments: { id: string; code: string }[] } }>(APPLY, {
    input: { estateId: co.estates[0]!.id },
  }).then((d) => d.applyStaffingTemplate.departments.find((x) => x.code === 'SECURITY')!.id);
  return security;
}

const positionInput = (departmentId: string) => ({
  estateId: co.estates[0]!.id,
  departmentId,
  code: `MX_${unique()
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '_')}`,
  name: '矩阵岗位',
  plannedHeadcount: 2,
  shiftPattern: 'TWO_CREWS',
});

/** A fresh position of estates[0], made by the admin. */
async function freshPosition(): Promise<{ id: string; version: number }> {
  const data = await adminGql<{ createPosition: { id: string; version: number } }>(
    `mutation($input: CreatePositionInput!) { createPosition(input: $input) { ${POS} } }`,
    { input: positionInput(await staffedEstate()) },
  );
  return data.createPosition;
}

const TPL = 'id builtIn name description plannedHeadcount version positions { code plannedHeadcount }';
const CREATE_TEMPLATE = `mutation($input: CreateStaffingTemplateInput!) { createStaffingTemplate(input: $input) { ${TPL} } }`;
const templateName = () => `矩阵模板 ${unique()}`;

/** A fresh company template made by the admin from estates[0] (staffed from the built-in template). */
async function freshTemplate(): Promise<{ id: string; version: number }> {
  await staffedEstate();
  const data = await adminGql<{ createStaffingTemplate: { id: string; version: number } }>(CREATE_TEMPLATE, {
    input: { name: templateName(), fromEstateId: co.estates[0]!.id },
  });
  return data.createStaffingTemplate;
}

export const teamPermissions: Record<string, Entry> = {
  departments: {
    allowed: TEAM_READERS,
    sample: async () => {
      await staffedEstate();
      return {
        query: `query($estateId: ID!) { departments(estateId: $estateId) { id code name } }`,
        variables: { estateId: co.estates[0]!.id },
      };
    },
    check: (_role, data) =>
      expect((data.departments as { code: string }[]).map((d) => d.code)).toContain('SECURITY'),
  },
  positions: {
    allowed: TEAM_READERS,
    sample: async () => {
      await staffedEstate();
      return {
        query: `query($estateId: ID!) { positions(estateId: $estateId) { ${POS} } }`,
        variables: { estateId: co.estates[0]!.id },
      };
    },
    check: (_role, data) =>
      expect((data.positions as { code: string }[]).map((p) => p.code)).toContain('SECURITY_GUARD'),
  },
  createPosition: {
    allowed: TEAM_MANAGERS,
    sample: async () => ({
      query: `mutation($input: CreatePositionInput!) { createPosition(input: $input) { ${POS} } }`,
      variables: { input: positionInput(await staffedEstate()) },
    }),
    check: (_role, data) => expect(data.createPosition).toMatchObject({ plannedHeadcount: 2, version: 1 }),
  },
  updatePosition: {
    allowed: TEAM_MANAGERS,
    sample: async () => {
      const p = await freshPosition();
      return {
        query: `mutation($input: UpdatePositionInput!) { updatePosition(input: $input) { ${POS} } }`,
        variables: { input: { id: p.id, version: p.version, plannedHeadcount: 3 } },
      };
    },
    check: (_role, data) => expect(data.updatePosition).toMatchObject({ plannedHeadcount: 3, version: 2 }),
  },
  deletePosition: {
    allowed: TEAM_MANAGERS,
    sample: async () => {
      const p = await freshPosition();
      return {
        query: `mutation($input: DeletePositionInput!) { deletePosition(input: $input) }`,
        variables: { input: { id: p.id, version: p.version } },
      };
    },
    check: (_role, data, call) =>
      expect(data.deletePosition).toBe((call.variables!.input as { id: string }).id),
  },
  applyStaffingTemplate: {
    allowed: TEAM_MANAGERS,
    sample: () => ({ query: APPLY, variables: { input: { estateId: co.estates[0]!.id } } }),
    check: (_role, data) => {
      const r = data.applyStaffingTemplate as { positions: { code: string; plannedHeadcount: number }[] };
      const template = r.positions.filter((p) => STAFFING_TEMPLATE_16.some((t) => t.code === p.code));
      expect(template.reduce((sum, p) => sum + p.plannedHeadcount, 0)).toBe(16);
    },
  },
  hqDepartments: {
    allowed: ['COMPANY_ADMIN', 'QUALITY_AUDITOR', 'HQ_VIEWER'],
    sample: () => ({ query: `query { hqDepartments { id estateId code } }` }),
    check: (_role, data) =>
      expect((data.hqDepartments as { estateId: string | null }[]).every((d) => d.estateId === null)).toBe(
        true,
      ),
  },
  applyHqDepartments: {
    allowed: ADMIN_ONLY,
    sample: () => ({ query: `mutation { applyHqDepartments { id estateId code } }` }),
    check: (_role, data) =>
      expect((data.applyHqDepartments as { code: string }[]).map((d) => d.code).sort()).toEqual([
        'FINANCE',
        'QUALITY',
        'TECHNICAL',
      ]),
  },
  staffingTemplates: {
    allowed: TEMPLATE_READERS,
    sample: () => ({ query: `query { staffingTemplates { ${TPL} } }` }),
    check: (_role, data) =>
      expect((data.staffingTemplates as { id: string; builtIn: boolean }[])[0]).toMatchObject({
        id: BUILT_IN_STAFFING_TEMPLATE_ID,
        builtIn: true,
      }),
  },
  createStaffingTemplate: {
    allowed: ADMIN_ONLY,
    sample: async () => {
      await staffedEstate();
      return {
        query: CREATE_TEMPLATE,
        variables: { input: { name: templateName(), fromEstateId: co.estates[0]!.id } },
      };
    },
    check: (_role, data) => expect(data.createStaffingTemplate).toMatchObject({ builtIn: false, version: 1 }),
  },
  updateStaffingTemplate: {
    allowed: ADMIN_ONLY,
    sample: async () => {
      const t = await freshTemplate();
      return {
        query: `mutation($input: UpdateStaffingTemplateInput!) { updateStaffingTemplate(input: $input) { ${TPL} } }`,
        variables: { input: { id: t.id, version: t.version, description: '矩阵说明' } },
      };
    },
    check: (_role, data) =>
      expect(data.updateStaffingTemplate).toMatchObject({ description: '矩阵说明', version: 2 }),
  },
  deleteStaffingTemplate: {
    allowed: ADMIN_ONLY,
    sample: async () => {
      const t = await freshTemplate();
      return { query: `mutation($id: ID!) { deleteStaffingTemplate(id: $id) }`, variables: { id: t.id } };
    },
    check: (_role, data, call) => expect(data.deleteStaffingTemplate).toBe(call.variables!.id),
  },
};
