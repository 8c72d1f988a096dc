/**
 * "This month" comes from the app's clock (AppServices.clock), in the company's time zone
 * (Asia/Shanghai): the month's last half hour, a leap day and New Year's Eve, where the server's
 * UTC date and the company's month disagree, decide what may be reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestKit, type TestCompany, type TestKit, type TestUser } from './kit.js';
import { typeOpsFiguresByHand } from './ops-kit.js';

const SAVE = `mutation($input: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $input) { month state } }`;
const FIGURES = [{ indicatorCode: 'house_intact', numerator: 99, denominator: 100 }];

let kit: TestKit;
let co: TestCompany;
let manager: TestUser;

beforeAll(async () => {
  kit = await startTestKit({ now: '2028-02-29T23:30:00+08:00' });
  // These tests type figures of codes the estate's records now compute (issue 11 item 6).
  typeOpsFiguresByHand();
  co = await kit.company();
  manager = await co.user('ESTATE_MANAGER');
});
afterAll(async () => {
  await kit?.close();
});

const save = (month: string) =>
  kit.gql(manager.token, SAVE, { input: { estateId: co.estates[0]!.id, month, figures: FIGURES } });

function reasonOf(res: Awaited<ReturnType<typeof save>>): string | undefined {
  return res.errors?.[0]?.extensions?.fields?.[0]?.reason;
}

describe('the month by the injected clock, in Asia/Shanghai', () => {
  it('on a leap day at 23:30 the month is February; March is still the future', async () => {
    // 15:30 UTC: the same day everywhere, and the last half hour of February in Shanghai.
    expect(codeOf(await save('2028-02'))).toBe('OK');
    const march = await save('2028-03');
    expect(codeOf(march)).toBe('BAD_USER_INPUT');
    expect(reasonOf(march)).toBe('FUTURE');
  });

  it('on New Year’s Eve at 23:30 the month is December; at 00:30 it is January, though UTC is still in December', async () => {
    kit.setNow('2026-12-31T23:30:00+08:00');
    expect(codeOf(await save('2026-12'))).toBe('OK');
    expect(reasonOf(await save('2027-01'))).toBe('FUTURE');

    kit.setNow('2027-01-01T00:30:00+08:00'); // 2026-12-31T16:30Z
    expect(codeOf(await save('2027-01'))).toBe('OK');
    expect(reasonOf(await save('2027-02'))).toBe('FUTURE');
  });
});
