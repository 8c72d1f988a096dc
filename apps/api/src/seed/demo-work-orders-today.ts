/**
 * Today's live board of 翠湖苑 (issue 11 item 7): a handful of open orders in each column, placed
 * relative to the seed's clock, so the board tells a story the moment the demo is loaded — two
 * new reports already past their 3-minute dispatch, and one urgent elevator repair reported a
 * minute ago whose dispatch deadline falls two minutes after loading (the breach job flags it
 * live unless someone dispatches it first). History (24 months) is another seeder's; this one
 * writes only today's board and yesterday's repairs awaiting their callback. Rows go through the
 * module's own insert (numbers after any already there), deadlines from the default commitments,
 * breaches flagged as the job would have flagged them by now.
 */
import {
  breachedSteps,
  DEFAULT_TIME_ZONE,
  DEFAULT_WORK_ORDER_COMMITMENTS,
  locationKey,
  startOfZonedDay,
  type WorkOrderCategory,
  type WorkOrderChannel,
  type WorkOrderKind,
  type WorkOrderLocationKind,
  type WorkOrderStatus,
  workOrderDeadlines,
  zonedDate,
} from '@anju/domain';
import { inArray } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { users } from '../modules/users/index.js';
import { departmentOf, insertWorkOrder, staffDepartmentOf } from '../modules/work-orders/index.js';

export interface Plan {
  /** Minutes before now it was reported (negative hours ago for yesterday's, see `yesterday`). */
  ago: number;
  /** Reported yesterday at this local hour instead (awaiting callback). */
  yesterday?: number;
  kind: WorkOrderKind;
  category: WorkOrderCategory;
  locationKind: WorkOrderLocationKind;
  location: string;
  description: string;
  channel: WorkOrderChannel;
  reporter?: [string, string];
  status: WorkOrderStatus;
  /** Minutes after the report each step was taken. */
  dispatch?: number;
  arrive?: number;
  complete?: number;
  assignee?: 'staff' | 'manager';
  note?: string;
}

const PLANS: Plan[] = [
  // NEW: one urgent about to breach, two already past the 3-minute dispatch.
  {
    ago: 1,
    kind: 'URGENT',
    category: 'ELEVATOR',
    locationKind: 'PUBLIC_AREA',
    location: '5栋 2号电梯',
    description: '电梯运行时异响，轿厢门关不严，住户反映不敢乘坐',
    channel: 'PHONE',
    reporter: ['陈女士', '13857112233'],
    status: 'NEW',
  },
  {
    ago: 14,
    kind: 'MINOR',
    category: 'PLUMBING_ELECTRICAL',
    locationKind: 'UNIT',
    location: '3栋2单元801',
    description: '厨房水龙头漏水，关紧后仍在滴',
    channel: 'FRONT_DESK',
    reporter: ['李先生', '13957123456'],
    status: 'NEW',
  },
  {
    ago: 38,
    kind: 'MINOR',
    category: 'PUBLIC_FACILITY',
    locationKind: 'PUBLIC_AREA',
    location: '中心花园 儿童滑梯',
    description: '巡查发现滑梯扶手螺丝松动',
    channel: 'PATROL',
    status: 'NEW',
  },
  // DISPATCHED: one still within its 10 minutes to arrive, one past it.
  {
    ago: 5,
    kind: 'MINOR',
    category: 'DOORS_WINDOWS',
    locationKind: 'UNIT',
    location: '7栋1单元302',
    description: '阳台推拉门卡住，推不动',
    channel: 'PHONE',
    reporter: ['王阿姨', '13600001111'],
    status: 'DISPATCHED',
    dispatch: 2,
    assignee: 'staff',
  },
  {
    ago: 52,
    kind: 'MINOR',
    category: 'DRAINAGE',
    locationKind: 'PUBLIC_AREA',
    location: '2栋 一楼公共卫生间',
    description: '地漏堵塞，积水外溢',
    channel: 'PATROL',
    status: 'DISPATCHED',
    dispatch: 2,
    assignee: 'manager',
  },
  // ON_SITE: working on them.
  {
    ago: 95,
    kind: 'MINOR',
    category: 'CIVIL',
    locationKind: 'UNIT',
    location: '1栋3单元1202',
    description: '卫生间墙面瓷砖空鼓脱落',
    channel: 'PHONE',
    reporter: ['赵先生', '13588889999'],
    status: 'ON_SITE',
    dispatch: 2,
    arrive: 9,
    assignee: 'staff',
  },
  {
    ago: 130,
    kind: 'URGENT',
    category: 'PLUMBING_ELECTRICAL',
    locationKind: 'PUBLIC_AREA',
    location: '地下车库 B区',
    description: 'B区照明回路跳闸，整排灯不亮',
    channel: 'PATROL',
    status: 'ON_SITE',
    dispatch: 1,
    arrive: 7,
    assignee: 'manager',
  },
  // DONE today: one on time, one arrived late.
  {
    ago: 300,
    kind: 'MINOR',
    category: 'DOORS_WINDOWS',
    locationKind: 'UNIT',
    location: '6栋2单元501',
    description: '入户门闭门器漏油',
    channel: 'PHONE',
    reporter: ['孙女士', '13712345678'],
    status: 'COMPLETED',
    dispatch: 2,
    arrive: 8,
    complete: 70,
    assignee: 'staff',
    note: '更换闭门器',
  },
  {
    ago: 240,
    kind: 'MINOR',
    category: 'PUBLIC_FACILITY',
    locationKind: 'PUBLIC_AREA',
    location: '4栋 单元门禁',
    description: '门禁刷卡无反应',
    channel: 'FRONT_DESK',
    status: 'COMPLETED',
    dispatch: 3,
    arrive: 16,
    complete: 55,
    assignee: 'manager',
    note: '更换读卡模块',
  },
  // AWAITING_CALLBACK: completed yesterday, the callback is today's work.
  {
    ago: 0,
    yesterday: 15,
    kind: 'MINOR',
    category: 'PLUMBING_ELECTRICAL',
    locationKind: 'UNIT',
    location: '2栋1单元602',
    description: '客厅插座没电',
    channel: 'PHONE',
    reporter: ['周先生', '13800138000'],
    status: 'COMPLETED',
    dispatch: 2,
    arrive: 9,
    complete: 45,
    assignee: 'staff',
    note: '更换插座，线路正常',
  },
  {
    ago: 0,
    yesterday: 10,
    kind: 'URGENT',
    category: 'DRAINAGE',
    locationKind: 'UNIT',
    location: '8栋2单元101',
    description: '厨房下水管反水',
    channel: 'PHONE',
    reporter: ['吴阿姨', '13900001234'],
    status: 'COMPLETED',
    dispatch: 1,
    arrive: 10,
    complete: 95,
    assignee: 'manager',
    note: '疏通主管道',
  },
];

const MINUTE = 60_000;

/** An order of today's board as placed at `now`: its plan, step times, deadlines and breaches. */
export interface PlacedOrder {
  plan: Plan;
  reportedAt: Date;
  times: { dispatchedAt: Date | null; arrivedAt: Date | null; completedAt: Date | null };
  due: ReturnType<typeof workOrderDeadlines>;
  late: ReturnType<typeof breachedSteps>;
}

/**
 * Today's board placed at `now`, in the order reported. Early in the morning today's completions
 * squeeze into the minutes since midnight (order kept): the DONE column holds what was completed
 * today. Open orders keep their real minutes whatever the hour (their columns go by status, and
 * two new reports must be past their 3 minutes).
 */
export function placeTodaysOrders(now: Date, timeZone: string = DEFAULT_TIME_ZONE): PlacedOrder[] {
  const startOfToday = startOfZonedDay(zonedDate(now, timeZone), timeZone);
  const sinceMidnight = (now.getTime() - startOfToday.getTime()) / MINUTE;
  const doneToday = (p: Plan) => p.yesterday == null && p.status === 'COMPLETED';
  const longest = Math.max(...PLANS.filter(doneToday).map((p) => p.ago));
  const squeeze = Math.min(1, Math.max(0, sinceMidnight - 1) / longest);
  return PLANS.map((plan) => {
    const scale = plan.yesterday != null || !doneToday(plan) ? 1 : squeeze;
    const reportedAt =
      plan.yesterday != null
        ? new Date(startOfToday.getTime() - (24 - plan.yesterday) * 60 * MINUTE)
        : new Date(now.getTime() - Math.round(plan.ago * scale * MINUTE));
    const step = (m: number | undefined) =>
      m == null ? null : new Date(reportedAt.getTime() + Math.round(m * scale * MINUTE));
    const times = {
      dispatchedAt: step(plan.dispatch),
      arrivedAt: step(plan.arrive),
      completedAt: step(plan.complete),
    };
    const due = workOrderDeadlines(plan.kind, reportedAt, DEFAULT_WORK_ORDER_COMMITMENTS, timeZone);
    return { plan, reportedAt, times, due, late: breachedSteps({ ...due, ...times }, now) };
  }).sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime());
}

export async function seedDemoWorkOrderBoard(
  tx: Tx,
  input: { companyId: string; estateId: string; now: Date; timeZone?: string },
): Promise<number> {
  const { companyId, estateId, now } = input;
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, ['staff@anju.demo', 'manager@anju.demo']));
  const staffId = people.find((p) => p.email === 'staff@anju.demo')?.id;
  const managerId = people.find((p) => p.email === 'manager@anju.demo')?.id;
  if (!staffId || !managerId) return 0;
  const engineering = await departmentOf(tx, companyId, estateId, { code: 'ENGINEERING' });
  const staffDepartment = await staffDepartmentOf(tx, companyId, estateId, staffId);
  let count = 0;
  for (const { plan: p, reportedAt, times, due, late } of placeTodaysOrders(now, timeZone)) {
    const flagAt = (s: 'DISPATCH' | 'ARRIVE' | 'COMPLETE', dueAt: Date, doneAt: Date | null) =>
      late.includes(s) ? new Date(Math.min(now.getTime(), (doneAt ?? dueAt).getTime() + 1000)) : null;
    const assignee = p.assignee === 'staff' ? staffId : p.assignee === 'manager' ? managerId : null;
    const department = assignee === staffId ? (staffDepartment ?? engineering?.id) : engineering?.id;
    await insertWorkOrder(tx, companyId, {
      estateId,
      locationKind: p.locationKind,
      location: p.location,
      locationKey: locationKey(p.location),
      category: p.category,
      kind: p.kind,
      description: p.description,
      channel: p.channel,
      reporterName: p.reporter?.[0] ?? null,
      reporterPhone: p.reporter?.[1] ?? null,
      departmentId: department ?? null,
      assigneeUserId: assignee,
      status: p.status,
      reportedAt,
      ...times,
      dispatchedBy: times.dispatchedAt ? staffId : null,
      completedBy: times.completedAt ? assignee : null,
      completionNote: p.note ?? null,
      qualityPassed: times.completedAt ? true : null,
      ...due,
      dispatchBreachedAt: flagAt('DISPATCH', due.dispatchDueAt, times.dispatchedAt),
      arriveBreachedAt: flagAt('ARRIVE', due.arriveDueAt, times.arrivedAt),
      completeBreachedAt: flagAt('COMPLETE', due.completeDueAt, times.completedAt),
      breached: late.length > 0,
      createdBy: staffId,
      createdAt: reportedAt,
      updatedAt: now,
    });
    count += 1;
  }
  return count;
}
