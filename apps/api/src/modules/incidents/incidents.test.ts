import 'reflect-metadata';
/**
 * Incidents through GraphQL (issue 11 items 5, 6, 9): recorded by the estate's staff, corrected
 * under optimistic locking, each write recomputing the six incident figures of the months it
 * touched for that estate only (rates per household, management-caused fires and security cases,
 * violations handled), the drill-down, bad input and refused roles.
 */
import { addMonths } from '@anju/domain';
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
/** estates[0] has 800 households (test/kit.ts). */
const HOUSEHOLDS = 800;
const LAST = addMonths(THIS_MONTH, -1);
const DAY = `${LAST}-10`;

const OUT = 'id kind occurredOn place description managementCaused handling handled handledOn version';
const CREATE = `mutation($i: CreateIncidentInput!) { createIncident(input: $i) { ${OUT} } }`;
const UPDATE = `mutation($i: UpdateIncidentInput!) { updateIncident(input: $i) { ${OUT} } }`;
const LIST = `query($f: IncidentFilter!) { incidents(filter: $f) { ${OUT} } }`;
const DRILL = `query($e: ID!, $c: String!, $m: String!) { incidentIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) { numerator denominator value rows { counted incident { id kind handled } } } }`;

interface Out {
  id: string;
  kind: string;
  managementCaused: boolean;
  handled: boolean;
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

const record = async (over: Record<string, unknown>) =>
  (
    await okOf<{ createIncident: Out }>(kit, staff.token, CREATE, {
      i: { estateId: estate, occurredOn: DAY, place: '3栋楼道', description: '经过', ...over },
    })
  ).createIncident;

describe('incidents and their figures', () => {
  it('count into the six incident indicators of their month, for that estate only', async () => {
    await record({ kind: 'FIRE_ALARM', description: '烟感误报' });
    const fire = await record({ kind: 'FIRE', managementCaused: true, description: '电动车充电起火' });
    await record({ kind: 'FIRE', managementCaused: false, description: '住户厨房起火' });
    await record({ kind: 'SECURITY_CASE', managementCaused: true, description: '车库盗窃' });
    // managementCaused means nothing for a violation: stored false.
    const v1 = await record({ kind: 'VIOLATION', managementCaused: true, description: '私搭乱建' });
    await record({
      kind: 'VIOLATION',
      handled: true,
      handledOn: DAY,
      handling: '责令拆除',
      description: '占用消防通道',
    });
    expect(v1.managementCaused).toBe(false);
    expect(fire.managementCaused).toBe(true);

    const fig = (code: string) => storedFigure(kit, estate, LAST, code);
    expect(await fig('fire_alarm_rate')).toMatchObject({
      numerator: 1,
      denominator: HOUSEHOLDS,
      source: 'COMPUTED',
    });
    expect(await fig('fire_count')).toMatchObject({ numerator: 1, denominator: null });
    expect(await fig('security_cases')).toMatchObject({ numerator: 1, denominator: null });
    expect(await fig('major_criminal_cases')).toMatchObject({ numerator: 0, denominator: null });
    expect(await fig('violation_rate')).toMatchObject({ numerator: 2, denominator: HOUSEHOLDS });
    expect(await fig('violation_handled')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(await storedFigure(kit, co.estates[1]!.id, LAST, 'violation_rate')).toBeNull();

    // Handling the first violation later recomputes its month.
    const handled = (
      await okOf<{ updateIncident: Out }>(kit, manager.token, UPDATE, {
        i: {
          id: v1.id,
          version: v1.version,
          kind: 'VIOLATION',
          occurredOn: DAY,
          place: '5栋',
          description: '私搭乱建',
          handled: true,
          handledOn: `${LAST}-20`,
          handling: '已拆除',
        },
      })
    ).updateIncident;
    expect(handled).toMatchObject({ handled: true, version: v1.version + 1 });
    expect(await fig('violation_handled')).toMatchObject({ numerator: 2, denominator: 2 });

    const drill = (
      await okOf<{
        incidentIndicatorDrillDown: {
          numerator: number;
          denominator: number;
          rows: { counted: boolean; incident: { kind: string } }[];
        };
      }>(kit, viewer.token, DRILL, { e: estate, c: 'fire_count', m: LAST })
    ).incidentIndicatorDrillDown;
    expect(drill.numerator).toBe(1);
    expect(drill.rows.map((r) => [r.incident.kind, r.counted]).sort()).toEqual([
      ['FIRE', false],
      ['FIRE', true],
    ]);

    // Moving an incident to another month recomputes both months.
    await okOf(kit, manager.token, UPDATE, {
      i: {
        id: fire.id,
        version: fire.version,
        kind: 'FIRE',
        managementCaused: true,
        occurredOn: `${THIS_MONTH}-01`,
        place: 'x',
        description: 'y',
      },
    });
    expect(await fig('fire_count')).toMatchObject({ numerator: 0 });
    expect(await storedFigure(kit, estate, THIS_MONTH, 'fire_count')).toMatchObject({ numerator: 1 });

    const listed = (
      await okOf<{ incidents: Out[] }>(kit, viewer.token, LIST, {
        f: { estateId: estate, month: LAST, kind: 'VIOLATION' },
      })
    ).incidents;
    expect(listed).toHaveLength(2);
    // By year: last month's year holds them; a month of another year with it holds nothing.
    const year = Number(LAST.slice(0, 4));
    const byYear = async (f: Record<string, unknown>) =>
      (
        await okOf<{ incidents: Out[] }>(kit, viewer.token, LIST, {
          f: { estateId: estate, kind: 'VIOLATION', ...f },
        })
      ).incidents;
    expect(await byYear({ year })).toHaveLength(2);
    expect(await byYear({ year: year - 1, month: LAST })).toHaveLength(0);
    expect(await byYear({ year: year + 1 })).toHaveLength(0);
    expect(codeOf(await kit.gql(viewer.token, LIST, { f: { estateId: estate, year: 1999 } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses a stale version, future dates, a handled violation without its date, and bad kinds', async () => {
    const v = await record({ kind: 'VIOLATION' });
    await okOf(kit, staff.token, UPDATE, {
      i: { id: v.id, version: v.version, kind: 'VIOLATION', occurredOn: DAY, place: 'p', description: 'd' },
    });
    const stale = await kit.gql(staff.token, UPDATE, {
      i: { id: v.id, version: v.version, kind: 'VIOLATION', occurredOn: DAY, place: 'p', description: 'd' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const future = await kit.gql(staff.token, CREATE, {
      i: { estateId: estate, kind: 'FIRE', occurredOn: '2999-01-01', place: 'p', description: 'd' },
    });
    expect(reasonsOf(future)).toEqual(['occurredOn:FUTURE']);
    const noDate = await kit.gql(staff.token, CREATE, {
      i: {
        estateId: estate,
        kind: 'VIOLATION',
        occurredOn: DAY,
        place: 'p',
        description: 'd',
        handled: true,
      },
    });
    expect(reasonsOf(noDate)).toEqual(['handledOn:REQUIRED']);
    const empty = await kit.gql(staff.token, CREATE, {
      i: { estateId: estate, kind: 'FIRE', occurredOn: '2024-02-29', place: ' ', description: '' },
    });
    expect(reasonsOf(empty)).toEqual(['place:REQUIRED', 'description:REQUIRED']);
    // A day that does not exist is refused by the Date scalar itself.
    const noSuchDay = await kit.gql(staff.token, CREATE, {
      i: { estateId: estate, kind: 'FIRE', occurredOn: '2024-02-30', place: 'p', description: 'd' },
    });
    expect(codeOf(noSuchDay)).toBe('BAD_USER_INPUT');
  });

  it('is read by HQ, recorded by the estate, invisible to the committee', async () => {
    const res = await kit.gql(viewer.token, CREATE, {
      i: { estateId: estate, kind: 'FIRE', occurredOn: '2024-01-01', place: '', description: '' },
    });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(committee.token, LIST, { f: { estateId: estate } }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(committee.token, DRILL, { e: estate, c: 'fire_count', m: LAST }))).toBe(
      'NOT_FOUND',
    );
    const [one] = (await okOf<{ incidents: Out[] }>(kit, viewer.token, LIST, { f: { estateId: estate } }))
      .incidents;
    const upd = await kit.gql(viewer.token, UPDATE, {
      i: { id: one!.id, version: one!.version, kind: 'FIRE', occurredOn: DAY, place: 'p', description: 'd' },
    });
    expect(codeOf(upd)).toBe('FORBIDDEN');
    const hidden = await kit.gql(committee.token, UPDATE, {
      i: { id: one!.id, version: one!.version, kind: 'FIRE', occurredOn: DAY, place: 'p', description: 'd' },
    });
    expect(codeOf(hidden)).toBe('NOT_FOUND');
  });
});
