import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z.string().url().optional(),
    PGLITE_DIR: z.string().default(path.join(repoRoot, '.data', 'pglite')),
    REDIS_URL: z.string().url().optional(),
    S3_BUCKET: z.string().min(1).optional(),
    S3_ENDPOINT: z.string().url().optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: z.enum(['0', '1']).optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    WEB_PORT: z.coerce.number().int().min(1).max(65535).default(5173),
    SESSION_SECRET: z.string().optional(),
    /** Key of staff ID numbers at rest (AES-256-GCM): 32 bytes, base64. */
    PERSONAL_DATA_KEY: z
      .string()
      .optional()
      .refine((v) => v === undefined || decodeKey(v) !== undefined, {
        message: 'must be 32 bytes, base64 (e.g. `openssl rand -base64 32`)',
      }),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(12),
    DEMO_DATA: z.enum(['0', '1']).default('0'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // At least 2: migrations hold their advisory lock on one connection and apply on another.
    DB_POOL_MAX: z.coerce
      .number()
      .int()
      .min(2, 'at least 2 (migrations lock on one connection and apply on another)')
      .max(200)
      .default(10),
    STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
    TRUST_PROXY: z.string().min(1).default('loopback, linklocal, uniquelocal'),
    WS_MAX_PAYLOAD_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(1024 * 1024),
    WS_CONNECTION_INIT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
    WS_MAX_PENDING_PER_ADDRESS: z.coerce.number().int().min(1).default(10),
    RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(30),
    RATE_LIMIT_INVITATION_PER_MINUTE: z.coerce.number().int().min(1).default(10),
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).default(300),
    RATE_LIMIT_REPAIR_REPORT_PER_MINUTE: z.coerce.number().int().min(1).default(5),
    RATE_LIMIT_REPAIR_PHOTO_PER_MINUTE: z.coerce.number().int().min(1).default(15),
    /** The public survey page: reading a survey and answering it, per address. */
    RATE_LIMIT_SURVEY_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    /** off: this instance works no jobs (they can still be queued and listed). */
    JOBS: z.enum(['on', 'off']).default('on'),
    JOBS_POLL_INTERVAL_SECONDS: z.coerce.number().min(0.5).max(600).default(2),
    /** Tests only (browser tests, demos): "now" is this instant for months and demo data. */
    FIXED_NOW: z.iso.datetime({ offset: true }).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && (!env.SESSION_SECRET || env.SESSION_SECRET.length < 32)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'required in production (≥ 32 characters)',
      });
    }
    if (env.NODE_ENV === 'production' && !env.PERSONAL_DATA_KEY) {
      // Staff ID numbers are stored encrypted under it; a generated key would be lost with the
      // instance, a development key is public.
      ctx.addIssue({
        code: 'custom',
        path: ['PERSONAL_DATA_KEY'],
        message:
          'required in production: 32 bytes, base64 (e.g. `openssl rand -base64 32`), kept with the backups',
      });
    }
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      // Each instance would silently get its own embedded database.
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'required in production' });
    }
    if (env.NODE_ENV === 'production' && env.DEMO_DATA === '1') {
      ctx.addIssue({ code: 'custom', path: ['DEMO_DATA'], message: 'demo data is refused in production' });
    }
    if (env.NODE_ENV === 'production' && env.FIXED_NOW) {
      ctx.addIssue({
        code: 'custom',
        path: ['FIXED_NOW'],
        message: 'a fixed clock is refused in production',
      });
    }
  });

export type Config = {
  nodeEnv: 'development' | 'test' | 'production';
  databaseUrl: string | undefined;
  pgliteDir: string;
  redisUrl: string | undefined;
  /** S3-compatible storage for file bytes; undefined: the bytes stay in PostgreSQL. */
  s3:
    | {
        bucket: string;
        endpoint: string | undefined;
        region: string;
        credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
        forcePathStyle: boolean;
      }
    | undefined;
  port: number;
  webPort: number;
  /** Pepper mixed into token hashes, so a leaked sessions table alone cannot be replayed. */
  sessionSecret: string;
  sessionTtlMs: number;
  /**
   * Key of personal data at rest (PERSONAL_DATA_KEY); undefined: the embedded database's own
   * generated key, or a development key (see modules/staff, `personalDataKeyFor`).
   */
  personalDataKey: Buffer | undefined;
  demoData: boolean;
  logLevel: string;
  dbPoolMax: number;
  statementTimeoutMs: number;
  /**
   * Stack traces in error answers: only when NODE_ENV=development is set explicitly (an unset
   * NODE_ENV means development for everything else, but must not leak internals).
   */
  stackTraces: boolean;
  /** Express's `trust proxy`: which peers may name the client address in X-Forwarded-For. */
  trustProxy: string;
  ws: { maxPayloadBytes: number; connectionInitTimeoutMs: number; maxPendingPerAddress: number };
  /** Requests per minute and client address. */
  rateLimits: {
    login: number;
    invitation: number;
    anonymous: number;
    repairReport: number;
    repairPhoto: number;
    survey: number;
  };
  /** Job queue: whether this instance works jobs, and how often an idle worker looks for one. */
  jobs: { work: boolean; pollingIntervalSeconds: number };
  /** Set only by tests: the clock stands still at this instant (see AppServices.now). */
  fixedNow: Date | undefined;
};

/** A 32-byte key written in base64, or undefined. */
function decodeKey(value: string): Buffer | undefined {
  const v = value.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return undefined;
  const key = Buffer.from(v, 'base64');
  return key.length === 32 ? key : undefined;
}

/** Every environment variable, parsed and validated in one place; a bad value stops the start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    pgliteDir: path.resolve(e.PGLITE_DIR),
    redisUrl: e.REDIS_URL,
    s3: e.S3_BUCKET
      ? {
          bucket: e.S3_BUCKET,
          endpoint: e.S3_ENDPOINT,
          region: e.S3_REGION,
          credentials:
            e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
              ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
              : undefined,
          // Self-hosted servers (MinIO, s3rver) want path-style URLs; AWS takes virtual hosts.
          forcePathStyle: e.S3_FORCE_PATH_STYLE ? e.S3_FORCE_PATH_STYLE === '1' : e.S3_ENDPOINT !== undefined,
        }
      : undefined,
    port: e.PORT,
    webPort: e.WEB_PORT,
    sessionSecret: e.SESSION_SECRET ?? 'development-only-session-secret-not-for-production',
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    personalDataKey: e.PERSONAL_DATA_KEY ? decodeKey(e.PERSONAL_DATA_KEY) : undefined,
    demoData: e.DEMO_DATA === '1',
    logLevel: e.LOG_LEVEL,
    dbPoolMax: e.DB_POOL_MAX,
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    stackTraces: env.NODE_ENV === 'development',
    trustProxy: e.TRUST_PROXY,
    ws: {
      maxPayloadBytes: e.WS_MAX_PAYLOAD_BYTES,
      connectionInitTimeoutMs: e.WS_CONNECTION_INIT_TIMEOUT_MS,
      maxPendingPerAddress: e.WS_MAX_PENDING_PER_ADDRESS,
    },
    jobs: { work: e.JOBS === 'on', pollingIntervalSeconds: e.JOBS_POLL_INTERVAL_SECONDS },
    rateLimits: {
      login: e.RATE_LIMIT_LOGIN_PER_MINUTE,
      invitation: e.RATE_LIMIT_INVITATION_PER_MINUTE,
      anonymous: e.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      repairReport: e.RATE_LIMIT_REPAIR_REPORT_PER_MINUTE,
      repairPhoto: e.RATE_LIMIT_REPAIR_PHOTO_PER_MINUTE,
      survey: e.RATE_LIMIT_SURVEY_PER_MINUTE,
    },
    fixedNow: e.FIXED_NOW ? new Date(e.FIXED_NOW) : undefined,
  };
}
