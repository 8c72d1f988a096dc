import { addMonths, monthOfDate } from '@anju/domain';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/kit.js';
import { runMigrations } from '../db/migrate.js';
import { seedDemo } from './demo.js';

// The demo is seeded relative to its clock: on any day (a leap day, New Year's Eve in Shanghai)
// every estate is under contract for the whole figure history, so the comparison shows them all.
describe.each([
  ['a leap day', new Date('2028-02-29T15:30:00Z')],
  ['New Year’s Eve in Shanghai, still December in UTC', new Date('2026-12-31T16:30:00Z')],
])('demo data seeded on %s', (_label, now) => {
  it('keeps every estate under contract for the 24 months of figures and a while ahead', async () => {
    const { database, drop } = await freshDatabase(2);
    try {
      await runMigrations(database);
      expect(await seedDemo(database, undefined, now)).toBe(true);
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
    } finally {
      await drop();
    }
  });
});
