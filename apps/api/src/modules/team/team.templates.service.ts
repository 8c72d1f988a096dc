/**
 * Staffing templates (编制模板, issue 10 item 1): the built-in 16-person template of the source
 * documents and the company's own, each a snapshot of an estate's departments and positions made
 * by the company admin; applied to an estate (its manager or the admin), adding only the
 * departments and positions it lacks, by code. Every change is written to the change log.
 */
import {
  applyStaffingTemplateInput,
  BUILT_IN_STAFFING_TEMPLATE_ID,
  builtInStaffingTemplate,
  createStaffingTemplateInput,
  DEPARTMENT_CODES,
  DEPARTMENTS,
  deleteStaffingTemplateInput,
  isDepartmentCode,
  MAX_TEMPLATE_POSITIONS,
  type StaffingTemplateContent,
  type StaffingTemplateDepartment,
  updateStaffingTemplateInput,
} from '@anju/domain';
import { accessibleWhere, assertCan, assertCanCreate } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { badInput, conflict, forbidden, mapConstraintError, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { estateFor, toDepartment, toPosition } from './team.service.js';
import * as teamStore from './team.store.js';
import type { StaffingTemplateRow } from './team.templates.schema.js';
import * as store from './team.templates.store.js';
import type {
  CreateStaffingTemplateInput,
  StaffingTemplate,
  UpdateStaffingTemplateInput,
} from './team.templates.types.js';
import type { StaffingTemplateResult } from './team.types.js';

const WHAT = '编制模板';
const ESTATE = '项目';

const uniques = {
  staffing_templates_name_key: { path: ['name'], reason: 'TAKEN', message: '模板名称已被使用' },
};

const staleVersion = () => conflict('编制模板已被他人修改，请刷新后重试', 'STALE_VERSION');
const builtInProblem = () =>
  badInput([{ path: ['id'], reason: 'BUILT_IN', message: '内置编制模板不能修改或删除' }]);

const total = (content: StaffingTemplateContent) =>
  content.positions.reduce((sum, p) => sum + p.plannedHeadcount, 0);

/** The built-in 16-person template as the API shows it: fixed id, version 1, never changed. */
function builtIn(): StaffingTemplate {
  const content = builtInStaffingTemplate();
  return {
    id: BUILT_IN_STAFFING_TEMPLATE_ID,
    builtIn: true,
    name: '16人标准编制',
    description: '住宅小区物业管理服务方案：服务中心计划配置16名专业人员（项目经理兼秩序维护部主管）',
    plannedHeadcount: total(content),
    ...content,
    version: 1,
    updatedAt: null,
  };
}

export const toTemplate = (row: StaffingTemplateRow): StaffingTemplate => ({
  id: row.id,
  builtIn: false,
  name: row.name,
  description: row.description,
  plannedHeadcount: total(row),
  departments: row.departments,
  positions: row.positions,
  version: row.version,
  updatedAt: row.updatedAt,
});

/** The service centre's order (management, customer service, security …), other codes after. */
const rank = (code: string) => {
  const i = (DEPARTMENT_CODES as readonly string[]).indexOf(code);
  return i < 0 ? DEPARTMENT_CODES.length : i;
};

/**
 * May the caller `action` company templates at all? A caller who reads them but may not change
 * them is FORBIDDEN; one who may not even read them gets NOT_FOUND (as for any hidden object).
 */
function assertMay(caller: TenantCaller, action: 'update' | 'delete'): void {
  if (caller.ability.can(action, 'StaffingTemplate')) return;
  if (caller.ability.can('read', 'StaffingTemplate')) throw forbidden();
  throw notFound(WHAT);
}

/**
 * The company template `id` the caller may `action`: another company's, or an id naming none, is
 * NOT_FOUND. The built-in template's id is a field problem (it never changes).
 */
async function templateFor(
  tx: Tx,
  caller: TenantCaller,
  id: string,
  action: 'update' | 'delete',
): Promise<StaffingTemplateRow> {
  if (id === BUILT_IN_STAFFING_TEMPLATE_ID) throw builtInProblem();
  const row = await store.findTemplate(tx, caller.companyId, id, true);
  if (!row) throw notFound(WHAT);
  assertCan(caller.ability, action, 'StaffingTemplate', row, WHAT);
  return row;
}

// ---------------------------------------------------------------------------------------------
// Reads

/** The built-in template first, then the company's by name. */
export function listStaffingTemplates(ctx: Context): Promise<StaffingTemplate[]> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!caller.ability.can('read', 'StaffingTemplate')) throw forbidden();
    const access = accessibleWhere(caller.ability, 'read', 'StaffingTemplate', store.templateColumns);
    const rows = await store.listTemplates(tx, caller.companyId, access);
    return [builtIn(), ...rows.map(toTemplate)];
  });
}

// ---------------------------------------------------------------------------------------------
// Changes

/** A company template from the departments and positions estate `fromEstateId` has now. */
export async function createStaffingTemplate(
  ctx: Context,
  input: CreateStaffingTemplateInput,
): Promise<StaffingTemplate> {
  try {
    return await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      // Permission first: the input is judged only for a caller who may keep company templates.
      assertCanCreate(caller.ability, 'StaffingTemplate', { companyId: caller.companyId });
      const parsed = parseInput(createStaffingTemplateInput, input);
      const estateId = await estateFor(tx, caller, parsed.fromEstateId, 'read', 'Position');
      const readable = accessibleWhere(caller.ability, 'read', 'Position', teamStore.positionColumns);
      const [departments, positions] = [
        await teamStore.listDepartments(tx, caller.companyId, estateId),
        await teamStore.listPositions(tx, caller.companyId, estateId, readable),
      ];
      if (positions.length === 0 || positions.length > MAX_TEMPLATE_POSITIONS) {
        throw badInput([
          {
            path: ['fromEstateId'],
            reason: 'OUT_OF_RANGE',
            message:
              positions.length === 0
                ? '该项目还没有岗位，不能存为模板'
                : `模板最多 ${MAX_TEMPLATE_POSITIONS} 个岗位`,
            params: { min: 1, max: MAX_TEMPLATE_POSITIONS },
          },
        ]);
      }
      const byId = new Map(departments.map((d) => [d.id, d]));
      const ordered = [...departments].sort(
        (a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code),
      );
      const departmentRank = new Map(ordered.map((d, i) => [d.id, i]));
      const content: StaffingTemplateContent = {
        departments: ordered.map((d) => ({ code: d.code, name: d.name, nameEn: d.nameEn })),
        positions: [...positions]
          .sort(
            (a, b) =>
              departmentRank.get(a.departmentId)! - departmentRank.get(b.departmentId)! ||
              a.code.localeCompare(b.code),
          )
          .map((p) => ({
            departmentCode: byId.get(p.departmentId)!.code,
            code: p.code,
            name: p.name,
            nameEn: p.nameEn,
            plannedHeadcount: p.plannedHeadcount,
            shiftPattern: p.shiftPattern,
            workingHours: p.workingHours,
            duty: p.duty,
            certificateRequired: p.certificateRequired,
            certificateKinds: [...p.certificateKinds],
            ageMin: p.ageMin,
            ageMax: p.ageMax,
          })),
      };
      const row = await store.insertTemplate(
        tx,
        caller.companyId,
        { name: parsed.name, description: parsed.description || null, ...content, createdBy: caller.userId },
        ctx.services.clock(),
      );
      await changeLog('staffingTemplate.create', 'StaffingTemplate', row.id, null, {
        ...row,
        fromEstateId: estateId,
      });
      return toTemplate(row);
    });
  } catch (error) {
    throw mapConstraintError(error, uniques) ?? error;
  }
}

/** Renames a company template or changes its description (optimistic lock on its version). */
export async function updateStaffingTemplate(
  ctx: Context,
  input: UpdateStaffingTemplateInput,
): Promise<StaffingTemplate> {
  try {
    return await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      // Permission first: the input is judged only for a caller who may change templates.
      assertMay(caller, 'update');
      const sent = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      if (sent.name === null) delete sent.name;
      const parsed = parseInput(updateStaffingTemplateInput, sent);
      const before = await templateFor(tx, caller, parsed.id, 'update');
      if (before.version !== parsed.version) throw staleVersion();
      const after = await store.updateTemplate(
        tx,
        caller.companyId,
        before.id,
        before.version,
        {
          ...(parsed.name !== undefined && { name: parsed.name }),
          ...(parsed.description !== undefined && { description: parsed.description || null }),
        },
        ctx.services.clock(),
      );
      if (!after) throw staleVersion();
      await changeLog('staffingTemplate.update', 'StaffingTemplate', before.id, before, after);
      return toTemplate(after);
    });
  } catch (error) {
    throw mapConstraintError(error, uniques) ?? error;
  }
}

/** Deletes a company template; estates made from it keep their positions. Answers its id. */
export function deleteStaffingTemplate(ctx: Context, id: string): Promise<string> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    assertMay(caller, 'delete');
    const parsed = parseInput(deleteStaffingTemplateInput, { id });
    const before = await templateFor(tx, caller, parsed.id, 'delete');
    await store.deleteTemplate(tx, caller.companyId, before.id);
    await changeLog('staffingTemplate.delete', 'StaffingTemplate', before.id, before, null);
    return before.id;
  });
}

/**
 * Gives an estate the departments and positions of a staffing template (the built-in 16-person
 * one when `templateId` is absent) that it does not have yet, matched by code. What exists is
 * never changed, so an estate's own adjustments stay; a second call finds everything there and
 * answers `changed: false` without writing anything.
 */
export function applyStaffingTemplate(
  ctx: Context,
  input: { estateId: string; templateId?: string | null },
): Promise<StaffingTemplateResult> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estateId = await estateFor(tx, caller, String(input.estateId), 'create', 'Department');
    assertCan(caller.ability, 'create', 'Position', { companyId: caller.companyId, estateId }, ESTATE);
    const parsed = parseInput(applyStaffingTemplateInput, input);
    const templateId = parsed.templateId ?? BUILT_IN_STAFFING_TEMPLATE_ID;
    let content: StaffingTemplateContent;
    if (templateId === BUILT_IN_STAFFING_TEMPLATE_ID) {
      content = builtInStaffingTemplate();
    } else {
      const row = await store.findTemplate(tx, caller.companyId, templateId);
      if (!row) throw notFound(WHAT);
      assertCan(caller.ability, 'read', 'StaffingTemplate', row, WHAT);
      content = row;
    }
    const now = ctx.services.clock();
    const existing = await teamStore.listDepartments(tx, caller.companyId, estateId);
    const have = new Set(existing.map((d) => d.code));
    // Every department the template names, and any its positions name that it forgot to list.
    const wanted = new Map<string, StaffingTemplateDepartment>(content.departments.map((d) => [d.code, d]));
    for (const p of content.positions) {
      if (wanted.has(p.departmentCode)) continue;
      const known = isDepartmentCode(p.departmentCode) ? DEPARTMENTS[p.departmentCode] : undefined;
      wanted.set(p.departmentCode, {
        code: p.departmentCode,
        name: known?.zh ?? p.departmentCode,
        nameEn: known?.en ?? null,
      });
    }
    const missing = [...wanted.values()].filter((d) => !have.has(d.code));
    const newDepartments = await teamStore.insertDepartments(
      tx,
      caller.companyId,
      missing.map((d) => ({
        estateId,
        code: d.code,
        name: d.name,
        nameEn: d.nameEn,
        createdBy: caller.userId,
      })),
      now,
    );
    // Read again: a concurrent call may have added some of them (skipped above).
    const allDepartments = missing.length
      ? await teamStore.listDepartments(tx, caller.companyId, estateId)
      : existing;
    const departmentByCode = new Map(allDepartments.map((d) => [d.code, d]));
    const havePositions = new Set(
      (await teamStore.listPositions(tx, caller.companyId, estateId)).map((p) => p.code),
    );
    const newPositions = await teamStore.insertPositions(
      tx,
      caller.companyId,
      content.positions
        .filter((p) => !havePositions.has(p.code))
        .map((p) => ({
          estateId,
          departmentId: departmentByCode.get(p.departmentCode)!.id,
          code: p.code,
          name: p.name,
          nameEn: p.nameEn,
          plannedHeadcount: p.plannedHeadcount,
          shiftPattern: p.shiftPattern,
          workingHours: p.workingHours,
          duty: p.duty,
          certificateRequired: p.certificateRequired,
          certificateKinds: [...p.certificateKinds],
          ageMin: p.ageMin,
          ageMax: p.ageMax,
          createdBy: caller.userId,
        })),
      now,
      true,
    );
    const changed = newDepartments.length + newPositions.length > 0;
    if (changed) {
      await changeLog('team.applyStaffingTemplate', 'Estate', estateId, null, {
        templateId,
        departments: newDepartments,
        positions: newPositions,
      });
    }
    const departments = await teamStore.listDepartments(tx, caller.companyId, estateId);
    const positions = await teamStore.listPositions(tx, caller.companyId, estateId);
    return {
      estateId,
      templateId,
      changed,
      departmentsCreated: newDepartments.length,
      positionsCreated: newPositions.length,
      departments: departments.map(toDepartment),
      positions: positions.map(toPosition),
    };
  });
}
