#!/usr/bin/env node
/**
 * Comparison benchmark: the comparison pages on the scale data set (apps/api seed/large.ts, as
 * scripts/seed-large loads it: one company, 500 estates in 10 regions, 36 months of every built-in
 * indicator), signed in as admin@large.demo:
 *
 *   matrix          comparisonMatrix for the last full quarter, all estates, every indicator
 *   trend           indicatorTrend of one indicator (repair_timely) for 50 estates over 36 months
 *
 * with, as baselines measured in the same run, the bare statements behind them in the same
 * withTenant transaction (no GraphQL, no sign-in, no computing; they answer with a row count):
 *
 *   period-sums     comparison.store periodSums: the matrix's one big statement
 *   monthly-points  comparison.store monthlyPoints: the trend's
 *
 * Goal (issue 3): p99 ≤ 100 ms for matrix and trend at 10 concurrent connections. Printed
 * PASS/FAIL; the exit code stays 0 unless the setup fails or a target answers wrongly.
 *
 *   ./scripts/bench/run --suite=comparison                        PGlite in a temporary directory
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres ./scripts/bench/run --suite=comparison
 *   node scripts/bench/comparison.mjs --only=matrix --cpu-prof    without building
 *
 *   --connections=N  BENCH_CONNECTIONS  (10)    --duration=S  BENCH_DURATION  (10)
 *   --warmup=S       BENCH_WARMUP       (2)     --rounds=N    BENCH_ROUNDS    (1; medians)
 *   --estates=N      (500)                      --months=N    (36)
 *   --only=a,b       BENCH_ONLY                 --cpu-prof    BENCH_CPU_PROF=1
 *
 * A fresh database as in index.mjs (BENCH_DATABASE_URL or DATABASE_URL: `anju_bench_<ts>`, dropped
 * at the end; else PGlite, where loading half a million figures takes minutes). Results go to
 * results/comparison.json.
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
import { apiDist, benchDir, importDist } from './lib/paths.mjs';
import { parseBenchSettings } from './lib/settings.mjs';

const P99_GOAL_MS = 100;
const TREND_ESTATES = 50;
const TREND_INDICATOR = 'repair_timely';

const QUERIES = {
  // What the comparison page asks for (apps/web comparison.graphql.ts): the heat map and league
  // table from each row's lists, the targets of the columns, the region and company aggregates.
  matrix: `query ComparisonMatrix($f: ComparisonFilter!) { comparisonMatrix(filter: $f) { period months
    indicators { code nameZh nameEn unit direction numeratorLabel denominatorLabel descriptionZh }
    rows { estateId estateName estateCode regionId regionName households metCount missedCount noDataCount metRate rank
      values judgements ranks monthCounts ownTargets { indicatorCode target { op value label } } }
    regions { regionId name estateCount cells { indicatorCode value target { op value label } judgement metCount missedCount } }
    company { regionId name estateCount cells { indicatorCode value target { op value label } judgement metCount missedCount } } } }`,
  trend: `query Trend($e: [ID!]!, $c: [String!]!, $from: String!, $to: String!) {
    indicatorTrend(estateIds: $e, indicatorCodes: $c, from: $from, to: $to) {
      estateId estateName indicatorCode points { month value target { label } judgement } } }`,
};
const TARGET_NAMES = [
  'period-sums',
  'read-model',
  'matrix',
  'matrix-fresh',
  'matrix-live',
  'monthly-points',
  'trend',
  'trend-fresh',
];

/** The last complete quarter up to `lastMonth` (YYYY-MM), e.g. 2026-10 → 2026-Q3. */
function lastFullQuarter(lastMonth) {
  let [year, month] = lastMonth.split('-').map(Number);
  let quarter = Math.ceil(month / 3);
  if (month % 3 !== 0) quarter -= 1;
  if (quarter === 0) {
    year -= 1;
    quarter = 4;
  }
  month = quarter * 3;
  return {
    period: `${year}-Q${quarter}`,
    from: `${year}-${String(month - 2).padStart(2, '0')}`,
    to: `${year}-${String(month).padStart(2, '0')}`,
  };
}

/**
 * Changes an approved figure of the measured quarter every second, as HQ's approvals (or an
 * operational module's recomputes) do while viewers watch: a correction of one estate's
 * repair_timely in the quarter's last month, submitted and approved, so the answer itself changes.
 * Each write goes to the next of `estateIds`. Resolves with the number of figures changed.
 */
function everySecondFigureChange(apiUrl, token, estateIds, month) {
  let writes = 0;
  let busy = Promise.resolve();
  const change = async (estateId, numerator) => {
    const i = { estateId, month };
    await graphql(
      apiUrl,
      token,
      'mutation($i: CorrectMonthlyFigureInput!) { correctMonthlyFigure(input: $i) { state } }',
      {
        i: {
          ...i,
          indicatorCode: TREND_INDICATOR,
          numerator,
          denominator: 100,
          reason: '基准测试：更正急修及时率',
        },
      },
    );
    await graphql(
      apiUrl,
      token,
      'mutation($i: EstateMonthInput!) { submitMonthlyFigures(input: $i) { state } }',
      {
        i,
      },
    );
    await graphql(
      apiUrl,
      token,
      'mutation($i: EstateMonthInput!) { approveMonthlyFigures(input: $i) { state } }',
      {
        i,
      },
    );
    writes++;
  };
  const timer = setInterval(() => {
    busy = busy.then(() => change(estateIds[writes % estateIds.length], 80 + (writes % 20)));
  }, 1000);
  return {
    stop: async () => {
      clearInterval(timer);
      await busy;
      return { writes };
    },
  };
}

/** Loads the scale data set into the bench database (migrations first), here in the parent. */
async function loadLargeData(database, settings) {
  const { openDatabase } = await importDist('db/client.js');
  const { runMigrations } = await importDist('db/migrate.js');
  const { seedLarge } = await importDist('seed/large.js');
  const db = await openDatabase({
    url: database.env.DATABASE_URL,
    pgliteDir: database.kind === 'pglite' ? database.env.PGLITE_DIR : undefined,
    poolMax: 2,
  });
  try {
    await runMigrations(db);
    let lastPrint = 0;
    const result = await seedLarge(db, {
      estates: settings.estates,
      months: settings.months,
      adminEmail: 'admin@large.demo',
      onProgress: (done, total) => {
        if (performance.now() - lastPrint < 2000) return;
        lastPrint = performance.now();
        process.stdout.write(`${Math.round((done / total) * 100)}%… `);
      },
    });
    return result;
  } finally {
    await db.close();
  }
}

async function main() {
  let settings;
  try {
    settings = parseBenchSettings(process.argv.slice(2), process.env, {
      connections: 10,
      targets: TARGET_NAMES,
      numbers: { estates: { fallback: 500, min: TREND_ESTATES }, months: { fallback: 36, min: 3 } },
    });
  } catch (error) {
    console.error(`${error.message} (see --help)`);
    return 2;
  }
  if (settings.help) {
    console.log(usageOf(import.meta.url));
    return 0;
  }
  if (!fs.existsSync(path.join(apiDist, 'seed', 'large.js'))) {
    console.error('The API is not built: use ./scripts/bench/run --suite=comparison, which builds it.');
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
    process.stdout.write(
      `loading the scale data set (${settings.estates} estates × ${settings.months} months)… `,
    );
    const large = await loadLargeData(database, settings);
    console.log(
      `${large.figures.toLocaleString('en')} figures, ${large.estates} estates in ${(large.ms / 1000).toFixed(1)} s`,
    );

    const env = { ...process.env, ...database.env, LOG_LEVEL: 'silent', PORT: '0', DEMO_DATA: '0' };
    delete env.REDIS_URL;
    if (database.kind === 'pglite') delete env.DATABASE_URL;
    const profDir = path.join(benchDir, 'results', 'prof');
    if (settings.cpuProf) fs.mkdirSync(profDir, { recursive: true });

    process.stdout.write('starting servers… ');
    const api = await startChild('api', 'api.mjs', env);
    const lookup = api.tenantLookupPort
      ? { port: api.tenantLookupPort, poolMax: api.poolMax, child: api.child, shared: true }
      : await startChild('tenant-lookup', 'tenant-lookup.mjs', env);
    console.log('ready');

    const apiUrl = `http://127.0.0.1:${api.port}/graphql`;
    const login = await graphql(
      apiUrl,
      null,
      'mutation Login($input: LoginInput!) { login(input: $input) { token } }',
      { input: { email: 'admin@large.demo', password: 'demo12345' } },
    );
    const token = login.login.token;
    const ids = await graphql(
      apiUrl,
      token,
      `{ company { id } estates(first: ${TREND_ESTATES}) { edges { node { id } } totalCount } }`,
    );
    const companyId = ids.company.id;
    const estateIds = ids.estates.edges.map((e) => e.node.id);
    const quarter = lastFullQuarter(large.lastMonth);
    const trendVars = { e: estateIds, c: [TREND_INDICATOR], from: large.firstMonth, to: large.lastMonth };

    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const gqlOk = (json) => json.data != null && !json.errors;
    const allTargets = [
      {
        name: 'period-sums',
        server: lookup.child,
        label: 'bare periodSums (quarter)',
        url: `http://127.0.0.1:${lookup.port}/period-sums`,
        body: { companyId, from: quarter.from, to: quarter.to },
        // Estates × indicators with figures: at least one indicator for every estate.
        check: (j) => j.rows >= large.estates * 20,
      },
      {
        name: 'read-model',
        server: lookup.child,
        label: 'bare read model (quarter)',
        url: `http://127.0.0.1:${lookup.port}/read-model`,
        body: { companyId, period: quarter.period },
        check: (j) => j.rows >= large.estates * 20,
      },
      {
        name: 'matrix',
        server: api.child,
        label: `API comparisonMatrix ${quarter.period}`,
        url: apiUrl,
        body: { query: QUERIES.matrix, variables: { f: { period: quarter.period } } },
        check: (j) => {
          if (!gqlOk(j)) return false;
          const m = j.data.comparisonMatrix;
          const columns = m.indicators.length;
          return (
            m.rows.length === large.estates &&
            columns >= 29 &&
            m.rows.every((r) => r.values.length === columns && r.judgements.length === columns) &&
            m.rows.filter((r) => r.values.some((v) => v != null)).length === large.estates &&
            m.regions.length === large.regions &&
            m.company.estateCount === large.estates
          );
        },
      },
      {
        name: 'monthly-points',
        server: lookup.child,
        label: 'bare monthlyPoints (50 × 36)',
        url: `http://127.0.0.1:${lookup.port}/monthly-points`,
        body: { companyId, estateIds, codes: [TREND_INDICATOR], from: large.firstMonth, to: large.lastMonth },
        check: (j) => j.rows === TREND_ESTATES * settings.months,
      },
      {
        name: 'trend',
        server: api.child,
        label: `API indicatorTrend ${TREND_ESTATES} × ${settings.months} mo`,
        url: apiUrl,
        body: { query: QUERIES.trend, variables: trendVars },
        check: (j) => {
          if (!gqlOk(j)) return false;
          const series = j.data.indicatorTrend;
          return (
            series.length === TREND_ESTATES &&
            series.every(
              (s) =>
                s.points.length === settings.months && s.points.every((p) => p.value != null && p.target),
            )
          );
        },
      },
    ];
    // The same questions asked afresh every time, one at a time: an extra variable the operation
    // does not declare (GraphQL ignores it) makes each request's answer-cache key unique, so no
    // cached answer can serve it and every request computes and serialises its answer, as after a
    // change of the data. The query text stays the same, as the page's does: parsing and
    // validation are cached as they would be (a unique text would add them to every request).
    let fresh = 0;
    for (const name of ['matrix', 'trend']) {
      const base = allTargets.find((t) => t.name === name);
      allTargets.splice(allTargets.indexOf(base) + 1, 0, {
        ...base,
        name: `${name}-fresh`,
        label: `${base.label}, uncached, 1 conn.`,
        connections: 1,
        everyBody: () =>
          JSON.stringify({ ...base.body, variables: { ...base.body.variables, fresh: ++fresh } }),
      });
    }
    // The page while HQ works: a figure of the quarter changes every second, so the answer itself
    // changes and every cached answer of the company goes stale; the viewers' next requests
    // compute afresh (the estate's row re-read, concurrent requests sharing one computation).
    // Answers differ from the first one, so each is checked for its shape, not its bytes.
    const matrixTarget = allTargets.find((t) => t.name === 'matrix');
    const liveTarget = {
      ...matrixTarget,
      name: 'matrix-live',
      label: `${matrixTarget.label}, a write every second`,
      during: () => everySecondFigureChange(apiUrl, token, estateIds, quarter.to),
      verifyBody: (body) =>
        body.startsWith(`{"data":{"comparisonMatrix":{"period":"${quarter.period}"`) &&
        body.length > liveTarget.expectBody.length * 0.98,
    };
    allTargets.splice(allTargets.indexOf(matrixTarget) + 2, 0, liveTarget);
    const targets = allTargets.filter((t) => !settings.only.length || settings.only.includes(t.name));
    for (const target of targets) {
      target.headers = headers;
      target.expectBody = await verify(target);
    }
    const shape = (name, describe) => {
      const t = targets.find((x) => x.name === name);
      return t
        ? `${describe(JSON.parse(t.expectBody).data)} (${(t.expectBody.length / 1024).toFixed(0)} KiB)`
        : '';
    };
    console.log(
      'verified: ' +
        [
          shape(
            'matrix',
            (d) =>
              `matrix ${d.comparisonMatrix.rows.length} rows × ${d.comparisonMatrix.indicators.length} indicators`,
          ),
          shape(
            'trend',
            (d) => `trend ${d.indicatorTrend.length} series × ${d.indicatorTrend[0].points.length} points`,
          ),
        ]
          .filter(Boolean)
          .join(', '),
    );
    console.log(
      `node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}); API NODE_ENV=${api.nodeEnv}, ` +
        (lookup.shared
          ? 'one PGlite connection shared by the API and the bare statements'
          : `pool ${api.poolMax}`),
    );
    console.log(
      `autocannon: ${settings.connections} connections, ${settings.warmup} s warm-up + ${settings.duration} s per target, ${settings.rounds} round(s)`,
    );

    const profiles = [];
    const runs = Object.fromEntries(targets.map((t) => [t.name, []]));
    for (let round = 1; round <= settings.rounds && !interrupted; round++) {
      for (const target of targets) {
        if (interrupted) break;
        process.stdout.write(`  round ${round}: ${target.label}… `);
        // matrix-live changes figures that later targets read: each target's expected answer is
        // taken again right before it runs.
        target.expectBody = await verify(target);
        const run = await measuredRun(target, settings, {
          round,
          profDir: settings.cpuProf ? profDir : undefined,
        });
        if (run.profileCommand) profiles.push(run.profileCommand);
        runs[target.name].push(run);
        console.log(
          `${fixed(run.requestsPerSecond, 0)} req/s, p50 ${fixed(run.p50Ms)} ms, p99 ${fixed(run.p99Ms)} ms` +
            (run.beside ? `, ${run.beside.writes} writes` : ''),
        );
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

    const checks = [];
    console.log();
    console.log(`Goals (p99 at ${settings.connections} connections):`);
    for (const [name, baseline] of [
      ['matrix', 'period-sums'],
      ['trend', 'monthly-points'],
    ]) {
      const row = byName[name];
      if (!row) continue;
      const pass = row.summary.p99Ms <= P99_GOAL_MS;
      const base = byName[baseline];
      checks.push({ name: `${row.label} p99`, value: row.summary.p99Ms, goal: `≤ ${P99_GOAL_MS} ms`, pass });
      console.log(
        `  ${pad(`${row.label} p99`, 46, true)}${pad(`${fixed(row.summary.p99Ms)} ms`, 10)}  ${pad(`≤ ${P99_GOAL_MS} ms`, 9, true)}  ${pad(pass ? 'PASS' : 'FAIL', 6, true)}` +
          (base
            ? `${base.label}: p99 ${fixed(base.summary.p99Ms)} ms, ${fixed(row.summary.requestsPerSecond / base.summary.requestsPerSecond, 2)}× its req/s`
            : ''),
      );
    }
    // Issue 8's goals: ratios of two targets measured in the same run (machines differ by several
    // times in absolute speed; ratios hold).
    const summaryOf = (name) => byName[name]?.summary;
    const ratioGoal = (label, ratio, goal, pass, detail) => {
      if (!Number.isFinite(ratio)) return;
      checks.push({ name: label, value: ratio, goal, pass });
      console.log(
        `  ${pad(label, 46, true)}${pad(`${fixed(ratio, 2)}×`, 10)}  ${pad(goal, 9, true)}  ${pad(pass ? 'PASS' : 'FAIL', 6, true)}${detail}`,
      );
    };
    const cached = summaryOf('matrix');
    const live = summaryOf('matrix-live');
    const uncached = summaryOf('matrix-fresh');
    const aggregated = summaryOf('period-sums');
    const readModel = summaryOf('read-model');
    if (cached && live)
      ratioGoal(
        'matrix p99, a write every second ÷ cached',
        live.p99Ms / cached.p99Ms,
        '≤ 2×',
        live.p99Ms <= 2 * cached.p99Ms,
        `${fixed(live.p99Ms)} vs ${fixed(cached.p99Ms)} ms, ${byName['matrix-live'].runs.map((r) => r.beside?.writes ?? 0).join('+')} figure changes`,
      );
    if (cached && uncached)
      ratioGoal(
        'API CPU per matrix, uncached ÷ cached',
        uncached.serverCpuMicrosPerRequest / cached.serverCpuMicrosPerRequest,
        '≤ 10×',
        uncached.serverCpuMicrosPerRequest <= 10 * cached.serverCpuMicrosPerRequest,
        `${fixed(uncached.serverCpuMicrosPerRequest / 1000)} vs ${fixed(cached.serverCpuMicrosPerRequest / 1000)} ms`,
      );
    if (aggregated && readModel)
      ratioGoal(
        'read-model statement speed ÷ aggregation',
        readModel.requestsPerSecond / aggregated.requestsPerSecond,
        '≥ 10×',
        readModel.requestsPerSecond >= 10 * aggregated.requestsPerSecond,
        `req/s ${fixed(readModel.requestsPerSecond, 0)} vs ${fixed(aggregated.requestsPerSecond, 0)}; p50 ${fixed(readModel.p50Ms)} vs ${fixed(aggregated.p50Ms)} ms`,
      );
    console.log(
      '  (matrix and trend ask the same question over and over, as viewers of one page do: after the\n' +
        '   warm-up the answers come from the response cache. Without it: the -fresh rows, one request\n' +
        '   at a time; with the cache emptied every second by a write: matrix-live.)',
    );
    if (checks.some((c) => !c.pass)) {
      // Little's law: with every connection busy, throughput = connections / mean latency.
      const need = Math.ceil((settings.connections * 1000) / P99_GOAL_MS);
      const cores = os.cpus().length;
      console.log(
        `  (at ${settings.connections} connections a latency of ${P99_GOAL_MS} ms needs ≥ ${need} req/s; the API's`,
      );
      for (const name of ['matrix', 'trend']) {
        const s = byName[name]?.summary;
        if (!s?.serverCpuMicrosPerRequest) continue;
        const ms = s.serverCpuMicrosPerRequest / 1000;
        console.log(
          `   ${name}: ${fixed(ms)} ms of CPU per request, before the database's: ${cores} cores allow ≤ ${Math.floor((cores * 1000) / ms)} req/s)`,
        );
      }
    }
    const failed = rows.filter(
      (r) => r.summary.errors + r.summary.non2xx + r.summary.timeouts + r.summary.mismatches > 0,
    );
    if (failed.length)
      console.log(
        `\nWARNING: failed responses in ${failed.map((r) => r.name).join(', ')}: those figures are not valid.`,
      );

    const resultsFile = path.join(benchDir, 'results', 'comparison.json');
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
          dataset: large,
          period: quarter.period,
          queries: QUERIES,
          targets: rows,
          checks,
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
