import { sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '../../db/client.js';
import { assertCompanyId } from '../../db/tenant.js';

/** A read-model row (`figure_period_sums`) that disagrees with the effective figures. */
export interface ReadModelDrift {
  estateId: string;
  period: string;
  /** The period's first month: refreshing it rewrites the period's row. */
  firstMonth: string;
}

const monthsArray = (months: readonly string[]) => sql`string_to_array(${months.join(',')}, ',')`;

/**
 * Re-derives, from the effective figures, the read-model rows of every period that contains one
 * of `months` (each month, its quarter, half and year) and answers the rows that differ: missing,
 * left over, or with other sums. Built by the same SQL function as the triggers
 * (`app_figure_sums`, migration 0012), so a row in step compares equal as text.
 */
export async function readModelDrift(
  tx: Tx,
  companyId: string,
  months: readonly string[],
): Promise<ReadModelDrift[]> {
  assertCompanyId(companyId);
  if (!months.length) return [];
  const rows = rowsOf<{ estate_id: string; period: string; first_month: string }>(
    await tx.execute(sql`
      with wanted as (
        select distinct p.period, p.first_month, p.last_month
        from unnest(${monthsArray(months)}) as m(month) cross join lateral app_periods_of_month(m.month) p
      ), candidates as (
        select distinct f.estate_id, w.period, w.first_month, w.last_month
        from wanted w join monthly_figures f
          on f.company_id = ${companyId} and f.effective and f.month >= w.first_month and f.month <= w.last_month
        union
        select h.estate_id, w.period, w.first_month, w.last_month
        from wanted w join figure_period_sums h on h.company_id = ${companyId} and h.period = w.period
      )
      select c.estate_id, c.period, c.first_month
      from candidates c
      left join figure_period_sums h on h.company_id = ${companyId} and h.estate_id = c.estate_id and h.period = c.period
      where app_figure_sums(${companyId}::uuid, c.estate_id, c.first_month, c.last_month) is distinct from h.sums
      order by 1, 2`),
  );
  return rows.map((r) => ({ estateId: r.estate_id, period: r.period, firstMonth: r.first_month }));
}

/** Rewrites the read-model rows of these estates' periods from the effective figures. */
export async function refreshReadModel(
  tx: Tx,
  companyId: string,
  drifts: readonly Pick<ReadModelDrift, 'estateId' | 'firstMonth'>[],
): Promise<void> {
  assertCompanyId(companyId);
  if (!drifts.length) return;
  await tx.execute(sql`
    select app_refresh_figure_period_sums(
      array_fill(${companyId}::uuid, array[${drifts.length}::int]),
      string_to_array(${drifts.map((d) => d.estateId).join(',')}, ',')::uuid[],
      ${monthsArray(drifts.map((d) => d.firstMonth))})`);
}
