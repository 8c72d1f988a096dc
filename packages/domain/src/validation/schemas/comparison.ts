import { z } from 'zod';
import { parsePeriod } from '../../indicators/periods.js';
import { formatted, id, month } from '../primitives.js';
import { indicatorCode } from './indicators.js';

const PERIOD_MESSAGE = '期间格式应为 2025-03、2025-Q1、2025-H1 或 2025';

/** A period `2025-03`, `2025-Q1`, `2025-H1` or `2025` (parsed where it is used: INVALID there too). */
export const period = formatted('期间', PERIOD_MESSAGE, 20, (v) => parsePeriod(v) !== null, false);

export const comparisonFilter = z.object({
  period,
  regionId: id('区域').nullish(),
  indicatorCodes: z.array(indicatorCode).max(100, { error: '指标过多' }).nullish(),
});

/** Trend arguments; the counts of estates and indicators are bounded by the caller. */
export function trendArgs(limits: { estates: number; indicators: number }) {
  const between = <T extends z.ZodType>(item: T, max: number, message: string) =>
    z.array(item).superRefine((list, ctx) => {
      if (list.length === 0 || list.length > max)
        ctx.addIssue({ code: 'custom', message, params: { reason: 'OUT_OF_RANGE', min: 1, max } });
    });
  return z.object({
    from: month('开始月份'),
    to: month('结束月份'),
    estateIds: between(id('小区'), limits.estates, `请选择 1 到 ${limits.estates} 个小区`),
    indicatorCodes: between(indicatorCode, limits.indicators, `请选择 1 到 ${limits.indicators} 个指标`),
  });
}
