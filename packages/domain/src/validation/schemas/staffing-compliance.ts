/** Arguments of staffing compliance, its league table and export, and the indicator drill-down. */
import { z } from 'zod';
import { LANGUAGES } from '../../indicators/index.js';
import { STAFFING_INDICATOR_CODES } from '../../staffing/compliance.js';
import { id, month, oneOf } from '../primitives.js';

export const staffingComplianceArgs = z.object({ estateId: id('项目') });

export const staffingComplianceTableArgs = z.object({ regionId: id('区域').nullish() });

export const exportStaffingComplianceInput = z.object({
  regionId: id('区域').nullish(),
  language: oneOf(LANGUAGES, { required: '请选择语言', invalid: '语言无效' }).nullish(),
});

export const staffingIndicatorDrillDownArgs = z.object({
  estateId: id('项目'),
  indicatorCode: oneOf(STAFFING_INDICATOR_CODES, {
    required: '请选择指标',
    invalid: '该指标没有人员明细（仅培训合格率与持证上岗率）',
  }),
  month: month(),
});
