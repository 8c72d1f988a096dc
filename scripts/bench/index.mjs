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
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  fixed,
  graphql,
  machine,
  measuredRun,
  pad,
  prepareDatabase,
  printTable,
  startChild,
  stopChildren,
  summarise,
  usageOf,
  verify,
} from './lib/harness.mjs';
import { apiDist, benchDir } from './lib/paths.mjs';
import { parseBenchSettings } from './lib/settings.mjs';

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

// ---------------------------------------------------------------------------------------------
// Report

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
    settings = parseBenchSettings(process.argv.slice(2), process.env, { connections: 50, pipelining: true });
    const unknown = settings.only.filter((n) => !TARGET_NAMES.includes(n));
    if (unknown.length)
      throw new Error(`unknown target(s) ${unknown.join(', ')}; known: ${TARGET_NAMES.join(', ')}`);
  } catch (error) {
    console.error(`${error.message} (see --help)`);
    return 2;
  }
  if (settings.help) {
    console.log(usageOf(import.meta.url));
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
        const run = await measuredRun(target, settings, {
          round,
          profDir: settings.cpuProf ? profDir : undefined,
        });
        if (run.profileCommand) profiles.push(run.profileCommand);
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
          machine: machine(),
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
