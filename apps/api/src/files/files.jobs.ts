import { and, isNull, lt } from 'drizzle-orm';
import { withSystem } from '../db/tenant.js';
import type { Jobs } from '../jobs/index.js';
import type { AppServices } from '../lib/services.js';
import { files } from './files.schema.js';
import { deleteExpiredUploads } from './files.service.js';
import { UNATTACHED_TTL_MS } from './files.store.js';

/** Deletes one company's expired unattached files (uploads never attached, exports), bytes included. */
export const EXPIRE_FILES = 'files.expire';
/** Every hour: one expiry job per company that holds expired unattached files. */
export const HOURLY_FILE_EXPIRY = 'files.expire.hourly';

type FileServices = Pick<AppServices, 'database' | 'fileStorage' | 'clock' | 'logger'>;

/** The file service's jobs, defined on the queue before it starts. */
export function defineFileJobs(jobs: Jobs, services: () => FileServices): void {
  jobs.define<Record<string, never>>({
    name: EXPIRE_FILES,
    retryLimit: 3,
    retryDelaySeconds: 300,
    handler: async (job) => {
      const { database, fileStorage, clock, logger } = services();
      const deleted = await deleteExpiredUploads(database, fileStorage, job.companyId, clock());
      if (deleted.length)
        logger.info({ companyId: job.companyId, count: deleted.length }, 'expired files deleted');
    },
  });
  jobs.defineScheduled({
    name: HOURLY_FILE_EXPIRY,
    cron: '17 * * * *',
    tz: 'Asia/Shanghai',
    handler: async () => {
      await sendFileExpiries(jobs, services());
    },
  });
}

/**
 * Queues an expiry job for every company holding unattached files past their day (at most one
 * waiting per company); answers how many. Companies without any are not bothered.
 */
export async function sendFileExpiries(jobs: Jobs, services: FileServices): Promise<number> {
  const cutoff = new Date(services.clock().getTime() - UNATTACHED_TTL_MS);
  const due = await withSystem(services.database, 'jobs', (tx) =>
    tx
      .selectDistinct({ companyId: files.companyId })
      .from(files)
      .where(and(isNull(files.attachedId), lt(files.createdAt, cutoff))),
  );
  for (const { companyId } of due) await jobs.send(EXPIRE_FILES, companyId, {}, { singletonKey: companyId });
  return due.length;
}
