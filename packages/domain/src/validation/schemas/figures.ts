import { z } from 'zod';
import { decimal, id, idempotencyKey, month, text } from '../primitives.js';
import { indicatorCode } from './indicators.js';

/** Largest numerator or denominator a month can report (people, square metres, counts). */
export const MAX_FIGURE_VALUE = 1_000_000_000;
export const MAX_FIGURES_PER_SAVE = 200;

/** What the value rules need to know of an indicator. */
export interface FigureDefinition {
  unit: string;
  numeratorLabel: string;
  denominatorLabel: string | null;
}

/** A count has no denominator: any value sent is NOT_ALLOWED. */
const noDenominator = z
  .unknown()
  .optional()
  .superRefine((d, ctx) => {
    if (d != null)
      ctx.addIssue({ code: 'custom', message: '计数指标没有分母', params: { reason: 'NOT_ALLOWED' } });
  });

const note = text({ max: 500, multiline: true, label: '说明', messages: { tooLong: '说明不能超过 500 字' } });

/**
 * A reported figure of one indicator: numerator (a whole number unless the indicator is a
 * percentage), the denominator a percentage needs and a count must not have, and an optional note.
 */
export function figureValues(def: FigureDefinition) {
  const key = `${def.unit}|${def.numeratorLabel}|${def.denominatorLabel ?? ''}`;
  let schema = figureSchemas.get(key);
  if (!schema) {
    schema = buildFigureValues(def);
    // Bounded: one entry per indicator definition seen, evicted oldest first.
    if (figureSchemas.size >= 1000) figureSchemas.delete(figureSchemas.keys().next().value!);
    figureSchemas.set(key, schema);
  }
  return schema;
}

const figureSchemas = new Map<string, ReturnType<typeof buildFigureValues>>();

function buildFigureValues(def: FigureDefinition) {
  const percent = def.unit === 'PERCENT';
  const numerator = decimal({
    max: MAX_FIGURE_VALUE,
    label: def.numeratorLabel,
    messages: { negative: '不能为负数' },
  }).refine((v) => percent || Number.isInteger(v), {
    error: '次数必须是整数',
    params: { reason: 'NOT_INTEGER' },
    abort: true,
  });
  const denominator = decimal({
    max: MAX_FIGURE_VALUE,
    label: def.denominatorLabel ?? '分母',
    messages: { negative: '不能为负数' },
  });
  return z
    .object({
      numerator,
      denominator: percent ? denominator : noDenominator,
      note: note.nullish(),
    })
    .superRefine((f, ctx) => {
      if (percent && typeof f.denominator === 'number' && f.numerator > f.denominator) {
        ctx.addIssue({
          code: 'custom',
          path: ['numerator'],
          message: `${def.numeratorLabel}不能大于${def.denominatorLabel}`,
          params: { reason: 'EXCEEDS_DENOMINATOR' },
        });
      }
    });
}

/** The monthly form's save: at least one figure, each indicator once. */
export const saveMonthlyFiguresInput = z.object({
  estateId: id('小区'),
  month: month(),
  figures: z
    .array(z.object({ indicatorCode }).loose())
    .min(1, { error: '没有要保存的数据' })
    .max(MAX_FIGURES_PER_SAVE, { error: `一次最多保存 ${MAX_FIGURES_PER_SAVE} 项` })
    .superRefine((figures, ctx) => {
      const codes = figures.map((f) => f.indicatorCode);
      const dup = codes.find((c, i) => codes.indexOf(c) !== i);
      if (dup)
        ctx.addIssue({
          code: 'custom',
          path: [codes.lastIndexOf(dup), 'indicatorCode'],
          message: '同一指标重复填写',
          params: { reason: 'DUPLICATE' },
        });
    }),
  idempotencyKey: idempotencyKey().nullish(),
});

const reasonText = (label: string, required: string) =>
  text({
    max: 500,
    multiline: true,
    required: true,
    label,
    messages: { required, tooLong: `${label}不能超过 500 字` },
  });

export const rejectMonthlyFiguresInput = z.object({
  estateId: id('小区'),
  month: month(),
  reason: reasonText('退回原因', '请填写退回原因'),
});

export const correctMonthlyFigureInput = z.object({
  estateId: id('小区'),
  month: month(),
  indicatorCode,
  reason: reasonText('更正原因', '更正必须说明原因'),
});
