/**
 * What every bench suite shares (index.mjs: the API against its baselines; comparison.mjs: the
 * comparison pages on the scale data set): child servers, the bench database, checked requests,
 * autocannon runs with the server's CPU time and event-loop use, medians and the results table.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { benchDir, importDist } from './paths.mjs';

// ---------------------------------------------------------------------------------------------
// Child processes

const children = [];

export function startChild(name, file, env) {
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

export async function stopChildren() {
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
export function ask(child, message, answer) {
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

export async function prepareDatabase() {
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
      PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
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

export async function post(url, body, headers) {
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

export async function graphql(url, token, query, variables) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const { status, json, text } = await post(url, { query, variables }, headers);
  if (status !== 200 || !json?.data || json.errors) throw new Error(`${query} → HTTP ${status}: ${text}`);
  return json.data;
}

/** One request, checked, before any measuring: its body becomes autocannon's expected body. */
export async function verify(target) {
  const { status, text, json } = await post(target.url, target.body, target.headers);
  const problems = [];
  if (status !== 200) problems.push(`HTTP ${status}`);
  if (!json) problems.push('not JSON');
  else if (json.errors) problems.push('has errors');
  else if (!target.check(json)) problems.push('unexpected content');
  if (problems.length) throw new Error(`${target.name}: ${problems.join(', ')}: ${text.slice(0, 500)}`);
  return text;
}

/**
 * autocannon appends each chunk of a response to a string (`body += chunk`), which breaks a UTF-8
 * character split across two chunks: a large body with Chinese text never equals the expected one
 * even when the server sent the very same bytes. Such bodies are compared without their non-ASCII
 * characters (ids, numbers, codes and judgements are ASCII, so a wrong answer is still caught).
 */
const asciiOnly = (text) => text.replace(/[^ -~\n\r\t]/g, '');

function bodyCheck(expected) {
  if (!expected || expected.length < 16_384 || asciiOnly(expected).length === expected.length)
    return { expectBody: expected };
  const ascii = asciiOnly(expected);
  return { verifyBody: (body) => asciiOnly(body) === ascii };
}

export async function measure(target, settings, seconds) {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: target.headers,
    body: JSON.stringify(target.body),
    // A target may vary each request's body (e.g. to defeat a cache) and fix its own concurrency.
    ...(target.everyBody && {
      requests: [{ setupRequest: (req) => ({ ...req, body: target.everyBody() }) }],
    }),
    connections: target.connections ?? settings.connections,
    pipelining: settings.pipelining,
    duration: seconds,
    // A target whose answers change during the run checks each one with its own `verifyBody`.
    ...(target.verifyBody ? { verifyBody: target.verifyBody } : bodyCheck(target.expectBody)),
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

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export function summarise(runs) {
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

export const pad = (value, width, left = false) =>
  left ? String(value).padEnd(width) : String(value).padStart(width);
export const fixed = (value, digits = 1) => (value == null ? '—' : Number(value).toFixed(digits));

export function printTable(rows) {
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

/**
 * One measured run of a target after its warm-up: autocannon's figures plus the server's CPU time
 * per request and event-loop use over the run, and (with `profDir`) a CPU profile of the run only.
 */
export async function measuredRun(target, settings, { round = 1, profDir } = {}) {
  if (settings.warmup > 0) await measure(target, settings, settings.warmup);
  if (profDir) await ask(target.server, { type: 'profile-start' }, 'profile-started');
  const before = await ask(target.server, { type: 'usage' }, 'usage');
  // A target may run something beside its requests (e.g. writes); it reports what it did.
  const beside = target.during?.();
  const run = await measure(target, settings, settings.duration);
  if (beside) run.beside = await beside.stop();
  const after = await ask(target.server, { type: 'usage' }, 'usage');
  const cpuMicros = after.cpu.user - before.cpu.user + (after.cpu.system - before.cpu.system);
  run.serverCpuMicrosPerRequest = run.total ? cpuMicros / run.total : null;
  run.serverUserMicrosPerRequest = run.total ? (after.cpu.user - before.cpu.user) / run.total : null;
  run.serverSystemMicrosPerRequest = run.total ? (after.cpu.system - before.cpu.system) / run.total : null;
  run.serverCpuShare =
    cpuMicros / 1000 / (after.elu.idle + after.elu.active - before.elu.idle - before.elu.active);
  run.serverEventLoopUtilization =
    (after.elu.active - before.elu.active) /
    (after.elu.idle + after.elu.active - before.elu.idle - before.elu.active);
  if (profDir) {
    const file = path.join(profDir, `${target.name}${settings.rounds > 1 ? `.${round}` : ''}.cpuprofile`);
    await ask(target.server, { type: 'profile-stop', file }, 'profile-stopped');
    run.profile = path.relative(process.cwd(), file);
    run.profileCommand = `node scripts/bench/profile-summary.mjs ${run.profile} --requests=${run.total}`;
  }
  return run;
}

/** The machine, for the results file. */
export function machine() {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
  };
}

/** `--help`: the first doc comment of the calling script. */
export function usageOf(url) {
  const source = fs.readFileSync(new URL(url), 'utf8');
  return /\/\*\*([\s\S]*?)\*\//
    .exec(source)[1]
    .replace(/^ \* ?/gm, '')
    .trimEnd();
}
