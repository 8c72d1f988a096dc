import { z } from 'zod';
import { SCORE_STEP } from '../../audits/scoring.js';
import {
  AUDIT_DEPARTMENTS,
  type AuditTemplateContent,
  type AuditTemplateItem,
  type GradeBand,
} from '../../audits/types.js';
import { code, decimal, id, name, oneOf, text } from '../primitives.js';

export const GRADE_CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,19}$/;
export const MIN_GRADE_BANDS = 2;
export const MAX_GRADE_BANDS = 8;

const gradeBand = z.object({
  grade: code({
    pattern: GRADE_CODE_PATTERN,
    max: 20,
    label: '等级代码',
    message: '等级代码只能包含大写字母、数字和 _，以字母开头',
    trim: false,
  }),
  label: name({ max: 20, label: '等级名称' }),
  labelEn: name({ max: 20, label: '等级英文名称' }),
  min: decimal({ max: 100, label: '最低分' }),
});

/**
 * A company's grade bands, best first (DOMAIN.md "Quality supervision"): 2–8 bands, distinct
 * codes, minimums strictly descending, the last one 0 so that every percentage has a grade.
 */
export const gradeBandsSchema = z.array(gradeBand).superRefine((bands, ctx) => {
  if (bands.length < MIN_GRADE_BANDS || bands.length > MAX_GRADE_BANDS) {
    ctx.addIssue({
      code: 'custom',
      message: `等级须有 ${MIN_GRADE_BANDS} 到 ${MAX_GRADE_BANDS} 档`,
      params: { reason: 'OUT_OF_RANGE', min: MIN_GRADE_BANDS, max: MAX_GRADE_BANDS },
    });
    return;
  }
  const grades = bands.map((b) => b.grade);
  grades.forEach((g, i) => {
    if (grades.indexOf(g) !== i)
      ctx.addIssue({
        code: 'custom',
        path: [i, 'grade'],
        message: '等级代码重复',
        params: { reason: 'DUPLICATE' },
      });
  });
  for (let i = 1; i < bands.length; i++) {
    if (bands[i]!.min >= bands[i - 1]!.min)
      ctx.addIssue({
        code: 'custom',
        path: [i, 'min'],
        message: '最低分须低于上一档',
        params: { reason: 'INVALID' },
      });
  }
  const last = bands.length - 1;
  if (bands[last]!.min !== 0)
    ctx.addIssue({
      code: 'custom',
      path: [last, 'min'],
      message: '最后一档的最低分须为 0',
      params: { reason: 'INVALID' },
    });
}) satisfies z.ZodType<GradeBand[]>;

// ---------------------------------------------------------------------------------------------
// Audit templates (检查标准): the content HQ edits and publishes.

/** Keys of sections and items: lower-case words joined by `-` (`cl-indoor`, `cl-01`). */
export const AUDIT_KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const AUDIT_KEY_MAX = 40;
export const MAX_TEMPLATE_SECTIONS = 30;
export const MAX_SECTION_ITEMS = 200;
export const MAX_ITEM_SCORE = 100;
export const TEMPLATE_NAME_MAX = 60;
export const TEMPLATE_DESCRIPTION_MAX = 500;
export const SECTION_TITLE_MAX = 40;
export const SECTION_TITLE_EN_MAX = 80;
export const ITEM_TITLE_MAX = 40;
export const ITEM_TITLE_EN_MAX = 120;
export const ITEM_STANDARD_MAX = 300;
export const ITEM_STANDARD_EN_MAX = 600;

const auditKey = (label: string) =>
  code({
    pattern: AUDIT_KEY_PATTERN,
    max: AUDIT_KEY_MAX,
    label,
    message: `${label}只能包含小写字母、数字和 -，如 cl-01`,
  });

/** Optional English text: absent or null is stored as ''. */
const english = (max: number, label: string, multiline = false) =>
  text({ max, label, multiline })
    .nullish()
    .transform((v) => v ?? '');

/** Points of an item: more than 0, at most 100, in steps of 0.5 (as answers are scored). */
export const itemMaxScore = z
  .number({ error: (issue) => (issue.input == null ? '请填写分值' : '分值必须是数字') })
  .superRefine((v, ctx) => {
    const fail = (message: string, params: Record<string, string | number>) =>
      ctx.addIssue({ code: 'custom', message, params, continue: false });
    if (!Number.isFinite(v)) return fail('分值必须是数字', { reason: 'INVALID' });
    if (v <= 0) return fail(`分值不能小于 ${SCORE_STEP}`, { reason: 'TOO_SMALL', min: SCORE_STEP });
    if (v > MAX_ITEM_SCORE)
      return fail(`分值不能大于 ${MAX_ITEM_SCORE}`, { reason: 'TOO_LARGE', max: MAX_ITEM_SCORE });
    if (!Number.isInteger(v / SCORE_STEP))
      return fail(`分值须为 ${SCORE_STEP} 的整数倍`, { reason: 'INVALID', step: SCORE_STEP });
  });

export const auditDepartment = oneOf(AUDIT_DEPARTMENTS, {
  required: '请选择部门',
  invalid: '部门无效',
});

export const auditTemplateItemSchema = z.object({
  key: auditKey('项目编号'),
  title: name({ max: ITEM_TITLE_MAX, label: '检查项目' }),
  standard: text({ max: ITEM_STANDARD_MAX, required: true, multiline: true, label: '检查标准' }),
  titleEn: english(ITEM_TITLE_EN_MAX, '英文项目名称'),
  standardEn: english(ITEM_STANDARD_EN_MAX, '英文检查标准', true),
  maxScore: itemMaxScore,
  critical: z
    .boolean({ error: '一票否决须为是或否' })
    .nullish()
    .transform((v) => v ?? false),
}) satisfies z.ZodType<AuditTemplateItem, unknown>;

function sectionSchema(draft: boolean) {
  const items = z.array(auditTemplateItemSchema).max(MAX_SECTION_ITEMS, {
    error: `每个分部最多 ${MAX_SECTION_ITEMS} 项`,
  });
  return z.object({
    key: auditKey('分部编号'),
    department: auditDepartment,
    title: name({ max: SECTION_TITLE_MAX, label: '分部名称' }),
    titleEn: english(SECTION_TITLE_EN_MAX, '英文分部名称'),
    items: draft ? items : items.min(1, { error: '每个分部至少要有一个检查项目' }),
  });
}

function contentSchema(draft: boolean) {
  const sections = z.array(sectionSchema(draft)).max(MAX_TEMPLATE_SECTIONS, {
    error: `最多 ${MAX_TEMPLATE_SECTIONS} 个分部`,
  });
  return z
    .object({
      sections: draft ? sections : sections.min(1, { error: '至少要有一个分部' }),
    })
    .superRefine((content, ctx) => {
      // Answers and findings refer to an item by its key, across sections and versions: unique
      // in the whole template. Section keys likewise.
      const sectionKeys = new Set<string>();
      const itemKeys = new Set<string>();
      content.sections.forEach((s, i) => {
        if (sectionKeys.has(s.key))
          ctx.addIssue({
            code: 'custom',
            path: ['sections', i, 'key'],
            message: `分部编号 ${s.key} 重复`,
            params: { reason: 'DUPLICATE' },
          });
        sectionKeys.add(s.key);
        s.items.forEach((item, j) => {
          if (itemKeys.has(item.key))
            ctx.addIssue({
              code: 'custom',
              path: ['sections', i, 'items', j, 'key'],
              message: `项目编号 ${item.key} 重复`,
              params: { reason: 'DUPLICATE' },
            });
          itemKeys.add(item.key);
        });
      });
    });
}

/** A template's working copy: may be empty while HQ builds it (sections and items 0 allowed). */
export const auditTemplateDraftSchema = contentSchema(true) satisfies z.ZodType<
  AuditTemplateContent,
  unknown
>;
/** What can be published: 1–30 sections with 1–200 items each, keys unique in the template. */
export const auditTemplateContentSchema = contentSchema(false) satisfies z.ZodType<
  AuditTemplateContent,
  unknown
>;

const templateName = name({ max: TEMPLATE_NAME_MAX, label: '模板名称' });
const templateDescription = text({
  max: TEMPLATE_DESCRIPTION_MAX,
  multiline: true,
  label: '模板说明',
}).nullish();

export const createAuditTemplateInput = z.object({
  name: templateName,
  description: templateDescription,
  departments: z.array(auditDepartment).max(AUDIT_DEPARTMENTS.length, { error: '部门最多 6 个' }).nullish(),
  copyFromTemplateId: id('复制来源模板').nullish(),
});

/** Absent fields stay as they are; `description: null` clears it. */
export const updateAuditTemplateInput = z.object({
  name: templateName.optional(),
  description: templateDescription,
  draft: auditTemplateDraftSchema.optional(),
});

/** The number of items of a template content. */
export function templateItemCount(content: AuditTemplateContent): number {
  return content.sections.reduce((n, s) => n + s.items.length, 0);
}

/** The total max score of a template content (not-applicable items aside). */
export function templateMaxScore(content: AuditTemplateContent): number {
  return content.sections.reduce((n, s) => n + s.items.reduce((m, i) => m + i.maxScore, 0), 0);
}
