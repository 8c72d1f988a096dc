import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { Database, Schema } from './client.js';

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Applies committed migrations. On PostgreSQL several API instances may start at once: an
 * advisory lock makes them take turns, and the ones that come second find nothing left to do.
 */
export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase<Schema>, { migrationsFolder });
    return;
  }
  const db = database.db as unknown as PostgresJsDatabase<Schema>;
  const reserved = await database.postgres!.reserve();
  try {
    await reserved`select pg_advisory_lock(727274)`;
    await migratePostgres(db, { migrationsFolder });
  } finally {
    await reserved`select pg_advisory_unlock(727274)`;
    reserved.release();
  }
}
