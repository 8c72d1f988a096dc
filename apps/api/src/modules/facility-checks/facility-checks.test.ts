import 'reflect-metadata';
/**
 * Facility checks through GraphQL (issue 11 items 5, 6, 9): each class's check feeds its own
 * intact rate (items intact / items checked over the month's checks), recomputed in the writing
 * transaction for that estate and month; the drill-down; bad input and refused roles.
 */
import { addMonths, FACILITY_CLASS_INDICATOR, FACILITY_CLASSES } from '@anju/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  startTestKit,
  type TestCompany,
  type TestKit,
  type TestUser,
  THIS_MONTH,
} from '../../../test/kit.js';
import { okOf, reasonsOf, storedFigure } from '../../../test/ops-kit.js';

let kit: TestKit;
let co: TestCompany;
let viewer: TestUser;
let manager: TestUser;
let staff: TestUser;
let committee: TestUser;
let estate: string;
const LAST = addMonths(THIS_MONTH, -1);

const OUT = 'id facilityClass checkedOn itemsChecked itemsIntact defects checker note version';
const CREATE = `mutation($i: CreateFacilityCheckInput!) { createFacilityCheck(input: $i) { ${OUT} } }`;
const UPDATE = `mutation($i: UpdateFacilityCheckInput!) { updateFacilityCheck(input: $i) { ${OUT} } }`;
const LIST = `query($f: FacilityCheckFilter!) { facilityChecks(filter: $f) { ${OUT} } }`;
const DRILL = `query($e: ID!, $c: String!, $m: String!) { facilityCheckIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) { facilityClass numerator denominator value rows { id itemsChecked itemsIntact defects } } }`;

interface Out {
  id: string;
  facilityClass: string;
  itemsChecked: number;
  itemsIntact: number;
  version: number;
}

beforeAll(async () => {
  kit = await startTestKit();
  co = await kit.company();
  estate = co.estates[0]!.id;
  [viewer, manager, staff, committee] = await Promise.all([
    co.user('HQ_VIEWER'),
    co.user('ESTATE_MANAGER'),
    co.user('ESTATE_STAFF'),
    co.user('COMMITTEE_MEMBER'),
  ]);
});
afterAll(() => kit?.close());

const input = (over: Record<string, unknown> = {}) => ({
  estateId: estate,
  facilityClass: 'STREET_LIGHT',
  checkedOn: `${LAST}-15`,
  itemsChecked: 40,
  itemsIntact: 38,
  defects: '2 盏灯不亮',
  checker: '李工',
  ...over,
});

describe('facility checks', () => {
  it('each class feeds its own intact rate, summed over the month’s checks', async () => {
    for (const [i, facilityClass] of FACILITY_CLASSES.entries())
      await okOf(kit, staff.token, CREATE, {
        i: input({ facilityClass, itemsChecked: 10 + i, itemsIntact: 10 + i, defects: null }),
      });
    await okOf(kit, staff.token, CREATE, { i: input() });
    for (const [i, facilityClass] of FACILITY_CLASSES.entries()) {
      const code = FACILITY_CLASS_INDICATOR[facilityClass];
      const expected =
        facilityClass === 'STREET_LIGHT'
          ? { numerator: 10 + i + 38, denominator: 10 + i + 40 }
          : { numerator: 10 + i, denominator: 10 + i };
      expect(await storedFigure(kit, estate, LAST, code), code).toMatchObject({
        ...expected,
        source: 'COMPUTED',
      });
    }
    expect(await storedFigure(kit, co.estates[1]!.id, LAST, 'streetlight_intact')).toBeNull();
    const drill = (
      await okOf<{
        facilityCheckIndicatorDrillDown: {
          facilityClass: string;
          numerator: number;
          denominator: number;
          rows: unknown[];
        };
      }>(kit, viewer.token, DRILL, { e: estate, c: 'streetlight_intact', m: LAST })
    ).facilityCheckIndicatorDrillDown;
    expect(drill).toMatchObject({ facilityClass: 'STREET_LIGHT', numerator: 50, denominator: 52 });
    expect(drill.rows).toHaveLength(2);
  });

  it('lists by year: the month’s year holds its checks, another year none', async () => {
    const year = Number(LAST.slice(0, 4));
    const list = async (f: Record<string, unknown>) =>
      (
        await okOf<{ facilityChecks: Out[] }>(kit, manager.token, LIST, {
          f: { estateId: estate, facilityClass: 'GREENERY', ...f },
        })
      ).facilityChecks;
    const inMonth = await list({ month: LAST });
    expect(inMonth.length).toBeGreaterThan(0);
    expect((await list({ year })).map((c) => c.id)).toEqual(expect.arrayContaining(inMonth.map((c) => c.id)));
    expect(await list({ year: year + 1 })).toHaveLength(0);
    expect(await list({ year: year + 1, month: LAST })).toHaveLength(0);
  });

  it('a correction moves the figure; a stale version is refused', async () => {
    const [check] = (
      await okOf<{ facilityChecks: Out[] }>(kit, manager.token, LIST, {
        f: { estateId: estate, month: LAST, facilityClass: 'GREENERY' },
      })
    ).facilityChecks;
    const fixed = (
      await okOf<{ updateFacilityCheck: Out }>(kit, manager.token, UPDATE, {
        i: {
          ...input({
            facilityClass: 'GREENERY',
            itemsChecked: 5000,
            itemsIntact: 4900,
            defects: '草坪斑秃 100 m²',
          }),
          estateId: undefined,
          id: check!.id,
          version: check!.version,
        },
      })
    ).updateFacilityCheck;
    expect(fixed.version).toBe(check!.version + 1);
    expect(await storedFigure(kit, estate, LAST, 'greenery_intact')).toMatchObject({
      numerator: 4900,
      denominator: 5000,
    });
    const stale = await kit.gql(manager.token, UPDATE, {
      i: {
        ...input({ facilityClass: 'GREENERY' }),
        estateId: undefined,
        id: check!.id,
        version: check!.version,
      },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('refuses more intact than checked, a missing defect note, a future day; and other roles', async () => {
    expect(reasonsOf(await kit.gql(staff.token, CREATE, { i: input({ itemsIntact: 41 }) }))).toEqual([
      'itemsIntact:EXCEEDS_CHECKED',
    ]);
    expect(reasonsOf(await kit.gql(staff.token, CREATE, { i: input({ defects: '' }) }))).toEqual([
      'defects:REQUIRED',
    ]);
    expect(reasonsOf(await kit.gql(staff.token, CREATE, { i: input({ checkedOn: '2999-01-01' }) }))).toEqual([
      'checkedOn:FUTURE',
    ]);
    expect(
      reasonsOf(await kit.gql(staff.token, CREATE, { i: input({ itemsChecked: 0, checker: '' }) })),
    ).toEqual(['itemsChecked:TOO_SMALL', 'checker:REQUIRED']);
    expect(codeOf(await kit.gql(viewer.token, CREATE, { i: input({ itemsChecked: -1 }) }))).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(committee.token, CREATE, { i: input() }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(committee.token, LIST, { f: { estateId: estate } }))).toBe('NOT_FOUND');
  });
});
