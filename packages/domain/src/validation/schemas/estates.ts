import { z } from 'zod';
import { ESTATE_STATUSES, ESTATE_TYPES, type EstateFields } from '../../estate.js';
import { problemsOf } from '../adapter.js';
import {
  calendarDate,
  code,
  decimal,
  id,
  idempotencyKey,
  isCalendarDate,
  name,
  nonNegativeInt,
  oneOf,
  search,
  text,
} from '../primitives.js';
import type { FieldProblem } from '../problems.js';

export const ESTATE_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;

const estateName = name({ max: 60, label: '小区名称' });
const estateCode = code({
  pattern: ESTATE_CODE_PATTERN,
  max: 32,
  label: '项目编号',
  message: '项目编号只能包含字母、数字、- 和 _，最长 32 位',
});
const estateType = oneOf(ESTATE_TYPES, { required: '请选择物业类型', invalid: '物业类型无效' });
const estateStatus = oneOf(ESTATE_STATUSES, { required: '请选择状态', invalid: '状态无效' });
const households = nonNegativeInt({ max: 1_000_000, label: '户数' });
const buildings = nonNegativeInt({ max: 10_000, label: '楼栋数' });

/**
 * The fields of an estate. On create, name, code and type are required; on update an absent
 * field is unchanged and null clears it, which the required ones (and the counts and status,
 * which always have a value) refuse as REQUIRED.
 */
export function estateFields(mode: 'create' | 'update') {
  const create = mode === 'create';
  return z
    .object({
      name: create ? estateName : estateName.optional(),
      code: create ? estateCode : estateCode.optional(),
      type: create ? estateType : estateType.optional(),
      status: create ? estateStatus.nullish() : estateStatus.optional(),
      regionId: id('区域').nullish(),
      address: text({ max: 200, label: '地址' }).nullish(),
      grossFloorArea: decimal({ max: 50_000_000, label: '建筑面积' }).nullish(),
      feeRate: decimal({ max: 1_000, label: '物业费' }).nullish(),
      households: create ? households.nullish() : households.optional(),
      buildings: create ? buildings.nullish() : buildings.optional(),
      contractStart: calendarDate().nullish(),
      contractEnd: calendarDate().nullish(),
    })
    .and(contractOrder);
}

/** The end of the contract is not before its start; checked whatever the other fields hold. */
const contractOrder = z
  .object({ contractStart: z.unknown().optional(), contractEnd: z.unknown().optional() })
  .superRefine(({ contractStart: start, contractEnd: end }, ctx) => {
    if (typeof start !== 'string' || typeof end !== 'string') return;
    if (isCalendarDate(start) && isCalendarDate(end) && end < start) {
      ctx.addIssue({
        code: 'custom',
        path: ['contractEnd'],
        message: '委托管理期结束日期不能早于开始日期',
        params: { reason: 'BEFORE_START' },
      });
    }
  });

export const createEstateInput = estateFields('create').and(
  z.object({ idempotencyKey: idempotencyKey().nullish() }),
);

export const estateFilter = z.object({
  search: search(100).nullish(),
  regionId: id('区域').nullish(),
});

const onCreate = estateFields('create');
const onUpdate = estateFields('update');

/**
 * Business rules of an estate, shared by the form (instant feedback) and the API (the authority).
 * `required` is true on create, where name, code and type must be present.
 */
export function validateEstateFields(input: EstateFields, required: boolean): FieldProblem[] {
  return problemsOf(required ? onCreate : onUpdate, input);
}
