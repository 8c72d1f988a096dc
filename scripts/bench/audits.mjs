#!/usr/bin/env node
/**
 * Audits benchmark (issue 9): answering audit items as auditors do on site, against the bare
 * tenant-transaction lookup measured in the same run, on the demo data (apps/api seed/demo.ts):
 *
 *   tenant-lookup     node:http doing `select * from estates where company_id = $1 and id = $2` in
 *                     the same withTenant transaction the API uses (no GraphQL, no sign-in): baseline
 *   floor             the API's `{ __typename }` as auditor@anju.demo: what any signed-in operation
 *                     costs before it reads anything (HTTP, sign-in, GraphQL), for reading the others
 *   save-audit-item   the API's saveAuditItem as auditor@anju.demo: every request answers the next
 *                     item of 40 spot checks in progress (consecutive requests on different audits)
 *                     with a new client key and the item's current version, so each one is a real
 *                     write (change log, idempotency key, version check), never a replay
 *   audit             the API's audit(id) with its answers and live score (what the form reloads)
 *
 * Goal (issue 9): saveAuditItem at 10 connections ≥ 0.3× the throughput of the bare lookup.
 * Printed PASS/FAIL; the exit code stays 0 unless the setup fails or a target answers wrongly.
 *
 *   ./scripts/bench/run --suite=audits                          PGlite in a temporary directory
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres ./scripts/bench/run --suite=audits
 *
 *   --connections=N  BENCH_CONNECTIONS  (10)    --duration=S  BENCH_DURATION  (10)
 *   --warmup=S       BENCH_WARMUP       (2)     --rounds=N    BENCH_ROUNDS    (1; medians)
 *   --only=a,b       BENCH_ONLY                 --cpu-prof    BENCH_CPU_PROF=1
 *
 * Results go to results/audits.json.
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

const GOAL = 0.3;
const AUDITS = 40;
const TARGET_NAMES = ['tenant-lookup', 'floor', 'save-audit-item', 'audit'];

const SAVE = `mutation Save($input: SaveAuditItemInput!) {
  saveAuditItem(input: $input) { itemKey kind score note version } }`;
const READ = `query Audit($id: ID!) { audit(id: $id) { id status version
  answers { itemKey kind score note version }
  score { total { earned max percent grade { grade } failed answered unanswered } } } }`;

/**
 * Spot checks in progress for the auditor, one per estate in turn, all on the demo's template
 * version; answers their ids and every item key of the template.
 */
async function planAudits(apiUrl, token) {
  const data = await graphql(
    apiUrl,
    token,
    `{ estates(first: 100) { edges { node { id status } } }
       audits(first: 1, filter: { kind: QUARTERLY }) { edges { node { templateVersion { id
         content { sections { items { key maxScore } } } } } } } }`,
  );
  const estates = data.estates.edges.map((e) => e.node).filter((e) => e.status === 'MANAGED');
  const version = data.audits.edges[0].node.templateVersion;
  const items = version.content.sections.flatMap((s) => s.items);
  const me = await graphql(apiUrl, token, '{ me { id } }');
  const now = Date.now();
  const ids = [];
  for (let i = 0; i < AUDITS; i++) {
    const planned = await graphql(
      apiUrl,
      token,
      'mutation($input: PlanAuditInput!) { planAudit(input: $input) { id } }',
      {
        input: {
          estateId: estates[i % estates.length].id,
          kind: 'SPOT_CHECK',
          templateVersionId: version.id,
          plannedAt: new Date(now + 60_000).toISOString(),
          dueAt: new Date(now + 86_400_000).toISOString(),
          auditorUserIds: [me.me.id],
          title: `基准测试抽查 ${i + 1}`,
        },
      },
    );
    ids.push(planned.planAudit.id);
  }
  return { auditIds: ids, items, estateId: estates[0].id };
}

async function main() {
  let settings;
  try {
    settings = parseBenchSettings(process.argv.slice(2), process.env, {
      connections: 10,
      targets: TARGET_NAMES,
    });
  } catch (error) {
    console.error(`${error.message} (see --help)`);
    return 2;
  }
  if (settings.help) {
    console.log(usageOf(import.meta.url));
    return 0;
  }
  if (!fs.existsSync(path.join(apiDist, 'server.js'))) {
    console.error('The API is not built: use ./scripts/bench/run --suite=audits, which builds it.');
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
    const env = { ...process.env, ...database.env, LOG_LEVEL: 'silent', PORT: '0', JOBS: 'off' };
    delete env.REDIS_URL;
    if (database.kind === 'pglite') delete env.DATABASE_URL;
    const profDir = path.join(benchDir, 'results', 'prof');
    if (settings.cpuProf) fs.mkdirSync(profDir, { recursive: true });
    process.stdout.write('starting servers (demo data)… ');
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
      { input: { email: 'auditor@anju.demo', password: 'demo12345' } },
    );
    const token = login.login.token;
    const { company } = await graphql(apiUrl, token, '{ company { id } }');
    process.stdout.write(`planning ${AUDITS} spot checks… `);
    const { auditIds, items, estateId } = await planAudits(apiUrl, token);
    const slots = auditIds.length * items.length;
    console.log(`${slots} items to answer`);

    // Request j answers slot j mod slots for the (j div slots)-th time: the version it finds is
    // j div slots (0: not answered yet). With far more slots than requests in flight, answers to
    // one item never overlap, so each request is a fresh write that must succeed.
    let j = 0;
    const saveBody = () => {
      const n = j++;
      const slot = n % slots;
      // Consecutive requests go to different audits, as ten auditors each on their own audit do
      // (saves of one audit queue behind each other for a moment: they lock it against submission).
      const auditIndex = slot % auditIds.length;
      const item = items[Math.floor(slot / auditIds.length)];
      const fail = n % 7 === 3;
      return {
        query: SAVE,
        variables: {
          input: {
            auditId: auditIds[auditIndex],
            itemKey: item.key,
            clientKey: `bench-${process.pid}-${n}`,
            expectedVersion: Math.floor(n / slots),
            kind: fail ? 'FAIL' : 'SCORE',
            score: fail ? null : item.maxScore,
            note: fail ? `基准测试：第 ${n} 次作答不合格` : null,
            photoFileIds: [],
          },
        },
      };
    };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const allTargets = [
      {
        name: 'tenant-lookup',
        server: lookup.child,
        label: 'bare withTenant lookup',
        url: `http://127.0.0.1:${lookup.port}/lookup`,
        body: { companyId: company.id, id: estateId },
        check: (json) => json.estate?.id === estateId,
      },
      {
        name: 'floor',
        server: api.child,
        label: 'API { __typename }',
        url: apiUrl,
        body: { query: '{ __typename }' },
        check: (json) => json.data?.__typename === 'Query',
      },
      {
        name: 'save-audit-item',
        server: api.child,
        label: 'API saveAuditItem',
        url: apiUrl,
        body: saveBody(),
        check: (json) => json.data?.saveAuditItem?.version >= 1,
        everyBody: () => JSON.stringify(saveBody()),
        // Every answer is a different item at its next version: checked for its shape.
        verifyBody: (body) => body.startsWith('{"data":{"saveAuditItem":{') && !body.includes('"errors"'),
      },
      {
        name: 'audit',
        server: api.child,
        label: 'API audit(id) with answers',
        url: apiUrl,
        body: { query: READ, variables: { id: auditIds[1] } },
        check: (json) => json.data?.audit?.answers?.length >= 0 && json.data.audit.score != null,
        verifyBody: (body) => body.startsWith('{"data":{"audit":{') && !body.includes('"errors"'),
      },
    ];
    const targets = allTargets.filter((t) => !settings.only.length || settings.only.includes(t.name));
    for (const target of targets) {
      target.headers = headers;
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
        process.stdout.write(`  round ${round}: ${target.label}… `);
        const run = await measuredRun(target, settings, {
          round,
          profDir: settings.cpuProf ? profDir : undefined,
        });
        if (run.profileCommand) profiles.push(run.profileCommand);
        runs[target.name].push(run);
        console.log(
          `${fixed(run.requestsPerSecond, 0)} req/s, p50 ${fixed(run.p50Ms)} ms, p99 ${fixed(run.p99Ms)} ms`,
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
    console.log();
    if (byName['save-audit-item'] && byName['tenant-lookup']) {
      const ratio = byName['save-audit-item'].requestsPerSecond / byName['tenant-lookup'].requestsPerSecond;
      const pass = ratio >= GOAL;
      checks.push({ name: 'saveAuditItem ÷ bare lookup (req/s)', value: ratio, goal: `≥ ${GOAL}×`, pass });
      console.log(
        `Goal: ${pad('saveAuditItem ÷ bare lookup (req/s)', 40, true)}${pad(`${fixed(ratio, 2)}×`, 8)}  ≥ ${GOAL}×  ${pass ? 'PASS' : 'FAIL'}` +
          `  (${fixed(byName['save-audit-item'].requestsPerSecond, 0)} vs ${fixed(byName['tenant-lookup'].requestsPerSecond, 0)} req/s)`,
      );
    }
    const failed = rows.filter(
      (r) => r.summary.errors + r.summary.non2xx + r.summary.timeouts + r.summary.mismatches > 0,
    );
    if (failed.length)
      console.log(
        `\nWARNING: failed responses in ${failed.map((r) => r.name).join(', ')}: those figures are not valid.`,
      );
    const resultsFile = path.join(benchDir, 'results', 'audits.json');
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
          dataset: { audits: auditIds.length, itemsPerAudit: items.length, answersWritten: j },
          targets: rows,
          checks,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nresults: ${path.relative(process.cwd(), resultsFile)}`);
    for (const command of profiles) console.log(`  ${command}`);
    return failed.length ? 1 : 0;
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
