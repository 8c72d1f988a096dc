/**
 * Today's board of the demo (issue 11 item 7) tells the same story whatever the hour it is loaded
 * at, midnight included: two new reports past their 3-minute dispatch, the urgent elevator repair
 * two minutes before its deadline, today's completions after midnight, yesterday's before it.
 */
import 'reflect-metadata';
// The modules in the order the app loads them (the seeder's imports reach modules in a cycle).
import './demo.js';
import { DEFAULT_TIME_ZONE, startOfZonedDay, zonedDate } from '@anju/domain';
import { describe, expect, it } from 'vitest';
import { placeTodaysOrders } from './demo-work-orders-today.js';

const SHANGHAI_TIMES = [
  '2026-12-07T00:00:30+08:00',
  '2026-12-07T00:04:00+08:00',
  '2026-12-07T00:16:00+08:00',
  '2026-12-07T01:00:00+08:00',
  '2026-12-07T09:30:00+08:00',
  '2026-12-31T23:59:00+08:00',
  '2028-02-29T00:10:00+08:00',
];

describe('demo: today’s board', () => {
  for (const at of SHANGHAI_TIMES) {
    it(`tells its story when loaded at ${at}`, () => {
      const now = new Date(at);
      const startOfToday = startOfZonedDay(zonedDate(now, DEFAULT_TIME_ZONE), DEFAULT_TIME_ZONE);
      const placed = placeTodaysOrders(now);
      const newOnes = placed.filter((o) => o.plan.status === 'NEW');
      const elevator = newOnes.find((o) => o.plan.kind === 'URGENT')!;
      // (In the first minute after midnight it was reported yesterday: an urgent repair not done
      // the day it was reported is late already, 急修不过夜; its dispatch is still to come.)
      expect(elevator.late).not.toContain('DISPATCH');
      if (elevator.reportedAt >= startOfToday) expect(elevator.late).toEqual([]);
      expect(elevator.due.dispatchDueAt.getTime() - now.getTime()).toBe(2 * 60_000);
      const pastDispatch = newOnes.filter((o) => o !== elevator);
      expect(pastDispatch).toHaveLength(2);
      for (const o of pastDispatch) expect(o.late).toContain('DISPATCH');
      for (const o of placed) {
        expect(o.reportedAt.getTime()).toBeLessThanOrEqual(now.getTime());
        for (const t of Object.values(o.times)) if (t) expect(t.getTime()).toBeLessThanOrEqual(now.getTime());
        if (o.plan.status !== 'COMPLETED') continue;
        const completed = o.times.completedAt!.getTime();
        if (o.plan.yesterday != null) expect(completed).toBeLessThan(startOfToday.getTime());
        else expect(completed).toBeGreaterThanOrEqual(startOfToday.getTime());
      }
      // Numbered in the order reported.
      const reported = placed.map((o) => o.reportedAt.getTime());
      expect(reported).toEqual([...reported].sort((a, b) => a - b));
    });
  }
});
