/**
 * Prepared statements for hot paths. Drizzle sends a statement it has not been asked to prepare
 * as an unnamed one (postgres.js `prepare: false`): PostgreSQL parses and plans it on every run,
 * and postgres.js first asks the server for its parameter types, a round trip of its own. A
 * prepared statement (drizzle's `.prepare(name).execute()` on a builder, or `executePrepared`
 * below for SQL text) is parsed once per connection and then takes one round trip per run.
 *
 * Only for statements whose text never varies (no lists of parameters): every distinct text stays
 * prepared on each pooled connection. PGlite runs them as any statement.
 */
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { rowsOf, type Tx } from './client.js';

const dialect = new PgDialect();

/** `tx.execute(query)` as a prepared statement. */
export async function executePrepared<T>(tx: Tx, name: string, query: SQL): Promise<T[]> {
  const prepared = tx._.session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false);
  return rowsOf<T>(await prepared.execute());
}
