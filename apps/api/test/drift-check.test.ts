/**
 * The drift check (job figures.drift-check): computed figures of the company's current and
 * previous month are re-derived from their sources, and those that drifted are rewritten. The
 * source reads a real table the test creates, as an operational module reads its own rows.
 */
import 'reflect-metadata';
import { addMonths } from '@anju/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystem, withTenant } from '../src/db/tenant.js';
import { recomputeFigures } from '../src/modules/figures/index.js';
import { checkDrift, DRIFT_CHECK, NIGHTLY_DRIFT_CHECK, sendDriftChecks } from '../src/modules/jobs/index.js';
import { startTestKit, type TestCompany, type TestKit, THIS_MONTH } from './kit.js';
import { registerPointsSource } from './points-source.js';

let kit: TestKit;
let co: TestCompany;
let unregister: () => void;
const LAST_MONTH = addMonths(THIS_MONTH, -1);
const LONG_AGO = addMonths(THIS_MONTH, -3);

beforeAll(async () => {
  kit = await startTestKit({ env: { JOBS: 'on', JOBS_POLL_INTERVAL_SECONDS: '0.5' } });
  co = await kit.company();
  unregister = await registerPointsSource(kit.database, 'drift_points', 'test-drift');
}, 60_000);
afterAll(async () => {
  unregister?.();
  await kit?.close();
});

async function record(estateId: string, month: string, earned: number, possible: number) {
  await withTenant(kit.database, co.id, async (tx) => {
    await tx.execute(
      sql`insert into drift_points values (${co.id}, ${estateId}, ${month}, ${earned}, ${possible})`,
    );
    await recomputeFigures(tx, co.id, estateId, month, ['audit_score']);
  });
}

/** Makes a stored figure disagree with its source, as a bug or a hand edit of the database would. */
async function tamper(estateId: string, month: string, numerator: number) {
  await withSystem(kit.database, 'test', (tx) =>
    tx.execute(
      sql`update monthly_figures set numerator = ${numerator} where estate_id = ${estateId} and month = ${month} and indicator_code = 'audit_score'`,
    ),
  );
}

async function numeratorOf(estateId: string, month: string): Promise<number[]> {
  const rows = await kit.database.raw<{ numerator: number }>(
    `select numerator from monthly_figures where estate_id = $1 and month = $2 and indicator_code = 'audit_score' order by revision desc limit 1`,
    [estateId, month],
  );
  return rows.map((r) => Number(r.numerator));
}

describe('drift check', () => {
  it('rewrites drifted figures of the last two months from their sources, and leaves older months', async () => {
    const [e0, e1] = co.estates.map((e) => e.id) as [string, string];
    await record(e0, THIS_MONTH, 80, 100);
    await record(e1, LAST_MONTH, 45, 50);
    await record(e0, LONG_AGO, 70, 100);
    await tamper(e0, THIS_MONTH, 10);
    await tamper(e1, LAST_MONTH, 11);
    await tamper(e0, LONG_AGO, 12);

    const jobs = kit.app.services.jobs;
    // Listening before sending, so the completion cannot pass unseen.
    const completed = new Map<string, () => void>();
    const finished = new Set<string>();
    jobs.events.on('completed', (job) => {
      finished.add(job.id);
      completed.get(job.id)?.();
    });
    const id = (await jobs.send(DRIFT_CHECK, co.id, {}))!;
    await new Promise<void>((resolve) => (finished.has(id) ? resolve() : completed.set(id, resolve)));

    expect(await numeratorOf(e0, THIS_MONTH)).toEqual([80]);
    expect(await numeratorOf(e1, LAST_MONTH)).toEqual([45]);
    // Older than the previous month: outside the check.
    expect(await numeratorOf(e0, LONG_AGO)).toEqual([12]);
    // Nothing left to fix.
    expect(await checkDrift(kit.app.services, co.id)).toEqual([]);
  }, 30_000);

  it('reports each drift with the stored and the derived figure', async () => {
    const e2 = co.estates[2]!.id;
    await record(e2, THIS_MONTH, 3, 4);
    await tamper(e2, THIS_MONTH, 1);
    expect(await checkDrift(kit.app.services, co.id)).toEqual([
      {
        estateId: e2,
        month: THIS_MONTH,
        indicatorCode: 'audit_score',
        stored: { numerator: 1, denominator: 4 },
        derived: { numerator: 3, denominator: 4 },
      },
    ]);
    expect(await numeratorOf(e2, THIS_MONTH)).toEqual([3]);
  });
});

describe('nightly drift check', () => {
  it('is scheduled every night in Shanghai time, and queues one check per active company', async () => {
    const jobs = kit.app.services.jobs;
    expect(await jobs.schedules()).toContainEqual({
      name: NIGHTLY_DRIFT_CHECK,
      cron: '30 2 * * *',
      timezone: 'Asia/Shanghai',
    });
    const other = await kit.company();
    const checked = new Set<string>();
    const bothDone = new Promise<void>((resolve) => {
      jobs.events.on('completed', ({ name, companyId }) => {
        if (name !== DRIFT_CHECK) return;
        checked.add(companyId);
        if (checked.has(co.id) && checked.has(other.id)) resolve();
      });
    });
    const queued = await sendDriftChecks(jobs, kit.app.services);
    expect(queued).toBeGreaterThanOrEqual(2);
    await bothDone;
  }, 30_000);
});
