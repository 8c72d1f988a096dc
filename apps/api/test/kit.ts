import 'reflect-metadata';
/**
 * Integration test kit (after Hive's testkit): each test file gets its own API on its own fresh
 * database — PostgreSQL when TEST_DATABASE_URL or DATABASE_URL is set (a database created for the
 * run and dropped after), embedded PGlite otherwise — and builds companies, estates and users per
 * role with unique names, so files run in parallel without resets.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { type Clock, fixedClock, type MembershipRole, monthOfDate } from '@anju/domain';
import { eq } from 'drizzle-orm';
import { type Client, createClient } from 'graphql-ws';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { hashPassword } from '../src/auth/passwords.js';
import { hashToken, newToken } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config.js';
import { type Database, openDatabase } from '../src/db/client.js';
import { withSystem } from '../src/db/tenant.js';
import type { Events } from '../src/graphql/pubsub.js';
import type { Jobs } from '../src/jobs/index.js';
import { insertSession } from '../src/modules/auth/index.js';
import { companies } from '../src/modules/companies/index.js';
import { estates } from '../src/modules/estates/index.js';
import { regions } from '../src/modules/regions/index.js';
import { insertMemberships, insertUser, users } from '../src/modules/users/index.js';
import { type App, createApp } from '../src/server.js';
import { createServerDatabase, testServerUrl } from './server-database.js';

export const TEST_PASSWORD = 'test-password-1';

/**
 * The instant the API tests run at: TEST_NOW when set (TEST_NOW=2028-02-29T15:30:00Z runs a file
 * in the last half hour of a leap day in Shanghai), else when the file loaded. Every kit's clock
 * stands still there, so "this month" cannot change in the middle of a file.
 */
export const TEST_NOW = new Date(process.env.TEST_NOW ?? Date.now());
/** This month (`YYYY-MM`, Asia/Shanghai) by TEST_NOW. */
export const THIS_MONTH = monthOfDate(TEST_NOW);
const unique = () => randomBytes(4).toString('hex');

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: {
      code?: string;
      reason?: string;
      fields?: { path: (string | number)[]; reason: string; message: string }[];
    };
  }[];
}

export interface TestUser {
  id: string;
  email: string;
  token: string;
  role: MembershipRole | 'PLATFORM_ADMIN';
}

export interface TestCompany {
  id: string;
  slug: string;
  name: string;
  regions: { id: string; name: string }[];
  /** estates[0] and [1] are in regions[0]; estates[2] in regions[1]. */
  estates: { id: string; name: string; regionId: string }[];
  user(role: MembershipRole, scope?: { regionId?: string; estateIds?: string[] }): Promise<TestUser>;
}

export interface TestKit {
  app: App;
  database: Database;
  url: string;
  wsUrl: string;
  gql<T = Record<string, unknown>>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResult<T>>;
  company(): Promise<TestCompany>;
  platformAdmin(): Promise<TestUser>;
  ws(token: string | null): Client;
  /**
   * Subscribes and resolves once the server has registered the subscription (see Registrations):
   * an event published after this reaches it unless the server filters it out. `topicId` is what
   * the server listens on: the subscriber's company, or the subscriber's user id for per-user
   * topics (notificationAdded).
   */
  subscribe<T = Record<string, unknown>>(
    client: Client,
    topicId: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<Subscription<T>>;
  /** Sets the app's clock (AppServices.clock; TEST_NOW at start); `null` makes it real time. */
  setNow(now: Date | string | null): void;
  close(): Promise<void>;
}

/** A fresh database: created on the PostgreSQL server if one is configured, else in-memory PGlite. */
export async function freshDatabase(
  poolMax = 5,
  onQuery?: (sql: string, params: readonly unknown[]) => void,
): Promise<{ database: Database; drop: () => Promise<void>; url?: string }> {
  const serverUrl = testServerUrl();
  if (!serverUrl) {
    const database = await openDatabase({ pgliteDir: 'memory://', ...(onQuery ? { onQuery } : {}) });
    return { database, drop: () => database.close() };
  }
  // A copy of the run's migrated template (test/global-setup.ts), when there is one.
  const created = await createServerDatabase(serverUrl, 'anju_test', inject('databaseTemplate'));
  const database = await openDatabase({ url: created.url, poolMax, ...(onQuery ? { onQuery } : {}) });
  return {
    database,
    url: created.url,
    drop: async () => {
      await database.close();
      await created.drop();
    },
  };
}

let passwordHash: Promise<string> | undefined;

/** Per-address limits high enough that no test trips them by accident (tests of limits set them low). */
export const TEST_LIMITS = {
  RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
  RATE_LIMIT_INVITATION_PER_MINUTE: '100000',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
  RATE_LIMIT_REPAIR_REPORT_PER_MINUTE: '100000',
  RATE_LIMIT_REPAIR_PHOTO_PER_MINUTE: '100000',
  RATE_LIMIT_SURVEY_PER_MINUTE: '100000',
  WS_MAX_PENDING_PER_ADDRESS: '1000',
} as const;

/** The pub/sub topic (routing key) each GraphQL subscription field listens on. */
const TOPIC_OF_FIELD: Record<string, keyof Events> = {
  estateChanged: 'ESTATE_CHANGED',
  figuresChanged: 'FIGURES_CHANGED',
  indicatorAlert: 'INDICATOR_ALERT',
  notificationAdded: 'NOTIFICATION_ADDED',
  auditChanged: 'AUDIT_CHANGED',
  rectificationChanged: 'RECTIFICATION_CHANGED',
  workOrderChanged: 'WORK_ORDER_CHANGED',
  complaintChanged: 'COMPLAINT_CHANGED',
};

function topicOf(query: string, topicId: string): string {
  const field = /subscription\b[^{]*\{\s*(\w+)/.exec(query)?.[1] ?? '';
  const routingKey = TOPIC_OF_FIELD[field];
  if (!routingKey) throw new Error(`kit.subscribe: no topic known for subscription field "${field}"`);
  return `${routingKey}:${topicId}`;
}

export async function startTestKit(
  options: {
    redisUrl?: string;
    env?: Record<string, string | undefined>;
    /** Sees every SQL statement the app sends. */
    onQuery?: (sql: string, params: readonly unknown[]) => void;
    /** The app's clock: stands at `now` (TEST_NOW by default), or runs as given. */
    now?: Date | string;
    clock?: Clock;
    /** Extra jobs defined before the app's queue starts. */
    defineJobs?: (jobs: Jobs) => void;
  } = {},
): Promise<TestKit> {
  const { database, drop } = await freshDatabase(5, options.onQuery);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    ...TEST_LIMITS,
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...options.env,
  });
  let clock: Clock | null = options.clock ?? fixedClock(options.now ?? TEST_NOW);
  const app = await createApp(config, {
    database,
    clock: () => (clock ? clock() : new Date()),
    ...(options.defineJobs ? { defineJobs: options.defineJobs } : {}),
  });
  // One subscription at a time waits for its registration, so each counts its own listener.
  let subscribing: Promise<unknown> = Promise.resolve();
  const port = await app.listen(0);
  const url = `http://127.0.0.1:${port}/graphql`;
  const wsUrl = `ws://127.0.0.1:${port}/graphql`;
  const clients: Client[] = [];
  passwordHash ??= hashPassword(TEST_PASSWORD);

  async function session(userId: string, companyId: string | null): Promise<string> {
    const token = newToken();
    await withSystem(database, 'test', (tx) =>
      insertSession(tx, {
        tokenHash: hashToken(token, config.sessionSecret),
        userId,
        companyId,
        expiresAt: new Date(Date.now() + 3600_000),
      }),
    );
    return token;
  }

  async function newUser(email: string, name: string): Promise<string> {
    const id = randomUUID();
    const hash = await passwordHash!;
    await withSystem(database, 'test', (tx) =>
      insertUser(tx, {
        id,
        email,
        name,
        phone: '13800000000',
        passwordHash: hash,
        invitationTokenHash: null,
        invitationExpiresAt: null,
      }),
    );
    return id;
  }

  const kit: TestKit = {
    app,
    database,
    url,
    wsUrl,
    async gql(token, query, variables) {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResult<never>;
    },
    async company() {
      const tag = unique();
      const created = await withSystem(database, 'test', async (tx) => {
        const [company] = await tx
          .insert(companies)
          .values({ name: `测试物业 ${tag}`, slug: `t-${tag}` })
          .returning();
        const companyId = company!.id;
        const regionRows = await tx
          .insert(regions)
          .values([
            { companyId, name: `华东 ${tag}`, code: `E-${tag}` },
            { companyId, name: `华南 ${tag}`, code: `S-${tag}` },
          ])
          .returning();
        const estateRows = await tx
          .insert(estates)
          .values([
            {
              companyId,
              regionId: regionRows[0]!.id,
              name: `甲苑 ${tag}`,
              code: `A-${tag}`,
              type: 'RESIDENTIAL',
              households: 800,
            },
            {
              companyId,
              regionId: regionRows[0]!.id,
              name: `乙苑 ${tag}`,
              code: `B-${tag}`,
              type: 'RESIDENTIAL',
              households: 500,
            },
            {
              companyId,
              regionId: regionRows[1]!.id,
              name: `丙苑 ${tag}`,
              code: `C-${tag}`,
              type: 'OFFICE',
              households: 0,
            },
          ])
          .returning();
        return { company: company!, regionRows, estateRows };
      });
      const companyId = created.company.id;
      return {
        id: companyId,
        slug: created.company.slug,
        name: created.company.name,
        regions: created.regionRows.map((r) => ({ id: r.id, name: r.name })),
        estates: created.estateRows.map((e) => ({ id: e.id, name: e.name, regionId: e.regionId! })),
        async user(role, scope = {}) {
          const email = `${role.toLowerCase()}-${unique()}@${created.company.slug}.test`;
          const id = await newUser(email, `${role} ${unique()}`);
          const defaults: Partial<Record<MembershipRole, { estateIds?: string[] }>> = {
            ESTATE_MANAGER: { estateIds: [created.estateRows[0]!.id] },
            ESTATE_STAFF: { estateIds: [created.estateRows[0]!.id] },
            COMMITTEE_MEMBER: { estateIds: [created.estateRows[0]!.id] },
          };
          const s = { ...defaults[role], ...scope };
          await withSystem(database, 'test', (tx) =>
            insertMemberships(tx, companyId, id, [
              { role, regionId: s.regionId ?? null, estateIds: s.estateIds ?? [] },
            ]),
          );
          return { id, email, role, token: await session(id, companyId) };
        },
      };
    },
    async platformAdmin() {
      const email = `platform-${unique()}@platform.test`;
      const id = await newUser(email, '平台');
      await withSystem(database, 'test', (tx) =>
        tx.update(users).set({ platformAdmin: true }).where(eq(users.id, id)),
      );
      return { id, email, role: 'PLATFORM_ADMIN', token: await session(id, null) };
    },
    ws(token) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    subscribe<T>(client: Client, topicId: string, query: string, variables: Record<string, unknown> = {}) {
      const topic = topicOf(query, topicId);
      const registrations = app.services.pubsub.registrations;
      const turn = subscribing.then(async () => {
        const mark = registrations.count(topic);
        const sub = collect<T>(client, query, variables);
        const failed = sub.settled.then(() => {
          throw new Error(`subscription ended before it was registered: ${JSON.stringify(sub.errors)}`);
        });
        await Promise.race([registrations.until(topic, mark + 1), failed]);
        return sub;
      });
      subscribing = turn.catch(() => undefined);
      return turn;
    },
    setNow(now) {
      clock = now === null ? null : fixedClock(now);
    },
    async close() {
      await Promise.all(clients.map((c) => c.dispose()));
      await app.close();
      await drop();
    },
  };
  return kit;
}

/** The error code of the first error, or 'OK'. */
export function codeOf(result: GqlResult): string {
  return result.errors?.[0]?.extensions?.code ?? (result.errors?.length ? 'ERROR' : 'OK');
}

export interface Subscription<T> {
  events: T[];
  errors: unknown[];
  /** Settles when the subscription ends: completed, refused or failed. */
  settled: Promise<void>;
  dispose(): void;
  /** Resolves with the events once `count` have arrived, or earlier on an error or the end, or after `ms`. */
  waitFor(count: number, ms?: number): Promise<T[]>;
  /** Resolves with the first event matching `match`, arrived or coming; rejects after `ms`. */
  until(match: (event: T) => boolean, ms?: number): Promise<T>;
}

/**
 * Starts a subscription and collects its events. Use `kit.subscribe` instead when the test then
 * triggers events: it also waits until the server has registered the subscription.
 */
export function collect<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription<T> {
  const events: T[] = [];
  const errors: unknown[] = [];
  const listeners = new Set<() => void>();
  let ended = false;
  let end!: () => void;
  const settled = new Promise<void>((resolve) => {
    end = resolve;
  });
  const changed = () => {
    for (const listener of [...listeners]) listener();
  };
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (v) => {
        if (v.data) events.push(v.data as T);
        if (v.errors) errors.push(v.errors);
        changed();
      },
      error: (e) => {
        errors.push(e);
        ended = true;
        end();
        changed();
      },
      complete: () => {
        ended = true;
        end();
        changed();
      },
    },
  );
  /** Resolves when `done()` holds (checked on every event), or after `ms` with `onTimeout()`. */
  function when<R>(done: () => R | undefined, ms: number, onTimeout: () => R | Error): Promise<R> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const result = done();
        if (result === undefined) return;
        finish();
        resolve(result);
      };
      const timer = setTimeout(() => {
        finish();
        const result = onTimeout();
        if (result instanceof Error) reject(result);
        else resolve(result);
      }, ms);
      const finish = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });
  }
  return {
    events,
    errors,
    settled,
    dispose,
    waitFor(count, ms = 5000) {
      return when(
        () => (events.length >= count || errors.length > 0 || ended ? events : undefined),
        ms,
        () => events,
      );
    },
    until(match, ms = 5000) {
      return when(
        () => events.find(match),
        ms,
        () =>
          new Error(
            `no matching event in ${ms} ms; got ${JSON.stringify(events)}, errors ${JSON.stringify(errors)}`,
          ),
      );
    },
  };
}

/**
 * The next event on one of the app's own topics (AUTH_INVALIDATE, DATA_CHANGED …) that matches
 * `match`. Resolves (the outer promise) once the listener is registered, so the caller can then
 * trigger the event; `event` resolves when it arrives, or rejects after `ms`.
 */
export async function nextAppEvent<K extends keyof Events>(
  app: App,
  routingKey: K,
  match: (
    payload: Events[K] extends [infer P] ? P : Events[K] extends [string, infer P] ? P : never,
  ) => boolean,
  ms = 5000,
): Promise<{ event: Promise<unknown> }> {
  const { pubsub } = app.services;
  const mark = pubsub.registrations.count(routingKey);
  const iterator = (pubsub.subscribe as (key: string) => AsyncIterable<unknown>)(routingKey)[
    Symbol.asyncIterator
  ]();
  const event = (async () => {
    const timer = setTimeout(() => void iterator.return?.(), ms);
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) throw new Error(`no ${routingKey} event in ${ms} ms`);
        if (match(next.value as never)) return next.value;
      }
    } finally {
      clearTimeout(timer);
      await iterator.return?.();
    }
  })();
  await pubsub.registrations.until(routingKey, mark + 1);
  return { event };
}
