import { addMonths } from '@anju/domain';
import { and, isNull } from 'drizzle-orm';
import { withSystem, withTenant } from '../../db/tenant.js';
import type { Jobs } from '../../jobs/index.js';
import type { AppServices } from '../../lib/services.js';
import { companies, currentMonthOf } from '../companies/index.js';
import { activeEstatesWhere } from '../estates/index.js';
import {
  latestFigure,
  type ReadModelDrift,
  readModelDrift,
  recomputeFigures,
  refreshReadModel,
} from '../figures/index.js';
import { isComputed, loadCatalogue, sourceOf } from '../indicators/index.js';

export const DRIFT_CHECK = 'figures.drift-check';
/** Every night: one drift check per active company. */
export const NIGHTLY_DRIFT_CHECK = 'figures.drift-check.nightly';

export interface Drift {
  estateId: string;
  month: string;
  indicatorCode: string;
  stored: { numerator: number; denominator: number | null } | null;
  derived: { numerator: number; denominator: number | null };
}

const same = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Re-derives every computed figure of the company's current and previous month from its source
 * and rewrites those that drifted (through `recomputeFigures`, as a source change would). One
 * short transaction per estate, so no transaction spans the whole company.
 */
export async function checkDrift(services: AppServices, companyId: string): Promise<Drift[]> {
  const { database, clock } = services;
  const { months, estateIds, codes } = await withTenant(database, companyId, async (tx) => {
    const month = await currentMonthOf(tx, companyId, clock);
    const catalogue = await loadCatalogue(tx, companyId);
    return {
      months: [addMonths(month, -1), month],
      estateIds: (await activeEstatesWhere(tx, companyId, [])).map((e) => e.id),
      codes: catalogue.indicators.filter((i) => !i.retired && isComputed(i.code)).map((i) => i.code),
    };
  });
  const drifts: Drift[] = [];
  if (!codes.length) return drifts;
  for (const estateId of estateIds) {
    const found = await withTenant(database, companyId, async (tx) => {
      const here: Drift[] = [];
      for (const month of months) {
        const drifted: string[] = [];
        for (const code of codes) {
          const derived = await sourceOf(code)!.compute(tx, companyId, estateId, month, code);
          if (!derived) continue;
          const stored = await latestFigure(tx, companyId, estateId, month, code);
          if (
            stored &&
            same(stored.numerator, derived.numerator) &&
            same(stored.denominator, derived.denominator)
          )
            continue;
          drifted.push(code);
          here.push({
            estateId,
            month,
            indicatorCode: code,
            stored: stored && { numerator: stored.numerator, denominator: stored.denominator },
            derived,
          });
        }
        if (drifted.length) await recomputeFigures(tx, companyId, estateId, month, drifted);
      }
      return here;
    });
    drifts.push(...found);
  }
  // Cached comparison answers read these figures.
  if (drifts.length) services.dataVersions.changed(companyId);
  if (drifts.length)
    services.logger.warn({ companyId, drifts }, 'figures drifted from their sources; rewritten');
  return drifts;
}

/**
 * Re-derives the comparison's read model (`figure_period_sums`) of every period that holds the
 * company's current or previous month from the effective figures, and rewrites the rows that
 * drifted (a hand edit of the database, a bug in a trigger). One transaction.
 */
export async function checkReadModel(services: AppServices, companyId: string): Promise<ReadModelDrift[]> {
  const { database, clock } = services;
  const drifts = await withTenant(database, companyId, async (tx) => {
    const month = await currentMonthOf(tx, companyId, clock);
    const found = await readModelDrift(tx, companyId, [addMonths(month, -1), month]);
    await refreshReadModel(tx, companyId, found);
    return found;
  });
  if (drifts.length) {
    services.dataVersions.changed(companyId);
    services.logger.warn(
      { companyId, drifts },
      'the comparison read model drifted from the figures; rewritten',
    );
  }
  return drifts;
}

/** The drift check's jobs, defined on the queue before it starts. */
export function defineDriftJobs(jobs: Jobs, services: () => AppServices): void {
  jobs.define<Record<string, never>>({
    name: DRIFT_CHECK,
    retryLimit: 3,
    retryDelaySeconds: 300,
    handler: async (job) => {
      await checkDrift(services(), job.companyId);
      await checkReadModel(services(), job.companyId);
    },
  });
  jobs.defineScheduled({
    name: NIGHTLY_DRIFT_CHECK,
    cron: '30 2 * * *',
    tz: 'Asia/Shanghai',
    handler: async () => {
      await sendDriftChecks(jobs, services());
    },
  });
}

/** Queues a drift check for every active (not archived, not suspended) company (at most one waiting per company). */
export async function sendDriftChecks(jobs: Jobs, services: AppServices): Promise<number> {
  const active = await withSystem(services.database, 'jobs', (tx) =>
    tx
      .select({ id: companies.id })
      .from(companies)
      .where(and(isNull(companies.archivedAt), isNull(companies.suspendedAt))),
  );
  for (const { id } of active) await jobs.send(DRIFT_CHECK, id, {}, { singletonKey: id });
  return active.length;
}
