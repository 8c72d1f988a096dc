/**
 * Tenant isolation through every ID argument (ARCHITECTURE.md, "Tests"): the ID arguments are
 * read from the schema (top-level and nested in inputs, lists included), and each one has a case
 * below building a valid call. The call is made as every role of company A with an object of
 * company B at that path: A gets NOT_FOUND or BAD_USER_INPUT (or FORBIDDEN, for a role that may
 * not call it at all), never B's data, and B's rows stay exactly as they were. A new operation
 * with an ID argument fails the coverage test until it has a case here.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { addMonths, crewShifts, datesBetween, ROSTER_ANCHOR } from '@anju/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/tenant.js';
import { notify } from '../src/modules/notifications/index.js';
import {
  campaign,
  type SubmittedAudit,
  submittedAudit,
  type TemplateVersion,
  templateVersion,
} from './audit-fixture.js';
import { clientKey, photoOf, publishedTemplate, SMALL_CONTENT } from './audits-kit.js';
import { downloaded, downloadFile, type FileRefOf, uploaded } from './files.js';
import {
  codeOf,
  type GqlResult,
  type Subscription,
  startTestKit,
  type TestCompany,
  type TestKit,
  type TestUser,
  THIS_MONTH,
} from './kit.js';
import { feeWorkbook, typeOpsFiguresByHand } from './ops-kit.js';
import { insertStaff, staffedEstate } from './rosters-kit.js';
import {
  auditItemsWorkbook,
  COMPANY_ROLES,
  figuresWorkbook,
  idArgumentPaths,
  loadSchema,
  operationOf,
  SIGNED_IN_ROLES,
  type SignedInRole,
  unique,
  usersByRole,
  workbookText,
} from './schema-roles.js';
import { idNumberOf, staffWorkbook } from './staff-kit.js';
import { addCertificate, addPerson, addTraining } from './staffing-fixture.js';

interface Call {
  query: string;
  variables: Record<string, unknown>;
}

type IdKind =
  | 'region'
  | 'estate'
  | 'user'
  | 'company'
  | 'invitation'
  | 'file'
  | 'notification'
  | 'auditTemplate'
  | 'auditTemplateVersion'
  | 'templateFile'
  // Audits (issue 9, Part B): an audit, a campaign, a self-check schedule, a template and a
  // published version of it, an auditor (a member who may conduct audits) and a photo upload.
  | 'audit'
  | 'campaign'
  | 'schedule'
  | 'template'
  | 'templateVersion'
  | 'auditor'
  | 'photo'
  // Findings and rectification (issue 9, Part C): a submitted audit with findings, a campaign
  // holding one, a finding and a rectification (written by audit-fixture.ts, as submitAudit would).
  | 'submittedAudit'
  | 'overviewCampaign'
  | 'finding'
  | 'rectification'
  // The estate team (issue 10): a department of an estate staffed from the template, a position.
  | 'department'
  | 'position'
  // Rosters (issue 10, item 3): a member of staff in a roster, and the colleague of a swap.
  | 'rosterStaff'
  | 'rosterPartner'
  // Staff (issue 10 item 2): see the staff block before the tests.
  | StaffIdKind
  // Company staffing templates (issue 10 item 1): see the staffing-templates block before the tests.
  | 'staffingTemplate'
  // Work orders (issue 11 item 1): see the work-orders block before the tests.
  | WorkOrderIdKind
  // The estate's records (issue 11 item 5): see the estate-operations block before the tests.
  | OpsIdKind
  // Complaints (issue 11 item 3): a fresh open complaint of A (each step may consume it).
  | 'complaint'
  // Surveys (issue 11 item 4): a survey of A's estates[1].
  | 'survey';

interface IdCase {
  kind: IdKind;
  /** A list filter: an empty answer says nothing about B, so it is as good as NOT_FOUND. */
  filter?: { empty(data: Record<string, unknown>): boolean | Promise<boolean> };
  /**
   * What the answer says, for answers that hide it (a file to download from /files): leak checks
   * and the "same answer as an id that exists nowhere" comparison read this instead of the data.
   */
  reveal?(data: Record<string, unknown>): Promise<unknown>;
  /** The control call consumes its object of A (archive, deactivate): make a fresh one each time. */
  fresh?: boolean;
  /**
   * A platform operation on a company (suspend…): no company role may call it (FORBIDDEN), the
   * platform admin acts on any company by design, and the control runs as the platform admin.
   */
  platform?: boolean;
  /** A valid call with `id` at the path under test and objects of A everywhere else. */
  call(id: string): Call | Promise<Call>;
  /** Puts A's object of the control call into the state the call needs (a draft to submit…). */
  prepare?(id: string): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let kit: TestKit;
let A: TestCompany;
let B: TestCompany;
let aUsers: Record<SignedInRole, TestUser>;
let bAdmin: TestUser;
let bStaff: TestUser;
/** A third company, whose invitations are neither A's nor B's. */
let C: TestCompany;
let cAdmin: TestUser;
/** B's invitation of an account of C: nobody of A may accept it. */
let bInvitation: string;
/** A member of A whose roles the admin replaces. */
let aTarget: TestUser;
/** An estate of A the admin moves between regions. */
let aMovable: string;
/** A notification of B's admin: nobody of A may read it or mark it read. */
let bNotification: string;
/** Every id, name, code and email of B: none may appear in an answer to A. */
let bSecrets: string[];
/** An upload of B's admin (a filled template of B's estates), and an export B's admin made. */
let bUpload: string;
let bExport: FileRefOf;
/** B's published audit template and its version 1 (audits, part A). */
let bEditedTemplate: { id: string; versionId: string };

async function versionOf(table: 'regions' | 'estates', id: string): Promise<number> {
  if (!UUID.test(id)) return 1;
  const [row] = await kit.database.raw<{ version: number }>(`select version from ${table} where id = $1`, [
    id,
  ]);
  return row?.version ?? 1;
}

async function adminOfA<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await kit.gql<T>(aUsers.COMPANY_ADMIN.token, query, variables);
  if (codeOf(res as GqlResult) !== 'OK') throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

const newEstateOfA = async () =>
  (
    await adminOfA<{ createEstate: { id: string } }>(
      `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id } }`,
      { input: { name: `隔离苑 ${unique()}`, code: `ISO-${unique()}`, type: 'RESIDENTIAL' } },
    )
  ).createEstate.id;

const newRegionOfA = async () =>
  (
    await adminOfA<{ createRegion: { id: string } }>(
      `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }`,
      { input: { name: `隔离区 ${unique()}`, code: `ISR-${unique()}` } },
    )
  ).createRegion.id;

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email memberships { regionId estateIds } } invitationToken } }`;
const SET_MEMBERSHIPS = `mutation($input: SetMembershipsInput!) { setMemberships(input: $input) { id email memberships { regionId estateIds region { id name } estates { id name } } } }`;
const ESTATE_FIELDS = `id name code regionId version archivedAt region { id name code }`;

/**
 * Months in which B's estates[0] holds a draft, a submitted and an approved figure, so that a call
 * aimed at B's estate in that month would have something to change or reveal.
 */
const M_DRAFT = addMonths(THIS_MONTH, -2);
const M_SUBMITTED = addMonths(THIS_MONTH, -3);
const M_APPROVED = addMonths(THIS_MONTH, -4);
/** fee_collection 50%: misses every preset, so B's figure would show up as a missed commitment. */
const FIGURES = [
  { indicatorCode: 'fee_collection', numerator: 50, denominator: 100, note: '乙方内部备注 仅限本公司' },
];
const SAVE_FIGURES = `mutation($input: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $input) { state } }`;
const SUBMIT_FIGURES = `mutation($input: EstateMonthInput!) { submitMonthlyFigures(input: $input) { state } }`;
const APPROVE_FIGURES = `mutation($input: EstateMonthInput!) { approveMonthlyFigures(input: $input) { state } }`;
const FORM_FIELDS = `estateId estateName month state rejectReason items { indicator { code } figure { id value note state } effective { id } target { label } judgement }`;

/** Figures of `estateId` in `month`, brought to `state` by that company's admin. */
async function figuresIn(
  token: string,
  estateId: string,
  month: string,
  state: 'DRAFT' | 'SUBMITTED' | 'APPROVED',
): Promise<void> {
  const steps: [string, Record<string, unknown>][] = [
    [SAVE_FIGURES, { estateId, month, figures: FIGURES }],
    ...(state === 'DRAFT'
      ? []
      : [[SUBMIT_FIGURES, { estateId, month }] as [string, Record<string, unknown>]]),
    ...(state === 'APPROVED'
      ? [[APPROVE_FIGURES, { estateId, month }] as [string, Record<string, unknown>]]
      : []),
  ];
  for (const [query, input] of steps) {
    const res = await kit.gql(token, query, { input });
    if (codeOf(res) !== 'OK') throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
  }
}
const figuresOfA = (estateId: string, month: string, state: 'DRAFT' | 'SUBMITTED' | 'APPROVED') =>
  figuresIn(aUsers.COMPANY_ADMIN.token, estateId, month, state);

/**
 * The text of a workbook an operation answered as a file: downloaded by A's admin, who reads every
 * file of A (the caller's own export included), never one of B.
 */
const fileText = (field: string) => async (d: Record<string, unknown>) =>
  workbookText(await downloaded(kit, aUsers.COMPANY_ADMIN.token, (d[field] as FileRefOf).id));
const exportText = fileText('exportComparison');

/** A filled template of A's estates[0] for `month`, uploaded by A's admin (a file id is its uploader's). */
async function uploadOfA(month: string): Promise<string> {
  const [row] = await kit.database.raw<{ code: string }>('select code from estates where id = $1', [
    A.estates[0]!.id,
  ]);
  const bytes = await figuresWorkbook(month, [
    { estateCode: row!.code, values: { 'fee_collection.numerator': 99, 'fee_collection.denominator': 100 } },
  ]);
  return uploaded(kit, aUsers.COMPANY_ADMIN.token, bytes, `甲方导入-${unique()}.xlsx`);
}

/** A template of A from the cleaning defaults, by A's admin; published when asked (audits, part A). */
async function templateOfA(publish = false): Promise<{ id: string; versionId: string | null }> {
  const TPL = 'id version versions { id }';
  const created = await adminOfA<{ createAuditTemplate: { id: string } }>(
    `mutation($input: CreateAuditTemplateInput!) { createAuditTemplate(input: $input) { ${TPL} } }`,
    { input: { name: `甲方模板 ${unique()}`, departments: ['CLEANING'] } },
  );
  const id = created.createAuditTemplate.id;
  if (!publish) return { id, versionId: null };
  const published = await adminOfA<{ publishAuditTemplate: { versions: { id: string }[] } }>(
    `mutation($input: PublishAuditTemplateInput!) { publishAuditTemplate(input: $input) { ${TPL} } }`,
    { input: { id, version: 1 } },
  );
  return { id, versionId: published.publishAuditTemplate.versions[0]!.id };
}

/** An audit-template items file uploaded by A's admin. */
const itemsUploadOfA = async () =>
  uploaded(kit, aUsers.COMPANY_ADMIN.token, await auditItemsWorkbook(), `甲方模板-${unique()}.xlsx`);

// ---- the estate team (issue 10): each company's estates staffed from the 16-person template.
const APPLY_TEMPLATE = `mutation($input: ApplyStaffingTemplateInput!) { applyStaffingTemplate(input: $input) { estateId changed departments { id code name } positions { id code version } } }`;
const POSITION_FIELDS = `id estateId departmentId code name plannedHeadcount version`;
/** B's SECURITY department and CLEANER position of its estates[0]. */
let bDepartment: string;
let bPosition: string;
/** A's SECURITY department of its estates[1] (staffed from the template in the setup). */
let aDepartment: string;
const positionInputOfA = (over: Record<string, unknown> = {}) => ({
  estateId: A.estates[1]!.id,
  departmentId: aDepartment,
  code: `ISO_${unique().toUpperCase()}`,
  name: '隔离岗位',
  plannedHeadcount: 1,
  shiftPattern: 'FIVE_TWO',
  ...over,
});
/** A fresh position of A's estates[1], by A's admin. */
const positionOfA = async () =>
  (
    await adminOfA<{ createPosition: { id: string } }>(
      `mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }`,
      { input: positionInputOfA() },
    )
  ).createPosition.id;
const createPositionCall = (over: Record<string, unknown>): Call => ({
  query: `mutation($input: CreatePositionInput!) { createPosition(input: $input) { ${POSITION_FIELDS} } }`,
  variables: { input: positionInputOfA(over) },
});

// ---- rosters (issue 10, item 3): each company's SECURITY department has guards and a roster of
// ROSTER_MONTH; A's controls edit A's (estates[1]), B's must stay untouched.
const ROSTER_MONTH = '2024-12';
/** A plain day shift of crew A (ASSIGN controls) and a day crew A works days, crew B nights (SWAP). */
const ROSTER_ASSIGN_DAY = datesBetween('2024-12-01', '2024-12-31').find(
  (d) => crewShifts('TWO_CREWS', 'A', ROSTER_ANCHOR, d).join() === 'DAY',
)!;
const ROSTER_SWAP_DAY = datesBetween('2024-12-15', '2024-12-31').find(
  (d) =>
    crewShifts('TWO_CREWS', 'A', ROSTER_ANCHOR, d).join() === 'DAY' &&
    crewShifts('TWO_CREWS', 'B', ROSTER_ANCHOR, d).join() === 'NIGHT',
)!;
/** A's two guards of aDepartment (crews A and B), and B's guard of bDepartment. */
let aGuards: string[];
let bGuard: string;
const ROSTER_Q = `query($departmentId: ID!, $month: String!) { roster(departmentId: $departmentId, month: $month) { id version rows { staffId staffName days { day shifts } } coverage { gaps { positionId positionName } } } }`;
const ROSTER_EDIT = `mutation($input: EditRosterDayInput!) { editRosterDay(input: $input) { id version rows { staffId staffName } } }`;
/** The current version of A's roster of aDepartment (1 when there is none). */
async function aRosterVersion(): Promise<number> {
  const [row] = await kit.database.raw<{ version: number }>(
    'select version from roster_months where department_id = $1 and month = $2',
    [aDepartment, ROSTER_MONTH],
  );
  return row?.version ?? 1;
}
const rosterEditCall = async (over: Record<string, unknown>): Promise<Call> => ({
  query: ROSTER_EDIT,
  variables: {
    input: {
      departmentId: aDepartment,
      staffId: aGuards[0],
      day: ROSTER_ASSIGN_DAY,
      kind: 'ASSIGN',
      shifts: ['DAY'],
      expectedVersion: await aRosterVersion(),
      ...over,
    },
  },
});

/** B's own indicator: its code must mean nothing to A. */
let bIndicator: string;

const createUser = (memberships: unknown[]): Call => ({
  query: CREATE_USER,
  variables: {
    input: { email: `iso-${unique()}@${A.slug}.test`, name: '隔离测试', memberships },
  },
});

// ---- audits (Part B): each company's published template, B's audit objects, A's controls.
const AUDIT_FIELDS = `id title status estateId estate { id name } auditors { id name } answers { itemKey note photos { id name } }`;
const SAVE_ITEM = `mutation($input: SaveAuditItemInput!) { saveAuditItem(input: $input) { itemKey version note photos { id name } } }`;
let aTemplate: { templateId: string; versionId: string };
let bTemplate: { templateId: string; versionId: string };
let bAudit: string;
let bCampaign: string;
let bSchedule: string;
let bAuditor: TestUser;
let bPhoto: string;
let aCampaign: string;
/** Instants and dates relative to the API's injected clock (TEST_NOW may move it to any day). */
const clockMs = () => kit.app.services.clock().getTime();
const hoursAhead = (n: number) => new Date(clockMs() + n * 3600_000).toISOString();
const dayAhead = (n: number) => new Date(clockMs() + n * 86_400_000).toISOString().slice(0, 10);

const planCall = (over: Record<string, unknown>): Call => ({
  query: `mutation($input: PlanAuditInput!) { planAudit(input: $input) { ${AUDIT_FIELDS} } }`,
  variables: {
    input: {
      estateId: A.estates[1]!.id,
      kind: 'SPOT_CHECK',
      templateVersionId: aTemplate.versionId,
      plannedAt: hoursAhead(24),
      dueAt: hoursAhead(48),
      auditorUserIds: [aUsers.QUALITY_AUDITOR.id],
      ...over,
    },
  },
});
const campaignCall = (over: Record<string, unknown>): Call => ({
  query: `mutation($input: CreateAuditCampaignInput!) { createAuditCampaign(input: $input) { id name audits { id title estateId } } }`,
  variables: {
    input: {
      name: `甲方批次 ${unique()}`,
      kind: 'QUARTERLY',
      templateVersionId: aTemplate.versionId,
      startsOn: dayAhead(1),
      dueOn: dayAhead(9),
      estates: [{ estateId: A.estates[0]!.id, auditorUserIds: [aUsers.QUALITY_AUDITOR.id] }],
      ...over,
    },
  },
});
const scheduleCall = (over: Record<string, unknown>): Call => ({
  query: `mutation($input: CreateAuditScheduleInput!) { createAuditSchedule(input: $input) { id estateId auditors { id name } } }`,
  variables: {
    input: {
      estateId: A.estates[1]!.id,
      kind: 'MONTHLY',
      templateId: aTemplate.templateId,
      auditorUserIds: [aUsers.QUALITY_AUDITOR.id],
      startsOn: dayAhead(1),
      ...over,
    },
  },
});
const saveCall = (auditId: string, photoFileIds: string[], itemKey = 'cs-1'): Call => ({
  query: SAVE_ITEM,
  variables: {
    input: {
      auditId,
      itemKey,
      clientKey: clientKey(),
      expectedVersion: 0,
      kind: 'FAIL',
      note: '越界',
      photoFileIds,
    },
  },
});
/** A fresh planned audit of A's estates[1], by A's admin. */
const auditOfA = async () =>
  (await adminOfA<{ planAudit: { id: string } }>(planCall({}).query, planCall({}).variables)).planAudit.id;

// ---- findings, rectification, appeals, campaign overview (Part C): submitted audits with findings.
let aSubmittedVersion: TemplateVersion;
/** A's campaign holding aSubmittedAudit (on estates[1], the control of estate filters). */
let aOverviewCampaign: string;
let aSubmittedAudit: SubmittedAudit;
/** B's submitted audit with two findings in bOverviewCampaign; its first finding is appealed. */
let bSubmittedAudit: SubmittedAudit;
let bOverviewCampaign: string;

/** A fresh submitted audit of A's estates[0] with one finding (and its rectification). */
function submittedAuditOfA(
  options: { estateId?: string; campaignId?: string } = {},
): Promise<SubmittedAudit> {
  return submittedAudit(kit.database, {
    companyId: A.id,
    estateId: options.estateId ?? A.estates[0]!.id,
    version: aSubmittedVersion,
    submittedAt: new Date(clockMs() - 86400_000),
    fail: 1,
    avoidCritical: true,
    campaignId: options.campaignId ?? null,
  });
}
const rectificationOfA = async () => (await submittedAuditOfA()).rectifications[0]!.id;

/** Puts a rectification of A in SUBMITTED (what verify and reopen need). */
async function submittedRectification(id: string): Promise<void> {
  await kit.database.raw(`update rectifications set status = 'SUBMITTED' where id = $1`, [id]);
}

const RECT = `id status version rootCause evidenceNote finding { id title }`;
const rectCall = (mutation: string, type: string, input: Record<string, unknown>): Call => ({
  query: `mutation($input: ${type}!) { ${mutation}(input: $input) { ${RECT} } }`,
  variables: { input },
});
const EVIDENCE = {
  rootCause: '隔离测试原因',
  correctiveAction: '隔离测试措施',
  evidenceNote: '隔离测试证据',
};
const emptyPage = (field: string) => (d: Record<string, unknown>) =>
  (d[field] as { totalCount: number }).totalCount === 0;

/** How to make a valid call for each ID argument path of the schema. */
const CASES: Record<string, IdCase> = {
  'Mutation.switchCompany(input.companyId)': {
    kind: 'company',
    call: (companyId) => ({
      query: `mutation($input: SwitchCompanyInput!) { switchCompany(input: $input) { token user { id } } }`,
      variables: { input: { companyId } },
    }),
  },
  'Mutation.markNotificationRead(input.id)': {
    kind: 'notification',
    fresh: true,
    call: (id) => ({
      query: `mutation($input: MarkNotificationReadInput!) { markNotificationRead(input: $input) { id title readAt } }`,
      variables: { input: { id } },
    }),
  },
  'Mutation.acceptCompanyInvitation(input.invitationId)': {
    kind: 'invitation',
    fresh: true,
    call: (invitationId) => ({
      query: `mutation($input: AcceptCompanyInvitationInput!) { acceptCompanyInvitation(input: $input) { id name } }`,
      variables: { input: { invitationId } },
    }),
  },
  'Mutation.updateCompany(input.id)': {
    kind: 'company',
    platform: true,
    fresh: true,
    call: (id) => ({
      query: `mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { id name } }`,
      variables: { input: { id, name: `改名 ${unique()}` } },
    }),
  },
  'Mutation.suspendCompany(input.id)': {
    kind: 'company',
    platform: true,
    fresh: true,
    call: (id) => ({
      query: `mutation($input: CompanyIdInput!) { suspendCompany(input: $input) { id suspendedAt } }`,
      variables: { input: { id } },
    }),
  },
  'Mutation.reactivateCompany(input.id)': {
    kind: 'company',
    platform: true,
    fresh: true,
    prepare: async (id) => {
      await kit.database.raw('update companies set suspended_at = now() where id = $1', [id]);
    },
    call: (id) => ({
      query: `mutation($input: CompanyIdInput!) { reactivateCompany(input: $input) { id suspendedAt } }`,
      variables: { input: { id } },
    }),
  },
  'Query.estate(id)': {
    kind: 'estate',
    call: (id) => ({ query: `query($id: ID!) { estate(id: $id) { ${ESTATE_FIELDS} } }`, variables: { id } }),
  },
  'Query.estates(filter.regionId)': {
    kind: 'region',
    filter: { empty: (d) => (d.estates as { totalCount: number }).totalCount === 0 },
    call: (id) => ({
      query: `query($filter: EstateFilter) { estates(filter: $filter) { totalCount edges { node { id name code regionId region { id name } } } } }`,
      variables: { filter: { regionId: id, includeArchived: true } },
    }),
  },
  'Mutation.createUser(input.memberships[].regionId)': {
    kind: 'region',
    call: (id) => createUser([{ role: 'HQ_VIEWER', regionId: id }]),
  },
  'Mutation.createUser(input.memberships[].estateIds[])': {
    kind: 'estate',
    // B's estate listed after one of A's: each element is checked, not only the first.
    call: (id) => createUser([{ role: 'ESTATE_MANAGER', estateIds: [A.estates[0]!.id, id] }]),
  },
  'Mutation.setMemberships(input.userId)': {
    kind: 'user',
    call: (id) => ({
      query: SET_MEMBERSHIPS,
      variables: {
        input: { userId: id, memberships: [{ role: 'ESTATE_STAFF', estateIds: [A.estates[0]!.id] }] },
      },
    }),
  },
  'Mutation.setMemberships(input.memberships[].regionId)': {
    kind: 'region',
    call: (id) => ({
      query: SET_MEMBERSHIPS,
      variables: { input: { userId: aTarget.id, memberships: [{ role: 'HQ_VIEWER', regionId: id }] } },
    }),
  },
  'Mutation.setMemberships(input.memberships[].estateIds[])': {
    kind: 'estate',
    call: (id) => ({
      query: SET_MEMBERSHIPS,
      variables: {
        input: {
          userId: aTarget.id,
          memberships: [{ role: 'ESTATE_MANAGER', estateIds: [A.estates[0]!.id, id] }],
        },
      },
    }),
  },
  'Mutation.deactivateUser(input.userId)': {
    kind: 'user',
    fresh: true,
    call: (id) => ({
      query: `mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { id email name status } }`,
      variables: { input: { userId: id } },
    }),
  },
  'Mutation.createEstate(input.regionId)': {
    kind: 'region',
    call: (id) => ({
      query: `mutation($input: CreateEstateInput!) { createEstate(input: $input) { ${ESTATE_FIELDS} } }`,
      variables: {
        input: { name: `越界苑 ${unique()}`, code: `X-${unique()}`, type: 'OFFICE', regionId: id },
      },
    }),
  },
  'Mutation.updateEstate(input.regionId)': {
    kind: 'region',
    call: async (id) => ({
      query: `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { ${ESTATE_FIELDS} } }`,
      variables: { input: { id: aMovable, version: await versionOf('estates', aMovable), regionId: id } },
    }),
  },
  'Mutation.updateEstate(input.id)': {
    kind: 'estate',
    call: async (id) => ({
      query: `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { ${ESTATE_FIELDS} } }`,
      variables: { input: { id, version: await versionOf('estates', id), name: `被改 ${unique()}` } },
    }),
  },
  'Mutation.archiveEstate(input.id)': {
    kind: 'estate',
    fresh: true,
    call: async (id) => ({
      query: `mutation($input: ArchiveInput!) { archiveEstate(input: $input) { ${ESTATE_FIELDS} } }`,
      variables: { input: { id, version: await versionOf('estates', id) } },
    }),
  },
  'Mutation.updateRegion(input.id)': {
    kind: 'region',
    call: async (id) => ({
      query: `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { id name code version } }`,
      variables: { input: { id, version: await versionOf('regions', id), name: `被改 ${unique()}` } },
    }),
  },
  'Mutation.archiveRegion(input.id)': {
    kind: 'region',
    fresh: true,
    call: async (id) => ({
      query: `mutation($input: ArchiveInput!) { archiveRegion(input: $input) { id name code archivedAt } }`,
      variables: { input: { id, version: await versionOf('regions', id) } },
    }),
  },
  'Query.monthlyForm(estateId)': {
    kind: 'estate',
    call: (id) => ({
      query: `query($e: ID!, $m: String!) { monthlyForm(estateId: $e, month: $m) { ${FORM_FIELDS} } }`,
      variables: { e: id, m: M_APPROVED },
    }),
  },
  'Query.figureHistory(estateId)': {
    kind: 'estate',
    call: (id) => ({
      query: `query($e: ID!, $c: String!, $m: String!) { figureHistory(estateId: $e, indicatorCode: $c, month: $m) { id estateId value note state } }`,
      variables: { e: id, c: 'fee_collection', m: M_APPROVED },
    }),
  },
  'Query.approvalQueue(regionId)': {
    kind: 'region',
    filter: { empty: (d) => (d.approvalQueue as { totalCount: number }).totalCount === 0 },
    call: (id) => ({
      query: `query($r: ID) { approvalQueue(regionId: $r, first: 100) { totalCount edges { node { estateId estateName month figureCount submittedByName } } } }`,
      variables: { r: id },
    }),
  },
  'Query.effectiveTargets(estateId)': {
    kind: 'estate',
    call: (id) => ({
      query: `query($e: ID, $m: String!) { effectiveTargets(estateId: $e, month: $m) { indicatorCode estateId source effectiveMonth target { label } } }`,
      variables: { e: id, m: THIS_MONTH },
    }),
  },
  'Query.targetHistory(estateId)': {
    kind: 'estate',
    filter: { empty: (d) => (d.targetHistory as unknown[]).length === 0 },
    call: (id) => ({
      query: `query($e: ID, $c: String!) { targetHistory(estateId: $e, indicatorCode: $c) { id estateId target { label } reason setByName } }`,
      variables: { e: id, c: 'fee_collection' },
    }),
  },
  'Query.comparisonMatrix(filter.regionId)': {
    kind: 'region',
    filter: { empty: (d) => (d.comparisonMatrix as { rows: unknown[] }).rows.length === 0 },
    call: (id) => ({
      query: `query($f: ComparisonFilter!) { comparisonMatrix(filter: $f) { period rows { estateId estateName estateCode regionId regionName cells { value numerator judgement } } regions { regionId name estateCount cells { value } } company { name estateCount cells { value } } } }`,
      variables: { f: { period: M_APPROVED, regionId: id, indicatorCodes: ['fee_collection'] } },
    }),
  },
  'Mutation.exportComparison(input.filter.regionId)': {
    kind: 'region',
    // The workbook of an empty comparison names none of A's estates (and, of course, none of B's).
    filter: {
      empty: async (d) => {
        const text = await exportText(d);
        return A.estates.every((e) => !text.includes(e.name));
      },
    },
    reveal: exportText,
    call: (id) => ({
      query: `mutation($input: ExportComparisonInput!) { exportComparison(input: $input) { id name contentType size } }`,
      variables: { input: { filter: { period: M_APPROVED, regionId: id }, kind: 'MATRIX' } },
    }),
  },
  'Mutation.importMonthlyFigures(input.fileId)': {
    kind: 'file',
    // The control imports its upload, which uses it up.
    fresh: true,
    call: (id) => ({
      query: `mutation($input: ImportMonthlyFiguresInput!) { importMonthlyFigures(input: $input) { estateCount figureCount } }`,
      variables: { input: { month: M_DRAFT, fileId: id } },
    }),
  },
  'Query.missedCommitments(filter.regionId)': {
    kind: 'region',
    filter: { empty: (d) => (d.missedCommitments as unknown[]).length === 0 },
    call: (id) => ({
      query: `query($f: ComparisonFilter!) { missedCommitments(filter: $f) { estateId estateName regionName indicator { code } value gap } }`,
      variables: { f: { period: M_APPROVED, regionId: id } },
    }),
  },
  'Query.indicatorTrend(estateIds[])': {
    kind: 'estate',
    // B's estate after one of A's: every element is checked, not only the first.
    call: (id) => ({
      query: `query($e: [ID!]!, $c: [String!]!, $from: String!, $to: String!) { indicatorTrend(estateIds: $e, indicatorCodes: $c, from: $from, to: $to, includeTotal: true) { estateId estateName points { month value } } }`,
      variables: { e: [A.estates[0]!.id, id], c: ['fee_collection'], from: M_APPROVED, to: M_DRAFT },
    }),
  },
  'Query.estateScorecard(estateId)': {
    kind: 'estate',
    call: (id) => ({
      query: `query($e: ID!, $p: String!) { estateScorecard(estateId: $e, period: $p) { estateId estateName rank rankOf items { indicator { code } cell { value } companyValue trend { month value } } } }`,
      variables: { e: id, p: M_APPROVED },
    }),
  },
  'Mutation.saveMonthlyFigures(input.estateId)': {
    kind: 'estate',
    fresh: true,
    call: (id) => ({
      query: `mutation($input: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $input) { ${FORM_FIELDS} } }`,
      variables: { input: { estateId: id, month: M_DRAFT, figures: FIGURES } },
    }),
  },
  'Mutation.submitMonthlyFigures(input.estateId)': {
    kind: 'estate',
    fresh: true,
    prepare: (id) => figuresOfA(id, M_DRAFT, 'DRAFT'),
    call: (id) => ({
      query: `mutation($input: EstateMonthInput!) { submitMonthlyFigures(input: $input) { ${FORM_FIELDS} } }`,
      variables: { input: { estateId: id, month: M_DRAFT } },
    }),
  },
  'Mutation.approveMonthlyFigures(input.estateId)': {
    kind: 'estate',
    fresh: true,
    prepare: (id) => figuresOfA(id, M_SUBMITTED, 'SUBMITTED'),
    call: (id) => ({
      query: `mutation($input: EstateMonthInput!) { approveMonthlyFigures(input: $input) { ${FORM_FIELDS} } }`,
      variables: { input: { estateId: id, month: M_SUBMITTED } },
    }),
  },
  'Mutation.rejectMonthlyFigures(input.estateId)': {
    kind: 'estate',
    fresh: true,
    prepare: (id) => figuresOfA(id, M_SUBMITTED, 'SUBMITTED'),
    call: (id) => ({
      query: `mutation($input: RejectMonthlyFiguresInput!) { rejectMonthlyFigures(input: $input) { ${FORM_FIELDS} } }`,
      variables: { input: { estateId: id, month: M_SUBMITTED, reason: '越界退回' } },
    }),
  },
  'Mutation.correctMonthlyFigure(input.estateId)': {
    kind: 'estate',
    fresh: true,
    prepare: (id) => figuresOfA(id, M_APPROVED, 'APPROVED'),
    call: (id) => ({
      query: `mutation($input: CorrectMonthlyFigureInput!) { correctMonthlyFigure(input: $input) { ${FORM_FIELDS} } }`,
      variables: {
        input: {
          estateId: id,
          month: M_APPROVED,
          indicatorCode: 'fee_collection',
          numerator: 99,
          denominator: 100,
          reason: '越界更正',
        },
      },
    }),
  },
  'Mutation.setIndicatorTarget(input.estateId)': {
    kind: 'estate',
    call: (id) => ({
      query: `mutation($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { indicatorCode estateId source target { label } } }`,
      variables: {
        input: {
          indicatorCode: 'fee_collection',
          estateId: id,
          op: 'AT_LEAST',
          value: 10,
          effectiveMonth: THIS_MONTH,
          reason: '越界设目标',
        },
      },
    }),
  },
  // Audit templates (issue 9, part A).
  'Query.auditTemplate(id)': {
    kind: 'auditTemplate',
    call: (id) => ({
      query: `query($id: ID!) { auditTemplate(id: $id) { id name draft { sections { key } } } }`,
      variables: { id },
    }),
  },
  'Query.auditTemplateVersion(id)': {
    kind: 'auditTemplateVersion',
    call: (id) => ({
      query: `query($id: ID!) { auditTemplateVersion(id: $id) { id name content { sections { key } } } }`,
      variables: { id },
    }),
  },
  'Mutation.createAuditTemplate(input.copyFromTemplateId)': {
    kind: 'auditTemplate',
    call: (id) => ({
      query: `mutation($input: CreateAuditTemplateInput!) { createAuditTemplate(input: $input) { id draft { sections { key } } } }`,
      variables: { input: { name: `复制 ${unique()}`, copyFromTemplateId: id } },
    }),
  },
  'Mutation.updateAuditTemplate(input.id)': {
    kind: 'auditTemplate',
    fresh: true,
    call: (id) => ({
      query: `mutation($input: UpdateAuditTemplateInput!) { updateAuditTemplate(input: $input) { id name version } }`,
      variables: { input: { id, version: 1, description: '越界修改' } },
    }),
  },
  'Mutation.publishAuditTemplate(input.id)': {
    kind: 'auditTemplate',
    fresh: true,
    call: (id) => ({
      query: `mutation($input: PublishAuditTemplateInput!) { publishAuditTemplate(input: $input) { id versions { id } } }`,
      variables: { input: { id, version: 1 } },
    }),
  },
  'Mutation.archiveAuditTemplate(input.id)': {
    kind: 'auditTemplate',
    fresh: true,
    call: (id) => ({
      query: `mutation($input: ArchiveAuditTemplateInput!) { archiveAuditTemplate(input: $input) { id archived } }`,
      variables: { input: { id } },
    }),
  },
  'Mutation.exportAuditTemplate(input.id)': {
    kind: 'auditTemplate',
    call: (id) => ({
      query: `mutation($input: ExportAuditTemplateInput!) { exportAuditTemplate(input: $input) { id name } }`,
      variables: { input: { id } },
    }),
  },
  'Mutation.importAuditTemplateItems(input.id)': {
    kind: 'auditTemplate',
    fresh: true,
    call: async (id) => ({
      query: `mutation($input: ImportAuditTemplateItemsInput!) { importAuditTemplateItems(input: $input) { id draft { sections { key } } } }`,
      variables: { input: { id, version: 1, fileId: await itemsUploadOfA() } },
    }),
  },
  'Mutation.importAuditTemplateItems(input.fileId)': {
    kind: 'templateFile',
    // The control imports its upload, which uses it up (and changes the template's version).
    fresh: true,
    call: async (fileId) => ({
      query: `mutation($input: ImportAuditTemplateItemsInput!) { importAuditTemplateItems(input: $input) { id draft { sections { key } } } }`,
      variables: { input: { id: (await templateOfA()).id, version: 1, fileId } },
    }),
  },
  // Run by the subscription test below, which needs B to publish while A listens.
  'Subscription.estateChanged(regionId)': {
    kind: 'region',
    filter: { empty: () => true },
    call: (id) => ({
      query: `subscription($regionId: ID) { estateChanged(regionId: $regionId) { kind estate { ${ESTATE_FIELDS} } } }`,
      variables: { regionId: id },
    }),
  },
  // ---- audits (Part B)
  'Query.audits(filter.estateId)': {
    kind: 'estate',
    filter: { empty: (d) => (d.audits as { totalCount: number }).totalCount === 0 },
    call: (id) => ({
      query: `query($f: AuditFilter) { audits(filter: $f, first: 100) { totalCount edges { node { id title estateId } } } }`,
      variables: { f: { estateId: id } },
    }),
  },
  'Query.audits(filter.campaignId)': {
    kind: 'campaign',
    filter: { empty: (d) => (d.audits as { totalCount: number }).totalCount === 0 },
    call: (id) => ({
      query: `query($f: AuditFilter) { audits(filter: $f, first: 100) { totalCount edges { node { id title estateId } } } }`,
      variables: { f: { campaignId: id } },
    }),
  },
  'Query.audit(id)': {
    kind: 'audit',
    call: (id) => ({ query: `query($id: ID!) { audit(id: $id) { ${AUDIT_FIELDS} } }`, variables: { id } }),
  },
  'Query.auditCampaign(id)': {
    kind: 'campaign',
    call: (id) => ({
      query: `query($id: ID!) { auditCampaign(id: $id) { id name counts { total } audits { id title } } }`,
      variables: { id },
    }),
  },
  'Query.auditSchedules(estateId)': {
    kind: 'estate',
    filter: { empty: (d) => (d.auditSchedules as unknown[]).length === 0 },
    call: (id) => ({
      query: `query($e: ID) { auditSchedules(estateId: $e) { id estateId auditors { id name } } }`,
      variables: { e: id },
    }),
  },
  'Mutation.planAudit(input.estateId)': {
    kind: 'estate',
    call: async (id) => planCall({ estateId: id }),
  },
  'Mutation.planAudit(input.templateVersionId)': {
    kind: 'templateVersion',
    call: async (id) => planCall({ templateVersionId: id }),
  },
  'Mutation.planAudit(input.auditorUserIds[])': {
    kind: 'auditor',
    call: async (id) => planCall({ auditorUserIds: [aUsers.COMPANY_ADMIN.id, id] }),
  },
  'Mutation.startAudit(input.id)': {
    kind: 'audit',
    fresh: true,
    call: (id) => ({
      query: `mutation($input: AuditIdInput!) { startAudit(input: $input) { ${AUDIT_FIELDS} } }`,
      variables: { input: { id } },
    }),
  },
  'Mutation.cancelAudit(input.id)': {
    kind: 'audit',
    fresh: true,
    call: (id) => ({
      query: `mutation($input: CancelAuditInput!) { cancelAudit(input: $input) { ${AUDIT_FIELDS} } }`,
      variables: { input: { id, reason: '越界取消' } },
    }),
  },
  'Mutation.saveAuditItem(input.auditId)': {
    kind: 'audit',
    fresh: true,
    call: (id) => saveCall(id, []),
  },
  'Mutation.saveAuditItem(input.photoFileIds[])': {
    kind: 'photo',
    fresh: true,
    call: async (id) => saveCall(await auditOfA(), [id]),
  },
  'Mutation.submitAudit(input.id)': {
    kind: 'audit',
    fresh: true,
    prepare: async (id) => {
      for (const section of SMALL_CONTENT.sections)
        for (const item of section.items) await adminOfA(SAVE_ITEM, saveCall(id, [], item.key).variables);
    },
    call: (id) => ({
      query: `mutation($input: AuditIdInput!) { submitAudit(input: $input) { ${AUDIT_FIELDS} } }`,
      variables: { input: { id } },
    }),
  },
  'Mutation.createAuditCampaign(input.templateVersionId)': {
    kind: 'templateVersion',
    call: (id) => campaignCall({ templateVersionId: id }),
  },
  'Mutation.createAuditCampaign(input.estates[].estateId)': {
    kind: 'estate',
    call: async (id) =>
      campaignCall({
        estates: [
          { estateId: A.estates[0]!.id, auditorUserIds: [aUsers.QUALITY_AUDITOR.id] },
          { estateId: id, auditorUserIds: [aUsers.QUALITY_AUDITOR.id] },
        ],
      }),
  },
  'Mutation.createAuditCampaign(input.estates[].auditorUserIds[])': {
    kind: 'auditor',
    call: async (id) =>
      campaignCall({
        estates: [{ estateId: A.estates[0]!.id, auditorUserIds: [aUsers.COMPANY_ADMIN.id, id] }],
      }),
  },
  'Mutation.createAuditSchedule(input.estateId)': {
    kind: 'estate',
    call: async (id) => scheduleCall({ estateId: id }),
  },
  'Mutation.createAuditSchedule(input.templateId)': {
    kind: 'template',
    call: async (id) => scheduleCall({ templateId: id }),
  },
  'Mutation.createAuditSchedule(input.auditorUserIds[])': {
    kind: 'auditor',
    call: async (id) => scheduleCall({ auditorUserIds: [id] }),
  },
  'Mutation.stopAuditSchedule(input.id)': {
    kind: 'schedule',
    fresh: true,
    call: (id) => ({
      query: `mutation($input: AuditIdInput!) { stopAuditSchedule(input: $input) { id estateId active auditors { id name } } }`,
      variables: { input: { id } },
    }),
  },
  'Subscription.auditChanged(estateId)': {
    kind: 'estate',
    filter: { empty: () => true },
    call: (id) => ({
      query: `subscription($e: ID) { auditChanged(estateId: $e) { event auditId audit { id title } } }`,
      variables: { e: id },
    }),
  },
  'Subscription.auditChanged(auditId)': {
    kind: 'audit',
    filter: { empty: () => true },
    call: (id) => ({
      query: `subscription($a: ID) { auditChanged(auditId: $a) { event auditId audit { id title } } }`,
      variables: { a: id },
    }),
  },
  // ---- findings, rectification, appeals, campaign overview (Part C)
  'Query.findings(filter.auditId)': {
    kind: 'submittedAudit',
    filter: { empty: emptyPage('findings') },
    call: (id) => ({
      query: `query($f: FindingFilter) { findings(filter: $f) { totalCount edges { node { id title } } } }`,
      variables: { f: { auditId: id } },
    }),
  },
  'Query.findings(filter.estateId)': {
    kind: 'estate',
    filter: { empty: emptyPage('findings') },
    call: (id) => ({
      query: `query($f: FindingFilter) { findings(filter: $f) { totalCount edges { node { id title } } } }`,
      variables: { f: { estateId: id } },
    }),
  },
  'Query.rectifications(filter.estateId)': {
    kind: 'estate',
    filter: { empty: emptyPage('rectifications') },
    call: (id) => ({
      query: `query($f: RectificationFilter) { rectifications(filter: $f) { totalCount edges { node { ${RECT} } } } }`,
      variables: { f: { estateId: id } },
    }),
  },
  'Query.rectifications(filter.auditId)': {
    kind: 'submittedAudit',
    filter: { empty: emptyPage('rectifications') },
    call: (id) => ({
      query: `query($f: RectificationFilter) { rectifications(filter: $f) { totalCount edges { node { ${RECT} } } } }`,
      variables: { f: { auditId: id } },
    }),
  },
  'Query.rectifications(filter.campaignId)': {
    kind: 'overviewCampaign',
    filter: { empty: emptyPage('rectifications') },
    call: (id) => ({
      query: `query($f: RectificationFilter) { rectifications(filter: $f) { totalCount edges { node { ${RECT} } } } }`,
      variables: { f: { campaignId: id } },
    }),
  },
  'Query.rectification(id)': {
    kind: 'rectification',
    call: (id) => ({ query: `query($id: ID!) { rectification(id: $id) { ${RECT} } }`, variables: { id } }),
  },
  'Query.auditCampaignOverview(campaignId)': {
    kind: 'overviewCampaign',
    call: (id) => ({
      query: `query($id: ID!) { auditCampaignOverview(campaignId: $id) { name rows { estateName scorePercent } } }`,
      variables: { id },
    }),
  },
  'Mutation.exportAuditCampaignOverview(input.campaignId)': {
    kind: 'overviewCampaign',
    call: (id) => ({
      query: `mutation($input: ExportAuditCampaignOverviewInput!) { exportAuditCampaignOverview(input: $input) { id name } }`,
      variables: { input: { campaignId: id } },
    }),
  },
  'Mutation.assignRectification(input.id)': {
    kind: 'rectification',
    fresh: true,
    call: (id) =>
      rectCall('assignRectification', 'AssignRectificationInput', {
        id,
        version: 1,
        assigneeUserId: aUsers.ESTATE_STAFF.id,
      }),
  },
  'Mutation.assignRectification(input.assigneeUserId)': {
    kind: 'user',
    call: async (id) =>
      rectCall('assignRectification', 'AssignRectificationInput', {
        id: await rectificationOfA(),
        version: 1,
        assigneeUserId: id,
      }),
  },
  'Mutation.updateRectification(input.id)': {
    kind: 'rectification',
    fresh: true,
    call: (id) =>
      rectCall('updateRectification', 'UpdateRectificationInput', { id, version: 1, ...EVIDENCE }),
  },
  'Mutation.updateRectification(input.beforePhotoFileIds[])': {
    kind: 'file',
    fresh: true,
    call: async (id) =>
      rectCall('updateRectification', 'UpdateRectificationInput', {
        id: await rectificationOfA(),
        version: 1,
        beforePhotoFileIds: [id],
      }),
  },
  'Mutation.updateRectification(input.afterPhotoFileIds[])': {
    kind: 'file',
    fresh: true,
    call: async (id) =>
      rectCall('updateRectification', 'UpdateRectificationInput', {
        id: await rectificationOfA(),
        version: 1,
        afterPhotoFileIds: [id],
      }),
  },
  'Mutation.submitRectification(input.id)': {
    kind: 'rectification',
    fresh: true,
    call: (id) =>
      rectCall('submitRectification', 'SubmitRectificationInput', { id, version: 1, ...EVIDENCE }),
  },
  'Mutation.submitRectification(input.beforePhotoFileIds[])': {
    kind: 'file',
    fresh: true,
    call: async (id) =>
      rectCall('submitRectification', 'SubmitRectificationInput', {
        id: await rectificationOfA(),
        version: 1,
        ...EVIDENCE,
        beforePhotoFileIds: [id],
      }),
  },
  'Mutation.submitRectification(input.afterPhotoFileIds[])': {
    kind: 'file',
    fresh: true,
    call: async (id) =>
      rectCall('submitRectification', 'SubmitRectificationInput', {
        id: await rectificationOfA(),
        version: 1,
        ...EVIDENCE,
        afterPhotoFileIds: [id],
      }),
  },
  'Mutation.verifyRectification(input.id)': {
    kind: 'rectification',
    fresh: true,
    prepare: submittedRectification,
    call: (id) => rectCall('verifyRectification', 'VerifyRectificationInput', { id, version: 1 }),
  },
  'Mutation.reopenRectification(input.id)': {
    kind: 'rectification',
    fresh: true,
    prepare: submittedRectification,
    call: (id) =>
      rectCall('reopenRectification', 'ReopenRectificationInput', { id, version: 1, reason: '证据不足' }),
  },
  'Mutation.appealFinding(input.findingId)': {
    kind: 'finding',
    fresh: true,
    call: (id) => ({
      query: `mutation($input: AppealFindingInput!) { appealFinding(input: $input) { id title appeal { status reason } } }`,
      variables: { input: { findingId: id, reason: '隔离测试申诉' } },
    }),
  },
  'Mutation.decideAppeal(input.findingId)': {
    kind: 'finding',
    fresh: true,
    prepare: (id) => appealOf(id, aUsers.ESTATE_MANAGER.id, '隔离测试申诉'),
    call: (id) => ({
      query: `mutation($input: DecideAppealInput!) { decideAppeal(input: $input) { id title appeal { status reason } } }`,
      variables: { input: { findingId: id, decision: 'UPHOLD', reason: '维持' } },
    }),
  },
  'Query.departments(estateId)': {
    kind: 'estate',
    call: (estateId) => ({
      query: `query($estateId: ID!) { departments(estateId: $estateId) { id estateId code name } }`,
      variables: { estateId },
    }),
  },
  'Query.positions(estateId)': {
    kind: 'estate',
    call: (estateId) => ({
      query: `query($estateId: ID!) { positions(estateId: $estateId) { ${POSITION_FIELDS} } }`,
      variables: { estateId },
    }),
  },
  'Mutation.applyStaffingTemplate(input.estateId)': {
    kind: 'estate',
    call: (estateId) => ({ query: APPLY_TEMPLATE, variables: { input: { estateId } } }),
  },
  'Mutation.createPosition(input.estateId)': {
    kind: 'estate',
    call: (estateId) => createPositionCall({ estateId }),
  },
  'Mutation.createPosition(input.departmentId)': {
    kind: 'department',
    call: (departmentId) => createPositionCall({ departmentId }),
  },
  'Mutation.updatePosition(input.id)': {
    kind: 'position',
    call: async (id) => ({
      query: `mutation($input: UpdatePositionInput!) { updatePosition(input: $input) { ${POSITION_FIELDS} } }`,
      variables: { input: { id, version: await positionVersion(id), plannedHeadcount: 9 } },
    }),
  },
  'Mutation.updatePosition(input.departmentId)': {
    kind: 'department',
    call: async (departmentId) => ({
      query: `mutation($input: UpdatePositionInput!) { updatePosition(input: $input) { ${POSITION_FIELDS} } }`,
      variables: { input: { id: await positionOfA(), version: 1, departmentId } },
    }),
  },
  'Mutation.deletePosition(input.id)': {
    kind: 'position',
    fresh: true,
    call: async (id) => ({
      query: `mutation($input: DeletePositionInput!) { deletePosition(input: $input) }`,
      variables: { input: { id, version: await positionVersion(id) } },
    }),
  },
  // ---- rosters
  'Query.roster(departmentId)': {
    kind: 'department',
    call: (departmentId) => ({ query: ROSTER_Q, variables: { departmentId, month: ROSTER_MONTH } }),
  },
  'Query.rosterMonths(estateId)': {
    kind: 'estate',
    call: (estateId) => ({
      query: `query($estateId: ID!, $month: String!) { rosterMonths(estateId: $estateId, month: $month) { departmentId departmentName generated rosterId } }`,
      variables: { estateId, month: ROSTER_MONTH },
    }),
  },
  'Mutation.generateRoster(input.departmentId)': {
    kind: 'department',
    call: (departmentId) => ({
      query: `mutation($input: GenerateRosterInput!) { generateRoster(input: $input) { id version rows { staffId staffName } } }`,
      variables: { input: { departmentId, month: ROSTER_MONTH, replace: true } },
    }),
  },
  'Mutation.editRosterDay(input.departmentId)': {
    kind: 'department',
    call: (departmentId) => rosterEditCall({ departmentId }),
  },
  'Mutation.editRosterDay(input.staffId)': {
    kind: 'rosterStaff',
    call: (staffId) => rosterEditCall({ staffId }),
  },
  'Mutation.editRosterDay(input.withStaffId)': {
    kind: 'rosterPartner',
    call: (withStaffId) => rosterEditCall({ withStaffId, kind: 'SWAP', shifts: null, day: ROSTER_SWAP_DAY }),
  },
  'Mutation.exportRoster(input.departmentId)': {
    kind: 'department',
    reveal: fileText('exportRoster'),
    call: (departmentId) => ({
      query: `mutation($input: ExportRosterInput!) { exportRoster(input: $input) { id name } }`,
      variables: { input: { departmentId, month: ROSTER_MONTH } },
    }),
  },
  // Run by the subscription test of Part C's own file (audits.rectification.test.ts).
  'Subscription.rectificationChanged(estateId)': {
    kind: 'estate',
    filter: { empty: () => true },
    call: (id) => ({
      query: `subscription($estateId: ID) { rectificationChanged(estateId: $estateId) { event rectification { id } } }`,
      variables: { estateId: id },
    }),
  },
};

/** The current version of a position (1 for an id that names none). */
async function positionVersion(id: string): Promise<number> {
  if (!UUID.test(id)) return 1;
  const [row] = await kit.database.raw<{ version: number }>('select version from positions where id = $1', [
    id,
  ]);
  return row?.version ?? 1;
}

/** A pending appeal of finding `findingId` by `userId`, as appealFinding leaves it. */
async function appealOf(findingId: string, userId: string, reason: string): Promise<void> {
  await kit.database.raw(
    `insert into audit_appeals (company_id, finding_id, estate_id, reason, appealed_by, appealed_at)
     select company_id, id, estate_id, $3, $2, now() from audit_findings where id = $1`,
    [findingId, userId, reason],
  );
}

const idOfB = (kind: IdKind): string =>
  (kind === 'staffingTemplate' ? bStaffingTemplate : undefined) ??
  opsIdOfB(kind) ??
  (kind === 'complaint' ? bComplaint : undefined) ??
  (kind === 'survey' ? bSurvey : undefined) ??
  workOrderIdOfB(kind) ??
  staffIdOfB(kind) ??
  (kind === 'region'
    ? B.regions[0]!.id
    : kind === 'estate'
      ? B.estates[0]!.id
      : kind === 'company'
        ? B.id
        : kind === 'invitation'
          ? bInvitation
          : kind === 'file'
            ? bUpload
            : kind === 'notification'
              ? bNotification
              : kind === 'auditTemplate'
                ? bEditedTemplate.id
                : kind === 'auditTemplateVersion'
                  ? bEditedTemplate.versionId
                  : kind === 'templateFile'
                    ? bUpload
                    : kind === 'audit'
                      ? bAudit
                      : kind === 'campaign'
                        ? bCampaign
                        : kind === 'schedule'
                          ? bSchedule
                          : kind === 'template'
                            ? bTemplate.templateId
                            : kind === 'templateVersion'
                              ? bTemplate.versionId
                              : kind === 'auditor'
                                ? bAuditor.id
                                : kind === 'photo'
                                  ? bPhoto
                                  : kind === 'submittedAudit'
                                    ? bSubmittedAudit.auditId
                                    : kind === 'overviewCampaign'
                                      ? bOverviewCampaign
                                      : kind === 'finding'
                                        ? bSubmittedAudit.findings[0]!.id
                                        : kind === 'rectification'
                                          ? bSubmittedAudit.rectifications[0]!.id
                                          : kind === 'department'
                                            ? bDepartment
                                            : kind === 'position'
                                              ? bPosition
                                              : kind === 'rosterStaff' || kind === 'rosterPartner'
                                                ? bGuard
                                                : bStaff.id);

/** Sends `userId` a notification of `companyId`, as a job would; answers its id. */
async function notificationOf(companyId: string, userId: string, title: string): Promise<string> {
  const [row] = await withTenant(kit.database, companyId, (tx) =>
    notify(
      tx,
      companyId,
      [{ userId, kind: 'FIGURES_REMINDER', title, params: { estateName: title } }],
      kit.app.services.clock(),
    ),
  );
  return row!.id;
}

/** Company C invites `account` and answers the invitation's id, as the account sees it. */
async function invitationFromC(account: TestUser): Promise<string> {
  const created = await kit.gql(cAdmin.token, CREATE_USER, {
    input: { email: account.email, name: '受邀', memberships: [{ role: 'HQ_VIEWER' }] },
  });
  if (codeOf(created) !== 'OK') throw new Error(`setup failed: ${JSON.stringify(created.errors)}`);
  const seen = await kit.gql<{ myInvitations: { id: string }[] }>(account.token, `{ myInvitations { id } }`);
  return seen.data!.myInvitations.at(-1)!.id;
}

async function idOfA(kind: IdKind, fresh: boolean): Promise<string> {
  if (kind === 'staffingTemplate') return staffingTemplateOfA();
  const opsId = await opsIdOfA(kind);
  if (opsId) return opsId;
  if (kind === 'complaint') return complaintOfA();
  if (kind === 'survey') return surveyOfA();
  const workOrderId = await workOrderIdOfA(kind);
  if (workOrderId) return workOrderId;
  const staffId = await staffIdOfA(kind);
  if (staffId) return staffId;
  if (kind === 'region') return fresh ? newRegionOfA() : A.regions[1]!.id;
  if (kind === 'estate') return fresh ? newEstateOfA() : A.estates[1]!.id;
  // A's admin switches to its own company (a no-op) / the platform admin acts on a fresh company.
  if (kind === 'company') return fresh ? (await kit.company()).id : A.id;
  // An invitation of A's admin account (by a third company): A's admin may accept it.
  if (kind === 'invitation') return invitationFromC(aUsers.COMPANY_ADMIN);
  if (kind === 'file') return uploadOfA(M_DRAFT);
  // A notification of A's admin, who marks it read.
  if (kind === 'notification') return notificationOf(A.id, aUsers.COMPANY_ADMIN.id, `甲方通知 ${unique()}`);
  if (kind === 'auditTemplate') return (await templateOfA()).id;
  if (kind === 'auditTemplateVersion') return (await templateOfA(true)).versionId!;
  if (kind === 'templateFile') return itemsUploadOfA();
  if (kind === 'audit') return auditOfA();
  if (kind === 'campaign') return aCampaign;
  if (kind === 'schedule') {
    const made = await adminOfA<{ createAuditSchedule: { id: string } }>(
      scheduleCall({}).query,
      scheduleCall({}).variables,
    );
    return made.createAuditSchedule.id;
  }
  if (kind === 'template') return aTemplate.templateId;
  if (kind === 'templateVersion') return aTemplate.versionId;
  if (kind === 'auditor') return aUsers.QUALITY_AUDITOR.id;
  if (kind === 'photo') return photoOf(kit, aUsers.COMPANY_ADMIN.token);
  if (kind === 'submittedAudit') return aSubmittedAudit.auditId;
  if (kind === 'overviewCampaign') return aOverviewCampaign;
  if (kind === 'finding') return (await submittedAuditOfA()).findings[0]!.id;
  if (kind === 'rectification') return rectificationOfA();
  if (kind === 'department') return aDepartment;
  if (kind === 'position') return positionOfA();
  if (kind === 'rosterStaff') return aGuards[0]!;
  if (kind === 'rosterPartner') return aGuards[1]!;
  return fresh ? (await A.user('ESTATE_STAFF')).id : aTarget.id;
}

/**
 * B's rows in every tenant table, its members and its sessions: per table the count and the newest
 * row version's transaction id (xmin). Any committed insert or update leaves a row version with a
 * newer xmin and a delete lowers the count, so any write to B's rows changes it, without turning
 * every row into JSON twice a case (which made this the slowest test of CI).
 */
async function snapshotOfB(): Promise<unknown> {
  const agg = (table: string, _order: string) =>
    `(select count(*)::int || ':' || coalesce(max(x.xmin::text::bigint), 0) from ${table} x where x.company_id = $1)`;
  const [row] = await kit.database.raw<{ snap: string }>(
    `select json_build_object(
       'company', (select c.xmin::text from companies c where c.id = $1),
       'regions', ${agg('regions', 'x.id')},
       'estates', ${agg('estates', 'x.id')},
       'memberships', ${agg('memberships', 'x.id')},
       'invitations', ${agg('invitations', 'x.id')},
       'membership_estates', ${agg('membership_estates', 'x.membership_id, x.estate_id')},
       'sessions', ${agg('sessions', 'x.id')},
       'change_log', ${agg('change_log', 'x.id')},
       'idempotency_keys', ${agg('idempotency_keys', 'x.key')},
       'monthly_figures', ${agg('monthly_figures', 'x.id')},
       'custom_indicators', ${agg('custom_indicators', 'x.id')},
       'files', ${agg('files', 'x.id')},
       'indicator_presets', ${agg('indicator_presets', 'x.id')},
       'indicator_targets', ${agg('indicator_targets', 'x.id')},
       'notifications', ${agg('notifications', 'x.id')},
       'audit_templates', ${agg('audit_templates', 'x.id')},
       'audit_template_versions', ${agg('audit_template_versions', 'x.id')},
       'audit_campaigns', ${agg('audit_campaigns', 'x.id')},
       'audit_schedules', ${agg('audit_schedules', 'x.id')},
       'audits', ${agg('audits', 'x.id')},
       'audit_auditors', ${agg('audit_auditors', 'x.audit_id, x.user_id')},
       'audit_answers', ${agg('audit_answers', 'x.id')},
       'audit_findings', ${agg('audit_findings', 'x.id')},
       'audit_appeals', ${agg('audit_appeals', 'x.finding_id')},
       'rectifications', ${agg('rectifications', 'x.id')},
       'departments', ${agg('departments', 'x.id')},
       'positions', ${agg('positions', 'x.id')},
       'roster_months', ${agg('roster_months', 'x.id')},
       'roster_entries', ${agg('roster_entries', 'x.id')},
       'staff', ${agg('staff', 'x.id')},
       'staff_certificates', ${agg('staff_certificates', 'x.id')},
       'staff_trainings', ${agg('staff_trainings', 'x.id')},
       'staffing_templates', ${agg('staffing_templates', 'x.id')},
       'work_orders', ${agg('work_orders', 'x.id')},
       'work_order_commitments', ${agg('work_order_commitments', 'x.id')},
       'fee_collections', ${agg('fee_collections', 'x.id')},
       'incidents', ${agg('incidents', 'x.id')},
       'facility_checks', ${agg('facility_checks', 'x.id')},
       'community_activities', ${agg('community_activities', 'x.id')},
       'special_services', ${agg('special_services', 'x.id')},
       'users', (select count(*)::int || ':' || coalesce(max(u.xmin::text::bigint), 0) from users u
                 where u.id in (select user_id from memberships where company_id = $1))
     )::text as snap`,
    [B.id],
  );
  return JSON.parse(row!.snap);
}

/** What an answer says, without the request-specific parts (stack traces, locations). */
async function shapeOf(res: GqlResult, reveal?: IdCase['reveal']) {
  const error = res.errors?.[0];
  return {
    code: codeOf(res),
    message: error?.message,
    fields: error?.extensions?.fields?.map((f) => ({ path: f.path, reason: f.reason })),
    data: res.data && reveal ? await reveal(res.data) : (res.data ?? null),
  };
}

/** B's values that show up in an answer to A (the id A sent itself is not a leak). */
function leaksOf(res: unknown, sent: readonly string[]): string[] {
  const text = JSON.stringify(res);
  return bSecrets.filter((s) => !sent.includes(s) && text.includes(s));
}

async function loadSecretsOfB(): Promise<string[]> {
  const rows = await kit.database.raw<{ v: string }>(
    `select v from (
       select id::text as v from companies where id = $1 union all select slug from companies where id = $1
       union all select name from companies where id = $1
       union all select id::text from regions where company_id = $1 union all select name from regions where company_id = $1
       union all select code from regions where company_id = $1
       union all select id::text from estates where company_id = $1 union all select name from estates where company_id = $1
       union all select code from estates where company_id = $1
       union all select id::text from memberships where company_id = $1
       union all select id::text from invitations where company_id = $1
       union all select u.id::text from users u join memberships m on m.user_id = u.id and m.company_id = $1
       union all select u.email from users u join memberships m on m.user_id = u.id and m.company_id = $1
       union all select u.name from users u join memberships m on m.user_id = u.id and m.company_id = $1
       union all select id::text from monthly_figures where company_id = $1
       union all select note from monthly_figures where company_id = $1
       union all select id::text from indicator_targets where company_id = $1
       union all select reason from indicator_targets where company_id = $1
       union all select code from custom_indicators where company_id = $1
       union all select name_zh from custom_indicators where company_id = $1
       union all select name_en from custom_indicators where company_id = $1
       union all select id::text from files where company_id = $1
       union all select name from files where company_id = $1
       union all select id::text from notifications where company_id = $1
       union all select title from notifications where company_id = $1
       union all select id::text from audit_templates where company_id = $1
       union all select name from audit_templates where company_id = $1
       union all select id::text from audit_template_versions where company_id = $1
       union all select id::text from audits where company_id = $1 union all select title from audits where company_id = $1
       union all select id::text from audit_campaigns where company_id = $1 union all select name from audit_campaigns where company_id = $1
       union all select id::text from audit_schedules where company_id = $1
       union all select id::text from audit_templates where company_id = $1 union all select name from audit_templates where company_id = $1
       union all select id::text from audit_template_versions where company_id = $1
       union all select note from audit_answers where company_id = $1
       union all select id::text from audit_findings where company_id = $1
       union all select reason from audit_appeals where company_id = $1
       union all select id::text from rectifications where company_id = $1
       union all select root_cause from rectifications where company_id = $1
       union all select evidence_note from rectifications where company_id = $1
       union all select id::text from departments where company_id = $1
       union all select id::text from positions where company_id = $1
       union all select name from positions where company_id = $1 and name like '乙方%'
       union all select id::text from roster_months where company_id = $1
       union all select id::text from roster_entries where company_id = $1
       union all select id::text from staff where company_id = $1
       union all select name from staff where company_id = $1 and name like '乙方%'
     ) s where length(v) >= 6`,
    [B.id],
  );
  return [...new Set(rows.map((r) => r.v))];
}

beforeAll(async () => {
  // No jobs worked: a sweep or overdue check writing B's rows mid-case would look like a leak.
  kit = await startTestKit({ env: { JOBS: 'off' } });
  // These tests type figures of codes the estate's records now compute (issue 11 item 6).
  typeOpsFiguresByHand();
  [A, B] = await Promise.all([kit.company(), kit.company()]);
  [aUsers, bAdmin, bStaff, aTarget] = await Promise.all([
    usersByRole(kit, A),
    B.user('COMPANY_ADMIN'),
    B.user('ESTATE_STAFF'),
    A.user('ESTATE_STAFF'),
  ]);
  // B also has a region-scoped viewer and a manager of two estates, so every table has rows.
  await Promise.all([
    B.user('HQ_VIEWER', { regionId: B.regions[1]!.id }),
    B.user('ESTATE_MANAGER', { estateIds: [B.estates[0]!.id, B.estates[2]!.id] }),
  ]);
  aMovable = await newEstateOfA();

  // B reports, submits and approves figures, sets targets and has an indicator of its own.
  for (const [month, state] of [
    [M_DRAFT, 'DRAFT'],
    [M_SUBMITTED, 'SUBMITTED'],
    [M_APPROVED, 'APPROVED'],
  ] as const) {
    await figuresIn(bAdmin.token, B.estates[0]!.id, month, state);
    await figuresIn(bAdmin.token, B.estates[2]!.id, month, state);
  }
  bIndicator = `b_secret_${unique()}`;
  for (const [query, input] of [
    [
      `mutation($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { source } }`,
      {
        indicatorCode: 'fee_collection',
        estateId: B.estates[0]!.id,
        op: 'AT_LEAST',
        value: 40,
        effectiveMonth: THIS_MONTH,
        reason: '乙方目标调整说明',
      },
    ],
    [
      `mutation($input: SetIndicatorPresetInput!) { setIndicatorPreset(input: $input) { presetNow } }`,
      { preset: 'B', effectiveMonth: addMonths(THIS_MONTH, 1) },
    ],
    [
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { code } }`,
      {
        code: bIndicator,
        nameZh: '乙方自有指标',
        nameEn: 'B private indicator',
        unit: 'COUNT',
        direction: 'AT_MOST',
        measurement: 'INCIDENTS',
        numeratorLabel: '乙方次数',
      },
    ],
  ] as const) {
    const res = await kit.gql(bAdmin.token, query, { input });
    if (codeOf(res) !== 'OK') throw new Error(`setup of B failed: ${JSON.stringify(res.errors)}`);
  }
  // A's controls: region 1 (estates[2]) has a missed commitment and a month waiting for approval;
  // estates[1] has a target history.
  await figuresOfA(A.estates[2]!.id, M_APPROVED, 'APPROVED');
  await figuresOfA(A.estates[2]!.id, M_SUBMITTED, 'SUBMITTED');
  await adminOfA(
    `mutation($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { source } }`,
    {
      input: {
        indicatorCode: 'fee_collection',
        estateId: A.estates[1]!.id,
        op: 'AT_LEAST',
        value: 90,
        effectiveMonth: THIS_MONTH,
      },
    },
  );
  C = await kit.company();
  cAdmin = await C.user('COMPANY_ADMIN');
  const invitee = await C.user('ESTATE_STAFF');
  const invited = await kit.gql(bAdmin.token, CREATE_USER, {
    input: { email: invitee.email, name: '乙方邀请', memberships: [{ role: 'HQ_VIEWER' }] },
  });
  if (codeOf(invited) !== 'OK') throw new Error(`setup of B failed: ${JSON.stringify(invited.errors)}`);
  const [row] = await kit.database.raw<{ id: string }>(
    'select id from invitations where company_id = $1 and user_id = $2',
    [B.id, invitee.id],
  );
  bInvitation = row!.id;
  const [bCode] = await kit.database.raw<{ code: string }>('select code from estates where id = $1', [
    B.estates[0]!.id,
  ]);
  bUpload = await uploaded(
    kit,
    bAdmin.token,
    await figuresWorkbook(M_DRAFT, [{ estateCode: bCode!.code, values: { 'fee_collection.numerator': 1 } }]),
    `乙方导入-${unique()}.xlsx`,
  );
  const exported = await kit.gql<{ exportComparison: FileRefOf }>(
    bAdmin.token,
    `mutation($input: ExportComparisonInput!) { exportComparison(input: $input) { id name contentType size } }`,
    { input: { filter: { period: M_APPROVED }, kind: 'MATRIX' } },
  );
  if (codeOf(exported) !== 'OK') throw new Error(`setup of B failed: ${JSON.stringify(exported.errors)}`);
  bExport = exported.data!.exportComparison;
  bNotification = await notificationOf(B.id, bAdmin.id, `乙方通知 仅限本公司 ${unique()}`);
  const bTpl = await kit.gql<{ createAuditTemplate: { id: string } }>(
    bAdmin.token,
    `mutation($input: CreateAuditTemplateInput!) { createAuditTemplate(input: $input) { id } }`,
    { input: { name: `乙方检查模板 仅限本公司 ${unique()}`, departments: ['FIRE_SAFETY'] } },
  );
  if (codeOf(bTpl) !== 'OK') throw new Error(`setup of B failed: ${JSON.stringify(bTpl.errors)}`);
  const bPublished = await kit.gql<{ publishAuditTemplate: { versions: { id: string }[] } }>(
    bAdmin.token,
    `mutation($input: PublishAuditTemplateInput!) { publishAuditTemplate(input: $input) { versions { id } } }`,
    { input: { id: bTpl.data!.createAuditTemplate.id, version: 1 } },
  );
  if (codeOf(bPublished) !== 'OK') throw new Error(`setup of B failed: ${JSON.stringify(bPublished.errors)}`);
  bEditedTemplate = {
    id: bTpl.data!.createAuditTemplate.id,
    versionId: bPublished.data!.publishAuditTemplate.versions[0]!.id,
  };
  // Audits: each company's template; B plans an audit (answered, with a photo), a campaign and a
  // schedule on its estates[0]; A has a campaign and a schedule on its estates[1] (filter controls).
  [aTemplate, bTemplate] = await Promise.all([publishedTemplate(kit, A.id), publishedTemplate(kit, B.id)]);
  bAuditor = await B.user('QUALITY_AUDITOR');
  const ofB = async <T>(query: string, variables: Record<string, unknown>) => {
    const res = await kit.gql<T>(bAdmin.token, query, variables);
    if (codeOf(res as GqlResult) !== 'OK')
      throw new Error(`setup of B failed: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  };
  const bPlan = planCall({
    estateId: B.estates[0]!.id,
    kind: 'QUARTERLY',
    templateVersionId: bTemplate.versionId,
    auditorUserIds: [bAuditor.id],
    title: `乙方检查 仅限本公司 ${unique()}`,
  });
  bAudit = (await ofB<{ planAudit: { id: string } }>(bPlan.query, bPlan.variables)).planAudit.id;
  bPhoto = await photoOf(kit, bAdmin.token);
  const bSave = saveCall(bAudit, [bPhoto]);
  (bSave.variables.input as Record<string, unknown>).note = '乙方检查备注 仅限本公司';
  await ofB(bSave.query, bSave.variables);
  const bCampaignCall = campaignCall({
    name: `乙方批次 仅限本公司 ${unique()}`,
    templateVersionId: bTemplate.versionId,
    estates: [{ estateId: B.estates[0]!.id, auditorUserIds: [bAuditor.id] }],
  });
  bCampaign = (
    await ofB<{ createAuditCampaign: { id: string } }>(bCampaignCall.query, bCampaignCall.variables)
  ).createAuditCampaign.id;
  const bScheduleCall = scheduleCall({
    estateId: B.estates[0]!.id,
    templateId: bTemplate.templateId,
    auditorUserIds: [bAuditor.id],
  });
  bSchedule = (
    await ofB<{ createAuditSchedule: { id: string } }>(bScheduleCall.query, bScheduleCall.variables)
  ).createAuditSchedule.id;
  const aCampaignCall = campaignCall({
    estates: [{ estateId: A.estates[1]!.id, auditorUserIds: [aUsers.QUALITY_AUDITOR.id] }],
  });
  aCampaign = (
    await adminOfA<{ createAuditCampaign: { id: string } }>(aCampaignCall.query, aCampaignCall.variables)
  ).createAuditCampaign.id;
  await adminOfA(scheduleCall({}).query, scheduleCall({}).variables);
  // Findings and rectification (Part C): a submitted audit with findings in a campaign of each
  // company. A's is on estates[1] (the control of estate filters); B's first finding is appealed
  // and its rectification has evidence, so that a leak of either would show.
  aSubmittedVersion = await templateVersion(kit.database, A.id);
  aOverviewCampaign = await campaign(kit.database, A.id, aSubmittedVersion);
  aSubmittedAudit = await submittedAuditOfA({ estateId: A.estates[1]!.id, campaignId: aOverviewCampaign });
  const bSubmittedVersion = await templateVersion(kit.database, B.id);
  bOverviewCampaign = await campaign(kit.database, B.id, bSubmittedVersion);
  bSubmittedAudit = await submittedAudit(kit.database, {
    companyId: B.id,
    estateId: B.estates[0]!.id,
    version: bSubmittedVersion,
    submittedAt: new Date(clockMs() - 86400_000),
    fail: 2,
    campaignId: bOverviewCampaign,
  });
  await appealOf(bSubmittedAudit.findings[0]!.id, bAdmin.id, `乙方申诉 仅限本公司 ${unique()}`);
  await kit.database.raw(`update rectifications set root_cause = $2, evidence_note = $3 where id = $1`, [
    bSubmittedAudit.rectifications[0]!.id,
    `乙方整改原因 仅限本公司 ${unique()}`,
    `乙方整改证据 仅限本公司 ${unique()}`,
  ]);
  // The estate team: B staffs its estates[0] from the template (and names a position its own);
  // A staffs its estates[1], where the controls create positions.
  const bStaffed = await ofB<{
    applyStaffingTemplate: {
      departments: { id: string; code: string }[];
      positions: { id: string; code: string }[];
    };
  }>(APPLY_TEMPLATE, { input: { estateId: B.estates[0]!.id } });
  bDepartment = bStaffed.applyStaffingTemplate.departments.find((d) => d.code === 'SECURITY')!.id;
  bPosition = bStaffed.applyStaffingTemplate.positions.find((p) => p.code === 'CLEANER')!.id;
  await ofB(`mutation($input: UpdatePositionInput!) { updatePosition(input: $input) { id } }`, {
    input: { id: bPosition, version: 1, name: `乙方岗位 仅限本公司 ${unique()}` },
  });
  const aStaffed = await adminOfA<{ applyStaffingTemplate: { departments: { id: string; code: string }[] } }>(
    APPLY_TEMPLATE,
    { input: { estateId: A.estates[1]!.id } },
  );
  aDepartment = aStaffed.applyStaffingTemplate.departments.find((d) => d.code === 'SECURITY')!.id;
  // Rosters: B's guards and B's roster of ROSTER_MONTH; A's two guards (crews A and B) and A's roster.
  const bTeam = await staffedEstate(kit, bAdmin.token, B.estates[0]!.id);
  bGuard = (
    await insertStaff(kit, B.id, bTeam, [
      { name: `乙方保安 仅限本公司 ${unique()}` },
      { name: `乙方保安 仅限本公司 ${unique()}` },
    ])
  )[0]!;
  await ofB(`mutation($input: GenerateRosterInput!) { generateRoster(input: $input) { id } }`, {
    input: { departmentId: bTeam.departments.SECURITY, month: ROSTER_MONTH },
  });
  const aTeam = await staffedEstate(kit, aUsers.COMPANY_ADMIN.token, A.estates[1]!.id);
  aGuards = await insertStaff(kit, A.id, aTeam, [
    { name: '甲方保安一', shiftCrew: 'A' },
    { name: '甲方保安二', shiftCrew: 'B' },
  ]);
  await adminOfA(`mutation($input: GenerateRosterInput!) { generateRoster(input: $input) { id } }`, {
    input: { departmentId: aDepartment, month: ROSTER_MONTH },
  });
  bSecrets = await loadSecretsOfB();
});
afterAll(() => kit?.close());

// ---- staffing compliance and the staffing indicators (issue 10 items 4 and 6) ----------------
// B's estates[0] has people: a guard whose certificate has expired and a manager trained this
// month, named as secrets; A's estates[1] (staffed in the setup) and A.regions[1] are the controls.
const STAFFING_EXPORT_TEXT = fileText('exportStaffingCompliance');
const STAFFING_CASES: Record<string, IdCase> = {
  'Query.staffingCompliance(estateId)': {
    kind: 'estate',
    call: (e) => ({
      query: `query($e: ID!) { staffingCompliance(estateId: $e) { estateId estateName planned actual certificateIssues { staffId staffName positionName } ageBreaches { staffName } } }`,
      variables: { e },
    }),
  },
  'Query.staffingComplianceTable(regionId)': {
    kind: 'region',
    filter: { empty: (d) => (d.staffingComplianceTable as unknown[]).length === 0 },
    call: (r) => ({
      query: `query($r: ID) { staffingComplianceTable(regionId: $r) { estateId estateName estateCode regionId regionName planned actual score } }`,
      variables: { r },
    }),
  },
  'Mutation.exportStaffingCompliance(input.regionId)': {
    kind: 'region',
    filter: {
      empty: async (d) => {
        const text = await STAFFING_EXPORT_TEXT(d);
        return A.estates.every((e) => !text.includes(e.name));
      },
    },
    reveal: STAFFING_EXPORT_TEXT,
    call: (regionId) => ({
      query: `mutation($input: ExportStaffingComplianceInput!) { exportStaffingCompliance(input: $input) { id name contentType size } }`,
      variables: { input: { regionId } },
    }),
  },
  'Query.staffingIndicatorDrillDown(estateId)': {
    kind: 'estate',
    call: (e) => ({
      query: `query($e: ID!, $c: String!, $m: String!) { staffingIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) { estateId numerator denominator rows { staffId staffName positionName reason } } }`,
      variables: { e, c: 'training_pass', m: THIS_MONTH },
    }),
  },
};
Object.assign(CASES, STAFFING_CASES);

beforeAll(async () => {
  const e = B.estates[0]!.id;
  const [guardPosition] = await kit.database.raw<{ id: string; department_id: string }>(
    `select id, department_id from positions where company_id = $1 and estate_id = $2 and code = 'SECURITY_GUARD'`,
    [B.id, e],
  );
  const [bossPosition] = await kit.database.raw<{ id: string; department_id: string }>(
    `select id, department_id from positions where company_id = $1 and estate_id = $2 and code = 'ESTATE_MANAGER'`,
    [B.id, e],
  );
  const at = (p: { id: string; department_id: string }) => ({
    id: p.id,
    departmentId: p.department_id,
    code: '',
  });
  const guardName = `乙方保安 仅限本公司 ${unique()}`;
  const bossName = `乙方经理 仅限本公司 ${unique()}`;
  const guard = await addPerson(kit.database, B.id, e, at(guardPosition!), {
    name: guardName,
    hireDate: '2020-01-01',
  });
  await addCertificate(kit.database, B.id, e, guard, 'SECURITY_GUARD', '2020-01-01');
  const boss = await addPerson(kit.database, B.id, e, at(bossPosition!), {
    name: bossName,
    hireDate: '2020-01-01',
  });
  await addTraining(kit.database, B.id, e, boss, `${THIS_MONTH}-01`, true);
  bSecrets.push(guardName, bossName, guard, boss);
});

// ---- staff (issue 10 item 2): B's staff record with a certificate and a training record; A's
// controls work on A's estates[1] (staffed from the template in the setup above).
type StaffIdKind = 'staff' | 'certificate' | 'training' | 'staffPosition' | 'staffAccount' | 'staffFile';
const STAFF_KINDS: readonly string[] = [
  'staff',
  'certificate',
  'training',
  'staffPosition',
  'staffAccount',
  'staffFile',
] satisfies StaffIdKind[];
const STAFF_OUT =
  'id name phone idNumberMasked certificates { id number scanFileId } trainings { id course }';
const CREATE_STAFF_OF = `mutation($input: CreateStaffInput!) { createStaff(input: $input) { ${STAFF_OUT} } }`;
let bStaffRecord: string;
let bCertificate: string;
let bTraining: string;
/** A's guard position of its estates[1], and a member of staff in it. */
let aGuardPosition: string;
let staffSequence = 0;
const staffInputOfA = (over: Record<string, unknown> = {}) => ({
  estateId: A.estates[1]!.id,
  positionId: aGuardPosition,
  name: `甲方员工 ${unique()}`,
  hireDate: '2020-02-02',
  idNumber: idNumberOf('1983-03-03', 200 + staffSequence++),
  ...over,
});
const staffOfA = async () =>
  (await adminOfA<{ createStaff: { id: string } }>(CREATE_STAFF_OF, { input: staffInputOfA() })).createStaff
    .id;
const certificateOfA = async () =>
  (
    await adminOfA<{ addStaffCertificate: { id: string } }>(
      `mutation($input: AddStaffCertificateInput!) { addStaffCertificate(input: $input) { id } }`,
      { input: { staffId: await staffOfA(), kind: 'OTHER', number: `A${unique()}` } },
    )
  ).addStaffCertificate.id;
const trainingOfA = async () =>
  (
    await adminOfA<{ addStaffTraining: { id: string } }>(
      `mutation($input: AddStaffTrainingInput!) { addStaffTraining(input: $input) { id } }`,
      {
        input: {
          staffId: await staffOfA(),
          course: '甲方培训',
          trainedOn: '2024-01-01',
          hours: 1,
          passed: true,
        },
      },
    )
  ).addStaffTraining.id;
/** A staff import file uploaded by A's admin (one person, no ID number). */
const staffFileOfA = async () =>
  uploaded(
    kit,
    aUsers.COMPANY_ADMIN.token,
    await staffWorkbook([{ name: `导入 ${unique()}`, position: 'SECURITY_GUARD', hire_date: '2024-01-01' }]),
    `甲方员工-${unique()}.xlsx`,
  );
async function versionIn(table: 'staff' | 'staff_certificates', id: string): Promise<number> {
  if (!UUID.test(id)) return 1;
  const [row] = await kit.database.raw<{ version: number }>(`select version from ${table} where id = $1`, [
    id,
  ]);
  return row?.version ?? 1;
}
const staffIdOfB = (kind: IdKind): string | undefined =>
  !STAFF_KINDS.includes(kind)
    ? undefined
    : kind === 'staff'
      ? bStaffRecord
      : kind === 'certificate'
        ? bCertificate
        : kind === 'training'
          ? bTraining
          : kind === 'staffPosition'
            ? bPosition
            : kind === 'staffAccount'
              ? bStaff.id
              : bUpload;
async function staffIdOfA(kind: IdKind): Promise<string | undefined> {
  if (kind === 'staff') return staffOfA();
  if (kind === 'certificate') return certificateOfA();
  if (kind === 'training') return trainingOfA();
  if (kind === 'staffPosition') return aGuardPosition;
  if (kind === 'staffAccount') return (await A.user('ESTATE_STAFF', { estateIds: [A.estates[1]!.id] })).id;
  if (kind === 'staffFile') return staffFileOfA();
  return undefined;
}
const staffListCall = (filter: Record<string, unknown>): Call => ({
  query: `query($filter: StaffFilter!) { staffMembers(filter: $filter, first: 20) { totalCount edges { node { ${STAFF_OUT} } } } }`,
  variables: { filter },
});
const noStaff = {
  empty: (data: Record<string, unknown>) => (data.staffMembers as { totalCount: number }).totalCount === 0,
};
const updateStaffCall = async (input: Record<string, unknown>): Promise<Call> => ({
  query: `mutation($input: UpdateStaffInput!) { updateStaff(input: $input) { ${STAFF_OUT} } }`,
  variables: { input },
});
const certificateCall = (input: Record<string, unknown>): Call => ({
  query: `mutation($input: AddStaffCertificateInput!) { addStaffCertificate(input: $input) { id number scanFileId } }`,
  variables: { input: { kind: 'OTHER', number: `C${unique()}`, ...input } },
});
const STAFF_CASES: Record<string, IdCase> = {
  'Query.staffMembers(filter.estateId)': { kind: 'estate', call: (estateId) => staffListCall({ estateId }) },
  'Query.staffMembers(filter.departmentId)': {
    kind: 'department',
    filter: noStaff,
    call: (departmentId) => staffListCall({ estateId: A.estates[1]!.id, departmentId }),
  },
  'Query.staffMembers(filter.positionId)': {
    kind: 'staffPosition',
    filter: noStaff,
    call: (positionId) => staffListCall({ estateId: A.estates[1]!.id, positionId }),
  },
  'Query.staffMember(id)': {
    kind: 'staff',
    call: (id) => ({ query: `query($id: ID!) { staffMember(id: $id) { ${STAFF_OUT} } }`, variables: { id } }),
  },
  'Mutation.createStaff(input.estateId)': {
    kind: 'estate',
    call: (estateId) => ({ query: CREATE_STAFF_OF, variables: { input: staffInputOfA({ estateId }) } }),
  },
  'Mutation.createStaff(input.positionId)': {
    kind: 'position',
    call: (positionId) => ({ query: CREATE_STAFF_OF, variables: { input: staffInputOfA({ positionId }) } }),
  },
  'Mutation.createStaff(input.userId)': {
    kind: 'staffAccount',
    call: (userId) => ({ query: CREATE_STAFF_OF, variables: { input: staffInputOfA({ userId }) } }),
  },
  'Mutation.updateStaff(input.id)': {
    kind: 'staff',
    call: async (id) => updateStaffCall({ id, version: await versionIn('staff', id), note: '改' }),
  },
  'Mutation.updateStaff(input.positionId)': {
    kind: 'position',
    call: async (positionId) => updateStaffCall({ id: await staffOfA(), version: 1, positionId }),
  },
  'Mutation.updateStaff(input.userId)': {
    kind: 'staffAccount',
    call: async (userId) => updateStaffCall({ id: await staffOfA(), version: 1, userId }),
  },
  'Mutation.revealStaffIdNumber(id)': {
    kind: 'staff',
    call: (id) => ({ query: `mutation($id: ID!) { revealStaffIdNumber(id: $id) }`, variables: { id } }),
  },
  'Mutation.addStaffCertificate(input.staffId)': {
    kind: 'staff',
    call: (staffId) => certificateCall({ staffId }),
  },
  'Mutation.addStaffCertificate(input.scanFileId)': {
    kind: 'photo',
    call: async (scanFileId) => certificateCall({ staffId: await staffOfA(), scanFileId }),
  },
  'Mutation.updateStaffCertificate(input.id)': {
    kind: 'certificate',
    call: async (id) => ({
      query: `mutation($input: UpdateStaffCertificateInput!) { updateStaffCertificate(input: $input) { id number } }`,
      variables: {
        input: { id, version: await versionIn('staff_certificates', id), number: `U${unique()}` },
      },
    }),
  },
  'Mutation.updateStaffCertificate(input.scanFileId)': {
    kind: 'photo',
    call: async (scanFileId) => ({
      query: `mutation($input: UpdateStaffCertificateInput!) { updateStaffCertificate(input: $input) { id scanFileId } }`,
      variables: { input: { id: await certificateOfA(), version: 1, scanFileId } },
    }),
  },
  'Mutation.deleteStaffCertificate(id)': {
    kind: 'certificate',
    fresh: true,
    call: (id) => ({ query: `mutation($id: ID!) { deleteStaffCertificate(id: $id) }`, variables: { id } }),
  },
  'Mutation.addStaffTraining(input.staffId)': {
    kind: 'staff',
    call: (staffId) => ({
      query: `mutation($input: AddStaffTrainingInput!) { addStaffTraining(input: $input) { id course } }`,
      variables: { input: { staffId, course: '隔离培训', trainedOn: '2024-02-02', hours: 2, passed: true } },
    }),
  },
  'Mutation.deleteStaffTraining(id)': {
    kind: 'training',
    fresh: true,
    call: (id) => ({ query: `mutation($id: ID!) { deleteStaffTraining(id: $id) }`, variables: { id } }),
  },
  'Mutation.importStaff(input.estateId)': {
    kind: 'estate',
    call: async (estateId) => ({
      query: `mutation($input: ImportStaffInput!) { importStaff(input: $input) { created staff { ${STAFF_OUT} } } }`,
      variables: { input: { estateId, fileId: await staffFileOfA() } },
    }),
  },
  'Mutation.importStaff(input.fileId)': {
    kind: 'staffFile',
    call: (fileId) => ({
      query: `mutation($input: ImportStaffInput!) { importStaff(input: $input) { created staff { ${STAFF_OUT} } } }`,
      variables: { input: { estateId: A.estates[1]!.id, fileId } },
    }),
  },
  'Mutation.exportStaff(estateId)': {
    kind: 'estate',
    reveal: async (data) =>
      workbookText(await downloaded(kit, aUsers.COMPANY_ADMIN.token, (data.exportStaff as FileRefOf).id)),
    call: (estateId) => ({
      query: `mutation($estateId: ID!) { exportStaff(estateId: $estateId) { id name contentType size } }`,
      variables: { estateId },
    }),
  },
};
Object.assign(CASES, STAFF_CASES);

beforeAll(async () => {
  // After the setup above (hooks run in order): B's staff, A's guard position and one guard.
  const ofB = async <T>(query: string, variables: Record<string, unknown>) => {
    const res = await kit.gql<T>(bAdmin.token, query, variables);
    if (codeOf(res as GqlResult) !== 'OK') throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  };
  const bScan = await photoOf(kit, bAdmin.token);
  const made = await ofB<{ createStaff: { id: string; name: string; idNumberMasked: string } }>(
    CREATE_STAFF_OF,
    {
      input: {
        estateId: B.estates[0]!.id,
        positionId: bPosition,
        name: `乙方员工 仅限本公司 ${unique()}`,
        phone: '13612345678',
        idNumber: idNumberOf('1977-07-07', 300),
        hireDate: '2019-09-09',
      },
    },
  );
  bStaffRecord = made.createStaff.id;
  bCertificate = (
    await ofB<{ addStaffCertificate: { id: string } }>(
      `mutation($input: AddStaffCertificateInput!) { addStaffCertificate(input: $input) { id } }`,
      { input: { staffId: bStaffRecord, kind: 'OTHER', number: `乙方证书${unique()}`, scanFileId: bScan } },
    )
  ).addStaffCertificate.id;
  bTraining = (
    await ofB<{ addStaffTraining: { id: string } }>(
      `mutation($input: AddStaffTrainingInput!) { addStaffTraining(input: $input) { id } }`,
      {
        input: {
          staffId: bStaffRecord,
          course: `乙方培训 ${unique()}`,
          trainedOn: '2024-01-01',
          hours: 3,
          passed: true,
        },
      },
    )
  ).addStaffTraining.id;
  const secrets = await kit.database.raw<{ v: string }>(
    `select v from (
       select id::text v from staff where company_id = $1 union all select name from staff where company_id = $1
       union all select phone from staff where company_id = $1 union all select id_number_masked from staff where company_id = $1
       union all select id::text from staff_certificates where company_id = $1 union all select number from staff_certificates where company_id = $1
       union all select scan_file_id::text from staff_certificates where company_id = $1
       union all select id::text from staff_trainings where company_id = $1 union all select course from staff_trainings where company_id = $1
     ) s where v is not null and length(v) >= 6`,
    [B.id],
  );
  bSecrets.push(...secrets.map((r) => r.v));
  const aPositions = await adminOfA<{ positions: { id: string; code: string }[] }>(
    `query($estateId: ID!) { positions(estateId: $estateId) { id code } }`,
    { estateId: A.estates[1]!.id },
  );
  aGuardPosition = aPositions.positions.find((p) => p.code === 'SECURITY_GUARD')!.id;
  await staffOfA();
});

// ---- company staffing templates (issue 10 item 1): B keeps a template made from its estates[0];
// A's controls use A's templates made from A's estates[1] (staffed from the built-in one above).
let bStaffingTemplate: string;
const TEMPLATE_OUT =
  'id builtIn name description plannedHeadcount version positions { code name plannedHeadcount }';
const CREATE_TEMPLATE = `mutation($input: CreateStaffingTemplateInput!) { createStaffingTemplate(input: $input) { ${TEMPLATE_OUT} } }`;
/** A fresh template of A, by A's admin. */
const staffingTemplateOfA = async () =>
  (
    await adminOfA<{ createStaffingTemplate: { id: string } }>(CREATE_TEMPLATE, {
      input: { name: `甲方模板 ${unique()}`, fromEstateId: A.estates[1]!.id },
    })
  ).createStaffingTemplate.id;
async function templateVersionOf(id: string): Promise<number> {
  if (!UUID.test(id)) return 1;
  const [row] = await kit.database.raw<{ version: number }>(
    'select version from staffing_templates where id = $1',
    [id],
  );
  return row?.version ?? 1;
}
const TEMPLATE_CASES: Record<string, IdCase> = {
  'Mutation.createStaffingTemplate(input.fromEstateId)': {
    kind: 'estate',
    call: (fromEstateId) => ({
      query: CREATE_TEMPLATE,
      variables: { input: { name: `甲方模板 ${unique()}`, fromEstateId } },
    }),
  },
  'Mutation.updateStaffingTemplate(input.id)': {
    kind: 'staffingTemplate',
    call: async (id) => ({
      query: `mutation($input: UpdateStaffingTemplateInput!) { updateStaffingTemplate(input: $input) { ${TEMPLATE_OUT} } }`,
      variables: { input: { id, version: await templateVersionOf(id), description: '隔离说明' } },
    }),
  },
  'Mutation.deleteStaffingTemplate(id)': {
    kind: 'staffingTemplate',
    fresh: true,
    call: (id) => ({ query: `mutation($id: ID!) { deleteStaffingTemplate(id: $id) }`, variables: { id } }),
  },
  'Mutation.applyStaffingTemplate(input.templateId)': {
    kind: 'staffingTemplate',
    call: (templateId) => ({
      query: APPLY_TEMPLATE,
      variables: { input: { estateId: A.estates[1]!.id, templateId } },
    }),
  },
};
Object.assign(CASES, TEMPLATE_CASES);

beforeAll(async () => {
  const res = await kit.gql<{ createStaffingTemplate: { id: string; name: string; description: string } }>(
    bAdmin.token,
    CREATE_TEMPLATE,
    {
      input: {
        name: `乙方编制模板 仅限本公司 ${unique()}`,
        description: `乙方模板说明 仅限本公司 ${unique()}`,
        fromEstateId: B.estates[0]!.id,
      },
    },
  );
  if (codeOf(res) !== 'OK') throw new Error(`setup of B failed: ${JSON.stringify(res.errors)}`);
  bStaffingTemplate = res.data!.createStaffingTemplate.id;
  const { name, description } = res.data!.createStaffingTemplate;
  bSecrets.push(bStaffingTemplate, name, description);
});

// ---- work orders (issue 11 item 1): B's order of its estates[0] (with a reporter, a photo and
// changed commitments); A's controls work on A's estates[1] with a member of staff there.
type WorkOrderIdKind =
  | 'workOrder'
  | 'dispatchedWorkOrder'
  | 'onSiteWorkOrder'
  | 'completedWorkOrder'
  | 'workOrderAssignee';
const WORK_ORDER_KINDS: readonly string[] = [
  'workOrder',
  'dispatchedWorkOrder',
  'onSiteWorkOrder',
  'completedWorkOrder',
  'workOrderAssignee',
] satisfies WorkOrderIdKind[];
const WO_OUT =
  'id number status location description reporterName reporterPhone assignee { id name } photos { id }';
const CREATE_WO = `mutation($input: CreateWorkOrderInput!) { createWorkOrder(input: $input) { ${WO_OUT} } }`;
let bWorkOrder: string;
/** A member of staff of A's estates[1]: A's orders go to them. */
let aFixer: Promise<TestUser> | undefined;
const aFixerOf = () => {
  aFixer ??= A.user('ESTATE_STAFF', { estateIds: [A.estates[1]!.id] });
  return aFixer;
};
const workOrderInput = (over: Record<string, unknown> = {}) => ({
  estateId: A.estates[1]!.id,
  locationKind: 'UNIT',
  location: `甲方 ${unique()} 室`,
  category: 'DOORS_WINDOWS',
  kind: 'MINOR',
  description: '门锁损坏',
  channel: 'PHONE',
  ...over,
});
/** A fresh order of A's estates[1] in `status`, made by A's admin. */
async function workOrderOfA(status: 'NEW' | 'DISPATCHED' | 'ON_SITE' | 'COMPLETED'): Promise<string> {
  const { id } = (await adminOfA<{ createWorkOrder: { id: string } }>(CREATE_WO, { input: workOrderInput() }))
    .createWorkOrder;
  const steps: [string, string, Record<string, unknown>][] = [
    ['dispatchWorkOrder', 'DispatchWorkOrderInput', { assigneeUserId: (await aFixerOf()).id }],
    ['arriveWorkOrder', 'ArriveWorkOrderInput', {}],
    ['completeWorkOrder', 'CompleteWorkOrderInput', {}],
  ];
  const count = { NEW: 0, DISPATCHED: 1, ON_SITE: 2, COMPLETED: 3 }[status];
  for (const [field, type, extra] of steps.slice(0, count))
    await adminOfA(`mutation($input: ${type}!) { ${field}(input: $input) { id } }`, {
      input: { id, version: await workOrderVersion(id), ...extra },
    });
  return id;
}
async function workOrderVersion(id: string): Promise<number> {
  if (!UUID.test(id)) return 1;
  const [row] = await kit.database.raw<{ version: number }>('select version from work_orders where id = $1', [
    id,
  ]);
  return row?.version ?? 1;
}
const workOrderIdOfB = (kind: IdKind): string | undefined =>
  !WORK_ORDER_KINDS.includes(kind) ? undefined : kind === 'workOrderAssignee' ? bStaff.id : bWorkOrder;
async function workOrderIdOfA(kind: IdKind): Promise<string | undefined> {
  if (kind === 'workOrder') return workOrderOfA('NEW');
  if (kind === 'dispatchedWorkOrder') return workOrderOfA('DISPATCHED');
  if (kind === 'onSiteWorkOrder') return workOrderOfA('ON_SITE');
  if (kind === 'completedWorkOrder') return workOrderOfA('COMPLETED');
  if (kind === 'workOrderAssignee') return (await aFixerOf()).id;
  return undefined;
}
const workOrderListCall = (filter: Record<string, unknown>): Call => ({
  query: `query($filter: WorkOrderFilter!) { workOrders(filter: $filter, first: 20) { totalCount edges { node { ${WO_OUT} } } } }`,
  variables: { filter },
});
const workOrderStep = async (
  field: string,
  type: string,
  id: string,
  extra: Record<string, unknown> = {},
) => ({
  query: `mutation($input: ${type}!) { ${field}(input: $input) { ${WO_OUT} } }`,
  variables: { input: { id, version: await workOrderVersion(id), ...extra } },
});
const WORK_ORDER_CASES: Record<string, IdCase> = {
  'Query.workOrders(filter.estateId)': {
    kind: 'estate',
    prepare: async () => void (await workOrderOfA('NEW')),
    call: (estateId) => workOrderListCall({ estateId }),
  },
  'Query.workOrders(filter.assigneeUserId)': {
    kind: 'workOrderAssignee',
    filter: { empty: (data) => (data.workOrders as { totalCount: number }).totalCount === 0 },
    prepare: async () => void (await workOrderOfA('DISPATCHED')),
    call: (assigneeUserId) => workOrderListCall({ estateId: A.estates[1]!.id, assigneeUserId }),
  },
  'Query.workOrder(id)': {
    kind: 'workOrder',
    call: (id) => ({ query: `query($id: ID!) { workOrder(id: $id) { ${WO_OUT} } }`, variables: { id } }),
  },
  'Query.workOrderBoard(estateId)': {
    kind: 'estate',
    call: (estateId) => ({
      query: `query($e: ID!) { workOrderBoard(estateId: $e) { estateId columns { column count cards { ${WO_OUT} } } } }`,
      variables: { e: estateId },
    }),
  },
  'Mutation.createWorkOrder(input.estateId)': {
    kind: 'estate',
    call: (estateId) => ({ query: CREATE_WO, variables: { input: workOrderInput({ estateId }) } }),
  },
  'Mutation.createWorkOrder(input.departmentId)': {
    kind: 'department',
    call: (departmentId) => ({ query: CREATE_WO, variables: { input: workOrderInput({ departmentId }) } }),
  },
  'Mutation.createWorkOrder(input.photoFileIds[])': {
    kind: 'photo',
    call: (photo) => ({ query: CREATE_WO, variables: { input: workOrderInput({ photoFileIds: [photo] }) } }),
  },
  'Mutation.dispatchWorkOrder(input.id)': {
    kind: 'workOrder',
    call: async (id) =>
      workOrderStep('dispatchWorkOrder', 'DispatchWorkOrderInput', id, {
        assigneeUserId: (await aFixerOf()).id,
      }),
  },
  'Mutation.dispatchWorkOrder(input.assigneeUserId)': {
    kind: 'workOrderAssignee',
    call: async (assigneeUserId) =>
      workOrderStep('dispatchWorkOrder', 'DispatchWorkOrderInput', await workOrderOfA('NEW'), {
        assigneeUserId,
      }),
  },
  'Mutation.arriveWorkOrder(input.id)': {
    kind: 'dispatchedWorkOrder',
    call: (id) => workOrderStep('arriveWorkOrder', 'ArriveWorkOrderInput', id),
  },
  'Mutation.completeWorkOrder(input.id)': {
    kind: 'onSiteWorkOrder',
    call: (id) => workOrderStep('completeWorkOrder', 'CompleteWorkOrderInput', id, { qualityPassed: true }),
  },
  'Mutation.completeWorkOrder(input.photoFileIds[])': {
    kind: 'photo',
    call: async (photo) =>
      workOrderStep('completeWorkOrder', 'CompleteWorkOrderInput', await workOrderOfA('ON_SITE'), {
        photoFileIds: [photo],
      }),
  },
  'Mutation.callbackWorkOrder(input.id)': {
    kind: 'completedWorkOrder',
    call: (id) =>
      workOrderStep('callbackWorkOrder', 'CallbackWorkOrderInput', id, { satisfaction: 'SATISFIED' }),
  },
  'Mutation.closeWorkOrder(input.id)': {
    kind: 'completedWorkOrder',
    call: (id) => workOrderStep('closeWorkOrder', 'CloseWorkOrderInput', id),
  },
  'Query.workOrderIndicatorDrillDown(estateId)': {
    kind: 'estate',
    call: (e) => ({
      query: `query($e: ID!, $c: String!, $m: String!) { workOrderIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) { estateId numerator denominator rows { number location reason } } }`,
      variables: { e, c: 'repair_timely', m: THIS_MONTH },
    }),
  },
  'Query.estateRepairLink(estateId)': {
    kind: 'estate',
    call: (e) => ({
      query: `query($e: ID!) { estateRepairLink(estateId: $e) { estateId token } }`,
      variables: { e },
    }),
  },
  'Mutation.rotateEstateRepairLink(estateId)': {
    kind: 'estate',
    call: (e) => ({
      query: `mutation($e: ID!) { rotateEstateRepairLink(estateId: $e) { estateId token } }`,
      variables: { e },
    }),
  },
  // Run by the subscription tests of the module's own file (work-orders.test.ts).
  'Subscription.workOrderChanged(estateId)': {
    kind: 'estate',
    filter: { empty: () => true },
    call: (estateId) => ({
      query: `subscription($e: ID!) { workOrderChanged(estateId: $e) { event workOrder { id } } }`,
      variables: { e: estateId },
    }),
  },
};
Object.assign(CASES, WORK_ORDER_CASES);

beforeAll(async () => {
  // After the setups above: B's order (assigned to B's staff, with a photo) and B's commitments.
  const ofB = async <T>(query: string, variables: Record<string, unknown>) => {
    const res = await kit.gql<T>(bAdmin.token, query, variables);
    if (codeOf(res as GqlResult) !== 'OK') throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  };
  const photo = await photoOf(kit, bAdmin.token);
  bWorkOrder = (
    await ofB<{ createWorkOrder: { id: string } }>(CREATE_WO, {
      input: {
        estateId: B.estates[0]!.id,
        locationKind: 'UNIT',
        location: `乙方 ${unique()} 单元`,
        category: 'ELEVATOR',
        kind: 'URGENT',
        description: `乙方报修 仅限本公司 ${unique()}`,
        channel: 'QR_CODE',
        reporterName: `乙方业主 ${unique()}`,
        reporterPhone: '13698765432',
        photoFileIds: [photo],
      },
    })
  ).createWorkOrder.id;
  await ofB(`mutation($input: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $input) { id } }`, {
    input: { id: bWorkOrder, version: 1, assigneeUserId: bStaff.id },
  });
  await ofB(
    `mutation($input: UpdateWorkOrderCommitmentsInput!) { updateWorkOrderCommitments(input: $input) { current { id } } }`,
    {
      input: {
        dispatchMinutesMinor: 5,
        dispatchMinutesUrgent: 5,
        arriveMinutesMinor: 15,
        arriveMinutesUrgent: 30,
        completeMinutesMinor: 2880,
        urgentSameDay: true,
        completeMinutesUrgent: 240,
        note: `乙方服务承诺 仅限本公司 ${unique()}`,
      },
    },
  );
  const secrets = await kit.database.raw<{ v: string }>(
    `select v from (
       select id::text v from work_orders where company_id = $1 union all select location from work_orders where company_id = $1
       union all select description from work_orders where company_id = $1 union all select reporter_name from work_orders where company_id = $1
       union all select reporter_phone from work_orders where company_id = $1
       union all select id::text from work_order_commitments where company_id = $1 union all select note from work_order_commitments where company_id = $1
     ) s where v is not null and length(v) >= 6`,
    [B.id],
  );
  bSecrets.push(...secrets.map((r) => r.v));
});

// ---- the estate's records (issue 11 item 5): B's fee month, incident, facility check, activity
// and special service of its estates[0]; A's controls work on A's estates[1].
type OpsIdKind = 'incident' | 'facilityCheck' | 'communityActivity' | 'specialService' | 'feeFile';
const OPS_KINDS: readonly string[] = [
  'incident',
  'facilityCheck',
  'communityActivity',
  'specialService',
  'feeFile',
] satisfies OpsIdKind[];
const OPS_LAST = addMonths(THIS_MONTH, -1);
const OPS_DAY = `${OPS_LAST}-09`;
const bOps: Partial<Record<OpsIdKind, string>> = {};
/** Each fee control of A saves a month of its own. */
let opsFeeMonth = addMonths(THIS_MONTH, -40);
const nextOpsMonth = () => {
  opsFeeMonth = addMonths(opsFeeMonth, -1);
  return opsFeeMonth;
};
const incidentFields = () => ({
  kind: 'FIRE_ALARM',
  occurredOn: OPS_DAY,
  place: `甲方 ${unique()}`,
  description: '烟感报警',
});
const checkFields = () => ({
  facilityClass: 'EQUIPMENT',
  checkedOn: OPS_DAY,
  itemsChecked: 10,
  itemsIntact: 10,
  checker: '甲方检查人',
});
const activityFields = () => ({ heldOn: OPS_DAY, title: `甲方活动 ${unique()}`, attendance: 100 });
const serviceFields = () => ({
  name: `甲方服务 ${unique()}`,
  price: '10',
  unit: '次',
  activeFrom: `${OPS_LAST}-01`,
});
const OPS_CREATE: Record<Exclude<OpsIdKind, 'feeFile'>, [string, string, () => Record<string, unknown>]> = {
  incident: ['createIncident', 'CreateIncidentInput', incidentFields],
  facilityCheck: ['createFacilityCheck', 'CreateFacilityCheckInput', checkFields],
  communityActivity: ['createCommunityActivity', 'CreateCommunityActivityInput', activityFields],
  specialService: ['createSpecialService', 'CreateSpecialServiceInput', serviceFields],
};
const opsIdOfB = (kind: IdKind): string | undefined =>
  !OPS_KINDS.includes(kind) ? undefined : kind === 'feeFile' ? bUpload : bOps[kind as OpsIdKind];
async function opsIdOfA(kind: IdKind): Promise<string | undefined> {
  if (!OPS_KINDS.includes(kind)) return undefined;
  if (kind === 'feeFile')
    return uploaded(
      kit,
      aUsers.COMPANY_ADMIN.token,
      await feeWorkbook([[nextOpsMonth(), '100', '90', null]]),
    );
  const [field, type, fields] = OPS_CREATE[kind as Exclude<OpsIdKind, 'feeFile'>];
  const data = await adminOfA<Record<string, { id: string }>>(
    `mutation($i: ${type}!) { ${field}(input: $i) { id } }`,
    {
      i: { estateId: A.estates[1]!.id, ...fields() },
    },
  );
  return data[field]!.id;
}
const opsUpdate = (field: string, type: string, fields: () => Record<string, unknown>, out: string) => ({
  call: (id: string) => ({
    query: `mutation($i: ${type}!) { ${field}(input: $i) { ${out} } }`,
    variables: { i: { id, version: 1, ...fields() } },
  }),
});
const opsDrill = (field: string, code: string): IdCase => ({
  kind: 'estate',
  call: (e) => ({
    query: `query($e: ID!, $c: String!, $m: String!) { ${field}(estateId: $e, indicatorCode: $c, month: $m) { estateId numerator } }`,
    variables: { e, c: code, m: OPS_LAST },
  }),
});
const INCIDENT_OUT = 'id place description';
const CHECK_OUT = 'id checker defects';
const ACTIVITY_OUT = 'id title';
const SERVICE_OUT = 'id name price';
const OPS_CASES: Record<string, IdCase> = {
  'Query.feeCollections(estateId)': {
    kind: 'estate',
    call: (e) => ({
      query: `query($e: ID!) { feeCollections(estateId: $e) { id month receivable } }`,
      variables: { e },
    }),
  },
  'Query.feeIndicatorDrillDown(estateId)': opsDrill('feeIndicatorDrillDown', 'fee_collection'),
  'Mutation.saveFeeCollection(input.estateId)': {
    kind: 'estate',
    call: (estateId) => ({
      query: `mutation($i: SaveFeeCollectionInput!) { saveFeeCollection(input: $i) { id month } }`,
      variables: { i: { estateId, month: nextOpsMonth(), receivable: '100', collected: '99' } },
    }),
  },
  'Mutation.importFeeCollections(input.estateId)': {
    kind: 'estate',
    call: async (estateId) => ({
      query: `mutation($i: ImportFeeCollectionsInput!) { importFeeCollections(input: $i) { saved collections { id } } }`,
      variables: {
        i: {
          estateId,
          fileId: await uploaded(
            kit,
            aUsers.COMPANY_ADMIN.token,
            await feeWorkbook([[nextOpsMonth(), '100', '90', null]]),
          ),
        },
      },
    }),
  },
  'Mutation.importFeeCollections(input.fileId)': {
    kind: 'feeFile',
    call: (fileId) => ({
      query: `mutation($i: ImportFeeCollectionsInput!) { importFeeCollections(input: $i) { saved collections { id } } }`,
      variables: { i: { estateId: A.estates[1]!.id, fileId } },
    }),
  },
  'Mutation.exportFeeCollections(input.estateId)': {
    kind: 'estate',
    reveal: async (data) =>
      workbookText(
        await downloaded(kit, aUsers.COMPANY_ADMIN.token, (data.exportFeeCollections as FileRefOf).id),
      ),
    call: (estateId) => ({
      query: `mutation($i: ExportFeeCollectionsInput!) { exportFeeCollections(input: $i) { id name contentType size } }`,
      variables: { i: { estateId } },
    }),
  },
  'Query.incidents(filter.estateId)': {
    kind: 'estate',
    call: (estateId) => ({
      query: `query($f: IncidentFilter!) { incidents(filter: $f) { ${INCIDENT_OUT} } }`,
      variables: { f: { estateId } },
    }),
  },
  'Query.incidentIndicatorDrillDown(estateId)': opsDrill('incidentIndicatorDrillDown', 'fire_alarm_rate'),
  'Mutation.createIncident(input.estateId)': {
    kind: 'estate',
    call: (estateId) => ({
      query: `mutation($i: CreateIncidentInput!) { createIncident(input: $i) { ${INCIDENT_OUT} } }`,
      variables: { i: { estateId, ...incidentFields() } },
    }),
  },
  'Mutation.updateIncident(input.id)': {
    kind: 'incident',
    ...opsUpdate('updateIncident', 'UpdateIncidentInput', incidentFields, INCIDENT_OUT),
  },
  'Query.facilityChecks(filter.estateId)': {
    kind: 'estate',
    call: (estateId) => ({
      query: `query($f: FacilityCheckFilter!) { facilityChecks(filter: $f) { ${CHECK_OUT} } }`,
      variables: { f: { estateId } },
    }),
  },
  'Query.facilityCheckIndicatorDrillDown(estateId)': opsDrill(
    'facilityCheckIndicatorDrillDown',
    'equipment_intact',
  ),
  'Mutation.createFacilityCheck(input.estateId)': {
    kind: 'estate',
    call: (estateId) => ({
      query: `mutation($i: CreateFacilityCheckInput!) { createFacilityCheck(input: $i) { ${CHECK_OUT} } }`,
      variables: { i: { estateId, ...checkFields() } },
    }),
  },
  'Mutation.updateFacilityCheck(input.id)': {
    kind: 'facilityCheck',
    ...opsUpdate('updateFacilityCheck', 'UpdateFacilityCheckInput', checkFields, CHECK_OUT),
  },
  'Query.communityActivities(estateId)': {
    kind: 'estate',
    call: (e) => ({
      query: `query($e: ID!) { communityActivities(estateId: $e) { ${ACTIVITY_OUT} } }`,
      variables: { e },
    }),
  },
  'Query.specialServices(estateId)': {
    kind: 'estate',
    call: (e) => ({
      query: `query($e: ID!) { specialServices(estateId: $e) { ${SERVICE_OUT} } }`,
      variables: { e },
    }),
  },
  'Query.activityIndicatorDrillDown(estateId)': opsDrill('activityIndicatorDrillDown', 'culture_activities'),
  'Mutation.createCommunityActivity(input.estateId)': {
    kind: 'estate',
    call: (estateId) => ({
      query: `mutation($i: CreateCommunityActivityInput!) { createCommunityActivity(input: $i) { ${ACTIVITY_OUT} } }`,
      variables: { i: { estateId, ...activityFields() } },
    }),
  },
  'Mutation.updateCommunityActivity(input.id)': {
    kind: 'communityActivity',
    ...opsUpdate('updateCommunityActivity', 'UpdateCommunityActivityInput', activityFields, ACTIVITY_OUT),
  },
  'Mutation.createSpecialService(input.estateId)': {
    kind: 'estate',
    call: (estateId) => ({
      query: `mutation($i: CreateSpecialServiceInput!) { createSpecialService(input: $i) { ${SERVICE_OUT} } }`,
      variables: { i: { estateId, ...serviceFields() } },
    }),
  },
  'Mutation.updateSpecialService(input.id)': {
    kind: 'specialService',
    ...opsUpdate('updateSpecialService', 'UpdateSpecialServiceInput', serviceFields, SERVICE_OUT),
  },
  'Mutation.applySpecialServicePresets(input.estateId)': {
    kind: 'estate',
    fresh: true,
    call: (estateId) => ({
      query: `mutation($i: ApplySpecialServicePresetsInput!) { applySpecialServicePresets(input: $i) { ${SERVICE_OUT} } }`,
      variables: { i: { estateId, activeFrom: `${OPS_LAST}-01` } },
    }),
  },
};
Object.assign(CASES, OPS_CASES);

beforeAll(async () => {
  const ofB = async <T>(query: string, variables: Record<string, unknown>) => {
    const res = await kit.gql<T>(bAdmin.token, query, variables);
    if (codeOf(res as GqlResult) !== 'OK')
      throw new Error(`setup of B failed: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  };
  const e = B.estates[0]!.id;
  await ofB(`mutation($i: SaveFeeCollectionInput!) { saveFeeCollection(input: $i) { id } }`, {
    i: {
      estateId: e,
      month: OPS_LAST,
      receivable: '876543.21',
      collected: '800000.12',
      note: `乙方收费 仅限本公司 ${unique()}`,
    },
  });
  for (const [kind, [field, type, fields]] of Object.entries(OPS_CREATE)) {
    const secret = {
      place: `乙方地点 仅限本公司 ${unique()}`,
      checker: `乙方检查人 ${unique()}`,
      title: `乙方活动 仅限本公司 ${unique()}`,
      name: `乙方服务 仅限本公司 ${unique()}`,
    };
    const own = fields();
    const input: Record<string, unknown> = { estateId: e, ...own };
    for (const k of Object.keys(secret) as (keyof typeof secret)[]) if (k in own) input[k] = secret[k];
    const data = await ofB<Record<string, { id: string }>>(
      `mutation($i: ${type}!) { ${field}(input: $i) { id } }`,
      { i: input },
    );
    bOps[kind as OpsIdKind] = data[field]!.id;
  }
  const secrets = await kit.database.raw<{ v: string }>(
    `select v from (
       select id::text v from fee_collections where company_id = $1 union all select note from fee_collections where company_id = $1
       union all select receivable_fen::text from fee_collections where company_id = $1
       union all select id::text from incidents where company_id = $1 union all select place from incidents where company_id = $1
       union all select id::text from facility_checks where company_id = $1 union all select checker from facility_checks where company_id = $1
       union all select id::text from community_activities where company_id = $1 union all select title from community_activities where company_id = $1
       union all select id::text from special_services where company_id = $1 union all select name from special_services where company_id = $1
     ) s where v is not null and length(v) >= 6`,
    [B.id],
  );
  bSecrets.push(...secrets.map((r) => r.v));
});

// ---- complaints (issue 11 item 3): B's complaint of its estates[0] (with a complainant); A's
// controls work on fresh complaints of A's estates[1], logged by A's admin.
const CP_OUT = 'id number description complainantName complainantPhone status valid';
const CREATE_CP = `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { ${CP_OUT} } }`;
let bComplaint: string;
const complaintInput = (over: Record<string, unknown> = {}) => ({
  estateId: A.estates[1]!.id,
  category: 'CLEANING',
  channel: 'PHONE',
  description: '甲方投诉 楼道卫生',
  ...over,
});
async function complaintOfA(): Promise<string> {
  return (await adminOfA<{ createComplaint: { id: string } }>(CREATE_CP, { input: complaintInput() }))
    .createComplaint.id;
}
async function complaintVersion(id: string): Promise<number> {
  if (!UUID.test(id)) return 1;
  const [row] = await kit.database.raw<{ version: number }>('select version from complaints where id = $1', [
    id,
  ]);
  return row?.version ?? 1;
}
const complaintStep = async (field: string, type: string, id: string, extra: Record<string, unknown>) => ({
  query: `mutation($input: ${type}!) { ${field}(input: $input) { ${CP_OUT} } }`,
  variables: { input: { id, version: await complaintVersion(id), ...extra } },
});
const COMPLAINT_CASES: Record<string, IdCase> = {
  'Query.complaints(filter.estateId)': {
    kind: 'estate',
    prepare: async () => void (await complaintOfA()),
    call: (estateId) => ({
      query: `query($f: ComplaintFilter!) { complaints(filter: $f, first: 20) { totalCount edges { node { ${CP_OUT} } } } }`,
      variables: { f: { estateId } },
    }),
  },
  'Query.complaint(id)': {
    kind: 'complaint',
    call: (id) => ({ query: `query($id: ID!) { complaint(id: $id) { ${CP_OUT} } }`, variables: { id } }),
  },
  'Query.complaintIndicatorDrillDown(estateId)': {
    kind: 'estate',
    call: (e) => ({
      query: `query($e: ID!, $c: String!, $m: String!) { complaintIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) { estateId numerator denominator rows { complaintId complainantName } } }`,
      variables: { e, c: 'complaint_valid_rate', m: THIS_MONTH },
    }),
  },
  'Mutation.createComplaint(input.estateId)': {
    kind: 'estate',
    call: (estateId) => ({ query: CREATE_CP, variables: { input: complaintInput({ estateId }) } }),
  },
  'Mutation.ruleComplaint(input.id)': {
    kind: 'complaint',
    call: (id) => complaintStep('ruleComplaint', 'RuleComplaintInput', id, { valid: true, reason: '有效' }),
  },
  'Mutation.postponeComplaint(input.id)': {
    kind: 'complaint',
    call: (id) =>
      complaintStep('postponeComplaint', 'PostponeComplaintInput', id, {
        newFeedbackAt: new Date(kit.app.services.clock().getTime() + 72 * 3_600_000).toISOString(),
        reason: '等待维修配件',
      }),
  },
  'Mutation.resolveComplaint(input.id)': {
    kind: 'complaint',
    call: (id) =>
      complaintStep('resolveComplaint', 'ResolveComplaintInput', id, {
        resolution: '已处理',
        satisfaction: 'SATISFIED',
      }),
  },
  // Run by the subscription tests of the module's own file (complaints.test.ts).
  'Subscription.complaintChanged(estateId)': {
    kind: 'estate',
    filter: { empty: () => true },
    call: (estateId) => ({
      query: `subscription($e: ID!) { complaintChanged(estateId: $e) { event complaint { id } } }`,
      variables: { e: estateId },
    }),
  },
};
Object.assign(CASES, COMPLAINT_CASES);

beforeAll(async () => {
  const res = await kit.gql<{ createComplaint: { id: string } }>(bAdmin.token, CREATE_CP, {
    input: {
      estateId: B.estates[0]!.id,
      category: 'SECURITY',
      channel: 'VISIT',
      description: `乙方投诉 仅限本公司 ${unique()}`,
      complainantName: `乙方投诉人 ${unique()}`,
      complainantPhone: '13611112222',
    },
  });
  if (codeOf(res) !== 'OK') throw new Error(`setup of B failed: ${JSON.stringify(res.errors)}`);
  bComplaint = res.data!.createComplaint.id;
  const secrets = await kit.database.raw<{ v: string }>(
    `select v from (
       select id::text v from complaints where company_id = $1 union all select description from complaints where company_id = $1
       union all select complainant_name from complaints where company_id = $1 union all select complainant_phone from complaints where company_id = $1
     ) s where v is not null and length(v) >= 6`,
    [B.id],
  );
  bSecrets.push(...secrets.map((r) => r.v));
});

// ---- surveys (issue 11 item 4): B's survey of its estates[0] with household codes; A's controls
// on A's estates[1].
const SV_OUT = 'id title publicToken questions { key text } results { answers }';
const CREATE_SV = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { ${SV_OUT} } }`;
let bSurvey: string;
const surveyInput = (over: Record<string, unknown> = {}) => ({
  estateId: A.estates[1]!.id,
  title: '甲方满意度调查',
  opensOn: '2026-01-01',
  closesOn: '2026-01-31',
  ...over,
});
async function surveyOfA(): Promise<string> {
  return (await adminOfA<{ createSurvey: { id: string } }>(CREATE_SV, { input: surveyInput() })).createSurvey
    .id;
}
const SURVEY_CASES: Record<string, IdCase> = {
  'Query.surveys(estateId)': {
    kind: 'estate',
    prepare: async () => void (await surveyOfA()),
    call: (e) => ({ query: `query($e: ID!) { surveys(estateId: $e) { ${SV_OUT} } }`, variables: { e } }),
  },
  'Query.survey(id)': {
    kind: 'survey',
    call: (id) => ({ query: `query($id: ID!) { survey(id: $id) { ${SV_OUT} } }`, variables: { id } }),
  },
  'Query.householdCodes(estateId)': {
    kind: 'estate',
    call: (e) => ({
      query: `query($e: ID!) { householdCodes(estateId: $e) { id code note } }`,
      variables: { e },
    }),
  },
  'Query.surveyIndicatorDrillDown(estateId)': {
    kind: 'estate',
    call: (e) => ({
      query: `query($e: ID!, $c: String!, $m: String!) { surveyIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) { estateId numerator rows { surveyId title } } }`,
      variables: { e, c: 'satisfaction', m: THIS_MONTH },
    }),
  },
  'Mutation.createSurvey(input.estateId)': {
    kind: 'estate',
    call: (estateId) => ({ query: CREATE_SV, variables: { input: surveyInput({ estateId }) } }),
  },
  'Mutation.generateHouseholdCodes(input.estateId)': {
    kind: 'estate',
    call: (estateId) => ({
      query: `mutation($input: GenerateHouseholdCodesInput!) { generateHouseholdCodes(input: $input) { id code note } }`,
      variables: { input: { estateId, count: 1 } },
    }),
  },
};
Object.assign(CASES, SURVEY_CASES);

beforeAll(async () => {
  const res = await kit.gql<{ createSurvey: { id: string } }>(bAdmin.token, CREATE_SV, {
    input: {
      estateId: B.estates[0]!.id,
      title: `乙方调查 仅限本公司 ${unique()}`,
      opensOn: '2026-01-01',
      closesOn: '2026-01-31',
    },
  });
  if (codeOf(res) !== 'OK') throw new Error(`setup of B failed: ${JSON.stringify(res.errors)}`);
  bSurvey = res.data!.createSurvey.id;
  const codes = await kit.gql(
    bAdmin.token,
    `mutation($input: GenerateHouseholdCodesInput!) { generateHouseholdCodes(input: $input) { id } }`,
    {
      input: { estateId: B.estates[0]!.id, count: 2, note: `乙方户码 仅限本公司 ${unique()}` },
    },
  );
  if (codeOf(codes) !== 'OK') throw new Error(`setup of B failed: ${JSON.stringify(codes.errors)}`);
  const secrets = await kit.database.raw<{ v: string }>(
    `select v from (
       select id::text v from surveys where company_id = $1 union all select title from surveys where company_id = $1
       union all select public_token from surveys where company_id = $1 union all select code from household_codes where company_id = $1
       union all select note from household_codes where company_id = $1
     ) s where v is not null and length(v) >= 6`,
    [B.id],
  );
  bSecrets.push(...secrets.map((r) => r.v));
});

describe('cross-company isolation through ID arguments', () => {
  it('has a case for every ID argument of the schema (top-level and nested in inputs)', () => {
    const paths = idArgumentPaths(loadSchema());
    const missing = paths.filter((p) => !(p in CASES));
    const stale = Object.keys(CASES).filter((p) => !paths.includes(p));
    expect({ missing, stale }, 'add a case to CASES for each new ID argument').toEqual({
      missing: [],
      stale: [],
    });
  });

  for (const [path, idCase] of Object.entries(CASES)) {
    if (path.startsWith('Subscription.')) continue;
    describe(path, () => {
      for (const role of SIGNED_IN_ROLES) {
        if (idCase.platform && role === 'PLATFORM_ADMIN') continue;
        it(`${role} of A gets nothing of B`, async () => {
          const bId = idOfB(idCase.kind);
          const call = await idCase.call(bId);
          const { field } = operationOf(call.query);
          const before = await snapshotOfB();
          const res = await kit.gql(aUsers[role].token, call.query, call.variables);
          const code = codeOf(res);
          const refusals =
            role === 'COMPANY_ADMIN' && !idCase.platform
              ? ['NOT_FOUND', 'BAD_USER_INPUT']
              : ['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN'];
          const detail = `${path} as ${role}: ${JSON.stringify(res)}`;
          if (idCase.filter && code === 'OK') {
            expect(await idCase.filter.empty(res.data!), detail).toBe(true);
          } else {
            expect(refusals, detail).toContain(code);
            expect(res.data?.[field] ?? null, detail).toBeNull();
          }
          const said = await shapeOf(res, idCase.reveal);
          expect(leaksOf(said, [bId]), detail).toEqual([]);
          expect(await snapshotOfB(), `${path} as ${role} changed B`).toEqual(before);
          // No hint that B's object exists: the answer is the one an id that exists nowhere gets.
          const nowhere = await idCase.call(randomUUID());
          const probe = await kit.gql(aUsers[role].token, nowhere.query, nowhere.variables);
          expect(said, detail).toEqual(await shapeOf(probe, idCase.reveal));
        });
      }

      it("control: the same call with an id of A succeeds for A's admin", async () => {
        const aId = await idOfA(idCase.kind, idCase.fresh ?? false);
        await idCase.prepare?.(aId);
        const call = await idCase.call(aId);
        const caller = idCase.platform ? aUsers.PLATFORM_ADMIN : aUsers.COMPANY_ADMIN;
        const res = await kit.gql(caller.token, call.query, call.variables);
        expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
        if (idCase.filter) expect(await idCase.filter.empty(res.data!)).toBe(false);
      });
    });
  }

  it('an unknown or malformed id is NOT_FOUND or BAD_USER_INPUT, never a server error', async () => {
    const offenders: string[] = [];
    for (const [path, idCase] of Object.entries(CASES)) {
      if (path.startsWith('Subscription.')) continue;
      for (const id of [randomUUID(), 'not-a-uuid']) {
        const call = await idCase.call(id);
        const caller = idCase.platform ? aUsers.PLATFORM_ADMIN : aUsers.COMPANY_ADMIN;
        const res = await kit.gql(caller.token, call.query, call.variables);
        const code = codeOf(res);
        const fine = code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' || (idCase.filter && code === 'OK');
        if (!fine)
          offenders.push(`${path} with ${id === 'not-a-uuid' ? 'a malformed' : 'an unknown'} id: ${code}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("createUser with B's member's email answers as for a new address: B is untouched, the account only invited", async () => {
    const member = await B.user('ESTATE_STAFF');
    const [account] = await kit.database.raw<{ name: string; phone: string }>(
      'select name, phone from users where id = $1',
      [member.id],
    );
    const before = await snapshotOfB();
    const input = (email: string) => ({
      email,
      name: '冒名',
      memberships: [{ role: 'ESTATE_STAFF', estateIds: [A.estates[0]!.id] }],
    });
    const res = await kit.gql<{ createUser: { user: { id: string; email: string } } }>(
      aUsers.COMPANY_ADMIN.token,
      CREATE_USER,
      { input: input(member.email) },
    );
    const fresh = await kit.gql<{ createUser: { user: { id: string; email: string } } }>(
      aUsers.COMPANY_ADMIN.token,
      CREATE_USER,
      { input: input(`iso-${unique()}@${A.slug}.test`) },
    );
    expect(codeOf(res)).toBe('OK');
    const strip = (r: typeof res) => ({
      ...r.data!.createUser,
      user: { ...r.data!.createUser.user, id: 'id', email: 'email' },
      invitationToken: typeof (r.data!.createUser as { invitationToken?: unknown }).invitationToken,
    });
    expect(strip(res)).toEqual(strip(fresh));
    // The email A typed names B's slug; nothing else of B may appear.
    expect(leaksOf(res, [member.email, member.id, B.slug])).toEqual([]);
    expect(JSON.stringify(res)).not.toContain(account!.name);
    expect(await snapshotOfB()).toEqual(before);
    // A holds only memberships that wait for the account's answer: they grant nothing.
    const memberships = await kit.database.raw<{ invitation_id: string | null }>(
      'select invitation_id from memberships where user_id = $1 and company_id = $2',
      [member.id, A.id],
    );
    expect(memberships.length).toBeGreaterThan(0);
    expect(memberships.every((m) => m.invitation_id !== null)).toBe(true);
    expect(codeOf(await kit.gql(member.token, `{ estates { totalCount } }`))).toBe('OK');
    const sw = await kit.gql(
      member.token,
      `mutation($input: SwitchCompanyInput!) { switchCompany(input: $input) { token } }`,
      {
        input: { companyId: A.id },
      },
    );
    expect(codeOf(sw)).toBe('NOT_FOUND');
  });

  it("searching A's users for B's email or name finds nothing", async () => {
    for (const search of [bStaff.email, bAdmin.email]) {
      const res = await kit.gql<{ users: { totalCount: number } }>(
        aUsers.COMPANY_ADMIN.token,
        `query($filter: UserFilter) { users(filter: $filter) { totalCount edges { node { id email name } } } }`,
        { filter: { search } },
      );
      expect(codeOf(res)).toBe('OK');
      expect(res.data!.users.totalCount).toBe(0);
      expect(leaksOf(res, [search])).toEqual([]);
    }
  });
});

describe('cross-company isolation without ID arguments', () => {
  const LISTS: {
    name: string;
    query: string;
    variables?: Record<string, unknown>;
    reveal?: IdCase['reveal'];
  }[] = [
    { name: 'indicators', query: `query { indicators(includeRetired: true) { code nameZh nameEn } }` },
    {
      name: 'indicatorSettings',
      query: `query { indicatorSettings { presetNow history { preset effectiveMonth } } }`,
    },
    {
      name: 'effectiveTargets',
      query: `query($m: String!) { effectiveTargets(month: $m) { indicatorCode source effectiveMonth target { label } } }`,
      variables: { m: addMonths(THIS_MONTH, 1) },
    },
    {
      name: 'approvalQueue',
      query: `query { approvalQueue(first: 100) { totalCount edges { node { estateId estateName month } } } }`,
    },
    {
      name: 'comparisonMatrix',
      query: `query($f: ComparisonFilter!) { comparisonMatrix(filter: $f) { rows { estateId estateName estateCode regionName cells { value } } regions { regionId name } company { name estateCount cells { value } } } }`,
      variables: { f: { period: addMonths(THIS_MONTH, -4).slice(0, 4) } },
    },
    {
      name: 'missedCommitments',
      query: `query($f: ComparisonFilter!) { missedCommitments(filter: $f) { estateId estateName regionName value } }`,
      variables: { f: { period: M_APPROVED } },
    },
    {
      name: 'exportComparison',
      query: `mutation($input: ExportComparisonInput!) { exportComparison(input: $input) { id name } }`,
      variables: { input: { filter: { period: M_APPROVED }, kind: 'LEAGUE' } },
      reveal: exportText,
    },
    {
      name: 'exportMonthlyFigureTemplate',
      query: `mutation($input: ExportMonthlyFigureTemplateInput!) { exportMonthlyFigureTemplate(input: $input) { id name } }`,
      variables: { input: { month: M_APPROVED } },
      reveal: fileText('exportMonthlyFigureTemplate'),
    },
    {
      name: 'myNotifications',
      query: `query { myNotifications(first: 100) { totalCount edges { node { id title body link params { name value } } } } }`,
    },
    {
      name: 'findings',
      query: `query { findings(first: 100) { totalCount edges { node { id auditId estateId title appeal { reason } } } } }`,
    },
    {
      name: 'rectifications',
      query: `query { rectifications(first: 100) { totalCount edges { node { id auditId estateId rootCause evidenceNote } } } }`,
    },
    {
      name: 'staffingTemplates',
      query: `query { staffingTemplates { id name description positions { code name } } }`,
    },
    {
      name: 'workOrderCommitments',
      query: `query { workOrderCommitments { current { id note createdBy { id name } } history { id note createdBy { id name } } } }`,
    },
    {
      name: 'myShifts',
      query: `query($from: String!, $to: String!) { myShifts(from: $from, to: $to) { day staffId estateId estateName departmentName positionName } }`,
      variables: { from: '2024-12-01', to: '2024-12-31' },
    },
  ];

  it("lists, settings, templates and exports of A never mention B's estates, figures or indicators", async () => {
    const leaks: string[] = [];
    for (const role of SIGNED_IN_ROLES) {
      for (const op of LISTS) {
        const res = await kit.gql(aUsers[role].token, op.query, op.variables);
        const said = res.data && op.reveal ? await op.reveal(res.data) : res;
        for (const leak of leaksOf(said, [])) leaks.push(`${op.name} as ${role}: ${leak}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it("B's indicator codes mean nothing to A: unknown to A's catalogue, free for A to use", async () => {
    const admin = aUsers.COMPANY_ADMIN.token;
    const before = await snapshotOfB();
    const retire = await kit.gql(
      admin,
      `mutation($input: RetireIndicatorInput!) { retireIndicator(input: $input) { code } }`,
      {
        input: { code: bIndicator },
      },
    );
    expect(codeOf(retire)).toBe('NOT_FOUND');
    const target = await kit.gql(
      admin,
      `mutation($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { source } }`,
      { input: { indicatorCode: bIndicator, op: 'AT_MOST', value: 1, effectiveMonth: THIS_MONTH } },
    );
    expect(codeOf(target)).toBe('BAD_USER_INPUT');
    const history = await kit.gql(admin, `query($c: String!) { targetHistory(indicatorCode: $c) { id } }`, {
      c: bIndicator,
    });
    expect(codeOf(history)).toBe('NOT_FOUND');
    const save = await kit.gql(admin, SAVE_FIGURES, {
      input: {
        estateId: A.estates[0]!.id,
        month: M_DRAFT,
        figures: [{ indicatorCode: bIndicator, numerator: 1 }],
      },
    });
    expect(codeOf(save)).toBe('BAD_USER_INPUT');
    const matrix = await kit.gql(
      admin,
      `query($f: ComparisonFilter!) { comparisonMatrix(filter: $f) { rows { estateId } } }`,
      { f: { period: M_APPROVED, indicatorCodes: [bIndicator] } },
    );
    expect(codeOf(matrix)).toBe('BAD_USER_INPUT');
    // Codes are unique per company: A may create the same code (no CONFLICT hinting at B's).
    const created = await kit.gql(
      admin,
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { code nameZh builtIn } }`,
      {
        input: {
          code: bIndicator,
          nameZh: '甲方同名指标',
          nameEn: 'A indicator',
          unit: 'COUNT',
          direction: 'AT_MOST',
          measurement: 'INCIDENTS',
          numeratorLabel: '次数',
        },
      },
    );
    expect(codeOf(created), JSON.stringify(created.errors)).toBe('OK');
    expect(created.data).toEqual({
      createIndicator: { code: bIndicator, nameZh: '甲方同名指标', builtIn: false },
    });
    for (const res of [retire, target, history, save, matrix, created])
      expect(leaksOf(res, [bIndicator])).toEqual([]);
    expect(await snapshotOfB()).toEqual(before);
  });

  it("an import naming B's estate codes is refused row by row and leaves B untouched", async () => {
    const [bCode] = await kit.database.raw<{ code: string }>('select code from estates where id = $1', [
      B.estates[0]!.id,
    ]);
    const [aCode] = await kit.database.raw<{ code: string }>('select code from estates where id = $1', [
      A.estates[0]!.id,
    ]);
    const values = { 'fee_collection.numerator': 99, 'fee_collection.denominator': 100 };
    const bytes = await figuresWorkbook(M_DRAFT, [
      { estateCode: aCode!.code, values },
      { estateCode: bCode!.code, values },
    ]);
    const before = await snapshotOfB();
    for (const role of ['COMPANY_ADMIN', 'ESTATE_MANAGER'] as const) {
      const fileId = await uploaded(kit, aUsers[role].token, bytes, 'mixed.xlsx');
      const res = await kit.gql(
        aUsers[role].token,
        `mutation($input: ImportMonthlyFiguresInput!) { importMonthlyFigures(input: $input) { estateCount figureCount } }`,
        { input: { month: M_DRAFT, fileId } },
      );
      expect(codeOf(res), role).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions!.fields!.map((f) => [f.path.join('.'), f.reason])).toContainEqual([
        'rows.4.A',
        'NOT_FOUND',
      ]);
      expect(leaksOf(res, [bCode!.code]), role).toEqual([]);
    }
    expect(await snapshotOfB()).toEqual(before);
  });
});

describe('cross-company isolation of files', () => {
  it("B's upload and B's export are 404 to every user of A, and no import of A can use them", async () => {
    const before = await snapshotOfB();
    for (const role of SIGNED_IN_ROLES) {
      const token = aUsers[role].token;
      for (const id of [bUpload, bExport.id]) {
        const got = await downloadFile(kit, token, id);
        const detail = `${role} GET /files of B`;
        // The platform admin works in no company: 403 before any file is looked up.
        expect(got.status, detail).toBe(role === 'PLATFORM_ADMIN' ? 403 : 404);
        expect(leaksOf(got.bytes.toString('latin1'), [id]), detail).toEqual([]);
      }
      const imported = await kit.gql(
        token,
        `mutation($input: ImportMonthlyFiguresInput!) { importMonthlyFigures(input: $input) { estateCount } }`,
        { input: { month: M_DRAFT, fileId: bExport.id } },
      );
      expect(['NOT_FOUND', 'FORBIDDEN'], role).toContain(codeOf(imported));
    }
    // B's own admin still reads both: they were refused to A, not lost.
    expect((await downloadFile(kit, bAdmin.token, bUpload)).status).toBe(200);
    expect((await downloadFile(kit, bAdmin.token, bExport.id)).status).toBe(200);
    expect(await snapshotOfB()).toEqual(before);
  });
});

describe('cross-company isolation of subscriptions', () => {
  it("a subscriber of A never receives B's estate events, even filtering on B's region", async () => {
    const sample = CASES['Subscription.estateChanged(regionId)']!;
    const bRegion = B.regions[0]!.id;
    const aRegion = A.regions[0]!.id;
    const call = await sample.call(bRegion);
    // Each of A's roles on one socket: one subscription on B's region, one on A's own region
    // (where the sentinel arrives), all registered by the server before anything is published.
    const onBRegion: { role: string; sub: Subscription<unknown>; sentinel: Subscription<unknown> }[] = [];
    const clients = [];
    for (const role of COMPANY_ROLES) {
      const client = kit.ws(aUsers[role].token);
      clients.push(client);
      onBRegion.push({
        role,
        sub: await kit.subscribe(client, A.id, call.query, call.variables),
        sentinel: await kit.subscribe(client, A.id, call.query, { regionId: aRegion }),
      });
    }
    const aClient = kit.ws(aUsers.COMPANY_ADMIN.token);
    const unfiltered = await kit.subscribe<{ estateChanged: { estate: { id: string } } }>(
      aClient,
      A.id,
      call.query,
      {},
    );
    // Control: B's own admin, on the same region, does hear the events.
    const bClient = kit.ws(bAdmin.token);
    const control = await kit.subscribe(bClient, B.id, call.query, call.variables);

    const id = B.estates[0]!.id; // in B's region 0
    const update = await kit.gql(
      bAdmin.token,
      `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id } }`,
      { input: { id, version: await versionOf('estates', id), address: `乙方路 ${unique()} 号` } },
    );
    expect(codeOf(update)).toBe('OK');
    const created = await kit.gql(
      bAdmin.token,
      `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id } }`,
      { input: { name: `乙方新苑 ${unique()}`, code: `BN-${unique()}`, type: 'OFFICE', regionId: bRegion } },
    );
    expect(codeOf(created)).toBe('OK');
    expect(await control.waitFor(2)).toHaveLength(2);

    // The sentinel: A's own change, published after B's, reaches every socket of A.
    const aEstate = A.estates[0]!.id; // in A's region 0
    await adminOfA(`mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id } }`, {
      input: { id: aEstate, version: await versionOf('estates', aEstate), address: `甲方路 ${unique()} 号` },
    });
    const isSentinel = (e: unknown) =>
      (e as { estateChanged: { estate: { id: string } } }).estateChanged.estate.id === aEstate;
    for (const { role, sentinel } of onBRegion) expect(await sentinel.until(isSentinel), role).toBeTruthy();
    await unfiltered.until(isSentinel);

    for (const { role, sub } of onBRegion) {
      expect(sub.events, `${role} of A received B's event`).toEqual([]);
      expect(sub.errors, role).toEqual([]);
    }
    // On the unfiltered subscription, the sentinel came after B's events: they were not sent.
    expect(unfiltered.events.map((e) => e.estateChanged.estate.id)).toEqual([aEstate]);
    expect(
      leaksOf([...onBRegion.map((s) => [s.sub.events, s.sentinel.events]), unfiltered.events], [bRegion]),
    ).toEqual([]);

    for (const s of [...onBRegion.flatMap((x) => [x.sub, x.sentinel]), unfiltered, control]) s.dispose();
    await Promise.all([...clients, aClient, bClient].map((c) => c.dispose()));
  });
});

describe('cross-company isolation of figure subscriptions', () => {
  it("A's subscribers never hear of B's figures or B's missed targets", async () => {
    const FIGS = `subscription { figuresChanged { estateId month state } }`;
    const ALERTS = `subscription { indicatorAlert { estateId estateName indicatorCode month value } }`;
    const listeners: { role: string; client: ReturnType<TestKit['ws']>; sub: Subscription<unknown> }[] = [];
    for (const role of ['COMPANY_ADMIN', 'QUALITY_AUDITOR', 'HQ_VIEWER'] as const) {
      const client = kit.ws(aUsers[role].token);
      listeners.push(
        { role, client, sub: await kit.subscribe(client, A.id, FIGS) },
        { role, client, sub: await kit.subscribe(client, A.id, ALERTS) },
      );
    }
    const bClient = kit.ws(bAdmin.token);
    const control = await kit.subscribe(bClient, B.id, ALERTS);

    // B approves a miss (50% against ≥95%): B's own admin hears the alert.
    const month = addMonths(THIS_MONTH, -5);
    await figuresIn(bAdmin.token, B.estates[0]!.id, month, 'APPROVED');
    expect(await control.waitFor(1)).toHaveLength(1);

    // The sentinel: A's own approval of a miss, after B's, reaches every subscription of A…
    const aEstate = A.estates[0]!.id;
    await figuresOfA(aEstate, month, 'APPROVED');
    for (const { role, sub } of listeners) {
      const approved = await sub.until((e) => {
        const event = e as {
          figuresChanged?: { estateId: string; state: string };
          indicatorAlert?: { estateId: string };
        };
        return event.figuresChanged
          ? event.figuresChanged.state === 'APPROVED'
          : Boolean(event.indicatorAlert);
      });
      expect(approved, role).toBeTruthy();
    }
    // …and every event they got is about A's estate: none of B's, though B's came first.
    for (const { role, sub } of listeners) {
      expect(sub.errors, role).toEqual([]);
      const estates = sub.events.map(
        (e) => Object.values(e as Record<string, { estateId: string }>)[0]!.estateId,
      );
      expect(new Set(estates), `${role} of A heard B`).toEqual(new Set([aEstate]));
    }
    expect(
      leaksOf(
        listeners.map((l) => l.sub.events),
        [],
      ),
    ).toEqual([]);

    for (const { sub } of listeners) sub.dispose();
    control.dispose();
    await Promise.all([...new Set(listeners.map((l) => l.client)), bClient].map((c) => c.dispose()));
  });
});
