/**
 * The demo's work orders (issue 11 item 7): recomputing the repair indicators from the seeded
 * orders, through the work-orders module's indicator sources, gives exactly the seeded figures of
 * every estate and month (so the comparison tells the same story), and the orders respect the
 * rules they are counted by (rework links within 30 days to the same place and category).
 */
import { monthOfDate, REPAIR_INDICATOR_CODES } from '@anju/domain';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/kit.js';
import { runMigrations } from '../db/migrate.js';
import { withTenant } from '../db/tenant.js';
import { repairIndicatorSources } from '../modules/work-orders/index.js';
import { seedDemo } from './demo.js';

describe('demo work orders', () => {
  it('recompute to the seeded repair figures of every estate and month', { timeout: 240_000 }, async () => {
    const now = new Date('2026-11-18T04:00:00Z');
    const { database, drop } = await freshDatabase(2);
    try {
      await runMigrations(database);
      expect(await seedDemo(database, undefined, now)).toBe(true);
      const [anju] = await database.raw<{ id: string }>(`select id from companies where slug = 'anju'`);
      const figures = await database.raw<{
        estate_id: string;
        month: string;
        indicator_code: string;
        numerator: number;
        denominator: number;
        source: string;
      }>(
        `select distinct on (estate_id, month, indicator_code) estate_id, month, indicator_code,
           numerator::float8 as numerator, denominator::float8 as denominator, source
         from monthly_figures where company_id = $1 and indicator_code like 'repair_%' and month < $2
         order by estate_id, month, indicator_code, revision desc`,
        [anju!.id, monthOfDate(now)],
      );
      // Eight estates with figures before this month: 24 months (one 6, one without last month),
      // four codes. (This month's come from today's live board of 翠湖苑.)
      expect(figures.length).toBe((6 * 24 + 6 + 23) * 4);
      expect(new Set(figures.map((f) => f.source))).toEqual(new Set(['COMPUTED']));
      const mismatches: string[] = [];
      await withTenant(database, anju!.id, async (tx) => {
        for (const f of figures) {
          const source = repairIndicatorSources.find((s) => s.codes.includes(f.indicator_code))!;
          const got = await source.compute(tx, anju!.id, f.estate_id, f.month, f.indicator_code);
          if (got?.numerator !== f.numerator || got?.denominator !== f.denominator)
            mismatches.push(
              `${f.estate_id} ${f.month} ${f.indicator_code}: ${JSON.stringify(got)} ≠ ${f.numerator}/${f.denominator}`,
            );
        }
      });
      expect(mismatches).toEqual([]);
      // No month has completed orders without figures (today's live board's included).
      const unmatched = await database.raw(
        `select estate_id, to_char(completed_at at time zone 'Asia/Shanghai', 'YYYY-MM') as m, count(*)::int
           from work_orders o where company_id = $1 and completed_at is not null and not exists (
             select 1 from monthly_figures f where f.estate_id = o.estate_id
               and f.month = to_char(o.completed_at at time zone 'Asia/Shanghai', 'YYYY-MM')
               and f.indicator_code = 'repair_timely') group by 1, 2`,
        [anju!.id],
      );
      expect(unmatched).toEqual([]);
      expect(REPAIR_INDICATOR_CODES).toHaveLength(4);
      // Reworks repeat an earlier repair of the same place and category, completed within 30 days before.
      const [bad] = await database.raw<{ n: number; reworks: number }>(
        `select count(*) filter (where e.id is null or e.location_key <> w.location_key or e.category <> w.category
           or w.reported_at < e.completed_at or w.reported_at > e.completed_at + interval '30 days')::int as n,
           count(*)::int as reworks
         from work_orders w left join work_orders e on e.company_id = w.company_id and e.id = w.rework_of_id
         where w.company_id = $1 and w.rework_of_id is not null`,
        [anju!.id],
      );
      expect(bad!.reworks).toBeGreaterThan(0);
      expect(bad!.n).toBe(0);
    } finally {
      await drop();
    }
  });
});
