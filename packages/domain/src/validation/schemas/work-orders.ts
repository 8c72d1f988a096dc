/**
 * Inputs of work orders (报修 / 工单) and of the company's service commitments. Shared by the API
 * and the web; every text is bounded and refuses control and bidi characters (CONTROL_CHARACTERS).
 */
import { z } from 'zod';
import { MAX_COMMITMENT_MINUTES, type WorkOrderCommitments } from '../../operations/sla.js';
import {
  CALLBACK_SATISFACTIONS,
  WORK_ORDER_CATEGORIES,
  WORK_ORDER_CHANNELS,
  WORK_ORDER_KINDS,
  WORK_ORDER_LOCATION_KINDS,
  WORK_ORDER_STATUSES,
} from '../../operations/work-orders.js';
import { id, idempotencyKey, oneOf, phone, search, text, wholeNumber } from '../primitives.js';

export const MAX_WORK_ORDER_PHOTOS = 9;
export const MAX_WORK_ORDER_DESCRIPTION = 1000;
export const MAX_WORK_ORDER_LOCATION = 100;
export const MAX_WORK_ORDER_NOTE = 500;

const kind = oneOf(WORK_ORDER_KINDS, { required: '请选择零修或急修', invalid: '报修类型无效' });
const category = oneOf(WORK_ORDER_CATEGORIES, { required: '请选择报修类别', invalid: '报修类别无效' });
const channel = oneOf(WORK_ORDER_CHANNELS, { required: '请选择报修渠道', invalid: '报修渠道无效' });
const locationKind = oneOf(WORK_ORDER_LOCATION_KINDS, {
  required: '请选择户内或公共区域',
  invalid: '报修位置类型无效',
});
const status = oneOf(WORK_ORDER_STATUSES, { required: '请选择状态', invalid: '状态无效' });
const note = (label: string) =>
  text({
    max: MAX_WORK_ORDER_NOTE,
    multiline: true,
    label,
    messages: { tooLong: `${label}不能超过 ${MAX_WORK_ORDER_NOTE} 字` },
  });
const version = z.number({ error: '版本号无效' }).int({ error: '版本号无效' });

/** Photo upload ids: at most nine, each once. */
const photoIds = (label: string) =>
  z
    .array(id(label), { error: `${label}格式不正确` })
    .max(MAX_WORK_ORDER_PHOTOS, { error: `${label}最多 ${MAX_WORK_ORDER_PHOTOS} 张` })
    .superRefine((ids, ctx) => {
      ids.forEach((v, i) => {
        if (ids.indexOf(v) !== i)
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: `${label}重复`,
            params: { reason: 'DUPLICATE' },
          });
      });
    });

export const createWorkOrderInput = z.object({
  estateId: id('小区'),
  locationKind,
  /** The unit (3栋2单元801) or the public area (2号电梯, 地下车库B区). */
  location: text({ max: MAX_WORK_ORDER_LOCATION, required: true, label: '报修位置' }),
  category,
  kind,
  description: text({
    max: MAX_WORK_ORDER_DESCRIPTION,
    multiline: true,
    required: true,
    label: '报修内容',
  }),
  channel,
  reporterName: text({ max: 40, label: '报修人' }).nullish(),
  reporterPhone: phone().nullish(),
  /** The department that takes it (default: the estate's 工程部). */
  departmentId: id('部门').nullish(),
  photoFileIds: photoIds('报修照片').nullish(),
  idempotencyKey: idempotencyKey().nullish(),
});
export type CreateWorkOrderInput = z.output<typeof createWorkOrderInput>;

export const dispatchWorkOrderInput = z.object({
  id: id(),
  version,
  assigneeUserId: id('维修人员'),
});

export const arriveWorkOrderInput = z.object({
  id: id(),
  version,
  note: note('到场备注').nullish(),
});

export const completeWorkOrderInput = z.object({
  id: id(),
  version,
  /** The quality check (维修质量): passed or not; absent: not checked yet. */
  qualityPassed: z.boolean({ error: '质量检查结果无效' }).nullish(),
  note: note('完工说明').nullish(),
  photoFileIds: photoIds('完工照片').nullish(),
});

export const callbackWorkOrderInput = z.object({
  id: id(),
  version,
  satisfaction: oneOf(CALLBACK_SATISFACTIONS, { required: '请选择回访满意度', invalid: '回访满意度无效' }),
  note: note('回访记录').nullish(),
});

export const closeWorkOrderInput = z.object({
  id: id(),
  version,
  qualityPassed: z.boolean({ error: '质量检查结果无效' }).nullish(),
  note: note('关闭说明').nullish(),
});

export const workOrderFilter = z.object({
  estateId: id('小区'),
  status: status.nullish(),
  kind: kind.nullish(),
  category: category.nullish(),
  assigneeUserId: id('维修人员').nullish(),
  breached: z.boolean({ error: '超时筛选无效' }).nullish(),
  search: search().nullish(),
});
export type WorkOrderFilterInput = z.output<typeof workOrderFilter>;

const minutes = (label: string) => wholeNumber({ min: 1, max: MAX_COMMITMENT_MINUTES, label });

/**
 * A new version of the company's commitments. Each arrival window is at least its dispatch window,
 * and a minor repair's completion window at least its arrival window.
 */
export const updateWorkOrderCommitmentsInput = z
  .object({
    dispatchMinutesMinor: minutes('零修派单时限'),
    dispatchMinutesUrgent: minutes('急修派单时限'),
    arriveMinutesMinor: minutes('零修到场时限'),
    arriveMinutesUrgent: minutes('急修到场时限'),
    completeMinutesMinor: minutes('零修完成时限'),
    urgentSameDay: z.boolean({ error: '请选择急修是否当日完成' }),
    completeMinutesUrgent: minutes('急修完成时限'),
    note: note('调整说明').nullish(),
  })
  .superRefine((c, ctx) => {
    const atLeast = (field: keyof WorkOrderCommitments, min: number, label: string) => {
      if ((c[field] as number) < min)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `${label}不能短于 ${min} 分钟`,
          params: { reason: 'TOO_SMALL', min },
        });
    };
    atLeast('arriveMinutesMinor', c.dispatchMinutesMinor, '零修到场时限');
    atLeast('arriveMinutesUrgent', c.dispatchMinutesUrgent, '急修到场时限');
    atLeast('completeMinutesMinor', c.arriveMinutesMinor, '零修完成时限');
    if (!c.urgentSameDay) atLeast('completeMinutesUrgent', c.arriveMinutesUrgent, '急修完成时限');
  });
