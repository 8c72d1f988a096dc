import type { Clock } from '@anju/domain';
import type { Logger } from 'pino';
import type { SessionCache } from '../auth/session-cache.js';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { FileStorage } from '../files/index.js';
import type { DataVersions } from '../graphql/data-versions.js';
import type { AppPubSub } from '../graphql/pubsub.js';
import type { Jobs } from '../jobs/index.js';
import type { PersonalDataCipher } from '../modules/staff/index.js';
import type { RateLimits } from './rate-limit.js';

/** The long-lived dependencies every use case needs; built once in the composition root. */
export interface AppServices {
  config: Config;
  database: Database;
  pubsub: AppPubSub;
  sessions: SessionCache;
  /** Versions of each company's data, for cached answers (call `changed` after a write commits). */
  dataVersions: DataVersions;
  /** Where the bytes of uploaded files live (PostgreSQL by default). */
  fileStorage: FileStorage & { close?(): void };
  logger: Logger;
  /** Per-address request limits (sign-in, invitations, anonymous requests). */
  rateLimits: RateLimits;
  /**
   * "Now" for every use case (this month, future months, demo data): the system clock in
   * production; tests inject one (a month's last minute, a leap day) through createApp's `clock`.
   */
  clock: Clock;
  /** The durable job queue (jobs/): send work for later, retried, once across instances. */
  jobs: Jobs;
  /** Encrypts and hashes personal data at rest (staff ID numbers) under PERSONAL_DATA_KEY. */
  personalData: PersonalDataCipher;
}
