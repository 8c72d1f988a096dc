import type { FieldProblem } from './roles.js';

export const ESTATE_TYPES = ['RESIDENTIAL', 'COMMERCIAL', 'OFFICE', 'PUBLIC'] as const;
export type EstateType = (typeof ESTATE_TYPES)[number];
export const ESTATE_TYPE_LABELS: Record<EstateType, { zh: string; en: string }> = {
  RESIDENTIAL: { zh: '住宅', en: 'Residential' },
  COMMERCIAL: { zh: '商业', en: 'Commercial' },
  OFFICE: { zh: '写字楼', en: 'Office' },
  PUBLIC: { zh: '公建', en: 'Public building' },
};

export const ESTATE_STATUSES = ['PREPARING', 'MANAGED', 'EXITED'] as const;
export type EstateStatus = (typeof ESTATE_STATUSES)[number];
export const ESTATE_STATUS_LABELS: Record<EstateStatus, { zh: string; en: string }> = {
  PREPARING: { zh: '筹备', en: 'Preparing' },
  MANAGED: { zh: '在管', en: 'Managed' },
  EXITED: { zh: '撤场', en: 'Exited' },
};

/** Estate fields as edited in a form or sent to `createEstate`/`updateEstate`. */
export interface EstateFields {
  name?: string | null;
  code?: string | null;
  regionId?: string | null;
  address?: string | null;
  type?: EstateType | null;
  grossFloorArea?: number | null;
  households?: number | null;
  buildings?: number | null;
  contractStart?: string | null;
  contractEnd?: string | null;
  feeRate?: number | null;
  status?: EstateStatus | null;
}

export const ESTATE_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day: `Date.parse` would roll 2024-02-30 over to March. */
export function isCalendarDate(v: string): boolean {
  if (!ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/**
 * Business rules of an estate, shared by the form (instant feedback) and the API (the authority).
 * `required` is true on create, where name, code and type must be present.
 */
export function validateEstateFields(input: EstateFields, required: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, reason: string, message: string) =>
    problems.push({ path: [field], reason, message });

  if (required || input.name !== undefined) {
    const name = input.name?.trim() ?? '';
    if (!name) add('name', 'REQUIRED', '请填写小区名称');
    else if (name.length > 60) add('name', 'TOO_LONG', '小区名称不能超过 60 个字');
  }
  if (required || input.code !== undefined) {
    const code = input.code?.trim() ?? '';
    if (!code) add('code', 'REQUIRED', '请填写项目编号');
    else if (!ESTATE_CODE_PATTERN.test(code))
      add('code', 'INVALID', '项目编号只能包含字母、数字、- 和 _，最长 32 位');
  }
  if ((required || input.type !== undefined) && !input.type) add('type', 'REQUIRED', '请选择物业类型');
  else if (input.type && !(ESTATE_TYPES as readonly string[]).includes(input.type))
    add('type', 'INVALID', '物业类型无效');
  if (input.status === null && !required) add('status', 'REQUIRED', '请选择状态');
  else if (input.status && !(ESTATE_STATUSES as readonly string[]).includes(input.status))
    add('status', 'INVALID', '状态无效');
  if (input.address != null && input.address.length > 200)
    add('address', 'TOO_LONG', '地址不能超过 200 个字');
  const nonNegative = (field: 'grossFloorArea' | 'feeRate', max: number, label: string) => {
    const v = input[field];
    if (v == null) return;
    if (!Number.isFinite(v)) add(field, 'INVALID', `${label}必须是数字`);
    else if (v < 0) add(field, 'NEGATIVE', `${label}不能为负数`);
    else if (v > max) add(field, 'TOO_LARGE', `${label}超出合理范围`);
  };
  nonNegative('grossFloorArea', 50_000_000, '建筑面积');
  nonNegative('feeRate', 1_000, '物业费');
  const count = (field: 'households' | 'buildings', max: number, label: string) => {
    const v = input[field];
    // On update, null would clear a required count; undefined leaves it unchanged.
    if (v === null && !required) add(field, 'REQUIRED', `请填写${label}`);
    if (v == null) return;
    if (!Number.isInteger(v) || v < 0) add(field, 'INVALID', `${label}必须是非负整数`);
    else if (v > max) add(field, 'TOO_LARGE', `${label}超出合理范围`);
  };
  count('households', 1_000_000, '户数');
  count('buildings', 10_000, '楼栋数');
  const validDates: Record<string, boolean> = {};
  for (const field of ['contractStart', 'contractEnd'] as const) {
    const v = input[field];
    validDates[field] = v != null && isCalendarDate(v);
    if (v != null && !validDates[field]) add(field, 'INVALID', '日期格式应为 YYYY-MM-DD');
  }
  if (validDates.contractStart && validDates.contractEnd && input.contractEnd! < input.contractStart!) {
    add('contractEnd', 'BEFORE_START', '委托管理期结束日期不能早于开始日期');
  }
  return problems;
}
