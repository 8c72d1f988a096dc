/**
 * Inputs of the estate's operational records (issue 11 item 5): fees, incidents, facility checks,
 * community activities and special services. Shared by the API, the fee import and the web.
 */
import { z } from 'zod';
import { LANGUAGES } from '../../indicators/catalogue.js';
import {
  ACTIVITY_INDICATOR_CODES,
  FACILITY_CLASSES,
  FACILITY_INDICATOR_CODES,
  FEE_INDICATOR_CODES,
  INCIDENT_INDICATOR_CODES,
  INCIDENT_KINDS,
  parseYuan,
} from '../../operations/estate-ops.js';
import { calendarDate, id, month, nonNegativeInt, oneOf, text, wholeNumber } from '../primitives.js';

/** A list filter's year (fees, incidents, checks, activities). */
const yearFilter = () => wholeNumber({ min: 2000, max: 2100, label: '年份' }).nullish();

export const MAX_OPS_TEXT = 1000;
/** 99 亿元 in fen: far above any estate's monthly fees, far below unsafe integers. */
export const MAX_FEE_FEN = 999_999_999_999;
export const MAX_FACILITY_ITEMS = 10_000_000;
export const MAX_ATTENDANCE = 100_000;
/** The most records a list of an estate's incidents, checks or activities returns, newest first. */
export const RECORD_LIST_LIMIT = 1000;

const version = z.number({ error: '版本号无效' }).int({ error: '版本号无效' });
const long = (label: string, required = false) =>
  text({ max: MAX_OPS_TEXT, multiline: true, required, label });

/** A yuan amount typed as text (`12345.67`), answered as whole fen: no floating point anywhere. */
export function yuan(label: string) {
  return text({ max: 20, required: true, label }).transform((v, ctx) => {
    const fen = parseYuan(v);
    if (fen === null) {
      ctx.addIssue({
        code: 'custom',
        message: `${label}应为金额（元，最多两位小数）`,
        params: { reason: 'INVALID' },
      });
      return z.NEVER;
    }
    if (fen > MAX_FEE_FEN) {
      ctx.addIssue({
        code: 'custom',
        message: `${label}超出合理范围`,
        params: { reason: 'TOO_LARGE', max: MAX_FEE_FEN / 100 },
      });
      return z.NEVER;
    }
    return fen;
  });
}

// ---- fees -------------------------------------------------------------------------------------

export const feeCollectionFields = z
  .object({
    month: month(),
    receivable: yuan('应收金额'),
    collected: yuan('实收金额'),
    note: text({ max: 200, label: '备注' }).nullish(),
  })
  .superRefine((v, ctx) => {
    if (typeof v.receivable === 'number' && typeof v.collected === 'number' && v.collected > v.receivable)
      ctx.addIssue({
        code: 'custom',
        path: ['collected'],
        message: '实收金额不能大于应收金额',
        params: { reason: 'EXCEEDS_RECEIVABLE' },
      });
  });

export const saveFeeCollectionInput = z
  .object({ estateId: id('项目'), version: version.nullish() })
  .and(feeCollectionFields);

export const feeCollectionsArgs = z.object({
  estateId: id('项目'),
  year: yearFilter(),
});

export const importFeeCollectionsInput = z.object({ estateId: id('项目'), fileId: id('文件') });

export const exportFeeCollectionsInput = z.object({
  estateId: id('项目'),
  template: z.boolean({ error: '模板选项无效' }).nullish(),
  language: oneOf(LANGUAGES, { required: '请选择语言', invalid: '语言无效' }).nullish(),
});

// ---- incidents --------------------------------------------------------------------------------

const incidentFields = {
  kind: oneOf(INCIDENT_KINDS, { required: '请选择事件类别', invalid: '事件类别无效' }),
  occurredOn: calendarDate('发生日期'),
  place: text({ max: 100, required: true, label: '地点' }),
  description: long('经过', true),
  managementCaused: z.boolean({ error: '是否管理原因无效' }).nullish(),
  handling: long('处理情况').nullish(),
  handled: z.boolean({ error: '是否已处理无效' }).nullish(),
  handledOn: calendarDate('处理日期').nullish(),
};

function incidentRules(
  v: { occurredOn?: unknown; handledOn?: unknown; handled?: unknown },
  ctx: z.RefinementCtx,
) {
  if (typeof v.handledOn === 'string' && typeof v.occurredOn === 'string' && v.handledOn < v.occurredOn)
    ctx.addIssue({
      code: 'custom',
      path: ['handledOn'],
      message: '处理日期不能早于发生日期',
      params: { reason: 'BEFORE_START' },
    });
  if (v.handled === true && !v.handledOn)
    ctx.addIssue({
      code: 'custom',
      path: ['handledOn'],
      message: '已处理的事件请填写处理日期',
      params: { reason: 'REQUIRED' },
    });
}

export const createIncidentInput = z
  .object({ estateId: id('项目'), ...incidentFields })
  .superRefine(incidentRules);
export const updateIncidentInput = z
  .object({ id: id(), version, ...incidentFields })
  .superRefine(incidentRules);

export const incidentFilter = z.object({
  estateId: id('项目'),
  month: month().nullish(),
  year: yearFilter(),
  kind: oneOf(INCIDENT_KINDS, { required: '请选择事件类别', invalid: '事件类别无效' }).nullish(),
});

// ---- facility checks --------------------------------------------------------------------------

const facilityFields = {
  facilityClass: oneOf(FACILITY_CLASSES, { required: '请选择检查类别', invalid: '检查类别无效' }),
  checkedOn: calendarDate('检查日期'),
  itemsChecked: wholeNumber({ min: 1, max: MAX_FACILITY_ITEMS, label: '检查数量' }),
  itemsIntact: nonNegativeInt({ max: MAX_FACILITY_ITEMS, label: '完好数量' }),
  defects: long('存在问题').nullish(),
  checker: text({ max: 40, required: true, label: '检查人' }),
  note: long('备注').nullish(),
};

function facilityRules(
  v: { itemsChecked?: unknown; itemsIntact?: unknown; defects?: unknown },
  ctx: z.RefinementCtx,
) {
  if (typeof v.itemsChecked !== 'number' || typeof v.itemsIntact !== 'number') return;
  if (v.itemsIntact > v.itemsChecked)
    ctx.addIssue({
      code: 'custom',
      path: ['itemsIntact'],
      message: '完好数量不能大于检查数量',
      params: { reason: 'EXCEEDS_CHECKED' },
    });
  else if (v.itemsIntact < v.itemsChecked && !v.defects)
    ctx.addIssue({
      code: 'custom',
      path: ['defects'],
      message: '有不完好的项目时请写明存在的问题',
      params: { reason: 'REQUIRED' },
    });
}

export const createFacilityCheckInput = z
  .object({ estateId: id('项目'), ...facilityFields })
  .superRefine(facilityRules);
export const updateFacilityCheckInput = z
  .object({ id: id(), version, ...facilityFields })
  .superRefine(facilityRules);

export const facilityCheckFilter = z.object({
  estateId: id('项目'),
  month: month().nullish(),
  year: yearFilter(),
  facilityClass: oneOf(FACILITY_CLASSES, { required: '请选择检查类别', invalid: '检查类别无效' }).nullish(),
});

// ---- community activities and special services ----------------------------------------------

const activityFields = {
  heldOn: calendarDate('活动日期'),
  title: text({ max: 100, required: true, label: '活动名称' }),
  attendance: nonNegativeInt({ max: MAX_ATTENDANCE, label: '参加人数' }),
  place: text({ max: 100, label: '地点' }).nullish(),
  note: long('备注').nullish(),
};
export const createCommunityActivityInput = z.object({ estateId: id('项目'), ...activityFields });
export const updateCommunityActivityInput = z.object({ id: id(), version, ...activityFields });
export const communityActivitiesArgs = z.object({
  estateId: id('项目'),
  year: yearFilter(),
});

const serviceFields = {
  name: text({ max: 50, required: true, label: '服务名称' }),
  price: yuan('价格'),
  unit: text({ max: 10, required: true, label: '计价单位' }),
  description: long('服务内容').nullish(),
  activeFrom: calendarDate('开始日期'),
  activeUntil: calendarDate('停止日期').nullish(),
};
function serviceRules(v: { activeFrom?: unknown; activeUntil?: unknown }, ctx: z.RefinementCtx) {
  if (typeof v.activeUntil === 'string' && typeof v.activeFrom === 'string' && v.activeUntil < v.activeFrom)
    ctx.addIssue({
      code: 'custom',
      path: ['activeUntil'],
      message: '停止日期不能早于开始日期',
      params: { reason: 'BEFORE_START' },
    });
}
export const createSpecialServiceInput = z
  .object({ estateId: id('项目'), ...serviceFields })
  .superRefine(serviceRules);
export const updateSpecialServiceInput = z
  .object({ id: id(), version, ...serviceFields })
  .superRefine(serviceRules);
export const applySpecialServicePresetsInput = z.object({
  estateId: id('项目'),
  activeFrom: calendarDate('开始日期'),
});

// ---- drill-downs ------------------------------------------------------------------------------

const drillDown = <const T extends readonly [string, ...string[]]>(codes: T, invalid: string) =>
  z.object({
    estateId: id('项目'),
    indicatorCode: oneOf(codes, { required: '请选择指标', invalid }),
    month: month(),
  });

export const feeIndicatorDrillDownArgs = drillDown(FEE_INDICATOR_CODES, '该指标没有收费明细');
export const incidentIndicatorDrillDownArgs = drillDown(INCIDENT_INDICATOR_CODES, '该指标没有事件明细');
export const facilityCheckIndicatorDrillDownArgs = drillDown(
  FACILITY_INDICATOR_CODES as unknown as readonly [string, ...string[]],
  '该指标没有设施检查明细',
);
export const activityIndicatorDrillDownArgs = drillDown(ACTIVITY_INDICATOR_CODES, '该指标没有活动或服务明细');
