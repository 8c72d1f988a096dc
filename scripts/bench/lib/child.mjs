/**
 * The child side of the parent/child protocol: each server runs in its own process so that
 * autocannon (in the parent) never shares an event loop with what it measures. A child reports
 * `{ type: 'ready', ...info }` once listening and shuts down cleanly on `{ type: 'stop' }`, on
 * SIGTERM or when the parent goes away. With `--cpu-prof` the parent brackets each measured run
 * with `profile-start` / `profile-stop` (V8's sampling profiler through node:inspector), so a
 * profile holds that target's load only, not start-up, migrations or warm-up.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';

export function serveUntilStopped(info, stop) {
  let stopping = false;
  let profiler;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await stop();
    } catch (error) {
      console.error(error);
    } finally {
      process.exit(0);
    }
  };
  process.on('message', async (message) => {
    if (message?.type === 'stop') void shutdown();
    if (message?.type === 'usage') {
      // CPU time of this process (all threads: the JS thread, libuv, GC helpers) and how busy its
      // event loop was: the parent takes the difference across a measured run.
      process.send({ type: 'usage', cpu: process.cpuUsage(), elu: performance.eventLoopUtilization() });
    }
    if (message?.type === 'profile-start') {
      profiler = new Session();
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
      process.send({ type: 'profile-started' });
    }
    if (message?.type === 'profile-stop' && profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      profiler.disconnect();
      profiler = undefined;
      fs.writeFileSync(message.file, JSON.stringify(profile));
      process.send({ type: 'profile-stopped', file: message.file });
    }
  });
  process.on('SIGTERM', () => void shutdown());
  process.on('disconnect', () => void shutdown());
  process.send({ type: 'ready', ...info });
}

/** Any failure while starting ends the child with a message the parent shows. */
export function failStart(name) {
  return (error) => {
    console.error(`[bench:${name}] failed to start:`, error);
    process.exit(1);
  };
}

/** Reads a request body as JSON (undefined when it is not JSON). */
export function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('error', reject);
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        resolve(undefined);
      }
    });
  });
}

export function sendJson(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
