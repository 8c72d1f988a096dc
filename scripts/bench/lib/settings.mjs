/**
 * The command line and environment every suite reads: autocannon's load (connections, duration,
 * warm-up, rounds, pipelining), which targets run (`--only`), CPU profiles, and a suite's own
 * numeric options. Unknown options and targets are refused, so a typo never measures the wrong thing.
 *
 *   connections   default connection count of the suite
 *   targets       the suite's target names (`--only` is checked against them), or undefined
 *   pipelining    true: `--pipelining` / BENCH_PIPELINING is an option (else always 1)
 *   numbers       the suite's own options: { estates: { fallback: 500, min: 50 } } → settings.estates
 */
export function parseBenchSettings(argv, env, { connections, targets, pipelining = false, numbers = {} }) {
  const flags = {};
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument: ${arg}`);
    flags[match[1]] = match[2] ?? 'true';
  }
  const known = [
    'connections',
    'duration',
    'warmup',
    'rounds',
    'only',
    'cpu-prof',
    'help',
    ...(pipelining ? ['pipelining'] : []),
    ...Object.keys(numbers),
  ];
  for (const key of Object.keys(flags)) if (!known.includes(key)) throw new Error(`unknown option: --${key}`);
  const number = (flag, name, fallback, min) => {
    const raw = flags[flag] ?? (name ? env[name] : undefined);
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min)
      throw new Error(`--${flag}${name ? ` / ${name}` : ''} must be a number ≥ ${min}`);
    return value;
  };
  const only = (flags.only ?? env.BENCH_ONLY ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = targets ? only.filter((n) => !targets.includes(n)) : [];
  if (unknown.length)
    throw new Error(`unknown target(s) ${unknown.join(', ')}; known: ${targets.join(', ')}`);
  const settings = {
    help: flags.help === 'true',
    connections: number('connections', 'BENCH_CONNECTIONS', connections, 1),
    duration: number('duration', 'BENCH_DURATION', 10, 1),
    warmup: number('warmup', 'BENCH_WARMUP', 2, 0),
    rounds: number('rounds', 'BENCH_ROUNDS', 1, 1),
    pipelining: pipelining ? number('pipelining', 'BENCH_PIPELINING', 1, 1) : 1,
    only,
    cpuProf: flags['cpu-prof'] === 'true' || env.BENCH_CPU_PROF === '1',
  };
  for (const [flag, { fallback, min }] of Object.entries(numbers))
    settings[flag] = number(flag, undefined, fallback, min);
  return settings;
}
