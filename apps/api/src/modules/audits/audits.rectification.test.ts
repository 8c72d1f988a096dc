import 'reflect-metadata';
/**
 * Findings, rectification and appeals through GraphQL (issue 9, items 6 and 7): the whole flow
 * assign → update → submit → reopen → submit → verify → audit closed; staff acting only on their
 * own; one appeal per finding; a withdrawal rescoring the audit and the audit-score figure the
 * comparison reads; the overdue job under the injected clock; other companies and hostile input.
 */
import { addMonths } from '@anju/domain';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type SubmittedAudit,
  submittedAudit,
  type TemplateVersion,
  templateVersion,
} from '../../../test/audit-fixture.js';
import { downloadFile, uploaded } from '../../../test/files.js';
import {
  codeOf,
  type GqlResult,
  startTestKit,
  TEST_NOW,
  type TestCompany,
  type TestKit,
  type TestUser,
  THIS_MONTH,
} from '../../../test/kit.js';
import { withTenant } from '../../db/tenant.js';
import type { AuditChangedPayload } from '../../graphql/pubsub.js';
import { RECTIFICATION_OVERDUE, recomputeAuditScore, scheduleRectificationDeadlines } from './index.js';

let kit: TestKit;
let co: TestCompany;
let other: TestCompany;
let version: TemplateVersion;
let admin: TestUser;
let auditor: TestUser;
let manager: TestUser;
let staff1: TestUser;
let staff2: TestUser;
let staffElsewhere: TestUser;
let committee: TestUser;
let otherAdmin: TestUser;
let estate0: string;

const DAY = 86400_000;
const FIELDS = `id status version overdue overdueAt dueAt reopenCount reopenReason rootCause correctiveAction evidenceNote
  assignee { id name } afterPhotos { id } beforePhotos { id } estate { id name } canAssign canUpdate canVerify
  finding { id title withdrawn audit { id status scorePercent } appeal { status reason decisionReason } }`;
const ASSIGN = `mutation($i: AssignRectificationInput!) { assignRectification(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateRectificationInput!) { updateRectification(input: $i) { ${FIELDS} } }`;
const SUBMIT = `mutation($i: SubmitRectificationInput!) { submitRectification(input: $i) { ${FIELDS} } }`;
const VERIFY = `mutation($i: VerifyRectificationInput!) { verifyRectification(input: $i) { ${FIELDS} } }`;
const REOPEN = `mutation($i: ReopenRectificationInput!) { reopenRectification(input: $i) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { rectification(id: $id) { ${FIELDS} assignableUsers { id name } } }`;
const LIST = `query($f: RectificationFilter, $first: Int, $after: String) { rectifications(filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id status overdue assignee { id } } } } }`;
const APPEAL = `mutation($i: AppealFindingInput!) { appealFinding(input: $i) { id withdrawn appeal { status reason appealedBy { id } } rectification { id status } } }`;
const DECIDE = `mutation($i: DecideAppealInput!) { decideAppeal(input: $i) { id withdrawn appeal { status decisionReason decidedBy { id } } rectification { id status } audit { scorePercent } } }`;

interface View {
  id: string;
  status: string;
  version: number;
  overdue: boolean;
  overdueAt: string | null;
  reopenCount: number;
  assignee: { id: string } | null;
  afterPhotos: { id: string }[];
  canAssign: boolean;
  canUpdate: boolean;
  canVerify: boolean;
  finding: { audit: { status: string; scorePercent: number | null } };
}

async function ok<T>(token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await kit.gql<T>(token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

const one = async (token: string, id: string) =>
  (await ok<{ rectification: View }>(token, ONE, { id })).rectification;

const reasonsOf = (res: GqlResult) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path.join('.')}:${f.reason}`);

const png = (color: string) =>
  sharp({ create: { width: 16, height: 16, channels: 3, background: color } })
    .png()
    .toBuffer();

/**
 * The next AUDIT_CHANGED event of `co` matching `match`: resolves (the outer promise) once the
 * listener is registered; `event` resolves when it arrives, or rejects after 5 s.
 */
async function nextAuditEvent(match: (p: AuditChangedPayload) => boolean) {
  const { pubsub } = kit.app.services;
  const topic = `AUDIT_CHANGED:${co.id}`;
  const mark = pubsub.registrations.count(topic);
  const iterator = pubsub.subscribe('AUDIT_CHANGED', co.id)[Symbol.asyncIterator]();
  const event = (async () => {
    const timer = setTimeout(() => void iterator.return?.(), 5000);
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) throw new Error('no matching AUDIT_CHANGED event in 5000 ms');
        if (match(next.value)) return next.value;
      }
    } finally {
      clearTimeout(timer);
      await iterator.return?.();
    }
  })();
  await pubsub.registrations.until(topic, mark + 1);
  return { event };
}

async function audit(options: Partial<Parameters<typeof submittedAudit>[1]> = {}): Promise<SubmittedAudit> {
  return submittedAudit(kit.database, {
    companyId: co.id,
    estateId: estate0,
    version,
    submittedAt: new Date(TEST_NOW.getTime() - DAY),
    fail: 3,
    avoidCritical: true,
    auditorIds: [auditor.id],
    ...options,
  });
}

beforeAll(async () => {
  kit = await startTestKit({ env: { JOBS: 'on', JOBS_POLL_INTERVAL_SECONDS: '0.5' } });
  co = await kit.company();
  other = await kit.company();
  estate0 = co.estates[0]!.id;
  version = await templateVersion(kit.database, co.id);
  [admin, auditor, manager, staff1, staff2, staffElsewhere, committee, otherAdmin] = await Promise.all([
    co.user('COMPANY_ADMIN'),
    co.user('QUALITY_AUDITOR'),
    co.user('ESTATE_MANAGER'),
    co.user('ESTATE_STAFF'),
    co.user('ESTATE_STAFF'),
    co.user('ESTATE_STAFF', { estateIds: [co.estates[1]!.id] }),
    co.user('COMMITTEE_MEMBER'),
    other.user('COMPANY_ADMIN'),
  ]);
}, 60_000);
afterAll(() => kit?.close());

describe('the rectification flow', () => {
  it('assign → update → submit → reopen → submit → verify, and the audit closes when all are verified', async () => {
    const a = await audit();
    const [r0, r1, r2] = a.rectifications;
    const listed = await ok<{ rectifications: { totalCount: number } }>(manager.token, LIST, {
      f: { auditId: a.auditId },
    });
    expect(listed.rectifications.totalCount).toBe(3);

    const before = await one(manager.token, r0!.id);
    expect(before).toMatchObject({ status: 'OPEN', version: 1, canAssign: true, canVerify: false });
    const assignable = (
      await ok<{ rectification: { assignableUsers: { id: string }[] } }>(manager.token, ONE, { id: r0!.id })
    ).rectification.assignableUsers.map((u) => u.id);
    expect(assignable).toEqual(expect.arrayContaining([manager.id, staff1.id, staff2.id]));
    expect(assignable).not.toContain(staffElsewhere.id);
    expect(assignable).not.toContain(committee.id);

    const assigned = (
      await ok<{ assignRectification: View }>(manager.token, ASSIGN, {
        i: { id: r0!.id, version: 1, assigneeUserId: staff1.id },
      })
    ).assignRectification;
    expect(assigned).toMatchObject({ status: 'IN_PROGRESS', version: 2, assignee: { id: staff1.id } });
    const inbox = await ok<{ myNotifications: { edges: { node: { kind: string; link: string } }[] } }>(
      staff1.token,
      `{ myNotifications { edges { node { kind link } } } }`,
    );
    expect(inbox.myNotifications.edges.map((e) => e.node)).toContainEqual({
      kind: 'RECTIFICATION_ASSIGNED',
      link: `/rectifications/${r0!.id}`,
    });
    expect(await one(staff1.token, r0!.id)).toMatchObject({ canUpdate: true, canAssign: false });

    const beforePhoto = await uploaded(kit, staff1.token, await png('#aa0000'), 'before.png');
    const updated = (
      await ok<{ updateRectification: View }>(staff1.token, UPDATE, {
        i: { id: r0!.id, version: 2, rootCause: '保洁频次不足', beforePhotoFileIds: [beforePhoto] },
      })
    ).updateRectification;
    expect(updated).toMatchObject({ version: 3, status: 'IN_PROGRESS', rootCause: '保洁频次不足' });

    // Submitting needs a corrective action and an after-photo or an evidence note.
    const incomplete = await kit.gql(staff1.token, SUBMIT, { i: { id: r0!.id, version: 3 } });
    expect(codeOf(incomplete)).toBe('BAD_USER_INPUT');
    expect(reasonsOf(incomplete).sort()).toEqual(['afterPhotoFileIds:REQUIRED', 'correctiveAction:REQUIRED']);

    const afterPhoto = await uploaded(kit, staff1.token, await png('#00aa00'), 'after.png');
    const submitted = (
      await ok<{ submitRectification: View }>(staff1.token, SUBMIT, {
        i: { id: r0!.id, version: 3, correctiveAction: '增加每日巡查两次', afterPhotoFileIds: [afterPhoto] },
      })
    ).submitRectification;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 4, afterPhotos: [{ id: afterPhoto }] });
    // Whoever reads the rectification reads its photos; a staff member of another estate does not.
    expect((await downloadFile(kit, staff2.token, afterPhoto)).status).toBe(200);
    expect((await downloadFile(kit, auditor.token, beforePhoto)).status).toBe(200);
    expect((await downloadFile(kit, staffElsewhere.token, afterPhoto)).status).toBe(404);

    // HQ audits are verified by the auditor, not by the estate.
    expect(codeOf(await kit.gql(manager.token, VERIFY, { i: { id: r0!.id, version: 4 } }))).toBe('FORBIDDEN');
    const noReason = await kit.gql(auditor.token, REOPEN, { i: { id: r0!.id, version: 4, reason: '  ' } });
    expect(reasonsOf(noReason)).toEqual(['reason:REQUIRED']);
    const reopened = (
      await ok<{ reopenRectification: View }>(auditor.token, REOPEN, {
        i: { id: r0!.id, version: 4, reason: '照片未体现整改后效果' },
      })
    ).reopenRectification;
    expect(reopened).toMatchObject({ status: 'REOPENED', reopenCount: 1, version: 5 });
    // A stale version is a CONFLICT.
    const stale = await kit.gql(staff1.token, SUBMIT, { i: { id: r0!.id, version: 4 } });
    expect(codeOf(stale)).toBe('CONFLICT');
    await ok(staff1.token, SUBMIT, { i: { id: r0!.id, version: 5, evidenceNote: '已补拍照片并加装提示牌' } });
    const verified = (
      await ok<{ verifyRectification: View }>(auditor.token, VERIFY, { i: { id: r0!.id, version: 6 } })
    ).verifyRectification;
    expect(verified).toMatchObject({ status: 'VERIFIED', finding: { audit: { status: 'SUBMITTED' } } });
    // Verifying twice is refused (nothing to verify).
    expect(codeOf(await kit.gql(auditor.token, VERIFY, { i: { id: r0!.id, version: 7 } }))).toBe('CONFLICT');

    // The manager does the other two without assigning them; the last verification closes the audit.
    for (const r of [r1!, r2!])
      await ok(manager.token, SUBMIT, {
        i: {
          id: r.id,
          version: 1,
          rootCause: '培训不到位',
          correctiveAction: '重新培训',
          evidenceNote: '培训记录见附件',
        },
      });
    await ok(auditor.token, VERIFY, { i: { id: r1!.id, version: 2 } });
    const closed = await nextAuditEvent((p) => p.auditId === a.auditId && p.event === 'CLOSED');
    const last = (
      await ok<{ verifyRectification: View }>(auditor.token, VERIFY, {
        i: { id: r2!.id, version: 2, note: '合格' },
      })
    ).verifyRectification;
    expect(last.finding.audit.status).toBe('CLOSED');
    await expect(closed.event).resolves.toMatchObject({ status: 'CLOSED', estateId: estate0 });
  });

  it('estate staff act only on rectifications assigned to them', async () => {
    const a = await audit({ fail: 2 });
    const [r0, r1] = a.rectifications;
    await ok(manager.token, ASSIGN, { i: { id: r0!.id, version: 1, assigneeUserId: staff1.id } });
    // staff2 reads it but may not change, submit or reassign it.
    expect((await one(staff2.token, r0!.id)).canUpdate).toBe(false);
    for (const [q, i] of [
      [UPDATE, { id: r0!.id, version: 2, rootCause: 'x' }],
      [SUBMIT, { id: r0!.id, version: 2, rootCause: 'x', correctiveAction: 'y', evidenceNote: 'z' }],
      [ASSIGN, { id: r0!.id, version: 2, assigneeUserId: staff2.id }],
      // Invalid input from a refused caller is still FORBIDDEN: they learn nothing from validation.
      [UPDATE, { id: r0!.id, version: 2, rootCause: 'x'.repeat(1500) }],
    ] as const)
      expect(codeOf(await kit.gql(staff2.token, q, { i })), q.slice(0, 40)).toBe('FORBIDDEN');
    // Staff may not assign even to themselves; the committee sees nothing.
    expect(
      codeOf(
        await kit.gql(staff1.token, ASSIGN, { i: { id: r1!.id, version: 1, assigneeUserId: staff1.id } }),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(committee.token, ONE, { id: r0!.id }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(staffElsewhere.token, ONE, { id: r0!.id }))).toBe('NOT_FOUND');
    // Assignees must be active staff or managers of the estate.
    for (const userId of [staffElsewhere.id, committee.id, auditor.id, otherAdmin.id, 'not-a-uuid']) {
      const res = await kit.gql(manager.token, ASSIGN, {
        i: { id: r1!.id, version: 1, assigneeUserId: userId },
      });
      expect(reasonsOf(res), userId).toEqual(['assigneeUserId:NOT_ASSIGNABLE']);
    }
    const mine = await ok<{ rectifications: { edges: { node: { id: string } }[] } }>(staff1.token, LIST, {
      f: { assignedToMe: true, auditId: a.auditId },
    });
    expect(mine.rectifications.edges.map((e) => e.node.id)).toEqual([r0!.id]);
    const all = await ok<{ rectifications: { totalCount: number } }>(staff2.token, LIST, {
      f: { auditId: a.auditId },
    });
    expect(all.rectifications.totalCount).toBe(2);
    // Pages: one at a time, with the total of all pages.
    const page1 = await ok<{
      rectifications: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(staff1.token, LIST, { f: { auditId: a.auditId }, first: 1 });
    expect(page1.rectifications).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const page2 = await ok<{ rectifications: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      staff1.token,
      LIST,
      {
        f: { auditId: a.auditId },
        first: 1,
        after: page1.rectifications.pageInfo.endCursor,
      },
    );
    expect(page2.rectifications.edges).toHaveLength(1);
    expect(page2.rectifications.pageInfo.hasNextPage).toBe(false);
  });

  it('the estate verifies the rectifications of its own checks', async () => {
    const a = await audit({ kind: 'SELF_CHECK', fail: 1, auditorIds: [manager.id] });
    const r = a.rectifications[0]!;
    await ok(manager.token, SUBMIT, {
      i: { id: r.id, version: 1, rootCause: '交接遗漏', correctiveAction: '补做', evidenceNote: '已补做' },
    });
    expect(codeOf(await kit.gql(auditor.token, VERIFY, { i: { id: r.id, version: 2 } }))).toBe('OK');
    // …and the estate cannot appeal its own finding.
    const res = await kit.gql(manager.token, APPEAL, { i: { findingId: r.findingId, reason: '不服' } });
    expect(reasonsOf(res)).toEqual(['findingId:NOT_ALLOWED']);
  });
});

describe('appeals', () => {
  it('a finding is appealed once, by the estate manager, and decided once, by the auditor', async () => {
    const a = await audit({ fail: 2 });
    const [f0] = a.findings;
    for (const u of [staff1, auditor])
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(
        codeOf(await kit.gql(u.token, APPEAL, { i: { findingId: f0!.id, reason: '现场已整改' } })),
      );
    const filed = await ok<{ appealFinding: { appeal: { status: string; appealedBy: { id: string } } } }>(
      manager.token,
      APPEAL,
      { i: { findingId: f0!.id, reason: '检查时该区域正在施工' } },
    );
    expect(filed.appealFinding.appeal).toMatchObject({ status: 'PENDING', appealedBy: { id: manager.id } });
    const again = await kit.gql(manager.token, APPEAL, { i: { findingId: f0!.id, reason: '再次申诉' } });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(reasonsOf(again)).toEqual(['findingId:ALREADY_APPEALED']);
    // The manager does not decide; the auditor upholds with reasons, once.
    expect(
      codeOf(
        await kit.gql(manager.token, DECIDE, {
          i: { findingId: f0!.id, decision: 'WITHDRAW', reason: '自行撤销' },
        }),
      ),
    ).toBe('FORBIDDEN');
    const upheld = await ok<{
      decideAppeal: { withdrawn: boolean; appeal: { status: string }; rectification: { status: string } };
    }>(auditor.token, DECIDE, { i: { findingId: f0!.id, decision: 'UPHOLD', reason: '施工不影响该项检查' } });
    expect(upheld.decideAppeal).toMatchObject({
      withdrawn: false,
      appeal: { status: 'UPHELD' },
      rectification: { status: 'OPEN' },
    });
    const twice = await kit.gql(auditor.token, DECIDE, {
      i: { findingId: f0!.id, decision: 'WITHDRAW', reason: '改判' },
    });
    expect(codeOf(twice)).toBe('CONFLICT');
  });

  it('a withdrawal cancels the rectification, rescores the audit and the audit-score figure the comparison reads', async () => {
    const month = addMonths(THIS_MONTH, -1);
    const estate = co.estates[1]!.id;
    const managerB = await co.user('ESTATE_MANAGER', { estateIds: [estate] });
    const submittedAt = new Date(`${month}-15T02:00:00Z`);
    const a = await submittedAudit(kit.database, {
      companyId: co.id,
      estateId: estate,
      version,
      submittedAt,
      fail: 2,
      avoidCritical: true,
      auditorIds: [auditor.id],
    });
    // What Part B does on submission: the month's figure from the audits.
    await withTenant(kit.database, co.id, (tx) => recomputeAuditScore(tx, co.id, estate, month));
    const approve = async () => {
      for (const op of ['submitMonthlyFigures', 'approveMonthlyFigures'])
        await ok(admin.token, `mutation($i: EstateMonthInput!) { ${op}(input: $i) { state } }`, {
          i: { estateId: estate, month },
        });
    };
    const scoreInComparison = async () => {
      const data = await ok<{
        comparisonMatrix: {
          rows: { estateId: string; cells: { indicatorCode: string; value: number | null }[] }[];
        };
      }>(
        admin.token,
        `query($f: ComparisonFilter!) { comparisonMatrix(filter: $f) { rows { estateId cells { indicatorCode value } } } }`,
        {
          f: { period: month },
        },
      );
      const row = data.comparisonMatrix.rows.find((r) => r.estateId === estate)!;
      return row.cells.find((c) => c.indicatorCode === 'audit_score')!.value;
    };
    await approve();
    expect(await scoreInComparison()).toBeCloseTo(a.score.percent!, 2);

    const f0 = a.findings[0]!;
    await ok(managerB.token, APPEAL, { i: { findingId: f0.id, reason: '该项检查标准不适用于本小区' } });
    const rescored = nextAuditEvent((p) => p.auditId === a.auditId && p.event === 'RESCORED');
    const awaitRescored = await rescored;
    const decided = await ok<{
      decideAppeal: {
        withdrawn: boolean;
        appeal: { status: string };
        rectification: { status: string };
        audit: { scorePercent: number };
      };
    }>(auditor.token, DECIDE, { i: { findingId: f0.id, decision: 'WITHDRAW', reason: '标准确不适用' } });
    expect(decided.decideAppeal).toMatchObject({
      withdrawn: true,
      appeal: { status: 'WITHDRAWN' },
      rectification: { status: 'CANCELLED' },
    });
    await awaitRescored.event;
    expect(decided.decideAppeal.audit.scorePercent).toBeGreaterThan(a.score.percent!);
    // The withdrawn item no longer counts against the estate: one failure fewer.
    const [figure] = await kit.database.raw<{ numerator: number; denominator: number; state: string }>(
      `select numerator, denominator, state from monthly_figures where estate_id = $1 and month = $2
         and indicator_code = 'audit_score' order by revision desc limit 1`,
      [estate, month],
    );
    expect(figure).toMatchObject({ state: 'DRAFT', denominator: a.score.max });
    expect(figure!.numerator).toBeGreaterThan(a.score.earned);
    await approve();
    expect(await scoreInComparison()).toBeCloseTo(decided.decideAppeal.audit.scorePercent, 2);
    // The cancelled rectification asks nothing of anyone.
    const cancelled = await one(managerB.token, a.rectifications[0]!.id);
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      canUpdate: false,
      canAssign: false,
      overdue: false,
    });
    expect(
      codeOf(
        await kit.gql(managerB.token, UPDATE, {
          i: { id: cancelled.id, version: cancelled.version, rootCause: 'x' },
        }),
      ),
    ).toBe('CONFLICT');
  });
});

describe('overdue', () => {
  /** Sends a job and resolves once this instance completed it. */
  async function run(send: () => Promise<string | null>) {
    const { events } = kit.app.services.jobs;
    let wanted: string | null = null;
    const done: string[] = [];
    const finished = new Promise<void>((resolve) => {
      const listener = (e: { id: string }) => {
        done.push(e.id);
        if (wanted && done.includes(wanted)) {
          events.off('completed', listener);
          resolve();
        }
      };
      events.on('completed', listener);
    });
    wanted = await send();
    if (wanted && done.includes(wanted)) return;
    await finished;
  }

  it('flags rectifications the moment they pass due, notifies manager and assignee, and publishes OVERDUE', async () => {
    const a = await audit({ fail: 1, submittedAt: new Date(TEST_NOW.getTime() - 20 * DAY) });
    const r = a.rectifications[0]!;
    await ok(manager.token, ASSIGN, { i: { id: r.id, version: 1, assigneeUserId: staff1.id } });
    const client = kit.ws(manager.token);
    const sub = await kit.subscribe<{
      rectificationChanged: { event: string; rectification: { id: string; overdue: boolean } };
    }>(client, co.id, `subscription { rectificationChanged { event rectification { id overdue } } }`);
    // Due 5 days ago: the delayed job runs at once.
    await run(async () => {
      await scheduleRectificationDeadlines(kit.app.services.jobs, co.id, [r]);
      const [job] = await kit.database.raw<{ id: string }>(
        `select id::text from pgboss.job where name = $1 and data->'payload'->>'rectificationId' = $2`,
        [RECTIFICATION_OVERDUE, r.id],
      );
      return job?.id ?? null;
    });
    const event = await sub.until((e) => e.rectificationChanged.event === 'OVERDUE');
    expect(event.rectificationChanged.rectification).toEqual({ id: r.id, overdue: true });
    sub.dispose();
    const view = await one(manager.token, r.id);
    expect(view.overdueAt).toBe(TEST_NOW.toISOString());
    for (const u of [manager, staff1]) {
      const inbox = await ok<{ myNotifications: { edges: { node: { kind: string; link: string } }[] } }>(
        u.token,
        `{ myNotifications(first: 100) { edges { node { kind link } } } }`,
      );
      expect(inbox.myNotifications.edges.map((e) => e.node)).toContainEqual({
        kind: 'RECTIFICATION_OVERDUE',
        link: `/rectifications/${r.id}`,
      });
    }
    const overdue = await ok<{ rectifications: { edges: { node: { id: string } }[] } }>(manager.token, LIST, {
      f: { overdue: true, auditId: a.auditId },
    });
    expect(overdue.rectifications.edges.map((e) => e.node.id)).toEqual([r.id]);
  });

  it('the sweep flags nothing before the due date and flags it once the injected clock passed it', async () => {
    const a = await audit({ fail: 1 });
    const r = a.rectifications[0]!;
    const sweep = () => kit.app.services.jobs.send(RECTIFICATION_OVERDUE, co.id, {});
    const overdueAt = async () =>
      (
        await kit.database.raw<{ at: Date | null }>(
          'select overdue_at as at from rectifications where id = $1',
          [r.id],
        )
      )[0]!.at;
    try {
      await run(sweep);
      expect(await overdueAt()).toBeNull();
      expect((await one(manager.token, r.id)).overdue).toBe(false);
      const later = new Date(r.dueAt.getTime() + 60_000);
      kit.setNow(later);
      await run(sweep);
      expect(new Date((await overdueAt())!).toISOString()).toBe(later.toISOString());
      expect((await one(manager.token, r.id)).overdue).toBe(true);
    } finally {
      kit.setNow(TEST_NOW);
    }
  });
});

describe('isolation and hostile input', () => {
  it('another company gets NOT_FOUND through every id and sees nothing in lists', async () => {
    const a = await audit({ fail: 1 });
    const r = a.rectifications[0]!;
    for (const [q, vars] of [
      [ONE, { id: r.id }],
      [ASSIGN, { i: { id: r.id, version: 1, assigneeUserId: otherAdmin.id } }],
      [UPDATE, { i: { id: r.id, version: 1, rootCause: 'x' } }],
      [SUBMIT, { i: { id: r.id, version: 1 } }],
      [VERIFY, { i: { id: r.id, version: 1 } }],
      [REOPEN, { i: { id: r.id, version: 1, reason: 'x' } }],
      [APPEAL, { i: { findingId: r.findingId, reason: 'x' } }],
      [DECIDE, { i: { findingId: r.findingId, decision: 'UPHOLD', reason: 'x' } }],
    ] as const)
      expect(codeOf(await kit.gql(otherAdmin.token, q, vars)), q.slice(0, 40)).toBe('NOT_FOUND');
    const listed = await ok<{ rectifications: { totalCount: number } }>(otherAdmin.token, LIST, {
      f: { auditId: a.auditId },
    });
    expect(listed.rectifications.totalCount).toBe(0);
    const findings = await ok<{ findings: { totalCount: number } }>(
      otherAdmin.token,
      `query($f: FindingFilter) { findings(filter: $f) { totalCount } }`,
      { f: { auditId: a.auditId } },
    );
    expect(findings.findings.totalCount).toBe(0);
  });

  it('refuses control characters, overlong text, too many photos, foreign uploads and bad cursors', async () => {
    const a = await audit({ fail: 1 });
    const r = a.rectifications[0]!;
    const bad = async (i: Record<string, unknown>) =>
      reasonsOf(await kit.gql(manager.token, UPDATE, { i: { id: r.id, version: 1, ...i } }));
    expect(await bad({ rootCause: 'a\u202Eb' })).toEqual(['rootCause:CONTROL_CHARACTERS']);
    expect(await bad({ correctiveAction: 'x'.repeat(1001) })).toEqual(['correctiveAction:TOO_LONG']);
    expect(await bad({ afterPhotoFileIds: Array.from({ length: 11 }, (_, i) => `f${i}`) })).toEqual([
      'afterPhotoFileIds:TOO_MANY',
    ]);
    const theirs = await uploaded(kit, staff1.token, await png('#0000aa'), 'theirs.png');
    expect(await bad({ beforePhotoFileIds: [theirs] })).toEqual(['beforePhotoFileIds.0:NOT_FOUND']);
    expect(await bad({ beforePhotoFileIds: ["'; drop table rectifications; --"] })).toEqual([
      'beforePhotoFileIds.0:NOT_FOUND',
    ]);
    expect(codeOf(await kit.gql(manager.token, ONE, { id: "1' or '1'='1" }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(manager.token, LIST, { after: 'bm90LWEtY3Vyc29y' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await kit.gql(manager.token, LIST, { f: { estateId: 'x' } }))).toBe('OK');
    // Nothing of the refused writes was stored.
    expect((await one(manager.token, r.id)).version).toBe(1);
  });
});
