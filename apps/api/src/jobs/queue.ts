import { EventEmitter } from 'node:events';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database, Tx } from '../db/client.js';
import { assertCompanyId, withTenant } from '../db/tenant.js';
import { bossDb } from './adapter.js';

/** pg-boss keeps its tables in its own schema, apart from the app's migrations. */
export const JOBS_SCHEMA = 'pgboss';

export interface JobContext<T> {
  id: string;
  name: string;
  companyId: string;
  data: T;
  /** 0 on the first attempt. */
  retryCount: number;
  /**
   * Runs `fn` in a transaction for the job's company (`withTenant`: RLS, app_rls role). Do slow
   * work (mail, files) outside it: on PGlite the transaction holds the only connection.
   */
  tenant<R>(fn: (tx: Tx) => Promise<R>): Promise<R>;
}

export interface JobDefinition<T> {
  name: string;
  handler: (job: JobContext<T>) => Promise<void>;
  /** Attempts after the first; each waits `retryDelaySeconds`, doubled per attempt with backoff. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
}

/**
 * A platform job on a cron schedule (no company: it typically sends one company job per
 * company). pg-boss keeps one schedule per name and sends each slot once across instances.
 */
export interface ScheduledDefinition {
  name: string;
  /** Cron expression, e.g. `0 3 * * *`. */
  cron: string;
  /** Time zone of the cron expression. */
  tz: string;
  handler: () => Promise<void>;
}

export interface SendOptions {
  /** Not before this instant (the caller computes it from AppServices.clock). */
  startAfter?: Date;
  /** One job per key and queue while it is waiting (pg-boss `singletonKey`). */
  singletonKey?: string;
}

export interface FailedJob {
  id: string;
  name: string;
  /** The error message of the last attempt (never its stack). */
  error: string | null;
  retryCount: number;
  createdAt: Date;
  failedAt: Date | null;
}

export interface JobEvents {
  /** A job's handler finished on this instance. */
  completed: [{ id: string; name: string; companyId: string }];
  /** One attempt failed on this instance (pg-boss retries it or records it as failed). */
  attemptFailed: [{ id: string; name: string; companyId: string; retryCount: number; error: Error }];
}

interface Envelope {
  companyId: string;
  payload: unknown;
}

export interface JobsOptions {
  database: Database;
  logger: Logger;
  /** false: jobs can be sent and listed, but this instance works none (JOBS=off). */
  work: boolean;
  pollingIntervalSeconds: number;
}

/**
 * The durable job queue (pg-boss 10 on PostgreSQL or PGlite). Every job belongs to one company
 * and runs for it; pg-boss fetches with `FOR UPDATE SKIP LOCKED`, so with several API instances
 * each job is taken by one of them only.
 */
export class Jobs {
  readonly events = new EventEmitter<JobEvents>();
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, JobDefinition<never>>();
  private readonly scheduled = new Map<string, ScheduledDefinition>();
  private started = false;

  constructor(private readonly options: JobsOptions) {
    this.boss = new PgBoss({
      db: bossDb(options.database),
      schema: JOBS_SCHEMA,
      // Maintenance (expiring, archiving) and cron only where jobs are worked.
      supervise: options.work,
      schedule: options.work,
      migrate: true,
    } as PgBoss.ConstructorOptions);
    this.boss.on('error', (error) => options.logger.error({ err: error }, 'job queue error'));
  }

  define<T>(definition: JobDefinition<T>): void {
    if (this.started) throw new Error(`job ${definition.name} defined after the queue started`);
    this.definitions.set(definition.name, definition as JobDefinition<never>);
  }

  defineScheduled(definition: ScheduledDefinition): void {
    if (this.started) throw new Error(`job ${definition.name} defined after the queue started`);
    this.scheduled.set(definition.name, definition);
  }

  /** Whether a job of this name is defined (a module queues another's job only once it exists). */
  defines(name: string): boolean {
    return this.definitions.has(name);
  }

  /** The handler of a scheduled job, for running it now (tests, operators). */
  scheduledHandler(name: string): (() => Promise<void>) | undefined {
    return this.scheduled.get(name)?.handler;
  }

  /** The cron schedules pg-boss holds. */
  async schedules(): Promise<{ name: string; cron: string; timezone: string | null }[]> {
    return (await this.boss.getSchedules()).map((s) => ({
      name: s.name,
      cron: s.cron,
      timezone: s.options?.tz ?? null,
    }));
  }

  async start(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const d of this.definitions.values()) {
      await this.boss.createQueue(d.name, {
        name: d.name,
        retryLimit: d.retryLimit ?? 3,
        retryDelay: d.retryDelaySeconds ?? 30,
        retryBackoff: d.retryBackoff ?? true,
      });
      if (this.options.work) {
        await this.boss.work<Envelope>(
          d.name,
          {
            batchSize: 1,
            includeMetadata: true,
            pollingIntervalSeconds: this.options.pollingIntervalSeconds,
          },
          ([job]) => this.run(d, job!),
        );
      }
    }
    for (const d of this.scheduled.values()) {
      await this.boss.createQueue(d.name, {
        name: d.name,
        retryLimit: 2,
        retryDelay: 60,
        retryBackoff: true,
      });
      if (!this.options.work) continue;
      await this.boss.schedule(d.name, d.cron, {}, { tz: d.tz });
      await this.boss.work(
        d.name,
        { batchSize: 1, pollingIntervalSeconds: this.options.pollingIntervalSeconds },
        () => d.handler(),
      );
    }
  }

  private async run(d: JobDefinition<never>, job: PgBoss.JobWithMetadata<Envelope>): Promise<void> {
    const { companyId, payload } = job.data;
    const context: JobContext<never> = {
      id: job.id,
      name: job.name,
      companyId,
      data: payload as never,
      retryCount: job.retryCount,
      tenant: (fn) => withTenant(this.options.database, companyId, fn),
    };
    try {
      await d.handler(context);
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      this.options.logger.warn(
        { err: error, job: job.id, name: job.name, companyId, retryCount: job.retryCount },
        'job attempt failed',
      );
      this.events.emit('attemptFailed', {
        id: job.id,
        name: job.name,
        companyId,
        retryCount: job.retryCount,
        error,
      });
      throw error;
    }
    this.events.emit('completed', { id: job.id, name: job.name, companyId });
  }

  /** Queues a job of `companyId`; answers its id. */
  async send<T>(name: string, companyId: string, data: T, options: SendOptions = {}): Promise<string | null> {
    assertCompanyId(companyId);
    if (!this.definitions.has(name)) throw new Error(`unknown job ${name}`);
    const envelope: Envelope = { companyId, payload: data };
    return this.boss.send(name, envelope as object, {
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    });
  }

  /** A job's state as pg-boss records it (created, retry, active, completed, failed…). */
  async stateOf(name: string, id: string): Promise<string | null> {
    const job = await this.boss.getJobById(name, id);
    return job?.state ?? null;
  }

  /**
   * Failed jobs of one company, newest first (live and archived). pg-boss's tables carry no RLS,
   * so the company filter here is the wall: `companyId` is required and is the only filter.
   */
  async failedJobs(companyId: string, limit = 100): Promise<FailedJob[]> {
    assertCompanyId(companyId);
    const columns = `id::text, name, output->>'message' as error, retry_count as "retryCount",
      created_on as "createdAt", completed_on as "failedAt"`;
    const rows = await this.options.database.raw<FailedJob>(
      `select * from (
         select ${columns} from ${JOBS_SCHEMA}.job where state = 'failed' and data->>'companyId' = $1
         union all
         select ${columns} from ${JOBS_SCHEMA}.archive where state = 'failed' and data->>'companyId' = $1
       ) f order by "failedAt" desc nulls last, id limit $2`,
      [companyId, limit],
    );
    return rows.map((r) => ({
      ...r,
      createdAt: new Date(r.createdAt),
      failedAt: r.failedAt ? new Date(r.failedAt) : null,
    }));
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    // Waits for running handlers; leaves the app's database open (it is not pg-boss's to close).
    await this.boss.stop({ graceful: true, close: false, wait: true, timeout: 10_000 });
  }
}
