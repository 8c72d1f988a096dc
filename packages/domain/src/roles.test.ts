import { describe, expect, it } from 'vitest';
import {
  type FieldProblem,
  MEMBERSHIP_ROLES,
  type MembershipRole,
  type MembershipScopeInput,
  ROLE_LABELS,
  ROLE_SCOPES,
  ROLES,
  SCOPE_KINDS,
  type ScopeKind,
  scopeKindOf,
  validateMembershipScope,
} from './index.js';

const problem = (path: (string | number)[], reason: string): FieldProblem => ({
  path,
  reason,
  message: expect.stringMatching(/\S/) as unknown as string,
});

/** One input per scope kind, as a client would send it. */
const SCOPE_INPUTS: Record<ScopeKind, Omit<MembershipScopeInput, 'role'>> = {
  COMPANY: { regionId: null, estateIds: [] },
  REGION: { regionId: 'region-1', estateIds: [] },
  ESTATES: { regionId: null, estateIds: ['estate-1'] },
};

/** What each role × scope kind yields: `ok`, or the one problem expected (relative path, reason). */
type Outcome = 'ok' | [string, string];
const EXPECTED: Record<MembershipRole, Record<ScopeKind, Outcome>> = {
  COMPANY_ADMIN: {
    COMPANY: 'ok',
    REGION: ['regionId', 'NOT_ALLOWED'],
    ESTATES: ['estateIds', 'NOT_ALLOWED'],
  },
  QUALITY_AUDITOR: {
    COMPANY: 'ok',
    REGION: ['regionId', 'NOT_ALLOWED'],
    ESTATES: ['estateIds', 'NOT_ALLOWED'],
  },
  HQ_VIEWER: { COMPANY: 'ok', REGION: 'ok', ESTATES: ['estateIds', 'NOT_ALLOWED'] },
  ESTATE_MANAGER: { COMPANY: ['estateIds', 'REQUIRED'], REGION: ['estateIds', 'REQUIRED'], ESTATES: 'ok' },
  ESTATE_STAFF: { COMPANY: ['estateIds', 'REQUIRED'], REGION: ['estateIds', 'REQUIRED'], ESTATES: 'ok' },
  COMMITTEE_MEMBER: { COMPANY: ['estateIds', 'REQUIRED'], REGION: ['estateIds', 'REQUIRED'], ESTATES: 'ok' },
};

const CASES = MEMBERSHIP_ROLES.flatMap((role) =>
  SCOPE_KINDS.map((kind) => ({ role, kind, outcome: EXPECTED[role][kind] })),
);

describe('role constants', () => {
  it('membership roles are every role but the platform admin', () => {
    expect(MEMBERSHIP_ROLES).not.toContain('PLATFORM_ADMIN');
    expect([...MEMBERSHIP_ROLES, 'PLATFORM_ADMIN'].sort()).toEqual([...ROLES].sort());
  });

  it('every membership role accepts at least one known scope, and the table above covers them all', () => {
    expect(Object.keys(ROLE_SCOPES).sort()).toEqual([...MEMBERSHIP_ROLES].sort());
    expect(Object.keys(EXPECTED).sort()).toEqual([...MEMBERSHIP_ROLES].sort());
    for (const role of MEMBERSHIP_ROLES) {
      expect(ROLE_SCOPES[role].length).toBeGreaterThan(0);
      for (const kind of ROLE_SCOPES[role]) expect(SCOPE_KINDS).toContain(kind);
    }
  });

  it('the accepted scopes agree with the validation table', () => {
    for (const role of MEMBERSHIP_ROLES) {
      const accepted = SCOPE_KINDS.filter((k) => EXPECTED[role][k] === 'ok');
      expect([...ROLE_SCOPES[role]].sort(), role).toEqual(accepted.sort());
    }
  });

  it('every role has a Chinese and an English label', () => {
    for (const role of ROLES) {
      expect(ROLE_LABELS[role].zh, role).toMatch(/\S/);
      expect(ROLE_LABELS[role].en, role).toMatch(/\S/);
    }
  });
});

describe('scopeKindOf', () => {
  it.each([
    [{}, 'COMPANY'],
    [{ regionId: null, estateIds: null }, 'COMPANY'],
    [{ regionId: '', estateIds: [] }, 'COMPANY'],
    [{ estateIds: [] }, 'COMPANY'],
    [{ regionId: 'region-1' }, 'REGION'],
    [{ regionId: 'region-1', estateIds: [] }, 'REGION'],
    [{ regionId: 'region-1', estateIds: null }, 'REGION'],
    [{ estateIds: ['estate-1'] }, 'ESTATES'],
    [{ estateIds: ['estate-1', 'estate-2'] }, 'ESTATES'],
    // Estates win over a region (validateMembershipScope reports the conflict).
    [{ regionId: 'region-1', estateIds: ['estate-1'] }, 'ESTATES'],
  ] as const)('%j is %s', (scope, kind) => {
    expect(scopeKindOf({ role: 'HQ_VIEWER', ...scope })).toBe(kind);
  });

  it('does not depend on the role', () => {
    for (const role of MEMBERSHIP_ROLES) {
      for (const kind of SCOPE_KINDS) expect(scopeKindOf({ role, ...SCOPE_INPUTS[kind] })).toBe(kind);
    }
  });
});

describe('validateMembershipScope: role × scope kind', () => {
  it.each(CASES)('$role with a $kind scope: $outcome', ({ role, kind, outcome }) => {
    const input = { role, ...SCOPE_INPUTS[kind] };
    expect(validateMembershipScope(input)).toEqual(
      outcome === 'ok' ? [] : [problem([outcome[0]], outcome[1])],
    );
  });

  it.each(CASES)('$role with a $kind scope, nested under a path', ({ role, kind, outcome }) => {
    const input = { role, ...SCOPE_INPUTS[kind] };
    const at = ['memberships', 2];
    expect(validateMembershipScope(input, at)).toEqual(
      outcome === 'ok' ? [] : [problem([...at, outcome[0]], outcome[1])],
    );
  });

  it.each(MEMBERSHIP_ROLES)('%s: an omitted scope is the company scope', (role) => {
    const outcome = EXPECTED[role].COMPANY;
    expect(validateMembershipScope({ role })).toEqual(
      outcome === 'ok' ? [] : [problem([outcome[0]], outcome[1])],
    );
  });

  it('an estate role with several estates is fine, except for the committee member', () => {
    const estateIds = ['estate-1', 'estate-2', 'estate-3'];
    expect(validateMembershipScope({ role: 'ESTATE_MANAGER', estateIds })).toEqual([]);
    expect(validateMembershipScope({ role: 'ESTATE_STAFF', estateIds })).toEqual([]);
  });

  it('does not mutate the path it is given', () => {
    const at = ['memberships', 0];
    validateMembershipScope({ role: 'COMPANY_ADMIN', regionId: 'region-1' }, at);
    expect(at).toEqual(['memberships', 0]);
  });
});

describe('validateMembershipScope: invalid role', () => {
  it.each(['PLATFORM_ADMIN', 'OWNER', '', 'company_admin'])(
    'refuses role %j, and nothing else is checked',
    (role) => {
      const input = { role: role as MembershipRole, regionId: 'region-1', estateIds: ['e', 'e'] };
      expect(validateMembershipScope(input, ['memberships', 1])).toEqual([
        problem(['memberships', 1, 'role'], 'INVALID'),
      ]);
    },
  );
});

describe('validateMembershipScope: committee member has exactly one estate', () => {
  it('one estate is fine', () => {
    expect(validateMembershipScope({ role: 'COMMITTEE_MEMBER', estateIds: ['estate-1'] })).toEqual([]);
  });

  it('no estate is REQUIRED', () => {
    expect(validateMembershipScope({ role: 'COMMITTEE_MEMBER', estateIds: [] })).toEqual([
      problem(['estateIds'], 'REQUIRED'),
    ]);
    expect(validateMembershipScope({ role: 'COMMITTEE_MEMBER', estateIds: null })).toEqual([
      problem(['estateIds'], 'REQUIRED'),
    ]);
  });

  it('two estates are TOO_MANY', () => {
    expect(
      validateMembershipScope({ role: 'COMMITTEE_MEMBER', estateIds: ['estate-1', 'estate-2'] }, ['m', 0]),
    ).toEqual([{ ...problem(['m', 0, 'estateIds'], 'TOO_MANY'), params: { max: 1 } }]);
  });

  it('the same estate twice is both TOO_MANY and DUPLICATE', () => {
    expect(
      validateMembershipScope({ role: 'COMMITTEE_MEMBER', estateIds: ['estate-1', 'estate-1'] }),
    ).toEqual([
      { ...problem(['estateIds'], 'TOO_MANY'), params: { max: 1 } },
      problem(['estateIds'], 'DUPLICATE'),
    ]);
  });
});

describe('validateMembershipScope: duplicate estates', () => {
  it.each(['ESTATE_MANAGER', 'ESTATE_STAFF'] as const)('%s with an estate listed twice', (role) => {
    expect(
      validateMembershipScope({ role, estateIds: ['estate-1', 'estate-2', 'estate-1'] }, ['memberships', 0]),
    ).toEqual([problem(['memberships', 0, 'estateIds'], 'DUPLICATE')]);
  });

  it('a role that takes no estates reports both problems', () => {
    expect(validateMembershipScope({ role: 'COMPANY_ADMIN', estateIds: ['estate-1', 'estate-1'] })).toEqual([
      problem(['estateIds'], 'NOT_ALLOWED'),
      problem(['estateIds'], 'DUPLICATE'),
    ]);
  });
});

describe('validateMembershipScope: region and estates together', () => {
  it.each(MEMBERSHIP_ROLES)('%s: CONFLICT on regionId, and nothing else', (role) => {
    const input = { role, regionId: 'region-1', estateIds: ['estate-1', 'estate-1', 'estate-2'] };
    expect(validateMembershipScope(input, ['memberships', 3])).toEqual([
      problem(['memberships', 3, 'regionId'], 'CONFLICT'),
    ]);
  });

  it('an empty estate list next to a region is no conflict', () => {
    expect(validateMembershipScope({ role: 'HQ_VIEWER', regionId: 'region-1', estateIds: [] })).toEqual([]);
  });
});
