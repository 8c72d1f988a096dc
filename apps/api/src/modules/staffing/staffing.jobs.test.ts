/**
 * The staffing jobs (issue 10 item 5) on injected clocks: certificate expiry reminders 30 and 7
 * days before expiry to the estate's managers, never twice for a certificate and threshold (reruns
 * send nothing; a renewal resets the record), and next month's roster flagged from the 25th in the
 * company's time zone, once per department and month. 31 December, 29 February of a leap year and
 * a 25th; one run through the queue.
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestKit, type TestCompany, type TestKit, type TestUser } from '../../../test/kit.js';
import {
  addCertificate,
  addPerson,
  addRosterMonth,
  remindedDaysOf,
  staffedFromTemplate,
  type TeamPosition,
} from '../../../test/staffing-fixture.js';
import {
  CERTIFICATE_REMINDERS,
  ROSTER_REMINDERS,
  runCertificateReminders,
  runRosterReminders,
  sendStaffingJobs,
} from './index.js';

/** 09:00 in Shanghai on the day named. */
const at = (day: string) => `${day}T01:00:00Z`;

let kit: TestKit;
let co: TestCompany;
let other: TestCompany;
let e0: string;
let e1: string;
let m0: TestUser;
let both: TestUser;
let m1: TestUser;
let staffUser: TestUser;
let otherManager: TestUser;
let p0: Record<string, TeamPosition>;
let p1: Record<string, TeamPosition>;
let guard: string;
let leaver: string;
/** Certificates of estates[0] by what the 31 December run should do with them. */
const cert: Record<string, string> = {};

type Note = { id: string; kind: string; title: string; link: string; params: Record<string, string> };
const MINE = `query { myNotifications(first: 100) { totalCount edges { node { id kind title link params { name value } } } } }`;

async function mine(user: TestUser, kind?: string): Promise<Note[]> {
  const res = await kit.gql<{
    myNotifications: {
      edges: { node: Omit<Note, 'params'> & { params: { name: string; value: string }[] } }[];
    };
  }>(user.token, MINE);
  expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
  return res
    .data!.myNotifications.edges.map((e) => ({
      ...e.node,
      params: Object.fromEntries(e.node.params.map((p) => [p.name, p.value])),
    }))
    .filter((n) => !kind || n.kind === kind);
}

const certificates = (user: TestUser) => mine(user, 'CERTIFICATE_EXPIRING');
const rosters = (user: TestUser) => mine(user, 'ROSTER_MISSING');

/** Each job's work for the company now (what its queued job does), by the kit's clock. */
const runCerts = async () => ({ certs: await runCertificateReminders(kit.app.services, co.id) });
const runRosters = async () => ({ rosters: await runRosterReminders(kit.app.services, co.id) });

beforeAll(async () => {
  kit = await startTestKit({ env: { JOBS: 'on', JOBS_POLL_INTERVAL_SECONDS: '0.5' }, now: at('2026-12-01') });
  [co, other] = await Promise.all([kit.company(), kit.company()]);
  [e0, e1] = co.estates.map((e) => e.id) as [string, string];
  const admin = await co.user('COMPANY_ADMIN');
  const otherAdmin = await other.user('COMPANY_ADMIN');
  [m0, both, m1, staffUser, otherManager] = await Promise.all([
    co.user('ESTATE_MANAGER', { estateIds: [e0] }),
    co.user('ESTATE_MANAGER', { estateIds: [e0, e1] }),
    co.user('ESTATE_MANAGER', { estateIds: [e1] }),
    co.user('ESTATE_STAFF', { estateIds: [e0] }),
    other.user('ESTATE_MANAGER', { estateIds: [other.estates[0]!.id] }),
  ]);
  p0 = await staffedFromTemplate(kit, admin.token, e0);
  p1 = await staffedFromTemplate(kit, admin.token, e1);
  const person = (estateId: string, position: TeamPosition, over: Record<string, unknown> = {}) =>
    addPerson(kit.database, co.id, estateId, position, { hireDate: '2024-01-01', ...over });
  guard = await person(e0, p0.SECURITY_GUARD!, { name: '王保安' });
  const electrician = await person(e0, p0.ELECTRICIAN_PLUMBER!, { name: '李电工' });
  leaver = await person(e0, p0.SECURITY_GUARD!, { name: '赵离职', status: 'LEFT', leaveDate: '2026-11-30' });
  await person(e0, p0.CLEANER!, { name: '钱保洁' });
  const add = (staffId: string, kind: 'SECURITY_GUARD' | 'ELECTRICIAN', expiresOn: string | null) =>
    addCertificate(kit.database, co.id, e0, staffId, kind, expiresOn);
  cert.thirty = await add(guard, 'SECURITY_GUARD', '2027-01-30'); // 30 days after 31 December
  cert.seven = await add(electrician, 'ELECTRICIAN', '2027-01-07'); // 7 days: the 7-day notice only
  cert.later = await add(guard, 'SECURITY_GUARD', '2027-01-31'); // 31 days: not yet
  cert.expired = await add(electrician, 'ELECTRICIAN', '2026-12-30'); // already expired: no reminder
  cert.forever = await add(electrician, 'ELECTRICIAN', null);
  cert.leaver = await add(leaver, 'SECURITY_GUARD', '2027-01-10'); // left the team: nobody is told
  // estates[1]: a gardener in February 2028 (the leap-year run); its SECURITY has a roster already.
  const gardener = await person(e1, p1.GARDENER!, { name: '孙绿化' });
  cert.leap = await addCertificate(kit.database, co.id, e1, gardener, 'OTHER', '2028-03-30');
  await person(e1, p1.SECURITY_GUARD!, { name: '周保安' });
  // The other company: a guard whose certificate expires on the same day, told to its manager only.
  const op = await staffedFromTemplate(kit, otherAdmin.token, other.estates[0]!.id);
  const otherGuard = await addPerson(kit.database, other.id, other.estates[0]!.id, op.SECURITY_GUARD!, {
    hireDate: '2024-01-01',
    name: '吴保安',
  });
  await addCertificate(
    kit.database,
    other.id,
    other.estates[0]!.id,
    otherGuard,
    'SECURITY_GUARD',
    '2027-01-30',
  );
});
afterAll(() => kit?.close());

describe('certificate expiry reminders', () => {
  it('on 31 December: the 30-day and 7-day notices to the estate’s managers, nothing else', async () => {
    kit.setNow(at('2026-12-31'));
    const { certs } = await runCerts();
    expect(certs.map((n) => [n.userId, n.params.expiresOn, n.params.threshold]).sort()).toEqual(
      [
        [m0.id, '2027-01-07', '7'],
        [m0.id, '2027-01-30', '30'],
        [both.id, '2027-01-07', '7'],
        [both.id, '2027-01-30', '30'],
      ].sort(),
    );
    const notes = await certificates(m0);
    expect(notes).toHaveLength(2);
    expect(notes.find((n) => n.params.expiresOn === '2027-01-30')).toMatchObject({
      title: '证书即将到期：王保安（保安员证）',
      params: { staffName: '王保安', estateId: e0, daysLeft: '30', certificateKind: 'SECURITY_GUARD' },
    });
    expect(await certificates(m1)).toEqual([]);
    expect(await certificates(staffUser)).toEqual([]);
    expect(await remindedDaysOf(kit.database, co.id, cert.thirty!)).toEqual([30]);
    expect(await remindedDaysOf(kit.database, co.id, cert.seven!)).toEqual([30, 7]);
    for (const k of ['later', 'expired', 'forever', 'leaver'])
      expect(await remindedDaysOf(kit.database, co.id, cert[k]!), k).toEqual([]);
  });

  it('sends nothing twice when the job runs again (the same day or the next)', async () => {
    expect((await runCerts()).certs).toEqual([]);
    kit.setNow(at('2027-01-01'));
    const next = await runCerts();
    // 1 January: the certificate of 31 January is now 30 days out, the others were told.
    expect(next.certs.map((n) => [n.userId, n.params.expiresOn]).sort()).toEqual(
      [
        [m0.id, '2027-01-31'],
        [both.id, '2027-01-31'],
      ].sort(),
    );
    expect((await runCerts()).certs).toEqual([]);
    expect(await certificates(m0)).toHaveLength(3);
  });

  it('gives the 7-day notice a week before, once', async () => {
    kit.setNow(at('2027-01-23'));
    const { certs } = await runCerts();
    expect(certs.map((n) => [n.userId, n.params.expiresOn, n.params.threshold]).sort()).toEqual(
      [
        [m0.id, '2027-01-30', '7'],
        [both.id, '2027-01-30', '7'],
      ].sort(),
    );
    expect(await remindedDaysOf(kit.database, co.id, cert.thirty!)).toEqual([30, 7]);
    expect((await runCerts()).certs).toEqual([]);
  });

  it('reminds of a renewed certificate again: a new expiry day empties the record', async () => {
    await kit.database.raw(
      `update staff_certificates set expires_on = '2028-01-30', number = 'RENEWED' where id = $1`,
      [cert.thirty],
    );
    expect(await remindedDaysOf(kit.database, co.id, cert.thirty!)).toEqual([]);
    // Another change (the number alone) leaves the record as it is.
    await kit.database.raw(`update staff_certificates set reminded_days = '{30}' where id = $1`, [
      cert.seven,
    ]);
    await kit.database.raw(`update staff_certificates set number = 'X' where id = $1`, [cert.seven]);
    expect(await remindedDaysOf(kit.database, co.id, cert.seven!)).toEqual([30]);
    kit.setNow(at('2027-12-31'));
    const { certs } = await runCerts();
    expect(certs.filter((n) => n.params.expiresOn === '2028-01-30').map((n) => n.params.threshold)).toEqual([
      '30',
      '30',
    ]);
  });

  it('counts across 29 February of a leap year', async () => {
    kit.setNow(at('2028-02-29'));
    const { certs } = await runCerts();
    // 29 February → 30 March 2028 is 30 days; estates[1]'s managers only.
    expect(
      certs
        .filter((n) => n.params.expiresOn === '2028-03-30')
        .map((n) => n.userId)
        .sort(),
    ).toEqual([both.id, m1.id].sort());
    expect(await remindedDaysOf(kit.database, co.id, cert.leap!)).toEqual([30]);
  });

  it('tells each company’s managers of their own certificates only', async () => {
    kit.setNow(at('2026-12-31'));
    const sent = await runCertificateReminders(kit.app.services, other.id);
    expect(sent.map((n) => n.userId)).toEqual([otherManager.id]);
    expect((await certificates(m0)).some((n) => n.params.staffName === '吴保安')).toBe(false);
  });
});

describe('next month’s roster', () => {
  it('is not asked for before the 25th', async () => {
    kit.setNow(at('2027-06-24'));
    expect((await runRosters()).rosters).toEqual([]);
    // 16:30 UTC on the 24th is 00:30 on the 25th in Shanghai: the company's day decides.
    kit.setNow('2027-06-24T15:59:00Z');
    expect((await runRosters()).rosters).toEqual([]);
  });

  it('from the 25th flags each department with staff and no roster for next month, once', async () => {
    await addRosterMonth(kit.database, co.id, e1, p1.SECURITY_GUARD!.departmentId, '2027-07');
    kit.setNow('2027-06-24T16:30:00Z');
    const { rosters: sent } = await runRosters();
    const flagged = sent.map((n) => [n.userId, n.params.estateId, n.params.departmentName, n.params.month]);
    expect(flagged.sort()).toEqual(
      [
        // estates[0]: security (the guard), engineering (the electrician), cleaning.
        [m0.id, e0, '秩序维护部', '2027-07'],
        [m0.id, e0, '工程部', '2027-07'],
        [m0.id, e0, '保洁部', '2027-07'],
        [both.id, e0, '秩序维护部', '2027-07'],
        [both.id, e0, '工程部', '2027-07'],
        [both.id, e0, '保洁部', '2027-07'],
        // estates[1]: landscaping; its security has July's roster.
        [both.id, e1, '绿化部', '2027-07'],
        [m1.id, e1, '绿化部', '2027-07'],
      ].sort(),
    );
    expect((await rosters(m1)).find((n) => n.params.month === '2027-07')).toMatchObject({
      title: expect.stringContaining('2027-07'),
      link: expect.stringContaining('month=2027-07'),
    });
    kit.setNow(at('2027-06-30'));
    expect((await runRosters()).rosters).toEqual([]);
  });

  it('stops flagging a department once its roster exists, and crosses the year on 31 December', async () => {
    kit.setNow(at('2027-12-31'));
    await addRosterMonth(kit.database, co.id, e0, p0.CLEANER!.departmentId, '2028-01');
    const { rosters: sent } = await runRosters();
    expect(sent.every((n) => n.params.month === '2028-01')).toBe(true);
    expect(
      sent
        .filter((n) => n.userId === m0.id)
        .map((n) => n.params.departmentName)
        .sort(),
    ).toEqual(['工程部', '秩序维护部'].sort());
    expect((await runRosters()).rosters).toEqual([]);
  });

  it('on 29 February of a leap year asks for March', async () => {
    kit.setNow(at('2028-02-29'));
    const { rosters: sent } = await runRosters();
    expect([...new Set(sent.map((n) => n.params.month))]).toEqual(['2028-03']);
    expect(
      sent
        .filter((n) => n.userId === m1.id)
        .map((n) => n.params.departmentName)
        .sort(),
    ).toEqual(['秩序维护部', '绿化部'].sort());
  });
});

describe('through the queue', () => {
  it('staffing.daily queues both jobs per company with staff, and they run for that company', async () => {
    kit.setNow(at('2029-01-25'));
    const fresh = await addCertificate(kit.database, co.id, e0, guard, 'SECURITY_GUARD', '2029-02-24');
    const jobs = kit.app.services.jobs;
    const waiting = new Set([
      `${CERTIFICATE_REMINDERS}:${co.id}`,
      `${ROSTER_REMINDERS}:${co.id}`,
      `${CERTIFICATE_REMINDERS}:${other.id}`,
      `${ROSTER_REMINDERS}:${other.id}`,
    ]);
    const done = new Promise<void>((resolve) => {
      const listener = ({ name, companyId }: { name: string; companyId: string }) => {
        waiting.delete(`${name}:${companyId}`);
        if (waiting.size === 0) {
          jobs.events.off('completed', listener);
          resolve();
        }
      };
      jobs.events.on('completed', listener);
    });
    const queued = await sendStaffingJobs(jobs, kit.app.services);
    expect(queued).toEqual(expect.arrayContaining([co.id, other.id]));
    await done;
    expect(await remindedDaysOf(kit.database, co.id, fresh)).toEqual([30]);
    expect((await rosters(m0)).some((n) => n.params.month === '2029-02')).toBe(true);
  });
});
