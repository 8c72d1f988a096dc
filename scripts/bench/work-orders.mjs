#!/usr/bin/env node
/**
 * Work-order benchmark (issue 11 item 8): the demo data plus 100,000 work orders in one estate
 * (翠湖苑, two years of them, seed/work-orders-scale.ts), with both sides measured in the same run:
 *
 *   tenant-lookup     node:http doing `select * from estates where company_id = $1 and id = $2` in
 *                     the same withTenant transaction the API uses (no GraphQL, no sign-in): baseline
 *   board             the API's workOrderBoard(estateId) as the estate's manager: five columns with
 *                     their counts, breaches and first 20 cards
 *   list              the API's workOrders(filter, first: 20) as the manager: each request another
 *                     filter (status, kind, category, breach, none) and its total count
 *                     (both answered from the answer cache while the estate's orders are unchanged:
 *                     kept per user, checked against the estate's order version in the database)
 *   board-fresh       the board and the list with every answer computed afresh (a unique extra
 *   list-fresh        variable makes each answer-cache key new): the uncached cost
 *   board-writes      the board and the list again while 2 writers (2 more connections) report
 *   list-writes       orders in 翠湖苑 and work them: most answers are then computed afresh
 *   matrix            comparisonMatrix of this month as admin@anju.demo, nothing else running
 *   matrix-writes     the same while 10 writers (10 more connections) report work orders in
 *                     翠湖苑 and take each through dispatch, arrival and completion
 *
 * Goals (issue 11): board and list at 10 connections ≥ 0.5× the throughput of the bare lookup; the
 * matrix while work orders are created and completed within the goal of the platform-services
 * issue (issue 8): p99 ≤ 2× the p99 of the matrix alone. Printed PASS/FAIL; the exit code stays 0
 * unless the setup fails or a target answers wrongly.
 *
 *   ./scripts/bench/run --suite=work-orders                          PGlite in a temporary directory
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres ./scripts/bench/run --suite=work-orders
 *
 *   --connections=N  BENCH_CONNECTIONS  (10)    --duration=S  BENCH_DURATION  (10)
 *   --warmup=S       BENCH_WARMUP       (2)     --rounds=N    BENCH_ROUNDS    (1; medians)
 *   --orders=N       (100000)                   --writers=N   (10)
 *   --board-writers=N (2, for board-writes and list-writes)
 *   --only=a,b       BENCH_ONLY                 --cpu-prof    BENCH_CPU_PROF=1
 *
 * Results go to results/work-orders.json.
 */
import fs from 'node:fs';
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

const THROUGHPUT_GOAL = 0.5;
const MATRIX_P99_GOAL = 2;
const TARGET_NAMES = [
  'tenant-lookup',
  'board',
  'board-fresh',
  'list',
  'list-fresh',
  'board-writes',
  'list-writes',
  'matrix',
  'matrix-writes',
];

const BOARD = `query Board($e: ID!) { workOrderBoard(estateId: $e, first: 20) { estateId
  columns { column count breachedCount cards { id number location category kind status reportedAt
    dispatchDueAt arriveDueAt completeDueAt breached breachedSteps assignee { id name } } } } }`;
const LIST = `query List($f: WorkOrderFilter!, $first: Int) { workOrders(filter: $f, first: $first) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id number location category kind status reportedAt breached assignee { id name } } } } }`;
const MATRIX = `query ComparisonMatrix($f: ComparisonFilter!) { comparisonMatrix(filter: $f) { period months
  indicators { code nameZh unit direction }
  rows { estateId estateName metCount missedCount noDataCount rank values judgements ranks }
  company { estateCount cells { indicatorCode value judgement } } } }`;
const FILTERS = [
  {},
  { status: 'NEW' },
  { status: 'CLOSED' },
  { status: 'COMPLETED', kind: 'MINOR' },
  { kind: 'URGENT' },
  { category: 'ELEVATOR' },
  { category: 'PLUMBING_ELECTRICAL', status: 'CLOSED' },
  { breached: true },
];

/** This month in Shanghai (the demo company's time zone), YYYY-MM. */
function thisMonth() {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
  })
    .formatToParts(new Date())
    .reduce((o, p) => ({ ...o, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}`;
}

/**
 * `writers` loops, each reporting an order in the estate and taking it through dispatch (to the
 * manager), arrival and completion, one request at a time: `writers` connections of writes. Stops
 * after the step in flight; answers the orders reported and completed.
 */
function workOrderWriters(apiUrl, token, estateId, assigneeUserId, writers) {
  let stopped = false;
  let created = 0;
  let completed = 0;
  let failures = 0;
  const step = async (mutation, input) => {
    const data = await graphql(apiUrl, token, mutation, { i: input });
    return Object.values(data)[0];
  };
  const loop = async (w) => {
    for (let n = 0; !stopped; n++) {
      try {
        let order = await step(
          'mutation($i: CreateWorkOrderInput!) { createWorkOrder(input: $i) { id version } }',
          {
            estateId,
            locationKind: 'UNIT',
            location: `${(w % 30) + 1}-${(n % 3) + 1}-${(n % 18) + 1}01`,
            category: 'PLUMBING_ELECTRICAL',
            kind: n % 10 === 0 ? 'URGENT' : 'MINOR',
            description: `基准测试写入 ${w}/${n}`,
            channel: 'PHONE',
            reporterName: '基准测试',
            reporterPhone: '13900000000',
          },
        );
        created++;
        order = await step(
          'mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { id version } }',
          { id: order.id, version: order.version, assigneeUserId },
        );
        order = await step(
          'mutation($i: ArriveWorkOrderInput!) { arriveWorkOrder(input: $i) { id version } }',
          { id: order.id, version: order.version },
        );
        await step('mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { id version } }', {
          id: order.id,
          version: order.version,
          qualityPassed: true,
        });
        completed++;
      } catch (error) {
        failures++;
        if (failures === 1) console.error(`\n  a write failed: ${error.message}`);
      }
    }
  };
  const running = Array.from({ length: writers }, (_, w) => loop(w));
  return {
    stop: async () => {
      stopped = true;
      await Promise.all(running);
      return { writes: completed, created, completed, failures };
    },
  };
}

async function main() {
  let settings;
  try {
    settings = parseBenchSettings(process.argv.slice(2), process.env, {
      connections: 10,
      targets: TARGET_NAMES,
      numbers: {
        orders: { fallback: 100_000, min: 1 },
        writers: { fallback: 10, min: 1 },
        'board-writers': { fallback: 2, min: 1 },
      },
    });
  } catch (error) {
    console.error(`${error.message} (see --help)`);
    return 2;
  }
  if (settings.help) {
    console.log(usageOf(import.meta.url));
    return 0;
  }
  if (!fs.existsSync(path.join(apiDist, 'seed', 'work-orders-scale.js'))) {
    console.error('The API is not built: use ./scripts/bench/run --suite=work-orders, which builds it.');
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
    const env = {
      ...process.env,
      ...database.env,
      LOG_LEVEL: 'silent',
      PORT: '0',
      JOBS: 'off',
      BENCH_WORK_ORDERS: String(settings.orders),
    };
    delete env.REDIS_URL;
    if (database.kind === 'pglite') delete env.DATABASE_URL;
    const profDir = path.join(benchDir, 'results', 'prof');
    if (settings.cpuProf) fs.mkdirSync(profDir, { recursive: true });
    process.stdout.write(
      `starting servers (demo data and ${settings.orders.toLocaleString('en')} work orders)… `,
    );
    const started = Date.now();
    const api = await startChild('api', 'api.mjs', env);
    const lookup = api.tenantLookupPort
      ? { port: api.tenantLookupPort, poolMax: api.poolMax, child: api.child, shared: true }
      : await startChild('tenant-lookup', 'tenant-lookup.mjs', env);
    console.log(`ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);

    const apiUrl = `http://127.0.0.1:${api.port}/graphql`;
    const signIn = async (email) =>
      (
        await graphql(
          apiUrl,
          null,
          'mutation Login($input: LoginInput!) { login(input: $input) { token } }',
          {
            input: { email, password: 'demo12345' },
          },
        )
      ).login.token;
    const managerToken = await signIn('manager@anju.demo');
    const adminToken = await signIn('admin@anju.demo');
    const { company, me, estates } = await graphql(
      apiUrl,
      managerToken,
      '{ company { id } me { id } estates(first: 100) { edges { node { id code } } } }',
    );
    const estateId = estates.edges.map((e) => e.node).find((e) => e.code === 'HZ-CHY').id;
    const { workOrders } = await graphql(apiUrl, managerToken, LIST, { f: { estateId }, first: 1 });
    console.log(`翠湖苑 holds ${workOrders.totalCount.toLocaleString('en')} work orders`);
    if (workOrders.totalCount < settings.orders) throw new Error('the work orders were not loaded');

    let n = 0;
    const listBody = () => ({
      query: LIST,
      variables: { f: { estateId, ...FILTERS[n++ % FILTERS.length] }, first: 20 },
    });
    const matrixBody = { query: MATRIX, variables: { f: { period: thisMonth() } } };
    const allTargets = [
      {
        name: 'tenant-lookup',
        server: lookup.child,
        label: 'bare withTenant lookup',
        url: `http://127.0.0.1:${lookup.port}/lookup`,
        body: { companyId: company.id, id: estateId },
        token: null,
        check: (json) => json.estate?.id === estateId,
      },
      {
        name: 'board',
        server: api.child,
        label: 'API workOrderBoard',
        url: apiUrl,
        body: { query: BOARD, variables: { e: estateId } },
        token: managerToken,
        check: (json) =>
          json.data?.workOrderBoard?.columns?.length === 5 &&
          json.data.workOrderBoard.columns.reduce((s, c) => s + c.count, 0) > 0,
        verifyBody: (body) => body.startsWith('{"data":{"workOrderBoard":{') && !body.includes('"errors"'),
      },
      {
        name: 'list',
        server: api.child,
        label: 'API workOrders, filtered page of 20',
        url: apiUrl,
        body: listBody(),
        everyBody: () => JSON.stringify(listBody()),
        token: managerToken,
        check: (json) => json.data?.workOrders?.totalCount > 0 && json.data.workOrders.edges.length > 0,
        verifyBody: (body) =>
          body.startsWith('{"data":{"workOrders":{"totalCount":') && !body.includes('"errors"'),
      },
      {
        name: 'board-writes',
        server: api.child,
        label: `  the board, ${settings['board-writers']} writers of work orders`,
        url: apiUrl,
        body: { query: BOARD, variables: { e: estateId } },
        token: managerToken,
        check: (json) => json.data?.workOrderBoard?.columns?.length === 5,
        verifyBody: (body) => body.startsWith('{"data":{"workOrderBoard":{') && !body.includes('"errors"'),
        during: () => workOrderWriters(apiUrl, managerToken, estateId, me.id, settings['board-writers']),
      },
      {
        name: 'list-writes',
        server: api.child,
        label: `  the list, ${settings['board-writers']} writers of work orders`,
        url: apiUrl,
        body: listBody(),
        everyBody: () => JSON.stringify(listBody()),
        token: managerToken,
        check: (json) => json.data?.workOrders?.totalCount > 0,
        verifyBody: (body) =>
          body.startsWith('{"data":{"workOrders":{"totalCount":') && !body.includes('"errors"'),
        during: () => workOrderWriters(apiUrl, managerToken, estateId, me.id, settings['board-writers']),
      },
      {
        name: 'matrix',
        server: api.child,
        label: `API comparisonMatrix ${matrixBody.variables.f.period}`,
        url: apiUrl,
        body: matrixBody,
        token: adminToken,
        check: (json) => json.data?.comparisonMatrix?.rows?.length > 0,
        verifyBody: (body) => body.startsWith('{"data":{"comparisonMatrix":{') && !body.includes('"errors"'),
      },
      {
        name: 'matrix-writes',
        server: api.child,
        label: `  the same, ${settings.writers} writers of work orders`,
        url: apiUrl,
        body: matrixBody,
        token: adminToken,
        check: (json) => json.data?.comparisonMatrix?.rows?.length > 0,
        verifyBody: (body) => body.startsWith('{"data":{"comparisonMatrix":{') && !body.includes('"errors"'),
        during: () => workOrderWriters(apiUrl, managerToken, estateId, me.id, settings.writers),
      },
    ];
    // The board and the list asked afresh every time: an extra variable the operation does not
    // declare (GraphQL ignores it) makes each request's answer-cache key unique, so every request
    // computes and serialises its answer, as after a write in the estate. The query text stays
    // the same, so parsing and validation stay cached as they would be.
    let fresh = 0;
    for (const name of ['board', 'list']) {
      const base = allTargets.find((t) => t.name === name);
      const bodyOf = base.everyBody ? () => JSON.parse(base.everyBody()) : () => base.body;
      allTargets.splice(allTargets.indexOf(base) + 1, 0, {
        ...base,
        name: `${name}-fresh`,
        label: `  the same, uncached`,
        everyBody: () => {
          const body = bodyOf();
          return JSON.stringify({ ...body, variables: { ...body.variables, fresh: ++fresh } });
        },
      });
    }
    const targets = allTargets.filter((t) => !settings.only.length || settings.only.includes(t.name));
    for (const target of targets) {
      target.headers = {
        'content-type': 'application/json',
        ...(target.token ? { authorization: `Bearer ${target.token}` } : {}),
      };
      target.expectBody = await verify(target);
    }
    console.log(
      `autocannon: ${settings.connections} connections, ${settings.warmup} s warm-up + ${settings.duration} s per target, ${settings.rounds} round(s)`,
    );
    const runs = Object.fromEntries(targets.map((t) => [t.name, []]));
    const profiles = [];
    for (let round = 1; round <= settings.rounds && !interrupted; round++) {
      for (const target of targets) {
        if (interrupted) break;
        process.stdout.write(`  round ${round}: ${target.label.trim()}… `);
        const run = await measuredRun(target, settings, {
          round,
          profDir: settings.cpuProf ? profDir : undefined,
        });
        if (run.profileCommand) profiles.push(run.profileCommand);
        runs[target.name].push(run);
        console.log(
          `${fixed(run.requestsPerSecond, 0)} req/s, p50 ${fixed(run.p50Ms)} ms, p99 ${fixed(run.p99Ms)} ms` +
            (run.beside
              ? `; ${run.beside.created} orders reported, ${run.beside.completed} completed, ${run.beside.failures} failed`
              : ''),
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
    printTable(rows);
    const byName = Object.fromEntries(rows.map((r) => [r.name, r.summary]));
    const checks = [];
    const goal = (label, value, goalText, pass, detail) => {
      checks.push({ name: label, value, goal: goalText, pass });
      console.log(
        `Goal: ${pad(label, 44, true)}${pad(`${fixed(value, 2)}×`, 8)}  ${pad(goalText, 6, true)}  ${pass ? 'PASS' : 'FAIL'}  (${detail})`,
      );
    };
    console.log();
    const base = byName['tenant-lookup'];
    for (const name of ['board', 'list']) {
      const row = byName[name];
      if (!row || !base) continue;
      const ratio = row.requestsPerSecond / base.requestsPerSecond;
      goal(
        `${name} ÷ bare lookup (req/s)`,
        ratio,
        `≥ ${THROUGHPUT_GOAL}×`,
        ratio >= THROUGHPUT_GOAL,
        `${fixed(row.requestsPerSecond, 0)} vs ${fixed(base.requestsPerSecond, 0)} req/s`,
      );
    }
    // Measured, no goal: every answer computed afresh (-fresh), and reads while the estate's orders
    // change (-writes): what a read costs when no cached answer can serve it.
    for (const name of ['board-fresh', 'list-fresh', 'board-writes', 'list-writes']) {
      const row = byName[name];
      if (!row || !base) continue;
      const writes = name.endsWith('-writes')
        ? `; ${runs[name].map((r) => r.beside?.completed ?? 0).join('+')} orders completed beside`
        : '';
      console.log(
        `Seen: ${pad(`${name} ÷ bare lookup (req/s)`, 44, true)}${pad(`${fixed(row.requestsPerSecond / base.requestsPerSecond, 2)}×`, 8)}  (${fixed(row.requestsPerSecond, 0)} req/s, ${fixed(row.serverCpuMicrosPerRequest, 0)} CPU µs/req${writes})`,
      );
    }
    const alone = byName.matrix;
    const busy = byName['matrix-writes'];
    if (alone && busy) {
      const ratio = busy.p99Ms / alone.p99Ms;
      const writes = runs['matrix-writes'].map((r) => r.beside?.completed ?? 0).join('+');
      goal(
        'matrix p99, work orders written ÷ alone',
        ratio,
        `≤ ${MATRIX_P99_GOAL}×`,
        ratio <= MATRIX_P99_GOAL,
        `${fixed(busy.p99Ms)} vs ${fixed(alone.p99Ms)} ms; ${writes} orders completed beside`,
      );
    }
    const failed = rows.filter(
      (r) => r.summary.errors + r.summary.non2xx + r.summary.timeouts + r.summary.mismatches > 0,
    );
    const writeFailures = ['matrix-writes', 'board-writes', 'list-writes']
      .flatMap((name) => runs[name] ?? [])
      .reduce((s, r) => s + (r.beside?.failures ?? 0), 0);
    if (failed.length || writeFailures)
      console.log(
        `\nWARNING: failed responses in ${[...failed.map((r) => r.name), ...(writeFailures ? [`${writeFailures} writes`] : [])].join(', ')}: those figures are not valid.`,
      );
    const resultsFile = path.join(benchDir, 'results', 'work-orders.json');
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
          dataset: { workOrdersInEstate: workOrders.totalCount },
          targets: rows,
          checks,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nresults: ${path.relative(process.cwd(), resultsFile)}`);
    for (const command of profiles) console.log(`  ${command}`);
    return failed.length || writeFailures ? 1 : 0;
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
