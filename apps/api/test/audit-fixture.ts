/**
 * Submitted audits for tests of findings and rectification, written straight into the tables
 * (as `submitAudit` leaves them): a template version of the default contents, an audit with every
 * item answered and scored, one finding per failed item and one rectification per finding.
 */
import {
  type AuditAnswer,
  type AuditKind,
  type AuditTemplateContent,
  defaultTemplateContent,
  findingSeverity,
  rectificationDueAt,
  scoreAudit,
} from '@anju/domain';
import type { Database } from '../src/db/client.js';
import {
  auditAnswers,
  auditAuditors,
  auditCampaigns,
  auditFindings,
  audits,
  auditTemplates,
  auditTemplateVersions,
  rectifications,
} from '../src/db/schema.js';
import { withTenant } from '../src/db/tenant.js';
import { unique } from './schema-roles.js';

export interface TemplateVersion {
  id: string;
  content: AuditTemplateContent;
}

/** A published version of a template with the default contents (all six departments). */
export async function templateVersion(database: Database, companyId: string): Promise<TemplateVersion> {
  const content = defaultTemplateContent();
  return withTenant(database, companyId, async (tx) => {
    const [template] = await tx
      .insert(auditTemplates)
      .values({ companyId, name: `季度品质评估 ${unique()}`, draft: content, publishedVersion: 1 })
      .returning();
    const [version] = await tx
      .insert(auditTemplateVersions)
      .values({
        companyId,
        templateId: template!.id,
        number: 1,
        name: template!.name,
        content,
        itemCount: content.sections.reduce((n, s) => n + s.items.length, 0),
      })
      .returning();
    return { id: version!.id, content };
  });
}

export async function campaign(
  database: Database,
  companyId: string,
  version: TemplateVersion,
  kind: AuditKind = 'QUARTERLY',
): Promise<string> {
  return withTenant(database, companyId, async (tx) => {
    const [row] = await tx
      .insert(auditCampaigns)
      .values({
        companyId,
        name: `季度检查 ${unique()}`,
        kind,
        quarter: kind === 'QUARTERLY' ? '2026-Q3' : null,
        templateVersionId: version.id,
        startsOn: '2026-07-01',
        dueOn: '2026-09-30',
      })
      .returning();
    return row!.id;
  });
}

export interface SubmittedAudit {
  auditId: string;
  score: ReturnType<typeof scoreAudit>['total'];
  findings: { id: string; itemKey: string; title: string; critical: boolean }[];
  rectifications: { id: string; findingId: string; dueAt: Date }[];
}

/**
 * A submitted audit of `estateId` whose first `fail` items (in template order) failed: FAIL for
 * the first, half marks for the others; every other item passed.
 */
export async function submittedAudit(
  database: Database,
  options: {
    companyId: string;
    estateId: string;
    version: TemplateVersion;
    submittedAt: Date;
    fail: number;
    kind?: AuditKind;
    auditorIds?: string[];
    campaignId?: string | null;
    /** Skip a critical item among the failures (keeps the audit from failing outright). */
    avoidCritical?: boolean;
  },
): Promise<SubmittedAudit> {
  const { companyId, estateId, version, submittedAt } = options;
  const kind = options.kind ?? 'QUARTERLY';
  const items = version.content.sections.flatMap((s) => s.items.map((item) => ({ item, section: s })));
  const failing = items.filter((x) => !options.avoidCritical || !x.item.critical).slice(0, options.fail);
  const failed = new Set(failing.map((x) => x.item.key));
  const answers = new Map<string, AuditAnswer>();
  for (const [i, { item }] of items.entries()) {
    if (!failed.has(item.key)) answers.set(item.key, { kind: 'PASS' });
    else if (i === 0 || item.maxScore < 1) answers.set(item.key, { kind: 'FAIL' });
    else answers.set(item.key, { kind: 'SCORE', score: Math.floor(item.maxScore / 2) });
  }
  const { total } = scoreAudit(version.content, answers);
  return withTenant(database, companyId, async (tx) => {
    const [audit] = await tx
      .insert(audits)
      .values({
        companyId,
        estateId,
        kind,
        campaignId: options.campaignId ?? null,
        templateVersionId: version.id,
        title: `品质检查 ${unique()}`,
        plannedAt: new Date(submittedAt.getTime() - 86400_000),
        dueAt: new Date(submittedAt.getTime() + 86400_000),
        status: 'SUBMITTED',
        startedAt: new Date(submittedAt.getTime() - 3600_000),
        submittedAt,
        score: total,
        scorePercent: total.percent,
      })
      .returning();
    const auditId = audit!.id;
    if (options.auditorIds?.length)
      await tx
        .insert(auditAuditors)
        .values(options.auditorIds.map((userId) => ({ companyId, auditId, userId })));
    await tx.insert(auditAnswers).values(
      items.map(({ item }) => {
        const a = answers.get(item.key)!;
        return {
          companyId,
          auditId,
          itemKey: item.key,
          kind: a.kind,
          score: a.kind === 'SCORE' ? a.score : null,
          answeredAt: submittedAt,
        };
      }),
    );
    const findings = [];
    const rects = [];
    for (const { item, section } of failing) {
      const severity = findingSeverity(item, answers.get(item.key)!);
      const [finding] = await tx
        .insert(auditFindings)
        .values({
          companyId,
          auditId,
          estateId,
          auditKind: kind,
          itemKey: item.key,
          sectionKey: section.key,
          department: section.department,
          title: item.title,
          standard: item.standard,
          severity,
          critical: item.critical,
          note: `不合格：${item.title}`,
          raisedAt: submittedAt,
        })
        .returning();
      findings.push({ id: finding!.id, itemKey: item.key, title: item.title, critical: item.critical });
      const [rect] = await tx
        .insert(rectifications)
        .values({
          companyId,
          findingId: finding!.id,
          auditId,
          estateId,
          auditKind: kind,
          dueAt: rectificationDueAt(severity, submittedAt),
        })
        .returning();
      rects.push({ id: rect!.id, findingId: finding!.id, dueAt: rect!.dueAt });
    }
    return { auditId, score: total, findings, rectifications: rects };
  });
}
