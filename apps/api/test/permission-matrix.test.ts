/**
 * The permission matrix (ARCHITECTURE.md, "Tests"): every query, mutation and subscription of the
 * schema with the roles allowed to use it and a runnable sample. A new operation fails the first
 * test until it is added here; every operation is then run as every role: allowed roles succeed,
 * refused ones get UNAUTHENTICATED (anonymous) or FORBIDDEN / NOT_FOUND and change nothing.
 */
import { addMonths } from '@anju/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  collect,
  type GqlResult,
  startTestKit,
  TEST_PASSWORD,
  type TestCompany,
  type TestKit,
  THIS_MONTH,
} from './kit.js';
import {
  COMPANY_ROLES,
  figuresWorkbook,
  fingerprint,
  loadSchema,
  MATRIX_ROLES,
  type MatrixRole,
  newUserOf,
  operationOf,
  SIGNED_IN_ROLES,
  type SignedInRole,
  schemaOperations,
  subscriptionErrorCode,
  unique,
  usersByRole,
  versionOf,
  workbookText,
} from './schema-roles.js';

interface Call {
  query: string;
  variables?: Record<string, unknown>;
  /** Overrides the role's token (logout signs out a throwaway session of the role). */
  token?: string | null;
}

interface Entry {
  allowed: readonly MatrixRole[];
  /** A runnable call as `role`; roles that will succeed get fresh targets where the call consumes one. */
  sample(role: MatrixRole): Call | Promise<Call>;
  /** Extra assertions on an allowed role's answer. */
  check?(role: MatrixRole, data: Record<string, unknown>, call: Call): void | Promise<void>;
  /** Subscriptions: causes an event every allowed subscriber should receive. */
  trigger?(): Promise<void>;
}

/** The operations of the committed schema, by name. */
const OPERATIONS = schemaOperations(loadSchema());
const ANYONE = MATRIX_ROLES;
const ADMIN_ONLY = ['COMPANY_ADMIN'] as const;
const ESTATE_SCOPED: readonly MatrixRole[] = ['ESTATE_MANAGER', 'ESTATE_STAFF', 'COMMITTEE_MEMBER'];
/** Who reads indicators, targets and comparisons (Indicator / Comparison read). */
const INDICATOR_READERS: readonly MatrixRole[] = [
  'COMPANY_ADMIN',
  'QUALITY_AUDITOR',
  'HQ_VIEWER',
  'HQ_VIEWER_REGION',
  'ESTATE_MANAGER',
];
/** Who reads an estate's monthly figures (estates[0] is in every scope). */
const FIGURE_READERS = INDICATOR_READERS;
/** Who fills in and submits the monthly form (MonthlyFigure create/update/submit). */
const FIGURE_REPORTERS: readonly MatrixRole[] = ['COMPANY_ADMIN', 'ESTATE_MANAGER'];
/** Who approves or rejects submitted figures (MonthlyFigure approve). */
const FIGURE_APPROVERS: readonly MatrixRole[] = ['COMPANY_ADMIN', 'QUALITY_AUDITOR'];

let kit: TestKit;
let co: TestCompany;
let users: Record<SignedInRole, Awaited<ReturnType<typeof newUserOf>>>;
/** A staff member whose roles refused callers try to change (admin calls change them for real). */
let victim: Awaited<ReturnType<typeof newUserOf>>;
/** Signs in through `login`. */
let loginUser: Awaited<ReturnType<typeof newUserOf>>;
/** One invitation code per role, each redeemed once through `acceptInvitation`. */
const invitations = new Map<MatrixRole, { token: string; userId: string }>();
/** An estate of region 0 that the admin renames (estates[0] stays as the kit made it). */
let spareEstateId: string;
/** A second company that invites accounts of `co` (acceptCompanyInvitation). */
let second: TestCompany;
let secondAdmin: Awaited<ReturnType<typeof newUserOf>>;

/** Invites the account into `second` and answers the invitation's id, as the account sees it. */
async function invitationOf(account: { email: string; token: string }): Promise<string> {
  const created = await kit.gql(
    secondAdmin.token,
    `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
    { input: { email: account.email, name: '受邀', memberships: [{ role: 'HQ_VIEWER' }] } },
  );
  if (codeOf(created) !== 'OK') throw new Error(`setup failed: ${JSON.stringify(created.errors)}`);
  const seen = await kit.gql<{ myInvitations: { id: string }[] }>(
    account.token,
    `query { myInvitations { id } }`,
  );
  return seen.data!.myInvitations[0]!.id;
}

const tokenOf = (role: MatrixRole): string | null => (role === 'ANONYMOUS' ? null : users[role].token);

async function adminGql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) {
  const res = await kit.gql<T>(users.COMPANY_ADMIN.token, query, variables);
  if (codeOf(res as GqlResult) !== 'OK') throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

const CREATE_ESTATE = `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id version } }`;
const CREATE_REGION = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id version } }`;

async function freshEstate(): Promise<string> {
  const data = await adminGql<{ createEstate: { id: string } }>(CREATE_ESTATE, {
    input: {
      name: `矩阵苑 ${unique()}`,
      code: `MX-${unique()}`,
      type: 'RESIDENTIAL',
      regionId: co.regions[0]!.id,
    },
  });
  return data.createEstate.id;
}

async function freshRegion(): Promise<string> {
  const data = await adminGql<{ createRegion: { id: string } }>(CREATE_REGION, {
    input: { name: `矩阵区 ${unique()}`, code: `MR-${unique()}` },
  });
  return data.createRegion.id;
}

/** Every figure sample gets a month of its own on estates[0], counting back from last month. */
let monthCursor = addMonths(THIS_MONTH, -1);
function freshMonth(): string {
  const month = monthCursor;
  monthCursor = addMonths(monthCursor, -1);
  return month;
}
/** Far enough ahead that the matrix's own target changes never judge the months it reports. */
const FUTURE_MONTH = addMonths(THIS_MONTH, 36);

const SAVE_FIGURES = `mutation($input: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $input) { state } }`;
const SUBMIT_FIGURES = `mutation($input: EstateMonthInput!) { submitMonthlyFigures(input: $input) { state } }`;
const APPROVE_FIGURES = `mutation($input: EstateMonthInput!) { approveMonthlyFigures(input: $input) { state } }`;
const FEE_97 = [{ indicatorCode: 'fee_collection', numerator: 97, denominator: 100 }];

/**
 * A fresh month of estates[0] with figures in `state`, made by the admin: refused roles get one
 * too, so that a wrongly allowed call would have something to change (and the fingerprint shows it).
 */
async function figuresIn(state: 'DRAFT' | 'SUBMITTED' | 'APPROVED', figures: unknown[] = FEE_97) {
  const month = freshMonth();
  const estateId = co.estates[0]!.id;
  await adminGql(SAVE_FIGURES, { input: { estateId, month, figures } });
  if (state !== 'DRAFT') await adminGql(SUBMIT_FIGURES, { input: { estateId, month } });
  if (state === 'APPROVED') await adminGql(APPROVE_FIGURES, { input: { estateId, month } });
  return month;
}

/** A month of estates[0] with an approved fee_collection of 90% (misses preset A's ≥95%). */
let reportedMonth: string;
/** A month of estates[0] submitted and left waiting in the approval queue. */
let queuedMonth: string;
/** A company indicator refused callers try to retire. */
let spareIndicator: string;
/** The project code of estates[0] (the import file names estates by code). */
let estate0Code: string;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The names of the kit's estates a workbook mentions. */
async function estatesIn(base64: string): Promise<string[]> {
  const text = await workbookText(base64);
  return co.estates.filter((e) => text.includes(e.name)).map((e) => e.id);
}

const CREATE_INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { code builtIn retired } }`;
const newIndicatorInput = () => ({
  code: `mx_${unique()}`,
  nameZh: '矩阵指标',
  nameEn: 'Matrix indicator',
  unit: 'COUNT',
  direction: 'AT_MOST',
  measurement: 'INCIDENTS',
  numeratorLabel: '次数',
});

const ids = (conn: unknown) => (conn as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);

const MATRIX: Record<string, Entry> = {
  // ---- queries ----
  me: {
    allowed: SIGNED_IN_ROLES,
    sample: () => ({ query: `query { me { id email platformAdmin memberships { role scopeKind } } }` }),
    check: (role, data) => {
      const u = users[role as SignedInRole];
      expect(data.me).toMatchObject({ id: u.id, email: u.email, platformAdmin: role === 'PLATFORM_ADMIN' });
    },
  },
  users: {
    allowed: ['COMPANY_ADMIN', 'QUALITY_AUDITOR'],
    sample: () => ({ query: `query { users(first: 100) { totalCount edges { node { id name email } } } }` }),
    check: (role, data) => expect(ids(data.users)).toContain(users[role as SignedInRole].id),
  },
  company: {
    allowed: COMPANY_ROLES,
    sample: () => ({ query: `query { company { id name slug } }` }),
    check: (_role, data) => expect(data.company).toMatchObject({ id: co.id, slug: co.slug }),
  },
  companies: {
    allowed: ['PLATFORM_ADMIN'],
    sample: () => ({ query: `query { companies(first: 100) { totalCount edges { node { id slug } } } }` }),
    check: (_role, data) => expect(ids(data.companies)).toContain(co.id),
  },
  estates: {
    allowed: COMPANY_ROLES,
    sample: () => ({
      query: `query { estates(first: 100) { totalCount edges { node { id regionId } } } }`,
    }),
    check: (role, data) => {
      const nodes = (
        data.estates as { edges: { node: { id: string; regionId: string | null } }[] }
      ).edges.map((e) => e.node);
      const seen = nodes.map((n) => n.id);
      const [e0, e1, e2] = co.estates.map((e) => e.id);
      if (ESTATE_SCOPED.includes(role)) expect(seen).toEqual([e0]);
      else if (role === 'HQ_VIEWER_REGION') {
        expect(seen).toEqual(expect.arrayContaining([e0, e1]));
        expect(nodes.every((n) => n.regionId === co.regions[0]!.id)).toBe(true);
      } else expect(seen).toEqual(expect.arrayContaining([e0, e1, e2]));
    },
  },
  estate: {
    allowed: COMPANY_ROLES,
    // estates[0] is in every scoped role's scope (and in region 0).
    sample: () => ({
      query: `query($id: ID!) { estate(id: $id) { id name } }`,
      variables: { id: co.estates[0]!.id },
    }),
    check: (_role, data) => expect(data.estate).toMatchObject({ id: co.estates[0]!.id }),
  },
  regions: {
    // Estate-level members read the region of their estate only (estates[0] is in region 0).
    allowed: COMPANY_ROLES,
    sample: () => ({ query: `query { regions { id code } }` }),
    check: (role, data) => {
      const seen = (data.regions as { id: string }[]).map((r) => r.id);
      if (['HQ_VIEWER_REGION', 'ESTATE_MANAGER', 'ESTATE_STAFF', 'COMMITTEE_MEMBER'].includes(role))
        expect(seen).toEqual([co.estates[0]!.regionId]);
      else expect(seen).toEqual(expect.arrayContaining(co.regions.map((r) => r.id)));
    },
  },

  // ---- users ----
  createUser: {
    allowed: ADMIN_ONLY,
    sample: () => ({
      query: `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email } invitationToken } }`,
      variables: {
        input: {
          email: `matrix-${unique()}@${co.slug}.test`,
          name: '矩阵用户',
          memberships: [{ role: 'ESTATE_STAFF', estateIds: [co.estates[0]!.id] }],
        },
      },
    }),
    check: async (_role, data, call) => {
      const email = (call.variables!.input as { email: string }).email;
      const rows = await kit.database.raw('select id from users where email = $1', [email]);
      expect(rows).toHaveLength(1);
      expect((data.createUser as { invitationToken: string | null }).invitationToken).toBeTruthy();
    },
  },
  setMemberships: {
    allowed: ADMIN_ONLY,
    sample: () => ({
      query: `mutation($input: SetMembershipsInput!) { setMemberships(input: $input) { id memberships { role estateIds } } }`,
      variables: {
        input: { userId: victim.id, memberships: [{ role: 'ESTATE_STAFF', estateIds: [co.estates[1]!.id] }] },
      },
    }),
    check: (_role, data) =>
      expect(data.setMemberships).toMatchObject({
        id: victim.id,
        memberships: [{ role: 'ESTATE_STAFF', estateIds: [co.estates[1]!.id] }],
      }),
  },
  deactivateUser: {
    allowed: ADMIN_ONLY,
    sample: async (role) => ({
      query: `mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { id status } }`,
      variables: {
        input: { userId: role === 'COMPANY_ADMIN' ? (await co.user('ESTATE_STAFF')).id : victim.id },
      },
    }),
    check: (_role, data) => expect(data.deactivateUser).toMatchObject({ status: 'DEACTIVATED' }),
  },

  // ---- auth ----
  login: {
    allowed: ANYONE,
    sample: () => ({
      query: `mutation($input: LoginInput!) { login(input: $input) { token user { id } } }`,
      variables: { input: { email: loginUser.email, password: TEST_PASSWORD } },
    }),
    check: (_role, data) => expect(data.login).toMatchObject({ user: { id: loginUser.id } }),
  },
  logout: {
    allowed: SIGNED_IN_ROLES,
    sample: async (role) => ({
      query: `mutation { logout }`,
      token: role === 'ANONYMOUS' ? null : (await newUserOf(kit, co, role)).token,
    }),
    check: async (role, data, call) => {
      expect(data.logout).toBe(true);
      // The throwaway session is over; the role's own session is untouched.
      expect(codeOf(await kit.gql(call.token!, `query { me { id } }`))).toBe('UNAUTHENTICATED');
      expect(codeOf(await kit.gql(tokenOf(role), `query { me { id } }`))).toBe('OK');
    },
  },
  acceptInvitation: {
    allowed: ANYONE,
    sample: (role) => ({
      query: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id } } }`,
      variables: { input: { token: invitations.get(role)!.token, password: 'accepted-pass-1' } },
    }),
    check: (role, data) =>
      expect(data.acceptInvitation).toMatchObject({ user: { id: invitations.get(role)!.userId } }),
  },

  myCompanies: {
    allowed: SIGNED_IN_ROLES,
    sample: () => ({ query: `query { myCompanies { id name } }` }),
    check: (role, data) =>
      expect((data.myCompanies as { id: string }[]).map((c) => c.id)).toEqual(
        role === 'PLATFORM_ADMIN' ? [] : [co.id],
      ),
  },
  myInvitations: {
    allowed: SIGNED_IN_ROLES,
    sample: () => ({ query: `query { myInvitations { id companyId companyName roles } }` }),
    check: (_role, data) => expect(data.myInvitations).toEqual([]),
  },
  acceptCompanyInvitation: {
    allowed: SIGNED_IN_ROLES,
    // A throwaway account of the role, invited by the second company; anonymous callers try its id.
    sample: async (role) => {
      const query = `mutation($input: AcceptCompanyInvitationInput!) { acceptCompanyInvitation(input: $input) { id } }`;
      const account = await newUserOf(kit, co, role === 'ANONYMOUS' ? 'ESTATE_STAFF' : role);
      const invitationId = await invitationOf(account);
      return {
        query,
        variables: { input: { invitationId } },
        token: role === 'ANONYMOUS' ? null : account.token,
      };
    },
    check: (_role, data) =>
      expect((data.acceptCompanyInvitation as { id: string }[]).map((c) => c.id)).toContain(second.id),
  },
  switchCompany: {
    allowed: COMPANY_ROLES,
    // A throwaway account of the role, also invited to and working for the second company, moves
    // there (the platform admin has no membership in `second`: NOT_FOUND).
    sample: async (role) => {
      const query = `mutation($input: SwitchCompanyInput!) { switchCompany(input: $input) { token user { id } } }`;
      if (role === 'ANONYMOUS') return { query, variables: { input: { companyId: second.id } }, token: null };
      const account = await newUserOf(kit, co, role);
      if (role !== 'PLATFORM_ADMIN') {
        const invitationId = await invitationOf(account);
        await kit.gql(
          account.token,
          `mutation($input: AcceptCompanyInvitationInput!) { acceptCompanyInvitation(input: $input) { id } }`,
          { input: { invitationId } },
        );
      }
      return { query, variables: { input: { companyId: second.id } }, token: account.token };
    },
    check: async (_role, data, call) => {
      const { token } = data.switchCompany as { token: string };
      expect(codeOf(await kit.gql(call.token!, `query { me { id } }`))).toBe('UNAUTHENTICATED');
      const view = await kit.gql<{ company: { id: string } }>(token, `query { company { id } }`);
      expect(view.data!.company.id).toBe(second.id);
    },
  },

  // ---- companies ----
  updateCompany: {
    allowed: ['PLATFORM_ADMIN'],
    sample: async () => ({
      query: `mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { id name } }`,
      variables: { input: { id: (await kit.company()).id, name: `改名 ${unique()}` } },
    }),
    check: (_role, data) => expect((data.updateCompany as { name: string }).name).toMatch(/^改名 /),
  },
  suspendCompany: {
    allowed: ['PLATFORM_ADMIN'],
    sample: async () => ({
      query: `mutation($input: CompanyIdInput!) { suspendCompany(input: $input) { id suspendedAt } }`,
      variables: { input: { id: (await kit.company()).id } },
    }),
    check: (_role, data) => expect((data.suspendCompany as { suspendedAt: string }).suspendedAt).toBeTruthy(),
  },
  reactivateCompany: {
    allowed: ['PLATFORM_ADMIN'],
    sample: async () => {
      const target = await kit.company();
      await kit.database.raw('update companies set suspended_at = now() where id = $1', [target.id]);
      return {
        query: `mutation($input: CompanyIdInput!) { reactivateCompany(input: $input) { id suspendedAt } }`,
        variables: { input: { id: target.id } },
      };
    },
    check: (_role, data) => expect((data.reactivateCompany as { suspendedAt: null }).suspendedAt).toBeNull(),
  },
  createCompany: {
    allowed: ['PLATFORM_ADMIN'],
    sample: () => {
      const tag = unique();
      return {
        query: `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id slug } }`,
        variables: {
          input: {
            name: `矩阵物业 ${tag}`,
            slug: `mx-${tag}`,
            admin: { email: `admin-${tag}@mx.test`, name: '首任管理员', password: TEST_PASSWORD },
          },
        },
      };
    },
    check: async (_role, data) => {
      const rows = await kit.database.raw('select id from companies where slug = $1', [
        (data.createCompany as { slug: string }).slug,
      ]);
      expect(rows).toHaveLength(1);
    },
  },

  // ---- estates ----
  createEstate: {
    allowed: ADMIN_ONLY,
    sample: () => ({
      query: CREATE_ESTATE,
      variables: {
        input: {
          name: `新苑 ${unique()}`,
          code: `MC-${unique()}`,
          type: 'OFFICE',
          regionId: co.regions[0]!.id,
        },
      },
    }),
  },
  updateEstate: {
    allowed: ADMIN_ONLY,
    // Refused roles aim at estates[0], which they can all read (FORBIDDEN rather than NOT_FOUND).
    sample: async (role) => {
      const id = role === 'COMPANY_ADMIN' ? spareEstateId : co.estates[0]!.id;
      return {
        query: `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id name version } }`,
        variables: { input: { id, version: await versionOf(kit, 'estates', id), name: `改名 ${unique()}` } },
      };
    },
  },
  archiveEstate: {
    allowed: ADMIN_ONLY,
    sample: async (role) => {
      const id = role === 'COMPANY_ADMIN' ? await freshEstate() : co.estates[0]!.id;
      return {
        query: `mutation($input: ArchiveInput!) { archiveEstate(input: $input) { id archivedAt } }`,
        variables: { input: { id, version: await versionOf(kit, 'estates', id) } },
      };
    },
    check: (_role, data) => expect((data.archiveEstate as { archivedAt: string }).archivedAt).toBeTruthy(),
  },

  // ---- regions ----
  createRegion: {
    allowed: ADMIN_ONLY,
    sample: () => ({
      query: CREATE_REGION,
      variables: { input: { name: `新区 ${unique()}`, code: `RC-${unique()}` } },
    }),
  },
  updateRegion: {
    allowed: ADMIN_ONLY,
    sample: async (role) => {
      const id = role === 'COMPANY_ADMIN' ? await freshRegion() : co.regions[0]!.id;
      return {
        query: `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { id name version } }`,
        variables: { input: { id, version: await versionOf(kit, 'regions', id), name: `改区 ${unique()}` } },
      };
    },
  },
  archiveRegion: {
    allowed: ADMIN_ONLY,
    sample: async (role) => {
      const id = role === 'COMPANY_ADMIN' ? await freshRegion() : co.regions[0]!.id;
      return {
        query: `mutation($input: ArchiveInput!) { archiveRegion(input: $input) { id archivedAt } }`,
        variables: { input: { id, version: await versionOf(kit, 'regions', id) } },
      };
    },
    check: (_role, data) => expect((data.archiveRegion as { archivedAt: string }).archivedAt).toBeTruthy(),
  },

  // ---- indicators and targets ----
  indicators: {
    allowed: INDICATOR_READERS,
    sample: () => ({ query: `query { indicators { code builtIn retired presetA { label } } }` }),
    check: (_role, data) => {
      const list = data.indicators as { code: string; builtIn: boolean }[];
      expect(list.filter((i) => i.builtIn)).toHaveLength(29);
      expect(list.map((i) => i.code)).toEqual(expect.arrayContaining(['house_intact', 'audit_score']));
    },
  },
  indicatorSettings: {
    allowed: INDICATOR_READERS,
    sample: () => ({ query: `query { indicatorSettings { presetNow history { preset effectiveMonth } } }` }),
    // The matrix only ever chooses a preset for a month years ahead: today is still preset A.
    check: (_role, data) => expect(data.indicatorSettings).toMatchObject({ presetNow: 'A' }),
  },
  effectiveTargets: {
    allowed: INDICATOR_READERS,
    sample: () => ({
      query: `query($m: String!, $e: ID) { effectiveTargets(month: $m, estateId: $e) { indicatorCode estateId source target { label } } }`,
      variables: { m: THIS_MONTH, e: co.estates[0]!.id },
    }),
    check: (_role, data) => {
      const list = data.effectiveTargets as { indicatorCode: string; estateId: string }[];
      expect(list.length).toBeGreaterThanOrEqual(29);
      expect(list.every((t) => t.estateId === co.estates[0]!.id)).toBe(true);
    },
  },
  targetHistory: {
    allowed: INDICATOR_READERS,
    sample: () => ({
      query: `query($c: String!, $e: ID) { targetHistory(indicatorCode: $c, estateId: $e) { id effectiveMonth target { label } setByName } }`,
      variables: { c: 'fee_collection', e: co.estates[0]!.id },
    }),
    check: (_role, data) => expect(Array.isArray(data.targetHistory)).toBe(true),
  },
  setIndicatorPreset: {
    allowed: ADMIN_ONLY,
    sample: () => ({
      query: `mutation($input: SetIndicatorPresetInput!) { setIndicatorPreset(input: $input) { presetNow history { preset effectiveMonth } } }`,
      variables: { input: { preset: 'B', effectiveMonth: FUTURE_MONTH } },
    }),
    check: (_role, data) =>
      expect((data.setIndicatorPreset as { history: unknown[] }).history).toContainEqual({
        preset: 'B',
        effectiveMonth: FUTURE_MONTH,
      }),
  },
  setIndicatorTarget: {
    allowed: ADMIN_ONLY,
    // estates[0]: the estate manager's own estate, so a refusal is about the role, not the scope.
    sample: () => ({
      query: `mutation($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { indicatorCode estateId source target { label } } }`,
      variables: {
        input: {
          indicatorCode: 'fee_collection',
          estateId: co.estates[0]!.id,
          op: 'AT_LEAST',
          value: 90,
          effectiveMonth: FUTURE_MONTH,
          reason: '矩阵测试',
        },
      },
    }),
    check: (_role, data) =>
      expect(data.setIndicatorTarget).toMatchObject({
        indicatorCode: 'fee_collection',
        estateId: co.estates[0]!.id,
        source: 'ESTATE',
        target: { label: '≥90%' },
      }),
  },
  createIndicator: {
    allowed: ADMIN_ONLY,
    sample: () => ({ query: CREATE_INDICATOR, variables: { input: newIndicatorInput() } }),
    check: (_role, data, call) =>
      expect(data.createIndicator).toEqual({
        code: (call.variables!.input as { code: string }).code,
        builtIn: false,
        retired: false,
      }),
  },
  retireIndicator: {
    allowed: ADMIN_ONLY,
    sample: async (role) => {
      const code =
        role === 'COMPANY_ADMIN'
          ? (
              await adminGql<{ createIndicator: { code: string } }>(CREATE_INDICATOR, {
                input: newIndicatorInput(),
              })
            ).createIndicator.code
          : spareIndicator;
      return {
        query: `mutation($input: RetireIndicatorInput!) { retireIndicator(input: $input) { code retired } }`,
        variables: { input: { code } },
      };
    },
    check: (_role, data) => expect(data.retireIndicator).toMatchObject({ retired: true }),
  },

  // ---- monthly figures ----
  monthlyForm: {
    allowed: FIGURE_READERS,
    sample: () => ({
      query: `query($e: ID!, $m: String!) { monthlyForm(estateId: $e, month: $m) { estateId month state items { indicator { code } figure { value } judgement } } }`,
      variables: { e: co.estates[0]!.id, m: reportedMonth },
    }),
    check: (_role, data) => {
      const form = data.monthlyForm as {
        state: string;
        items: { indicator: { code: string }; figure: { value: number } | null; judgement: string }[];
      };
      expect(form.state).toBe('APPROVED');
      expect(form.items.find((i) => i.indicator.code === 'fee_collection')).toMatchObject({
        figure: { value: 90 },
        judgement: 'MISSED',
      });
    },
  },
  figureHistory: {
    allowed: FIGURE_READERS,
    sample: () => ({
      query: `query($e: ID!, $c: String!, $m: String!) { figureHistory(estateId: $e, indicatorCode: $c, month: $m) { revision value state effective } }`,
      variables: { e: co.estates[0]!.id, c: 'fee_collection', m: reportedMonth },
    }),
    check: (_role, data) =>
      expect(data.figureHistory).toEqual([{ revision: 1, value: 90, state: 'APPROVED', effective: true }]),
  },
  approvalQueue: {
    allowed: FIGURE_APPROVERS,
    sample: () => ({
      query: `query { approvalQueue(first: 100) { totalCount edges { node { estateId month figureCount missedCount } } } }`,
    }),
    check: (_role, data) => {
      const nodes = (data.approvalQueue as { edges: { node: Record<string, unknown> }[] }).edges.map(
        (e) => e.node,
      );
      expect(nodes).toContainEqual({
        estateId: co.estates[0]!.id,
        month: queuedMonth,
        figureCount: 1,
        missedCount: 0,
      });
    },
  },
  saveMonthlyFigures: {
    allowed: FIGURE_REPORTERS,
    sample: () => ({
      query: SAVE_FIGURES,
      variables: { input: { estateId: co.estates[0]!.id, month: freshMonth(), figures: FEE_97 } },
    }),
    check: (_role, data) => expect(data.saveMonthlyFigures).toEqual({ state: 'DRAFT' }),
  },
  submitMonthlyFigures: {
    allowed: FIGURE_REPORTERS,
    sample: async () => ({
      query: SUBMIT_FIGURES,
      variables: { input: { estateId: co.estates[0]!.id, month: await figuresIn('DRAFT') } },
    }),
    check: (_role, data) => expect(data.submitMonthlyFigures).toEqual({ state: 'SUBMITTED' }),
  },
  approveMonthlyFigures: {
    allowed: FIGURE_APPROVERS,
    sample: async () => ({
      query: APPROVE_FIGURES,
      variables: { input: { estateId: co.estates[0]!.id, month: await figuresIn('SUBMITTED') } },
    }),
    check: (_role, data) => expect(data.approveMonthlyFigures).toEqual({ state: 'APPROVED' }),
  },
  rejectMonthlyFigures: {
    allowed: FIGURE_APPROVERS,
    sample: async () => ({
      query: `mutation($input: RejectMonthlyFiguresInput!) { rejectMonthlyFigures(input: $input) { state rejectReason } }`,
      variables: {
        input: { estateId: co.estates[0]!.id, month: await figuresIn('SUBMITTED'), reason: '数据不全' },
      },
    }),
    check: (_role, data) =>
      expect(data.rejectMonthlyFigures).toEqual({ state: 'REJECTED', rejectReason: '数据不全' }),
  },
  correctMonthlyFigure: {
    allowed: FIGURE_REPORTERS,
    sample: async () => ({
      query: `mutation($input: CorrectMonthlyFigureInput!) { correctMonthlyFigure(input: $input) { state items { indicator { code } figure { revision value state } effective { revision } } } }`,
      variables: {
        input: {
          estateId: co.estates[0]!.id,
          month: await figuresIn('APPROVED'),
          indicatorCode: 'fee_collection',
          numerator: 98,
          denominator: 100,
          reason: '漏记一笔',
        },
      },
    }),
    check: (_role, data) => {
      const items = (data.correctMonthlyFigure as { items: { indicator: { code: string } }[] }).items;
      expect(items.find((i) => i.indicator.code === 'fee_collection')).toMatchObject({
        figure: { revision: 2, value: 98, state: 'DRAFT' },
        effective: { revision: 1 },
      });
    },
  },

  // ---- comparison ----
  comparisonMatrix: {
    allowed: INDICATOR_READERS,
    sample: () => ({
      query: `query($f: ComparisonFilter!) { comparisonMatrix(filter: $f) { period rows { estateId regionId cells { indicatorCode value judgement } } } }`,
      variables: { f: { period: reportedMonth, indicatorCodes: ['fee_collection'] } },
    }),
    check: (role, data) => {
      const rows = (data.comparisonMatrix as { rows: { estateId: string; regionId: string | null }[] }).rows;
      const seen = rows.map((r) => r.estateId);
      const [e0, e1, e2] = co.estates.map((e) => e.id);
      // Rows are limited to the estates the caller may read.
      if (role === 'ESTATE_MANAGER') expect(seen).toEqual([e0]);
      else if (role === 'HQ_VIEWER_REGION') {
        expect(seen).toEqual(expect.arrayContaining([e0, e1]));
        expect(rows.every((r) => r.regionId === co.regions[0]!.id)).toBe(true);
      } else expect(seen).toEqual(expect.arrayContaining([e0, e1, e2]));
    },
  },
  missedCommitments: {
    allowed: INDICATOR_READERS,
    sample: () => ({
      query: `query($f: ComparisonFilter!) { missedCommitments(filter: $f) { estateId indicator { code } value target { label } gap } }`,
      variables: { f: { period: reportedMonth, indicatorCodes: ['fee_collection'] } },
    }),
    check: (_role, data) =>
      expect(data.missedCommitments).toEqual([
        {
          estateId: co.estates[0]!.id,
          indicator: { code: 'fee_collection' },
          value: 90,
          target: { label: '≥95%' },
          gap: -5,
        },
      ]),
  },
  indicatorTrend: {
    allowed: INDICATOR_READERS,
    sample: () => ({
      query: `query($e: [ID!]!, $c: [String!]!, $from: String!, $to: String!) { indicatorTrend(estateIds: $e, indicatorCodes: $c, from: $from, to: $to) { estateId indicatorCode points { month value judgement } } }`,
      variables: { e: [co.estates[0]!.id], c: ['fee_collection'], from: reportedMonth, to: reportedMonth },
    }),
    check: (_role, data) =>
      expect(data.indicatorTrend).toEqual([
        {
          estateId: co.estates[0]!.id,
          indicatorCode: 'fee_collection',
          points: [{ month: reportedMonth, value: 90, judgement: 'MISSED' }],
        },
      ]),
  },
  estateScorecard: {
    allowed: INDICATOR_READERS,
    sample: () => ({
      query: `query($e: ID!, $p: String!) { estateScorecard(estateId: $e, period: $p) { estateId period missedCount rankOf } }`,
      variables: { e: co.estates[0]!.id, p: reportedMonth },
    }),
    check: (_role, data) =>
      expect(data.estateScorecard).toMatchObject({
        estateId: co.estates[0]!.id,
        period: reportedMonth,
        missedCount: 1,
      }),
  },

  // ---- Excel ----
  monthlyFigureTemplate: {
    allowed: FIGURE_REPORTERS,
    sample: () => ({
      query: `query($m: String!) { monthlyFigureTemplate(month: $m) { filename contentType base64 } }`,
      variables: { m: reportedMonth },
    }),
    check: async (role, data) => {
      const file = data.monthlyFigureTemplate as { contentType: string; base64: string };
      expect(file.contentType).toBe(XLSX);
      const [e0, e1, e2] = co.estates.map((e) => e.id);
      // One row per estate the caller reports for.
      if (role === 'ESTATE_MANAGER') expect(await estatesIn(file.base64)).toEqual([e0]);
      else expect(await estatesIn(file.base64)).toEqual([e0, e1, e2]);
    },
  },
  importMonthlyFigures: {
    allowed: FIGURE_REPORTERS,
    sample: async () => {
      const month = freshMonth();
      return {
        query: `mutation($input: ImportMonthlyFiguresInput!) { importMonthlyFigures(input: $input) { estateCount figureCount } }`,
        variables: {
          input: {
            month,
            base64: await figuresWorkbook(month, [
              {
                estateCode: estate0Code,
                values: { 'fee_collection.numerator': 97, 'fee_collection.denominator': 100 },
              },
            ]),
          },
        },
      };
    },
    check: async (_role, data, call) => {
      expect(data.importMonthlyFigures).toEqual({ estateCount: 1, figureCount: 1 });
      const month = (call.variables!.input as { month: string }).month;
      const form = await adminGql<{ monthlyForm: { state: string } }>(
        `query($e: ID!, $m: String!) { monthlyForm(estateId: $e, month: $m) { state } }`,
        { e: co.estates[0]!.id, m: month },
      );
      expect(form.monthlyForm.state).toBe('DRAFT');
    },
  },
  comparisonExport: {
    allowed: INDICATOR_READERS,
    sample: (role) => ({
      query: `query($f: ComparisonFilter!, $k: ComparisonExportKind!) { comparisonExport(filter: $f, kind: $k) { filename contentType base64 } }`,
      variables: {
        f: { period: reportedMonth, indicatorCodes: ['fee_collection'] },
        k: role === 'HQ_VIEWER' ? 'LEAGUE' : 'MATRIX',
      },
    }),
    check: async (role, data) => {
      const file = data.comparisonExport as { contentType: string; base64: string };
      expect(file.contentType).toBe(XLSX);
      const [e0, e1, e2] = co.estates.map((e) => e.id);
      // The same rows as comparisonMatrix: only estates the caller may read.
      const seen = await estatesIn(file.base64);
      if (role === 'ESTATE_MANAGER') expect(seen).toEqual([e0]);
      else if (role === 'HQ_VIEWER_REGION') expect(seen).toEqual([e0, e1]);
      else expect(seen).toEqual([e0, e1, e2]);
    },
  },

  // ---- subscriptions ----
  estateChanged: {
    allowed: COMPANY_ROLES,
    sample: () => ({ query: `subscription { estateChanged { kind estate { id } } }` }),
    // estates[0] is visible to every company role, so every allowed subscriber hears of it.
    trigger: async () => {
      const id = co.estates[0]!.id;
      await adminGql(`mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id } }`, {
        input: { id, version: await versionOf(kit, 'estates', id), address: `矩阵路 ${unique()} 号` },
      });
    },
    check: (_role, data) =>
      expect(data.estateChanged).toMatchObject({ kind: 'UPDATED', estate: { id: co.estates[0]!.id } }),
  },
  figuresChanged: {
    allowed: FIGURE_READERS,
    sample: () => ({ query: `subscription { figuresChanged { estateId month state } }` }),
    trigger: async () => {
      await figuresIn('DRAFT');
    },
    check: (_role, data) =>
      expect(data.figuresChanged).toMatchObject({ estateId: co.estates[0]!.id, state: 'DRAFT' }),
  },
  indicatorAlert: {
    allowed: FIGURE_READERS,
    sample: () => ({
      query: `subscription { indicatorAlert { estateId indicatorCode month value target { label } } }`,
    }),
    // An approved 50% misses preset A's ≥95%: HQ and the estate's manager hear of it.
    trigger: async () => {
      await figuresIn('APPROVED', [{ indicatorCode: 'fee_collection', numerator: 50, denominator: 100 }]);
    },
    check: (_role, data) =>
      expect(data.indicatorAlert).toMatchObject({
        estateId: co.estates[0]!.id,
        indicatorCode: 'fee_collection',
        value: 50,
        target: { label: '≥95%' },
      }),
  },
};

beforeAll(async () => {
  kit = await startTestKit();
  co = await kit.company();
  second = await kit.company();
  secondAdmin = await second.user('COMPANY_ADMIN');
  [users, victim, loginUser] = await Promise.all([
    usersByRole(kit, co),
    co.user('ESTATE_STAFF'),
    co.user('ESTATE_STAFF'),
  ]);
  for (const role of MATRIX_ROLES) {
    const data = await adminGql<{ createUser: { user: { id: string }; invitationToken: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } invitationToken } }`,
      {
        input: {
          email: `invited-${role.toLowerCase()}-${unique()}@${co.slug}.test`,
          name: `受邀 ${role}`,
          memberships: [{ role: 'ESTATE_STAFF', estateIds: [co.estates[0]!.id] }],
        },
      },
    );
    invitations.set(role, { token: data.createUser.invitationToken, userId: data.createUser.user.id });
  }
  spareEstateId = await freshEstate();
  const [estate0] = await kit.database.raw<{ code: string }>('select code from estates where id = $1', [
    co.estates[0]!.id,
  ]);
  estate0Code = estate0!.code;
  reportedMonth = await figuresIn('APPROVED', [
    { indicatorCode: 'fee_collection', numerator: 90, denominator: 100 },
  ]);
  queuedMonth = await figuresIn('SUBMITTED');
  spareIndicator = (
    await adminGql<{ createIndicator: { code: string } }>(CREATE_INDICATOR, { input: newIndicatorInput() })
  ).createIndicator.code;
});
afterAll(() => kit?.close());

describe('permission matrix', () => {
  it('lists every query, mutation and subscription of the schema, and nothing else', () => {
    const operations = OPERATIONS;
    const missing = [...operations.keys()].filter((n) => !(n in MATRIX));
    const stale = Object.keys(MATRIX).filter((n) => !operations.has(n));
    expect({ missing, stale }, 'add new operations to MATRIX with their allowed roles').toEqual({
      missing: [],
      stale: [],
    });
    expect(Object.keys(MATRIX).sort()).toEqual([...operations.keys()].sort());
  });

  it('the committed schema.graphql has the operations the running server serves', async () => {
    const res = await kit.gql<{
      __schema: Record<
        'queryType' | 'mutationType' | 'subscriptionType',
        { fields: { name: string }[] } | null
      >;
    }>(
      null,
      `{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }`,
    );
    expect(codeOf(res)).toBe('OK');
    const live = Object.values(res.data!.__schema).flatMap((t) => t?.fields.map((f) => f.name) ?? []);
    expect(live.sort()).toEqual([...OPERATIONS.keys()].sort());
  });

  for (const [name, entry] of Object.entries(MATRIX)) {
    describe(name, () => {
      for (const role of MATRIX_ROLES) {
        const allowed = entry.allowed.includes(role);
        it(`${allowed ? 'allows' : 'refuses'} ${role}`, async () => {
          const call = await entry.sample(role);
          const op = operationOf(call.query);
          expect(op.field, 'the sample runs the operation it is listed under').toBe(name);
          expect(op.kind, 'the sample uses the operation type of the schema').toBe(OPERATIONS.get(name));
          const token = call.token !== undefined ? call.token : tokenOf(role);
          if (op.kind === 'subscription') return runSubscription(entry, role, allowed, call, token);

          const before = op.kind === 'mutation' && !allowed ? await fingerprint(kit) : undefined;
          const res = await kit.gql(token, call.query, call.variables);
          if (allowed) {
            expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
            expect(codeOf(res)).toBe('OK');
            await entry.check?.(role, res.data!, call);
            return;
          }
          const code = codeOf(res);
          if (role === 'ANONYMOUS') expect(code).toBe('UNAUTHENTICATED');
          else
            expect(
              ['FORBIDDEN', 'NOT_FOUND'],
              `${name} as ${role} answered ${JSON.stringify(res)}`,
            ).toContain(code);
          expect(res.data ?? null).toBeNull();
          if (before) expect(await fingerprint(kit), 'a refused mutation wrote nothing').toEqual(before);
        });
      }
    });
  }
});

async function runSubscription(
  entry: Entry,
  role: MatrixRole,
  allowed: boolean,
  call: Call,
  token: string | null,
) {
  const client = kit.ws(token);
  try {
    if (!allowed) {
      // Refused at once: the error (or the socket's close) ends the wait.
      const sub = collect<Record<string, unknown>>(client, call.query, call.variables);
      await sub.waitFor(1, 5000);
      sub.dispose();
      expect(sub.errors.length, `${role} should be refused`).toBeGreaterThan(0);
      const code = subscriptionErrorCode(sub.errors[0]);
      // Anonymous sockets are closed at connection_init (4403); signed-in callers get an error.
      if (role === 'ANONYMOUS') expect(code).toBe('CLOSE_4403');
      else expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code);
      expect(sub.events).toEqual([]);
      return;
    }
    // Allowed: the server registers it (a refusal would reject here), then the trigger's event arrives.
    const sub = await kit.subscribe<Record<string, unknown>>(client, co.id, call.query, call.variables);
    try {
      expect(sub.errors, JSON.stringify(sub.errors)).toEqual([]);
      if (entry.trigger) {
        await entry.trigger();
        const events = await sub.waitFor(1, 5000);
        expect(sub.errors).toEqual([]);
        expect(events.length).toBeGreaterThan(0);
        await entry.check?.(role, events[0]!, call);
      }
    } finally {
      sub.dispose();
    }
  } finally {
    await client.dispose();
  }
}

describe('scopes and field-level rules', () => {
  it('scoped roles get NOT_FOUND for an estate outside their scope', async () => {
    const outside = co.estates[2]!.id; // region 1, not estates[0]
    for (const role of [...ESTATE_SCOPED, 'HQ_VIEWER_REGION'] as const) {
      const res = await kit.gql(tokenOf(role), `query($id: ID!) { estate(id: $id) { id } }`, { id: outside });
      expect(codeOf(res), role).toBe('NOT_FOUND');
    }
    for (const role of ['COMPANY_ADMIN', 'QUALITY_AUDITOR', 'HQ_VIEWER'] as const) {
      const res = await kit.gql(tokenOf(role), `query($id: ID!) { estate(id: $id) { id } }`, { id: outside });
      expect(codeOf(res), role).toBe('OK');
    }
  });

  it('a quality auditor lists users without the email and phone of others; the admin sees them', async () => {
    const LIST = `query { users(first: 100) { edges { node { id email phone } } } }`;
    type Nodes = { users: { edges: { node: { id: string; email: string | null; phone: string | null } }[] } };
    const auditor = users.QUALITY_AUDITOR;
    const asAuditor = await kit.gql<Nodes>(auditor.token, LIST);
    expect(codeOf(asAuditor)).toBe('OK');
    const seen = asAuditor.data!.users.edges.map((e) => e.node);
    const others = seen.filter((n) => n.id !== auditor.id);
    expect(others.length).toBeGreaterThan(3);
    expect(others.every((n) => n.email === null && n.phone === null)).toBe(true);
    // Their own personal data is theirs to see.
    expect(seen.find((n) => n.id === auditor.id)).toMatchObject({ email: auditor.email });

    const asAdmin = await kit.gql<Nodes>(users.COMPANY_ADMIN.token, LIST);
    expect(codeOf(asAdmin)).toBe('OK');
    const byId = new Map(asAdmin.data!.users.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(users.ESTATE_MANAGER.id)).toMatchObject({
      email: users.ESTATE_MANAGER.email,
      phone: '13800000000',
    });
    expect(byId.get(auditor.id)).toMatchObject({ email: auditor.email });
    expect([...byId.values()].every((n) => n.email !== null)).toBe(true);
  });

  it('users carry their standing in the company: ACTIVE, INVITED or DEACTIVATED', async () => {
    // setMemberships refuses DEACTIVATED users, so a wrong standing locks the admin out of every user.
    const invited = invitations.get('COMMITTEE_MEMBER')!.userId; // redeemed only if the matrix ran first
    const gone = await co.user('ESTATE_STAFF');
    await adminGql(`mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { id } }`, {
      input: { userId: gone.id },
    });
    const res = await kit.gql<{ users: { edges: { node: { id: string; status: string } }[] } }>(
      users.COMPANY_ADMIN.token,
      `query { users(first: 100) { edges { node { id status } } } }`,
    );
    const status = new Map(res.data!.users.edges.map((e) => [e.node.id, e.node.status]));
    expect(status.get(users.ESTATE_MANAGER.id)).toBe('ACTIVE');
    expect(status.get(users.COMPANY_ADMIN.id)).toBe('ACTIVE');
    expect(status.get(gone.id)).toBe('DEACTIVATED');
    const [row] = await kit.database.raw<{ pending: boolean }>(
      'select password_hash is null as pending from users where id = $1',
      [invited],
    );
    expect(status.get(invited)).toBe(row!.pending ? 'INVITED' : 'ACTIVE');
  });

  it('an HQ viewer of one region hears only of estates in that region', async () => {
    const client = kit.ws(users.HQ_VIEWER_REGION.token);
    const sub = await kit.subscribe<{ estateChanged: { estate: { id: string } } }>(
      client,
      co.id,
      `subscription { estateChanged { kind estate { id } } }`,
    );
    const update = async (id: string, address: string) =>
      kit.gql(
        users.COMPANY_ADMIN.token,
        `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id } }`,
        { input: { id, version: await versionOf(kit, 'estates', id), address } },
      );
    const other = co.estates[2]!.id; // region 1
    const mine = co.estates[1]!.id; // region 0
    await update(other, '南区 1 号');
    // The sentinel: a change in the viewer's own region, published after the other region's.
    await update(mine, '东区 1 号');
    await sub.until((e) => e.estateChanged.estate.id === mine);
    expect(sub.events.map((e) => e.estateChanged.estate.id)).toEqual([mine]);
    sub.dispose();
    await client.dispose();
  });
});
