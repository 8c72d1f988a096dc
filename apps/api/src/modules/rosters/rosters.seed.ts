/**
 * Demo rosters: last, this and next month's for every department of the company that has staff,
 * from whatever staff rows exist (the staff demo seeding runs first). In one estate (翠湖苑,
 * HZ-CHY) the guards of one day shift of this month are on leave — one 病假 (and, when the crew
 * has more people, their crew-mates on 年假) — so the coverage check shows a 12-hour gap on the
 * 24-hour post.
 */
import { addMonths, datesBetween, dayOfDate, monthBounds, monthOfDate } from '@anju/domain';
import type { Tx } from '../../db/client.js';
import { editDay, generateMonth, roundTheClockPosts } from './rosters.core.js';
import * as store from './rosters.store.js';

export interface DemoRosterOptions {
  companyId: string;
  now: Date;
  /** The estate whose security post gets a day shift left uncovered by leave. */
  gapEstateCode?: string;
  timeZone?: string;
}

export async function seedDemoRosters(
  tx: Tx,
  options: DemoRosterOptions,
): Promise<{ rosters: number; leaveDays: number }> {
  const { companyId, now } = options;
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const month = monthOfDate(now, timeZone);
  let rosters = 0;
  let leaveDays = 0;
  for (const estate of await store.listEstates(tx, companyId)) {
    for (const { department, staffCount } of await store.departmentMonths(tx, companyId, estate.id, month)) {
      if (staffCount === 0) continue;
      // Last month too, so "my shifts this week" is whole when the week began last month.
      for (const m of [addMonths(month, -1), month, addMonths(month, 1)]) {
        if (await store.findRosterMonth(tx, companyId, department.id, m)) continue;
        await generateMonth(tx, { companyId, department, month: m, replace: false, now, userId: null });
        rosters++;
      }
      if (estate.code === (options.gapEstateCode ?? 'HZ-CHY') && department.code === 'SECURITY') {
        leaveDays += await leaveOnADayShift(tx, companyId, department, month, dayOfDate(now, timeZone), now);
      }
    }
  }
  return { rosters, leaveDays };
}

/**
 * Everyone on one day shift of the security post goes on leave (the first 病假, any others 年假),
 * on the first day from two days ahead (else from the 1st) whose day shift only they work.
 */
async function leaveOnADayShift(
  tx: Tx,
  companyId: string,
  department: Parameters<typeof roundTheClockPosts>[0],
  month: string,
  today: number,
  now: Date,
): Promise<number> {
  const roster = await store.findRosterMonth(tx, companyId, department.id, month);
  if (!roster) return 0;
  const posts = new Set(
    roundTheClockPosts(department, await store.listPositions(tx, companyId, department.estateId!)).map(
      (p) => p.id,
    ),
  );
  const entries = (await store.listEntries(tx, companyId, roster.id)).filter(
    (e) => e.positionId && posts.has(e.positionId),
  );
  // Seeded once: a second run finds the leave there.
  if (entries.some((e) => e.editKind === 'LEAVE')) return 0;
  const { from, to } = monthBounds(month);
  const dates = datesBetween(from, to);
  const ahead = dates.filter((d) => Number(d.slice(8)) >= today + 2);
  for (const date of [...ahead, ...dates.filter((d) => !ahead.includes(d))]) {
    const onDays = entries.filter((e) => e.day === date && e.shifts.includes('DAY'));
    if (onDays.length === 0 || onDays.some((e) => e.shifts.length !== 1 || e.editKind)) continue;
    let version = roster.version;
    for (const [i, e] of onDays.entries()) {
      const row = await editDay(tx, {
        companyId,
        department,
        edit: {
          staffId: e.staffId,
          day: date,
          kind: 'LEAVE',
          leaveKind: i === 0 ? 'SICK' : 'ANNUAL',
          expectedVersion: version,
        },
        now,
        userId: null,
        changeLog: async () => {},
      });
      version = row.version;
    }
    return onDays.length;
  }
  return 0;
}
