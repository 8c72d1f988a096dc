/**
 * Scale data for work orders (issue 11 item 8): `count` orders (100,000 in the benchmark) in one
 * estate over the two years before `now`, numbered after the estate's existing orders, in the
 * proportions of a busy estate: almost all closed or called back, a few thousand completed and
 * waiting for a callback, a few hundred open on the board, one in ten urgent, some breached.
 * One `insert … select … from generate_series` per 10,000 rows, on PostgreSQL and PGlite alike.
 * Used by the work-order benchmark (scripts/bench/work-orders.mjs) and the index-plan test.
 */
import { WORK_ORDER_CATEGORIES } from '@anju/domain';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { withSystem } from '../db/tenant.js';

export interface ScaleWorkOrders {
  companyId: string;
  estateId: string;
  /** Orders to add (e.g. 100,000). */
  count: number;
  /** The newest report is a minute before this. */
  now: Date;
  /** The department that takes six orders in seven (its staff see them); none if absent. */
  departmentId?: string | null;
  /** Rows per statement and transaction (default 10,000: well inside the statement timeout). */
  batch?: number;
}

const categories = sql.raw(`array[${WORK_ORDER_CATEGORIES.map((c) => `'${c}'`).join(',')}]`);

/** Adds the orders; answers how many were written. */
export async function seedScaleWorkOrders(database: Database, options: ScaleWorkOrders): Promise<number> {
  const { companyId, estateId, count } = options;
  const batch = options.batch ?? 10_000;
  const now = options.now.toISOString();
  // Two years, oldest first: order g of `count` is reported `(count - g) * step` before now.
  const stepSeconds = (730 * 86_400) / count;
  let written = 0;
  for (let from = 1; from <= count; from += batch) {
    const to = Math.min(count, from + batch - 1);
    await withSystem(database, 'demo-seed', async (tx) => {
      const [base] = rowsOf<{ n: number }>(
        await tx.execute(
          sql`select coalesce(max(number), 0)::int as n from work_orders where company_id = ${companyId} and estate_id = ${estateId}`,
        ),
      );
      await tx.execute(sql`
        insert into work_orders (company_id, estate_id, number, location_kind, location, location_key,
          category, kind, description, channel, reporter_name, reporter_phone, department_id, status, reported_at,
          dispatched_at, arrived_at, completed_at, quality_passed, called_back_at, satisfaction,
          closed_at, dispatch_due_at, arrive_due_at, complete_due_at, dispatch_breached_at,
          complete_breached_at, breached)
        select ${companyId}::uuid, ${estateId}::uuid, ${base?.n ?? 0} + g - ${from - 1},
          loc.kind, loc.place, loc.place,
          (${categories})[1 + g % ${WORK_ORDER_CATEGORIES.length}],
          case when g % 10 = 0 then 'URGENT' else 'MINOR' end,
          '规模测试报修 #' || g,
          (array['PHONE', 'FRONT_DESK', 'QR_CODE', 'PATROL'])[1 + g % 4],
          '住户' || (g % 997), '1390000' || lpad((g % 10000)::text, 4, '0'),
          case when g % 7 <> 0 then ${options.departmentId ?? null}::uuid end,
          st.status, t.reported,
          case when st.status <> 'NEW' then t.reported + interval '2 minutes' end,
          case when st.status not in ('NEW', 'DISPATCHED') then t.reported + interval '9 minutes' end,
          case when st.done then t.reported + (case when g % 50 = 0 then interval '30 hours' else interval '3 hours' end) end,
          case when st.done then g % 200 <> 0 end,
          case when st.status in ('CALLED_BACK', 'CLOSED') and g % 40 <> 0 then t.reported + interval '2 days' end,
          case when st.status in ('CALLED_BACK', 'CLOSED') and g % 40 <> 0 then
            (array['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'])[1 + g % 4] end,
          case when st.status = 'CLOSED' then t.reported + interval '3 days' end,
          t.reported + interval '3 minutes',
          t.reported + (case when g % 10 = 0 then interval '30 minutes' else interval '10 minutes' end),
          t.reported + interval '24 hours',
          case when g % 97 = 0 then t.reported + interval '3 minutes' end,
          case when st.done and g % 50 = 0 then t.reported + interval '24 hours' end,
          (g % 97 = 0) or (st.done and g % 50 = 0)
        from generate_series(${from}::int, ${to}::int) as g,
          lateral (select ${now}::timestamptz - interval '1 minute'
            - (${count}::int - g) * make_interval(secs => ${stepSeconds}::float8) as reported) as t,
          lateral (select case
            when g % 10 = 0 then 'PUBLIC_AREA' else 'UNIT' end as kind,
            case when g % 10 = 0 then (g % 30 + 1) || '号楼电梯厅'
              else (g % 30 + 1) || '-' || (g % 3 + 1) || '-' || (g % 18 + 1) || '0' || (g % 4 + 1) end as place) as loc,
          lateral (select s.status, s.status not in ('NEW', 'DISPATCHED', 'ON_SITE') as done from (select
            case
              -- Only the last ~1% of the two years is still open or waiting: the board's size.
              when ${count}::int - g < ${Math.ceil(count * 0.002)} then (array['NEW', 'DISPATCHED', 'ON_SITE'])[1 + g % 3]
              when ${count}::int - g < ${Math.ceil(count * 0.01)} then 'COMPLETED'
              when g % 10 = 1 then 'CALLED_BACK'
              when g % 33 = 2 then 'COMPLETED'
              else 'CLOSED'
            end as status) as s) as st
      `);
    });
    written += to - from + 1;
  }
  return written;
}
