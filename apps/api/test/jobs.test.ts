/**
 * The durable job queue (jobs/): scheduled jobs wait until due, failing jobs are retried with
 * backoff and then recorded as failed, each job runs in a transaction for its company, and with
 * two API instances on one database a job runs once. Runs on PGlite and on PostgreSQL.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { type Database, openDatabase, rowsOf } from '../src/db/client.js';
import type { Jobs } from '../src/jobs/index.js';
import { createApp } from '../src/server.js';
import { startTestKit, TEST_LIMITS, type TestCompany, type TestKit } from './kit.js';

let kit: TestKit;
let a: TestCompany;
let b: TestCompany;
const seen: { name: string; companyId: string; settingCompany: string; at: number; retryCount: number }[] =
  [];

function define(jobs: Jobs) {
  jobs.define<{ note: string }>({
    name: 'test.record',
    retryLimit: 0,
    handler: async (job) => {
      // The company the transaction runs for, as RLS sees it.
      const setting = await job.tenant(async (tx) =>
        rowsOf<{ company: string }>(
          await tx.execute(sql`select current_setting('app.company_id') as company`),
        ),
      );
      seen.push({
        name: job.name,
        companyId: job.companyId,
        settingCompany: setting[0]!.company,
        at: Date.now(),
        retryCount: job.retryCount,
      });
    },
  });
  jobs.define<{ note: string }>({
    name: 'test.fail',
    retryLimit: 2,
    retryDelaySeconds: 1,
    retryBackoff: true,
    handler: async (job) => {
      seen.push({
        name: job.name,
        companyId: job.companyId,
        settingCompany: '',
        at: Date.now(),
        retryCount: job.retryCount,
      });
      throw new Error(`boom ${job.data.note}`);
    },
  });
}

/** Polls `check` (a database state the queue writes after the handler returns) until it holds. */
async function until(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  kit = await startTestKit({ env: { JOBS: 'on', JOBS_POLL_INTERVAL_SECONDS: '0.5' }, defineJobs: define });
  a = await kit.company();
  b = await kit.company();
}, 60_000);
afterAll(() => kit?.close());

describe('job queue', () => {
  it('runs a scheduled job only once it is due, in a transaction for its company', async () => {
    const jobs = kit.app.services.jobs;
    const due = new Date(Date.now() + 1500);
    // Filtered by name: another job (the nightly one, if its hour comes) may complete meanwhile.
    const done = new Promise<void>((resolve) =>
      jobs.events.on('completed', ({ name }) => name === 'test.record' && resolve()),
    );
    const id = await jobs.send('test.record', a.id, { note: 'later' }, { startAfter: due });
    expect(await jobs.stateOf('test.record', id!)).toBe('created');
    await done;
    const run = seen.find((s) => s.name === 'test.record')!;
    expect(run.at).toBeGreaterThanOrEqual(due.getTime());
    expect(run.companyId).toBe(a.id);
    expect(run.settingCompany).toBe(a.id);
    await until(async () => (await jobs.stateOf('test.record', id!)) === 'completed');
  }, 30_000);

  it('retries a failing job with backoff, then shows it to its company admin only', async () => {
    const jobs = kit.app.services.jobs;
    const id = await jobs.send('test.fail', a.id, { note: 'x' });
    await until(async () => (await jobs.stateOf('test.fail', id!)) === 'failed', 30_000);
    const attempts = seen.filter((s) => s.name === 'test.fail');
    expect(attempts.map((s) => s.retryCount)).toEqual([0, 1, 2]);
    // Backoff: the second retry waits longer than a plain 1 s delay would.
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThanOrEqual(2000);

    const query = `query { failedJobs { id name error retryCount failedAt } }`;
    const adminA = await a.user('COMPANY_ADMIN');
    const mine = await kit.gql<{
      failedJobs: { id: string; name: string; error: string; retryCount: number }[];
    }>(adminA.token, query);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.failedJobs).toEqual([
      expect.objectContaining({ id, name: 'test.fail', error: 'boom x', retryCount: 2 }),
    ]);
    const adminB = await b.user('COMPANY_ADMIN');
    const theirs = await kit.gql<{ failedJobs: unknown[] }>(adminB.token, query);
    expect(theirs.data!.failedJobs).toEqual([]);
    const manager = await a.user('ESTATE_MANAGER');
    const refused = await kit.gql(manager.token, query);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }, 40_000);
});

describe('two API instances on one database', () => {
  it('run each job exactly once', async () => {
    // A second pool on PostgreSQL (another instance); on PGlite the one embedded database.
    const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
    let second: Database = kit.database;
    if (serverUrl) {
      const [row] = await kit.database.raw<{ name: string }>('select current_database() as name');
      const name = row!.name;
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      second = await openDatabase({ url: url.toString(), poolMax: 3 });
    }
    const other = await createApp(
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        ...TEST_LIMITS,
        JOBS: 'on',
        JOBS_POLL_INTERVAL_SECONDS: '0.5',
      }),
      { database: second, defineJobs: define },
    );
    try {
      const before = seen.filter((s) => s.name === 'test.record').length;
      const ran = new Map<string, number>();
      for (const instance of [kit.app, other]) {
        instance.services.jobs.events.on('completed', ({ id }) => ran.set(id, (ran.get(id) ?? 0) + 1));
      }
      const ids: string[] = [];
      for (let i = 0; i < 20; i += 1)
        ids.push((await kit.app.services.jobs.send('test.record', b.id, { note: `n${i}` }))!);
      const jobs = kit.app.services.jobs;
      await until(async () => {
        for (const id of ids) if ((await jobs.stateOf('test.record', id)) !== 'completed') return false;
        return true;
      });
      expect(ids.map((id) => ran.get(id))).toEqual(ids.map(() => 1));
      expect(seen.filter((s) => s.name === 'test.record').length - before).toBe(20);
    } finally {
      await other.close();
      if (second !== kit.database) await second.close();
    }
  }, 60_000);
});
