/**
 * Planning audits (issue 9, item 2): HQ campaigns (one audit per estate), single spot checks,
 * night patrols and one-off checks, and the estate's recurring self-checks; starting and cancelling.
 * Every planned audit gets its start job (at plannedAt) and overdue job (at dueAt) once committed.
 */
import {
  type AuditKind,
  addDaysToDate,
  cancelAuditSchema,
  createAuditCampaignSchema,
  createAuditScheduleSchema,
  DEFAULT_TIME_ZONE,
  type EstateAuditKind,
  planAuditSchema,
  recurrenceDates,
  subject,
} from '@anju/domain';
import { assertCan } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { badInput, forbidden, notFound } from '../../lib/errors.js';
import type { AppServices } from '../../lib/services.js';
import { parseInput } from '../../lib/validation.js';
import { tenantWrite } from '../../lib/write.js';
import { findCompany } from '../companies/index.js';
import { type EstateRow, findEstates } from '../estates/index.js';
import { announce, type NotificationRow, notify } from '../notifications/index.js';
import {
  AUDIT,
  assertConductor,
  assertEligibleAuditors,
  assertReadable,
  isEstateKind,
  isHqKind,
  publishAudit,
} from './audits.access.js';
import { localDate, localDateTime, zonedInstant } from './audits.dates.js';
import { toAudit, toCampaign, toSchedule } from './audits.read.js';
import type { AuditRow, AuditScheduleRow } from './audits.schema.js';
import * as store from './audits.store.js';
import type {
  Audit,
  AuditCampaign,
  AuditSchedule,
  CreateAuditCampaignInput,
  CreateAuditScheduleInput,
  PlanAuditInput,
} from './audits.types.js';

export const AUDIT_START = 'audits.start';
export const AUDIT_OVERDUE = 'audits.overdue';
export interface AuditJobData {
  auditId: string;
}

export const KIND_LABELS: Record<AuditKind, string> = {
  QUARTERLY: '季度品质评估',
  SPOT_CHECK: '突击抽查',
  NIGHT_PATROL: '夜间巡查',
  SELF_CHECK: '日常自查',
  SEMI_MONTHLY: '每半月专业核查',
  MONTHLY: '每月全面评估',
};

/** Days after its planned day by which a scheduled estate check is due (by 23:59 local). */
const SCHEDULED_DUE_DAYS: Record<EstateAuditKind, number> = { SELF_CHECK: 0, SEMI_MONTHLY: 3, MONTHLY: 7 };
/** How far ahead the schedules job creates audits. */
export const SCHEDULE_HORIZON_DAYS = 7;

const timeZoneOf = async (tx: Tx, companyId: string) =>
  (await findCompany(tx, companyId))?.timeZone || DEFAULT_TIME_ZONE;

/** What to do once a planning transaction committed: jobs, notifications, events. */
export interface Planned {
  audits: AuditRow[];
  notifications: NotificationRow[];
}

/** Queues the start and overdue jobs of planned audits and tells auditors and subscribers. */
export async function afterPlanned(services: AppServices, planned: Planned, actorUserId: string | null) {
  announce(services.pubsub, planned.notifications);
  for (const audit of planned.audits) {
    publishAudit(services.pubsub, audit, 'PLANNED', { actorUserId });
    await scheduleAuditJobs(services, audit);
  }
}

/** The start job at plannedAt and the overdue job at dueAt (at most one of each waiting per audit). */
export async function scheduleAuditJobs(services: AppServices, audit: AuditRow): Promise<void> {
  const data: AuditJobData = { auditId: audit.id };
  if (audit.status === 'PLANNED')
    await services.jobs.send(AUDIT_START, audit.companyId, data, {
      startAfter: audit.plannedAt,
      singletonKey: `start:${audit.id}`,
    });
  await services.jobs.send(AUDIT_OVERDUE, audit.companyId, data, {
    startAfter: audit.dueAt,
    singletonKey: `overdue:${audit.id}`,
  });
}

/** AUDIT_ASSIGNED to each auditor of new audits (HQ members for HQ kinds: secrecy holds). */
async function notifyAuditors(
  tx: Tx,
  companyId: string,
  rows: readonly { audit: AuditRow; auditorIds: readonly string[]; estateName: string }[],
  timeZone: string,
  now: Date,
): Promise<NotificationRow[]> {
  const items = rows.flatMap(({ audit, auditorIds, estateName }) =>
    auditorIds.map((userId) => ({
      userId,
      kind: 'AUDIT_ASSIGNED' as const,
      params: { estateName, title: audit.title, plannedAt: localDateTime(audit.plannedAt, timeZone) },
      title: `新的检查任务：${audit.title}`,
      body: `${estateName}，计划于 ${localDateTime(audit.plannedAt, timeZone)} 开始。`,
      link: `/audits/${audit.id}`,
      onceKey: `audit-assigned:${audit.id}`,
    })),
  );
  return notify(tx, companyId, items, now);
}

/** The estates by id, each readable by the caller and active; problems under `path(i)`. */
async function loadEstates(
  tx: Tx,
  caller: TenantCaller,
  ids: readonly string[],
  path: (i: number) => (string | number)[],
): Promise<Map<string, EstateRow>> {
  const rows = await findEstates(tx, caller.companyId, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems = ids.flatMap((id, i) => {
    const row = byId.get(id);
    if (!row || !caller.ability.can('read', subject('Estate', row)))
      return [{ path: path(i), reason: 'NOT_FOUND', message: '小区不存在' }];
    if (row.archivedAt) return [{ path: path(i), reason: 'ARCHIVED', message: '小区已归档' }];
    return [];
  });
  if (problems.length) throw badInput(problems);
  return byId;
}

/** The caller may create an audit of `kind` at each estate; else FORBIDDEN (nothing written). */
function assertMayPlan(caller: TenantCaller, kind: AuditKind, estateIds: readonly string[]) {
  for (const estateId of estateIds) {
    const draft = { companyId: caller.companyId, estateId, kind, status: 'PLANNED' };
    if (!caller.ability.can('create', subject('Audit', draft))) throw forbidden();
  }
}

async function versionFor(tx: Tx, companyId: string, id: string, path: (string | number)[]) {
  const version = await store.findTemplateVersion(tx, companyId, id);
  if (!version) throw badInput([{ path, reason: 'NOT_FOUND', message: '检查标准版本不存在' }]);
  return version;
}

export async function createAuditCampaign(
  ctx: Context,
  raw: CreateAuditCampaignInput,
): Promise<AuditCampaign> {
  const { campaign, planned } = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    // Refusal first: a role that may not plan HQ audits learns nothing from validation.
    if (!caller.ability.can('create', 'Audit')) throw forbidden();
    const input = parseInput(createAuditCampaignSchema, raw, ['input']);
    if (!isHqKind(input.kind))
      throw badInput([
        { path: ['input', 'kind'], reason: 'NOT_ALLOWED', message: '批次只能是季度评估、突击抽查或夜间巡查' },
      ]);
    const estateIds = input.estates.map((e) => e.estateId);
    const estates = await loadEstates(tx, caller, estateIds, (i) => ['input', 'estates', i, 'estateId']);
    assertMayPlan(caller, input.kind, estateIds);
    const version = await versionFor(tx, caller.companyId, input.templateVersionId, [
      'input',
      'templateVersionId',
    ]);
    for (const [i, e] of input.estates.entries())
      await assertEligibleAuditors(
        tx,
        caller.companyId,
        input.kind,
        estates.get(e.estateId)!,
        e.auditorUserIds,
        ['input', 'estates', i, 'auditorUserIds'],
      );
    const timeZone = await timeZoneOf(tx, caller.companyId);
    const startsAt = zonedInstant(input.startsOn, '00:00', timeZone);
    const dueAt = zonedInstant(input.dueOn, '23:59', timeZone);
    const campaign = await store.insertCampaign(tx, caller.companyId, {
      name: input.name,
      kind: input.kind,
      quarter: input.quarter ?? null,
      templateVersionId: version.id,
      startsOn: input.startsOn,
      dueOn: input.dueOn,
      createdBy: caller.userId,
    });
    const audits = await store.insertAudits(
      tx,
      caller.companyId,
      input.estates.map((e) => ({
        estateId: e.estateId,
        kind: input.kind,
        campaignId: campaign.id,
        templateVersionId: version.id,
        title: `${input.name} · ${estates.get(e.estateId)!.name}`,
        plannedAt: e.plannedAt ?? startsAt,
        dueAt,
        createdBy: caller.userId,
      })),
    );
    const byEstate = new Map(audits.map((a) => [a.estateId, a]));
    await store.insertAuditors(
      tx,
      caller.companyId,
      input.estates.flatMap((e) =>
        e.auditorUserIds.map((userId) => ({ auditId: byEstate.get(e.estateId)!.id, userId })),
      ),
    );
    const problems = audits.flatMap((a, i) =>
      a.dueAt.getTime() <= a.plannedAt.getTime()
        ? [
            {
              path: ['input', 'estates', i, 'plannedAt'],
              reason: 'INVALID',
              message: '计划时间须早于截止时间',
            },
          ]
        : [],
    );
    if (problems.length) throw badInput(problems);
    const notifications = await notifyAuditors(
      tx,
      caller.companyId,
      input.estates.map((e) => ({
        audit: byEstate.get(e.estateId)!,
        auditorIds: e.auditorUserIds,
        estateName: estates.get(e.estateId)!.name,
      })),
      timeZone,
      ctx.services.clock(),
    );
    await changeLog('audit.campaign.create', 'AuditCampaign', campaign.id, null, {
      ...campaign,
      audits: audits.map((a) => a.id),
    });
    return { campaign, planned: { audits, notifications } };
  });
  await afterPlanned(ctx.services, planned, requireUser(ctx));
  return toCampaign(campaign);
}

const requireUser = (ctx: Context) => ctx.auth?.session.userId ?? null;

export async function planAudit(ctx: Context, raw: PlanAuditInput): Promise<Audit> {
  const { audit, planned } = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    if (!caller.ability.can('create', 'Audit')) throw forbidden();
    const input = parseInput(planAuditSchema, raw, ['input']);
    const estates = await loadEstates(tx, caller, [input.estateId], () => ['input', 'estateId']);
    const estate = estates.get(input.estateId)!;
    assertMayPlan(caller, input.kind, [input.estateId]);
    const version = await versionFor(tx, caller.companyId, input.templateVersionId, [
      'input',
      'templateVersionId',
    ]);
    await assertEligibleAuditors(tx, caller.companyId, input.kind, estate, input.auditorUserIds, [
      'input',
      'auditorUserIds',
    ]);
    const [audit] = await store.insertAudits(tx, caller.companyId, [
      {
        estateId: estate.id,
        kind: input.kind,
        templateVersionId: version.id,
        title: input.title || `${KIND_LABELS[input.kind]} · ${estate.name}`,
        plannedAt: input.plannedAt,
        dueAt: input.dueAt,
        createdBy: caller.userId,
      },
    ]);
    await store.insertAuditors(
      tx,
      caller.companyId,
      input.auditorUserIds.map((userId) => ({ auditId: audit!.id, userId })),
    );
    const timeZone = await timeZoneOf(tx, caller.companyId);
    const notifications = await notifyAuditors(
      tx,
      caller.companyId,
      [{ audit: audit!, auditorIds: input.auditorUserIds, estateName: estate.name }],
      timeZone,
      ctx.services.clock(),
    );
    await changeLog('audit.plan', 'Audit', audit!.id, null, {
      ...audit,
      auditorUserIds: input.auditorUserIds,
    });
    return { audit: audit!, planned: { audits: [audit!], notifications } };
  });
  await afterPlanned(ctx.services, planned, requireUser(ctx));
  return toAudit(audit);
}

/**
 * Creates the audits of one schedule from its next ungenerated day through `today` + 6 (within
 * its dates), planned 08:00 local and due by 23:59 of their last day. Reruns create nothing twice
 * (unique schedule + plannedAt). Answers the audits created and their notifications.
 */
export async function generateScheduleAudits(
  tx: Tx,
  schedule: AuditScheduleRow,
  today: string,
  timeZone: string,
  now: Date,
): Promise<Planned> {
  const companyId = schedule.companyId;
  const nextDay = schedule.generatedThrough ? addDaysToDate(schedule.generatedThrough, 1) : schedule.startsOn;
  const from = [nextDay, schedule.startsOn, today].sort().at(-1)!;
  const horizon = addDaysToDate(today, SCHEDULE_HORIZON_DAYS - 1);
  const to = schedule.endsOn && schedule.endsOn < horizon ? schedule.endsOn : horizon;
  if (from > to || !isEstateKind(schedule.kind)) return { audits: [], notifications: [] };
  const version = await store.latestVersionOf(tx, companyId, schedule.templateId);
  // No published version (or the template was archived): nothing to audit against yet.
  if (!version) return { audits: [], notifications: [] };
  const kind = schedule.kind as EstateAuditKind;
  const [estate] = await findEstates(tx, companyId, [schedule.estateId]);
  if (!estate || estate.archivedAt) return { audits: [], notifications: [] };
  const dates = recurrenceDates(kind, from, to);
  const audits = await store.insertAudits(
    tx,
    companyId,
    dates.map((d) => ({
      estateId: schedule.estateId,
      kind,
      scheduleId: schedule.id,
      templateVersionId: version.id,
      title: `${KIND_LABELS[kind]} ${d}`,
      plannedAt: zonedInstant(d, '08:00', timeZone),
      dueAt: zonedInstant(addDaysToDate(d, SCHEDULED_DUE_DAYS[kind]), '23:59', timeZone),
      createdBy: schedule.createdBy,
    })),
  );
  await store.insertAuditors(
    tx,
    companyId,
    audits.flatMap((a) => schedule.auditorUserIds.map((userId) => ({ auditId: a.id, userId }))),
  );
  await store.updateSchedule(tx, companyId, schedule.id, { generatedThrough: to });
  const notifications = await notifyAuditors(
    tx,
    companyId,
    audits.map((audit) => ({ audit, auditorIds: schedule.auditorUserIds, estateName: estate.name })),
    timeZone,
    now,
  );
  return { audits, notifications };
}

export async function createAuditSchedule(
  ctx: Context,
  raw: CreateAuditScheduleInput,
): Promise<AuditSchedule> {
  const { schedule, planned } = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    if (!caller.ability.can('create', 'Audit')) throw forbidden();
    const input = parseInput(createAuditScheduleSchema, raw, ['input']);
    if (!isEstateKind(input.kind))
      throw badInput([
        { path: ['input', 'kind'], reason: 'NOT_ALLOWED', message: '只有小区自查可以按计划重复' },
      ]);
    const estates = await loadEstates(tx, caller, [input.estateId], () => ['input', 'estateId']);
    const estate = estates.get(input.estateId)!;
    assertMayPlan(caller, input.kind, [input.estateId]);
    if (!(await store.templateExists(tx, caller.companyId, input.templateId)))
      throw badInput([{ path: ['input', 'templateId'], reason: 'NOT_FOUND', message: '检查标准不存在' }]);
    if (!(await store.latestVersionOf(tx, caller.companyId, input.templateId)))
      throw badInput([
        { path: ['input', 'templateId'], reason: 'INVALID', message: '检查标准尚未发布或已归档' },
      ]);
    await assertEligibleAuditors(tx, caller.companyId, input.kind, estate, input.auditorUserIds, [
      'input',
      'auditorUserIds',
    ]);
    const schedule = await store.insertSchedule(tx, caller.companyId, {
      estateId: estate.id,
      kind: input.kind,
      templateId: input.templateId,
      auditorUserIds: input.auditorUserIds,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      createdBy: caller.userId,
    });
    await changeLog('audit.schedule.create', 'AuditSchedule', schedule.id, null, schedule);
    const timeZone = await timeZoneOf(tx, caller.companyId);
    const now = ctx.services.clock();
    const planned = await generateScheduleAudits(tx, schedule, localDate(now, timeZone), timeZone, now);
    const after = await store.findSchedule(tx, caller.companyId, schedule.id);
    return { schedule: after!, planned };
  });
  await afterPlanned(ctx.services, planned, requireUser(ctx));
  return toSchedule(schedule);
}

/** Stops a schedule: no more audits, and its audits planned for later are cancelled. */
export async function stopAuditSchedule(ctx: Context, id: string): Promise<AuditSchedule> {
  const { schedule, cancelled } = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await store.findSchedule(tx, caller.companyId, id, true);
    if (!before) throw notFound('自查计划');
    const asAudit = {
      companyId: before.companyId,
      estateId: before.estateId,
      kind: before.kind,
      status: 'PLANNED',
    };
    assertCan(caller.ability, 'update', 'Audit', asAudit, '自查计划');
    if (!before.active) return { schedule: before, cancelled: [] as AuditRow[] };
    const schedule = await store.updateSchedule(tx, caller.companyId, id, { active: false });
    const cancelled: AuditRow[] = [];
    for (const a of await store.futurePlannedOfSchedule(tx, caller.companyId, id, ctx.services.clock())) {
      const row = await store.updateAudit(tx, caller.companyId, a.id, { status: 'CANCELLED' });
      if (row) cancelled.push(row);
    }
    await changeLog('audit.schedule.stop', 'AuditSchedule', id, before, {
      ...schedule,
      cancelledAudits: cancelled.map((a) => a.id),
    });
    return { schedule, cancelled };
  });
  for (const a of cancelled)
    publishAudit(ctx.services.pubsub, a, 'CANCELLED', { actorUserId: requireUser(ctx) });
  return toSchedule(schedule);
}

/** PLANNED → IN_PROGRESS by one who conducts it; an audit already started is answered as it is. */
export async function startAudit(ctx: Context, id: string): Promise<Audit> {
  const { audit, started } = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = assertReadable(caller, await store.findAudit(tx, caller.companyId, id, 'update'));
    const auditors = (await store.auditorsOf(tx, caller.companyId, [id])).get(id) ?? [];
    assertConductor(caller, before, auditors);
    if (before.status !== 'PLANNED') {
      if (before.status === 'IN_PROGRESS') return { audit: before, started: false };
      throw badInput([{ path: ['input', 'id'], reason: 'INVALID', message: '检查已结束，不能开始' }]);
    }
    const audit = await startRow(tx, before, ctx.services.clock());
    await changeLog('audit.start', 'Audit', id, before, audit);
    return { audit, started: true };
  });
  if (started) publishAudit(ctx.services.pubsub, audit, 'STARTED', { actorUserId: requireUser(ctx) });
  return toAudit(audit);
}

/** The transition itself (the caller holds the row lock). */
export async function startRow(tx: Tx, audit: AuditRow, now: Date): Promise<AuditRow> {
  const row = await store.updateAudit(tx, audit.companyId, audit.id, {
    status: 'IN_PROGRESS',
    startedAt: now,
  });
  return row!;
}

/** Cancels an audit not yet submitted (who may change it: its planners), with a reason. */
export async function cancelAudit(ctx: Context, raw: { id: string; reason: string }): Promise<Audit> {
  const audit = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = assertReadable(caller, await store.findAudit(tx, caller.companyId, raw.id, 'update'));
    assertCan(caller.ability, 'update', 'Audit', { ...before }, AUDIT);
    const input = parseInput(cancelAuditSchema, raw, ['input']);
    if (before.status !== 'PLANNED' && before.status !== 'IN_PROGRESS')
      throw badInput([{ path: ['input', 'id'], reason: 'INVALID', message: '只能取消未提交的检查' }]);
    const audit = await store.updateAudit(tx, caller.companyId, before.id, { status: 'CANCELLED' });
    await changeLog('audit.cancel', 'Audit', before.id, before, { ...audit, reason: input.reason });
    return audit!;
  });
  publishAudit(ctx.services.pubsub, audit, 'CANCELLED', { actorUserId: requireUser(ctx) });
  return toAudit(audit);
}
