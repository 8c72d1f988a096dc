/**
 * The two staffing indicators (issue 10 item 6): training_pass and certified_on_duty computed from
 * staff records through the indicator source interface, recomputed in the transaction that
 * changed a record (`recomputeStaffingIndicators`, which the staff module calls), never touching a
 * month waiting for HQ, re-derived lazily by the nightly drift check, shown in the comparison, and
 * the drill-down from a comparison cell to the people behind the figure (names only for roles that
 * may read the estate's staff).
 */
import 'reflect-metadata';
import { type Actor, addMonths, defineAbilityFor } from '@anju/domain';
import { createMongoAbility } from '@casl/ability';
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  type GqlResult,
  startTestKit,
  type TestCompany,
  type TestKit,
  type TestUser,
  THIS_MONTH,
} from '../../../test/kit.js';
import { typeOpsFiguresByHand } from '../../../test/ops-kit.js';
import {
  addCertificate,
  addPerson,
  addTraining,
  staffedFromTemplate,
  type TeamPosition,
} from '../../../test/staffing-fixture.js';
import type { Authenticated } from '../../auth/session-cache.js';
import { withTenant } from '../../db/tenant.js';
import { createContext } from '../../graphql/context.js';
import { checkDrift } from '../jobs/index.js';
import { recomputeStaffingIndicators } from './index.js';

const M = addMonths(THIS_MONTH, -1);

let kit: TestKit;
let co: TestCompany;
let other: TestCompany;
let e0: string;
let admin: TestUser;
let auditor: TestUser;
let regionViewer: TestUser;
let manager: TestUser;
let managerOfThird: TestUser;
let staffUser: TestUser;
let committee: TestUser;
let p: Record<string, TeamPosition>;
const id: Record<string, string> = {};

const FORM = `query($e: ID!, $m: String!) { monthlyForm(estateId: $e, month: $m) { state items { indicator { code computed } figure { revision numerator denominator value source state correctionReason } } } }`;
const DRILL = `query($e: ID!, $c: String!, $m: String!) { staffingIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) {
  estateId indicatorCode month numerator denominator value namesHidden
  rows { staffId staffName positionId positionName counted reason course trainedOn certificateKind expiresOn } } }`;

type Figure = {
  revision: number;
  numerator: number;
  denominator: number;
  value: number;
  source: string;
  state: string;
};
type Drill = {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  namesHidden: boolean;
  rows: {
    staffId: string | null;
    staffName: string | null;
    positionName: string;
    counted: boolean;
    reason: string;
  }[];
};

async function figuresOf(month: string): Promise<Record<string, Figure | null>> {
  const res = await kit.gql<{
    monthlyForm: { items: { indicator: { code: string; computed: boolean }; figure: Figure | null }[] };
  }>(admin.token, FORM, { e: e0, m: month });
  expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
  const items = res.data!.monthlyForm.items.filter((i) =>
    ['training_pass', 'certified_on_duty'].includes(i.indicator.code),
  );
  expect(items.every((i) => i.indicator.computed)).toBe(true);
  return Object.fromEntries(items.map((i) => [i.indicator.code, i.figure]));
}

/** What the staff module does after writing a record: recompute in the same transaction. */
const recompute = (months: string[] = [M]) =>
  withTenant(kit.database, co.id, (tx) =>
    recomputeStaffingIndicators(tx, co.id, e0, kit.app.services.clock(), { months }),
  );

async function drill(token: string, code: string, month = M): Promise<Drill> {
  const res = await kit.gql<{ staffingIndicatorDrillDown: Drill }>(token, DRILL, {
    e: e0,
    c: code,
    m: month,
  });
  expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
  return res.data!.staffingIndicatorDrillDown;
}

async function ok(token: string, query: string, variables: Record<string, unknown>) {
  const res = await kit.gql(token, query, variables);
  if (codeOf(res) !== 'OK') throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

beforeAll(async () => {
  kit = await startTestKit();
  // These tests type figures of codes the estate's records now compute (issue 11 item 6).
  typeOpsFiguresByHand();
  [co, other] = await Promise.all([kit.company(), kit.company()]);
  e0 = co.estates[0]!.id;
  [admin, auditor, regionViewer, manager, managerOfThird, staffUser, committee] = await Promise.all([
    co.user('COMPANY_ADMIN'),
    co.user('QUALITY_AUDITOR'),
    co.user('HQ_VIEWER', { regionId: co.regions[0]!.id }),
    co.user('ESTATE_MANAGER', { estateIds: [e0] }),
    co.user('ESTATE_MANAGER', { estateIds: [co.estates[2]!.id] }),
    co.user('ESTATE_STAFF', { estateIds: [e0] }),
    co.user('COMMITTEE_MEMBER', { estateIds: [e0] }),
  ]);
  p = await staffedFromTemplate(kit, admin.token, e0);
  const person = async (key: string, code: string) => {
    id[key] = await addPerson(kit.database, co.id, e0, p[code]!, {
      name: `${key}名`,
      hireDate: '2020-01-01',
    });
  };
  await person('boss', 'ESTATE_MANAGER');
  await person('supervisor', 'SECURITY_SUPERVISOR');
  for (const g of ['g1', 'g2', 'g3']) await person(g, 'SECURITY_GUARD');
  await person('sparky', 'ELECTRICIAN_PLUMBER');
  const far = `${addMonths(THIS_MONTH, 12)}-01`;
  await addCertificate(kit.database, co.id, e0, id.g1!, 'SECURITY_GUARD', far);
  // Expires in the middle of M: expired by the month's last day.
  await addCertificate(kit.database, co.id, e0, id.g2!, 'SECURITY_GUARD', `${M}-15`);
  await addCertificate(kit.database, co.id, e0, id.sparky!, 'ELECTRICIAN', null);
  id.t1 = await addTraining(kit.database, co.id, e0, id.boss!, `${M}-05`, true, '项目管理');
  id.t2 = await addTraining(kit.database, co.id, e0, id.supervisor!, `${M}-10`, false, '消防安全');
  // A guard is not management staff: not counted in training_pass.
  await addTraining(kit.database, co.id, e0, id.g1!, `${M}-12`, true, '巡逻规范');
});
afterAll(() => kit?.close());

describe('computed staffing indicators', () => {
  it('computes both figures from the records when recomputed, as computed drafts', async () => {
    const r = await recompute();
    expect(r.written).toEqual(expect.arrayContaining([`${M}:training_pass`, `${M}:certified_on_duty`]));
    const f = await figuresOf(M);
    expect(f.training_pass).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
      source: 'COMPUTED',
      state: 'DRAFT',
    });
    // g1 and the electrician hold current certificates; g2's expired on the 15th, g3 holds none.
    expect(f.certified_on_duty).toMatchObject({
      numerator: 2,
      denominator: 4,
      value: 50,
      source: 'COMPUTED',
    });
  });

  it('follows a changed record, and writes nothing when nothing changed', async () => {
    await addCertificate(kit.database, co.id, e0, id.g3!, 'FIRE_FACILITY_OPERATOR', null);
    const r = await recompute();
    expect(r.written).toContain(`${M}:certified_on_duty`);
    expect(r.written).not.toContain(`${M}:training_pass`);
    expect((await figuresOf(M)).certified_on_duty).toMatchObject({
      revision: 1,
      numerator: 3,
      denominator: 4,
      value: 75,
    });
    expect(await recompute()).toEqual({ written: [], waiting: [] });
  });

  it('refuses the figures by hand: they are computed', async () => {
    const res = await kit.gql(
      admin.token,
      `mutation($i: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $i) { state } }`,
      {
        i: {
          estateId: e0,
          month: M,
          figures: [{ indicatorCode: 'training_pass', numerator: 2, denominator: 2 }],
        },
      },
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toContain('COMPUTED');
  });

  it('leaves a month waiting for HQ alone (the staff write goes through), and recomputes it once decided', async () => {
    await ok(admin.token, `mutation($i: EstateMonthInput!) { submitMonthlyFigures(input: $i) { state } }`, {
      i: { estateId: e0, month: M },
    });
    await addTraining(kit.database, co.id, e0, id.supervisor!, `${M}-20`, true, '消防安全补考');
    const waiting = await recompute();
    expect(waiting.waiting).toEqual([`${M}:training_pass`]);
    expect((await figuresOf(M)).training_pass).toMatchObject({
      numerator: 1,
      denominator: 2,
      state: 'SUBMITTED',
    });
    await ok(admin.token, `mutation($i: EstateMonthInput!) { approveMonthlyFigures(input: $i) { state } }`, {
      i: { estateId: e0, month: M },
    });
    // The comparison shows the approved figures, the estate's cell beside its target (100 %).
    const matrix = (await ok(
      auditor.token,
      `query($f: ComparisonFilter!) { comparisonMatrix(filter: $f) { indicators { code } rows { estateId cells { indicatorCode value numerator denominator judgement } } } }`,
      { f: { period: M, indicatorCodes: ['training_pass', 'certified_on_duty'] } },
    )) as { comparisonMatrix: { rows: { estateId: string; cells: Record<string, unknown>[] }[] } };
    const row = matrix.comparisonMatrix.rows.find((x) => x.estateId === e0)!;
    expect(row.cells).toEqual([
      { indicatorCode: 'training_pass', value: 50, numerator: 1, denominator: 2, judgement: 'MISSED' },
      { indicatorCode: 'certified_on_duty', value: 75, numerator: 3, denominator: 4, judgement: 'MISSED' },
    ]);
    const after = await recompute();
    expect(after.written).toEqual([`${M}:training_pass`]);
    // A new revision of the approved figure, as for every computed figure whose source changed.
    expect((await figuresOf(M)).training_pass).toMatchObject({
      revision: 2,
      numerator: 2,
      denominator: 3,
      state: 'DRAFT',
    });
  });

  it('is computed lazily too: the nightly drift check writes a figure nobody recomputed', async () => {
    await addTraining(kit.database, co.id, e0, id.boss!, `${THIS_MONTH}-01`, true, '安全生产');
    const drifts = await checkDrift(kit.app.services, co.id);
    expect(drifts).toContainEqual(
      expect.objectContaining({
        estateId: e0,
        month: THIS_MONTH,
        indicatorCode: 'training_pass',
        derived: { numerator: 1, denominator: 1 },
      }),
    );
    expect((await figuresOf(THIS_MONTH)).training_pass).toMatchObject({
      numerator: 1,
      denominator: 1,
      value: 100,
    });
    expect(await checkDrift(kit.app.services, co.id)).toEqual([]);
  });
});

describe('staffingIndicatorDrillDown', () => {
  it('lists the people behind training_pass, with names for the admin', async () => {
    const d = await drill(admin.token, 'training_pass');
    expect(d).toMatchObject({ numerator: 2, denominator: 3, value: 66.67, namesHidden: false });
    expect(d.rows.map((r) => [r.staffName, r.positionName, r.counted, r.reason])).toEqual([
      ['boss名', '项目经理', true, 'PASSED'],
      ['supervisor名', '秩序维护主管', false, 'FAILED'],
      ['supervisor名', '秩序维护主管', true, 'PASSED'],
    ]);
    expect(d.rows[0]!.staffId).toBe(id.boss);
  });

  it('lists the people behind certified_on_duty, with the reason each does not count', async () => {
    const d = await drill(auditor.token, 'certified_on_duty');
    expect(d).toMatchObject({ numerator: 3, denominator: 4, value: 75, namesHidden: false });
    expect(
      d.rows.map((r) => [
        r.staffName,
        r.counted,
        r.reason,
        (r as unknown as { expiresOn: string | null }).expiresOn,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['g2名', false, 'EXPIRED', `${M}-15`],
        ['g3名', true, 'CERTIFIED', null],
        ['sparky名', true, 'CERTIFIED', null],
      ]),
    );
    expect((await drill(regionViewer.token, 'certified_on_duty')).rows).toHaveLength(4);
    expect((await drill(manager.token, 'certified_on_duty')).namesHidden).toBe(false);
  });

  it('hides names and staff ids from a role that may not read the estate’s staff', async () => {
    // No role of today reads figures but not staff; a viewer stripped of Staff stands in for one.
    const actor: Actor = {
      userId: regionViewer.id,
      platformAdmin: false,
      memberships: [
        {
          role: 'HQ_VIEWER',
          companyId: co.id,
          scope: { kind: 'REGION', regionId: co.regions[0]!.id, estateIds: [e0, co.estates[1]!.id] },
        },
      ],
    };
    const base = defineAbilityFor(actor);
    const ability = createMongoAbility(
      [...base.rules, { action: 'read', subject: 'Staff', inverted: true }],
      {
        detectSubjectType: (o) => base.detectSubjectType(o),
      },
    ) as typeof base;
    const auth = {
      session: { sessionId: 'staffing-test', userId: regionViewer.id, companyId: co.id },
      actor,
      ability,
    } as unknown as Authenticated;
    const run = async <T>(source: string, variableValues: Record<string, unknown>) => {
      const res = (await graphql({
        schema: kit.app.schema,
        source,
        variableValues,
        contextValue: createContext(kit.app.services, auth, { requestId: 'staffing-test' }),
      })) as GqlResult<T>;
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data!;
    };
    const { staffingIndicatorDrillDown: d } = await run<{ staffingIndicatorDrillDown: Drill }>(DRILL, {
      e: e0,
      c: 'training_pass',
      m: M,
    });
    expect(d).toMatchObject({ numerator: 2, denominator: 3, namesHidden: true });
    expect(d.rows.map((r) => [r.staffId, r.staffName, r.positionName, r.reason])).toEqual([
      [null, null, '项目经理', 'PASSED'],
      [null, null, '秩序维护主管', 'FAILED'],
      [null, null, '秩序维护主管', 'PASSED'],
    ]);
    expect(JSON.stringify(d)).not.toContain('boss名');
    const { staffingCompliance: c } = await run<{
      staffingCompliance: {
        namesHidden: boolean;
        certificateIssues: { staffName: string | null; staffId: string | null }[];
      };
    }>(
      `query($e: ID!) { staffingCompliance(estateId: $e) { namesHidden certificateIssues { staffId staffName state } } }`,
      {
        e: e0,
      },
    );
    expect(c.namesHidden).toBe(true);
    expect(c.certificateIssues.length).toBeGreaterThan(0);
    expect(c.certificateIssues.every((i) => i.staffName === null && i.staffId === null)).toBe(true);
  });

  it('refuses staff, committee and other estates; checks its arguments', async () => {
    for (const u of [staffUser, committee, managerOfThird])
      expect(codeOf(await kit.gql(u.token, DRILL, { e: e0, c: 'training_pass', m: M }))).toBe('NOT_FOUND');
    const admin2 = await other.user('COMPANY_ADMIN');
    expect(codeOf(await kit.gql(admin2.token, DRILL, { e: e0, c: 'training_pass', m: M }))).toBe('NOT_FOUND');
    for (const [c, m] of [
      ['fee_collection', M],
      ['training_pass', '2025-13'],
      ['training_pass', addMonths(THIS_MONTH, 1)],
    ] as const)
      expect(codeOf(await kit.gql(admin.token, DRILL, { e: e0, c, m })), `${c} ${m}`).toBe('BAD_USER_INPUT');
    // Nothing to count that month: no figure, no rows.
    expect(await drill(admin.token, 'training_pass', addMonths(THIS_MONTH, -6))).toMatchObject({
      numerator: null,
      denominator: null,
      value: null,
      rows: [],
    });
  });
});

describe('recomputed by the staff module’s own writes', () => {
  it('a training record added through addStaffTraining recomputes training_pass of its month', async () => {
    const before = (await figuresOf(THIS_MONTH)).training_pass;
    const res = await kit.gql<{ addStaffTraining: { id: string } }>(
      admin.token,
      `mutation($input: AddStaffTrainingInput!) { addStaffTraining(input: $input) { id } }`,
      {
        input: {
          staffId: id.boss,
          course: '物业服务标准',
          trainedOn: `${THIS_MONTH}-01`,
          hours: 2,
          passed: true,
        },
      },
    );
    expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
    const after = (await figuresOf(THIS_MONTH)).training_pass;
    expect(after).toMatchObject({ source: 'COMPUTED', numerator: (before?.numerator ?? 0) + 1 });
    expect(after!.denominator).toBe((before?.denominator ?? 0) + 1);
    // Deleting it again takes it out of the figure in the same way.
    const del = await kit.gql(admin.token, `mutation($id: ID!) { deleteStaffTraining(id: $id) }`, {
      id: res.data!.addStaffTraining.id,
    });
    expect(codeOf(del)).toBe('OK');
    const again = (await figuresOf(THIS_MONTH)).training_pass;
    expect(again?.denominator ?? 0).toBe(before?.denominator ?? 0);
  });
});
