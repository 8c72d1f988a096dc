/**
 * Prepared statements for hot paths. Drizzle sends a statement it has not been asked to prepare
 * as an unnamed one (postgres.js `prepare: false`): PostgreSQL parses and plans it on every run,
 * and postgres.js first asks the server for its parameter types, a round trip of its own. A
 * prepared statement (drizzle's `.prepare(name).execute()` on a builder, or `runStatement` for
 * SQL text) is parsed once per connection and then takes one round trip per run.
 *
 * Only for statements whose text never varies (no lists of parameters): every distinct text stays
 * prepared on each pooled connection. PGlite runs them as any statement.
 */
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { rowsOf, type Tx } from './client.js';
import { isUuid } from './uuid.js';

/**
 * A statement of the hottest paths, written as SQL text once. Drizzle builds a query's object tree
 * and renders its text on every call, checking each node's kind as it goes: of a saveAuditItem's
 * ≈ 2.5 ms of API CPU, ≈ 0.5 ms went there (`./scripts/bench/run --suite=audits --cpu-prof`).
 * Values are bound as the driver sends them, with no column encoding: JSON as text (`jsonText`)
 * and arrays as array literals (`uuidArray`), each with its cast in the text; dates are sent as
 * ISO text (drizzle has the driver pass timestamps through as they are).
 */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

export async function runStatement<T = Record<string, unknown>>(
  tx: Tx,
  statement: Statement,
  params: readonly unknown[],
): Promise<T[]> {
  const prepared = tx._.session.prepareQuery(
    { sql: statement.text, params: params.map((p) => (p instanceof Date ? p.toISOString() : p)) },
    undefined,
    statement.name,
    false,
  );
  return rowsOf<T>(await prepared.execute());
}

/**
 * Maps a row of `table` as the driver returns it (SQL column names: `select t.*`, `returning *`)
 * to the row drizzle's select gives, each column decoded by its own column type (timestamps to
 * dates, array literals to arrays …). Built once per table.
 */
export function tableRowMapper<T extends PgTable>(
  table: T,
): (raw: Record<string, unknown>) => T['$inferSelect'] {
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => ({
    key,
    name: column.name,
    column,
  }));
  return (raw) => {
    const row: Record<string, unknown> = {};
    for (const { key, name, column } of columns) {
      const value = raw[name];
      row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return row as T['$inferSelect'];
  };
}

/** A JSON parameter (cast `::jsonb` in the text): null and undefined are SQL NULL. */
export function jsonText(value: unknown, replacer?: (key: string, value: unknown) => unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, replacer);
}

/** A `uuid[]` parameter (cast `::uuid[]` in the text); anything but UUIDs is a bug of the caller. */
export function uuidArray(ids: readonly string[]): string {
  for (const id of ids) if (!isUuid(id)) throw new Error(`uuidArray: not a UUID: ${JSON.stringify(id)}`);
  return `{${ids.join(',')}}`;
}
