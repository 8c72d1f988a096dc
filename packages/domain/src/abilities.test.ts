import { permittedFieldsOf } from '@casl/ability/extra';
import { describe, expect, it } from 'vitest';
import { type Actor, type ActorMembership, type AppAbility, defineAbilityFor, subject } from './abilities.js';
import {
  ACTIONS,
  type Action,
  CERTIFICATE_PERSONAL_FIELDS,
  COMPLAINT_PERSONAL_FIELDS,
  ESTATE_AUDIT_KINDS,
  ESTATE_OPERATION_SUBJECTS,
  ESTATE_SCOPED_SUBJECTS,
  HQ_AUDIT_KINDS,
  STAFF_PERSONAL_FIELDS,
  SUBJECTS,
  type SubjectName,
  USER_PERSONAL_FIELDS,
  WORK_ORDER_PERSONAL_FIELDS,
  WORK_ORDER_STEP_FIELDS,
} from './subjects.js';

// ---------------------------------------------------------------------------------------------
// World: two companies. Company C1 has region NORTH (estates A and B) and region SOUTH (estate C).
// ---------------------------------------------------------------------------------------------

const C1 = 'company-1';
const C2 = 'company-2';
const NORTH = 'region-north';
const SOUTH = 'region-south';
const E_A = 'estate-a';
const E_B = 'estate-b';
const E_C = 'estate-c';
const ME = 'user-me';
const SOMEONE_ELSE = 'user-other';

/** Where a row lives: its company, its estate and that estate's region. */
interface Place {
  companyId: string;
  estateId: string;
  regionId: string;
}
/** The actor's own estate (in every scope used below). */
const HOME: Place = { companyId: C1, estateId: E_A, regionId: NORTH };
/** Another estate of the same region as HOME. */
const SIBLING: Place = { companyId: C1, estateId: E_B, regionId: NORTH };
/** An estate of the same company, in another region. */
const AWAY: Place = { companyId: C1, estateId: E_C, regionId: SOUTH };
/** Another company. */
const FOREIGN: Place = { companyId: C2, estateId: 'estate-x', regionId: 'region-x' };
/** Another company whose estate and region ids collide with HOME's: only `companyId` tells them apart. */
const FOREIGN_COLLIDING: Place = { companyId: C2, estateId: E_A, regionId: NORTH };

type Row = Record<string, unknown>;

const STAFF_FIELDS = [
  'id',
  'companyId',
  'estateId',
  'name',
  'positionId',
  'hireDate',
  'status',
  ...STAFF_PERSONAL_FIELDS,
];
const USER_FIELDS = ['id', 'companyId', 'name', 'locale', ...USER_PERSONAL_FIELDS];

const estateRow = (p: Place, extra: Row = {}): Row => ({
  id: `${p.estateId}-row`,
  companyId: p.companyId,
  estateId: p.estateId,
  ...extra,
});
const companyRow = (p: Place, extra: Row = {}): Row => ({
  id: `${p.companyId}-row`,
  companyId: p.companyId,
  ...extra,
});

/**
 * A plausible row of every subject, as it would come from the store. Typed as a full record so that
 * adding a subject to SUBJECTS without a fixture does not compile (and the test below fails too).
 * Defaults are chosen so that the conditional rules do not apply: audits are HQ quarterly audits in
 * progress, work orders, complaints and rectifications are assigned to someone else, feedback was
 * written by someone else, and the report is PUBLISHED.
 */
const ROWS: Record<SubjectName, (p: Place) => Row> = {
  Platform: () => ({ id: 'platform' }),
  Company: (p) => ({ id: p.companyId, name: 'Company' }),
  Region: (p) => ({ id: p.regionId, companyId: p.companyId, name: 'Region' }),
  Estate: (p) => ({ id: p.estateId, companyId: p.companyId, regionId: p.regionId, name: 'Estate' }),
  User: (p) => ({
    id: SOMEONE_ELSE,
    companyId: p.companyId,
    name: 'Li',
    locale: 'zh',
    email: 'li@example.com',
    phone: '13800000000',
  }),
  Membership: (p) => companyRow(p, { userId: SOMEONE_ELSE, role: 'ESTATE_STAFF' }),
  ChangeLog: (p) => companyRow(p, { actorUserId: SOMEONE_ELSE, action: 'update' }),
  Department: (p) => estateRow(p),
  Position: (p) => estateRow(p),
  Staff: (p) =>
    estateRow(p, { name: 'Wang', phone: '13900000000', idNumber: '110101199001011234', address: 'x' }),
  Certificate: (p) => estateRow(p),
  Training: (p) => estateRow(p),
  Shift: (p) => estateRow(p),
  StaffingTemplate: (p) => companyRow(p),
  AuditTemplate: (p) => companyRow(p),
  Audit: (p) => estateRow(p, { kind: 'QUARTERLY', status: 'IN_PROGRESS' }),
  Finding: (p) => estateRow(p),
  Rectification: (p) => estateRow(p, { assigneeUserId: SOMEONE_ELSE, status: 'OPEN' }),
  Appeal: (p) => estateRow(p),
  WorkOrder: (p) => estateRow(p, { assigneeUserId: SOMEONE_ELSE }),
  Complaint: (p) => estateRow(p, { receiverUserId: SOMEONE_ELSE }),
  Survey: (p) => estateRow(p),
  SurveyResponse: (p) => estateRow(p),
  FeeCollection: (p) => estateRow(p),
  Incident: (p) => estateRow(p),
  FacilityCheck: (p) => estateRow(p),
  CommunityActivity: (p) => estateRow(p),
  SpecialService: (p) => estateRow(p),
  Indicator: (p) => companyRow(p),
  IndicatorTarget: (p) => estateRow(p),
  MonthlyFigure: (p) => estateRow(p),
  Comparison: (p) => companyRow(p),
  PublishedReport: (p) => estateRow(p, { status: 'PUBLISHED' }),
  CommitteeFeedback: (p) => estateRow(p, { authorUserId: SOMEONE_ELSE }),
  // Addressed to the actor: their own (another user's is tested on its own below).
  Notification: (p) => companyRow(p, { userId: ME, kind: 'FIGURES_REMINDER' }),
};

/** A fresh tagged row (`subject()` tags the object it is given, so never share one). */
function row(type: SubjectName, p: Place, extra: Row = {}) {
  return subject(type, { ...ROWS[type](p), ...extra });
}

/** `manage` is an alias that only means something to a rule; checks are made with concrete actions. */
const CONCRETE_ACTIONS = ACTIONS.filter((a) => a !== 'manage');
const EVERY: readonly Action[] = CONCRETE_ACTIONS;
const R: readonly Action[] = ['read'];

function allowedActions(ability: AppAbility, r: ReturnType<typeof row>): Action[] {
  return CONCRETE_ACTIONS.filter((a) => ability.can(a, r));
}
/** Expected actions in the canonical order of ACTIONS, so diffs are readable. */
const ordered = (actions: readonly Action[]) => CONCRETE_ACTIONS.filter((a) => actions.includes(a));

// Literal copies of the subject groups, so that moving a subject between groups in the source is
// noticed here rather than silently absorbed by the expectations.
const OPS = [
  'Department',
  'Position',
  'Staff',
  'Certificate',
  'Training',
  'Shift',
  'WorkOrder',
  'Complaint',
  'Survey',
  'SurveyResponse',
  'FeeCollection',
  'Incident',
  'FacilityCheck',
  'CommunityActivity',
  'SpecialService',
] as const satisfies readonly SubjectName[];
const ESTATE_SCOPED = [
  ...OPS,
  'MonthlyFigure',
  'IndicatorTarget',
  'Audit',
  'Finding',
  'Rectification',
  'Appeal',
  'PublishedReport',
  'CommitteeFeedback',
] as const satisfies readonly SubjectName[];
/** Subjects whose rows belong to one estate, plus the estate itself. */
const ESTATE_BOUND: readonly SubjectName[] = ['Estate', ...ESTATE_SCOPED];

// ---------------------------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------------------------

const membership = (role: ActorMembership['role'], scope: ActorMembership['scope'], companyId = C1) => ({
  role,
  companyId,
  scope,
});
const actorWith = (...memberships: ActorMembership[]): Actor => ({
  userId: ME,
  platformAdmin: false,
  memberships,
});

const COMPANY_SCOPE = { kind: 'COMPANY' } as const;
const NORTH_SCOPE = { kind: 'REGION', regionId: NORTH, estateIds: [E_A, E_B] } as const;
const HOME_ESTATES = { kind: 'ESTATES', estateIds: [E_A], regionIds: [NORTH] } as const;

const ACTORS = {
  COMPANY_ADMIN: actorWith(membership('COMPANY_ADMIN', COMPANY_SCOPE)),
  QUALITY_AUDITOR: actorWith(membership('QUALITY_AUDITOR', COMPANY_SCOPE)),
  HQ_VIEWER_COMPANY: actorWith(membership('HQ_VIEWER', COMPANY_SCOPE)),
  HQ_VIEWER_REGION: actorWith(membership('HQ_VIEWER', NORTH_SCOPE)),
  ESTATE_MANAGER: actorWith(membership('ESTATE_MANAGER', HOME_ESTATES)),
  ESTATE_STAFF: actorWith(membership('ESTATE_STAFF', HOME_ESTATES)),
  COMMITTEE_MEMBER: actorWith(membership('COMMITTEE_MEMBER', HOME_ESTATES)),
  PLATFORM_ADMIN: { userId: ME, platformAdmin: true, memberships: [] } satisfies Actor,
} satisfies Record<string, Actor>;
type ActorName = keyof typeof ACTORS;
const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];
const MEMBER_ACTOR_NAMES = ACTOR_NAMES.filter((n) => n !== 'PLATFORM_ADMIN');
const ability = (name: ActorName) => defineAbilityFor(ACTORS[name]);

// ---------------------------------------------------------------------------------------------
// The matrix: for each actor, the exact actions allowed on each subject's in-scope row (HOME).
// Every subject must be listed, either with its actions or under `none`.
// ---------------------------------------------------------------------------------------------

interface Expectation {
  grants: [readonly SubjectName[], readonly Action[]][];
  none: readonly SubjectName[];
}

/** Expands a table; throws if a subject is missing or listed twice, or if an unknown one appears. */
function expand(e: Expectation): Record<SubjectName, Action[]> {
  const out = new Map<SubjectName, Action[]>();
  const put = (s: SubjectName, actions: readonly Action[]) => {
    if (out.has(s)) throw new Error(`${s} listed twice`);
    if (!(SUBJECTS as readonly string[]).includes(s)) throw new Error(`${s} is not a subject`);
    out.set(s, ordered(actions));
  };
  for (const [subjects, actions] of e.grants) for (const s of subjects) put(s, actions);
  for (const s of e.none) put(s, []);
  const missing = SUBJECTS.filter((s) => !out.has(s));
  if (missing.length) throw new Error(`not in the matrix: ${missing.join(', ')}`);
  return Object.fromEntries(out) as Record<SubjectName, Action[]>;
}

/** Every member reads and marks read their own notifications. */
const OWN_NOTIFICATIONS: [readonly SubjectName[], readonly Action[]] = [['Notification'], ['read', 'update']];

const HQ_VIEWER_TABLE: Expectation = {
  grants: [
    [['Company', 'Region', 'Estate', 'Indicator', 'Comparison', 'StaffingTemplate', ...ESTATE_SCOPED], R],
    OWN_NOTIFICATIONS,
  ],
  none: ['Platform', 'User', 'Membership', 'ChangeLog', 'AuditTemplate'],
};

const MATRIX: Record<ActorName, Expectation> = {
  COMPANY_ADMIN: {
    grants: [
      [
        [
          'Region',
          'Estate',
          'User',
          'Membership',
          ...OPS,
          'StaffingTemplate',
          'AuditTemplate',
          'Audit',
          'Finding',
          'Rectification',
          'Appeal',
          'Indicator',
          'IndicatorTarget',
          'MonthlyFigure',
          'Comparison',
          'CommitteeFeedback',
        ],
        EVERY,
      ],
      [['Company'], ['read', 'update']],
      // The audit trail is append-only: the system writes it, nobody edits it.
      [['ChangeLog'], EVERY.filter((a) => !['create', 'update', 'delete', 'archive'].includes(a))],
      // The fixture report is PUBLISHED: immutable.
      [['PublishedReport'], EVERY.filter((a) => !['update', 'delete', 'archive', 'publish'].includes(a))],
      OWN_NOTIFICATIONS,
    ],
    none: ['Platform'],
  },
  QUALITY_AUDITOR: {
    grants: [
      [
        [
          'Company',
          'Region',
          'Estate',
          'User',
          'Indicator',
          'IndicatorTarget',
          'Comparison',
          'PublishedReport',
          'StaffingTemplate',
          ...OPS,
        ],
        R,
      ],
      [['MonthlyFigure'], ['read', 'approve']],
      [['AuditTemplate', 'Audit', 'Finding'], EVERY],
      [['Rectification'], ['read', 'verify']],
      [['Appeal'], ['read', 'respond']],
      OWN_NOTIFICATIONS,
    ],
    none: ['Platform', 'Membership', 'ChangeLog', 'CommitteeFeedback'],
  },
  HQ_VIEWER_COMPANY: HQ_VIEWER_TABLE,
  HQ_VIEWER_REGION: HQ_VIEWER_TABLE,
  ESTATE_MANAGER: {
    grants: [
      [
        [
          'Company',
          'Region',
          'Estate',
          'Indicator',
          'Comparison',
          'IndicatorTarget',
          'AuditTemplate',
          // The company's staffing templates: to start an estate from one, not to change them.
          'StaffingTemplate',
          'Finding',
          // The fixture audit is an HQ quarterly audit: the estate sees it but does not run it.
          'Audit',
        ],
        R,
      ],
      [OPS, EVERY],
      [['MonthlyFigure'], ['read', 'create', 'update', 'submit']],
      [['Rectification'], ['read', 'update', 'submit']],
      [['Appeal'], ['read', 'create']],
      // The fixture report is PUBLISHED: it cannot be published again.
      [['PublishedReport'], ['read', 'create']],
      [['CommitteeFeedback'], ['read', 'respond']],
      OWN_NOTIFICATIONS,
    ],
    none: ['Platform', 'User', 'Membership', 'ChangeLog'],
  },
  ESTATE_STAFF: {
    grants: [
      [
        [
          'Company',
          'Region',
          'Estate',
          'Department',
          'Position',
          'Shift',
          'Staff',
          'Certificate',
          'Training',
          'Finding',
          'Rectification',
          'SpecialService',
        ],
        R,
      ],
      // The fixture complaint was received by someone else, of no department of theirs.
      [['Complaint'], ['create']],
      // The estate's daily records: staff record and correct them (issue 11 item 5).
      [
        ['FeeCollection', 'Incident', 'FacilityCheck', 'CommunityActivity'],
        ['read', 'create', 'update'],
      ],
      // The fixture order is assigned to someone else, of no department of theirs: they may log
      // orders there but not read this one (see "estate staff and work orders").
      [['WorkOrder'], ['create']],
      OWN_NOTIFICATIONS,
    ],
    none: [
      'Platform',
      'User',
      'Membership',
      'ChangeLog',
      'StaffingTemplate',
      'AuditTemplate',
      'Audit',
      'Appeal',
      'Survey',
      'SurveyResponse',
      'Indicator',
      'IndicatorTarget',
      'MonthlyFigure',
      'Comparison',
      'PublishedReport',
      'CommitteeFeedback',
    ],
  },
  COMMITTEE_MEMBER: {
    grants: [
      [['Company', 'Region', 'Estate', 'PublishedReport'], R],
      // The fixture feedback was written by another member: they may neither read it nor write as them.
      [['CommitteeFeedback'], []],
      OWN_NOTIFICATIONS,
    ],
    none: [
      'Platform',
      'User',
      'Membership',
      'ChangeLog',
      ...OPS,
      'StaffingTemplate',
      'AuditTemplate',
      'Audit',
      'Finding',
      'Rectification',
      'Appeal',
      'Indicator',
      'IndicatorTarget',
      'MonthlyFigure',
      'Comparison',
    ],
  },
  PLATFORM_ADMIN: {
    grants: [
      [['Company'], ['read', 'create', 'update', 'archive']],
      [['Platform'], R],
    ],
    none: [
      'Region',
      'Estate',
      'User',
      'Membership',
      'ChangeLog',
      ...OPS,
      'StaffingTemplate',
      'AuditTemplate',
      'Audit',
      'Finding',
      'Rectification',
      'Appeal',
      'Indicator',
      'IndicatorTarget',
      'MonthlyFigure',
      'Comparison',
      'PublishedReport',
      'CommitteeFeedback',
      // Not a member of any company: nobody writes to them.
      'Notification',
    ],
  },
};

/** How far each actor reaches inside its own company. */
const REACH: Record<ActorName, 'company' | 'region' | 'estates' | 'platform'> = {
  COMPANY_ADMIN: 'company',
  QUALITY_AUDITOR: 'company',
  HQ_VIEWER_COMPANY: 'company',
  HQ_VIEWER_REGION: 'region',
  ESTATE_MANAGER: 'estates',
  ESTATE_STAFF: 'estates',
  COMMITTEE_MEMBER: 'estates',
  PLATFORM_ADMIN: 'platform',
};

/** What an actor may do on an estate of its company that is outside its scope. */
function expectedOutOfScope(name: ActorName, s: SubjectName, outsideRegion: boolean): Action[] {
  const home = expand(MATRIX[name])[s];
  const reach = REACH[name];
  if (reach === 'estates' || reach === 'region') {
    if (ESTATE_BOUND.includes(s)) return [];
    // Regions: their own (or their estates'), never the company's others.
    if (s === 'Region' && outsideRegion) return [];
  }
  return home;
}

// ---------------------------------------------------------------------------------------------

describe('fixtures and matrix cover every subject', () => {
  it('has a fixture row for every subject in SUBJECTS', () => {
    expect(Object.keys(ROWS).sort()).toEqual([...SUBJECTS].sort());
  });

  it.each(ACTOR_NAMES)('the %s table lists every subject exactly once', (name) => {
    const table = expand(MATRIX[name]);
    expect(Object.keys(table).sort()).toEqual([...SUBJECTS].sort());
  });

  it('every subject is granted to at least one actor, so none is untested by a positive case', () => {
    const granted = new Set(ACTOR_NAMES.flatMap((n) => MATRIX[n].grants.flatMap(([subjects]) => subjects)));
    expect(SUBJECTS.filter((s) => !granted.has(s))).toEqual([]);
  });

  it("the test's literal subject groups match the source's", () => {
    expect([...OPS].sort()).toEqual([...ESTATE_OPERATION_SUBJECTS].sort());
    expect([...ESTATE_SCOPED].sort()).toEqual([...ESTATE_SCOPED_SUBJECTS].sort());
  });
});

describe('matrix: role × subject × action', () => {
  describe.each(ACTOR_NAMES)('%s', (name) => {
    const a = ability(name);
    const table = expand(MATRIX[name]);

    it.each(SUBJECTS)('in scope (own company, own estate): %s', (s) => {
      expect(allowedActions(a, row(s, HOME))).toEqual(table[s]);
    });

    it.each(SUBJECTS)('estate of the same region, not in the estate scope: %s', (s) => {
      const expected = REACH[name] === 'region' ? table[s] : expectedOutOfScope(name, s, false);
      expect(allowedActions(a, row(s, SIBLING))).toEqual(expected);
    });

    it.each(SUBJECTS)('estate of another region of the same company: %s', (s) => {
      expect(allowedActions(a, row(s, AWAY))).toEqual(expectedOutOfScope(name, s, true));
    });
  });
});

describe('notifications: their recipient’s alone', () => {
  it.each(ACTOR_NAMES)('%s cannot read or mark read a notification of another user', (name) => {
    const other = row('Notification', HOME, { userId: SOMEONE_ELSE });
    expect(allowedActions(ability(name), other)).toEqual([]);
  });

  it('a member of two companies reads their notifications only in the company that sent them', () => {
    const a = defineAbilityFor(actorWith(membership('ESTATE_STAFF', HOME_ESTATES)));
    expect(a.can('read', row('Notification', HOME))).toBe(true);
    expect(a.can('read', row('Notification', FOREIGN))).toBe(false);
  });
});

describe('tenancy: nothing of another company', () => {
  describe.each(MEMBER_ACTOR_NAMES)('%s', (name) => {
    const a = ability(name);
    it.each(SUBJECTS)('refuses every action on another company: %s', (s) => {
      expect(allowedActions(a, row(s, FOREIGN))).toEqual([]);
    });
    it.each(SUBJECTS)('refuses another company even when estate and region ids collide: %s', (s) => {
      expect(allowedActions(a, row(s, FOREIGN_COLLIDING))).toEqual([]);
    });
    it.each(SUBJECTS)('refuses a row with no company at all: %s', (s) => {
      const r = ROWS[s](HOME);
      delete r.companyId;
      if (s === 'Company') delete r.id;
      expect(allowedActions(a, subject(s, r))).toEqual([]);
    });
  });

  it.each(MEMBER_ACTOR_NAMES)('%s: every granted rule is bound to the actor company', (name) => {
    for (const rule of ability(name).rules) {
      if (rule.inverted) continue;
      const conditions = rule.conditions as Row | undefined;
      const subjects = ([] as string[]).concat(rule.subject as string | string[]);
      if (subjects.includes('Company')) expect(conditions).toEqual({ id: C1 });
      else expect(conditions?.companyId, `${rule.action} ${subjects.join(',')}`).toBe(C1);
    }
  });

  it('a member of two companies reaches each company only through its own membership', () => {
    const a = defineAbilityFor(
      actorWith(membership('ESTATE_MANAGER', HOME_ESTATES), membership('HQ_VIEWER', COMPANY_SCOPE, C2)),
    );
    expect(a.can('update', row('WorkOrder', HOME))).toBe(true);
    expect(a.can('read', row('WorkOrder', FOREIGN))).toBe(true);
    expect(a.can('update', row('WorkOrder', FOREIGN))).toBe(false);
    expect(a.can('update', row('WorkOrder', FOREIGN_COLLIDING))).toBe(false);
  });
});

describe('no actor', () => {
  const cases: [string, Actor | null][] = [
    ['null', null],
    ['an actor without memberships', { userId: ME, platformAdmin: false, memberships: [] }],
  ];
  describe.each(cases)('%s', (_label, actor) => {
    const a = defineAbilityFor(actor);
    it('has no rules at all', () => {
      expect(a.rules).toEqual([]);
    });
    it.each(SUBJECTS)('can do nothing on %s (type, own row, foreign row)', (s) => {
      for (const action of ACTIONS) {
        expect(a.can(action, s)).toBe(false);
        expect(a.can(action, row(s, HOME))).toBe(false);
        expect(a.can(action, row(s, FOREIGN))).toBe(false);
      }
    });
  });
});

describe('platform admin', () => {
  const a = ability('PLATFORM_ADMIN');

  it.each([HOME, FOREIGN])('manages any company ($companyId) but never deletes one', (p) => {
    expect(allowedActions(a, row('Company', p))).toEqual(['create', 'read', 'update', 'archive']);
    expect(a.can('delete', row('Company', p))).toBe(false);
  });

  it('reads platform health', () => {
    expect(a.can('read', 'Platform')).toBe(true);
    expect(a.can('update', 'Platform')).toBe(false);
  });

  const business = SUBJECTS.filter((s) => s !== 'Company' && s !== 'Platform');
  it.each(business)('reads no %s of any company, not even at type level', (s) => {
    for (const action of ACTIONS) {
      expect(a.can(action, s)).toBe(false);
      for (const p of [HOME, FOREIGN, AWAY]) expect(a.can(action, row(s, p))).toBe(false);
    }
  });

  it('a platform admin who is also a member gets that membership, in that company only', () => {
    const both = defineAbilityFor({
      ...actorWith(membership('HQ_VIEWER', COMPANY_SCOPE)),
      platformAdmin: true,
    });
    expect(both.can('read', row('Estate', HOME))).toBe(true);
    expect(both.can('read', row('Estate', FOREIGN))).toBe(false);
    expect(both.can('create', row('Company', FOREIGN))).toBe(true);
  });
});

describe('HQ viewer of a region', () => {
  const a = ability('HQ_VIEWER_REGION');

  it('reads the estates of its region and not the others (Estate matches on regionId)', () => {
    expect(a.can('read', row('Estate', HOME))).toBe(true);
    expect(a.can('read', row('Estate', SIBLING))).toBe(true);
    expect(a.can('read', row('Estate', AWAY))).toBe(false);
    // An estate added to the region after the actor was built is still matched by its region…
    expect(a.can('read', row('Estate', { ...SIBLING, estateId: 'estate-new' }))).toBe(true);
    // …and an estate moved out of the region is no longer visible.
    expect(a.can('read', row('Estate', { ...HOME, regionId: SOUTH }))).toBe(false);
  });

  it("reads estate-scoped rows whose estateId is in the region's estateIds only", () => {
    for (const s of ESTATE_SCOPED) {
      expect(a.can('read', row(s, HOME)), s).toBe(true);
      expect(a.can('read', row(s, SIBLING)), s).toBe(true);
      expect(a.can('read', row(s, AWAY)), s).toBe(false);
      expect(a.can('read', row(s, { ...SIBLING, estateId: 'estate-new' })), s).toBe(false);
    }
  });

  it('reads its own region only', () => {
    expect(a.can('read', row('Region', HOME))).toBe(true);
    expect(a.can('read', row('Region', AWAY))).toBe(false);
  });

  it('writes nothing but the read mark of its own notifications', () => {
    for (const s of SUBJECTS) {
      if (s === 'Notification') continue;
      expect(
        allowedActions(a, row(s, HOME)).filter((x) => x !== 'read'),
        s,
      ).toEqual([]);
    }
  });

  it('an empty region reaches no estate-scoped row', () => {
    const empty = defineAbilityFor(
      actorWith(membership('HQ_VIEWER', { kind: 'REGION', regionId: SOUTH, estateIds: [] })),
    );
    expect(empty.can('read', row('WorkOrder', AWAY))).toBe(false);
    expect(empty.can('read', row('Estate', AWAY))).toBe(true);
  });
});

describe('estate manager of several estates', () => {
  const a = defineAbilityFor(
    actorWith(membership('ESTATE_MANAGER', { kind: 'ESTATES', estateIds: [E_A, E_C] })),
  );
  it('runs each of its estates and none other', () => {
    expect(a.can('update', row('WorkOrder', HOME))).toBe(true);
    expect(a.can('update', row('WorkOrder', AWAY))).toBe(true);
    expect(a.can('update', row('WorkOrder', SIBLING))).toBe(false);
    expect(a.can('read', row('Estate', AWAY))).toBe(true);
    expect(a.can('read', row('Estate', SIBLING))).toBe(false);
  });
});

describe('monthly figures: the estate submits, HQ approves', () => {
  const approves: [ActorName, boolean][] = [
    ['COMPANY_ADMIN', true],
    ['QUALITY_AUDITOR', true],
    ['HQ_VIEWER_COMPANY', false],
    ['HQ_VIEWER_REGION', false],
    ['ESTATE_MANAGER', false],
    ['ESTATE_STAFF', false],
    ['COMMITTEE_MEMBER', false],
    ['PLATFORM_ADMIN', false],
  ];
  it.each(approves)('%s approves a MonthlyFigure of its scope: %s', (name, expected) => {
    expect(ability(name).can('approve', row('MonthlyFigure', HOME))).toBe(expected);
  });

  it('the estate manager submits but cannot approve, even its own estate', () => {
    const a = ability('ESTATE_MANAGER');
    expect(a.can('submit', row('MonthlyFigure', HOME))).toBe(true);
    expect(a.can('approve', row('MonthlyFigure', HOME))).toBe(false);
    expect(a.can('approve', 'MonthlyFigure')).toBe(false);
  });

  it('the auditor approves but does not enter figures, and not for another company', () => {
    const a = ability('QUALITY_AUDITOR');
    expect(a.can('approve', row('MonthlyFigure', AWAY))).toBe(true);
    expect(a.can('create', row('MonthlyFigure', HOME))).toBe(false);
    expect(a.can('update', row('MonthlyFigure', HOME))).toBe(false);
    expect(a.can('approve', row('MonthlyFigure', FOREIGN))).toBe(false);
  });
});

describe('audits', () => {
  const manager = ability('ESTATE_MANAGER');
  const audit = (kind: string, status: string, p: Place = HOME) => row('Audit', p, { kind, status });

  it.each([
    ['SPOT_CHECK', 'PLANNED', false],
    ['SPOT_CHECK', 'IN_PROGRESS', true],
    ['SPOT_CHECK', 'SUBMITTED', true],
    ['SPOT_CHECK', 'CLOSED', true],
    ['NIGHT_PATROL', 'PLANNED', false],
    ['NIGHT_PATROL', 'IN_PROGRESS', true],
    ['NIGHT_PATROL', 'CLOSED', true],
  ] as const)('an unannounced %s %s is visible to the estate manager: %s', (kind, status, visible) => {
    expect(manager.can('read', audit(kind, status))).toBe(visible);
  });

  it.each(['ESTATE_STAFF', 'COMMITTEE_MEMBER'] as const)(
    '%s never sees a planned spot check or patrol',
    (name) => {
      for (const kind of ['SPOT_CHECK', 'NIGHT_PATROL'])
        expect(allowedActions(ability(name), audit(kind, 'PLANNED'))).toEqual([]);
    },
  );

  it('the estate manager never edits a spot check or patrol, whatever its status', () => {
    for (const kind of ['SPOT_CHECK', 'NIGHT_PATROL'])
      for (const status of ['PLANNED', 'IN_PROGRESS', 'SUBMITTED', 'CLOSED']) {
        expect(allowedActions(manager, audit(kind, status)).filter((x) => x !== 'read')).toEqual([]);
      }
  });

  it('an announced quarterly audit is visible while PLANNED, read-only', () => {
    expect(allowedActions(manager, audit('QUARTERLY', 'PLANNED'))).toEqual(['read']);
  });

  it.each(ESTATE_AUDIT_KINDS)('the estate runs its own %s audits, in its estates only', (kind) => {
    expect(allowedActions(manager, audit(kind, 'PLANNED'))).toEqual(ordered(EVERY));
    expect(allowedActions(manager, audit(kind, 'PLANNED', AWAY))).toEqual([]);
    expect(allowedActions(manager, audit(kind, 'PLANNED', FOREIGN_COLLIDING))).toEqual([]);
  });

  it('the estate manager cannot plan an HQ audit', () => {
    for (const kind of HQ_AUDIT_KINDS) expect(manager.can('create', audit(kind, 'PLANNED'))).toBe(false);
  });

  it.each(['COMPANY_ADMIN', 'QUALITY_AUDITOR', 'HQ_VIEWER_COMPANY', 'HQ_VIEWER_REGION'] as const)(
    '%s (HQ) sees a planned spot check',
    (name) => {
      expect(ability(name).can('read', audit('SPOT_CHECK', 'PLANNED'))).toBe(true);
    },
  );

  it.each(['ESTATE_STAFF', 'COMMITTEE_MEMBER'] as const)('%s sees no audit at all', (name) => {
    for (const kind of [...HQ_AUDIT_KINDS, ...ESTATE_AUDIT_KINDS]) {
      expect(ability(name).can('read', audit(kind, 'IN_PROGRESS'))).toBe(false);
    }
  });

  it('the auditor plans any audit in any estate of the company, and decides appeals without filing them', () => {
    const a = ability('QUALITY_AUDITOR');
    expect(a.can('create', audit('SPOT_CHECK', 'PLANNED', AWAY))).toBe(true);
    expect(a.can('verify', row('Rectification', AWAY))).toBe(true);
    expect(a.can('respond', row('Appeal', HOME))).toBe(true);
    expect(a.can('create', row('Appeal', HOME))).toBe(false);
    expect(a.can('update', row('Rectification', HOME))).toBe(false);
  });

  it('the estate manager appeals and rectifies but does not verify', () => {
    expect(manager.can('create', row('Appeal', HOME))).toBe(true);
    expect(manager.can('respond', row('Appeal', HOME))).toBe(false);
    expect(manager.can('submit', row('Rectification', HOME))).toBe(true);
    expect(manager.can('verify', row('Rectification', HOME))).toBe(false);
  });
});

describe('estate staff: only what is assigned to them', () => {
  const a = ability('ESTATE_STAFF');
  const assigned = ['WorkOrder', 'Rectification'] as const;

  it.each(assigned)('updates a %s assigned to them', (s) => {
    expect(a.can('update', row(s, HOME, { assigneeUserId: ME }))).toBe(true);
  });

  it.each(assigned)('does not update a %s assigned to someone else or to nobody', (s) => {
    expect(a.can('update', row(s, HOME, { assigneeUserId: SOMEONE_ELSE }))).toBe(false);
    expect(a.can('update', row(s, HOME, { assigneeUserId: null }))).toBe(false);
    expect(a.can('update', row(s, HOME))).toBe(false);
  });

  it.each(assigned)('does not reach a %s assigned to them in another estate or company', (s) => {
    for (const p of [AWAY, SIBLING, FOREIGN, FOREIGN_COLLIDING]) {
      expect(allowedActions(a, row(s, p, { assigneeUserId: ME }))).toEqual([]);
    }
  });

  it('submits only the rectifications assigned to them', () => {
    expect(a.can('submit', row('Rectification', HOME, { assigneeUserId: ME }))).toBe(true);
    expect(a.can('submit', row('Rectification', HOME, { assigneeUserId: SOMEONE_ELSE }))).toBe(false);
    expect(a.can('verify', row('Rectification', HOME, { assigneeUserId: ME }))).toBe(false);
  });

  it('never deletes, archives or approves even what is assigned to them', () => {
    for (const s of assigned) {
      const r = row(s, HOME, { assigneeUserId: ME });
      for (const action of ['delete', 'archive', 'approve', 'verify', 'publish'] as const) {
        expect(a.can(action, r), `${action} ${s}`).toBe(false);
      }
    }
  });

  it('logs new work orders and complaints for its estate only', () => {
    expect(a.can('create', row('WorkOrder', HOME))).toBe(true);
    expect(a.can('create', row('Complaint', HOME))).toBe(true);
    expect(a.can('create', row('WorkOrder', AWAY))).toBe(false);
  });

  it('does not update findings, monthly figures or staff records', () => {
    expect(a.can('update', row('Finding', HOME, { assigneeUserId: ME }))).toBe(false);
    expect(a.can('update', row('MonthlyFigure', HOME))).toBe(false);
    expect(a.can('update', row('Staff', HOME, { id: ME }))).toBe(false);
  });
});

describe("owners' committee member", () => {
  const a = ability('COMMITTEE_MEMBER');

  it('reads PUBLISHED reports of its own estate only', () => {
    expect(a.can('read', row('PublishedReport', HOME, { status: 'PUBLISHED' }))).toBe(true);
    expect(a.can('read', row('PublishedReport', HOME, { status: 'DRAFT' }))).toBe(false);
    expect(a.can('read', row('PublishedReport', HOME, { status: undefined }))).toBe(false);
    for (const p of [SIBLING, AWAY, FOREIGN, FOREIGN_COLLIDING]) {
      expect(a.can('read', row('PublishedReport', p, { status: 'PUBLISHED' }))).toBe(false);
    }
  });

  it('does nothing but read a published report', () => {
    expect(allowedActions(a, row('PublishedReport', HOME, { status: 'PUBLISHED' }))).toEqual(['read']);
    expect(allowedActions(a, row('PublishedReport', HOME, { status: 'DRAFT' }))).toEqual([]);
  });

  it.each(['Staff', 'WorkOrder', 'MonthlyFigure', 'Complaint', 'Audit', 'User'] as const)(
    'sees no %s of any estate',
    (s) => {
      for (const p of [HOME, AWAY, FOREIGN]) expect(allowedActions(a, row(s, p))).toEqual([]);
    },
  );

  it('sees nothing besides its company, its estate and its region, published reports, its own feedback and notifications', () => {
    const visible = SUBJECTS.filter((s) => a.can('read', s));
    expect(visible).toEqual([
      'Company',
      'Region',
      'Estate',
      'PublishedReport',
      'CommitteeFeedback',
      'Notification',
    ]);
  });

  it('writes feedback for its own estate and reads only its own', () => {
    expect(a.can('create', row('CommitteeFeedback', HOME, { authorUserId: ME }))).toBe(true);
    expect(a.can('create', row('CommitteeFeedback', AWAY, { authorUserId: ME }))).toBe(false);
    expect(a.can('read', row('CommitteeFeedback', HOME, { authorUserId: ME }))).toBe(true);
    expect(a.can('read', row('CommitteeFeedback', HOME, { authorUserId: SOMEONE_ELSE }))).toBe(false);
    expect(a.can('update', row('CommitteeFeedback', HOME, { authorUserId: ME }))).toBe(false);
    expect(a.can('respond', row('CommitteeFeedback', HOME, { authorUserId: ME }))).toBe(false);
  });

  it('reads its own estate and no other', () => {
    expect(a.can('read', row('Estate', HOME))).toBe(true);
    expect(a.can('read', row('Estate', SIBLING))).toBe(false);
  });
});

describe('published reports are immutable', () => {
  const published = () => row('PublishedReport', HOME, { status: 'PUBLISHED' });
  const draft = () => row('PublishedReport', HOME, { status: 'DRAFT' });

  it.each(ACTOR_NAMES)('%s can neither update nor delete a PUBLISHED report', (name) => {
    const a = ability(name);
    expect(a.can('update', published())).toBe(false);
    expect(a.can('delete', published())).toBe(false);
  });

  it('not even an actor holding every role at once', () => {
    const a = defineAbilityFor({
      userId: ME,
      platformAdmin: true,
      memberships: MEMBER_ACTOR_NAMES.flatMap((n) => ACTORS[n].memberships),
    });
    expect(a.can('update', published())).toBe(false);
    expect(a.can('delete', published())).toBe(false);
  });

  it.each(['COMPANY_ADMIN', 'ESTATE_MANAGER'] as const)('%s edits a draft', (name) => {
    expect(ability(name).can('update', draft())).toBe(true);
  });

  it.each(['QUALITY_AUDITOR', 'HQ_VIEWER_COMPANY', 'ESTATE_STAFF', 'COMMITTEE_MEMBER'] as const)(
    '%s does not edit a draft',
    (name) => {
      expect(ability(name).can('update', draft())).toBe(false);
    },
  );
});

describe('field-level rules: personal data', () => {
  const fields = (a: AppAbility, r: ReturnType<typeof row>, all: string[]) =>
    permittedFieldsOf(a, 'read', r, { fieldsFrom: (rule) => rule.fields ?? all }).sort();
  const staffWithout = STAFF_FIELDS.filter(
    (f) => !(STAFF_PERSONAL_FIELDS as readonly string[]).includes(f),
  ).sort();
  const userWithout = USER_FIELDS.filter(
    (f) => !(USER_PERSONAL_FIELDS as readonly string[]).includes(f),
  ).sort();

  it.each(['HQ_VIEWER_COMPANY', 'HQ_VIEWER_REGION', 'QUALITY_AUDITOR', 'ESTATE_STAFF'] as const)(
    '%s reads Staff but none of STAFF_PERSONAL_FIELDS',
    (name) => {
      const a = ability(name);
      const staff = row('Staff', HOME);
      expect(a.can('read', staff)).toBe(true);
      expect(a.can('read', staff, 'name')).toBe(true);
      for (const f of STAFF_PERSONAL_FIELDS) expect(a.can('read', staff, f), f).toBe(false);
      expect(fields(a, staff, STAFF_FIELDS)).toEqual(staffWithout);
    },
  );

  it.each(['COMPANY_ADMIN', 'ESTATE_MANAGER'] as const)('%s reads every Staff field', (name) => {
    const a = ability(name);
    const staff = row('Staff', HOME);
    for (const f of STAFF_PERSONAL_FIELDS) expect(a.can('read', staff, f), f).toBe(true);
    expect(fields(a, staff, STAFF_FIELDS)).toEqual([...STAFF_FIELDS].sort());
  });

  it.each(MEMBER_ACTOR_NAMES)('%s gets no field of a Staff row of another company', (name) => {
    const a = ability(name);
    expect(fields(a, row('Staff', FOREIGN), STAFF_FIELDS)).toEqual([]);
    expect(a.can('read', row('Staff', FOREIGN_COLLIDING), 'name')).toBe(false);
  });

  it('the estate manager gets no field of Staff outside its estates', () => {
    expect(fields(ability('ESTATE_MANAGER'), row('Staff', AWAY), STAFF_FIELDS)).toEqual([]);
  });

  it('estate staff read their own personal data and their own certificates’ scans, no one else’s', () => {
    const a = ability('ESTATE_STAFF');
    for (const f of STAFF_PERSONAL_FIELDS) {
      expect(a.can('read', row('Staff', HOME, { userId: ME }), f), f).toBe(true);
      expect(a.can('read', row('Staff', HOME, { userId: 'someone-else' }), f), f).toBe(false);
    }
    expect(a.can('read', row('Certificate', HOME, { staffUserId: ME }), 'scanFileId')).toBe(true);
    expect(a.can('read', row('Certificate', HOME, { staffUserId: 'someone-else' }), 'scanFileId')).toBe(
      false,
    );
    expect(a.can('read', row('Certificate', HOME, { staffUserId: 'someone-else' }), 'kind')).toBe(true);
  });

  it.each(['HQ_VIEWER_COMPANY', 'QUALITY_AUDITOR'] as const)('%s never reads a certificate scan', (name) => {
    const a = ability(name);
    expect(a.can('read', row('Certificate', HOME), 'expiresOn')).toBe(true);
    for (const f of CERTIFICATE_PERSONAL_FIELDS)
      expect(a.can('read', row('Certificate', HOME), f), f).toBe(false);
  });

  it.each(['COMPANY_ADMIN', 'ESTATE_MANAGER'] as const)('%s reads certificate scans', (name) => {
    expect(ability(name).can('read', row('Certificate', HOME), 'scanFileId')).toBe(true);
  });

  it('the committee member gets no Staff field at all', () => {
    const a = ability('COMMITTEE_MEMBER');
    expect(fields(a, row('Staff', HOME), STAFF_FIELDS)).toEqual([]);
    expect(a.can('read', row('Staff', HOME), 'name')).toBe(false);
  });

  it('the auditor reads users but not USER_PERSONAL_FIELDS; the company admin reads them', () => {
    const user = () => row('User', HOME);
    const auditor = ability('QUALITY_AUDITOR');
    for (const f of USER_PERSONAL_FIELDS) expect(auditor.can('read', user(), f), f).toBe(false);
    expect(fields(auditor, user(), USER_FIELDS)).toEqual(userWithout);
    const admin = ability('COMPANY_ADMIN');
    for (const f of USER_PERSONAL_FIELDS) expect(admin.can('read', user(), f), f).toBe(true);
    expect(fields(admin, user(), USER_FIELDS)).toEqual([...USER_FIELDS].sort());
  });

  // A person may hold several memberships in the company the session works in (Actor.memberships).
  // A field restriction that comes with a lesser role must not take away what a greater role
  // grants on the same rows, and the result must not depend on the order of the memberships.
  describe('several memberships: a lesser role does not hide fields a greater one grants', () => {
    const manager = membership('ESTATE_MANAGER', HOME_ESTATES);
    const viewer = membership('HQ_VIEWER', COMPANY_SCOPE);
    const staffElsewhere = membership('ESTATE_STAFF', { kind: 'ESTATES', estateIds: [E_C] });
    const admin = membership('COMPANY_ADMIN', COMPANY_SCOPE);
    const auditor = membership('QUALITY_AUDITOR', COMPANY_SCOPE);

    it.each([
      ['HQ viewer, then manager', [viewer, manager]],
      ['manager, then HQ viewer', [manager, viewer]],
      ['staff elsewhere, then manager', [staffElsewhere, manager]],
      ['manager, then staff elsewhere', [manager, staffElsewhere]],
    ] as const)('%s: the manager reads staff phones of its own estate only', (_label, ms) => {
      const a = defineAbilityFor(actorWith(...ms));
      expect(a.can('read', row('Staff', HOME), 'phone')).toBe(true);
      expect(a.can('read', row('Staff', AWAY), 'phone')).toBe(false);
      expect(a.can('read', row('Staff', AWAY), 'name')).toBe(true);
    });

    it.each([
      ['auditor, then admin', [auditor, admin]],
      ['admin, then auditor', [admin, auditor]],
    ] as const)('%s: the company admin reads personal fields', (_label, ms) => {
      const a = defineAbilityFor(actorWith(...ms));
      expect(a.can('read', row('User', HOME), 'email')).toBe(true);
      expect(a.can('read', row('Staff', AWAY), 'phone')).toBe(true);
    });
  });
});

describe('subjects must be tagged', () => {
  it('refuses to guess the type of an untagged row', () => {
    const a = ability('COMPANY_ADMIN');
    expect(() => a.can('read', { id: E_A, companyId: C1 })).toThrow(/Untagged subject/);
  });

  it('a type-level check says whether some row could be allowed', () => {
    expect(ability('ESTATE_STAFF').can('update', 'WorkOrder')).toBe(true);
    expect(ability('ESTATE_STAFF').can('update', 'MonthlyFigure')).toBe(false);
  });
});

describe('estate-level members and regions', () => {
  it.each(['ESTATE_MANAGER', 'ESTATE_STAFF', 'COMMITTEE_MEMBER'] as const)(
    '%s reads the region of its estates, not the company’s other regions',
    (role) => {
      const a = defineAbilityFor(actorWith(membership(role, HOME_ESTATES)));
      expect(a.can('read', row('Region', HOME))).toBe(true);
      expect(a.can('read', row('Region', AWAY))).toBe(false);
      expect(a.can('read', row('Region', FOREIGN_COLLIDING))).toBe(false);
      expect(allowedActions(a, row('Region', HOME))).toEqual(['read']);
    },
  );

  it.each(['ESTATE_MANAGER', 'ESTATE_STAFF', 'COMMITTEE_MEMBER'] as const)(
    '%s with estates outside any region reads no region',
    (role) => {
      const a = defineAbilityFor(actorWith(membership(role, { kind: 'ESTATES', estateIds: [E_A] })));
      expect(a.can('read', row('Region', HOME))).toBe(false);
      expect(a.can('read', 'Region')).toBe(false);
    },
  );

  it('a manager over two estates in two regions reads both regions', () => {
    const a = defineAbilityFor(
      actorWith(
        membership('ESTATE_MANAGER', { kind: 'ESTATES', estateIds: [E_A, E_C], regionIds: [NORTH, SOUTH] }),
      ),
    );
    expect(a.can('read', row('Region', HOME))).toBe(true);
    expect(a.can('read', row('Region', AWAY))).toBe(true);
  });
});

describe('staffing templates: HQ keeps them, estates start from them', () => {
  const template = (p: Place = HOME) => row('StaffingTemplate', p, { name: '标准编制' });
  const expected: [ActorName, readonly Action[]][] = [
    ['COMPANY_ADMIN', EVERY],
    ['QUALITY_AUDITOR', R],
    ['HQ_VIEWER_COMPANY', R],
    // A template belongs to no estate or region: a viewer of one region reads them all.
    ['HQ_VIEWER_REGION', R],
    ['ESTATE_MANAGER', R],
    ['ESTATE_STAFF', []],
    ['COMMITTEE_MEMBER', []],
    ['PLATFORM_ADMIN', []],
  ];
  it.each(expected)('%s on a template of its company: %j', (name, actions) => {
    expect(allowedActions(ability(name), template())).toEqual(ordered(actions));
    expect(allowedActions(ability(name), template(FOREIGN))).toEqual([]);
  });

  it('only the company admin may create one (type-level check, as the API makes it)', () => {
    const creators = ACTOR_NAMES.filter((n) => ability(n).can('create', 'StaffingTemplate'));
    expect(creators).toEqual(['COMPANY_ADMIN']);
  });
});

describe('estate staff and work orders: theirs, their department’s, what they logged', () => {
  const DEPT = 'dept-engineering';
  const OTHER_DEPT = 'dept-cleaning';
  const staff = defineAbilityFor(
    actorWith(membership('ESTATE_STAFF', { ...HOME_ESTATES, departmentIds: [DEPT] })),
  );
  const noDepartment = ability('ESTATE_STAFF');
  const order = (p: Place, extra: Row = {}) =>
    row('WorkOrder', p, {
      assigneeUserId: SOMEONE_ELSE,
      createdBy: SOMEONE_ELSE,
      departmentId: OTHER_DEPT,
      ...extra,
    });
  const f = WORK_ORDER_STEP_FIELDS;
  const steps = (a: AppAbility, r: ReturnType<typeof row>) =>
    Object.entries(f)
      .filter(([, field]) => a.can('update', r, field))
      .map(([step]) => step);

  it('reads an order assigned to them, logged by them or of their department, and nothing else', () => {
    expect(staff.can('read', order(HOME, { assigneeUserId: ME }))).toBe(true);
    expect(staff.can('read', order(HOME, { createdBy: ME }))).toBe(true);
    expect(staff.can('read', order(HOME, { departmentId: DEPT }))).toBe(true);
    expect(staff.can('read', order(HOME))).toBe(false);
    expect(staff.can('read', order(HOME, { departmentId: null }))).toBe(false);
    expect(noDepartment.can('read', order(HOME, { departmentId: DEPT }))).toBe(false);
    for (const p of [SIBLING, AWAY, FOREIGN, FOREIGN_COLLIDING])
      expect(staff.can('read', order(p, { assigneeUserId: ME, createdBy: ME, departmentId: DEPT }))).toBe(
        false,
      );
  });

  it('the assignee hands over, arrives and completes; whoever logged it dispatches, calls back and closes', () => {
    expect(steps(staff, order(HOME, { assigneeUserId: ME }))).toEqual(['DISPATCH', 'ARRIVE', 'COMPLETE']);
    expect(steps(staff, order(HOME, { createdBy: ME }))).toEqual(['DISPATCH', 'CALLBACK', 'CLOSE']);
    expect(steps(staff, order(HOME, { departmentId: DEPT }))).toEqual(['DISPATCH']);
    expect(steps(staff, order(HOME))).toEqual([]);
    // The repairer who also logged the order does every step (a patrol finds and fixes a fault).
    expect(steps(staff, order(HOME, { assigneeUserId: ME, createdBy: ME }))).toEqual(Object.keys(f));
  });

  it.each(['COMPANY_ADMIN', 'ESTATE_MANAGER'] as const)(
    '%s takes every step of any order of its scope',
    (name) => {
      expect(steps(ability(name), order(HOME))).toEqual(Object.keys(f));
    },
  );

  it.each(['QUALITY_AUDITOR', 'HQ_VIEWER_COMPANY', 'HQ_VIEWER_REGION'] as const)(
    '%s reads but takes no step',
    (name) => {
      expect(ability(name).can('read', order(HOME))).toBe(true);
      expect(steps(ability(name), order(HOME))).toEqual([]);
    },
  );

  it('the reporter’s name and phone reach the manager, admins, the assignee and whoever logged it only', () => {
    const personal = (a: AppAbility, r: ReturnType<typeof row>) =>
      WORK_ORDER_PERSONAL_FIELDS.every((field) => a.can('read', r, field));
    for (const name of ['COMPANY_ADMIN', 'ESTATE_MANAGER'] as const)
      expect(personal(ability(name), order(HOME))).toBe(true);
    for (const name of ['QUALITY_AUDITOR', 'HQ_VIEWER_COMPANY', 'HQ_VIEWER_REGION'] as const) {
      for (const field of WORK_ORDER_PERSONAL_FIELDS)
        expect(ability(name).can('read', order(HOME), field)).toBe(false);
      expect(ability(name).can('read', order(HOME), 'description')).toBe(true);
    }
    expect(personal(staff, order(HOME, { assigneeUserId: ME }))).toBe(true);
    expect(personal(staff, order(HOME, { createdBy: ME }))).toBe(true);
    const colleague = order(HOME, { departmentId: DEPT });
    expect(staff.can('read', colleague, 'description')).toBe(true);
    for (const field of WORK_ORDER_PERSONAL_FIELDS) expect(staff.can('read', colleague, field)).toBe(false);
    const committee = ability('COMMITTEE_MEMBER');
    expect(committee.can('read', order(HOME))).toBe(false);
    for (const field of WORK_ORDER_PERSONAL_FIELDS)
      expect(committee.can('read', order(HOME), field)).toBe(false);
  });
});

describe('complaints: the first receiver owns the case (首问责任制)', () => {
  const DEPT = 'dept-security';
  const staff = defineAbilityFor(
    actorWith(membership('ESTATE_STAFF', { ...HOME_ESTATES, departmentIds: [DEPT] })),
  );
  const complaint = (p: Place, extra: Row = {}) =>
    row('Complaint', p, { receiverUserId: SOMEONE_ELSE, departmentId: 'dept-cleaning', ...extra });
  const personal = (a: AppAbility, r: ReturnType<typeof row>) =>
    COMPLAINT_PERSONAL_FIELDS.every((f) => a.can('read', r, f));

  it('staff read what they received (with the complainant) and their department’s (without)', () => {
    expect(staff.can('read', complaint(HOME, { receiverUserId: ME }))).toBe(true);
    expect(personal(staff, complaint(HOME, { receiverUserId: ME }))).toBe(true);
    expect(staff.can('update', complaint(HOME, { receiverUserId: ME }))).toBe(true);
    expect(staff.can('read', complaint(HOME, { departmentId: DEPT }))).toBe(true);
    expect(personal(staff, complaint(HOME, { departmentId: DEPT }))).toBe(false);
    expect(staff.can('update', complaint(HOME, { departmentId: DEPT }))).toBe(false);
    expect(staff.can('read', complaint(HOME))).toBe(false);
    expect(staff.can('create', complaint(HOME))).toBe(true);
    for (const p of [SIBLING, AWAY, FOREIGN, FOREIGN_COLLIDING])
      expect(allowedActions(staff, complaint(p, { receiverUserId: ME, departmentId: DEPT }))).toEqual([]);
  });

  it('the manager and the admin read the complainant; HQ reads the complaint without; the committee nothing', () => {
    expect(personal(ability('ESTATE_MANAGER'), complaint(HOME))).toBe(true);
    expect(ability('ESTATE_MANAGER').can('update', complaint(HOME))).toBe(true);
    expect(personal(ability('COMPANY_ADMIN'), complaint(HOME))).toBe(true);
    for (const hq of ['HQ_VIEWER_COMPANY', 'HQ_VIEWER_REGION', 'QUALITY_AUDITOR'] as const) {
      expect(ability(hq).can('read', complaint(HOME))).toBe(true);
      expect(personal(ability(hq), complaint(HOME))).toBe(false);
      expect(ability(hq).can('update', complaint(HOME))).toBe(false);
    }
    expect(allowedActions(ability('COMMITTEE_MEMBER'), complaint(HOME))).toEqual([]);
    expect(allowedActions(ability('COMMITTEE_MEMBER'), row('Survey', HOME))).toEqual([]);
  });
});
