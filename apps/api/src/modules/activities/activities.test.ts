import 'reflect-metadata';
/**
 * Community activities and the special-services menu through GraphQL (issue 11 items 5, 6, 9):
 * culture_activities counts the month's activities; special_services counts the services on the
 * menu on the month's last day (started from the ten presets, edited, taken off with a date); the
 * drill-down; who may do what.
 */
import { addMonths, monthBounds, SPECIAL_SERVICE_PRESETS } from '@anju/domain';
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
const TWO_AGO = addMonths(THIS_MONTH, -2);

const A_OUT = 'id heldOn title attendance place note version';
const S_OUT = 'id name price unit description activeFrom activeUntil active version';
const CREATE_A = `mutation($i: CreateCommunityActivityInput!) { createCommunityActivity(input: $i) { ${A_OUT} } }`;
const UPDATE_A = `mutation($i: UpdateCommunityActivityInput!) { updateCommunityActivity(input: $i) { ${A_OUT} } }`;
const LIST_A = `query($e: ID!, $y: Int) { communityActivities(estateId: $e, year: $y) { ${A_OUT} } }`;
const PRESETS = `mutation($i: ApplySpecialServicePresetsInput!) { applySpecialServicePresets(input: $i) { ${S_OUT} } }`;
const CREATE_S = `mutation($i: CreateSpecialServiceInput!) { createSpecialService(input: $i) { ${S_OUT} } }`;
const UPDATE_S = `mutation($i: UpdateSpecialServiceInput!) { updateSpecialService(input: $i) { ${S_OUT} } }`;
const LIST_S = `query($e: ID!) { specialServices(estateId: $e) { ${S_OUT} } }`;
const DRILL = `query($e: ID!, $c: String!, $m: String!) { activityIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) { numerator value activities { id title } services { id name } } }`;

interface Activity {
  id: string;
  title: string;
  attendance: number;
  version: number;
}
interface Service {
  id: string;
  name: string;
  price: string;
  unit: string;
  activeFrom: string;
  activeUntil: string | null;
  active: boolean;
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

describe('community activities', () => {
  it('count into culture_activities of their month; a correction moves them', async () => {
    const a = (
      await okOf<{ createCommunityActivity: Activity }>(kit, staff.token, CREATE_A, {
        i: {
          estateId: estate,
          heldOn: `${LAST}-08`,
          title: '三八妇女节插花',
          attendance: 320,
          place: '会所',
        },
      })
    ).createCommunityActivity;
    await okOf(kit, staff.token, CREATE_A, {
      i: { estateId: estate, heldOn: `${LAST}-20`, title: '社区义诊', attendance: 150 },
    });
    expect(await storedFigure(kit, estate, LAST, 'culture_activities')).toMatchObject({
      numerator: 2,
      denominator: null,
      source: 'COMPUTED',
    });
    await okOf(kit, manager.token, UPDATE_A, {
      i: { id: a.id, version: a.version, heldOn: `${TWO_AGO}-28`, title: a.title, attendance: 330 },
    });
    expect(await storedFigure(kit, estate, LAST, 'culture_activities')).toMatchObject({ numerator: 1 });
    expect(await storedFigure(kit, estate, TWO_AGO, 'culture_activities')).toMatchObject({ numerator: 1 });
    const stale = await kit.gql(manager.token, UPDATE_A, {
      i: { id: a.id, version: a.version, heldOn: `${TWO_AGO}-28`, title: 'x', attendance: 1 },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const listed = (await okOf<{ communityActivities: Activity[] }>(kit, viewer.token, LIST_A, { e: estate }))
      .communityActivities;
    expect(listed.map((x) => x.attendance).sort()).toEqual([150, 330]);
    const drill = (
      await okOf<{ activityIndicatorDrillDown: { numerator: number; activities: { title: string }[] } }>(
        kit,
        viewer.token,
        DRILL,
        { e: estate, c: 'culture_activities', m: LAST },
      )
    ).activityIndicatorDrillDown;
    expect(drill).toMatchObject({ numerator: 1, activities: [{ title: '社区义诊' }] });
  });

  it('refuses bad input and roles that may not record', async () => {
    const bad = await kit.gql(staff.token, CREATE_A, {
      i: { estateId: estate, heldOn: '2999-01-01', title: '', attendance: -3 },
    });
    expect(reasonsOf(bad)).toEqual(['title:REQUIRED', 'attendance:NEGATIVE']);
    const future = await kit.gql(staff.token, CREATE_A, {
      i: { estateId: estate, heldOn: '2999-01-01', title: 't', attendance: 3 },
    });
    expect(reasonsOf(future)).toEqual(['heldOn:FUTURE']);
    expect(
      codeOf(
        await kit.gql(viewer.token, CREATE_A, {
          i: { estateId: estate, heldOn: '2024-01-01', title: '', attendance: -1 },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(committee.token, LIST_A, { e: estate }))).toBe('NOT_FOUND');
  });
});

describe('the special-services menu', () => {
  it('starts from the ten presets and counts services on the month’s last day', async () => {
    const from = monthBounds(TWO_AGO).from;
    const added = (
      await okOf<{ applySpecialServicePresets: Service[] }>(kit, manager.token, PRESETS, {
        i: { estateId: estate, activeFrom: from },
      })
    ).applySpecialServicePresets;
    expect(added.map((s) => s.name)).toEqual(SPECIAL_SERVICE_PRESETS.map((p) => p.name));
    expect(added[0]).toMatchObject({ price: '40.00', unit: '小时', active: true });
    // Applying again adds nothing (every preset is on the menu).
    expect(
      (
        await okOf<{ applySpecialServicePresets: Service[] }>(kit, manager.token, PRESETS, {
          i: { estateId: estate, activeFrom: from },
        })
      ).applySpecialServicePresets,
    ).toEqual([]);
    for (const m of [TWO_AGO, LAST, THIS_MONTH])
      expect(await storedFigure(kit, estate, m, 'special_services'), m).toMatchObject({ numerator: 10 });

    // One more from last month; one taken off on the last day of two months ago (still counted then).
    await okOf(kit, manager.token, CREATE_S, {
      i: { estateId: estate, name: '宠物寄养', price: '50.5', unit: '天', activeFrom: `${LAST}-03` },
    });
    const car = added.find((s) => s.name === '汽车清洗')!;
    const off = (
      await okOf<{ updateSpecialService: Service }>(kit, manager.token, UPDATE_S, {
        i: {
          id: car.id,
          version: car.version,
          name: car.name,
          price: '35',
          unit: car.unit,
          activeFrom: car.activeFrom,
          activeUntil: monthBounds(TWO_AGO).to,
        },
      })
    ).updateSpecialService;
    expect(off).toMatchObject({ price: '35.00', active: false });
    expect(await storedFigure(kit, estate, TWO_AGO, 'special_services')).toMatchObject({ numerator: 10 });
    expect(await storedFigure(kit, estate, LAST, 'special_services')).toMatchObject({ numerator: 10 });
    const drill = (
      await okOf<{ activityIndicatorDrillDown: { numerator: number; services: { name: string }[] } }>(
        kit,
        viewer.token,
        DRILL,
        {
          e: estate,
          c: 'special_services',
          m: LAST,
        },
      )
    ).activityIndicatorDrillDown;
    expect(drill.numerator).toBe(10);
    expect(drill.services.map((s) => s.name)).toContain('宠物寄养');
    expect(drill.services.map((s) => s.name)).not.toContain('汽车清洗');
    const menu = (await okOf<{ specialServices: Service[] }>(kit, staff.token, LIST_S, { e: estate }))
      .specialServices;
    expect(menu).toHaveLength(11);
  });

  it('is kept by the manager: staff read it, HQ reads it, the committee sees nothing', async () => {
    const input = { estateId: estate, name: '开锁', price: '80', unit: '次', activeFrom: `${LAST}-01` };
    expect(codeOf(await kit.gql(staff.token, CREATE_S, { i: input }))).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(viewer.token, CREATE_S, { i: input }))).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(committee.token, LIST_S, { e: estate }))).toBe('NOT_FOUND');
    expect(reasonsOf(await kit.gql(manager.token, CREATE_S, { i: { ...input, price: '8.888' } }))).toEqual([
      'price:INVALID',
    ]);
    expect(
      reasonsOf(await kit.gql(manager.token, CREATE_S, { i: { ...input, activeUntil: '2000-01-01' } })),
    ).toEqual(['activeUntil:BEFORE_START']);
  });
});
