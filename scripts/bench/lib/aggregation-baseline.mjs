/**
 * The comparison's baseline (issue 8): how the matrix read its sums before the read model, kept
 * here as it was (`comparison.store` periodSums up to issue 7) so that every run measures both.
 * Sums of the effective figures over a month range, by estate then indicator, aggregated from
 * `monthly_figures` in one statement, read back as one JSON text into Maps.
 */
export function aggregationBaseline(sql, rowsOf) {
  return async function aggregatedSums(tx, companyId, from, to) {
    const [row] = rowsOf(
      await tx.execute(sql`
        select json_agg(json_build_array(estate_id, indicator_code, num, den, months, last_num))::text as sums
        from (
          select estate_id, indicator_code, sum(numerator) as num, coalesce(sum(denominator), 0) as den,
                 count(*) as months,
                 split_part(max((month || ' ' || numerator::text) collate "C"), ' ', 2)::float8 as last_num
          from monthly_figures
          where company_id = ${companyId} and effective and month >= ${from} and month <= ${to}
          group by estate_id, indicator_code
        ) s`),
    );
    const out = new Map();
    for (const [estateId, code, numerator, denominator, months, lastNumerator] of JSON.parse(
      row?.sums ?? '[]',
    )) {
      let mine = out.get(estateId);
      if (!mine) {
        mine = new Map();
        out.set(estateId, mine);
      }
      mine.set(code, { numerator, denominator, months, lastNumerator });
    }
    return out;
  };
}
