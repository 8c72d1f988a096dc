/**
 * Reading audits, campaigns and schedules. Lists and counts are filtered in SQL by the caller's
 * ability (accessibleWhere), single objects asserted: a planned spot check or night patrol is
 * absent for estate roles everywhere (lists, totalCount, campaign counts, by id).
 */
import { type AppAbility, type AuditAnswer, type AuditTemplateContent, scoreAudit } from '@anju/domain';
import { accessibleWhere } from '../../authz/accessible.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput, forbidden, notFound } from '../../lib/errors.js';
import { tenantRead } from '../../lib/write.js';
import { assertReadable } from './audits.access.js';
import type { AuditAnswerRow, AuditCampaignRow, AuditRow, AuditScheduleRow } from './audits.schema.js';
import * as store from './audits.store.js';
import type { Audit, AuditCampaign, AuditFilter, AuditItemAnswer, AuditSchedule } from './audits.types.js';

export const toAudit = (row: AuditRow): Audit => ({
  id: row.id,
  companyId: row.companyId,
  estateId: row.estateId,
  kind: row.kind,
  status: row.status,
  title: row.title,
  plannedAt: row.plannedAt,
  dueAt: row.dueAt,
  startedAt: row.startedAt,
  submittedAt: row.submittedAt,
  closedAt: row.closedAt,
  overdueAt: row.overdueAt,
  campaignId: row.campaignId,
  scheduleId: row.scheduleId,
  templateVersionId: row.templateVersionId,
  storedScore: row.score,
  scorePercent: row.scorePercent,
  version: row.version,
});

export const toAnswer = (row: AuditAnswerRow): AuditItemAnswer => ({
  auditId: row.auditId,
  itemKey: row.itemKey,
  kind: row.kind ?? 'NOT_APPLICABLE',
  score: row.score,
  note: row.note,
  photoFileIds: row.photoFileIds,
  version: row.version,
  answeredBy: row.answeredBy,
  answeredAt: row.answeredAt,
});

/** A stored answer as the domain's scoring reads it. */
export function domainAnswer(row: Pick<AuditAnswerRow, 'kind' | 'score'>): AuditAnswer | undefined {
  switch (row.kind) {
    case 'SCORE':
      return { kind: 'SCORE', score: row.score ?? 0 };
    case 'PASS':
    case 'FAIL':
    case 'NOT_APPLICABLE':
      return { kind: row.kind };
    default:
      return undefined;
  }
}

export function answerMap(rows: readonly Pick<AuditAnswerRow, 'itemKey' | 'kind' | 'score'>[]) {
  const map = new Map<string, AuditAnswer>();
  for (const r of rows) {
    const a = domainAnswer(r);
    if (a) map.set(r.itemKey, a);
  }
  return map;
}

/** The live score of an audit from its answers, withdrawn findings excluded, company bands. */
export async function liveScore(ctx: Context, audit: Audit) {
  const loaders = ctx.loaders.audits;
  const [version, answers, findings, bands] = await Promise.all([
    loaders.templateVersion.load(audit.templateVersionId),
    loaders.answers.load(audit.id),
    loaders.findings.load(audit.id),
    loaders.gradeBands(),
  ]);
  if (!version) return null;
  return scoreAudit(version.content as AuditTemplateContent, answerMap(answers), {
    withdrawn: new Set(findings.withdrawn),
    ...(bands ? { bands } : {}),
  });
}

function cursorOf(after: string | null | undefined): [string, string] | undefined {
  const values = decodeCursor(after, 2) as [string, string] | undefined;
  if (values && (Number.isNaN(Date.parse(String(values[0]))) || typeof values[1] !== 'string'))
    throw badInput([{ path: ['after'], reason: 'INVALID', message: '分页游标无效' }]);
  return values;
}

/** Roles that read no audit at all (the committee) are refused rather than shown an empty list. */
const assertAuditReader = (ability: AppAbility) => {
  if (!ability.can('read', 'Audit')) throw forbidden();
};

/** Audits the caller may read, newest planned first. */
export function listAudits(
  ctx: Context,
  args: { filter?: AuditFilter | null; first?: number | null; after?: string | null },
): Promise<Page<Audit>> {
  return tenantRead(ctx, async (tx, caller) => {
    assertAuditReader(caller.ability);
    const limit = pageSize(args.first);
    const after = cursorOf(args.after);
    const f = args.filter ?? {};
    const { rows, total } = await store.listAudits(
      tx,
      caller.companyId,
      accessibleWhere(caller.ability, 'read', 'Audit', store.auditColumns),
      {
        estateId: f.estateId,
        kind: f.kind,
        status: f.status,
        campaignId: f.campaignId,
        auditorUserId: f.mine ? caller.userId : null,
        overdue: f.overdue,
        from: f.from,
        to: f.to,
      },
      { limit, after },
    );
    return toPage(rows.map(toAudit), limit, (a) => [a.plannedAt.toISOString(), a.id], total);
  });
}

export function getAudit(ctx: Context, id: string): Promise<Audit> {
  return tenantRead(ctx, async (tx, caller) =>
    toAudit(assertReadable(caller, await store.findAudit(tx, caller.companyId, id))),
  );
}

export const toCampaign = (row: AuditCampaignRow): AuditCampaign => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  quarter: row.quarter,
  startsOn: row.startsOn,
  dueOn: row.dueOn,
  templateVersionId: row.templateVersionId,
  createdAt: row.createdAt,
});

/** Campaigns with at least one audit the caller may read. */
export function listCampaigns(
  ctx: Context,
  args: { first?: number | null; after?: string | null },
): Promise<Page<AuditCampaign>> {
  return tenantRead(ctx, async (tx, caller) => {
    assertAuditReader(caller.ability);
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after, 2) as [string, string] | undefined;
    if (after && (!/^\d{4}-\d{2}-\d{2}$/.test(String(after[0])) || typeof after[1] !== 'string'))
      throw badInput([{ path: ['after'], reason: 'INVALID', message: '分页游标无效' }]);
    const { rows, total } = await store.listCampaigns(
      tx,
      caller.companyId,
      accessibleWhere(caller.ability, 'read', 'Audit', store.auditColumns),
      { limit, after },
    );
    return toPage(rows.map(toCampaign), limit, (c) => [c.startsOn, c.id], total);
  });
}

export function getCampaign(ctx: Context, id: string): Promise<AuditCampaign> {
  return tenantRead(ctx, async (tx, caller) => {
    const row = await store.findCampaign(
      tx,
      caller.companyId,
      id,
      accessibleWhere(caller.ability, 'read', 'Audit', store.auditColumns),
    );
    if (!row) throw notFound('检查批次');
    return toCampaign(row);
  });
}

/** The audits of a campaign the caller may read, by estate name order of planning. */
export function campaignAudits(ctx: Context, campaignId: string): Promise<Audit[]> {
  return tenantRead(ctx, async (tx, caller) => {
    const { rows } = await store.listAudits(
      tx,
      caller.companyId,
      accessibleWhere(caller.ability, 'read', 'Audit', store.auditColumns),
      { campaignId },
      { limit: 1000, ascending: true },
    );
    return rows.slice(0, 1000).map(toAudit);
  });
}

export const toSchedule = (row: AuditScheduleRow): AuditSchedule => ({
  id: row.id,
  companyId: row.companyId,
  estateId: row.estateId,
  kind: row.kind,
  templateId: row.templateId,
  auditorUserIds: row.auditorUserIds,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  active: row.active,
  generatedThrough: row.generatedThrough,
  createdAt: row.createdAt,
});

/** Self-check schedules the caller may read (of one estate, or all they see). */
export function listSchedules(ctx: Context, estateId: string | null | undefined): Promise<AuditSchedule[]> {
  return tenantRead(ctx, async (tx, caller) => {
    assertAuditReader(caller.ability);
    const rows = await store.listSchedules(
      tx,
      caller.companyId,
      accessibleWhere(caller.ability, 'read', 'Audit', store.scheduleColumns),
      estateId,
    );
    return rows.map(toSchedule);
  });
}

/** Answers of one audit (the audit was checked by whoever resolved it). */
export async function answersOfAudit(ctx: Context, auditId: string): Promise<AuditItemAnswer[]> {
  return (await ctx.loaders.audits.answers.load(auditId)).map(toAnswer);
}
