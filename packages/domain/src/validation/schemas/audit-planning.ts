/**
 * Inputs of planning and conducting audits (DOMAIN.md "Quality supervision"): campaigns, single
 * audits, recurring self-check schedules and item answers. Shared by the API and the web forms.
 */
import { z } from 'zod';
import { AUDIT_KINDS } from '../../audits/types.js';
import { calendarDate, id, name, oneOf, text } from '../primitives.js';

export const MAX_AUDITORS = 10;
export const MAX_CAMPAIGN_ESTATES = 500;
export const MAX_AUDIT_PHOTOS = 12;
export const MAX_AUDIT_NOTE = 2000;
export const MAX_AUDIT_TITLE = 100;
export const MAX_CANCEL_REASON = 500;

/** `2026-Q4`: the quarter a quarterly campaign assesses. */
export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;

const kind = oneOf(AUDIT_KINDS, { required: '请选择检查类型', invalid: '检查类型无效' });

const auditorIds = z
  .array(id('检查人'))
  .min(1, { error: '至少指定一名检查人' })
  .max(MAX_AUDITORS, { error: `检查人最多 ${MAX_AUDITORS} 名` })
  .superRefine((ids, ctx) => {
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', message: '检查人重复', params: { reason: 'DUPLICATE' } });
  });

const instant = (label: string) =>
  z.date({ error: (issue) => (issue.input == null ? `请填写${label}` : `${label}格式不正确`) });

/** One audit planned by hand: a spot check, a night patrol or a one-off estate check. */
export const planAuditSchema = z
  .object({
    estateId: id('小区'),
    kind,
    templateVersionId: id('检查标准版本'),
    plannedAt: instant('计划时间'),
    dueAt: instant('截止时间'),
    auditorUserIds: auditorIds,
    title: text({ max: MAX_AUDIT_TITLE, label: '标题' }).nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.dueAt.getTime() <= v.plannedAt.getTime())
      ctx.addIssue({
        code: 'custom',
        path: ['dueAt'],
        message: '截止时间须晚于计划时间',
        params: { reason: 'BEFORE_START' },
      });
  });

/** A campaign over estates: one audit each, with its auditors and (optionally) its own start. */
export const createAuditCampaignSchema = z
  .object({
    name: name({ max: MAX_AUDIT_TITLE, label: '名称' }),
    kind,
    quarter: z.string().regex(QUARTER_PATTERN, { error: '季度格式应为 YYYY-Qn' }).nullish(),
    templateVersionId: id('检查标准版本'),
    startsOn: calendarDate('开始日期'),
    dueOn: calendarDate('截止日期'),
    estates: z
      .array(
        z.object({
          estateId: id('小区'),
          auditorUserIds: auditorIds,
          plannedAt: instant('计划时间').nullish(),
        }),
      )
      .min(1, { error: '至少选择一个小区' })
      .max(MAX_CAMPAIGN_ESTATES, { error: `小区最多 ${MAX_CAMPAIGN_ESTATES} 个` }),
  })
  .superRefine((v, ctx) => {
    if (v.dueOn < v.startsOn)
      ctx.addIssue({
        code: 'custom',
        path: ['dueOn'],
        message: '截止日期不能早于开始日期',
        params: { reason: 'BEFORE_START' },
      });
    const seen = new Set<string>();
    v.estates.forEach((e, i) => {
      if (seen.has(e.estateId))
        ctx.addIssue({
          code: 'custom',
          path: ['estates', i, 'estateId'],
          message: '小区重复',
          params: { reason: 'DUPLICATE' },
        });
      seen.add(e.estateId);
    });
  });

/** A recurring estate check (daily, semi-monthly, monthly) from `startsOn` until `endsOn`. */
export const createAuditScheduleSchema = z
  .object({
    estateId: id('小区'),
    kind,
    templateId: id('检查标准'),
    auditorUserIds: auditorIds,
    startsOn: calendarDate('开始日期'),
    endsOn: calendarDate('结束日期').nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn && v.endsOn < v.startsOn)
      ctx.addIssue({
        code: 'custom',
        path: ['endsOn'],
        message: '结束日期不能早于开始日期',
        params: { reason: 'BEFORE_START' },
      });
  });

export const cancelAuditSchema = z.object({
  id: id('检查'),
  reason: text({ max: MAX_CANCEL_REASON, label: '取消原因', multiline: true, required: true }),
});

export const AUDIT_ANSWER_KINDS = ['SCORE', 'PASS', 'FAIL', 'NOT_APPLICABLE'] as const;

/**
 * One item's answer as the form saves it. `clientKey` is generated on the device per save (a retry
 * sends the same one); `expectedVersion` is the item's version the device last saw (0: none).
 */
export const saveAuditItemSchema = z
  .object({
    auditId: id('检查'),
    itemKey: text({ max: 100, label: '检查项', required: true }),
    clientKey: z
      .string({ error: '请提供客户端键' })
      .regex(/^[A-Za-z0-9_-]{8,100}$/, { error: '客户端键格式无效' }),
    expectedVersion: z.number({ error: '版本无效' }).int({ error: '版本无效' }).min(0, { error: '版本无效' }),
    kind: oneOf(AUDIT_ANSWER_KINDS, { required: '请选择结果', invalid: '结果无效' }),
    score: z.number({ error: '得分必须是数字' }).nullish(),
    note: text({ max: MAX_AUDIT_NOTE, label: '备注', multiline: true }).nullish(),
    photoFileIds: z
      .array(id('照片'))
      .max(MAX_AUDIT_PHOTOS, { error: `照片最多 ${MAX_AUDIT_PHOTOS} 张` })
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'SCORE' && v.score == null)
      ctx.addIssue({
        code: 'custom',
        path: ['score'],
        message: '请填写得分',
        params: { reason: 'REQUIRED' },
      });
    if (v.kind !== 'SCORE' && v.score != null)
      ctx.addIssue({
        code: 'custom',
        path: ['score'],
        message: '只有评分项才填写得分',
        params: { reason: 'NOT_ALLOWED' },
      });
    if (new Set(v.photoFileIds).size !== v.photoFileIds.length)
      ctx.addIssue({
        code: 'custom',
        path: ['photoFileIds'],
        message: '照片重复',
        params: { reason: 'DUPLICATE' },
      });
  });
export type SaveAuditItemInput = z.output<typeof saveAuditItemSchema>;
