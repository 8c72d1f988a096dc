/**
 * The demo's quality audits (issue 9): a finished campaign of the last quarter over every estate of
 * 安居物业 with scores, findings and rectifications in every state (some overdue, one appeal upheld
 * and one withdrawn, one waiting for a decision), the current quarter's campaign planned, a spot
 * check of 翠湖苑 next week that its manager cannot see, and a night patrol in progress for the
 * auditor to continue on a phone. Answers come from a seeded generator keyed by estate and item
 * (never Math.random), so a reseed tells the same story: strong estates score high, weak ones fail
 * more items, as their figures do.
 */
import {
  AUDIT_SCORE,
  type AuditAnswer,
  type AuditKind,
  type AuditTemplateContent,
  addMonths,
  defaultTemplateContent,
  type FindingSeverity,
  findingSeverity,
  monthlyValue,
  monthOfDate,
  type RectificationStatus,
  rectificationDueAt,
  SCORE_STEP,
  scoreAudit,
} from '@anju/domain';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import {
  auditAnswers,
  auditAppeals,
  auditAuditors,
  auditCampaigns,
  auditFindings,
  audits,
  QUARTERLY_TEMPLATE_NAME,
  rectifications,
  seedDefaultTemplates,
} from '../modules/audits/index.js';
import { monthlyFigures } from '../modules/figures/index.js';
import { demoQuality, seeded } from './demo-figures.js';

export interface DemoAuditEstate {
  id: string;
  code: string;
  name: string;
}

export interface DemoAuditInput {
  companyId: string;
  estates: DemoAuditEstate[];
  auditorId: string;
  /** A second auditor on the campaigns (the consultant). */
  coAuditorId: string;
  adminId: string;
  /** The estate manager of each estate that has one (estate code → user id). */
  managers: Map<string, string>;
  /** The member of staff rectifications of each estate are assigned to (estate code → user id). */
  staff: Map<string, string>;
  now: Date;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** The estate whose manager is the demo account: its spot check must stay secret from them. */
const HOME = 'HZ-CHY';

const cst = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`);
const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
const halfStep = (v: number) => Math.round(v / SCORE_STEP) * SCORE_STEP;

/** Each estate's answers: weaker estates fail more items; every estate fails at least three. */
function answersFor(code: string, content: AuditTemplateContent, key: string): Map<string, AuditAnswer> {
  const quality = demoQuality(code);
  const r = seeded(`${key}|${code}`);
  const items = content.sections.flatMap((s) => s.items);
  const draws = items.map((item) => ({ item, fail: r(), depth: r(), na: r() }));
  const failing = new Set(
    draws
      .filter((d) => d.fail < 0.03 + (1 - quality) * 0.45 && (!d.item.critical || quality < 0.4))
      .map((d) => d.item.key),
  );
  // At least three findings everywhere, so every estate has something to rectify.
  for (const d of [...draws].filter((x) => !x.item.critical).sort((a, b) => a.fail - b.fail)) {
    if (failing.size >= 3) break;
    failing.add(d.item.key);
  }
  const answers = new Map<string, AuditAnswer>();
  for (const d of draws) {
    if (failing.has(d.item.key)) {
      answers.set(
        d.item.key,
        d.depth < 0.3
          ? { kind: 'FAIL' }
          : { kind: 'SCORE', score: halfStep(d.item.maxScore * (0.2 + d.depth * 0.6)) },
      );
    } else if (d.na < 0.03) answers.set(d.item.key, { kind: 'NOT_APPLICABLE' });
    else
      answers.set(d.item.key, d.depth < 0.5 ? { kind: 'PASS' } : { kind: 'SCORE', score: d.item.maxScore });
  }
  return answers;
}

/** Where a rectification of a finished audit stands now: strong estates have closed nearly all. */
function rectificationState(quality: number, r: number): RectificationStatus {
  if (quality >= 0.8) return r < 0.85 ? 'VERIFIED' : 'SUBMITTED';
  if (quality >= 0.55)
    return r < 0.6 ? 'VERIFIED' : r < 0.75 ? 'SUBMITTED' : r < 0.9 ? 'IN_PROGRESS' : 'REOPENED';
  return r < 0.35
    ? 'VERIFIED'
    : r < 0.45
      ? 'SUBMITTED'
      : r < 0.7
        ? 'IN_PROGRESS'
        : r < 0.9
          ? 'OPEN'
          : 'REOPENED';
}

const ROOT_CAUSES: Record<string, [string, string, string]> = {
  default: [
    '岗位人员对作业标准掌握不牢，班组长巡查不到位',
    '按标准重新整改到位，并拍照留存整改前后对比',
    '组织班组学习作业标准，班组长每日巡查并记录，纳入月度考核',
  ],
};

export async function seedDemoAudits(
  tx: Tx,
  input: DemoAuditInput,
): Promise<{ audits: number; findings: number }> {
  const { companyId, now } = input;
  const content = defaultTemplateContent();
  // The product's default templates (one per department and the combined quarterly one),
  // published half a year ago: the campaigns use the combined one.
  const templates = await seedDefaultTemplates(
    tx,
    companyId,
    input.adminId,
    cst(`${addMonths(monthOfDate(now), -6)}-01`),
  );
  const versionId = templates.find((t) => t.name === QUARTERLY_TEMPLATE_NAME)!.versionId!;
  const items = new Map(
    content.sections.flatMap((s) => s.items.map((i) => [i.key, { item: i, section: s }] as const)),
  );

  // The last quarter's campaign, finished: every estate audited in its last month.
  const thisMonth = monthOfDate(now);
  const lastQuarterEnd = addMonths(thisMonth, -((Number(thisMonth.slice(5, 7)) - 1) % 3) - 1);
  const lastQuarter = quarterOf(lastQuarterEnd);
  const [done] = await tx
    .insert(auditCampaigns)
    .values({
      companyId,
      name: `${lastQuarter.replace('-', ' ')} 季度品质评估`,
      kind: 'QUARTERLY',
      quarter: lastQuarter,
      templateVersionId: versionId,
      startsOn: `${lastQuarterEnd}-05`,
      dueOn: `${lastQuarterEnd}-25`,
      createdBy: input.auditorId,
      createdAt: cst(`${addMonths(lastQuarterEnd, -1)}-20`),
      updatedAt: cst(`${addMonths(lastQuarterEnd, -1)}-20`),
    })
    .returning();

  let findingCount = 0;
  let auditCount = 0;
  let appealsPlaced = 0;
  for (const [index, estate] of input.estates.entries()) {
    const quality = demoQuality(estate.code);
    const plannedAt = cst(`${lastQuarterEnd}-${String(6 + index * 2).padStart(2, '0')}`);
    const submittedAt = new Date(plannedAt.getTime() + 7 * HOUR);
    const answers = answersFor(estate.code, content, lastQuarter);
    const answeredBy = index % 3 === 2 ? input.coAuditorId : input.auditorId;
    const [audit] = await tx
      .insert(audits)
      .values({
        companyId,
        estateId: estate.id,
        kind: 'QUARTERLY',
        campaignId: done!.id,
        templateVersionId: versionId,
        title: `${lastQuarter.replace('-', ' ')} 季度品质评估 · ${estate.name}`,
        plannedAt,
        dueAt: cst(`${lastQuarterEnd}-25`, '18:00'),
        status: 'SUBMITTED',
        startedAt: plannedAt,
        submittedAt,
        submittedBy: answeredBy,
        createdBy: input.auditorId,
        createdAt: done!.createdAt,
        updatedAt: submittedAt,
      })
      .returning();
    auditCount++;
    await tx.insert(auditAuditors).values(
      [...new Set([input.auditorId, answeredBy])].map((userId) => ({
        companyId,
        auditId: audit!.id,
        userId,
      })),
    );
    await tx.insert(auditAnswers).values(
      [...answers].map(([itemKey, a], i) => ({
        companyId,
        auditId: audit!.id,
        itemKey,
        kind: a.kind,
        score: a.kind === 'SCORE' ? a.score : null,
        note:
          a.kind === 'FAIL' || (a.kind === 'SCORE' && a.score < items.get(itemKey)!.item.maxScore)
            ? '现场检查不符合标准，已拍照'
            : null,
        answeredBy,
        answeredAt: new Date(plannedAt.getTime() + (i + 1) * 60_000),
      })),
    );

    // Findings and their rectifications, as submitAudit raised them.
    const failed = scoreAudit(content, answers).total.failedItems;
    const r = seeded(`${lastQuarter}|rect|${estate.code}`);
    const withdrawn = new Set<string>();
    let allClosed = true;
    for (const [i, itemKey] of failed.entries()) {
      const { item, section } = items.get(itemKey)!;
      const severity: FindingSeverity = findingSeverity(item, answers.get(itemKey)!);
      const [finding] = await tx
        .insert(auditFindings)
        .values({
          companyId,
          auditId: audit!.id,
          estateId: estate.id,
          auditKind: 'QUARTERLY',
          itemKey,
          sectionKey: section.key,
          department: section.department,
          title: item.title,
          standard: item.standard,
          severity,
          critical: item.critical,
          note: '现场检查不符合标准，已拍照',
          raisedAt: submittedAt,
        })
        .returning();
      findingCount++;
      const dueAt = rectificationDueAt(severity, submittedAt);
      let status = rectificationState(quality, r());
      // The weakest estate shows every state the estate can be in.
      const forced: RectificationStatus[] = ['OPEN', 'IN_PROGRESS', 'REOPENED', 'SUBMITTED'];
      if (quality < 0.4 && i < forced.length) status = forced[i]!;
      const manager = input.managers.get(estate.code) ?? null;
      const assignee = status === 'OPEN' ? null : (input.staff.get(estate.code) ?? manager);
      // The home estate's manager appealed twice: one upheld, one withdrawn; a third waits.
      let cancelled = false;
      if (estate.code === HOME && manager && appealsPlaced < 3) {
        const decision = (['UPHELD', 'WITHDRAWN', 'PENDING'] as const)[appealsPlaced++]!;
        const appealedAt = new Date(submittedAt.getTime() + DAY);
        await tx.insert(auditAppeals).values({
          companyId,
          findingId: finding!.id,
          estateId: estate.id,
          status: decision,
          reason:
            decision === 'WITHDRAWN'
              ? '检查当日该设施正在计划内维保，已提前公示，维保记录附后'
              : '该项问题系业主装修临时占用所致，非服务中心责任',
          appealedBy: manager,
          appealedAt,
          decisionReason:
            decision === 'UPHELD'
              ? '装修管理属服务中心职责，巡查应及时发现并制止，维持不合格判定'
              : decision === 'WITHDRAWN'
                ? '核实维保计划及公示记录属实，撤销该不合格项'
                : null,
          decidedBy: decision === 'PENDING' ? null : input.auditorId,
          decidedAt: decision === 'PENDING' ? null : new Date(appealedAt.getTime() + DAY),
        });
        if (decision === 'WITHDRAWN') {
          withdrawn.add(itemKey);
          cancelled = true;
          await tx
            .update(auditFindings)
            .set({ withdrawn: true })
            .where(and(eq(auditFindings.companyId, companyId), eq(auditFindings.id, finding!.id)));
        }
        if (decision === 'PENDING') status = 'IN_PROGRESS';
      }
      if (estate.code === HOME && !cancelled && status !== 'IN_PROGRESS' && i === failed.length - 1) {
        // Something for 翠湖苑's staff to work on today.
        status = 'IN_PROGRESS';
      }
      if (!cancelled && status !== 'VERIFIED') allClosed = false;
      const open = !cancelled && (status === 'OPEN' || status === 'IN_PROGRESS' || status === 'REOPENED');
      const assignedAt = new Date(submittedAt.getTime() + 3 * HOUR);
      const submitted = status === 'SUBMITTED' || status === 'VERIFIED';
      const submittedOn = new Date(Math.min(dueAt.getTime() - HOUR, submittedAt.getTime() + 2 * DAY));
      const [root, corrective, preventive] = ROOT_CAUSES.default!;
      await tx.insert(rectifications).values({
        companyId,
        findingId: finding!.id,
        auditId: audit!.id,
        estateId: estate.id,
        auditKind: 'QUARTERLY',
        status: cancelled ? 'OPEN' : status,
        cancelled,
        dueAt,
        overdueAt: open && dueAt < now ? dueAt : null,
        assigneeUserId: assignee,
        assignedBy: assignee ? (manager ?? input.adminId) : null,
        assignedAt: assignee ? assignedAt : null,
        rootCause: submitted || status === 'REOPENED' ? root : null,
        correctiveAction: submitted || status === 'REOPENED' ? corrective : null,
        preventiveAction: submitted || status === 'REOPENED' ? preventive : null,
        evidenceNote: submitted || status === 'REOPENED' ? '已按标准整改完毕，见整改后照片' : null,
        submittedBy: submitted || status === 'REOPENED' ? assignee : null,
        submittedAt: submitted || status === 'REOPENED' ? submittedOn : null,
        verifiedBy: status === 'VERIFIED' ? input.auditorId : null,
        verifiedAt: status === 'VERIFIED' ? new Date(submittedOn.getTime() + DAY) : null,
        reopenReason: status === 'REOPENED' ? '整改后照片看不出整改效果，请补充整改前后同角度照片' : null,
        reopenCount: status === 'REOPENED' ? 1 : 0,
        createdAt: submittedAt,
        updatedAt: submittedAt,
      });
    }
    const score = scoreAudit(content, answers, { withdrawn }).total;
    // The quarter's audit_score figure is this audit's result (as the audits source computes it),
    // approved with the month (or waiting with it, when that month is still in HQ's queue): the
    // comparison shows what the audits found.
    await tx
      .update(monthlyFigures)
      .set({
        numerator: score.earned,
        denominator: score.max,
        value: monthlyValue(AUDIT_SCORE, { numerator: score.earned, denominator: score.max }),
        source: 'COMPUTED',
      })
      .where(
        and(
          eq(monthlyFigures.companyId, companyId),
          eq(monthlyFigures.estateId, estate.id),
          eq(monthlyFigures.indicatorCode, AUDIT_SCORE.code),
          eq(monthlyFigures.month, lastQuarterEnd),
        ),
      );
    await tx
      .update(audits)
      .set({
        score,
        scorePercent: score.percent,
        status: allClosed ? 'CLOSED' : 'SUBMITTED',
        closedAt: allClosed ? new Date(submittedAt.getTime() + 5 * DAY) : null,
      })
      .where(and(eq(audits.companyId, companyId), eq(audits.id, audit!.id)));
  }

  // This quarter's campaign, planned from next week: announced, so estates see it coming.
  const thisQuarter = quarterOf(thisMonth);
  const day = (offset: number) => new Date(now.getTime() + offset * DAY);
  const isoDay = (d: Date) => d.toISOString().slice(0, 10);
  const [planned] = await tx
    .insert(auditCampaigns)
    .values({
      companyId,
      name: `${thisQuarter.replace('-', ' ')} 季度品质评估`,
      kind: 'QUARTERLY',
      quarter: thisQuarter,
      templateVersionId: versionId,
      startsOn: isoDay(day(7)),
      dueOn: isoDay(day(7 + input.estates.length + 7)),
      createdBy: input.auditorId,
    })
    .returning();
  for (const [index, estate] of input.estates.entries()) {
    await plan(tx, input, {
      estateId: estate.id,
      kind: 'QUARTERLY',
      campaignId: planned!.id,
      versionId,
      title: `${thisQuarter.replace('-', ' ')} 季度品质评估 · ${estate.name}`,
      plannedAt: atNine(day(7 + index)),
      dueAt: atNine(day(7 + input.estates.length + 7)),
    });
    auditCount++;
  }

  // Unannounced: a spot check of 翠湖苑 next week (its manager must not learn of it) and a night
  // patrol of another estate under way tonight, half answered.
  const home = input.estates.find((e) => e.code === HOME)!;
  await plan(tx, input, {
    estateId: home.id,
    kind: 'SPOT_CHECK',
    campaignId: null,
    versionId,
    title: `突击抽查 · ${home.name}`,
    plannedAt: atNine(day(5)),
    dueAt: atNine(day(6)),
  });
  const patrolled = input.estates.find((e) => e.code !== HOME)!;
  const patrol = await plan(tx, input, {
    estateId: patrolled.id,
    kind: 'NIGHT_PATROL',
    campaignId: null,
    versionId,
    title: `夜间巡查 · ${patrolled.name}`,
    plannedAt: new Date(now.getTime() - 2 * HOUR),
    dueAt: new Date(now.getTime() + DAY),
    status: 'IN_PROGRESS',
  });
  const patrolAnswers = answersFor(patrolled.code, content, `patrol|${isoDay(now)}`);
  const firstSection = content.sections.find((s) => s.department === 'SECURITY')!;
  await tx.insert(auditAnswers).values(
    firstSection.items.slice(0, 5).map((item, i) => ({
      companyId,
      auditId: patrol.id,
      itemKey: item.key,
      kind: patrolAnswers.get(item.key)!.kind,
      score: (patrolAnswers.get(item.key) as { score?: number }).score ?? null,
      answeredBy: input.auditorId,
      answeredAt: new Date(now.getTime() - (90 - i * 10) * 60_000),
    })),
  );
  auditCount += 2;
  return { audits: auditCount, findings: findingCount };
}

/** 09:00 in Shanghai on the day of `d`. */
function atNine(d: Date): Date {
  return cst(new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 10));
}

async function plan(
  tx: Tx,
  input: DemoAuditInput,
  a: {
    estateId: string;
    kind: AuditKind;
    campaignId: string | null;
    versionId: string;
    title: string;
    plannedAt: Date;
    dueAt: Date;
    status?: 'PLANNED' | 'IN_PROGRESS';
  },
) {
  const [row] = await tx
    .insert(audits)
    .values({
      companyId: input.companyId,
      estateId: a.estateId,
      kind: a.kind,
      campaignId: a.campaignId,
      templateVersionId: a.versionId,
      title: a.title,
      plannedAt: a.plannedAt,
      dueAt: a.dueAt,
      status: a.status ?? 'PLANNED',
      startedAt: a.status === 'IN_PROGRESS' ? a.plannedAt : null,
      createdBy: input.auditorId,
    })
    .returning();
  await tx
    .insert(auditAuditors)
    .values({ companyId: input.companyId, auditId: row!.id, userId: input.auditorId });
  return row!;
}
