#!/usr/bin/env node
/**
 * Summarises a V8 .cpuprofile (from `./scripts/bench/run --cpu-prof`): where the time went, by
 * package and by function, self time and inclusive time (each function counted once per stack,
 * so recursion does not inflate it).
 *
 *   node scripts/bench/profile-summary.mjs scripts/bench/results/prof/estate.cpuprofile [--top=25] [--requests=N]
 *
 * With --requests (printed by the bench for each profile) times are also shown per request.
 * The samples are wall-clock: on a busy machine a process preempted inside a system call (typically
 * `writeBuffer`, a socket write that wakes PostgreSQL) is charged there, so compare those native
 * entries with the CPU µs/req column of the bench rather than reading them as CPU time.
 */
import fs from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const option = (name, fallback) =>
  Number(
    new RegExp(`^--${name}=(\\d+)$`).exec(args.find((a) => a.startsWith(`--${name}=`)) ?? '')?.[1] ??
      fallback,
  );
const top = option('top', 25);
const requests = option('requests', 0);
if (!file) {
  console.error('usage: node scripts/bench/profile-summary.mjs <file.cpuprofile> [--top=25]');
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));

/** "express", "api:graphql/context.js", "node:internal/…", "(garbage collector)". */
function packageOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm) return pnpm[1];
  const api = /apps\/api\/dist\/(.*)$/.exec(url);
  if (api) return `api:${api[1]}`;
  if (url.startsWith('node:')) return url.replace(/^node:(internal\/)?/, 'node:').split('/')[0];
  const bench = /scripts\/bench\/(.*)$/.exec(url);
  if (bench) return `bench:${bench[1]}`;
  return url;
}

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const idle = [...self.entries()]
  .filter(([id]) => nodes.get(id).callFrame.functionName === '(idle)')
  .reduce((a, [, t]) => a + t, 0);

const keyOf = (n) => {
  const f = n.callFrame;
  const where = f.url
    ? `${packageOf(f.url, f.functionName)}:${f.lineNumber + 1}`
    : packageOf('', f.functionName);
  return `${f.functionName || '(anonymous)'}  ${where}`;
};

const inclusiveNode = new Map();
function inclusiveOf(id) {
  if (inclusiveNode.has(id)) return inclusiveNode.get(id);
  const n = nodes.get(id);
  let t = self.get(id) ?? 0;
  for (const child of n.children ?? []) t += inclusiveOf(child);
  inclusiveNode.set(id, t);
  return t;
}

const selfByFunction = new Map();
const selfByPackage = new Map();
const inclusiveByFunction = new Map();
const inclusiveByPackage = new Map();
const active = new Map();
const activePkg = new Map();
const root = profile.nodes[0].id;
// Iterative depth-first walk: stacks can be deep.
const stack = [{ id: root, enter: true }];
while (stack.length) {
  const { id, enter } = stack.pop();
  const n = nodes.get(id);
  const key = keyOf(n);
  const pkg = packageOf(n.callFrame.url, n.callFrame.functionName);
  if (!enter) {
    active.set(key, active.get(key) - 1);
    activePkg.set(pkg, activePkg.get(pkg) - 1);
    continue;
  }
  const t = self.get(id) ?? 0;
  selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + t);
  selfByPackage.set(pkg, (selfByPackage.get(pkg) ?? 0) + t);
  if (!active.get(key)) inclusiveByFunction.set(key, (inclusiveByFunction.get(key) ?? 0) + inclusiveOf(id));
  if (!activePkg.get(pkg)) inclusiveByPackage.set(pkg, (inclusiveByPackage.get(pkg) ?? 0) + inclusiveOf(id));
  active.set(key, (active.get(key) ?? 0) + 1);
  activePkg.set(pkg, (activePkg.get(pkg) ?? 0) + 1);
  stack.push({ id, enter: false });
  for (const child of n.children ?? []) stack.push({ id: child, enter: true });
}

const busy = total - idle;
const pct = (t) =>
  `${((100 * t) / busy).toFixed(1).padStart(5)}%${requests ? `${(t / requests).toFixed(1).padStart(8)} µs/req` : ''}`;
function print(title, map) {
  console.log(`\n${title}`);
  const rows = [...map.entries()]
    .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(root)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  for (const [k, t] of rows) console.log(`  ${pct(t)}  ${k}`);
}

console.log(
  `${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (${((100 * busy) / total).toFixed(0)}%); percentages are of busy time`,
);
if (requests) console.log(`${requests} requests: ${(busy / requests).toFixed(0)} µs busy per request`);
print('self time by package', selfByPackage);
print('inclusive time by package (time spent in or below the package)', inclusiveByPackage);
print('self time by function', selfByFunction);
print('inclusive time by function', inclusiveByFunction);
