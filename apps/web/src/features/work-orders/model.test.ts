import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  type Board,
  type Card,
  countdown,
  formatSpan,
  pendingDeadline,
  serverNow,
} from './model';

const card = (id: string, over: Partial<Card> = {}): Card => ({
  id,
  estateId: 'e1',
  number: Number(id.replace(/\D/g, '')) || 1,
  locationKind: 'UNIT',
  location: `3栋 ${id}`,
  category: 'PLUMBING_ELECTRICAL',
  kind: 'MINOR',
  description: '漏水',
  channel: 'PHONE',
  status: 'NEW',
  reportedAt: '2030-03-01T02:00:00.000Z',
  dispatchedAt: null,
  arrivedAt: null,
  completedAt: null,
  calledBackAt: null,
  closedAt: null,
  dispatchDueAt: '2030-03-01T02:03:00.000Z',
  arriveDueAt: '2030-03-01T02:10:00.000Z',
  completeDueAt: '2030-03-02T02:00:00.000Z',
  breached: false,
  breachedSteps: [],
  assignee: null,
  nextSteps: ['DISPATCH'],
  version: 1,
  ...over,
});

const board = (cols: Partial<Record<string, Card[]>>): Board => ({
  estateId: 'e1',
  at: '2030-03-01T02:01:00.000Z',
  columns: (['NEW', 'DISPATCHED', 'ON_SITE', 'DONE', 'AWAITING_CALLBACK'] as const).map((column) => {
    const cards = cols[column] ?? [];
    return {
      column,
      count: cards.length,
      breachedCount: cards.filter((c) => c.breached).length,
      cards,
    };
  }),
});

const col = (b: Board, c: string) => b.columns.find((x) => x.column === c)!;

describe('pendingDeadline', () => {
  it('counts down to the step the order waits for', () => {
    expect(pendingDeadline(card('w1'))).toEqual({ step: 'DISPATCH', dueAt: '2030-03-01T02:03:00.000Z' });
    expect(pendingDeadline(card('w1', { status: 'DISPATCHED' }))?.step).toBe('ARRIVE');
    expect(pendingDeadline(card('w1', { status: 'ON_SITE' }))?.step).toBe('COMPLETE');
    expect(pendingDeadline(card('w1', { status: 'COMPLETED' }))).toBeNull();
  });
});

describe('countdown', () => {
  it('reads minutes and seconds left, or how long it is over', () => {
    const now = Date.parse('2030-03-01T02:01:00.000Z');
    expect(countdown('2030-03-01T02:03:00.000Z', now)).toMatchObject({ over: false, text: '2:00' });
    expect(countdown('2030-03-01T02:00:30.000Z', now)).toMatchObject({ over: true, text: '0:30' });
    expect(formatSpan(3 * 3600_000 + 5 * 60_000 + 7_000)).toBe('3:05:07');
    expect(formatSpan(26 * 3600_000)).toBe('1d 2:00');
  });

  it('runs on the API’s clock, not the device’s', () => {
    // The board was read at 02:01 server time; the device's clock is 10 minutes fast, 5 s passed.
    const received = Date.parse('2030-03-01T02:11:00.000Z');
    expect(serverNow('2030-03-01T02:01:00.000Z', received, received + 5_000)).toBe(
      Date.parse('2030-03-01T02:01:05.000Z'),
    );
  });
});

describe('applyEvent', () => {
  it('moves a dispatched card to its column, with the counts', () => {
    const b = applyEvent(
      board({ NEW: [card('w1'), card('w2')] }),
      'w1',
      card('w1', { status: 'DISPATCHED', version: 2 }),
    );
    expect(col(b, 'NEW').cards.map((c) => c.id)).toEqual(['w2']);
    expect(col(b, 'NEW').count).toBe(1);
    expect(col(b, 'DISPATCHED').cards.map((c) => c.id)).toEqual(['w1']);
    expect(col(b, 'DISPATCHED').count).toBe(1);
  });

  it('turns a card red where it is the moment its breach arrives', () => {
    const b = applyEvent(
      board({ NEW: [card('w1'), card('w2')] }),
      'w2',
      card('w2', { breached: true, breachedSteps: ['DISPATCH'] }),
    );
    expect(col(b, 'NEW').count).toBe(2);
    expect(col(b, 'NEW').breachedCount).toBe(1);
    expect(col(b, 'NEW').cards.find((c) => c.id === 'w2')?.breached).toBe(true);
  });

  it('adds a new report, and drops an order closed or no longer visible', () => {
    const added = applyEvent(board({}), 'w9', card('w9'));
    expect(col(added, 'NEW').count).toBe(1);
    const closed = applyEvent(
      board({ AWAITING_CALLBACK: [card('w3', { status: 'COMPLETED' })] }),
      'w3',
      card('w3', { status: 'CALLED_BACK' }),
    );
    expect(col(closed, 'AWAITING_CALLBACK').count).toBe(0);
    const hidden = applyEvent(board({ ON_SITE: [card('w4', { status: 'ON_SITE' })] }), 'w4', null);
    expect(col(hidden, 'ON_SITE').cards).toEqual([]);
  });

  it('keeps yesterday’s completed order awaiting its callback on a later event', () => {
    const b = applyEvent(
      board({ AWAITING_CALLBACK: [card('w5', { status: 'COMPLETED' })] }),
      'w5',
      card('w5', { status: 'COMPLETED', breached: true, breachedSteps: ['COMPLETE'] }),
    );
    expect(col(b, 'AWAITING_CALLBACK').cards.map((c) => c.id)).toEqual(['w5']);
    expect(col(b, 'DONE').count).toBe(0);
  });
});
