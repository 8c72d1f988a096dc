/**
 * Inputs of the rectification (整改) and appeal (申诉) workflow (DOMAIN.md "Quality supervision"):
 * evidence, the reasons of a reopening, an appeal and its decision. Shared by the API and the web.
 */
import { z } from 'zod';
import { id, oneOf, text } from '../primitives.js';

/** Photos per side (before / after) of one rectification. */
export const MAX_RECTIFICATION_PHOTOS = 10;
export const MAX_RECTIFICATION_TEXT = 1000;
export const MAX_EVIDENCE_NOTE = 2000;
export const MAX_REASON = 500;

const longText = (label: string, max = MAX_RECTIFICATION_TEXT) =>
  text({ max, multiline: true, label, messages: { tooLong: `${label}不能超过 ${max} 字` } });

const photoIds = (label: string) =>
  z
    .array(id(label), { error: `${label}格式不正确` })
    .max(MAX_RECTIFICATION_PHOTOS, { error: `${label}最多 ${MAX_RECTIFICATION_PHOTOS} 张` })
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

/** What the assignee records: root cause, corrective and preventive action (纠正和预防措施), evidence. */
export const rectificationEvidence = z.object({
  rootCause: longText('原因分析').nullish(),
  correctiveAction: longText('纠正措施').nullish(),
  preventiveAction: longText('预防措施').nullish(),
  evidenceNote: longText('整改说明', MAX_EVIDENCE_NOTE).nullish(),
  beforePhotoFileIds: photoIds('整改前照片').nullish(),
  afterPhotoFileIds: photoIds('整改后照片').nullish(),
});
export type RectificationEvidence = z.output<typeof rectificationEvidence>;

/** null or absent leaves a field unchanged; a photo list replaces the stored one. */
export const updateRectificationInput = rectificationEvidence.extend({ id: id(), version: z.number().int() });

export const assignRectificationInput = z.object({
  id: id(),
  version: z.number().int(),
  assigneeUserId: id('整改负责人'),
});

export const verifyRectificationInput = z.object({
  id: id(),
  version: z.number().int(),
  note: text({ max: MAX_REASON, multiline: true, label: '验收意见' }).nullish(),
});

export const reopenRectificationInput = z.object({
  id: id(),
  version: z.number().int(),
  reason: text({ max: MAX_REASON, multiline: true, required: true, label: '退回原因' }),
});

export const appealFindingInput = z.object({
  findingId: id(),
  reason: text({ max: MAX_RECTIFICATION_TEXT, multiline: true, required: true, label: '申诉理由' }),
});

export const APPEAL_DECISIONS = ['UPHOLD', 'WITHDRAW'] as const;
export type AppealDecision = (typeof APPEAL_DECISIONS)[number];

export const decideAppealInput = z.object({
  findingId: id(),
  decision: oneOf(APPEAL_DECISIONS, { required: '请选择裁决', invalid: '裁决无效' }),
  reason: text({ max: MAX_RECTIFICATION_TEXT, multiline: true, required: true, label: '裁决理由' }),
});

/**
 * Whether submitted evidence is complete: a root cause, a corrective action, and an after-photo or
 * an evidence note. Answers the missing fields' paths (empty when complete).
 */
export function missingEvidence(r: {
  rootCause: string | null;
  correctiveAction: string | null;
  evidenceNote: string | null;
  afterPhotoFileIds: readonly string[];
}): ('rootCause' | 'correctiveAction' | 'afterPhotoFileIds')[] {
  const missing: ('rootCause' | 'correctiveAction' | 'afterPhotoFileIds')[] = [];
  if (!r.rootCause?.trim()) missing.push('rootCause');
  if (!r.correctiveAction?.trim()) missing.push('correctiveAction');
  if (r.afterPhotoFileIds.length === 0 && !r.evidenceNote?.trim()) missing.push('afterPhotoFileIds');
  return missing;
}
