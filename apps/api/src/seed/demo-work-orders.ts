/**
 * 24 months of completed work orders for 安居物业's estates (issue 11 item 7), generated from the
 * demo's repair figures: for each estate and month that has figures, exactly as many orders
 * completed in the month as `figureOf` reports for repair_timely's denominator, of which as many on
 * time, reworks, quality passes and callbacks as the four figures' numerators. Recomputing the
 * repair indicators from these rows (the work-orders indicator source) therefore gives the very
 * figures the comparison already shows: the same estates miss the same targets (seedDemoFigures
 * marks those figures COMPUTED: they are what these records compute).
 *
 * Deterministic (seeded by estate, month and index; ids too), bulk inserted in chunks. Today's
 * open orders for the live board are seeded elsewhere.
 */
import {
  addMonths,
  DEFAULT_TIME_ZONE,
  DEFAULT_WORK_ORDER_COMMITMENTS,
  isTimely,
  locationKey,
  monthOfDate,
  REPAIR_INDICATOR_CODES,
  startOfZonedDay,
  WORK_ORDER_CATEGORIES,
  type WorkOrderCategory,
  type WorkOrderKind,
  workOrderDeadlines,
} from '@anju/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { departments } from '../modules/team/index.js';
import { workOrders } from '../modules/work-orders/index.js';
import { demoCharacterOf, estateFigures, type FigureEstate, seeded } from './demo-figures.js';

type Rng = () => number;
const MINUTE = 60_000;

/** A uuid (version 4 layout) from the generator: the same every seeding. */
function uuidOf(r: Rng): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(r() * 4)]!;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** `k` of the indices 0..n-1, spread evenly and shuffled by the generator (deterministic). */
function pick(r: Rng, n: number, k: number, from = 0): Set<number> {
  const pool = Array.from({ length: n - from }, (_, i) => i + from);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return new Set(pool.slice(0, k));
}

/** The counts one estate's month must reproduce. */
export interface RepairMonthCounts {
  month: string;
  finished: number;
  timely: number;
  rework: number;
  quality: number;
  callback: number;
}

/** The demo repair figures of an estate, per month (the months its figures are seeded for). */
export function demoRepairCounts(companyId: string, e: FigureEstate, now: Date): RepairMonthCounts[] {
  const lastMonth = addMonths(monthOfDate(now), -1);
  const { personality, months, missingLast } = demoCharacterOf(e.code);
  const rows = estateFigures(companyId, e, personality, lastMonth, months, { now }).filter(
    (r) =>
      (REPAIR_INDICATOR_CODES as readonly string[]).includes(r.indicatorCode) &&
      !(missingLast && r.month === lastMonth),
  );
  const byMonth = new Map<string, RepairMonthCounts>();
  for (const r of rows) {
    const m = byMonth.get(r.month) ?? {
      month: r.month,
      finished: 0,
      timely: 0,
      rework: 0,
      quality: 0,
      callback: 0,
    };
    m.finished = Number(r.denominator);
    const n = Number(r.numerator);
    if (r.indicatorCode === 'repair_timely') m.timely = n;
    if (r.indicatorCode === 'repair_rework') m.rework = n;
    if (r.indicatorCode === 'repair_quality') m.quality = n;
    if (r.indicatorCode === 'repair_callback') m.callback = n;
    byMonth.set(r.month, m);
  }
  return [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
}

const FAULTS: Record<WorkOrderCategory, string[]> = {
  PLUMBING_ELECTRICAL: ['厨房水龙头漏水', '卫生间灯不亮', '插座跳闸', '热水器进水阀滴水'],
  CIVIL: ['外墙瓷砖空鼓', '阳台顶棚渗水', '楼梯踏步破损'],
  DOORS_WINDOWS: ['入户门锁芯卡顿', '窗户合页松动', '单元门闭门器失灵'],
  ELEVATOR: ['电梯按钮失灵', '电梯门关闭异响'],
  PUBLIC_FACILITY: ['楼道声控灯不亮', '信报箱门损坏', '健身器材螺丝松动'],
  FIRE_SAFETY: ['消防栓箱门脱落', '应急照明灯不亮'],
  DRAINAGE: ['厨房下水道堵塞', '地漏返味', '雨水篦子堵塞'],
  OTHER: ['门禁卡无法识别', '车库道闸抬杆慢'],
};
const PUBLIC_AREAS = ['1号楼电梯厅', '地下车库B区', '2号楼楼道', '东门岗亭', '中心花园', '3号楼天台'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];

type Row = typeof workOrders.$inferInsert;

export interface DemoWorkOrderInput {
  companyId: string;
  estates: FigureEstate[];
  /** Who works an estate's orders (estate code → user id): its member of staff. */
  repairers: Map<string, string>;
  /** Who logs and calls back (the estate's manager or its staff). */
  desks: Map<string, string>;
  now: Date;
  timeZone?: string;
}

/** The rows of one estate (numbers from `firstNumber`). */
export function estateWorkOrders(
  companyId: string,
  e: FigureEstate,
  input: Pick<DemoWorkOrderInput, 'repairers' | 'desks' | 'now' | 'timeZone'> & {
    departmentId: string | null;
    firstNumber: number;
  },
): Row[] {
  const zone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const repairer = input.repairers.get(e.code) ?? null;
  const desk = input.desks.get(e.code) ?? null;
  const out: Row[] = [];
  let number = input.firstNumber;
  for (const m of demoRepairCounts(companyId, e, input.now)) {
    const r = seeded(`${e.code}|work-orders|${m.month}`);
    const n = m.finished;
    if (m.rework >= n)
      throw new Error(`demo work orders: ${e.code} ${m.month} has no first repair to rework`);
    const late = pick(r, n, n - m.timely);
    const rework = pick(r, n, m.rework, 1);
    const passed = pick(r, n, m.quality);
    const called = pick(r, n, m.callback);
    const from = startOfZonedDay(`${m.month}-01`, zone).getTime();
    const to = startOfZonedDay(`${addMonths(m.month, 1)}-01`, zone).getTime();
    const gap = (to - from) / n;
    let previous: Row | undefined;
    for (let i = 0; i < n; i++) {
      const completedAt = new Date(Math.floor(from + (i + 0.5) * gap));
      // Reported 100 minutes before completion: after the previous order's completion (gap ≥ 3 h).
      const reportedAt = new Date(completedAt.getTime() - 100 * MINUTE);
      const isRework = rework.has(i) && previous !== undefined;
      const category: WorkOrderCategory = isRework
        ? previous!.category!
        : WORK_ORDER_CATEGORIES[Math.floor(r() * WORK_ORDER_CATEGORIES.length)]!;
      const publicArea = isRework ? previous!.locationKind === 'PUBLIC_AREA' : r() < 0.3;
      const location = isRework
        ? previous!.location!
        : publicArea
          ? PUBLIC_AREAS[Math.floor(r() * PUBLIC_AREAS.length)]!
          : `${1 + Math.floor(r() * Math.max(1, e.buildings))}栋${1 + Math.floor(r() * 3)}单元${1 + Math.floor(r() * 18)}0${1 + Math.floor(r() * 4)}`;
      const faults = FAULTS[category];
      // Urgent only where it stays within the report's day (急修不过夜 by the same timestamps).
      let kind: WorkOrderKind = r() < 0.15 ? 'URGENT' : 'MINOR';
      let due = workOrderDeadlines(kind, reportedAt, DEFAULT_WORK_ORDER_COMMITMENTS, zone);
      if (kind === 'URGENT' && completedAt.getTime() > due.completeDueAt.getTime()) {
        kind = 'MINOR';
        due = workOrderDeadlines(kind, reportedAt, DEFAULT_WORK_ORDER_COMMITMENTS, zone);
      }
      const onTime = !late.has(i);
      const dispatchedAt = new Date(reportedAt.getTime() + 2 * MINUTE);
      // A late order arrived 25 minutes after the report (past the 10-minute commitment).
      const arrivedAt = new Date(reportedAt.getTime() + (onTime ? 8 : 25) * MINUTE);
      const callback = called.has(i);
      const calledBackAt = callback
        ? new Date(Math.min(completedAt.getTime() + 20 * 60 * MINUTE, input.now.getTime()))
        : null;
      const closeAt = new Date((calledBackAt ?? completedAt).getTime() + 24 * 60 * MINUTE);
      const closed = closeAt.getTime() <= input.now.getTime();
      const quality = passed.has(i) ? true : r() < 0.5 ? false : null;
      const row: Row = {
        companyId,
        id: uuidOf(r),
        estateId: e.id,
        number: number++,
        locationKind: publicArea ? 'PUBLIC_AREA' : 'UNIT',
        location,
        locationKey: locationKey(location),
        category,
        kind,
        description: faults[Math.floor(r() * faults.length)]!,
        channel: (['PHONE', 'FRONT_DESK', 'QR_CODE', 'PATROL'] as const)[Math.floor(r() * 4)]!,
        reporterName: publicArea ? null : `${SURNAMES[Math.floor(r() * SURNAMES.length)]}先生`,
        reporterPhone: publicArea ? null : `139${String(Math.floor(r() * 1e8)).padStart(8, '0')}`,
        departmentId: input.departmentId,
        assigneeUserId: repairer,
        status: closed ? 'CLOSED' : callback ? 'CALLED_BACK' : 'COMPLETED',
        reportedAt,
        dispatchedAt,
        dispatchedBy: desk,
        arrivedAt,
        completedAt,
        completedBy: repairer,
        qualityPassed: quality,
        calledBackAt,
        calledBackBy: callback ? desk : null,
        satisfaction: callback
          ? r() < 0.85
            ? 'SATISFIED'
            : r() < 0.7
              ? 'BASICALLY_SATISFIED'
              : 'DISSATISFIED'
          : null,
        closedAt: closed ? closeAt : null,
        closedBy: closed ? desk : null,
        ...due,
        arriveBreachedAt: onTime ? null : due.arriveDueAt,
        breached: !onTime,
        reworkOfId: isRework ? previous!.id! : null,
        createdBy: desk,
        createdAt: reportedAt,
        updatedAt: closed ? closeAt : (calledBackAt ?? completedAt),
      };
      const timely = isTimely({ ...row, ...due, completedAt, dispatchedAt, arrivedAt });
      if (timely !== onTime) throw new Error(`demo work orders: ${e.code} ${m.month} #${i} timeliness`);
      out.push(row);
      previous = row;
    }
  }
  return out;
}

const CHUNK = 1000;

/** Inserts every estate's demo orders (numbers after any already there); answers how many. */
export async function seedDemoWorkOrders(tx: Tx, input: DemoWorkOrderInput): Promise<number> {
  const { companyId } = input;
  let total = 0;
  for (const e of input.estates) {
    const [dept] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(
        and(
          eq(departments.companyId, companyId),
          eq(departments.estateId, e.id),
          eq(departments.code, 'ENGINEERING'),
        ),
      );
    const [max] = await tx
      .select({ n: sql<number>`coalesce(max(${workOrders.number}), 0)::int` })
      .from(workOrders)
      .where(and(eq(workOrders.companyId, companyId), eq(workOrders.estateId, e.id)));
    const rows = estateWorkOrders(companyId, e, {
      ...input,
      departmentId: dept?.id ?? null,
      firstNumber: (max?.n ?? 0) + 1,
    });
    for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(workOrders).values(rows.slice(i, i + CHUNK));
    total += rows.length;
  }
  return total;
}
