/**
 * Starts what the browser tests talk to, and stops it afterwards: the built API on a fresh
 * database with the demo data (on the PostgreSQL server when TEST_DATABASE_URL or DATABASE_URL is
 * set, else an embedded PGlite in a temporary directory), and `vite preview` proxying /graphql
 * to it, both on free ports. Rebuilds the API when it was never built and the web app when any
 * source is newer than its bundle (a stale bundle would test yesterday's pages).
 *
 * The clock: every run has one "now" (E2E_NOW, default the start of the run). The API is started
 * with FIXED_NOW at that instant (demo data, "this month", future-month checks) and every browser
 * context's clock is fixed at the same instant, so a run that crosses midnight at a month's end,
 * or one started with E2E_NOW=2028-02-29T23:30:00+08:00, sees one month everywhere.
 *
 * E2E_BASE_URL runs the tests against servers that are already up instead (demo data loaded).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(webDir, '../..');
const apiDir = path.join(repoRoot, 'apps/api');

interface Child {
  name: string;
  child: ChildProcess;
  log: string[];
  /** Lines logged at level error or fatal (pino's 50 and 60), the first 60 of the run. */
  errors: string[];
  exited: boolean;
}

const errorLine = /"level":(50|60)\b/;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function start(name: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Child {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const entry: Child = { name, child, log: [], errors: [], exited: false };
  const keep = (chunk: Buffer) => {
    const lines = chunk.toString().split('\n').filter(Boolean);
    entry.log.push(...lines);
    for (const l of lines)
      if (errorLine.test(l) && entry.errors.length < 60) entry.errors.push(l.slice(0, 2000));
    if (entry.log.length > 400) entry.log.splice(0, entry.log.length - 400);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', () => {
    entry.exited = true;
  });
  return entry;
}

function stop(c: Child): Promise<void> {
  return new Promise((resolve) => {
    if (c.exited) return resolve();
    const timer = setTimeout(() => {
      c.child.kill('SIGKILL');
      resolve();
    }, 8000);
    c.child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    c.child.kill('SIGTERM');
  });
}

/**
 * Resolves when the process prints a line matching `line` (its own "listening" message) and `url`
 * then answers 200; rejects as soon as the process exits, or after `timeoutMs`.
 */
async function ready(proc: Child, line: RegExp, url: string, timeoutMs: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`${proc.name} not ready within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4000); // a line may arrive in two chunks
      if (line.test(seen)) finish();
    };
    const onExit = () => finish(new Error(`${proc.name} exited before it was ready`));
    function finish(error?: Error) {
      clearTimeout(timer);
      proc.child.stdout?.off('data', onData);
      proc.child.stderr?.off('data', onData);
      proc.child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    }
    if (proc.exited) return onExit();
    if (proc.log.some((l) => line.test(l))) return finish();
    proc.child.stdout?.on('data', onData);
    proc.child.stderr?.on('data', onData);
    proc.child.once('exit', onExit);
  });
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function webBuildIsStale(): boolean {
  const index = path.join(webDir, 'dist/index.html');
  if (!existsSync(index)) return true;
  return newestMtime(path.join(webDir, 'src')) > statSync(index).mtimeMs;
}

/** A PostgreSQL client, the API's own `postgres` dependency (the web package has none). */
type Sql = ((strings: TemplateStringsArray, ...values: unknown[]) => Promise<unknown>) & {
  unsafe(text: string): Promise<unknown>;
  end(options?: { timeout?: number }): Promise<void>;
};
const postgres = createRequire(path.join(apiDir, 'package.json'))('postgres') as (
  url: string,
  options?: Record<string, unknown>,
) => Sql;

/**
 * With a PostgreSQL server configured (TEST_DATABASE_URL or DATABASE_URL, as CI sets it), the API
 * runs on a fresh database of its own there, dropped afterwards, like the integration tests.
 * PGlite executes every statement on the API's one thread, so a heavy request (a recompute, an
 * import) stalls all the others; on a server, two browsers' requests run side by side.
 */
async function serverDatabase(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) return undefined;
  const name = `anju_e2e_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

function build(filter: string) {
  console.log(`… building ${filter}`);
  const result = spawnSync('pnpm', ['--filter', filter, 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`build of ${filter} failed`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  mkdirSync(path.join(webDir, 'e2e/screenshots'), { recursive: true });
  const now = new Date(process.env.E2E_NOW ?? Date.now());
  if (Number.isNaN(now.getTime())) throw new Error(`E2E_NOW=${process.env.E2E_NOW} is not a date`);
  process.env.E2E_NOW = now.toISOString();

  if (process.env.E2E_BASE_URL) return async () => {};

  if (!existsSync(path.join(apiDir, 'dist/main.js'))) build('@anju/api...');
  if (webBuildIsStale()) build('@anju/web');

  const children: Child[] = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'anju-e2e-'));
  let database: Awaited<ReturnType<typeof serverDatabase>>;
  const teardown = async () => {
    await Promise.all(children.map(stop));
    await database?.drop();
    // A failed browser test shows the page; what the server logged as an error explains it.
    for (const c of children)
      if (c.errors.length > 0)
        console.error(`--- ${c.name} logged ${c.errors.length} error(s) ---\n${c.errors.join('\n')}`);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const apiPort = await freePort();
    database = await serverDatabase();
    const apiEnv: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(apiPort),
      PGLITE_DIR: path.join(dataDir, 'db'),
      DEMO_DATA: '1',
      NODE_ENV: 'test',
      FIXED_NOW: now.toISOString(),
    };
    // A fresh database (on the server, else embedded) and in-process events, whatever the shell has set.
    if (database) apiEnv.DATABASE_URL = database.url;
    else delete apiEnv.DATABASE_URL;
    delete apiEnv.REDIS_URL;
    const api = start('api', [path.join(apiDir, 'dist/main.js')], { cwd: apiDir, env: apiEnv });
    children.push(api);
    await ready(api, /API ready on/, `http://127.0.0.1:${apiPort}/readyz`, 120_000);

    const webPort = await freePort();
    const web = start(
      'web',
      [path.join(webDir, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1'],
      {
        cwd: webDir,
        env: {
          ...process.env,
          NO_COLOR: '1',
          WEB_PORT: String(webPort),
          API_PROXY_TARGET: `http://127.0.0.1:${apiPort}`,
        },
      },
    );
    children.push(web);
    const base = `http://127.0.0.1:${webPort}`;
    await ready(web, new RegExp(`127\\.0\\.0\\.1:${webPort}`), base, 60_000);
    process.env.E2E_BASE_URL = base;
    process.env.E2E_DATA_DIR = dataDir;
    // The API itself, for its test-only clock (POST /test/clock moves FIXED_NOW forward).
    process.env.E2E_API_URL = `http://127.0.0.1:${apiPort}`;
    const on = database ? 'PostgreSQL' : 'PGlite';
    console.log(`API on :${apiPort} (${on}, demo data, now ${now.toISOString()}), web on ${base}`);
  } catch (error) {
    for (const c of children)
      console.error(`--- last log lines of ${c.name} ---\n${c.log.slice(-40).join('\n')}`);
    await teardown();
    throw error;
  }
  return teardown;
}
