/**
 * Inputs of complaints (投诉). Shared by the API and the web; every text is bounded and refuses
 * control and bidi characters (CONTROL_CHARACTERS).
 */
import { z } from 'zod';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  MAX_COMPLAINT_FEEDBACK_MINUTES,
} from '../../operations/complaints.js';
import { CALLBACK_SATISFACTIONS } from '../../operations/work-orders.js';
import { id, idempotencyKey, oneOf, phone, search, text, wholeNumber } from '../primitives.js';

export const MAX_COMPLAINT_DESCRIPTION = 1000;
export const MAX_COMPLAINT_NOTE = 500;

const category = oneOf(COMPLAINT_CATEGORIES, { required: '请选择投诉类别', invalid: '投诉类别无效' });
const channel = oneOf(COMPLAINT_CHANNELS, { required: '请选择投诉渠道', invalid: '投诉渠道无效' });
const severity = oneOf(COMPLAINT_SEVERITIES, { required: '请选择严重程度', invalid: '严重程度无效' });
const status = oneOf(COMPLAINT_STATUSES, { required: '请选择状态', invalid: '状态无效' });
const version = z.number({ error: '版本号无效' }).int({ error: '版本号无效' });
const note = (label: string, required = false) =>
  text({
    max: MAX_COMPLAINT_NOTE,
    multiline: true,
    required,
    label,
    messages: { tooLong: `${label}不能超过 ${MAX_COMPLAINT_NOTE} 字` },
  });
const instant = (label: string) =>
  z.date({ error: `${label}无效` }).refine((d) => !Number.isNaN(d.getTime()), { error: `${label}无效` });

export const createComplaintInput = z.object({
  estateId: id('小区'),
  category,
  channel,
  severity: severity.nullish(),
  /** Unit or place the complaint concerns (optional). */
  location: text({ max: 100, label: '位置' }).nullish(),
  description: text({
    max: MAX_COMPLAINT_DESCRIPTION,
    multiline: true,
    required: true,
    label: '投诉内容',
  }),
  complainantName: text({ max: 40, label: '投诉人' }).nullish(),
  complainantPhone: phone().nullish(),
  /** Minutes until the promised feedback (default: the company preset, two days); at most a week. */
  feedbackMinutes: wholeNumber({ min: 30, max: MAX_COMPLAINT_FEEDBACK_MINUTES, label: '回复时限' }).nullish(),
  idempotencyKey: idempotencyKey().nullish(),
});
export type CreateComplaintInput = z.output<typeof createComplaintInput>;

export const ruleComplaintInput = z.object({
  id: id(),
  version,
  valid: z.boolean({ error: '请选择是否有效投诉' }),
  reason: note('判定理由', true),
});

export const postponeComplaintInput = z.object({
  id: id(),
  version,
  newFeedbackAt: instant('新的回复时间'),
  reason: note('延期原因', true),
});

export const resolveComplaintInput = z.object({
  id: id(),
  version,
  resolution: note('处理结果', true),
  callbackNote: note('回访记录').nullish(),
  satisfaction: oneOf(CALLBACK_SATISFACTIONS, { required: '请选择满意度', invalid: '满意度无效' }),
});

export const complaintFilter = z.object({
  estateId: id('小区'),
  status: status.nullish(),
  category: category.nullish(),
  severity: severity.nullish(),
  valid: z.boolean({ error: '有效投诉筛选无效' }).nullish(),
  overdue: z.boolean({ error: '逾期筛选无效' }).nullish(),
  search: search().nullish(),
});
