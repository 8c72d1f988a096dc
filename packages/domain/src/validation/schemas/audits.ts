import { z } from 'zod';
import type { GradeBand } from '../../audits/types.js';
import { code, decimal, name } from '../primitives.js';

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
