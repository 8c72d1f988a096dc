/**
 * Inputs of rosters (排班): generating a department's month, editing one person's day (leave,
 * swap, assign, reset), the months of an estate, one's own shifts over a range of days.
 */
import { z } from 'zod';
import { daysBetween } from '../../team/dates.js';
import { LEAVE_KINDS } from '../../team/roster.js';
import { SHIFT_CODES } from '../../team/shifts.js';
import { calendarDate, formatted, id, oneOf, wholeNumber } from '../primitives.js';

/** The longest range `myShifts` answers: two months of days. */
export const MAX_MY_SHIFTS_DAYS = 62;
/** The most shifts one person may work in a day (a 24-hour changeover day has two). */
export const MAX_SHIFTS_PER_DAY = 4;

export const ROSTER_EDIT_KINDS = ['LEAVE', 'SWAP', 'ASSIGN', 'RESET'] as const;
export type RosterEditKind = (typeof ROSTER_EDIT_KINDS)[number];

/** A month `YYYY-MM` of this century (rosters are planned, not archaeology). */
const rosterMonth = formatted(
  '月份',
  '月份格式应为 YYYY-MM',
  7,
  (v) => /^20\d{2}-(0[1-9]|1[0-2])$/.test(v),
  false,
);
const rosterDay = (label: string) =>
  calendarDate(label).superRefine((v, ctx) => {
    if (!v.startsWith('20')) {
      ctx.addIssue({ code: 'custom', message: `${label}超出范围`, params: { reason: 'INVALID' } });
    }
  });

export const generateRosterInput = z.object({
  departmentId: id('部门'),
  month: rosterMonth,
  replace: z.boolean({ error: '是否覆盖须为是或否' }).nullish(),
});

export const rosterQueryInput = z.object({ departmentId: id('部门'), month: rosterMonth });

export const rosterMonthsInput = z.object({ estateId: id('项目'), month: rosterMonth });

export const exportRosterInput = rosterQueryInput;

type Ctx = z.RefinementCtx;
const problem = (ctx: Ctx, path: string, message: string, reason: string, params: object = {}) =>
  ctx.addIssue({ code: 'custom', path: [path], message, params: { reason, ...params } });

/** What each kind of edit takes: LEAVE a leave kind, SWAP a colleague, ASSIGN the day's shifts. */
export const editRosterDayInput = z
  .object({
    departmentId: id('部门'),
    staffId: id('员工'),
    day: rosterDay('日期'),
    kind: oneOf(ROSTER_EDIT_KINDS, { required: '请选择调整方式', invalid: '调整方式无效' }),
    leaveKind: oneOf(LEAVE_KINDS, { required: '请选择假别', invalid: '假别无效' }).nullish(),
    withStaffId: id('换班同事').nullish(),
    shifts: z
      .array(oneOf(SHIFT_CODES, { required: '请选择班次', invalid: '班次无效' }))
      .max(MAX_SHIFTS_PER_DAY, { error: `一天最多 ${MAX_SHIFTS_PER_DAY} 个班次` })
      .nullish(),
    expectedVersion: wholeNumber({ min: 1, max: 1_000_000_000, label: '版本' }),
  })
  .superRefine((input, ctx) => {
    const needs = { LEAVE: 'leaveKind', SWAP: 'withStaffId', ASSIGN: 'shifts', RESET: null } as const;
    const wanted = needs[input.kind];
    for (const field of ['leaveKind', 'withStaffId', 'shifts'] as const) {
      const given = input[field] !== undefined && input[field] !== null;
      if (field === wanted && !given) {
        const label = { leaveKind: '假别', withStaffId: '换班同事', shifts: '班次' }[field];
        problem(ctx, field, `请选择${label}`, 'REQUIRED');
      } else if (field !== wanted && given) {
        problem(ctx, field, '该调整方式不需要此项', 'NOT_ALLOWED');
      }
    }
    const shifts = input.shifts ?? [];
    if (new Set(shifts).size !== shifts.length) problem(ctx, 'shifts', '班次重复', 'DUPLICATE');
  });

export const myShiftsInput = z
  .object({ from: rosterDay('开始日期'), to: rosterDay('结束日期') })
  .superRefine((input, ctx) => {
    const days = daysBetween(input.from, input.to) + 1;
    if (days < 1) problem(ctx, 'to', '结束日期不能早于开始日期', 'BEFORE_START');
    else if (days > MAX_MY_SHIFTS_DAYS) {
      problem(ctx, 'to', `查询范围不能超过 ${MAX_MY_SHIFTS_DAYS} 天`, 'TOO_LARGE', {
        max: MAX_MY_SHIFTS_DAYS,
      });
    }
  });
