/** Helpers of the estate-operations tests (issue 11 items 5–6): calls that must succeed, error reasons, stored figures. */
import { expect } from 'vitest';
import type { GqlResult, TestKit } from './kit.js';

export async function okOf<T>(
  kit: TestKit,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
) {
  const res = await kit.gql<T>(token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

export const reasonsOf = (res: GqlResult) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path.join('.')}:${f.reason}`);

/** The figure in force (latest revision) of an estate, month and indicator, as stored. */
export async function storedFigure(kit: TestKit, estateId: string, month: string, code: string) {
  const [row] = await kit.database.raw<{ numerator: string; denominator: string | null; source: string }>(
    `select numerator::text, denominator::text, source from monthly_figures
      where estate_id = $1 and month = $2 and indicator_code = $3 order by revision desc limit 1`,
    [estateId, month, code],
  );
  return row
    ? {
        numerator: Number(row.numerator),
        denominator: row.denominator === null ? null : Number(row.denominator),
        source: row.source,
      }
    : null;
}
