/**
 * Headquarters departments (总部部门: 财务部, 品质部, 技术部): departments of the company itself, with
 * no estate. Only roles that see the whole company read them; the company admin adds the standard
 * ones (idempotent, like the staffing template).
 */
import { DEPARTMENTS, HQ_DEPARTMENTS } from '@anju/domain';
import { accessibleWhere, assertCan } from '../../authz/accessible.js';
import type { Context } from '../../graphql/context.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { toDepartment } from './team.service.js';
import * as store from './team.store.js';
import type { Department } from './team.types.js';

const COMPANY = '公司';

export function listHqDepartments(ctx: Context): Promise<Department[]> {
  return tenantRead(ctx, async (tx, caller) => {
    assertCan(caller.ability, 'read', 'Department', { companyId: caller.companyId, estateId: null }, COMPANY);
    const access = accessibleWhere(caller.ability, 'read', 'Department', store.departmentColumns);
    return (await store.listHqDepartments(tx, caller.companyId, access)).map(toDepartment);
  });
}

/** Adds the standard HQ departments the company lacks; answers all of them. */
export function applyHqDepartments(ctx: Context): Promise<Department[]> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    assertCan(
      caller.ability,
      'create',
      'Department',
      { companyId: caller.companyId, estateId: null },
      COMPANY,
    );
    const have = new Set((await store.listHqDepartments(tx, caller.companyId)).map((d) => d.code));
    const created = await store.insertDepartments(
      tx,
      caller.companyId,
      HQ_DEPARTMENTS.filter((code) => !have.has(code)).map((code) => ({
        estateId: null,
        code,
        name: DEPARTMENTS[code].zh,
        nameEn: DEPARTMENTS[code].en,
        createdBy: caller.userId,
      })),
      ctx.services.clock(),
    );
    if (created.length)
      await changeLog('team.applyHqDepartments', 'Company', caller.companyId, null, created);
    return (await store.listHqDepartments(tx, caller.companyId)).map(toDepartment);
  });
}
