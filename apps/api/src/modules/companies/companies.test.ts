import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  type GqlResult,
  startTestKit,
  TEST_PASSWORD,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';

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
