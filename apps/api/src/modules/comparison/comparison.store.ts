import type { PeriodSums } from '@anju/domain';
import { type SQL, sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
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

/** The sums of a period by estate then indicator, and the read-model versions they were read at. */
export interface EstateSums {
  sums: Map<string, Map<string, PeriodSums>>;
  /** `estateId version` pairs: equal strings mean equal sums. */
  versions: string;
}

/** An estate's sums of one period, as the read model held them at `version`. */
interface HeldSums {
  version: string;
  sums: Map<string, PeriodSums>;
}

/**
 * The estates' sums already read, per company, period and estate, with the read-model version
 * they were read at. A write rewrites only the rows of the estate it changed (a new version), so
 * after it the next matrix reads that estate's sums again and keeps every other estate's: the
 * invalidation is the estate's row, never the company. Bounded by indicator entries (≈ 40 MB).
 */
const held = new LRUCache<string, HeldSums>({
  maxSize: 500_000,
  sizeCalculation: (value) => Math.max(1, value.sums.size),
});

function parseSums(text: string): Map<string, PeriodSums> {
  const out = new Map<string, PeriodSums>();
  for (const [code, numerator, denominator, months, lastNumerator] of JSON.parse(text) as [
    string,
    number,
    number,
    number,
    number,
  ][])
    out.set(code, { numerator, denominator, months, lastNumerator });
  return out;
}

/**
 * Sums of the approved figures in force over a period (`2025-03`, `2025-Q1`, `2025-H1`, `2025`),
 * by estate then indicator, from the read model `figure_period_sums` (one short row per estate,
 * kept by triggers on `monthly_figures` in the writing transaction). Rates are rebuilt from these
 * sums, never averaged.
 *
 * At most two statements whatever the number of estates: the versions of the period's rows, then
 * the sums of the estates whose version changed since they were last read (all of them the first
 * time, in one statement). Rows come back as one text, which one `JSON.parse` per estate reads far
 * faster than the driver decodes rows.
 */
export async function periodSums(tx: Tx, companyId: string, period: string): Promise<EstateSums> {
  assertCompanyId(companyId);
  const prefix = `${companyId} ${period} `;
  const out = new Map<string, Map<string, PeriodSums>>();
  const versions: string[] = [];
  let wanted: string[] | null = null;
  if (held.size > 0) {
    const [row] = rowsOf<{ versions: string | null }>(
      await tx.execute(sql`
        select string_agg(estate_id::text || ' ' || version::text, ',') as versions
        from figure_period_sums where company_id = ${companyId} and period = ${period}`),
    );
    const pairs = row?.versions ? row.versions.split(',') : [];
    wanted = [];
    for (const pair of pairs) {
      versions.push(pair);
      const [estateId, version] = pair.split(' ') as [string, string];
      const mine = held.get(prefix + estateId);
      if (mine?.version === version) out.set(estateId, mine.sums);
      else wanted.push(estateId);
    }
    if (wanted.length === 0) return { sums: out, versions: versions.join(',') };
    // None held (a period not asked for yet): read them all, without a list of ids.
    if (wanted.length === pairs.length) wanted = null;
  }
  const [row] = rowsOf<{ rows: string | null }>(
    await tx.execute(sql`
      select string_agg(estate_id::text || ' ' || version::text || ' ' || sums, chr(10)) as rows
      from figure_period_sums
      where company_id = ${companyId} and period = ${period}
        ${wanted ? sql`and estate_id in ${wanted}` : sql``}`),
  );
  for (const line of row?.rows ? row.rows.split('\n') : []) {
    const first = line.indexOf(' ');
    const second = line.indexOf(' ', first + 1);
    const estateId = line.slice(0, first);
    const sums = parseSums(line.slice(second + 1));
    const version = line.slice(first + 1, second);
    held.set(prefix + estateId, { version, sums });
    out.set(estateId, sums);
    if (!wanted) versions.push(`${estateId} ${version}`);
  }
  return { sums: out, versions: versions.join(',') };
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
