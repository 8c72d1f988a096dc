/**
 * Permission first (issue 7, §2.3): a caller who may not do something is refused before their
 * input is judged (or a password hashed, or a file parsed). Each call below carries input that is
 * invalid: an allowed caller gets BAD_USER_INPUT for it, a refused one FORBIDDEN, or NOT_FOUND
 * for an object they cannot see, and never learns what was wrong with the input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestKit, type TestCompany, type TestKit, type TestUser } from './kit.js';

let kit: TestKit;
let co: TestCompany;
let admin: TestUser;
let staff: TestUser;
let manager: TestUser;
let viewer: TestUser;
let committee: TestUser;

beforeAll(async () => {
  kit = await startTestKit();
  co = await kit.company();
  admin = await co.user('COMPANY_ADMIN');
  staff = await co.user('ESTATE_STAFF', { estateIds: [co.estates[0]!.id] });
  manager = await co.user('ESTATE_MANAGER', { estateIds: [co.estates[0]!.id] });
  viewer = await co.user('HQ_VIEWER', { regionId: co.regions[0]!.id });
  committee = await co.user('COMMITTEE_MEMBER', { estateIds: [co.estates[0]!.id] });
});
afterAll(() => kit.close());

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`;
const CREATE_ESTATE = `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id } }`;
const UPDATE_ESTATE = `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id } }`;
const CREATE_REGION = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }`;
const UPDATE_REGION = `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { id } }`;
const TREND = `query($e: [ID!]!, $c: [String!]!, $f: String!, $t: String!) {
  indicatorTrend(estateIds: $e, indicatorCodes: $c, from: $f, to: $t) { estateId } }`;
const SAVE = `mutation($input: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $input) { state } }`;

async function codeAs(user: TestUser, query: string, variables: Record<string, unknown>) {
  return codeOf(await kit.gql(user.token, query, variables));
}

describe('permission before validation', () => {
  it('createUser: estate staff get FORBIDDEN for invalid input (no validation, no password hashing)', async () => {
    const input = { email: 'not-an-email', name: '', password: 'x', memberships: [] };
    expect(await codeAs(admin, CREATE_USER, { input })).toBe('BAD_USER_INPUT');
    expect(await codeAs(staff, CREATE_USER, { input })).toBe('FORBIDDEN');
    expect(await codeAs(manager, CREATE_USER, { input })).toBe('FORBIDDEN');
  });

  it('createEstate: estate staff get FORBIDDEN for invalid input', async () => {
    const input = { name: '', code: '', type: 'RESIDENTIAL', households: -1 };
    expect(await codeAs(admin, CREATE_ESTATE, { input })).toBe('BAD_USER_INPUT');
    expect(await codeAs(staff, CREATE_ESTATE, { input })).toBe('FORBIDDEN');
    expect(await codeAs(viewer, CREATE_ESTATE, { input })).toBe('FORBIDDEN');
  });

  it('createRegion: estate staff get FORBIDDEN for invalid input', async () => {
    const input = { name: '', code: 'no spaces allowed!' };
    expect(await codeAs(admin, CREATE_REGION, { input })).toBe('BAD_USER_INPUT');
    expect(await codeAs(staff, CREATE_REGION, { input })).toBe('FORBIDDEN');
  });

  it('updateRegion: the row is checked before the input (FORBIDDEN when visible, NOT_FOUND when not)', async () => {
    const own = { id: co.regions[0]!.id, version: 1, code: 'bad code!' };
    const other = { id: co.regions[1]!.id, version: 1, code: 'bad code!' };
    expect(await codeAs(admin, UPDATE_REGION, { input: own })).toBe('BAD_USER_INPUT');
    expect(await codeAs(viewer, UPDATE_REGION, { input: own })).toBe('FORBIDDEN');
    expect(await codeAs(viewer, UPDATE_REGION, { input: other })).toBe('NOT_FOUND');
  });

  it('updateEstate: the row is checked before the input', async () => {
    const own = { id: co.estates[0]!.id, version: 1, name: '', households: -5 };
    const other = { id: co.estates[2]!.id, version: 1, name: '', households: -5 };
    expect(await codeAs(admin, UPDATE_ESTATE, { input: own })).toBe('BAD_USER_INPUT');
    expect(await codeAs(manager, UPDATE_ESTATE, { input: own })).toBe('FORBIDDEN');
    expect(await codeAs(manager, UPDATE_ESTATE, { input: other })).toBe('NOT_FOUND');
  });

  it('indicatorTrend: a role that may not compare gets FORBIDDEN for invalid arguments', async () => {
    const args = { e: [], c: [], f: 'soon', t: 'later' };
    expect(await codeAs(admin, TREND, args)).toBe('BAD_USER_INPUT');
    expect(await codeAs(committee, TREND, args)).toBe('FORBIDDEN');
  });

  it('saveMonthlyFigures: estate access is checked before the month and the figures', async () => {
    const input = { estateId: co.estates[0]!.id, month: '2026-13', figures: [] };
    expect(await codeAs(manager, SAVE, { input })).toBe('BAD_USER_INPUT');
    // Staff see the estate but not its figures; the committee likewise.
    expect(await codeAs(staff, SAVE, { input })).toBe('NOT_FOUND');
    expect(await codeAs(committee, SAVE, { input })).toBe('NOT_FOUND');
    // A manager of another estate does not see this one at all.
    const elsewhere = { ...input, estateId: co.estates[2]!.id };
    expect(await codeAs(manager, SAVE, { input: elsewhere })).toBe('NOT_FOUND');
  });

  it('updateCompanySettings: only the company admin learns that a reminder day is out of range', async () => {
    const SETTINGS = `mutation($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { id } }`;
    const input = { figureReminderDay: 40 };
    expect(await codeAs(admin, SETTINGS, { input })).toBe('BAD_USER_INPUT');
    for (const user of [manager, staff, viewer, committee])
      expect(await codeAs(user, SETTINGS, { input })).toBe('FORBIDDEN');
  });
});
