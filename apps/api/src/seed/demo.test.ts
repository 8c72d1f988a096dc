import {
  addMonths,
  ageAt,
  isValidResidentId,
  monthOfDate,
  parseResidentId,
  SHIFT_PATTERNS,
  type ShiftPatternCode,
} from '@anju/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkComplaintsAndSurveys, checkEstateRecords, checkWorkOrders } from '../../test/demo-recompute.js';
import { freshDatabase } from '../../test/kit.js';
import type { Database } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import { registerActivityIndicatorSources } from '../modules/activities/index.js';
import { registerFacilityCheckIndicatorSource } from '../modules/facility-checks/index.js';
import { registerFeeIndicatorSource } from '../modules/fees/index.js';
import { registerIncidentIndicatorSource } from '../modules/incidents/index.js';
import { publicPersonalDataCipher } from '../modules/staff/index.js';
import { seedDemo } from './demo.js';

const addDaysTo = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

// The demo is seeded relative to its clock: on any day (a leap day, New Year's Eve in Shanghai)
// every estate is under contract for the whole figure history, so the comparison shows them all.
describe.each([
  ['a leap day', new Date('2028-02-29T15:30:00Z')],
  ['New Year’s Eve in Shanghai, still December in UTC', new Date('2026-12-31T16:30:00Z')],
])('demo data seeded on %s', (_label, now) => {
  // One seeded database per clock for every check below: seeding takes a while (24 months of work
  // orders among the rest), and a loaded machine needs the time.
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database, drop } = await freshDatabase(2));
    await runMigrations(database);
    // The estate records' sources, as the app registers them (the seeder registers the repair ones).
    registerFeeIndicatorSource();
    registerIncidentIndicatorSource();
    registerFacilityCheckIndicatorSource();
    registerActivityIndicatorSources();
    expect(await seedDemo(database, undefined, now)).toBe(true);
  }, 240_000);
  afterAll(() => drop?.());

  it('keeps every estate under contract for the 24 months of figures and a while ahead', async () => {
    const month = monthOfDate(now);
    // Superuser connection (as migrations run): RLS does not apply to this check.
    const list = await database.raw<{ name: string; contract_start: string; contract_end: string }>(
      'select name, contract_start::text, contract_end::text from estates',
    );
    expect(list.length).toBe(10);
    for (const e of list) {
      expect(e.contract_start.slice(0, 7) <= addMonths(month, -24), e.name).toBe(true);
      expect(e.contract_end.slice(0, 7) > month, e.name).toBe(true);
      expect(e.contract_start.endsWith('-01'), e.name).toBe(true);
    }
    // One person in two companies, for the company switcher.
    const [dual] = await database.raw<{ n: number }>(
      `select count(distinct m.company_id)::int as n from memberships m join users u on u.id = m.user_id
       where u.email = 'consultant@demo.local'`,
    );
    expect(dual?.n).toBe(2);
    // Last month's reminder: 翠湖苑 was sent back, so its manager has one in the bell.
    const reminders = await database.raw<{ email: string; month: string }>(
      `select u.email, n.params->>'month' as month from notifications n join users u on u.id = n.user_id`,
    );
    expect(reminders).toEqual([{ email: 'manager@anju.demo', month: addMonths(month, -1) }]);
    // The audits' story: last quarter finished with rectifications in every state, some overdue,
    // one appeal upheld and one withdrawn; this quarter planned; a spot check of 翠湖苑 ahead.
    const states = await database.raw<{ status: string; n: number; overdue: number }>(
      `select status, count(*)::int as n, count(overdue_at)::int as overdue from rectifications
       where not cancelled group by status`,
    );
    expect(states.map((r) => r.status).sort()).toEqual([
      'IN_PROGRESS',
      'OPEN',
      'REOPENED',
      'SUBMITTED',
      'VERIFIED',
    ]);
    expect(states.reduce((n, r) => n + r.overdue, 0)).toBeGreaterThan(0);
    const appeals = await database.raw<{ status: string }>(
      'select status from audit_appeals order by status',
    );
    expect(appeals.map((a) => a.status)).toEqual(['PENDING', 'UPHELD', 'WITHDRAWN']);
    const campaigns = await database.raw<{ statuses: string[] }>(
      `select array_agg(distinct a.status order by a.status) as statuses from audit_campaigns c
       join audits a on a.campaign_id = c.id group by c.id order by min(c.starts_on)`,
    );
    expect(campaigns.map((c) => c.statuses)).toEqual([expect.arrayContaining(['SUBMITTED']), ['PLANNED']]);
    const spot = await database.raw<{ name: string; status: string; planned: string }>(
      `select e.name, a.status, a.planned_at as planned from audits a join estates e on e.id = a.estate_id
       where a.kind = 'SPOT_CHECK'`,
    );
    expect(spot).toEqual([{ name: '翠湖苑', status: 'PLANNED', planned: expect.anything() }]);
    // Last quarter's audit_score figures are the audits' results (approved, or in HQ's queue
    // with their month when the quarter ended last month).
    const scores = await database.raw<{ figure: number; audit: number }>(
      `select f.numerator / f.denominator * 100 as figure, a.score_percent as audit from audits a
       join audit_campaigns c on c.id = a.campaign_id
       join monthly_figures f on f.estate_id = a.estate_id and f.indicator_code = 'audit_score'
         and f.source = 'COMPUTED' and f.month = to_char(a.submitted_at at time zone 'Asia/Shanghai', 'YYYY-MM')
       where a.status in ('SUBMITTED', 'CLOSED')`,
    );
    expect(scores.length).toBeGreaterThanOrEqual(3);
    for (const s of scores) expect(s.figure).toBeCloseTo(s.audit, 1);
    const days = (new Date(spot[0]!.planned).getTime() - now.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(3);
    expect(days).toBeLessThan(8);

    // The estate teams (issue 10): 翠湖苑 has 15 of its 16 (a cleaner's post vacant).
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
    const teams = await database.raw<{ code: string; position: string; planned: number; staffed: number }>(
      `select e.code, p.code as position, p.planned_headcount as planned,
         (select count(*)::int from staff s where s.position_id = p.id and s.status <> 'LEFT') as staffed
       from positions p join estates e on e.id = p.estate_id order by e.code, p.code`,
    );
    const chy = teams.filter((t) => t.code === 'HZ-CHY');
    expect(chy.reduce((n, t) => n + t.planned, 0)).toBe(16);
    expect(chy.reduce((n, t) => n + t.staffed, 0)).toBe(15);
    expect(chy.find((t) => t.position === 'CLEANER')).toMatchObject({ planned: 5, staffed: 4 });
    // The seven managed estates of 安居物业 staffed, some full, some thinner.
    const estatesStaffed = new Set(teams.map((t) => t.code));
    expect(estatesStaffed.size).toBe(7);
    const vacancies = [...estatesStaffed].map((code) =>
      teams.filter((t) => t.code === code).reduce((n, t) => n + Math.max(0, t.planned - t.staffed), 0),
    );
    expect(vacancies.filter((v) => v === 0).length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...vacancies)).toBeGreaterThanOrEqual(3);
    // Nobody's ID number in clear: each decrypts (with the key the seed used) to a valid number
    // whose birth date and gender are the record's, at an age that fits the post.
    const cipher = publicPersonalDataCipher('development');
    const people = await database.raw<{
      company_id: string;
      id_number_cipher: string;
      id_number_masked: string;
      birth_date: string;
      gender: string;
      status: string;
      position: string;
    }>(
      `select s.company_id, s.id_number_cipher, s.id_number_masked, s.birth_date::text, s.gender, s.status,
         p.code as position from staff s join positions p on p.id = s.position_id`,
    );
    expect(people.length).toBeGreaterThan(100);
    for (const p of people) {
      expect(p.id_number_cipher).toMatch(/^v1:/);
      const id = cipher.decrypt(p.company_id, p.id_number_cipher);
      expect(isValidResidentId(id, today)).toBe(true);
      expect(p.id_number_masked).toBe(`${id.slice(0, 3)}***********${id.slice(-4)}`);
      const parsed = parseResidentId(id);
      expect(parsed.ok && [parsed.birthDate, parsed.gender]).toEqual([p.birth_date, p.gender]);
      const age = ageAt(p.birth_date, today);
      expect(age, p.position).toBeGreaterThanOrEqual(p.position === 'CUSTOMER_SERVICE_AGENT' ? 20 : 22);
      expect(age, p.position).toBeLessThanOrEqual(60);
    }
    // One 翠湖苑 guard's certificate expires next month, within the 30 days of a warning (but on
    // the first of a 31-day month, when next month is 31 days away).
    const certs = await database.raw<{
      code: string;
      position: string;
      expires: string | null;
      kind: string;
    }>(
      `select e.code, p.code as position, c.expires_on::text as expires, c.kind from staff_certificates c
       join staff s on s.id = c.staff_id join positions p on p.id = s.position_id join estates e on e.id = c.estate_id`,
    );
    const soon = certs.filter((c) => c.expires && c.expires >= today && c.expires <= addDaysTo(today, 31));
    expect(soon.filter((c) => c.code === 'HZ-CHY').map((c) => [c.position, c.expires!.slice(0, 7)])).toEqual([
      ['SECURITY_GUARD', addMonths(today.slice(0, 7), 1)],
    ]);
    expect(certs.some((c) => c.expires && c.expires < today)).toBe(true);
    expect(certs.filter((c) => c.position === 'ELECTRICIAN_PLUMBER').length).toBeGreaterThanOrEqual(6);
    // Leavers in the last 12 months (turnover), failed trainings of management staff.
    const [left] = await database.raw<{ n: number }>(
      `select count(*)::int n from staff where status = 'LEFT' and leave_date >= $1::date - interval '12 months'`,
      [today],
    );
    expect(left!.n).toBeGreaterThanOrEqual(5);
    const trainings = await database.raw<{ passed: boolean; position: string }>(
      `select t.passed, p.code as position from staff_trainings t join staff s on s.id = t.staff_id
       join positions p on p.id = s.position_id`,
    );
    expect(new Set(trainings.map((t) => t.position))).toEqual(
      new Set(['ESTATE_MANAGER', 'CUSTOMER_SERVICE_AGENT']),
    );
    expect(trainings.some((t) => !t.passed)).toBe(true);
    expect(trainings.filter((t) => t.passed).length).toBeGreaterThan(trainings.length / 2);
    // Guards' crews cover their pattern (二班二运转: A and B; 三班两运转 at 海景华庭: A, B and C).
    const crews = await database.raw<{ code: string; pattern: ShiftPatternCode; crews: string[] }>(
      `select e.code, p.shift_pattern as pattern, array_agg(distinct s.shift_crew order by s.shift_crew) as crews
       from staff s join positions p on p.id = s.position_id join estates e on e.id = s.estate_id
       where p.code = 'SECURITY_GUARD' and s.status <> 'LEFT' group by e.code, p.shift_pattern`,
    );
    for (const c of crews)
      expect(c.crews, c.code).toEqual(SHIFT_PATTERNS[c.pattern].crews.map((x) => x.code));
    expect(crews.find((c) => c.code === 'SZ-HJHT')?.pattern).toBe('THREE_CREWS');
    // The demo accounts of estate staff are people of their estate; staff@anju.demo is a 翠湖苑 guard.
    const linked = await database.raw<{ email: string; code: string; position: string }>(
      `select u.email, e.code, p.code as position from staff s join users u on u.id = s.user_id
       join estates e on e.id = s.estate_id join positions p on p.id = s.position_id order by u.email`,
    );
    expect(linked.find((l) => l.email === 'staff@anju.demo')).toEqual({
      email: 'staff@anju.demo',
      code: 'HZ-CHY',
      position: 'SECURITY_GUARD',
    });
    for (const l of linked.filter((x) => x.email !== 'staff@anju.demo')) {
      expect(l.email).toBe(`staff.${l.code.toLowerCase()}@anju.demo`);
    }
    expect(linked).toHaveLength(7);
  });

  it('gives exactly the seeded figures of fees, incidents, checks, activities and services from their records', async () => {
    await checkEstateRecords(database, now);
  }, 120_000);

  it('recomputes the seeded repair figures of every estate and month from its work orders', async () => {
    await checkWorkOrders(database, now);
  }, 120_000);

  it('recomputes the seeded complaint and satisfaction figures from the complaints and surveys', async () => {
    await checkComplaintsAndSurveys(database, now);
  }, 120_000);
});
