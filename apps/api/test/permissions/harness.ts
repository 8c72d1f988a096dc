/**
 * The permission matrix's shared state and helpers: one company with a user per role, made once by
 * `setUpMatrix()`, and the fixtures the per-module lists (`<feature>.permissions.ts`) sample with.
 * The lists read these bindings live (ES module exports), so they see what setUpMatrix made.
 */
import { addMonths } from '@anju/domain';
import { codeOf, type GqlResult, startTestKit, type TestCompany, type TestKit, THIS_MONTH } from '../kit.js';
import { typeOpsFiguresByHand } from '../ops-kit.js';
import {
  MATRIX_ROLES,
  type MatrixRole,
  newUserOf,
  type SignedInRole,
  unique,
  usersByRole,
  workbookText,
} from '../schema-roles.js';

export interface Call {
  query: string;
  variables?: Record<string, unknown>;
  /** Overrides the role's token (logout signs out a throwaway session of the role). */
  token?: string | null;
}

export interface Entry {
  allowed: readonly MatrixRole[];
  /** A runnable call as `role`; roles that will succeed get fresh targets where the call consumes one. */
  sample(role: MatrixRole): Call | Promise<Call>;
  /** Extra assertions on an allowed role's answer. */
  check?(role: MatrixRole, data: Record<string, unknown>, call: Call): void | Promise<void>;
  /** Subscriptions: causes an event every allowed subscriber should receive. */
  trigger?(): Promise<void>;
  /** Subscriptions on a per-user topic: the topic id the role's subscription listens on (default: the company). */
  topicId?(role: MatrixRole): string;
}

export const ANYONE = MATRIX_ROLES;
export const ADMIN_ONLY = ['COMPANY_ADMIN'] as const;
export const ESTATE_SCOPED: readonly MatrixRole[] = ['ESTATE_MANAGER', 'ESTATE_STAFF', 'COMMITTEE_MEMBER'];
/** Who reads indicators, targets and comparisons (Indicator / Comparison read). */
export const INDICATOR_READERS: readonly MatrixRole[] = [
  'COMPANY_ADMIN',
  'QUALITY_AUDITOR',
  'HQ_VIEWER',
  'HQ_VIEWER_REGION',
  'ESTATE_MANAGER',
];
/** Who reads an estate's monthly figures (estates[0] is in every scope). */
export const FIGURE_READERS = INDICATOR_READERS;
/** Who fills in and submits the monthly form (MonthlyFigure create/update/submit). */
export const FIGURE_REPORTERS: readonly MatrixRole[] = ['COMPANY_ADMIN', 'ESTATE_MANAGER'];
/** Who approves or rejects submitted figures (MonthlyFigure approve). */
export const FIGURE_APPROVERS: readonly MatrixRole[] = ['COMPANY_ADMIN', 'QUALITY_AUDITOR'];

export let kit: TestKit;
export let co: TestCompany;
export let users: Record<SignedInRole, Awaited<ReturnType<typeof newUserOf>>>;
/** A staff member whose roles refused callers try to change (admin calls change them for real). */
export let victim: Awaited<ReturnType<typeof newUserOf>>;
/** Signs in through `login`. */
export let loginUser: Awaited<ReturnType<typeof newUserOf>>;
/** One invitation code per role, each redeemed once through `acceptInvitation`. */
export const invitations = new Map<MatrixRole, { token: string; userId: string }>();
/** An estate of region 0 that the admin renames (estates[0] stays as the kit made it). */
export let spareEstateId: string;
/** A second company that invites accounts of `co` (acceptCompanyInvitation, switchCompany). */
export let second: TestCompany;
export let secondAdmin: Awaited<ReturnType<typeof newUserOf>>;

/** Invites the account into `second` and answers the invitation's id, as the account sees it. */
export async function invitationOf(account: { email: string; token: string }): Promise<string> {
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

export const tokenOf = (role: MatrixRole): string | null => (role === 'ANONYMOUS' ? null : users[role].token);

export async function adminGql<T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) {
  const res = await kit.gql<T>(users.COMPANY_ADMIN.token, query, variables);
  if (codeOf(res as GqlResult) !== 'OK') throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

export const CREATE_ESTATE = `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id version } }`;
export const CREATE_REGION = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id version } }`;

export async function freshEstate(): Promise<string> {
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

export async function freshRegion(): Promise<string> {
  const data = await adminGql<{ createRegion: { id: string } }>(CREATE_REGION, {
    input: { name: `矩阵区 ${unique()}`, code: `MR-${unique()}` },
  });
  return data.createRegion.id;
}

export { THIS_MONTH };
/** Every figure sample gets a month of its own on estates[0], counting back from last month. */
export let monthCursor = addMonths(THIS_MONTH, -1);
export function freshMonth(): string {
  const month = monthCursor;
  monthCursor = addMonths(monthCursor, -1);
  return month;
}
/** Far enough ahead that the matrix's own target changes never judge the months it reports. */
export const FUTURE_MONTH = addMonths(THIS_MONTH, 36);

export const SAVE_FIGURES = `mutation($input: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $input) { state } }`;
export const SUBMIT_FIGURES = `mutation($input: EstateMonthInput!) { submitMonthlyFigures(input: $input) { state } }`;
export const APPROVE_FIGURES = `mutation($input: EstateMonthInput!) { approveMonthlyFigures(input: $input) { state } }`;
export const FEE_97 = [{ indicatorCode: 'fee_collection', numerator: 97, denominator: 100 }];

/**
 * A fresh month of estates[0] with figures in `state`, made by the admin: refused roles get one
 * too, so that a wrongly allowed call would have something to change (and the fingerprint shows it).
 */
export async function figuresIn(state: 'DRAFT' | 'SUBMITTED' | 'APPROVED', figures: unknown[] = FEE_97) {
  const month = freshMonth();
  const estateId = co.estates[0]!.id;
  await adminGql(SAVE_FIGURES, { input: { estateId, month, figures } });
  if (state !== 'DRAFT') await adminGql(SUBMIT_FIGURES, { input: { estateId, month } });
  if (state === 'APPROVED') await adminGql(APPROVE_FIGURES, { input: { estateId, month } });
  return month;
}

/** A month of estates[0] with an approved fee_collection of 90% (misses preset A's ≥95%). */
export let reportedMonth: string;
/** A month of estates[0] submitted and left waiting in the approval queue. */
export let queuedMonth: string;
/** A company indicator refused callers try to retire. */
export let spareIndicator: string;
/** The project code of estates[0] (the import file names estates by code). */
export let estate0Code: string;
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The names of the kit's estates a workbook mentions. */
export async function estatesIn(bytes: Buffer): Promise<string[]> {
  const text = await workbookText(bytes);
  return co.estates.filter((e) => text.includes(e.name)).map((e) => e.id);
}

export const CREATE_INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { code builtIn retired } }`;
export const newIndicatorInput = () => ({
  code: `mx_${unique()}`,
  nameZh: '矩阵指标',
  nameEn: 'Matrix indicator',
  unit: 'COUNT',
  direction: 'AT_MOST',
  measurement: 'INCIDENTS',
  numeratorLabel: '次数',
});

export const ids = (conn: unknown) =>
  (conn as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);

/** Builds the company, its users per role, invitations and the fixtures above (once per run). */
export async function setUpMatrix(): Promise<void> {
  // No jobs worked: a sweep or overdue check writing rows mid-case would look like a refused
  // mutation that wrote.
  kit = await startTestKit({ env: { JOBS: 'off' } });
  // These tests type figures of codes the estate's records now compute (issue 11 item 6).
  typeOpsFiguresByHand();
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
}
