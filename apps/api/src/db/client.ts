import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** Both drivers share drizzle's PostgreSQL core; code above this file never knows which runs. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle: what stores receive. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The postgres.js client (PostgreSQL only), for session-level work such as advisory locks. */
  postgres?: postgres.Sql;
  /** The PGlite instance (embedded only). */
  pglite?: PGlite;
  /** Raw SQL outside drizzle, normalised to an array of rows on both drivers. */
  raw<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  url?: string | undefined;
  pgliteDir?: string;
  poolMax?: number;
  /**
   * Called with every statement's SQL text and parameters (drizzle and `raw`): tests count
   * statements, or explain them, with it.
   */
  onQuery?: (sql: string, params: readonly unknown[]) => void;
}

/**
 * Drizzle is given no schema: its relational queries (`db.query.…`) are not used here, and with a
 * schema every transaction builds a query builder per table (≈ 30 µs of CPU per transaction).
 * The types still carry the schema.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const { onQuery } = options;
  const logger = onQuery
    ? { logQuery: (query: string, params: unknown[]) => onQuery(query, params) }
    : undefined;
  if (options.url) {
    const client = postgres(options.url, {
      max: options.poolMax ?? 10,
      onnotice: () => {},
      // Keep transactions short; a crashed client must not hold a connection forever.
      idle_timeout: 60,
      connection: { application_name: 'anju-api' },
    });
    return {
      db: drizzlePostgres(client, logger ? { logger } : {}) as unknown as Db,
      kind: 'postgres',
      postgres: client,
      raw: async (text, params = []) => {
        onQuery?.(text, params);
        return (await client.unsafe(text, params as never[])) as never;
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = options.pgliteDir;
  if (dir && dir !== 'memory://') fs.mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir ?? 'memory://');
  return {
    db: drizzlePglite(client, logger ? { logger } : {}) as unknown as Db,
    kind: 'pglite',
    pglite: client,
    raw: async (text, params = []) => {
      onQuery?.(text, params);
      return (await client.query(text, params)).rows as never;
    },
    close: () => client.close(),
  };
}

/** `db.execute()` returns `{ rows }` on PGlite but an array on postgres.js: unwrap once, here. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
