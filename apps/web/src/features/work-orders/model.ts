/**
 * The pure part of the work-order pages: which deadline a card counts down to, how a countdown
 * reads, and how a live event moves a card on the board before the board is read again.
 */
import type {
  WorkOrderBoardColumn,
  WorkOrderBoardQuery,
  WorkOrderCardFieldsFragment,
  WorkOrderSlaStep,
  WorkOrderStatus,
} from '../../gql/graphql';

export type Card = WorkOrderCardFieldsFragment;
export type Board = WorkOrderBoardQuery['workOrderBoard'];

export const BOARD_COLUMNS: readonly WorkOrderBoardColumn[] = [
  'NEW',
  'DISPATCHED',
  'ON_SITE',
  'DONE',
  'AWAITING_CALLBACK',
];

/** The step an order waits for and its deadline; null once the repair is completed. */
export function pendingDeadline(
  o: Pick<Card, 'status' | 'dispatchDueAt' | 'arriveDueAt' | 'completeDueAt'>,
): { step: WorkOrderSlaStep; dueAt: string } | null {
  switch (o.status) {
    case 'NEW':
      return { step: 'DISPATCH', dueAt: o.dispatchDueAt };
    case 'DISPATCHED':
      return { step: 'ARRIVE', dueAt: o.arriveDueAt };
    case 'ON_SITE':
      return { step: 'COMPLETE', dueAt: o.completeDueAt };
    default:
      return null;
  }
}

/** `ms` as `m:ss`, `h:mm:ss` under a day, else `Nd h:mm`. */
export function formatSpan(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const s = total % 60;
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600) % 24;
  const d = Math.floor(total / 86_400);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d > 0) return `${d}d ${h}:${pad(m)}`;
  if (h > 0) return `${h}:${pad(m)}:${pad(s)}`;
  return `${m}:${pad(s)}`;
}

/** A countdown to `dueAt` at `nowMs`: the time left, or how long it is overdue. */
export function countdown(dueAt: string, nowMs: number): { over: boolean; text: string; ms: number } {
  const ms = Date.parse(dueAt) - nowMs;
  return { over: ms < 0, text: formatSpan(ms), ms };
}

/** The board column of an order's status; a completed order stays where it was (DONE or not). */
function columnOf(
  status: WorkOrderStatus,
  previous: WorkOrderBoardColumn | null,
): WorkOrderBoardColumn | null {
  switch (status) {
    case 'NEW':
    case 'DISPATCHED':
    case 'ON_SITE':
      return status;
    case 'COMPLETED':
      // Completed just now: today's; already completed (a breach or another event): where it was.
      return previous === 'AWAITING_CALLBACK' ? 'AWAITING_CALLBACK' : 'DONE';
    default:
      return null;
  }
}

const byWait = (a: Card, b: Card) => Date.parse(a.reportedAt) - Date.parse(b.reportedAt);

/**
 * The board after an event: the card leaves its column and joins the one of its new status
 * (counts and breach counts follow); `order` null (no longer visible) removes it. The board is
 * read again afterwards, this only makes the change show at once.
 */
export function applyEvent(board: Board, workOrderId: string, order: Card | null): Board {
  const previous = board.columns.find((c) => c.cards.some((x) => x.id === workOrderId));
  const old = previous?.cards.find((x) => x.id === workOrderId) ?? null;
  const target = order ? columnOf(order.status, previous?.column ?? null) : null;
  const columns = board.columns.map((c) => {
    let { cards, count, breachedCount } = c;
    if (old && c.column === previous?.column) {
      cards = cards.filter((x) => x.id !== workOrderId);
      count -= 1;
      if (old.breached) breachedCount -= 1;
    }
    if (order && c.column === target) {
      cards = [...cards, order].sort(byWait);
      count += 1;
      if (order.breached) breachedCount += 1;
    }
    return { ...c, cards, count: Math.max(0, count), breachedCount: Math.max(0, breachedCount) };
  });
  return { ...board, columns };
}

/**
 * The server's "now" as the page can know it: the instant the board was read at (the API's
 * clock), moved on by the time passed on this device since. A phone whose clock is off by
 * minutes still counts down to the API's deadlines correctly.
 */
export function serverNow(boardAt: string, receivedAtMs: number, deviceNowMs: number): number {
  return Date.parse(boardAt) + Math.max(0, deviceNowMs - receivedAtMs);
}
