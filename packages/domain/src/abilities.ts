import {
  AbilityBuilder,
  createMongoAbility,
  type MongoAbility,
  type MongoQuery,
  subject as tag,
} from '@casl/ability';
import type { MembershipRole } from './roles.js';
import {
  type Action,
  CERTIFICATE_PERSONAL_FIELDS,
  COMPLAINT_PERSONAL_FIELDS,
  ESTATE_AUDIT_KINDS,
  ESTATE_OPERATION_SUBJECTS,
  ESTATE_RECORD_SUBJECTS,
  ESTATE_SCOPED_SUBJECTS,
  SECRET_KINDS,
  STAFF_PERSONAL_FIELDS,
  SUBJECTS,
  type SubjectName,
  USER_PERSONAL_FIELDS,
  WORK_ORDER_PERSONAL_FIELDS,
  WORK_ORDER_STEP_FIELDS,
} from './subjects.js';

export type MembershipScope =
  | { kind: 'COMPANY' }
  /** `estateIds` are the region's estates, resolved when the actor is built. */
  | { kind: 'REGION'; regionId: string; estateIds: readonly string[] }
  /**
   * `regionIds` are the regions of those estates, resolved when the actor is built (absent: none
   * known), so that members see the region their estate belongs to.
   */
  | {
      kind: 'ESTATES';
      estateIds: readonly string[];
      regionIds?: readonly string[];
      /**
       * The departments of those estates the member works in (their staff records linked to the
       * account, not LEFT), resolved when the actor is built for estate staff: they see the work
       * of their department. Absent: none known.
       */
      departmentIds?: readonly string[];
    };

export interface ActorMembership {
  role: MembershipRole;
  companyId: string;
  scope: MembershipScope;
}

/** Who is acting: built once per request from the session, never from client input. */
export interface Actor {
  userId: string;
  platformAdmin: boolean;
  /** Active memberships in the company the session works in. */
  memberships: readonly ActorMembership[];
}

/** Subjects are a type name (type-level checks) or a row tagged with `subject(type, row)`. */
export type AppAbility = MongoAbility<[Action, SubjectName | Record<string, unknown>], MongoQuery>;

const allTenantSubjects = SUBJECTS.filter((s) => s !== 'Platform');

/** Rows of estate-scoped subjects match on `estateId`; estates themselves on `id`. */
function estateCondition(scope: MembershipScope, companyId: string, field: 'id' | 'estateId'): MongoQuery {
  switch (scope.kind) {
    case 'COMPANY':
      return { companyId };
    case 'REGION':
      return field === 'id'
        ? { companyId, regionId: scope.regionId }
        : { companyId, estateId: { $in: [...scope.estateIds] } };
    case 'ESTATES':
      return { companyId, [field]: { $in: [...scope.estateIds] } };
  }
}

/**
 * Regions an estate-level member may read: the regions of the estates in scope (to show where
 * their estate belongs), never the company's other regions or their estate counts.
 */
function regionsOfScope(scope: MembershipScope, companyId: string): MongoQuery | null {
  switch (scope.kind) {
    case 'COMPANY':
      return { companyId };
    case 'REGION':
      return { companyId, id: scope.regionId };
    case 'ESTATES':
      return scope.regionIds?.length ? { companyId, id: { $in: [...scope.regionIds] } } : null;
  }
}

type Builder = AbilityBuilder<AppAbility>;

/** Field rules without conditions: a wider grant from another membership overrides them (see below). */
function hidePersonalData(b: Builder) {
  b.cannot('read', 'Staff', [...STAFF_PERSONAL_FIELDS]);
  b.cannot('read', 'Certificate', [...CERTIFICATE_PERSONAL_FIELDS]);
  b.cannot('read', 'WorkOrder', [...WORK_ORDER_PERSONAL_FIELDS]);
  b.cannot('read', 'Complaint', [...COMPLAINT_PERSONAL_FIELDS]);
}

function companyAdmin(b: Builder, m: ActorMembership) {
  const c = { companyId: m.companyId };
  for (const s of allTenantSubjects) {
    // Notifications are their recipient's alone (see ownNotifications), the admin's included.
    if (s === 'Company' || s === 'Notification') continue;
    b.can('manage', s, c);
  }
  b.can(['read', 'update'], 'Company', { id: m.companyId });
  // The change log is append-only, written by the system alongside each change.
  b.cannot(['create', 'update', 'delete', 'archive'], 'ChangeLog');
  // Published reports are immutable snapshots: nobody edits one, a correction is a new version.
  b.cannot(['update', 'delete', 'archive', 'publish'], 'PublishedReport', { status: 'PUBLISHED' });
}

function qualityAuditor(b: Builder, m: ActorMembership) {
  const c = { companyId: m.companyId };
  b.can('read', 'Company', { id: m.companyId });
  b.can(
    'read',
    ['Region', 'Estate', 'User', 'Indicator', 'IndicatorTarget', 'Comparison', 'PublishedReport'],
    c,
  );
  b.can('read', [...ESTATE_OPERATION_SUBJECTS], c);
  b.can('read', 'StaffingTemplate', c);
  hidePersonalData(b);
  b.cannot('read', 'User', [...USER_PERSONAL_FIELDS]);
  b.can(['read', 'approve'], 'MonthlyFigure', c);
  b.can('manage', ['AuditTemplate', 'Audit', 'Finding'], c);
  b.can(['read', 'verify'], 'Rectification', c);
  // The auditor decides appeals (upholds or withdraws the finding) but does not file them.
  b.can(['read', 'respond'], 'Appeal', c);
}

function hqViewer(b: Builder, m: ActorMembership) {
  const estates = estateCondition(m.scope, m.companyId, 'id');
  const rows = estateCondition(m.scope, m.companyId, 'estateId');
  b.can('read', 'Company', { id: m.companyId });
  const regions: MongoQuery =
    m.scope.kind === 'REGION' ? { companyId: m.companyId, id: m.scope.regionId } : { companyId: m.companyId };
  b.can('read', 'Region', regions);
  b.can('read', 'Estate', estates);
  b.can('read', ['Indicator', 'Comparison'], { companyId: m.companyId });
  b.can('read', [...ESTATE_SCOPED_SUBJECTS], rows);
  // Company staffing templates belong to no estate: a viewer of one region sees them too.
  b.can('read', 'StaffingTemplate', { companyId: m.companyId });
  hidePersonalData(b);
}

function estateManager(b: Builder, m: ActorMembership) {
  const estates = estateCondition(m.scope, m.companyId, 'id');
  const rows = estateCondition(m.scope, m.companyId, 'estateId');
  const regions = regionsOfScope(m.scope, m.companyId);
  b.can('read', 'Company', { id: m.companyId });
  if (regions) b.can('read', 'Region', regions);
  b.can('read', 'Estate', estates);
  b.can('read', ['Indicator', 'Comparison'], { companyId: m.companyId });
  b.can('read', 'IndicatorTarget', rows);
  b.can('manage', [...ESTATE_OPERATION_SUBJECTS], rows);
  // The company's staffing templates, to start an estate from one; HQ keeps them.
  b.can('read', 'StaffingTemplate', { companyId: m.companyId });
  b.can(['read', 'create', 'update', 'submit'], 'MonthlyFigure', rows);
  // Estate-level audits (self-checks, semi-monthly, monthly) are the estate's own.
  b.can('manage', 'Audit', { ...rows, kind: { $in: [...ESTATE_AUDIT_KINDS] } });
  // HQ audits are visible to the estate, except spot checks and night patrols before they start
  // (they are unannounced): a planned one is invisible, by ID, in lists, counts and events alike.
  b.can('read', 'Audit', { ...rows, kind: 'QUARTERLY' });
  b.can('read', 'Audit', { ...rows, kind: { $in: [...SECRET_KINDS] }, status: { $ne: 'PLANNED' } });
  b.can('read', 'AuditTemplate', { companyId: m.companyId });
  b.can('read', 'Finding', rows);
  b.can(['read', 'update', 'submit'], 'Rectification', rows);
  // The estate's own checks are verified by the estate itself; HQ audits' by the auditor.
  b.can('verify', 'Rectification', { ...rows, auditKind: { $in: [...ESTATE_AUDIT_KINDS] } });
  b.can(['read', 'create'], 'Appeal', rows);
  b.can(['read', 'create', 'update', 'publish'], 'PublishedReport', rows);
  b.cannot(['update', 'delete', 'publish'], 'PublishedReport', { status: 'PUBLISHED' });
  b.can(['read', 'respond'], 'CommitteeFeedback', rows);
}

function estateStaff(b: Builder, m: ActorMembership, userId: string) {
  const estates = estateCondition(m.scope, m.companyId, 'id');
  const rows = estateCondition(m.scope, m.companyId, 'estateId');
  const regions = regionsOfScope(m.scope, m.companyId);
  b.can('read', 'Company', { id: m.companyId });
  b.can('read', 'Estate', estates);
  if (regions) b.can('read', 'Region', regions);
  b.can('read', ['Department', 'Position', 'Shift', 'Staff', 'Certificate', 'Training'], rows);
  hidePersonalData(b);
  // Their own record's personal data, and their own certificates' scans.
  b.can('read', 'Staff', [...STAFF_PERSONAL_FIELDS], { ...rows, userId });
  b.can('read', 'Certificate', [...CERTIFICATE_PERSONAL_FIELDS], { ...rows, staffUserId: userId });
  complaintsOfStaff(b, m, rows, userId);
  workOrdersOfStaff(b, m, rows, userId);
  // The estate's daily records (fees, incidents, facility checks, activities): staff record and
  // correct them; the special-services menu they read (the manager keeps it).
  b.can(['read', 'create', 'update'], [...ESTATE_RECORD_SUBJECTS], rows);
  b.can('read', 'SpecialService', rows);
  b.can('read', ['Finding', 'Rectification'], rows);
  b.can(['update', 'submit'], 'Rectification', { ...rows, assigneeUserId: userId });
  // The audit behind a finding, once it is submitted (never a planned spot check or patrol).
  b.can('read', 'Audit', { ...rows, status: { $in: ['SUBMITTED', 'CLOSED'] } });
}

/**
 * Work orders of estate staff: any of them logs one (front desk, patrol, QR report taken over); each
 * reads those assigned to them, those they logged and those of their department. The assignee
 * hands the order over, arrives and completes it; whoever logged it dispatches, calls back (回访:
 * not the repairer) and closes it; department colleagues dispatch. The reporter's name and phone
 * reach only the assignee and whoever logged it.
 */
function workOrdersOfStaff(b: Builder, m: ActorMembership, rows: MongoQuery, userId: string) {
  const departmentIds = m.scope.kind === 'ESTATES' ? (m.scope.departmentIds ?? []) : [];
  const assigned = { ...rows, assigneeUserId: userId };
  const logged = { ...rows, createdBy: userId };
  const department = { ...rows, departmentId: { $in: [...departmentIds] } };
  const f = WORK_ORDER_STEP_FIELDS;
  b.can('create', 'WorkOrder', rows);
  b.can('read', 'WorkOrder', assigned);
  b.can('read', 'WorkOrder', logged);
  if (departmentIds.length) b.can('read', 'WorkOrder', department);
  b.can('update', 'WorkOrder', [f.DISPATCH, f.ARRIVE, f.COMPLETE], assigned);
  b.can('update', 'WorkOrder', [f.DISPATCH, f.CALLBACK, f.CLOSE], logged);
  if (departmentIds.length) b.can('update', 'WorkOrder', [f.DISPATCH], department);
  // After the grants above (later rules win): hidden, then given back on their own orders.
  b.cannot('read', 'WorkOrder', [...WORK_ORDER_PERSONAL_FIELDS]);
  b.can('read', 'WorkOrder', [...WORK_ORDER_PERSONAL_FIELDS], assigned);
  b.can('read', 'WorkOrder', [...WORK_ORDER_PERSONAL_FIELDS], logged);
}

/**
 * Complaints of estate staff (首问责任制): any of them logs one and, as its first receiver, owns it
 * — reads it with the complainant's name and phone, rules on it, postpones and resolves it.
 * Colleagues of the department the complaint is about read it too, without the complainant.
 */
function complaintsOfStaff(b: Builder, m: ActorMembership, rows: MongoQuery, userId: string) {
  const departmentIds = m.scope.kind === 'ESTATES' ? (m.scope.departmentIds ?? []) : [];
  const received = { ...rows, receiverUserId: userId };
  b.can('create', 'Complaint', rows);
  b.can(['read', 'update'], 'Complaint', received);
  if (departmentIds.length)
    b.can('read', 'Complaint', { ...rows, departmentId: { $in: [...departmentIds] } });
  b.cannot('read', 'Complaint', [...COMPLAINT_PERSONAL_FIELDS]);
  b.can('read', 'Complaint', [...COMPLAINT_PERSONAL_FIELDS], received);
}

function committeeMember(b: Builder, m: ActorMembership, userId: string) {
  const estates = estateCondition(m.scope, m.companyId, 'id');
  const rows = estateCondition(m.scope, m.companyId, 'estateId');
  const regions = regionsOfScope(m.scope, m.companyId);
  b.can('read', 'Company', { id: m.companyId });
  b.can('read', 'Estate', estates);
  // The region's name only (where their estate belongs); regions carry no business data.
  if (regions) b.can('read', 'Region', regions);
  // Only what was published, only of their own estate; never personal data.
  b.can('read', 'PublishedReport', { ...rows, status: 'PUBLISHED' });
  b.can('create', 'CommitteeFeedback', { ...rows, authorUserId: userId });
  b.can('read', 'CommitteeFeedback', { ...rows, authorUserId: userId });
}

/** Every member reads and marks read the notifications addressed to them, and nobody else's. */
function ownNotifications(b: Builder, m: ActorMembership, userId: string) {
  b.can(['read', 'update'], 'Notification', { companyId: m.companyId, userId });
}

const PRIVILEGE: Record<MembershipRole, number> = {
  COMMITTEE_MEMBER: 0,
  ESTATE_STAFF: 1,
  HQ_VIEWER: 2,
  QUALITY_AUDITOR: 3,
  ESTATE_MANAGER: 4,
  COMPANY_ADMIN: 5,
};

/**
 * The one place permissions are decided, for the API (which also turns these rules into SQL
 * filters) and the web app (which hides what a user cannot do). Every rule carries the company,
 * so a role never reaches past its company even if a query forgot to filter.
 */
export function defineAbilityFor(actor: Actor | null): AppAbility {
  const b = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (actor?.platformAdmin) {
    // The operator manages tenants and platform health, but reads no company's business data.
    b.can(['read', 'create', 'update', 'archive'], 'Company');
    b.can('read', 'Platform');
  }
  // CASL lets later rules win. Field-hiding rules carry no conditions, so the narrower roles go
  // first: a wider grant held through another membership then overrides them on its own rows.
  const memberships = [...(actor?.memberships ?? [])].sort((a, b) => PRIVILEGE[a.role] - PRIVILEGE[b.role]);
  for (const m of memberships) {
    switch (m.role) {
      case 'COMPANY_ADMIN':
        companyAdmin(b, m);
        break;
      case 'QUALITY_AUDITOR':
        qualityAuditor(b, m);
        break;
      case 'HQ_VIEWER':
        hqViewer(b, m);
        break;
      case 'ESTATE_MANAGER':
        estateManager(b, m);
        break;
      case 'ESTATE_STAFF':
        estateStaff(b, m, actor!.userId);
        break;
      case 'COMMITTEE_MEMBER':
        committeeMember(b, m, actor!.userId);
        break;
    }
    ownNotifications(b, m, actor!.userId);
  }
  return b.build({ detectSubjectType: detectSubject });
}

/** Subjects are plain objects tagged by `subject('Estate', row)`; a bare string is a type check. */
function detectSubject(object: Record<string, unknown>): SubjectName {
  const tagged = (object as { __caslSubjectType__?: SubjectName }).__caslSubjectType__;
  if (!tagged) throw new Error('Untagged subject: wrap rows with subject(type, row)');
  return tagged;
}

/**
 * Tags a row (any object) with its subject type for ability checks. A copy is tagged, so the
 * caller's row is never mutated.
 */
export function subject(type: SubjectName, row: object): Record<string, unknown> {
  return tag(type, { ...row }) as unknown as Record<string, unknown>;
}
