import type { AuditTemplateContent } from '@anju/domain';
import { describe, expect, it } from 'vitest';
import { itemViews, liveScore, stepScore, syncBadge } from './model';
import type { QueueEntry, ServerAnswer } from './offline/queue';
import type { SyncState } from './offline/syncEngine';

const content: AuditTemplateContent = {
  sections: [
    {
      key: 'cs',
      department: 'CUSTOMER_SERVICE',
      title: '客服',
      titleEn: 'Customer service',
      items: [
        {
          key: 'cs-1',
          title: 'a',
          standard: 's',
          titleEn: 'a',
          standardEn: 's',
          maxScore: 5,
          critical: false,
        },
        {
          key: 'cs-2',
          title: 'b',
          standard: 's',
          titleEn: 'b',
          standardEn: 's',
          maxScore: 5,
          critical: true,
        },
      ],
    },
    {
      key: 'cl',
      department: 'CLEANING',
      title: '保洁',
      titleEn: 'Cleaning',
      items: [
        {
          key: 'cl-1',
          title: 'c',
          standard: 's',
          titleEn: 'c',
          standardEn: 's',
          maxScore: 10,
          critical: false,
        },
      ],
    },
  ],
};

const server = (itemKey: string, kind: ServerAnswer['kind'], score: number | null = null): ServerAnswer => ({
  itemKey,
  kind,
  score,
  note: null,
  photos: [],
  version: 1,
  answeredBy: 'u1',
  answeredAt: null,
});

const entry = (
  itemKey: string,
  kind: QueueEntry['payload']['kind'],
  status: QueueEntry['status'] = 'pending',
): QueueEntry => ({
  seq: 1,
  owner: 'o',
  auditId: 'a',
  itemKey,
  clientKey: 'k',
  expectedVersion: 0,
  payload: { kind, score: kind === 'SCORE' ? 4 : null, note: '', photos: [] },
  status,
  sent: false,
  attempts: 0,
  createdAt: '',
});

describe('the form model', () => {
  it('shows the device’s edit over the server’s answer and scores what is shown', () => {
    const views = itemViews(content, new Map([['cs-1', server('cs-1', 'PASS')]]), [
      entry('cs-1', 'SCORE'),
      entry('cl-1', 'PASS'),
    ]);
    expect(views.get('cs-1')?.answer).toMatchObject({ kind: 'SCORE', score: 4 });
    expect(views.get('cs-2')?.answer).toBeUndefined();
    const score = liveScore(content, views);
    expect(score.total).toMatchObject({ earned: 14, max: 20, answered: 2, unanswered: 1 });
    expect(score.sections.map((s) => s.percent)).toEqual([40, 100]);
  });

  it('a failed critical item fails the live score', () => {
    const views = itemViews(content, new Map([['cs-2', server('cs-2', 'FAIL')]]), []);
    expect(liveScore(content, views).total.failed).toBe(true);
  });

  it('steps the score by half points within 0..max', () => {
    const item = { maxScore: 5 };
    expect(stepScore(item, undefined, -1)).toBe(4.5);
    expect(stepScore(item, undefined, 1)).toBe(5);
    expect(stepScore(item, { kind: 'SCORE', score: 0, note: '', photos: [] }, -1)).toBe(0);
    expect(stepScore(item, { kind: 'SCORE', score: 3, note: '', photos: [] }, 1)).toBe(3.5);
    expect(stepScore(item, { kind: 'FAIL', score: null, note: '', photos: [] }, 1)).toBe(0.5);
    expect(stepScore({ maxScore: 2.25 }, { kind: 'SCORE', score: 2, note: '', photos: [] }, 1)).toBe(2.25);
  });

  it('says one sync state: conflict first, then offline, syncing, waiting, all saved', () => {
    const state = (s: Partial<SyncState>): SyncState => ({
      online: true,
      phase: 'idle',
      pending: [],
      retryAt: null,
      ...s,
    });
    expect(syncBadge(state({}), [])).toEqual({ kind: 'saved', count: 0 });
    expect(syncBadge(state({ online: false }), [entry('cs-1', 'PASS'), entry('cs-2', 'PASS')])).toEqual({
      kind: 'offline',
      count: 2,
    });
    expect(syncBadge(state({ phase: 'syncing' }), [entry('cs-1', 'PASS')])).toEqual({
      kind: 'syncing',
      count: 1,
    });
    expect(syncBadge(state({ phase: 'waiting' }), [entry('cs-1', 'PASS')])).toEqual({
      kind: 'retrying',
      count: 1,
    });
    expect(syncBadge(state({}), [entry('cs-1', 'PASS')])).toEqual({ kind: 'waiting', count: 1 });
    expect(syncBadge(state({ online: false }), [entry('cs-1', 'PASS', 'conflict')])).toEqual({
      kind: 'conflict',
      count: 1,
    });
  });
});
