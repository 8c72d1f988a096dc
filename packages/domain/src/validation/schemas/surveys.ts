/** Inputs of satisfaction surveys, household codes and residents' answers (the public page). */
import { z } from 'zod';
import {
  MAX_HOUSEHOLD_CODES_PER_BATCH,
  MAX_SURVEY_QUESTIONS,
  SURVEY_AREAS,
} from '../../operations/surveys.js';
import { calendarDate, id, oneOf, text, wholeNumber } from '../primitives.js';

const question = z.object({
  area: oneOf(SURVEY_AREAS, { required: '请选择服务范围', invalid: '服务范围无效' }),
  text: text({ max: 200, required: true, label: '问题' }),
});

export const createSurveyInput = z
  .object({
    estateId: id('小区'),
    title: text({ max: 100, required: true, label: '调查名称' }),
    opensOn: calendarDate('开始日期'),
    closesOn: calendarDate('截止日期'),
    /** Absent: the default questionnaire. */
    questions: z
      .array(question, { error: '问题格式不正确' })
      .min(1, { error: '至少一个问题' })
      .max(MAX_SURVEY_QUESTIONS, { error: `最多 ${MAX_SURVEY_QUESTIONS} 个问题` })
      .nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.opensOn && v.closesOn && v.closesOn < v.opensOn)
      ctx.addIssue({
        code: 'custom',
        path: ['closesOn'],
        message: '截止日期不能早于开始日期',
        params: { reason: 'BEFORE_START' },
      });
  });

export const generateHouseholdCodesInput = z.object({
  estateId: id('小区'),
  count: wholeNumber({ min: 1, max: MAX_HOUSEHOLD_CODES_PER_BATCH, label: '户码数量' }),
  /** Label printed next to the codes (building, unit), optional. */
  note: text({ max: 60, label: '备注' }).nullish(),
});

const rating = z
  .number({ error: '评分无效' })
  .int({ error: '评分无效' })
  .min(1, { error: '评分应在 1 到 5 之间' })
  .max(5, { error: '评分应在 1 到 5 之间' });

export const submitSurveyAnswerInput = z.object({
  token: text({ max: 64, required: true, label: '调查链接' }),
  householdCode: text({ max: 20, required: true, label: '户码' }),
  ratings: z
    .array(z.object({ key: text({ max: 10, required: true, label: '问题' }), rating }), {
      error: '评分格式不正确',
    })
    .min(1, { error: '请至少回答一个问题' })
    .max(MAX_SURVEY_QUESTIONS, { error: '回答过多' }),
  comment: text({ max: 500, multiline: true, label: '意见建议' }).nullish(),
});
