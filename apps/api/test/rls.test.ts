import 'reflect-metadata';
/**
 * Wall 3 of tenant isolation, proven against the database itself (no HTTP, no services): the RLS
 * policies of 0001_rls.sql, the composite foreign keys, the boundary check of withTenant(), and
 * that transaction-local settings never leak onto a pooled connection under concurrency.
 * Runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database, Tx } from '../src/db/client.js';
import { rowsOf } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import { assertCompanyId, MissingTenantError, withSystem, withTenant } from '../src/db/tenant.js';
import { findCompany } from '../src/modules/companies/index.js';
import { findEstates } from '../src/modules/estates/index.js';
import { findRegions, listRegions } from '../src/modules/regions/index.js';
import { findUsers, insertMemberships, membershipsOf } from '../src/modules/users/index.js';
import { freshDatabase } from './kit.js';

const TENANT_TABLES = [
  'companies',
  'regions',
  'estates',
  'memberships',
  'membership_estates',
  'change_log',
  'idempotency_keys',
  'users',
  'sessions',
  'login_throttle',
  'notifications',
] as const;
type Table = (typeof TENANT_TABLES)[number];

/** The column that identifies a row's owner for the comparison below. */
const KEY: Record<Table, string> = {
  companies: 'id',
  regions: 'id',
  estates: 'id',
  memberships: 'id',
  membership_estates: 'estate_id',
  change_log: 'id',
  idempotency_keys: 'key',
  users: 'id',
  sessions: 'id',
  login_throttle: 'email',
  notifications: 'id',
};

interface Seeded {
  id: string;
  regions: string[];
  estates: string[];
  users: string[];
  memberships: string[];
  membershipEstates: string[];
  audit: string[];
  idempotency: string[];
  sessions: string[];
  notifications: string[];
}

let database: Database;
let drop: () => Promise<void>;
let A: Seeded;
let B: Seeded;
/** A person who belongs to both companies: visible under each, owned by neither. */
let sharedUser: string;
/** Rows no company owns: a platform admin (no membership), their session, two throttle rows. */
let orphanUser: string;
let orphanSession: string;
const throttleEmails = ['nobody@example.test', 'someone@example.test'];

async function q<T = Record<string, unknown>>(tx: Tx, query: SQL): Promise<T[]> {
  return rowsOf<T>(await tx.execute(query));
}

async function keysOf(tx: Tx, table: Table): Promise<string[]> {
  const rows = await q<{ k: string }>(tx, sql.raw(`select ${KEY[table]}::text as k from ${table}`));
  return rows.map((r) => r.k).sort();
}

/** The SQLSTATE of a driver error, wherever drizzle wrapped it. */
function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let i = 0; i < 5 && current && typeof current === 'object'; i++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

async function sqlStateOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return sqlState(error) ?? `not a database error: ${String(error)}`;
  }
  return 'no error';
}

/** A transaction as the RLS role with no company set, as a request that forgot its tenant. */
function asRlsWithoutCompany<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', 'app_rls', true)`);
    return fn(tx);
  });
}

async function seedCompany(
  tag: string,
  counts: { regions: number; estates: number; audit: number; idempotency: number; notifications: number },
): Promise<Seeded> {
  return withSystem(database, 'test', async (tx) => {
    const [company] = await q<{ id: string }>(
      tx,
      sql`insert into companies (name, slug) values (${`公司 ${tag}`}, ${`rls-${tag}`}) returning id`,
    );
    const id = company!.id;
    const regions: string[] = [];
    for (let i = 0; i < counts.regions; i++) {
      const [r] = await q<{ id: string }>(
        tx,
        sql`insert into regions (company_id, name, code) values (${id}, ${`区域 ${i}`}, ${`R${i}`}) returning id`,
      );
      regions.push(r!.id);
    }
    const estates: string[] = [];
    for (let i = 0; i < counts.estates; i++) {
      const [e] = await q<{ id: string }>(
        tx,
        sql`insert into estates (company_id, region_id, name, code, type)
            values (${id}, ${regions[i % regions.length]!}, ${`小区 ${tag} ${i}`}, ${`E${i}`}, 'RESIDENTIAL') returning id`,
      );
      estates.push(e!.id);
    }
    const users: string[] = [];
    for (const role of ['admin', 'manager']) {
      const userId = randomUUID();
      await q(
        tx,
        sql`insert into users (id, email, name) values (${userId}, ${`${role}@${tag}.test`}, ${role})`,
      );
      users.push(userId);
    }
    await insertMemberships(tx, id, users[0]!, [{ role: 'COMPANY_ADMIN', regionId: null, estateIds: [] }]);
    await insertMemberships(tx, id, users[1]!, [
      { role: 'ESTATE_MANAGER', regionId: null, estateIds: estates.slice(0, 2) },
    ]);
    const audit: string[] = [];
    for (let i = 0; i < counts.audit; i++) {
      const [a] = await q<{ id: string }>(
        tx,
        sql`insert into change_log (company_id, actor_user_id, action, subject_type) values (${id}, ${users[0]!}, 'test', 'Test') returning id`,
      );
      audit.push(a!.id);
    }
    const idempotency: string[] = [];
    for (let i = 0; i < counts.idempotency; i++) {
      const key = `key-${tag}-${i}`;
      await q(
        tx,
        sql`insert into idempotency_keys (company_id, user_id, key, operation, result) values (${id}, ${users[0]!}, ${key}, 'test', 'null'::jsonb)`,
      );
      idempotency.push(key);
    }
    const [session] = await q<{ id: string }>(
      tx,
      sql`insert into sessions (token_hash, user_id, company_id, expires_at)
          values (${`hash-${tag}`}, ${users[0]!}, ${id}, now() + interval '1 hour') returning id`,
    );
    const notifications: string[] = [];
    for (let i = 0; i < counts.notifications; i++) {
      const [n] = await q<{ id: string }>(
        tx,
        sql`insert into notifications (company_id, user_id, kind, title) values (${id}, ${users[1]!}, 'FIGURES_REMINDER', ${`提醒 ${i}`}) returning id`,
      );
      notifications.push(n!.id);
    }
    return {
      id,
      regions,
      estates,
      users,
      memberships: [],
      membershipEstates: estates.slice(0, 2),
      audit,
      idempotency,
      sessions: [session!.id],
      notifications,
    };
  });
}

/** What each table must show to a request of `c`. */
function expectedFor(c: Seeded): Record<Table, string[]> {
  return {
    companies: [c.id],
    regions: c.regions,
    estates: c.estates,
    memberships: c.memberships,
    membership_estates: c.membershipEstates,
    change_log: c.audit,
    idempotency_keys: c.idempotency,
    users: [...c.users, sharedUser],
    sessions: c.sessions,
    // Sign-in bookkeeping belongs to no company: a tenant request sees none of it.
    login_throttle: [],
    notifications: c.notifications,
  };
}

beforeAll(async () => {
  // Two connections on PostgreSQL: enough for transactions to interleave and for connections to
  // be reused hundreds of times each (PGlite is a single connection anyway).
  ({ database, drop } = await freshDatabase(2));
  await runMigrations(database);
  // Different sizes everywhere, so a count that leaks the other company cannot match by chance.
  A = await seedCompany(`a${Date.now()}`, {
    regions: 2,
    estates: 3,
    audit: 2,
    idempotency: 1,
    notifications: 2,
  });
  B = await seedCompany(`b${Date.now()}`, {
    regions: 3,
    estates: 5,
    audit: 4,
    idempotency: 3,
    notifications: 3,
  });
  sharedUser = randomUUID();
  orphanUser = randomUUID();
  await withSystem(database, 'test', async (tx) => {
    await q(
      tx,
      sql`insert into users (id, email, name) values (${sharedUser}, 'shared@rls.test', 'shared'), (${orphanUser}, 'platform@rls.test', 'platform')`,
    );
    await insertMemberships(tx, A.id, sharedUser, [{ role: 'HQ_VIEWER', regionId: null, estateIds: [] }]);
    await insertMemberships(tx, B.id, sharedUser, [{ role: 'HQ_VIEWER', regionId: null, estateIds: [] }]);
    const [s] = await q<{ id: string }>(
      tx,
      sql`insert into sessions (token_hash, user_id, company_id, expires_at) values ('hash-orphan', ${orphanUser}, null, now() + interval '1 hour') returning id`,
    );
    orphanSession = s!.id;
    for (const email of throttleEmails) {
      await q(
        tx,
        sql`insert into login_throttle (email, failures, window_started_at) values (${email}, 2, now())`,
      );
    }
    for (const c of [A, B]) {
      const rows = await q<{ id: string }>(
        tx,
        sql`select id::text as id from memberships where company_id = ${c.id} order by id`,
      );
      c.memberships = rows.map((r) => r.id).sort();
    }
  });
  for (const c of [A, B]) {
    c.regions.sort();
    c.estates.sort();
    c.users.sort();
    c.membershipEstates.sort();
    c.audit.sort();
    c.idempotency.sort();
    c.notifications.sort();
  }
});
afterAll(() => drop?.());

describe('row-level security', () => {
  it('the seed is really there (the system hatch sees every row)', async () => {
    const counts = await withSystem(database, 'test', async (tx) => {
      const out: Record<string, number> = {};
      for (const t of TENANT_TABLES) out[t] = (await keysOf(tx, t)).length;
      return out;
    });
    expect(counts).toEqual({
      companies: 2,
      regions: 5,
      estates: 8,
      memberships: 6,
      membership_estates: 4,
      change_log: 6,
      idempotency_keys: 4,
      users: 6,
      sessions: 3,
      login_throttle: 2,
      notifications: 5,
    });
  });

  it('has row-level security enabled and forced on every table of the schema, new ones included', async () => {
    const tables = await q<{ name: string; enabled: boolean; forced: boolean; policies: number }>(
      database.db as unknown as Tx,
      sql`select c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
                 (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r' order by c.relname`,
    );
    expect(tables.length).toBeGreaterThanOrEqual(TENANT_TABLES.length);
    const unprotected = tables.filter((t) => !t.enabled || !t.forced || t.policies === 0).map((t) => t.name);
    expect(unprotected).toEqual([]);
    // Every table with a company_id carries the tenant policy on it.
    const tenantTables = await q<{ name: string }>(
      database.db as unknown as Tx,
      sql`select table_name as name from information_schema.columns where table_schema = 'public' and column_name = 'company_id'
          and table_name not in (select tablename from pg_policies where policyname = 'tenant_isolation') and table_name <> 'sessions'`,
    );
    expect(tenantTables.map((t) => t.name)).toEqual([]);
  });

  it('shows no row of any tenant table to the RLS role when no company is set', async () => {
    const seen = await asRlsWithoutCompany(async (tx) => {
      const [who] = await q<{ u: string }>(tx, sql`select current_user as u`);
      expect(who!.u).toBe('app_rls');
      const out: Record<string, string[]> = {};
      for (const t of TENANT_TABLES) out[t] = await keysOf(tx, t);
      return out;
    });
    expect(seen).toEqual(Object.fromEntries(TENANT_TABLES.map((t) => [t, []])));
  });

  it('gives the RLS role nothing for an empty company id or for the system flag', async () => {
    const seen = await database.db.transaction(async (tx) => {
      // app.system is the owner role's escape hatch: the RLS role can set it but gains nothing.
      await tx.execute(
        sql`select set_config('role', 'app_rls', true), set_config('app.company_id', '', true), set_config('app.system', 'on', true)`,
      );
      const out: Record<string, number> = {};
      for (const t of TENANT_TABLES) out[t] = (await keysOf(tx, t)).length;
      return out;
    });
    expect(seen).toEqual(Object.fromEntries(TENANT_TABLES.map((t) => [t, 0])));
  });

  it('shows withTenant(A) exactly A’s rows, and B exactly B’s, in every tenant table', async () => {
    for (const c of [A, B]) {
      const seen = await withTenant(database, c.id, async (tx) => {
        const out: Record<string, string[]> = {};
        for (const t of TENANT_TABLES) out[t] = await keysOf(tx, t);
        return out;
      });
      const expected = expectedFor(c);
      expected.users.sort();
      expect(seen).toEqual(expected);
      expect(seen.users).not.toContain(orphanUser);
      expect(seen.sessions).not.toContain(orphanSession);
    }
  });

  it('refuses to insert a row carrying another company’s id', async () => {
    const attempts: Record<string, (tx: Tx) => Promise<unknown>> = {
      companies: (tx) => tx.execute(sql`insert into companies (id, name, slug) values (${B.id}, 'x', 'x')`),
      regions: (tx) =>
        tx.execute(sql`insert into regions (company_id, name, code) values (${B.id}, 'x', 'X-RLS')`),
      estates: (tx) =>
        tx.execute(
          sql`insert into estates (company_id, name, code, type) values (${B.id}, 'x', 'X-RLS', 'OFFICE')`,
        ),
      memberships: (tx) =>
        tx.execute(
          sql`insert into memberships (company_id, user_id, role) values (${B.id}, ${sharedUser}, 'COMPANY_ADMIN')`,
        ),
      membership_estates: (tx) =>
        tx.execute(
          sql`insert into membership_estates (company_id, membership_id, estate_id) values (${B.id}, ${B.memberships[0]!}, ${B.estates[4]!})`,
        ),
      change_log: (tx) =>
        tx.execute(
          sql`insert into change_log (company_id, action, subject_type) values (${B.id}, 'forged', 'Test')`,
        ),
      idempotency_keys: (tx) =>
        tx.execute(
          sql`insert into idempotency_keys (company_id, user_id, key, operation, result) values (${B.id}, ${sharedUser}, 'forged-key', 'x', 'null'::jsonb)`,
        ),
      sessions: (tx) =>
        tx.execute(
          sql`insert into sessions (token_hash, user_id, company_id, expires_at) values ('forged', ${sharedUser}, ${B.id}, now() + interval '1 hour')`,
        ),
      login_throttle: (tx) =>
        tx.execute(
          sql`insert into login_throttle (email, failures, window_started_at) values ('forged@x.test', 0, now())`,
        ),
      notifications: (tx) =>
        tx.execute(
          sql`insert into notifications (company_id, user_id, kind, title) values (${B.id}, ${sharedUser}, 'FIGURES_REMINDER', 'forged')`,
        ),
    };
    const codes: Record<string, string | undefined> = {};
    for (const [table, attempt] of Object.entries(attempts)) {
      codes[table] = await sqlStateOf(withTenant(database, A.id, attempt));
    }
    // 42501: "new row violates row-level security policy".
    expect(codes).toEqual(Object.fromEntries(Object.keys(attempts).map((t) => [t, '42501'])));
  });

  it('refuses to move a row of A into B, and cannot touch B’s rows from A', async () => {
    const moved = await sqlStateOf(
      withTenant(database, A.id, (tx) =>
        tx.execute(sql`update estates set company_id = ${B.id} where id = ${A.estates[0]!}`),
      ),
    );
    expect(moved).toBe('42501');
    const touched = await withTenant(database, A.id, async (tx) => ({
      estates: await q(tx, sql`update estates set name = 'hijacked' where company_id = ${B.id} returning id`),
      users: await q(tx, sql`update users set name = 'hijacked' where id = ${B.users[0]!} returning id`),
      sessions: await q(
        tx,
        sql`update sessions set revoked_at = now() where company_id = ${B.id} or company_id is null returning id`,
      ),
      audit: await q(tx, sql`delete from change_log where company_id = ${B.id} returning id`),
      memberships: await q(tx, sql`delete from memberships where company_id = ${B.id} returning id`),
      notifications: await q(
        tx,
        sql`update notifications set read_at = now() where company_id = ${B.id} returning id`,
      ),
    }));
    expect(touched).toEqual({
      estates: [],
      users: [],
      sessions: [],
      audit: [],
      memberships: [],
      notifications: [],
    });
    const intact = await withTenant(database, B.id, async (tx) => ({
      names: await q<{ name: string }>(tx, sql`select name from estates where name = 'hijacked'`),
      audit: (await keysOf(tx, 'change_log')).length,
      memberships: (await keysOf(tx, 'memberships')).length,
      sessions: await q<{ r: string | null }>(tx, sql`select revoked_at as r from sessions`),
    }));
    expect(intact).toEqual({
      names: [],
      audit: B.audit.length,
      memberships: B.memberships.length,
      sessions: [{ r: null }],
    });
  });

  it('does not let a tenant transaction mint a platform admin or take over a session', async () => {
    // Platform-wide facts about a person are not a company's to change: a member of A may also
    // belong to B, and `platform_admin` opens every company's administration.
    const minted = randomUUID();
    const ownerOf = async () =>
      (
        await withSystem(database, 'test', (tx) =>
          q<{ u: string }>(tx, sql`select user_id::text as u from sessions where id = ${A.sessions[0]!}`),
        )
      )[0]!.u;
    // (A.users is sorted after seeding, so the owner is read rather than assumed.)
    const ownerBefore = await ownerOf();
    const attempts: Record<string, SQL> = {
      insertPlatformAdmin: sql`insert into users (id, email, name, platform_admin) values (${minted}, 'minted@rls.test', 'minted', true)`,
      promoteMember: sql`update users set platform_admin = true where id = ${A.users[1]!}`,
      promoteSharedMember: sql`update users set platform_admin = true where id = ${sharedUser}`,
      sessionToAnotherUser: sql`update sessions set user_id = ${orphanUser} where id = ${A.sessions[0]!}`,
    };
    const outcome: Record<string, string> = {};
    for (const [name, statement] of Object.entries(attempts)) {
      const code = await sqlStateOf(withTenant(database, A.id, (tx) => tx.execute(statement)));
      // Refused outright (42501) or silently matching nothing are both acceptable; a change is not.
      outcome[name] = code === '42501' ? 'refused' : code === 'no error' ? 'ran' : String(code);
    }
    const state = await withSystem(database, 'test', async (tx) => ({
      platformAdmins: (
        await q<{ id: string }>(
          tx,
          sql`select id::text as id from users where platform_admin and id in (${minted}, ${A.users[1]!}, ${sharedUser})`,
        )
      ).map((r) => r.id),
      sessionOwner: (
        await q<{ u: string }>(tx, sql`select user_id::text as u from sessions where id = ${A.sessions[0]!}`)
      )[0]!.u,
    }));
    expect({ outcome, state }).toEqual({
      outcome: expect.objectContaining({
        insertPlatformAdmin: 'refused',
      }) as unknown,
      state: { platformAdmins: [], sessionOwner: ownerBefore },
    });
  });

  it('lets a tenant only mark its notifications read, never rewrite or redirect them', async () => {
    const rewrite = await sqlStateOf(
      withTenant(database, A.id, (tx) =>
        tx.execute(sql`update notifications set title = 'rewritten' where id = ${A.notifications[0]!}`),
      ),
    );
    const redirect = await sqlStateOf(
      withTenant(database, A.id, (tx) =>
        tx.execute(sql`update notifications set user_id = ${A.users[0]!} where id = ${A.notifications[0]!}`),
      ),
    );
    const read = await sqlStateOf(
      withTenant(database, A.id, (tx) =>
        tx.execute(sql`update notifications set read_at = now() where id = ${A.notifications[0]!}`),
      ),
    );
    // 42501: permission denied (column grants of 0012_notifications.sql).
    expect({ rewrite, redirect, read }).toEqual({ rewrite: '42501', redirect: '42501', read: 'no error' });
  });

  it('refuses, through composite foreign keys, a row of A that points into B', async () => {
    // Even through the system hatch (no RLS at all): the keys themselves refuse it.
    const viaSystem = await sqlStateOf(
      withSystem(database, 'test', (tx) =>
        tx.execute(
          sql`insert into estates (company_id, region_id, name, code, type) values (${A.id}, ${B.regions[0]!}, 'x', 'X-FK', 'OFFICE')`,
        ),
      ),
    );
    const viaTenant = await sqlStateOf(
      withTenant(database, A.id, (tx) =>
        tx.execute(
          sql`insert into estates (company_id, region_id, name, code, type) values (${A.id}, ${B.regions[0]!}, 'x', 'X-FK', 'OFFICE')`,
        ),
      ),
    );
    const repointed = await sqlStateOf(
      withTenant(database, A.id, (tx) =>
        tx.execute(sql`update estates set region_id = ${B.regions[0]!} where id = ${A.estates[0]!}`),
      ),
    );
    const scopeIntoB = await sqlStateOf(
      withSystem(database, 'test', (tx) =>
        insertMemberships(tx, A.id, A.users[1]!, [
          { role: 'ESTATE_MANAGER', regionId: null, estateIds: [B.estates[0]!] },
        ]),
      ),
    );
    const regionOfB = await sqlStateOf(
      withSystem(database, 'test', (tx) =>
        insertMemberships(tx, A.id, A.users[1]!, [
          { role: 'HQ_VIEWER', regionId: B.regions[0]!, estateIds: [] },
        ]),
      ),
    );
    // 23503: foreign key violation.
    expect({ viaSystem, viaTenant, repointed, scopeIntoB, regionOfB }).toEqual({
      viaSystem: '23503',
      viaTenant: '23503',
      repointed: '23503',
      scopeIntoB: '23503',
      regionOfB: '23503',
    });
  });

  it('refuses an empty or malformed company id before any SQL runs', async () => {
    for (const bad of ['', null, undefined, 'not-a-uuid', `${A.id} `, `${A.id}'; --`, A.id.slice(1)]) {
      expect(() => assertCompanyId(bad)).toThrow(MissingTenantError);
    }
    expect(() => assertCompanyId(A.id)).not.toThrow();
    expect(() => assertCompanyId(A.id.toUpperCase())).not.toThrow();

    // A database whose every use fails the test: withTenant must refuse before touching it.
    const transaction = vi.fn(() => {
      throw new Error('SQL was attempted');
    });
    const untouchable = { ...database, db: { transaction } } as unknown as Database;
    const fn = vi.fn(async () => 'ran');
    for (const bad of ['', 'not-a-uuid', '00000000-0000-0000-0000-00000000000g']) {
      await expect(withTenant(untouchable, bad, fn)).rejects.toBeInstanceOf(MissingTenantError);
    }
    expect(transaction).not.toHaveBeenCalled();
    expect(fn).not.toHaveBeenCalled();

    // The stores refuse at their own boundary too (wall 2), given a handle that must not be used.
    const tx = new Proxy({} as Tx, {
      get() {
        throw new Error('SQL was attempted');
      },
    });
    const stores: [string, () => Promise<unknown>][] = [
      ['findCompany', () => findCompany(tx, '')],
      ['findRegions', () => findRegions(tx, '', [A.regions[0]!])],
      ['listRegions', () => listRegions(tx, 'x', sql`true`, false)],
      ['findEstates', () => findEstates(tx, '', [A.estates[0]!])],
      ['findUsers', () => findUsers(tx, '', [A.users[0]!])],
      ['membershipsOf', () => membershipsOf(tx, '', [A.users[0]!])],
      [
        'insertMemberships',
        () =>
          insertMemberships(tx, '', A.users[0]!, [{ role: 'COMPANY_ADMIN', regionId: null, estateIds: [] }]),
      ],
    ];
    for (const [name, call] of stores) {
      await expect(call(), name).rejects.toBeInstanceOf(MissingTenantError);
    }
  });
});

describe('tenant context under concurrency', () => {
  it('keeps 2,000 interleaved transactions of two companies apart on a pool of two connections', async () => {
    const CALLS = 2000;
    const expected = { [A.id]: A.estates, [B.id]: B.estates };
    const backends = new Set<number>();
    const results = await Promise.allSettled(
      Array.from({ length: CALLS }, (_, i) => {
        const companyId = i % 2 === 0 ? A.id : B.id;
        return withTenant(database, companyId, async (tx) => {
          const first = await q<{ id: string }>(tx, sql`select id::text as id from estates`);
          // Let other transactions run between this one's statements.
          await new Promise<void>((r) => setImmediate(r));
          if (i % 7 === 0) {
            if (i % 14 === 0) {
              // Aborts the transaction on the server before the error reaches us.
              await tx.execute(sql`select * from no_such_table_${sql.raw(String(i))}`);
            }
            throw new Error(`planned failure ${i}`);
          }
          const [ctx] = await q<{ company: string | null; role: string; pid: number }>(
            tx,
            sql`select current_setting('app.company_id', true) as company, current_user as role, pg_backend_pid() as pid`,
          );
          const again = await q<{ id: string }>(tx, sql`select id::text as id from estates`);
          backends.add(Number(ctx!.pid));
          return {
            companyId,
            first: first.map((r) => r.id).sort(),
            again: again.map((r) => r.id).sort(),
            setting: ctx!.company,
            role: ctx!.role,
          };
        });
      }),
    );

    let ok = 0;
    for (const [i, r] of results.entries()) {
      if (i % 7 === 0) {
        expect(r.status, `call ${i} should have failed`).toBe('rejected');
        const reason = (r as PromiseRejectedResult).reason as Error;
        if (i % 14 === 0) expect(sqlState(reason), `call ${i}`).toBe('42P01');
        else expect(reason.message).toBe(`planned failure ${i}`);
        continue;
      }
      expect(r.status, `call ${i}: ${String((r as PromiseRejectedResult).reason)}`).toBe('fulfilled');
      const v = (
        r as PromiseFulfilledResult<{
          companyId: string;
          first: string[];
          again: string[];
          setting: string | null;
          role: string;
        }>
      ).value;
      const mismatch =
        v.setting !== v.companyId ||
        v.role !== 'app_rls' ||
        v.first.join() !== expected[v.companyId]!.join() ||
        v.again.join() !== expected[v.companyId]!.join();
      if (mismatch) expect({ call: i, ...v }).toEqual({ call: i, ...v, expected: expected[v.companyId] });
      ok++;
    }
    expect(ok).toBe(CALLS - Math.ceil(CALLS / 7));
    // Both pooled connections carried both companies many times over (PGlite has only one).
    expect(backends.size).toBe(database.kind === 'postgres' ? 2 : 1);

    // Afterwards no connection of the pool carries a company or the RLS role.
    const idle = await Promise.all(
      Array.from({ length: 8 }, () =>
        database.raw<{ company: string | null; role: string; system: string | null }>(
          "select current_setting('app.company_id', true) as company, current_user as role, current_setting('app.system', true) as system",
        ),
      ),
    );
    for (const [row] of idle) {
      expect(row!.company ?? '').toBe('');
      expect(row!.system ?? '').toBe('');
      expect(row!.role).not.toBe('app_rls');
    }
    // And a query as the RLS role that sets no company sees nothing at all.
    const leftovers = await Promise.all(
      Array.from({ length: 4 }, () =>
        asRlsWithoutCompany(async (tx) => ({
          estates: (await keysOf(tx, 'estates')).length,
          setting: (
            await q<{ c: string | null }>(tx, sql`select current_setting('app.company_id', true) as c`)
          )[0]!.c,
        })),
      ),
    );
    for (const l of leftovers)
      expect({ estates: l.estates, setting: l.setting ?? '' }).toEqual({ estates: 0, setting: '' });
  });
});
