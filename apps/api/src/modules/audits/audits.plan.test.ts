import 'reflect-metadata';
/**
 * Planning audits: a campaign creates one audit per chosen estate with its auditors (who are
 * notified); spot checks take HQ auditors only; the start and overdue jobs move audits by the
 * injected clock; estate managers' schedules create the next 7 days of self-checks, once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDITS, CAMPAIGN, ok, PLAN, publishedTemplate, spotCheckInput } from '../../../test/audits-kit.js';
import {
  codeOf,
  startTestKit,
  TEST_NOW,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';
import { runAuditOverdue, runAuditStart, runCompanySchedules } from './index.js';

let kit: TestKit;
let co: TestCompany;
let admin: TestUser;
let auditor: TestUser;
let manager: TestUser;
let staff: TestUser;
let versionId: string;
let templateId: string;

beforeAll(async () => {
  kit = await startTestKit();
  co = await kit.company();
  [admin, auditor, manager, staff] = await Promise.all([
    co.user('COMPANY_ADMIN'),
    co.user('QUALITY_AUDITOR'),
    co.user('ESTATE_MANAGER'),
    co.user('ESTATE_STAFF'),
  ]);
  ({ versionId, templateId } = await publishedTemplate(kit, co.id));
});
afterAll(() => kit?.close());

const day = (offset: number) => new Date(TEST_NOW.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

describe('createAuditCampaign', () => {
  it('creates one audit per estate with its auditors, and notifies the auditors', async () => {
    const input = {
      name: `季度评估 ${Date.now()}`,
      kind: 'QUARTERLY',
      quarter: '2030-Q1',
      templateVersionId: versionId,
      startsOn: day(1),
      dueOn: day(20),
      estates: [
        { estateId: co.estates[0]!.id, auditorUserIds: [auditor.id] },
        { estateId: co.estates[1]!.id, auditorUserIds: [auditor.id, admin.id] },
      ],
    };
    const data = await ok<{
      createAuditCampaign: {
        id: string;
        counts: { total: number; planned: number };
        audits: { estateId: string; status: string; auditors: { id: string }[] }[];
      };
    }>(kit, auditor.token, CAMPAIGN, { input });
    const c = data.createAuditCampaign;
    expect(c.counts).toEqual({ total: 2, planned: 2 });
    expect(c.audits.map((a) => [a.estateId, a.status, a.auditors.map((u) => u.id).sort()]).sort()).toEqual(
      [
        [co.estates[0]!.id, 'PLANNED', [auditor.id]],
        [co.estates[1]!.id, 'PLANNED', [auditor.id, admin.id].sort()],
      ].sort(),
    );
    const notes = await kit.database.raw<{ user_id: string; kind: string }>(
      `select user_id, kind from notifications where kind = 'AUDIT_ASSIGNED' and link like '/audits/%'
       and (params->>'title') like $1`,
      [`${input.name}%`],
    );
    expect(notes.map((n) => n.user_id).sort()).toEqual([auditor.id, auditor.id, admin.id].sort());
    // The manager of estates[0] sees the quarterly audit of their estate only.
    const seen = await ok<{ audits: { totalCount: number; edges: { node: { estateId: string } }[] } }>(
      kit,
      manager.token,
      AUDITS,
      { filter: { campaignId: c.id } },
    );
    expect(seen.audits.totalCount).toBe(1);
    expect(seen.audits.edges[0]!.node.estateId).toBe(co.estates[0]!.id);
  });

  it('refuses an estate twice, an estate role as HQ auditor, and roles that may not plan', async () => {
    const base = {
      name: '重复',
      kind: 'QUARTERLY',
      templateVersionId: versionId,
      startsOn: day(1),
      dueOn: day(5),
    };
    const twice = await kit.gql(auditor.token, CAMPAIGN, {
      input: {
        ...base,
        estates: [
          { estateId: co.estates[0]!.id, auditorUserIds: [auditor.id] },
          { estateId: co.estates[0]!.id, auditorUserIds: [auditor.id] },
        ],
      },
    });
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    expect(twice.errors![0]!.extensions!.fields![0]).toMatchObject({
      reason: 'DUPLICATE',
      path: ['input', 'estates', 1, 'estateId'],
    });
    const estateAuditor = await kit.gql(auditor.token, CAMPAIGN, {
      input: { ...base, estates: [{ estateId: co.estates[0]!.id, auditorUserIds: [manager.id] }] },
    });
    expect(codeOf(estateAuditor)).toBe('BAD_USER_INPUT');
    expect(estateAuditor.errors![0]!.extensions!.fields![0]).toMatchObject({
      reason: 'NOT_ALLOWED',
      path: ['input', 'estates', 0, 'auditorUserIds', 0],
    });
    for (const user of [manager, staff]) {
      const res = await kit.gql(user.token, CAMPAIGN, {
        input: { ...base, estates: [{ estateId: co.estates[0]!.id, auditorUserIds: [auditor.id] }] },
      });
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
    // Invalid input from a role that may not plan is still FORBIDDEN, not BAD_USER_INPUT.
    expect(codeOf(await kit.gql(staff.token, CAMPAIGN, { input: { ...base, name: '', estates: [] } }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('the start and overdue jobs', () => {
  it('start a planned audit at its time and flag it overdue at its due time, by the clock', async () => {
    const input = spotCheckInput(co.estates[0]!.id, versionId, [auditor.id], TEST_NOW, 'SPOT_CHECK', 2);
    const { planAudit } = await ok<{ planAudit: { id: string } }>(kit, auditor.token, PLAN, { input });
    const id = planAudit.id;
    const status = async () =>
      (
        await kit.database.raw<{ status: string; overdue: string | null }>(
          'select status, overdue_at as overdue from audits where id = $1',
          [id],
        )
      )[0]!;
    // The job came early (the planned time moved later, or a clock skew): nothing happens.
    expect(await runAuditStart(kit.app.services, co.id, id)).toBeUndefined();
    expect((await status()).status).toBe('PLANNED');
    kit.setNow(new Date(TEST_NOW.getTime() + 2 * 3600_000));
    try {
      expect((await runAuditStart(kit.app.services, co.id, id))?.status).toBe('IN_PROGRESS');
      // A second delivery changes nothing.
      expect(await runAuditStart(kit.app.services, co.id, id)).toBeUndefined();
      expect(await runAuditOverdue(kit.app.services, co.id, id)).toBeUndefined();
      kit.setNow(new Date(TEST_NOW.getTime() + 27 * 3600_000));
      const flagged = await runAuditOverdue(kit.app.services, co.id, id);
      expect(flagged?.overdueAt?.toISOString()).toBe(
        new Date(TEST_NOW.getTime() + 27 * 3600_000).toISOString(),
      );
      const listed = await ok<{ audits: { edges: { node: { id: string; overdue: boolean } }[] } }>(
        kit,
        auditor.token,
        AUDITS,
        { filter: { overdue: true } },
      );
      expect(listed.audits.edges.map((e) => e.node)).toContainEqual({
        id,
        kind: 'SPOT_CHECK',
        status: 'IN_PROGRESS',
        estateId: co.estates[0]!.id,
        overdue: true,
      });
    } finally {
      kit.setNow(TEST_NOW);
    }
  });

  it('queue both jobs when an audit is planned', async () => {
    const input = spotCheckInput(co.estates[1]!.id, versionId, [auditor.id], TEST_NOW, 'NIGHT_PATROL', 5);
    const { planAudit } = await ok<{ planAudit: { id: string } }>(kit, auditor.token, PLAN, { input });
    const jobs = await kit.database.raw<{ name: string; start_after: string }>(
      `select name, start_after from pgboss.job where data->'payload'->>'auditId' = $1 order by name`,
      [planAudit.id],
    );
    expect(jobs.map((j) => [j.name, new Date(j.start_after).toISOString()])).toEqual([
      ['audits.overdue', input.dueAt],
      ['audits.start', input.plannedAt],
    ]);
  });
});

describe('self-check schedules', () => {
  const SCHEDULE = `mutation($input: CreateAuditScheduleInput!) { createAuditSchedule(input: $input) { id kind active generatedThrough startsOn auditors { id } } }`;
  const STOP = `mutation($input: AuditIdInput!) { stopAuditSchedule(input: $input) { id active } }`;
  const scheduledAudits = (scheduleId: string) =>
    kit.database.raw<{ status: string; planned: string }>(
      'select status, planned_at as planned from audits where schedule_id = $1 order by planned_at',
      [scheduleId],
    );

  it('creates the next 7 days of daily self-checks, once, and the daily job continues them', async () => {
    const res = await kit.gql<{ createAuditSchedule: { id: string; generatedThrough: string } }>(
      manager.token,
      SCHEDULE,
      {
        input: {
          estateId: co.estates[0]!.id,
          kind: 'SELF_CHECK',
          templateId,
          auditorUserIds: [manager.id],
          startsOn: day(-3),
        },
      },
    );
    expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
    const schedule = res.data!.createAuditSchedule;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(TEST_NOW);
    const addDays = (d: string, n: number) => {
      const x = new Date(`${d}T00:00:00Z`);
      x.setUTCDate(x.getUTCDate() + n);
      return x.toISOString().slice(0, 10);
    };
    expect(schedule.generatedThrough).toBe(addDays(today, 6));
    expect(await scheduledAudits(schedule.id)).toHaveLength(7);
    // The daily job on the same day creates nothing twice …
    await runCompanySchedules(kit.app.services, co.id);
    expect(await scheduledAudits(schedule.id)).toHaveLength(7);
    // … and on the next day adds the one new day.
    kit.setNow(new Date(TEST_NOW.getTime() + 86_400_000));
    try {
      const run = await runCompanySchedules(kit.app.services, co.id);
      expect(run.created.filter((a) => a.scheduleId === schedule.id)).toHaveLength(1);
      expect(await scheduledAudits(schedule.id)).toHaveLength(8);
      // Today's audit (planned 08:00) started by the sweep if its time has come.
      const stopped = await ok<{ stopAuditSchedule: { active: boolean } }>(kit, manager.token, STOP, {
        input: { id: schedule.id },
      });
      expect(stopped.stopAuditSchedule.active).toBe(false);
      const after = await scheduledAudits(schedule.id);
      const now = kit.app.services.clock().getTime();
      // Everything planned after now was cancelled; what already started or came due stays.
      expect(
        after.filter((a) => new Date(a.planned).getTime() > now).every((a) => a.status === 'CANCELLED'),
      ).toBe(true);
    } finally {
      kit.setNow(TEST_NOW);
    }
    const runAgain = await runCompanySchedules(kit.app.services, co.id);
    expect(runAgain.created.filter((a) => a.scheduleId === schedule.id)).toHaveLength(0);
  });

  it('takes estate kinds only, from the estate’s manager; lists them by ability', async () => {
    const input = {
      estateId: co.estates[0]!.id,
      kind: 'SPOT_CHECK',
      templateId,
      auditorUserIds: [manager.id],
      startsOn: day(0),
    };
    const hq = await kit.gql(manager.token, SCHEDULE, { input });
    expect(codeOf(hq)).toBe('BAD_USER_INPUT');
    // Another estate than the manager's: not theirs to plan.
    const other = await kit.gql(manager.token, SCHEDULE, {
      input: { ...input, kind: 'MONTHLY', estateId: co.estates[2]!.id },
    });
    expect(['BAD_USER_INPUT', 'FORBIDDEN']).toContain(codeOf(other));
    expect(codeOf(await kit.gql(staff.token, SCHEDULE, { input: { ...input, kind: 'MONTHLY' } }))).toBe(
      'FORBIDDEN',
    );
    const LIST = `query($e: ID) { auditSchedules(estateId: $e) { id estate { id } kind } }`;
    const mine = await ok<{ auditSchedules: { estate: { id: string } }[] }>(kit, manager.token, LIST, {
      e: co.estates[0]!.id,
    });
    expect(mine.auditSchedules.length).toBeGreaterThan(0);
    // Staff see no schedules (they read submitted audits only); another estate's manager none of these.
    expect((await ok<{ auditSchedules: unknown[] }>(kit, staff.token, LIST, {})).auditSchedules).toEqual([]);
    const otherManager = await co.user('ESTATE_MANAGER', { estateIds: [co.estates[2]!.id] });
    expect(
      (await ok<{ auditSchedules: unknown[] }>(kit, otherManager.token, LIST, {})).auditSchedules,
    ).toEqual([]);
  });
});
