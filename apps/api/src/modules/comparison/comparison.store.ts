import type { PeriodSums } from '@anju/domain';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '../../db/client.js';
import { assertCompanyId } from '../../db/tenant.js';

export interface EstateInfo {
  id: string;
  name: string;
  code: string;
  type: string;
  households: number;
  regionId: string | null;
  regionName: string | null;
}

/** Active estates of the comparison (one statement), with their region names. */
export async function comparisonEstates(
  tx: Tx,
  companyId: string,
  access: SQL,
  filter: { regionId?: string | null; estateType?: string | null },
): Promise<EstateInfo[]> {
  assertCompanyId(companyId);
  const rows = rowsOf<{
    id: string;
    name: string;
    code: string;
    type: string;
    households: number;
    region_id: string | null;
    region_name: string | null;
  }>(
    await tx.execute(sql`
      select estates.id, estates.name, estates.code, estates.type, estates.households, estates.region_id, r.name as region_name
      from estates left join regions r on r.company_id = estates.company_id and r.id = estates.region_id
      where estates.company_id = ${companyId} and estates.archived_at is null and ${access}
        ${filter.regionId ? sql`and estates.region_id = ${filter.regionId}` : sql``}
        ${filter.estateType ? sql`and estates.type = ${filter.estateType}` : sql``}
      order by estates.name, estates.id`),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    code: r.code,
    type: r.type,
    households: r.households,
    regionId: r.region_id,
    regionName: r.region_name,
  }));
}

/**
 * Sums of the approved figures in force over a month range, per estate and indicator — one
 * statement whatever the number of estates. Rates are rebuilt from these sums, never averaged.
 */
export async function periodSums(
  tx: Tx,
  companyId: string,
  from: string,
  to: string,
  codes: readonly string[] | null,
): Promise<Map<string, PeriodSums>> {
  assertCompanyId(companyId);
  const rows = rowsOf<{
    estate_id: string;
    indicator_code: string;
    num: number;
    den: number;
    months: number;
    last_num: number;
  }>(
    await tx.execute(sql`
      select estate_id, indicator_code, sum(numerator)::float8 as num, coalesce(sum(denominator), 0)::float8 as den,
             count(*)::int as months, (array_agg(numerator order by month desc))[1]::float8 as last_num
      from monthly_figures
      where company_id = ${companyId} and effective and month >= ${from} and month <= ${to}
        ${codes ? sql`and indicator_code in ${codes}` : sql``}
      group by estate_id, indicator_code`),
  );
  const out = new Map<string, PeriodSums>();
  for (const r of rows) {
    out.set(`${r.estate_id}|${r.indicator_code}`, {
      numerator: r.num,
      denominator: r.den,
      months: r.months,
      lastNumerator: r.last_num,
    });
  }
  return out;
}

export interface MonthPoint {
  estateId: string;
  code: string;
  month: string;
  numerator: number;
  denominator: number | null;
}

/** Monthly approved figures for a few estates and indicators over a range (trends). */
export async function monthlyPoints(
  tx: Tx,
  companyId: string,
  estateIds: readonly string[],
  codes: readonly string[],
  from: string,
  to: string,
): Promise<MonthPoint[]> {
  assertCompanyId(companyId);
  if (estateIds.length === 0 || codes.length === 0) return [];
  const rows = rowsOf<{
    estate_id: string;
    indicator_code: string;
    month: string;
    numerator: number;
    denominator: number | null;
  }>(
    await tx.execute(sql`
      select estate_id, indicator_code, month, numerator, denominator
      from monthly_figures
      where company_id = ${companyId} and effective and estate_id in ${estateIds} and indicator_code in ${codes}
        and month >= ${from} and month <= ${to}
      order by month`),
  );
  return rows.map((r) => ({
    estateId: r.estate_id,
    code: r.indicator_code,
    month: r.month,
    numerator: r.numerator,
    denominator: r.denominator,
  }));
}
