/**
 * The comparison's baseline (issue 8): how the matrix read its sums before the read model, kept
 * here as it was (`comparison.store` periodSums up to issue 7) so that every run measures both.
 * Sums of the effective figures over a month range, by estate then indicator, aggregated from
 * `monthly_figures` in one statement and read back as one JSON text; beside it, the statement that
 * reads the same sums from the read model (`figure_period_sums`). Both answer the number of
 * (estate, indicator) groups, counted without parsing, so that only the statements are compared.
 */
export function sumsStatements(sql, rowsOf) {
  return {
    async aggregated(tx, companyId, from, to) {
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
      // One group per '],[' between groups.
      return row?.sums ? row.sums.split('], [').length : 0;
    },
    async readModel(tx, companyId, period) {
      const [row] = rowsOf(
        await tx.execute(sql`
          select string_agg(estate_id::text || ' ' || version::text || ' ' || sums, chr(10)) as rows
          from figure_period_sums where company_id = ${companyId} and period = ${period}`),
      );
      // Each estate's line holds one '[' per group plus its own.
      return row?.rows ? row.rows.split('[').length - 1 - row.rows.split('\n').length : 0;
    },
  };
}
