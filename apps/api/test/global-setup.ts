/**
 * Once per run, before any test file: on a PostgreSQL server (TEST_DATABASE_URL or DATABASE_URL),
 * a template database with every migration applied, dropped at the end. Each file's fresh database
 * (kit.ts freshDatabase) is then a copy of it: CREATE DATABASE … TEMPLATE copies the files in a
 * fraction of the ≈ 0.6 s that applying the migrations took per file, and the app's own migration
 * step on start finds nothing left to do. The migrations themselves still run from an empty
 * database here, once, so a broken one fails the run. On PGlite every file migrates its own.
 */
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import { createServerDatabase, testServerUrl } from './server-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated template database's name; '' on PGlite. */
    databaseTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const serverUrl = testServerUrl();
  if (!serverUrl) {
    project.provide('databaseTemplate', '');
    return undefined;
  }
  const template = await createServerDatabase(serverUrl, 'anju_tpl');
  try {
    const database = await openDatabase({ url: template.url, poolMax: 2 });
    try {
      await runMigrations(database);
    } finally {
      await database.close();
    }
  } catch (error) {
    await template.drop();
    throw error;
  }
  project.provide('databaseTemplate', template.name);
  return template.drop;
}
