/**
 * Building blocks of every input schema. Each one carries its Chinese default messages; the
 * adapter (`toFieldProblems`) turns zod's issues into FieldProblems with a reason and params.
 */
import { z } from 'zod';
import { DEFAULT_MAX_TEXT, findForbiddenCharacter } from './characters.js';

/** Refuses forbidden characters first and alone: nothing else is checked on such a value. */
function refuseForbidden(multiline: boolean, label: string | undefined) {
  return (value: string, ctx: z.RefinementCtx) => {
    const bad = findForbiddenCharacter(value, { multiline });
    if (!bad) return;
    ctx.addIssue({
      code: 'custom',
      message: `${label ?? '内容'}不能包含控制字符或文字方向控制符`,
      params: { reason: 'CONTROL_CHARACTERS', char: bad.char },
      continue: false,
    });
  };
}

const requiredMessage = (label: string | undefined) => (label ? `请填写${label}` : '此项必填');

/** A string; missing or null is REQUIRED, another type INVALID. */
function baseString(label: string | undefined, invalid?: string) {
  return z.string({
    error: (issue) =>
      issue.input == null ? requiredMessage(label) : (invalid ?? `${label ?? '内容'}格式不正确`),
  });
}

export interface TextOptions {
  /** Maximum length after trimming (UTF-16 units, as `String.length`). */
  max: number;
  /** Minimum length (TOO_SHORT); `required` covers the empty case. */
  min?: number;
  /** Tab, line feed and carriage return allowed (notes, reasons, descriptions). */
  multiline?: boolean;
  /** Empty after trimming is REQUIRED. */
  required?: boolean;
  /** The field's Chinese name, used in the default messages. */
  label?: string;
  /** Leading and trailing white space removed (default true). */
  trim?: boolean;
  messages?: { required?: string; tooLong?: string; tooShort?: string };
}

/** Bounded, clean text. */
export function text(options: TextOptions) {
  const { label, max, messages = {} } = options;
  let s = baseString(label).superRefine(refuseForbidden(options.multiline ?? false, label));
  if (options.trim !== false) s = s.trim();
  if (options.required) s = s.min(1, { error: messages.required ?? requiredMessage(label) });
  if (options.min && options.min > 1) {
    s = s.min(options.min, { error: messages.tooShort ?? `${label ?? '内容'}至少 ${options.min} 个字` });
  }
  return s.max(max, { error: messages.tooLong ?? `${label ?? '内容'}不能超过 ${max} 个字` });
}

/** A required one-line name. */
export function name(options: { max: number; label: string }) {
  return text({ ...options, required: true });
}

type Ctx = z.RefinementCtx;
const fail = (ctx: Ctx, message: string, params: Record<string, string | number>) =>
  ctx.addIssue({ code: 'custom', message, params, continue: false });

/**
 * A required one-line code matching `pattern`: one problem at most (REQUIRED, TOO_LONG with
 * `max`, or INVALID), in that order.
 */
export function code(options: {
  pattern: RegExp;
  max: number;
  label: string;
  message: string;
  trim?: boolean;
}) {
  const { label, max } = options;
  let s = baseString(label, options.message).superRefine(refuseForbidden(false, label));
  if (options.trim !== false) s = s.trim();
  return s.superRefine((v, ctx) => {
    if (!v) return fail(ctx, requiredMessage(label), { reason: 'REQUIRED' });
    if (v.length > max) return fail(ctx, `${label}不能超过 ${max} 个字符`, { reason: 'TOO_LONG', max });
    if (!options.pattern.test(v)) return fail(ctx, options.message, { reason: 'INVALID' });
  });
}

/** A one-line value of a fixed format (month, date, e-mail, phone): INVALID when it does not fit. */
export function formatted(
  label: string,
  message: string,
  max: number,
  test: (v: string) => boolean,
  trim = true,
) {
  let s = baseString(label, message).superRefine(refuseForbidden(false, label));
  if (trim) s = s.trim();
  return s.superRefine((v, ctx) => {
    if (v.length > max || !test(v)) fail(ctx, message, { reason: 'INVALID' });
  });
}

/** Search text of list filters: short, one line. */
export function search(max = 100) {
  return text({ max, label: '搜索内容', messages: { tooLong: '搜索内容过长' } });
}

/** An e-mail address, trimmed and lower-cased (how accounts are keyed). */
export function email() {
  return formatted('邮箱', '邮箱格式不正确', 254, (v) => z.regexes.email.test(v)).transform((v) =>
    v.toLowerCase(),
  );
}

/** A phone number: digits, +, - and spaces, 5 to 20 of them. */
export function phone() {
  return formatted('电话', '电话格式不正确', 20, (v) => /^[0-9+\-\s]{5,20}$/.test(v));
}

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 200;

/** A password: never trimmed, at least 8 and at most 200 characters. */
export function password() {
  return baseString('密码')
    .superRefine(refuseForbidden(false, '密码'))
    .min(MIN_PASSWORD_LENGTH, { error: `密码至少 ${MIN_PASSWORD_LENGTH} 位` })
    .max(MAX_PASSWORD_LENGTH, { error: `密码不能超过 ${MAX_PASSWORD_LENGTH} 位` });
}

/**
 * The id of an object. Deliberately no UUID check: an id that names no object (malformed or
 * unknown) is NOT_FOUND where the service looks it up, so the answer never says which ids could
 * exist. Only what no id can be is refused here: forbidden characters and absurd lengths.
 */
export function id(label?: string) {
  return baseString(label)
    .superRefine(refuseForbidden(false, label))
    .max(200, { error: `${label ?? '编号'}不能超过 200 个字符` });
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A month `YYYY-MM`. */
export function month(label = '月份') {
  return formatted(label, '月份格式应为 YYYY-MM', 7, (v) => MONTH.test(v), false);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day: `Date.parse` would roll 2024-02-30 over to March. */
export function isCalendarDate(v: string): boolean {
  if (!ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function calendarDate(label = '日期') {
  return formatted(label, '日期格式应为 YYYY-MM-DD', 10, isCalendarDate, false);
}

/** A number; the rules are checked in order and only the first failing one is reported. */
function numberWith(
  label: string,
  rules: {
    integer?: boolean;
    min?: number;
    max: number;
    messages?: { negative?: string; notInteger?: string };
  },
) {
  return z
    .number({ error: (issue) => (issue.input == null ? `请填写${label}` : `${label}必须是数字`) })
    .superRefine((v, ctx) => {
      if (!Number.isFinite(v)) return fail(ctx, `${label}必须是数字`, { reason: 'INVALID' });
      const min = rules.min ?? 0;
      if (v < min) {
        return min === 0
          ? fail(ctx, rules.messages?.negative ?? `${label}不能为负数`, { reason: 'NEGATIVE' })
          : fail(ctx, `${label}不能小于 ${min}`, { reason: 'TOO_SMALL', min });
      }
      if (rules.integer && !Number.isInteger(v))
        return fail(ctx, rules.messages?.notInteger ?? `${label}必须是整数`, { reason: 'NOT_INTEGER' });
      if (v > rules.max)
        return fail(ctx, `${label}超出合理范围（最大 ${rules.max}）`, {
          reason: 'TOO_LARGE',
          max: rules.max,
        });
    });
}

/** A count: a whole number from 0 to `max`. */
export function nonNegativeInt(options: {
  max: number;
  label: string;
  messages?: { negative?: string; notInteger?: string };
}) {
  return numberWith(options.label, { integer: true, max: options.max, messages: options.messages });
}

/** A whole number from `min` to `max` (a day of the month, a count with a floor). */
export function wholeNumber(options: { min: number; max: number; label: string }) {
  return numberWith(options.label, { integer: true, min: options.min, max: options.max });
}

/** An amount: a finite number from `min` (default 0) to `max`. */
export function decimal(options: {
  min?: number;
  max: number;
  label: string;
  messages?: { negative?: string };
}) {
  return numberWith(options.label, { min: options.min, max: options.max, messages: options.messages });
}

/** An enum value; missing is REQUIRED, anything else not listed INVALID. */
export function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  messages: { required: string; invalid: string },
) {
  return z.enum(values, {
    error: (issue) => (issue.input == null ? messages.required : messages.invalid),
  });
}

/** The idempotency key of a retried write (its format is checked where it is claimed). */
export function idempotencyKey() {
  return text({ max: 100, label: '幂等键', trim: false });
}

export { DEFAULT_MAX_TEXT };
