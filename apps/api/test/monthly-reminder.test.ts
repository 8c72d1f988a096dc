/**
 * The monthly figures reminder (job figures.monthly-reminder, queued every morning by
 * figures.monthly-reminder.daily): on each company's reminder day, by the injected clock in the
 * company's time zone, the managers of its estates that have not submitted last month's figures
 * are notified, once per estate and month, through the queue, in a transaction for the company.
 * Runs on PGlite and on PostgreSQL.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/tenant.js';
import {
  DAILY_MONTHLY_REMINDER,
  MONTHLY_REMINDER,
  remindUnsubmitted,
  sendMonthlyReminders,
} from '../src/modules/jobs/index.js';
import { announce, notify } from '../src/modules/notifications/index.js';
import { codeOf, startTestKit, type TestCompany, type TestKit, type TestUser } from './kit.js';
import { typeOpsFiguresByHand } from './ops-kit.js';

/** 09:00 on 5 March 2030 in Shanghai (01:00 UTC): the default reminder day, for February. */
const MARCH_5 = '2030-03-05T01:00:00Z';
const FEBRUARY = '2030-02';

let kit: TestKit;
/** Reminder day 5 (the default). */
let co: TestCompany;
let admin: TestUser;
/** Managers: m0 of estates[0]; both of estates[0] and [1]; m1 of [1]; m2 of [2]; exited of an estate that left. */
let m0: TestUser;
let both: TestUser;
let m1: TestUser;
let m2: TestUser;
let exited: TestUser;
let staff: TestUser;
/** Another company, reminder day 5 too: its managers hear only of its own estates. */
let other: TestCompany;
let otherManager: TestUser;
/** A company whose reminder day is the 6th. */
let later: TestCompany;
let laterManager: TestUser;

type Notes = {
  myNotifications: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        kind: string;
        title: string;
        link: string;
        params: { name: string; value: string }[];
      };
    }[];
  };
};
const MINE = `query { myNotifications(first: 100) { totalCount edges { node { id kind title link params { name value } } } } }`;

async function mine(user: TestUser) {
  const res = await kit.gql<Notes>(user.token, MINE);
  expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
  return res.data!.myNotifications.edges.map((e) => ({
    ...e.node,
    params: Object.fromEntries(e.node.params.map((p) => [p.name, p.value])),
  }));
}

async function asAdmin(token: string, query: string, variables: Record<string, unknown>) {
  const res = await kit.gql(token, query, variables);
  if (codeOf(res) !== 'OK') throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
  return res.data as Record<string, unknown>;
}

const SAVE = `mutation($input: SaveMonthlyFiguresInput!) { saveMonthlyFigures(input: $input) { state } }`;
const SUBMIT = `mutation($input: EstateMonthInput!) { submitMonthlyFigures(input: $input) { state } }`;
const APPROVE = `mutation($input: EstateMonthInput!) { approveMonthlyFigures(input: $input) { state } }`;
const FEE = [{ indicatorCode: 'fee_collection', numerator: 97, denominator: 100 }];
const SETTINGS = `mutation($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { figureReminderDay } }`;

/**
 * Queues the reminders due now (what the daily schedule does) and waits until the reminder job of
 * each company in `expected` has completed; answers the companies queued.
 */
async function runDailyReminder(expected: string[]): Promise<string[]> {
  const jobs = kit.app.services.jobs;
  const waiting = new Set(expected);
  // Listening before sending, so no completion passes unseen.
  const done = new Promise<void>((resolve) => {
    if (waiting.size === 0) resolve();
    const listener = ({ name, companyId }: { name: string; companyId: string }) => {
      if (name !== MONTHLY_REMINDER) return;
      waiting.delete(companyId);
      if (waiting.size === 0) {
        jobs.events.off('completed', listener);
        resolve();
      }
    };
    jobs.events.on('completed', listener);
  });
  const queued = await sendMonthlyReminders(jobs, kit.app.services);
  await done;
  return queued;
}

beforeAll(async () => {
  kit = await startTestKit({ env: { JOBS: 'on', JOBS_POLL_INTERVAL_SECONDS: '0.5' }, now: MARCH_5 });
  // These tests type figures of codes the estate's records now compute (issue 11 item 6).
  typeOpsFiguresByHand();
  [co, other, later] = await Promise.all([kit.company(), kit.company(), kit.company()]);
  const [e0, e1, e2] = co.estates.map((e) => e.id) as [string, string, string];
  [admin, m0, both, m1, m2, staff, otherManager, laterManager] = await Promise.all([
    co.user('COMPANY_ADMIN'),
    co.user('ESTATE_MANAGER', { estateIds: [e0] }),
    co.user('ESTATE_MANAGER', { estateIds: [e0, e1] }),
    co.user('ESTATE_MANAGER', { estateIds: [e1] }),
    co.user('ESTATE_MANAGER', { estateIds: [e2] }),
    co.user('ESTATE_STAFF', { estateIds: [e0] }),
    other.user('ESTATE_MANAGER', { estateIds: [other.estates[0]!.id] }),
    later.user('ESTATE_MANAGER', { estateIds: [later.estates[0]!.id] }),
  ]);
  // estates[1] submitted February and HQ approved it; estates[2] only saved a draft.
  await asAdmin(admin.token, SAVE, { input: { estateId: e1, month: FEBRUARY, figures: FEE } });
  await asAdmin(admin.token, SUBMIT, { input: { estateId: e1, month: FEBRUARY } });
  await asAdmin(admin.token, APPROVE, { input: { estateId: e1, month: FEBRUARY } });
  await asAdmin(admin.token, SAVE, { input: { estateId: e2, month: FEBRUARY, figures: FEE } });
  // An estate the company no longer manages: its manager is not reminded.
  const gone = (await asAdmin(
    admin.token,
    `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id } }`,
    {
      input: {
        name: '已撤场苑',
        code: `GONE-${randomUUID().slice(0, 8).toUpperCase()}`,
        type: 'RESIDENTIAL',
        status: 'EXITED',
      },
    },
  )) as { createEstate: { id: string } };
  exited = await co.user('ESTATE_MANAGER', { estateIds: [gone.createEstate.id] });
  const laterAdmin = await later.user('COMPANY_ADMIN');
  await asAdmin(laterAdmin.token, SETTINGS, { input: { figureReminderDay: 6 } });
}, 60_000);
afterAll(() => kit?.close());

/** Sends `user` of `company` a notification directly (a sentinel that must arrive last). */
async function sentinelFor(company: TestCompany, user: TestUser): Promise<string> {
  const [row] = await withTenant(kit.database, company.id, (tx) =>
    notify(
      tx,
      company.id,
      [{ userId: user.id, kind: 'FIGURES_REMINDER', title: '哨兵' }],
      kit.app.services.clock(),
    ),
  );
  announce(kit.app.services.pubsub, [row!]);
  return row!.id;
}

async function remindersOf(companyId: string, month: string): Promise<number> {
  const [row] = await kit.database.raw<{ n: number }>(
    `select count(*)::int as n from notifications where company_id = $1 and once_key like $2`,
    [companyId, `figures-reminder:%:${month}`],
  );
  return row!.n;
}

describe('monthly figures reminder', () => {
  it('is scheduled every morning at 09:00 Shanghai time', async () => {
    expect(await kit.app.services.jobs.schedules()).toContainEqual({
      name: DAILY_MONTHLY_REMINDER,
      cron: '0 9 * * *',
      timezone: 'Asia/Shanghai',
    });
  });

  it('on the reminder day reaches the managers of estates that have not submitted, and only them', async () => {
    kit.setNow(MARCH_5);
    // m0 and m1 listen live: m0 is reminded, m1 (whose estate submitted) hears nothing.
    const SUB = `subscription { notificationAdded { id kind title params { name value } } }`;
    type Event = { notificationAdded: { id: string; title: string } };
    const m0Live = await kit.subscribe<Event>(kit.ws(m0.token), m0.id, SUB);
    const m1Live = await kit.subscribe<Event>(kit.ws(m1.token), m1.id, SUB);

    const queued = await runDailyReminder([co.id, other.id]);
    expect(queued).toEqual(expect.arrayContaining([co.id, other.id]));
    expect(queued).not.toContain(later.id);

    const [e0, , e2] = co.estates;
    const m0Notes = await mine(m0);
    expect(m0Notes).toEqual([
      {
        id: expect.any(String),
        kind: 'FIGURES_REMINDER',
        title: `请提交 ${FEBRUARY} 月度数据`,
        link: `/figures?estate=${e0!.id}&month=${FEBRUARY}`,
        params: { estateId: e0!.id, estateName: e0!.name, month: FEBRUARY, day: '5' },
      },
    ]);
    // A manager of two estates hears of the one that owes its figures, not of the approved one.
    expect((await mine(both)).map((n) => n.params.estateId)).toEqual([e0!.id]);
    expect(await mine(m1)).toEqual([]);
    // A draft is not a submission.
    expect((await mine(m2)).map((n) => n.params.estateId)).toEqual([e2!.id]);
    // Not an estate under contract any more; not managers; the 6th is not today.
    expect(await mine(exited)).toEqual([]);
    expect(await mine(staff)).toEqual([]);
    expect(await mine(admin)).toEqual([]);
    expect(await mine(laterManager)).toEqual([]);
    // The other company's manager hears of their own estate only.
    expect((await mine(otherManager)).map((n) => n.params.estateId)).toEqual([other.estates[0]!.id]);

    // Live: m0's reminder arrives; m1's first event is a sentinel sent after the reminders.
    const live = await m0Live.until((e) => e.notificationAdded.id === m0Notes[0]!.id);
    expect(live.notificationAdded.title).toBe(`请提交 ${FEBRUARY} 月度数据`);
    const sentinel = await sentinelFor(co, m1);
    await m1Live.until((e) => e.notificationAdded.id === sentinel);
    expect(m1Live.events.map((e) => e.notificationAdded.id)).toEqual([sentinel]);
    m0Live.dispose();
    m1Live.dispose();
  }, 30_000);

  it('sends nothing new when it runs again (the next schedule, a retry, an operator)', async () => {
    kit.setNow(MARCH_5);
    const before = await remindersOf(co.id, FEBRUARY);
    // estates[0]: m0 and both; estates[2]: m2.
    expect(before).toBe(3);
    expect(await runDailyReminder([co.id, other.id])).toEqual(expect.arrayContaining([co.id, other.id]));
    expect(await remindUnsubmitted(kit.app.services, co.id, FEBRUARY)).toEqual([]);
    expect(await remindersOf(co.id, FEBRUARY)).toBe(before);
    expect(await remindersOf(other.id, FEBRUARY)).toBe(1);
    expect(await mine(m0)).toHaveLength(1);
  }, 30_000);

  it('two runs at the same moment (two instances) send each reminder once', async () => {
    kit.setNow('2030-04-05T01:00:00Z');
    const runs = await Promise.all([
      remindUnsubmitted(kit.app.services, co.id, '2030-03'),
      remindUnsubmitted(kit.app.services, co.id, '2030-03'),
    ]);
    // March: nothing submitted. estates[0]: m0 and both; [1]: both and m1; [2]: m2.
    expect(runs.flat()).toHaveLength(5);
    expect(await remindersOf(co.id, '2030-03')).toBe(5);
    expect((await mine(both)).filter((n) => n.params.month === '2030-03')).toHaveLength(2);
  }, 30_000);

  it('sends nothing on another day than the company’s, and follows the day the admin sets', async () => {
    // 09:00 on 4 May in Shanghai: the reminder day of co and other is the 5th.
    kit.setNow('2030-05-04T01:00:00Z');
    const queued = await runDailyReminder([]);
    expect(queued).not.toContain(co.id);
    expect(queued).not.toContain(other.id);
    expect(queued).not.toContain(later.id);
    expect(await remindersOf(co.id, '2030-04')).toBe(0);

    // The admin moves the day to the 4th: today's run reminds for April.
    await asAdmin(admin.token, SETTINGS, { input: { figureReminderDay: 4 } });
    expect(await runDailyReminder([co.id])).toContain(co.id);
    expect(await remindersOf(co.id, '2030-04')).toBe(5);
    expect((await mine(m0)).map((n) => n.params)).toContainEqual(
      expect.objectContaining({ month: '2030-04', day: '4' }),
    );

    // Turned off: nothing is queued for the company, whatever the day.
    await asAdmin(admin.token, SETTINGS, { input: { figureReminderDay: null } });
    kit.setNow('2030-06-04T01:00:00Z');
    expect(await runDailyReminder([])).not.toContain(co.id);
    expect(await remindersOf(co.id, '2030-05')).toBe(0);
    await asAdmin(admin.token, SETTINGS, { input: { figureReminderDay: 5 } });
  }, 30_000);

  it('reads the day in the company’s time zone: 1 January starts at 16:00 UTC the day before', async () => {
    const newYear = await kit.company();
    const newYearAdmin = await newYear.user('COMPANY_ADMIN');
    const manager = await newYear.user('ESTATE_MANAGER', { estateIds: [newYear.estates[0]!.id] });
    await asAdmin(newYearAdmin.token, SETTINGS, { input: { figureReminderDay: 1 } });
    // 23:00 on 31 December in Shanghai: not yet the 1st.
    kit.setNow('2030-12-31T15:00:00Z');
    expect(await runDailyReminder([])).not.toContain(newYear.id);
    // 01:00 on 1 January 2031 in Shanghai (still 31 December in UTC): December is due.
    kit.setNow('2030-12-31T17:00:00Z');
    expect(await runDailyReminder([newYear.id])).toContain(newYear.id);
    expect((await mine(manager)).map((n) => n.params.month)).toEqual(['2030-12']);
  }, 30_000);
});
