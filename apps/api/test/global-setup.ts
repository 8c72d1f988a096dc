/**
 * Once per run, before any test file: on a PostgreSQL server (TEST_DATABASE_URL or DATABASE_URL),
 * a template database with every migration applied, dropped at the end. Each file's fresh database
 * (kit.ts freshDatabase) is then a copy of it: CREATE DATABASE … TEMPLATE copies the files in a
 * fraction of the ≈ 0.6 s that applying the migrations took per file, and the app's own migration
 * step on start finds nothing left to do. The migrations themselves still run from an empty
 * database here, once, so a broken one fails the run. On PGlite every file migrates its own.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated template database's name; '' on PGlite. */
    databaseTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) {
    project.provide('databaseTemplate', '');
    return undefined;
  }
  const name = `anju_tpl_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const drop = async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  };
  await admin.unsafe(`create database ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ url: url.toString(), poolMax: 2 });
    try {
      await runMigrations(database);
    } finally {
      await database.close();
    }
  } catch (error) {
    await drop();
    throw error;
  }
  project.provide('databaseTemplate', name);
  return drop;
}
