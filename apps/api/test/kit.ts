import 'reflect-metadata';
/**
 * Integration test kit (after Hive's testkit): each test file gets its own API on its own fresh
 * database — PostgreSQL when TEST_DATABASE_URL or DATABASE_URL is set (a database created for the
 * run and dropped after), embedded PGlite otherwise — and builds companies, estates and users per
 * role with unique names, so files run in parallel without resets.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock, MembershipRole } from '@anju/domain';
import { eq } from 'drizzle-orm';
import { type Client, createClient } from 'graphql-ws';
import postgres from 'postgres';
import WebSocket from 'ws';
import { hashPassword } from '../src/auth/passwords.js';
import { hashToken, newToken } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config.js';
import { type Database, openDatabase } from '../src/db/client.js';
import { withSystem } from '../src/db/tenant.js';
import { insertSession } from '../src/modules/auth/index.js';
import { companies } from '../src/modules/companies/index.js';
import { estates } from '../src/modules/estates/index.js';
import { regions } from '../src/modules/regions/index.js';
import { insertMemberships, insertUser, users } from '../src/modules/users/index.js';
import { type App, createApp } from '../src/server.js';

export const TEST_PASSWORD = 'test-password-1';
const unique = () => randomBytes(4).toString('hex');

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; fields?: { path: (string | number)[]; reason: string; message: string }[] };
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
  close(): Promise<void>;
}

/** A fresh database: created on the PostgreSQL server if one is configured, else in-memory PGlite. */
export async function freshDatabase(
  poolMax = 5,
): Promise<{ database: Database; drop: () => Promise<void>; url?: string }> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ pgliteDir: 'memory://' });
    return { database, drop: () => database.close() };
  }
  const name = `anju_test_${Date.now()}_${unique()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolMax });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

let passwordHash: Promise<string> | undefined;

export async function startTestKit(options: { redisUrl?: string; clock?: Clock } = {}): Promise<TestKit> {
  const { database, drop } = await freshDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
  });
  const app = await createApp(config, { database, ...(options.clock ? { clock: options.clock } : {}) });
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

/** Collects the next `n` events of a subscription, or fails after `ms`. */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const events: T[] = [];
  const errors: unknown[] = [];
  let resolveWait: (() => void) | undefined;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (v) => {
        if (v.data) events.push(v.data as T);
        if (v.errors) errors.push(v.errors);
        resolveWait?.();
      },
      error: (e) => {
        errors.push(e);
        resolveWait?.();
      },
      complete: () => resolveWait?.(),
    },
  );
  return {
    events,
    errors,
    dispose,
    async waitFor(count: number, ms = 5000): Promise<T[]> {
      const deadline = Date.now() + ms;
      while (events.length < count && errors.length === 0 && Date.now() < deadline) {
        await new Promise<void>((r) => {
          resolveWait = r;
          setTimeout(r, 50);
        });
      }
      return events;
    },
  };
}
