import type { PeriodSums } from '@anju/domain';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';

/**
 * No access restriction: the scorecard ranks an estate among all the company's estates (the
 * caller sees the rank, not the others' figures).
 */
export const EVERY_ESTATE: SQL = sql`true`;

export interface EstateInfo {
  id: string;
  name: string;
  code: string;
  type: string;
  households: number;
  regionId: string | null;
  regionName: string | null;
}

/**
 * Active estates of the comparison (one statement), with their region names. With `months`
 * (`YYYY-MM` first and last of the period), only estates under contract at some time in the
 * period: one whose contract starts after the period ends, or ended before it began, was not
 * managed then and would only be an empty row.
 */
export async function comparisonEstates(
  tx: Tx,
  companyId: string,
  access: SQL,
  filter: { regionId?: string | null; estateType?: string | null },
  months?: { from: string; to: string },
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
        ${filter.regionId ? (isUuid(filter.regionId) ? sql`and estates.region_id = ${filter.regionId}` : sql`and false`) : sql``}
        ${filter.estateType ? sql`and estates.type = ${filter.estateType}` : sql``}
        ${
          months
            ? sql`and (estates.contract_start is null or estates.contract_start < (${`${months.to}-01`}::date + interval '1 month'))
                  and (estates.contract_end is null or estates.contract_end >= ${`${months.from}-01`}::date)`
            : sql``
        }
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
 * Sums of the approved figures in force over a month range, by estate then indicator — one
 * statement whatever the number of estates. Rates are rebuilt from these sums, never averaged.
 *
 * Shaped for 500 estates × 29 indicators × 12 months: plain aggregates let PostgreSQL hash the
 * groups instead of sorting every figure (an ordered `array_agg` for the latest numerator did, on
 * disk past work_mem), and the groups come back as one JSON text, which one `JSON.parse` reads far
 * faster than the driver decodes 15,000 rows of six columns.
 */
export async function periodSums(
  tx: Tx,
  companyId: string,
  from: string,
  to: string,
  codes: readonly string[] | null,
): Promise<Map<string, Map<string, PeriodSums>>> {
  assertCompanyId(companyId);
  const [row] = rowsOf<{ sums: string | null }>(
    await tx.execute(sql`
      select json_agg(json_build_array(estate_id, indicator_code, num, den, months, last_num))::text as sums
      from (
        select estate_id, indicator_code, sum(numerator) as num, coalesce(sum(denominator), 0) as den,
               count(*) as months,
               -- The latest month's numerator: months sort as text ('YYYY-MM'), so the greatest
               -- 'YYYY-MM numerator' carries it (float8 prints exactly and reads back the same).
               split_part(max((month || ' ' || numerator::text) collate "C"), ' ', 2)::float8 as last_num
        from monthly_figures
        where company_id = ${companyId} and effective and month >= ${from} and month <= ${to}
          ${codes ? sql`and indicator_code in ${codes}` : sql``}
        group by estate_id, indicator_code
      ) s`),
  );
  const groups = JSON.parse(row?.sums ?? '[]') as [string, string, number, number, number, number][];
  // By estate, then indicator: no key is built per figure.
  const out = new Map<string, Map<string, PeriodSums>>();
  for (const [estateId, code, numerator, denominator, months, lastNumerator] of groups) {
    let mine = out.get(estateId);
    if (!mine) {
      mine = new Map();
      out.set(estateId, mine);
    }
    mine.set(code, { numerator, denominator, months, lastNumerator });
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
