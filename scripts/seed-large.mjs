#!/usr/bin/env node
/**
 * Scale data set for the comparison pages and scripts/bench (--suite=comparison): one company
 * (slug `large-<estates>`, 大型演示物业) with 500 estates in 10 regions, a company admin
 * (admin@large.demo / demo12345) and 36 months × every built-in indicator of approved figures in
 * force (≈ 520,000 rows). Imports the built API (apps/api/dist), like scripts/bench.
 *
 *   --estates=N   estates (500)          --months=N   months ending last month (36)
 *   --help
 *
 * Database: DATABASE_URL (PostgreSQL) or else PGlite in PGLITE_DIR (default .data/pglite, the one
 * ./scripts/start uses: stop the API first, PGlite is one process). Migrations are applied first.
 * Idempotent: when the company exists it prints its counts and changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { apiDist, importDist, repoRoot } from './bench/lib/paths.mjs';

function parse(argv) {
  const options = { estates: 500, months: 36, help: false };
  for (const arg of argv) {
    const match = /^--(estates|months|help)(?:=(\d+))?$/.exec(arg);
    if (!match || (match[1] !== 'help' && !match[2]))
      throw new Error(`unknown argument: ${arg} (see --help)`);
    if (match[1] === 'help') options.help = true;
    else options[match[1]] = Number(match[2]);
  }
  if (options.estates < 1 || options.months < 1 || options.months > 120)
    throw new Error('--estates must be ≥ 1 and --months 1…120');
  return options;
}

async function main() {
  let options;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    return 2;
  }
  if (options.help) {
    const source = fs.readFileSync(new URL(import.meta.url), 'utf8');
    console.log(
      /\/\*\*([\s\S]*?)\*\//
        .exec(source)[1]
        .replace(/^ \* ?/gm, '')
        .trim(),
    );
    return 0;
  }
  if (!fs.existsSync(path.join(apiDist, 'seed', 'large.js'))) {
    console.error(
      'The API is not built: run ./scripts/seed-large (it builds) or pnpm --filter @anju/api build.',
    );
    return 1;
  }
  const { openDatabase } = await importDist('db/client.js');
  const { runMigrations } = await importDist('db/migrate.js');
  const { seedLarge } = await importDist('seed/large.js');
  const url = process.env.DATABASE_URL || undefined;
  const pgliteDir = url
    ? undefined
    : path.resolve(process.env.PGLITE_DIR || path.join(repoRoot, '.data', 'pglite'));
  if (pgliteDir) fs.mkdirSync(path.dirname(pgliteDir), { recursive: true });
  const safe = url ? Object.assign(new URL(url), { password: '' }).toString() : undefined;
  console.log(`database: ${safe ?? `PGlite in ${pgliteDir} (slow for this size: progress below)`}`);
  const database = await openDatabase({ url, pgliteDir, poolMax: 2 });
  try {
    await runMigrations(database);
    const started = performance.now();
    let lastPrint = 0;
    const result = await seedLarge(database, {
      estates: options.estates,
      months: options.months,
      onProgress: (done, total) => {
        const now = performance.now();
        if (now - lastPrint < 1000 && done < total) return;
        lastPrint = now;
        const seconds = ((now - started) / 1000).toFixed(1);
        console.log(
          `  figures ${done.toLocaleString('en')} / ~${total.toLocaleString('en')} (${Math.round((done / total) * 100)}%) ${seconds} s`,
        );
      },
    });
    const verb = result.created ? 'created' : 'already there (nothing changed)';
    console.log(
      `company ${result.slug} ${verb}: ${result.regions} regions, ${result.estates} estates, ${result.users} user(s), ` +
        `${result.figures.toLocaleString('en')} figures (${result.firstMonth} … ${result.lastMonth})`,
    );
    if (result.created) {
      const seconds = result.ms / 1000;
      console.log(
        `time: ${seconds.toFixed(1)} s (${Math.round(result.figures / seconds).toLocaleString('en')} figures/s)`,
      );
    }
    console.log(`sign in as ${result.adminEmail} / demo12345`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`seed-large failed: ${error?.stack ?? error}`);
    process.exit(1);
  },
);
