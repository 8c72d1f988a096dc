/**
 * Inputs of the residents' public repair page (扫码报修, issue 11 item 2): the report, the rating
 * of the finished repair, and the public tokens. Anyone can send these, so every text is bounded,
 * refuses control and bidi characters, and the tokens have one exact shape.
 */
import { z } from 'zod';
import { REPAIR_INDICATOR_CODES } from '../../operations/repairs.js';
import { WORK_ORDER_CATEGORIES } from '../../operations/work-orders.js';
import { code, id, month, oneOf, text } from '../primitives.js';
import { mobileNumber } from './staffing.js';
import { MAX_WORK_ORDER_DESCRIPTION, MAX_WORK_ORDER_LOCATION } from './work-orders.js';

/** A resident attaches at most three photos of the fault. */
export const MAX_REPAIR_REPORT_PHOTOS = 3;
export const MAX_RATING_COMMENT = 500;

/** A public token: 32 URL-safe base64 characters (24 random bytes). */
export const PUBLIC_TOKEN = /^[A-Za-z0-9_-]{32}$/;
export const publicToken = (label = '链接') =>
  code({ pattern: PUBLIC_TOKEN, max: 32, label, message: `${label}无效`, trim: false });

export const submitRepairReportInput = z.object({
  /** The estate's public link token (the QR code). */
  token: publicToken('报修链接'),
  /** The unit (3栋2单元801) or the place in the estate (2号楼电梯). */
  location: text({ max: MAX_WORK_ORDER_LOCATION, required: true, label: '房号或位置' }),
  description: text({
    max: MAX_WORK_ORDER_DESCRIPTION,
    multiline: true,
    required: true,
    label: '报修内容',
  }),
  phone: mobileNumber(),
  reporterName: text({ max: 40, label: '称呼' }).nullish(),
  category: oneOf(WORK_ORDER_CATEGORIES, { required: '请选择报修类别', invalid: '报修类别无效' }).nullish(),
  /** A public area (corridor, lift) rather than the resident's own unit. */
  publicArea: z.boolean({ error: '报修位置类型无效' }).nullish(),
  photoFileIds: z
    .array(id('报修照片'), { error: '报修照片格式不正确' })
    .max(MAX_REPAIR_REPORT_PHOTOS, { error: `报修照片最多 ${MAX_REPAIR_REPORT_PHOTOS} 张` })
    .superRefine((ids, ctx) => {
      ids.forEach((v, i) => {
        if (ids.indexOf(v) !== i)
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: '报修照片重复',
            params: { reason: 'DUPLICATE' },
          });
      });
    })
    .nullish(),
});
export type SubmitRepairReportInput = z.output<typeof submitRepairReportInput>;

export const rateRepairReportInput = z.object({
  token: publicToken('查询链接'),
  /** 1 (very dissatisfied) … 5 (very satisfied). */
  rating: z
    .number({ error: '请选择评分' })
    .int({ error: '评分应为 1 到 5 的整数' })
    .min(1, { error: '评分应为 1 到 5 的整数' })
    .max(5, { error: '评分应为 1 到 5 的整数' }),
  comment: text({ max: MAX_RATING_COMMENT, multiline: true, label: '评价' }).nullish(),
});
export type RateRepairReportInput = z.output<typeof rateRepairReportInput>;

export const workOrderIndicatorDrillDownArgs = z.object({
  estateId: id('小区'),
  indicatorCode: oneOf(REPAIR_INDICATOR_CODES, {
    required: '请选择指标',
    invalid: '该指标不由工单计算',
  }),
  month: month(),
});
