/**
 * A computed-indicator source for tests: audit points in a real table the test creates, read the
 * way an operational module reads its own rows, so the whole recompute path runs in the database.
 */
import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../src/db/client.js';
import { withSystem } from '../src/db/tenant.js';
import { registerIndicatorSource } from '../src/modules/indicators/index.js';

/**
 * Creates `table` (company, estate, month, earned, possible) and registers it for `audit_score` in
 * place of the audits module's source; answers the unregister (which puts that source back).
 */
export async function registerPointsSource(
  database: Database,
  table: string,
  name: string,
): Promise<() => void> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  await withSystem(database, 'test', (tx) =>
    tx.execute(
      sql.raw(
        `create table ${table} (company_id uuid not null, estate_id uuid not null, month text not null, earned float8 not null, possible float8 not null)`,
      ),
    ),
  );
  return registerIndicatorSource(
    {
      name,
      measurement: 'AUDIT',
      codes: ['audit_score'],
      async compute(tx, companyId, estateId, month) {
        const [row] = rowsOf<{ earned: number | null; possible: number | null }>(
          await tx.execute(
            sql`select sum(earned)::float8 as earned, sum(possible)::float8 as possible from ${sql.identifier(table)}
               where company_id = ${companyId} and estate_id = ${estateId} and month = ${month}`,
          ),
        );
        return row?.possible ? { numerator: row.earned ?? 0, denominator: row.possible } : null;
      },
    },
    { replace: true },
  );
}
