import {
  type AuditAnswer,
  type AuditScore,
  type AuditTemplateContent,
  type AuditTemplateItem,
  SCORE_STEP,
  scoreAudit,
} from '@anju/domain';
import type { AnswerPayload, QueueEntry, ServerAnswer } from './offline/queue';
import type { SyncState } from './offline/syncEngine';

/** An answer as the domain scores it, or nothing for an unanswered item. */
export function domainAnswer(
  answer: Pick<AnswerPayload, 'kind' | 'score'> | undefined,
): AuditAnswer | undefined {
  if (!answer) return undefined;
  if (answer.kind === 'SCORE') return { kind: 'SCORE', score: answer.score ?? 0 };
  return { kind: answer.kind };
}

export function payloadOf(answer: ServerAnswer): AnswerPayload {
  return {
    kind: answer.kind,
    score: answer.score,
    note: answer.note ?? '',
    photos: answer.photos.map((p) => ({ fileId: p.id })),
  };
}

/** What the form shows for one item: the device's latest edit when there is one, else the server's. */
export interface ItemView {
  item: AuditTemplateItem;
  server: ServerAnswer | undefined;
  /** The latest edit of this item still on the device (pending, in conflict or refused). */
  entry: QueueEntry | undefined;
  answer: AnswerPayload | undefined;
}

export function itemViews(
  content: AuditTemplateContent,
  server: ReadonlyMap<string, ServerAnswer>,
  entries: readonly QueueEntry[],
): Map<string, ItemView> {
  const latest = new Map<string, QueueEntry>();
  for (const entry of entries) latest.set(entry.itemKey, entry); // entries are in edit order
  const views = new Map<string, ItemView>();
  for (const section of content.sections)
    for (const item of section.items) {
      const s = server.get(item.key);
      const entry = latest.get(item.key);
      views.set(item.key, {
        item,
        server: s,
        entry,
        answer: entry ? entry.payload : s ? payloadOf(s) : undefined,
      });
    }
  return views;
}

/** The live score of what the form shows (the device's edits included), with the domain's rules. */
export function liveScore(content: AuditTemplateContent, views: ReadonlyMap<string, ItemView>): AuditScore {
  const answers = new Map<string, AuditAnswer>();
  for (const [key, view] of views) {
    const a = domainAnswer(view.answer);
    if (a) answers.set(key, a);
  }
  return scoreAudit(content, answers);
}

/** One score step down or up from where the item stands (unanswered and PASS start at the max). */
export function stepScore(
  item: Pick<AuditTemplateItem, 'maxScore'>,
  answer: AnswerPayload | undefined,
  delta: -1 | 1,
) {
  const current =
    answer?.kind === 'SCORE' ? (answer.score ?? 0) : answer?.kind === 'FAIL' ? 0 : item.maxScore;
  if (delta > 0) {
    const up = Math.floor(current / SCORE_STEP + 1e-9) * SCORE_STEP + SCORE_STEP;
    return Math.min(item.maxScore, up);
  }
  const down = Math.ceil(current / SCORE_STEP - 1e-9) * SCORE_STEP - SCORE_STEP;
  return Math.max(0, down);
}

export type SyncBadge =
  | { kind: 'conflict'; count: number }
  | { kind: 'rejected'; count: number }
  | { kind: 'offline'; count: number }
  | { kind: 'syncing'; count: number }
  | { kind: 'retrying'; count: number }
  | { kind: 'waiting'; count: number }
  | { kind: 'saved'; count: 0 };

/** The one sync state the page shows for an audit. */
export function syncBadge(state: SyncState, entries: readonly QueueEntry[]): SyncBadge {
  const conflicts = entries.filter((e) => e.status === 'conflict').length;
  if (conflicts > 0) return { kind: 'conflict', count: conflicts };
  const rejected = entries.filter((e) => e.status === 'rejected').length;
  if (rejected > 0) return { kind: 'rejected', count: rejected };
  const count = entries.length;
  if (!state.online) return { kind: 'offline', count };
  if (count === 0) return { kind: 'saved', count: 0 };
  if (state.phase === 'waiting') return { kind: 'retrying', count };
  if (state.phase === 'syncing') return { kind: 'syncing', count };
  return { kind: 'waiting', count };
}
