/**
 * Work orders (报修 / 工单, DOMAIN.md "Estate operations"): what a repair is, where it is, how it
 * was reported, and the steps it goes through. Shared by the API (which enforces the transitions)
 * and the web (which shows only the steps the order can take next).
 */
import type { DepartmentCode } from '../staffing/departments.js';

/** 零修 minor repair, 急修 urgent repair. */
export const WORK_ORDER_KINDS = ['MINOR', 'URGENT'] as const;
export type WorkOrderKind = (typeof WORK_ORDER_KINDS)[number];

/** Repair categories of the seeds (水电, 土建, 门窗, 电梯, 公共设施 …). */
export const WORK_ORDER_CATEGORIES = [
  'PLUMBING_ELECTRICAL',
  'CIVIL',
  'DOORS_WINDOWS',
  'ELEVATOR',
  'PUBLIC_FACILITY',
  'FIRE_SAFETY',
  'DRAINAGE',
  'OTHER',
] as const;
export type WorkOrderCategory = (typeof WORK_ORDER_CATEGORIES)[number];

/** How a repair reached the estate: by phone, at the front desk, through the QR page, on patrol. */
export const WORK_ORDER_CHANNELS = ['PHONE', 'FRONT_DESK', 'QR_CODE', 'PATROL'] as const;
export type WorkOrderChannel = (typeof WORK_ORDER_CHANNELS)[number];

/** A repair in a household's unit, or in a public area of the estate (corridor, lift, car park). */
export const WORK_ORDER_LOCATION_KINDS = ['UNIT', 'PUBLIC_AREA'] as const;
export type WorkOrderLocationKind = (typeof WORK_ORDER_LOCATION_KINDS)[number];

/**
 * The lifecycle: reported (NEW) → dispatched → arrived (ON_SITE) → completed → called back (回访)
 * → closed. A completed order may be closed without a callback (the resident could not be
 * reached): the callback rate then shows it.
 */
export const WORK_ORDER_STATUSES = [
  'NEW',
  'DISPATCHED',
  'ON_SITE',
  'COMPLETED',
  'CALLED_BACK',
  'CLOSED',
] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

/** The steps (mutations) of the lifecycle after creation. */
export const WORK_ORDER_STEPS = ['DISPATCH', 'ARRIVE', 'COMPLETE', 'CALLBACK', 'CLOSE'] as const;
export type WorkOrderStep = (typeof WORK_ORDER_STEPS)[number];

/**
 * From which statuses each step may be taken, and where it leads. Dispatching again before the
 * assignee arrived hands the order to someone else (the first dispatch time stays: the service
 * commitment is about the resident's wait, not about the hand-over).
 */
export const WORK_ORDER_TRANSITIONS: Readonly<
  Record<WorkOrderStep, { from: readonly WorkOrderStatus[]; to: WorkOrderStatus }>
> = {
  DISPATCH: { from: ['NEW', 'DISPATCHED'], to: 'DISPATCHED' },
  ARRIVE: { from: ['DISPATCHED'], to: 'ON_SITE' },
  COMPLETE: { from: ['ON_SITE'], to: 'COMPLETED' },
  CALLBACK: { from: ['COMPLETED'], to: 'CALLED_BACK' },
  CLOSE: { from: ['COMPLETED', 'CALLED_BACK'], to: 'CLOSED' },
};

/** The status a step leads to from `status`, or null when the step is not allowed there. */
export function transitionOf(status: WorkOrderStatus, step: WorkOrderStep): WorkOrderStatus | null {
  const t = WORK_ORDER_TRANSITIONS[step];
  return t.from.includes(status) ? t.to : null;
}

/** The steps an order in `status` can take next (what a phone shows as buttons). */
export function nextSteps(status: WorkOrderStatus): WorkOrderStep[] {
  return WORK_ORDER_STEPS.filter((s) => transitionOf(status, s) !== null);
}

/** Orders still being worked on: not completed yet. */
export const OPEN_WORK_ORDER_STATUSES = [
  'NEW',
  'DISPATCHED',
  'ON_SITE',
] as const satisfies readonly WorkOrderStatus[];

/**
 * Callback satisfaction (回访满意度), the three answers of the seeds' callback forms:
 * 满意 satisfied, 基本满意 basically satisfied, 不满意 dissatisfied. The first two count as
 * satisfied in a satisfaction rate.
 */
export const CALLBACK_SATISFACTIONS = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const;
export type CallbackSatisfaction = (typeof CALLBACK_SATISFACTIONS)[number];
export const isSatisfied = (s: CallbackSatisfaction | null | undefined) =>
  s === 'SATISFIED' || s === 'BASICALLY_SATISFIED';

/**
 * The columns of an estate's live board. DONE holds the orders completed today (the company's
 * day); from the next day on they wait for their callback (seed 000: repairs of the day are
 * reported to the supervisor, who or customer service calls back the next day), in
 * AWAITING_CALLBACK until the callback is recorded or the order is closed.
 */
export const WORK_ORDER_BOARD_COLUMNS = [
  'NEW',
  'DISPATCHED',
  'ON_SITE',
  'DONE',
  'AWAITING_CALLBACK',
] as const;
export type WorkOrderBoardColumn = (typeof WORK_ORDER_BOARD_COLUMNS)[number];

/** The board column of an order, given the start of the company's today; null: not on the board. */
export function boardColumnOf(
  order: { status: WorkOrderStatus; completedAt: Date | null },
  startOfToday: Date,
): WorkOrderBoardColumn | null {
  switch (order.status) {
    case 'NEW':
    case 'DISPATCHED':
    case 'ON_SITE':
      return order.status;
    case 'COMPLETED':
      return order.completedAt && order.completedAt.getTime() >= startOfToday.getTime()
        ? 'DONE'
        : 'AWAITING_CALLBACK';
    default:
      return null;
  }
}

/** The department that takes a category by default (the estate's 工程部 does every repair kind). */
export function defaultDepartmentOf(_category: WorkOrderCategory): DepartmentCode {
  return 'ENGINEERING';
}

export const WORK_ORDER_LABELS = {
  kind: { MINOR: { zh: '零修', en: 'Minor repair' }, URGENT: { zh: '急修', en: 'Urgent repair' } },
  category: {
    PLUMBING_ELECTRICAL: { zh: '水电', en: 'Plumbing & electrical' },
    CIVIL: { zh: '土建', en: 'Civil works' },
    DOORS_WINDOWS: { zh: '门窗', en: 'Doors & windows' },
    ELEVATOR: { zh: '电梯', en: 'Elevator' },
    PUBLIC_FACILITY: { zh: '公共设施', en: 'Public facilities' },
    FIRE_SAFETY: { zh: '消防', en: 'Fire safety' },
    DRAINAGE: { zh: '管道疏通', en: 'Drainage' },
    OTHER: { zh: '其他', en: 'Other' },
  },
  channel: {
    PHONE: { zh: '电话', en: 'Phone' },
    FRONT_DESK: { zh: '前台', en: 'Front desk' },
    QR_CODE: { zh: '扫码报修', en: 'QR code' },
    PATROL: { zh: '巡查发现', en: 'Patrol' },
  },
  status: {
    NEW: { zh: '待派单', en: 'New' },
    DISPATCHED: { zh: '已派单', en: 'Dispatched' },
    ON_SITE: { zh: '已到场', en: 'On site' },
    COMPLETED: { zh: '已完工', en: 'Completed' },
    CALLED_BACK: { zh: '已回访', en: 'Called back' },
    CLOSED: { zh: '已关闭', en: 'Closed' },
  },
  satisfaction: {
    SATISFIED: { zh: '满意', en: 'Satisfied' },
    BASICALLY_SATISFIED: { zh: '基本满意', en: 'Basically satisfied' },
    DISSATISFIED: { zh: '不满意', en: 'Dissatisfied' },
  },
} as const satisfies Record<string, Record<string, { zh: string; en: string }>>;
