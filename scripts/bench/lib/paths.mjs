/**
 * Where the built API lives, and how the bench loads it. apps/api/package.json has no "exports"
 * for its dist files, so they are imported by path; packages the API depends on but
 * @anju/scripts does not (express, the express 5 integration, pino, drizzle-orm) are resolved
 * from apps/api/node_modules, ESM entry first, so the bench loads the very module instances the
 * API itself uses (pnpm links them to one real path each).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(benchDir, '../..');
export const apiDir = path.join(repoRoot, 'apps', 'api');
export const apiDist = path.join(apiDir, 'dist');

/** A module of the built API, e.g. `importDist('server.js')`. */
export function importDist(relative) {
  return import(pathToFileURL(path.join(apiDist, relative)).href);
}

function esmEntry(exports) {
  if (exports == null) return undefined;
  if (typeof exports === 'string') return exports;
  if (Array.isArray(exports)) return esmEntry(exports[0]);
  if ('.' in exports) return esmEntry(exports['.']);
  for (const condition of ['import', 'node', 'default']) {
    const found = esmEntry(exports[condition]);
    if (found) return found;
  }
  return undefined;
}

/** A dependency of apps/api, loaded as the API loads it. */
export function importFromApi(name) {
  const dir = fs.realpathSync(path.join(apiDir, 'node_modules', name));
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const entry = esmEntry(pkg.exports) ?? pkg.module ?? pkg.main ?? 'index.js';
  return import(pathToFileURL(path.join(dir, entry)).href);
}
