import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  collect,
  type GqlResult,
  startTestKit,
  TEST_PASSWORD,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';
import { withTenant } from '../../db/tenant.js';

const CREATE = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) {
  id name slug timeZone createdAt archivedAt } }`;
const COMPANIES = `query($first: Int, $after: String) { companies(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id slug name } } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) {
  token user { id platformAdmin memberships { role scopeKind } } } }`;

interface CompanyOut {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
  createdAt: string;
  archivedAt: string | null;
}
type CompaniesOut = {
  companies: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; slug: string; name: string } }[];
  };
};

let kit: TestKit;
let platform: TestUser;
let co: TestCompany;
let companyAdmin: TestUser;

const tag = () => randomBytes(3).toString('hex');

beforeAll(async () => {
  kit = await startTestKit();
  platform = await kit.platformAdmin();
  co = await kit.company();
  companyAdmin = await co.user('COMPANY_ADMIN');
});
afterAll(() => kit.close());

const fieldsOf = (res: GqlResult) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path.join('.')}:${f.reason}`);

function newCompany(overrides: { slug?: string; name?: string; admin?: Record<string, string> } = {}) {
  const t = tag();
  return {
    name: overrides.name ?? ` 新物业 ${t} `,
    slug: overrides.slug ?? `new-${t}`,
    admin: {
      email: `boss-${t}@new.test`,
      name: '首任管理员',
      password: 'first-admin-pw',
      ...overrides.admin,
    },
  };
}

async function count(table: string, where: string, params: unknown[]) {
  const rows = await kit.database.raw<{ n: number }>(
    `select count(*)::int as n from ${table} where ${where}`,
    params,
  );
  return rows[0]!.n;
}

describe('createCompany', () => {
  it('creates a company and its first admin, who signs in to an empty company', async () => {
    const input = newCompany();
    const res = await kit.gql<{ createCompany: CompanyOut }>(platform.token, CREATE, { input });
    expect(codeOf(res)).toBe('OK');
    const company = res.data!.createCompany;
    expect(company).toMatchObject({
      name: input.name.trim(),
      slug: input.slug,
      timeZone: 'Asia/Shanghai',
      archivedAt: null,
    });

    const login = await kit.gql<{
      login: { token: string; user: { id: string; platformAdmin: boolean; memberships: unknown[] } };
    }>(null, LOGIN, { input: { email: input.admin.email.toUpperCase(), password: input.admin.password } });
    expect(codeOf(login)).toBe('OK');
    expect(login.data!.login.user).toMatchObject({
      platformAdmin: false,
      memberships: [{ role: 'COMPANY_ADMIN', scopeKind: 'COMPANY' }],
    });
    const token = login.data!.login.token;
    const view = await kit.gql<{
      company: { id: string; slug: string };
      estates: { totalCount: number };
      regions: unknown[];
      users: { totalCount: number; edges: { node: { id: string } }[] };
    }>(
      token,
      `{ company { id slug } estates { totalCount } regions { id } users { totalCount edges { node { id } } } }`,
    );
    expect(codeOf(view)).toBe('OK');
    expect(view.data).toEqual({
      company: { id: company.id, slug: input.slug },
      estates: { totalCount: 0 },
      regions: [],
      users: { totalCount: 1, edges: [{ node: { id: login.data!.login.user.id } }] },
    });
    // The new admin can start work at once.
    const region = await kit.gql(
      token,
      `mutation { createRegion(input: { name: "总部", code: "HQ" }) { id } }`,
    );
    expect(codeOf(region)).toBe('OK');

    const [stored] = await kit.database.raw<{ password_hash: string; platform_admin: boolean }>(
      'select password_hash, platform_admin from users where email = $1',
      [input.admin.email],
    );
    expect(stored!.password_hash.startsWith('$argon2id$')).toBe(true);
    expect(stored!.platform_admin).toBe(false);
    const audit = await kit.database.raw<{
      action: string;
      actor_user_id: string;
      company_id: string;
      after: unknown;
    }>(`select action, actor_user_id, company_id, after from change_log where subject_id = $1`, [company.id]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'company.create',
      actor_user_id: platform.id,
      company_id: company.id,
    });
    expect(JSON.stringify(audit[0]!.after)).not.toMatch(/argon2|password/i);
  });

  it('refuses a duplicate slug as CONFLICT on slug, and writes nothing of the second company', async () => {
    const first = newCompany();
    expect(codeOf(await kit.gql(platform.token, CREATE, { input: first }))).toBe('OK');
    const second = newCompany({ slug: first.slug });
    const res = await kit.gql(platform.token, CREATE, { input: second });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0]!.extensions!.fields![0]!.path).toEqual(['slug']);
    expect(await count('users', 'email = $1', [second.admin.email])).toBe(0);
    expect(await count('companies', 'slug = $1', [first.slug])).toBe(1);
  });

  it('refuses a taken admin email as CONFLICT on admin.email, and leaves no company behind', async () => {
    const input = newCompany({ admin: { email: companyAdmin.email } });
    const res = await kit.gql(platform.token, CREATE, { input });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0]!.extensions!.fields![0]!.path).toEqual(['admin', 'email']);
    expect(await count('companies', 'slug = $1', [input.slug])).toBe(0);
  });

  it('validates the input with field paths', async () => {
    const res = await kit.gql(platform.token, CREATE, {
      input: newCompany({
        name: ' ',
        slug: 'Bad Slug',
        admin: { email: 'nope', name: ' ', password: 'short' },
      }),
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([
      'name:REQUIRED',
      'slug:INVALID',
      'admin.email:INVALID',
      'admin.name:REQUIRED',
      'admin.password:TOO_SHORT',
    ]);
  });

  it('is forbidden to a company admin and to anonymous callers', async () => {
    const input = newCompany();
    expect(codeOf(await kit.gql(companyAdmin.token, CREATE, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(null, CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(await count('companies', 'slug = $1', [input.slug])).toBe(0);
  });
});

describe('companies (platform)', () => {
  it('lists every company to the platform admin, a page at a time by slug', async () => {
    const total = await count('companies', 'true', []);
    const slugs: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res: GqlResult<CompaniesOut> = await kit.gql<CompaniesOut>(platform.token, COMPANIES, {
        first: 2,
        after,
      });
      expect(codeOf(res)).toBe('OK');
      expect(res.data!.companies.totalCount).toBe(total);
      slugs.push(...res.data!.companies.edges.map((e) => e.node.slug));
      if (!res.data!.companies.pageInfo.hasNextPage) break;
      after = res.data!.companies.pageInfo.endCursor;
    }
    expect(slugs).toHaveLength(total);
    expect(slugs).toEqual([...slugs].sort());
    expect(slugs).toContain(co.slug);
  });

  it('is forbidden to company admins and anonymous callers', async () => {
    expect(codeOf(await kit.gql(companyAdmin.token, COMPANIES))).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(null, COMPANIES))).toBe('UNAUTHENTICATED');
  });

  it('gives the platform admin no business data of any company', async () => {
    // Signed in through the normal login as well as with the kit's session.
    const login = await kit.gql<{
      login: { token: string; user: { platformAdmin: boolean; memberships: unknown[] } };
    }>(null, LOGIN, { input: { email: platform.email, password: TEST_PASSWORD } });
    expect(codeOf(login)).toBe('OK');
    expect(login.data!.login.user).toMatchObject({ platformAdmin: true, memberships: [] });
    for (const token of [platform.token, login.data!.login.token]) {
      const reads: Record<string, [string, Record<string, unknown>?]> = {
        company: [`{ company { id name } }`],
        estates: [`{ estates { totalCount edges { node { id } } } }`],
        estate: [`query($id: ID!) { estate(id: $id) { id name } }`, { id: co.estates[0]!.id }],
        regions: [`{ regions { id } }`],
        users: [`{ users { totalCount } }`],
        createEstate: [
          `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id } }`,
          { input: { name: '平台', code: 'PLAT-1', type: 'OFFICE' } },
        ],
      };
      const codes: Record<string, string> = {};
      const data: Record<string, unknown> = {};
      for (const [name, [query, variables]] of Object.entries(reads)) {
        const res = await kit.gql(token, query, variables);
        codes[name] = codeOf(res);
        data[name] = res.data?.[name as never] ?? null;
      }
      expect(codes).toEqual(Object.fromEntries(Object.keys(reads).map((k) => [k, 'FORBIDDEN'])));
      expect(data).toEqual(Object.fromEntries(Object.keys(reads).map((k) => [k, null])));
    }
    expect(await count('estates', `code = 'PLAT-1'`, [])).toBe(0);
  });
});

const UPDATE = `mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { id name timeZone suspendedAt } }`;
const SUSPEND = `mutation($input: CompanyIdInput!) { suspendCompany(input: $input) { id suspendedAt } }`;
const REACTIVATE = `mutation($input: CompanyIdInput!) { reactivateCompany(input: $input) { id suspendedAt } }`;

async function trailOf(companyId: string) {
  return kit.database.raw<{ action: string; actor_user_id: string; before: unknown; after: unknown }>(
    `select action, actor_user_id, before, after from change_log where company_id = $1 and subject_type = 'Company' order by at`,
    [companyId],
  );
}

describe('updateCompany', () => {
  it('renames a company and changes its time zone, recorded in its trail', async () => {
    const target = await kit.company();
    const res = await kit.gql<{ updateCompany: { name: string; timeZone: string } }>(platform.token, UPDATE, {
      input: { id: target.id, name: ` 改名物业 ${tag()} `, timeZone: 'Asia/Urumqi' },
    });
    expect(codeOf(res)).toBe('OK');
    expect(res.data!.updateCompany.name).toMatch(/^改名物业 [0-9a-f]{6}$/);
    expect(res.data!.updateCompany.timeZone).toBe('Asia/Urumqi');
    const trail = await trailOf(target.id);
    expect(trail).toEqual([
      expect.objectContaining({
        action: 'company.update',
        actor_user_id: platform.id,
        before: expect.objectContaining({ name: target.name, timeZone: 'Asia/Shanghai' }),
        after: expect.objectContaining({ name: res.data!.updateCompany.name, timeZone: 'Asia/Urumqi' }),
      }),
    ]);
  });

  it('validates, answers NOT_FOUND for an unknown company, and is the platform admin’s alone', async () => {
    const target = await kit.company();
    const bad = await kit.gql(platform.token, UPDATE, {
      input: { id: target.id, name: ' ', timeZone: 'Mars/Olympus' },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['name:REQUIRED', 'timeZone:INVALID']);
    const missing = await kit.gql(platform.token, UPDATE, {
      input: { id: '00000000-0000-4000-8000-000000000000', name: 'x' },
    });
    expect(codeOf(missing)).toBe('NOT_FOUND');
    const admin = await target.user('COMPANY_ADMIN');
    expect(codeOf(await kit.gql(admin.token, UPDATE, { input: { id: target.id, name: '自己改名' } }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await kit.gql(null, UPDATE, { input: { id: target.id, name: '匿名' } }))).toBe(
      'UNAUTHENTICATED',
    );
    const [row] = await kit.database.raw<{ name: string }>('select name from companies where id = $1', [
      target.id,
    ]);
    expect(row!.name).toBe(target.name);
  });
});

describe('suspendCompany / reactivateCompany', () => {
  const COMPANY = `{ company { id } }`;
  const login = (email: string) =>
    kit.gql<{ login: { token: string } }>(null, LOGIN, { input: { email, password: TEST_PASSWORD } });
  const reasonOf = (res: GqlResult) =>
    (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;

  it('refuses the company’s sessions, sign-ins and sockets with COMPANY_SUSPENDED until reactivated', async () => {
    const target = await kit.company();
    const admin = await target.user('COMPANY_ADMIN');
    const manager = await target.user('ESTATE_MANAGER');
    const bystander = companyAdmin;
    expect(codeOf(await kit.gql(admin.token, COMPANY))).toBe('OK');

    const res = await kit.gql<{ suspendCompany: { suspendedAt: string | null } }>(platform.token, SUSPEND, {
      input: { id: target.id },
    });
    expect(codeOf(res)).toBe('OK');
    expect(res.data!.suspendCompany.suspendedAt).not.toBeNull();

    for (const token of [admin.token, manager.token]) {
      const refused = await kit.gql(token, COMPANY);
      expect(codeOf(refused)).toBe('UNAUTHENTICATED');
      expect(reasonOf(refused)).toBe('COMPANY_SUSPENDED');
    }
    const mutation = await kit.gql(
      admin.token,
      `mutation { createRegion(input: { name: "停", code: "STOP" }) { id } }`,
    );
    expect(reasonOf(mutation)).toBe('COMPANY_SUSPENDED');
    expect(await count('regions', `company_id = $1 and code = 'STOP'`, [target.id])).toBe(0);
    const signIn = await login(manager.email);
    expect(codeOf(signIn)).toBe('UNAUTHENTICATED');
    expect(reasonOf(signIn)).toBe('COMPANY_SUSPENDED');
    // A wrong password learns nothing about the company.
    const wrong = await kit.gql(null, LOGIN, { input: { email: manager.email, password: 'wrong-password' } });
    expect(reasonOf(wrong)).toBeUndefined();
    // New sockets are refused.
    const socket = collect(kit.ws(admin.token), `subscription { estateChanged { kind } }`);
    await socket.waitFor(1, 3000);
    expect(socket.events).toEqual([]);
    expect((socket.errors[0] as { code?: number }).code).toBe(4403);
    // Other companies carry on.
    expect(codeOf(await kit.gql(bystander.token, COMPANY))).toBe('OK');
    // Suspending twice is a conflict.
    const twice = await kit.gql(platform.token, SUSPEND, { input: { id: target.id } });
    expect(codeOf(twice)).toBe('CONFLICT');

    const back = await kit.gql<{ reactivateCompany: { suspendedAt: string | null } }>(
      platform.token,
      REACTIVATE,
      {
        input: { id: target.id },
      },
    );
    expect(back.data!.reactivateCompany.suspendedAt).toBeNull();
    expect(codeOf(await kit.gql(admin.token, COMPANY))).toBe('OK');
    expect(codeOf(await login(manager.email))).toBe('OK');
    expect((await trailOf(target.id)).map((r) => [r.action, r.actor_user_id])).toEqual([
      ['company.suspend', platform.id],
      ['company.reactivate', platform.id],
    ]);
  });

  it('closes the company’s open sockets (4403) when suspended; after reactivation a new socket works', async () => {
    const target = await kit.company();
    const admin = await target.user('COMPANY_ADMIN');
    const SUB = `subscription { estateChanged { kind estate { name } } }`;
    type Event = { estateChanged: { kind: string; estate: { name: string } } };
    const event = (name: string) =>
      kit.app.services.pubsub.publish('ESTATE_CHANGED', target.id, {
        kind: 'UPDATED',
        estate: { ...target.estates[0]!, companyId: target.id, name } as never,
      });
    const client = kit.ws(admin.token);
    const closed = new Promise<number>((resolve) =>
      client.on('closed', (e) => resolve((e as { code: number }).code)),
    );
    const sub = await kit.subscribe<Event>(client, target.id, SUB);
    event('暂停之前');
    await sub.waitFor(1);
    await kit.gql(platform.token, SUSPEND, { input: { id: target.id } });
    expect(await closed).toBe(4403);
    event('暂停期间');
    await kit.gql(platform.token, REACTIVATE, { input: { id: target.id } });
    // A new socket of the same session is let in again and receives what happens from now on.
    const again = await kit.subscribe<Event>(kit.ws(admin.token), target.id, SUB);
    event('恢复之后');
    await again.waitFor(1);
    expect(again.events.map((e) => e.estateChanged.estate.name)).toEqual(['恢复之后']);
    expect(sub.events.map((e) => e.estateChanged.estate.name)).toEqual(['暂停之前']);
  });

  it('leaves a person of two companies working in the other one', async () => {
    const target = await kit.company();
    const person = await target.user('QUALITY_AUDITOR');
    // The person also works for `co` (a membership made directly; accounts.test covers invitations).
    await kit.database.raw(
      `insert into memberships (company_id, user_id, role) values ($1, $2, 'HQ_VIEWER')`,
      [co.id, person.id],
    );
    await kit.gql(platform.token, SUSPEND, { input: { id: target.id } });
    const signIn = await login(person.email);
    expect(codeOf(signIn)).toBe('OK');
    const view = await kit.gql<{ company: { id: string }; myCompanies: { id: string }[] }>(
      signIn.data!.login.token,
      `{ company { id } myCompanies { id } }`,
    );
    expect(view.data).toEqual({ company: { id: co.id }, myCompanies: [{ id: co.id }] });
    const sw = await kit.gql(
      signIn.data!.login.token,
      `mutation($input: SwitchCompanyInput!) { switchCompany(input: $input) { token } }`,
      {
        input: { companyId: target.id },
      },
    );
    expect(codeOf(sw)).toBe('NOT_FOUND');
  });

  it('is the platform admin’s alone, and NOT_FOUND for an unknown company', async () => {
    const target = await kit.company();
    const admin = await target.user('COMPANY_ADMIN');
    for (const op of [SUSPEND, REACTIVATE]) {
      expect(codeOf(await kit.gql(admin.token, op, { input: { id: target.id } }))).toBe('FORBIDDEN');
      expect(codeOf(await kit.gql(null, op, { input: { id: target.id } }))).toBe('UNAUTHENTICATED');
      expect(
        codeOf(await kit.gql(platform.token, op, { input: { id: '00000000-0000-4000-8000-000000000000' } })),
      ).toBe('NOT_FOUND');
    }
    expect(await count('companies', 'id = $1 and suspended_at is not null', [target.id])).toBe(0);
  });

  it('cannot be set from inside a company, whatever the query', async () => {
    const target = await kit.company();
    await expect(
      withTenant(kit.database, target.id, (tx) =>
        tx.execute(sql`update companies set suspended_at = now() where id = ${target.id}`),
      ),
    ).rejects.toThrow();
    // The company's own row stays lockable (admin changes serialise on it) and renamable.
    await withTenant(kit.database, target.id, (tx) =>
      tx.execute(sql`select 1 from companies where id = ${target.id} for update`),
    );
    expect(await count('companies', 'id = $1 and suspended_at is not null', [target.id])).toBe(0);
  });
});

describe('updateCompanySettings', () => {
  const SETTINGS = `mutation($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { id figureReminderDay } }`;
  const dayOf = async (id: string) =>
    (
      await kit.database.raw<{ d: number | null }>(
        'select figure_reminder_day as d from companies where id = $1',
        [id],
      )
    )[0]!.d;

  it('starts at the 5th, and the company admin sets the reminder day or turns it off', async () => {
    const target = await kit.company();
    const admin = await target.user('COMPANY_ADMIN');
    const read = await kit.gql<{ company: { figureReminderDay: number | null } }>(
      admin.token,
      `{ company { figureReminderDay } }`,
    );
    expect(read.data!.company.figureReminderDay).toBe(5);
    for (const day of [1, 28, null, 12]) {
      const res = await kit.gql(admin.token, SETTINGS, { input: { figureReminderDay: day } });
      expect(res.data).toEqual({ updateCompanySettings: { id: target.id, figureReminderDay: day } });
      expect(await dayOf(target.id)).toBe(day);
    }
    // Absent leaves it as it is, and records nothing.
    const unchanged = await kit.gql(admin.token, SETTINGS, { input: {} });
    expect(unchanged.data).toEqual({ updateCompanySettings: { id: target.id, figureReminderDay: 12 } });
    const log = await kit.database.raw<{ before: unknown; after: unknown; actor_user_id: string }>(
      `select before, after, actor_user_id from change_log where company_id = $1 and action = 'company.settings' order by at, id`,
      [target.id],
    );
    expect(log.map((l) => [l.before, l.after])).toEqual([
      [{ figureReminderDay: 5 }, { figureReminderDay: 1 }],
      [{ figureReminderDay: 1 }, { figureReminderDay: 28 }],
      [{ figureReminderDay: 28 }, { figureReminderDay: null }],
      [{ figureReminderDay: null }, { figureReminderDay: 12 }],
    ]);
    expect(log.every((l) => l.actor_user_id === admin.id)).toBe(true);
    // The other company's day is its own.
    expect(await dayOf(co.id)).toBe(5);
  });

  it('refuses a day outside 1–28 with a reason, and hostile values before any resolver', async () => {
    const target = await kit.company();
    const admin = await target.user('COMPANY_ADMIN');
    for (const [day, reason] of [
      [0, 'figureReminderDay:TOO_SMALL'],
      [-1, 'figureReminderDay:TOO_SMALL'],
      [29, 'figureReminderDay:TOO_LARGE'],
      [31, 'figureReminderDay:TOO_LARGE'],
      [2_147_483_647, 'figureReminderDay:TOO_LARGE'],
    ] as const) {
      const res = await kit.gql(admin.token, SETTINGS, { input: { figureReminderDay: day } });
      expect(codeOf(res), String(day)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual([reason]);
      expect(res.errors![0]!.extensions!.fields![0]).toMatchObject(
        day < 1 ? { params: { min: 1 } } : { params: { max: 28 } },
      );
    }
    // Not an Int at all: GraphQL refuses them (BAD_USER_INPUT) before the service runs.
    for (const day of [2.5, '5', 'x'.repeat(1000), 2 ** 31, true, [5], { day: 5 }]) {
      const res = await kit.gql(admin.token, SETTINGS, { input: { figureReminderDay: day } });
      expect(codeOf(res), JSON.stringify(day)).toBe('BAD_USER_INPUT');
    }
    const literal = await kit.gql(
      admin.token,
      `mutation { updateCompanySettings(input: { figureReminderDay: "5\\u0000" }) { id } }`,
    );
    expect(codeOf(literal)).not.toBe('OK');
    expect(codeOf(literal)).not.toBe('INTERNAL_SERVER_ERROR');
    expect(await dayOf(target.id)).toBe(5);
    // The database holds the range even against a bug in the service.
    await expect(
      withTenant(kit.database, target.id, (tx) =>
        tx.execute(sql`update companies set figure_reminder_day = 31 where id = ${target.id}`),
      ),
    ).rejects.toThrow();
  });

  it('is the company admin’s alone: others get FORBIDDEN before their input is judged', async () => {
    const target = await kit.company();
    for (const role of ['QUALITY_AUDITOR', 'HQ_VIEWER', 'ESTATE_MANAGER', 'ESTATE_STAFF'] as const) {
      const user = await target.user(role);
      for (const day of [7, 99]) {
        const res = await kit.gql(user.token, SETTINGS, { input: { figureReminderDay: day } });
        expect(codeOf(res), role).toBe('FORBIDDEN');
      }
    }
    expect(codeOf(await kit.gql(platform.token, SETTINGS, { input: { figureReminderDay: 7 } }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await kit.gql(null, SETTINGS, { input: { figureReminderDay: 7 } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await dayOf(target.id)).toBe(5);
    // Only the reminder day is open to tenants: the slug and the suspension stay the platform's.
    await expect(
      withTenant(kit.database, target.id, (tx) =>
        tx.execute(sql`update companies set slug = 'taken-over' where id = ${target.id}`),
      ),
    ).rejects.toThrow();
  });
});
