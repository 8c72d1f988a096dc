#!/usr/bin/env node
/**
 * API benchmark: autocannon against the built API (apps/api/dist) and against baselines measured in
 * the same run on the same machine, because these machines are noisy: the figures that matter are
 * ratios, not absolute times.
 *
 *   API `me`, `estates(first: 20)` and `estate(id)`, signed in as admin@anju.demo
 *   plain Apollo Server `{ hello }` with the API's settings        (baseline for `me`)
 *   bare graphql-js `{ hello }` with a document cache              (the GraphQL floor)
 *   bare lookup in the same `withTenant` transaction               (baseline for `estate(id)`)
 *   the same through the API's store function (findEstates)        (where `estate(id)`'s cost goes)
 *
 * Every server runs in its own child process; autocannon runs here. Database: a fresh
 * `anju_bench_<ts>` on BENCH_DATABASE_URL or DATABASE_URL (dropped at the end), else PGlite in a
 * temporary directory. Prints a table and the goals, writes results/latest.json, and exits 0 even
 * when a goal is missed (it is a measurement, not a test); it exits 1 only when the setup fails or a
 * target answers wrongly before measuring (2 for a bad option). Options (flag or environment variable):
 *
 *   --connections=N  BENCH_CONNECTIONS  (50)    --duration=S  BENCH_DURATION  (10)
 *   --warmup=S       BENCH_WARMUP       (2)     --rounds=N    BENCH_ROUNDS    (1; medians are reported)
 *   --pipelining=N   BENCH_PIPELINING   (1)     --only=a,b    BENCH_ONLY      (target names below)
 *   --cpu-prof       BENCH_CPU_PROF=1   (profile each target's server during its measured run,
 *                                        into results/prof/<target>.cpuprofile; summarise with
 *                                        node scripts/bench/profile-summary.mjs <file>)
 *
 * Targets: apollo-hello, me, tenant-lookup, estate, store-lookup, graphql-hello, estates (run in
 * this order, each API target right after its baseline; store-lookup is the bare lookup through the
 * API's own store function, to split `estate(id)`'s cost between the store and the GraphQL layers).
 * Besides req/s and latency, the table shows the server process's CPU time per request (user +
 * system), which a busy machine distorts less than req/s.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { apiDist, benchDir, importDist } from './lib/paths.mjs';

const GOALS = { meVsApollo: 0.6, estateVsLookup: 0.5, p99Ms: 25 };

const QUERIES = {
  me: 'query Me { me { id email name platformAdmin } }',
  estates:
    'query Estates { estates(first: 20) { edges { node { id name code region { name } } } totalCount } }',
  // Every scalar field: the same row the bare lookup returns with `select *`.
  estate:
    'query Estate($id: ID!) { estate(id: $id) { id name code regionId address type grossFloorArea households buildings contractStart contractEnd feeRate status version archivedAt createdAt updatedAt } }',
  hello: '{ hello }',
};

function parseSettings(argv, env) {
  const flags = {};
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument: ${arg}`);
    flags[match[1]] = match[2] ?? 'true';
  }
  const known = ['connections', 'duration', 'warmup', 'rounds', 'pipelining', 'only', 'cpu-prof', 'help'];
  for (const key of Object.keys(flags)) if (!known.includes(key)) throw new Error(`unknown option: --${key}`);
  const number = (flag, name, fallback, min) => {
    const raw = flags[flag] ?? env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min)
      throw new Error(`--${flag} / ${name} must be a number ≥ ${min}`);
    return value;
  };
  return {
    help: flags.help === 'true',
    connections: number('connections', 'BENCH_CONNECTIONS', 50, 1),
    duration: number('duration', 'BENCH_DURATION', 10, 1),
    warmup: number('warmup', 'BENCH_WARMUP', 2, 0),
    rounds: number('rounds', 'BENCH_ROUNDS', 1, 1),
    pipelining: number('pipelining', 'BENCH_PIPELINING', 1, 1),
    only: (flags.only ?? env.BENCH_ONLY ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    cpuProf: flags['cpu-prof'] === 'true' || env.BENCH_CPU_PROF === '1',
  };
}

// ---------------------------------------------------------------------------------------------
// Child processes

const children = [];

function startChild(name, file, env) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(benchDir, 'servers', file), [], {
      env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push({ name, child });
    const onExit = (code, signal) =>
      reject(new Error(`${name} exited (${signal ?? code}) before it was ready`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      if (message?.type === 'ready') resolve({ ...message, child });
      else reject(new Error(`${name} sent ${JSON.stringify(message)}`));
    });
  });
}

async function stopChildren() {
  await Promise.all(
    children.splice(0).map(
      ({ child }) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          if (child.connected) child.send({ type: 'stop' });
          else child.kill('SIGTERM');
        }),
    ),
  );
}

/** Asks a child for something and waits for its answer (CPU usage, profiling). */
function ask(child, message, answer) {
  return new Promise((resolve, reject) => {
    const onMessage = (reply) => {
      if (reply?.type !== answer) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(reply);
    };
    const onExit = () => reject(new Error(`server exited while waiting for ${answer}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send(message);
  });
}

// ---------------------------------------------------------------------------------------------
// Database: a fresh PostgreSQL database or a temporary PGlite directory

async function prepareDatabase() {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-bench-'));
    return {
      description: `PGlite in ${dir} (set BENCH_DATABASE_URL or DATABASE_URL for PostgreSQL)`,
      kind: 'pglite',
      // Production config requires DATABASE_URL; the embedded database runs as `test`.
      env: { NODE_ENV: 'test', PGLITE_DIR: path.join(dir, 'pglite') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const { openDatabase } = await importDist('db/client.js');
  const admin = await openDatabase({ url: serverUrl, poolMax: 1 });
  const name = `anju_bench_${Date.now()}`;
  await admin.raw(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const safe = new URL(url);
  safe.password = '';
  return {
    description: `PostgreSQL, fresh database ${safe.toString()} (dropped at the end)`,
    kind: 'postgres',
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: url.toString(),
      SESSION_SECRET: randomBytes(32).toString('hex'),
    },
    drop: async () => {
      try {
        await admin.raw(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.close();
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Requests

async function post(url, body, headers) {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

async function graphql(url, token, query, variables) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const { status, json, text } = await post(url, { query, variables }, headers);
  if (status !== 200 || !json?.data || json.errors) throw new Error(`${query} → HTTP ${status}: ${text}`);
  return json.data;
}

/** One request, checked, before any measuring: its body becomes autocannon's expected body. */
async function verify(target) {
  const { status, text, json } = await post(target.url, target.body, target.headers);
  const problems = [];
  if (status !== 200) problems.push(`HTTP ${status}`);
  if (!json) problems.push('not JSON');
  else if (json.errors) problems.push('has errors');
  else if (!target.check(json)) problems.push('unexpected content');
  if (problems.length) throw new Error(`${target.name}: ${problems.join(', ')}: ${text.slice(0, 500)}`);
  return text;
}

async function measure(target, settings, seconds) {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: target.headers,
    body: JSON.stringify(target.body),
    connections: settings.connections,
    pipelining: settings.pipelining,
    duration: seconds,
    expectBody: target.expectBody,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: result.latency.average,
    total: result.requests.total,
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function summarise(runs) {
  const sum = (key) => runs.reduce((n, r) => n + r[key], 0);
  return {
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    meanMs: median(runs.map((r) => r.meanMs)),
    serverCpuMicrosPerRequest: median(runs.map((r) => r.serverCpuMicrosPerRequest)),
    serverCpuShare: median(runs.map((r) => r.serverCpuShare)),
    serverEventLoopUtilization: median(runs.map((r) => r.serverEventLoopUtilization)),
    total: sum('total'),
    non2xx: sum('non2xx'),
    errors: sum('errors'),
    timeouts: sum('timeouts'),
    mismatches: sum('mismatches'),
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const pad = (value, width, left = false) =>
  left ? String(value).padEnd(width) : String(value).padStart(width);
const fixed = (value, digits = 1) => (value == null ? '—' : Number(value).toFixed(digits));

function printTable(rows) {
  console.log();
  console.log(
    `${pad('target', 32, true)}${pad('req/s', 8)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('CPU µs/req', 12)}${pad('CPU', 6)}${pad('loop', 6)}  errors/non2xx/timeouts/mismatch`,
  );
  console.log('-'.repeat(114));
  for (const row of rows) {
    const s = row.summary;
    const bad = s.errors + s.non2xx + s.timeouts + s.mismatches;
    console.log(
      `${pad(row.label, 32, true)}${pad(fixed(s.requestsPerSecond, 0), 8)}${pad(fixed(s.p50Ms), 8)}${pad(fixed(s.p99Ms), 8)}${pad(fixed(s.serverCpuMicrosPerRequest, 0), 12)}${pad(fixed(s.serverCpuShare, 2), 6)}${pad(fixed(s.serverEventLoopUtilization, 2), 6)}  ${s.errors}/${s.non2xx}/${s.timeouts}/${s.mismatches}${bad ? '  ← INVALID: failed responses' : ''}`,
    );
  }
  console.log(
    'CPU µs/req: CPU time (user + system) of the server process per request; CPU: cores it used on average;\n' +
      'loop: its event-loop utilisation (near 1 with CPU well below 1 means it waited for a CPU: a busy machine).',
  );
}

function checks(byName) {
  const out = [];
  const ratio = (name, a, b, goal) => {
    if (!byName[a] || !byName[b]) return;
    const sa = byName[a].summary;
    const sb = byName[b].summary;
    const value = sa.requestsPerSecond / sb.requestsPerSecond;
    out.push({
      name,
      kind: 'ratio',
      value,
      // The same comparison from CPU time per request: what the ratio would be if both were
      // CPU-bound on a quiet machine. Steadier than req/s when other work competes for the CPUs.
      cpuRatio: sb.serverCpuMicrosPerRequest / sa.serverCpuMicrosPerRequest,
      goal: goal == null ? null : `≥ ${goal}`,
      pass: goal == null ? null : value >= goal,
    });
  };
  ratio('me / plain Apollo { hello }', 'me', 'apollo-hello', GOALS.meVsApollo);
  ratio('estate(id) / bare tenant lookup', 'estate', 'tenant-lookup', GOALS.estateVsLookup);
  ratio('estates(first: 20) / bare tenant lookup', 'estates', 'tenant-lookup');
  ratio('store findEstates / bare tenant lookup', 'store-lookup', 'tenant-lookup');
  ratio('estate(id) / store findEstates', 'estate', 'store-lookup');
  ratio('plain Apollo / bare graphql-js', 'apollo-hello', 'graphql-hello');
  ratio('me / bare graphql-js', 'me', 'graphql-hello');
  const baselineOf = { me: 'apollo-hello', estate: 'tenant-lookup', estates: 'tenant-lookup' };
  for (const name of ['me', 'estate', 'estates']) {
    const row = byName[name];
    if (!row) continue;
    const baseline = byName[baselineOf[name]];
    out.push({
      name: `${row.label} p99`,
      kind: 'p99',
      value: row.summary.p99Ms,
      goal: `≤ ${GOALS.p99Ms} ms`,
      pass: row.summary.p99Ms <= GOALS.p99Ms,
      baseline: baseline ? { name: baseline.label, p99Ms: baseline.summary.p99Ms } : undefined,
    });
  }
  return out;
}

function printChecks(list, connections) {
  console.log();
  console.log(`Goals (ratios of req/s measured in this run; p99 at ${connections} connections):`);
  for (const c of list) {
    const value = c.kind === 'ratio' ? `${fixed(c.value, 2)}×` : `${fixed(c.value)} ms`;
    const verdict = c.pass == null ? '(information)' : c.pass ? 'PASS' : 'FAIL';
    const aside =
      c.kind === 'ratio'
        ? `from CPU µs/req: ${fixed(c.cpuRatio, 2)}×`
        : c.baseline
          ? `${c.baseline.name}: ${fixed(c.baseline.p99Ms)} ms`
          : '';
    console.log(
      `  ${pad(c.name, 42, true)}${pad(value, 10)}  ${pad(c.goal ?? '', 9, true)}  ${pad(verdict, 14, true)}${aside}`,
    );
  }
  const p99 = list.filter((c) => c.kind === 'p99');
  if (p99.some((c) => !c.pass)) {
    // Little's law: with every connection busy, mean latency = connections / throughput.
    console.log(
      `  (at ${connections} connections a mean latency of ${GOALS.p99Ms} ms needs ≥ ${Math.ceil((connections * 1000) / GOALS.p99Ms)} req/s; ` +
        'a p99 goal also missed by its baseline is a limit of this machine, not of the API)',
    );
  }
}

// ---------------------------------------------------------------------------------------------

const TARGET_NAMES = [
  'apollo-hello',
  'me',
  'tenant-lookup',
  'estate',
  'store-lookup',
  'graphql-hello',
  'estates',
];

async function main() {
  let settings;
  try {
    settings = parseSettings(process.argv.slice(2), process.env);
    const unknown = settings.only.filter((n) => !TARGET_NAMES.includes(n));
    if (unknown.length)
      throw new Error(`unknown target(s) ${unknown.join(', ')}; known: ${TARGET_NAMES.join(', ')}`);
  } catch (error) {
    console.error(`${error.message} (see --help)`);
    return 2;
  }
  if (settings.help) {
    const source = fs.readFileSync(new URL(import.meta.url), 'utf8');
    console.log(
      /\/\*\*([\s\S]*?)\*\//
        .exec(source)[1]
        .replace(/^ \* ?/gm, '')
        .trimEnd(),
    );
    return 0;
  }
  if (!fs.existsSync(path.join(apiDist, 'server.js'))) {
    console.error(
      `The API is not built (${path.relative(process.cwd(), apiDist)}/server.js is missing).\n` +
        'Run `pnpm --filter @anju/api build` first, or use ./scripts/bench/run, which builds it.',
    );
    return 1;
  }

  const database = await prepareDatabase();
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    console.error('\ninterrupted: stopping the servers and dropping the bench database…');
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    console.log(`database: ${database.description}`);
    const env = { ...process.env, ...database.env, LOG_LEVEL: 'silent', PORT: '0', DEMO_DATA: '0' };
    delete env.REDIS_URL; // subscriptions stay in process: nothing here publishes
    if (database.kind === 'pglite') delete env.DATABASE_URL;
    const profDir = path.join(benchDir, 'results', 'prof');
    if (settings.cpuProf) fs.mkdirSync(profDir, { recursive: true });

    process.stdout.write('starting servers (API: migrations and demo data)… ');
    const api = await startChild('api', 'api.mjs', env);
    const [apollo, bare, lookup] = await Promise.all([
      startChild('apollo-hello', 'apollo-hello.mjs', env),
      startChild('graphql-hello', 'graphql-hello.mjs', env),
      api.tenantLookupPort
        ? Promise.resolve({
            port: api.tenantLookupPort,
            poolMax: api.poolMax,
            child: api.child,
            shared: true,
          })
        : startChild('tenant-lookup', 'tenant-lookup.mjs', env),
    ]);
    console.log('ready');

    const apiUrl = `http://127.0.0.1:${api.port}/graphql`;
    const login = await graphql(
      apiUrl,
      null,
      'mutation Login($input: LoginInput!) { login(input: $input) { token } }',
      { input: { email: 'admin@anju.demo', password: 'demo12345' } },
    );
    const token = login.login.token;
    const ids = await graphql(
      apiUrl,
      token,
      '{ company { id } estates(first: 1) { edges { node { id } } } }',
    );
    const companyId = ids.company.id;
    const estateId = ids.estates.edges[0].node.id;

    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const gqlOk = (json) => json.data != null && !json.errors;
    const allTargets = [
      {
        name: 'apollo-hello',
        server: apollo.child,
        label: 'plain Apollo { hello }',
        url: `http://127.0.0.1:${apollo.port}/graphql`,
        body: { query: QUERIES.hello },
        check: (j) => gqlOk(j) && j.data.hello === 'world',
      },
      {
        name: 'me',
        server: api.child,
        label: 'API me',
        url: apiUrl,
        body: { query: QUERIES.me },
        check: (j) => gqlOk(j) && j.data.me.email === 'admin@anju.demo',
      },
      {
        name: 'tenant-lookup',
        server: lookup.child,
        label: 'bare withTenant lookup',
        url: `http://127.0.0.1:${lookup.port}/lookup`,
        body: { companyId, id: estateId },
        check: (j) => j.estate?.id === estateId,
      },
      {
        name: 'estate',
        server: api.child,
        label: 'API estate(id)',
        url: apiUrl,
        body: { query: QUERIES.estate, variables: { id: estateId } },
        check: (j) => gqlOk(j) && j.data.estate.id === estateId,
      },
      {
        name: 'store-lookup',
        server: lookup.child,
        label: 'withTenant + store findEstates',
        url: `http://127.0.0.1:${lookup.port}/lookup-store`,
        body: { companyId, id: estateId },
        check: (j) => j.estate?.id === estateId,
      },
      {
        name: 'graphql-hello',
        server: bare.child,
        label: 'bare graphql-js { hello }',
        url: `http://127.0.0.1:${bare.port}/graphql`,
        body: { query: QUERIES.hello },
        check: (j) => gqlOk(j) && j.data.hello === 'world',
      },
      {
        name: 'estates',
        server: api.child,
        label: 'API estates(first: 20)',
        url: apiUrl,
        body: { query: QUERIES.estates },
        check: (j) =>
          gqlOk(j) &&
          j.data.estates.totalCount >= 8 &&
          j.data.estates.edges.length === Math.min(20, j.data.estates.totalCount),
      },
    ];
    const targets = allTargets.filter((t) => !settings.only.length || settings.only.includes(t.name));
    for (const target of targets) {
      target.headers = headers;
      target.expectBody = await verify(target);
    }

    console.log(
      `node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}); API NODE_ENV=${api.nodeEnv}, ` +
        (lookup.shared
          ? 'one PGlite connection (the bare lookup runs in the API process and shares it)'
          : `pool ${api.poolMax} (bare lookup: its own pool of ${lookup.poolMax})`),
    );
    console.log(
      `autocannon: ${settings.connections} connections, pipelining ${settings.pipelining}, ` +
        `${settings.warmup} s warm-up + ${settings.duration} s per target, ${settings.rounds} round(s)`,
    );
    const profiles = [];
    const runs = Object.fromEntries(targets.map((t) => [t.name, []]));
    for (let round = 1; round <= settings.rounds && !interrupted; round++) {
      for (const target of targets) {
        if (interrupted) break;
        process.stdout.write(`  round ${round}: ${target.label}… `);
        if (settings.warmup > 0) await measure(target, settings, settings.warmup);
        if (settings.cpuProf) await ask(target.server, { type: 'profile-start' }, 'profile-started');
        const before = await ask(target.server, { type: 'usage' }, 'usage');
        const run = await measure(target, settings, settings.duration);
        const after = await ask(target.server, { type: 'usage' }, 'usage');
        const cpuMicros = after.cpu.user - before.cpu.user + (after.cpu.system - before.cpu.system);
        run.serverCpuMicrosPerRequest = run.total ? cpuMicros / run.total : null;
        run.serverUserMicrosPerRequest = run.total ? (after.cpu.user - before.cpu.user) / run.total : null;
        run.serverSystemMicrosPerRequest = run.total
          ? (after.cpu.system - before.cpu.system) / run.total
          : null;
        run.serverCpuShare =
          cpuMicros / 1000 / (after.elu.idle + after.elu.active - before.elu.idle - before.elu.active);
        run.serverEventLoopUtilization =
          (after.elu.active - before.elu.active) /
          (after.elu.idle + after.elu.active - before.elu.idle - before.elu.active);
        if (settings.cpuProf) {
          const file = path.join(
            profDir,
            `${target.name}${settings.rounds > 1 ? `.${round}` : ''}.cpuprofile`,
          );
          await ask(target.server, { type: 'profile-stop', file }, 'profile-stopped');
          run.profile = path.relative(process.cwd(), file);
          profiles.push(`node scripts/bench/profile-summary.mjs ${run.profile} --requests=${run.total}`);
        }
        runs[target.name].push(run);
        console.log(`${fixed(run.requestsPerSecond, 0)} req/s, p99 ${fixed(run.p99Ms)} ms`);
      }
    }
    if (interrupted) return 130;

    const rows = targets.map((t) => ({
      name: t.name,
      label: t.label,
      summary: summarise(runs[t.name]),
      runs: runs[t.name],
    }));
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    printTable(rows);
    const goalChecks = checks(byName);
    printChecks(goalChecks, settings.connections);
    const failedResponses = rows.filter(
      (r) => r.summary.errors + r.summary.non2xx + r.summary.timeouts + r.summary.mismatches > 0,
    );
    if (failedResponses.length) {
      console.log(
        `\nWARNING: failed responses in ${failedResponses.map((r) => r.name).join(', ')}: those figures are not valid.`,
      );
    }

    const resultsFile = path.join(benchDir, 'results', 'latest.json');
    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
    fs.writeFileSync(
      resultsFile,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: {
            node: process.version,
            platform: `${os.platform()} ${os.release()}`,
            cpus: os.cpus().length,
            cpuModel: os.cpus()[0]?.model,
          },
          database: database.kind,
          apiNodeEnv: api.nodeEnv,
          poolMax: api.poolMax,
          settings: { ...settings, help: undefined },
          queries: QUERIES,
          targets: rows,
          checks: goalChecks,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nresults: ${path.relative(process.cwd(), resultsFile)}`);
    if (profiles.length) {
      console.log('CPU profiles (the figures above were measured while profiling); summarise with:');
      for (const command of profiles) console.log(`  ${command}`);
    }
    return 0;
  } finally {
    await stopChildren();
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    console.error(`\nbench failed: ${error?.stack ?? error}`);
    await stopChildren().catch(() => {});
    process.exit(1);
  },
);
