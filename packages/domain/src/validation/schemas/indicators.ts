import { z } from 'zod';
import { code, decimal, id, month, name, text } from '../primitives.js';

export const INDICATOR_CODE_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;

/** The code of an existing indicator (looked up: unknown codes are NOT_FOUND there). */
export const indicatorCode = text({ max: 40, label: '指标编码', required: true });

export const setIndicatorPresetInput = z.object({ effectiveMonth: month('生效月份') });

/** A company or estate target from a month on; no op and no value removes the target. */
export const setIndicatorTargetInput = z
  .object({
    indicatorCode,
    estateId: id('小区').nullish(),
    op: z.string().nullish(),
    value: decimal({
      max: 1_000_000_000,
      label: '目标值',
      messages: { negative: '目标值不能为负数' },
    }).nullish(),
    effectiveMonth: month('生效月份'),
    reason: text({
      max: 200,
      multiline: true,
      label: '说明',
      messages: { tooLong: '说明不能超过 200 字' },
    }).nullish(),
  })
  .superRefine((input, ctx) => {
    const clearing = input.op == null && input.value == null;
    if (!clearing && (input.op == null || input.value == null)) {
      ctx.addIssue({
        code: 'custom',
        path: [input.op == null ? 'op' : 'value'],
        message: '请同时填写比较方式和目标值',
        params: { reason: 'REQUIRED' },
      });
    }
  });

const PERCENT_AGGREGATIONS = ['RATIO', 'RATE_OF_STOCK'];

/** A company's own indicator. */
export const createIndicatorInput = z
  .object({
    code: code({
      pattern: INDICATOR_CODE_PATTERN,
      max: 40,
      label: '编码',
      message: '编码只能包含小写字母、数字和 _，以字母开头',
      trim: false,
    }),
    nameZh: name({ max: 60, label: '中文名称' }),
    nameEn: name({ max: 120, label: '英文名称' }),
    unit: z.string(),
    aggregation: z.string().nullish(),
    numeratorLabel: text({
      max: 60,
      label: '分子说明',
      required: true,
      messages: { required: '请说明分子' },
    }),
    denominatorLabel: text({ max: 60, label: '分母说明' }).nullish(),
    descriptionZh: text({ max: 1000, multiline: true, label: '说明' }).nullish(),
    // English texts are optional: without them English readers see the Chinese ones.
    numeratorLabelEn: text({ max: 120, label: '分子英文说明' }).nullish(),
    denominatorLabelEn: text({ max: 120, label: '分母英文说明' }).nullish(),
    descriptionEn: text({ max: 2000, multiline: true, label: '英文说明' }).nullish(),
  })
  .superRefine((input, ctx) => {
    const aggregation = input.aggregation ?? (input.unit === 'PERCENT' ? 'RATIO' : 'SUM');
    const needsDenominator = PERCENT_AGGREGATIONS.includes(aggregation);
    if ((input.unit === 'PERCENT') !== needsDenominator) {
      ctx.addIssue({
        code: 'custom',
        path: ['aggregation'],
        message: '百分比指标须按比值汇总，计数指标不能按比值汇总',
        params: { reason: 'INVALID' },
      });
    }
    if (needsDenominator && !input.denominatorLabel) {
      ctx.addIssue({
        code: 'custom',
        path: ['denominatorLabel'],
        message: '请说明分母',
        params: { reason: 'REQUIRED' },
      });
    }
  });
