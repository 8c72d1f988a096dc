/**
 * What a submitted audit raises (issue 9, item 6): one finding (不合格项) per failed item, with the
 * item's standard, the auditor's note and photos, and one rectification (整改) of the estate per
 * finding, due by severity (domain findingSeverity / rectificationDueAt). Everything after this
 * (assigning, evidence, verification, appeals, the overdue job) is the rectification module's.
 */
import {
  type AuditTemplateContent,
  type AuditTemplateItem,
  type AuditTemplateSection,
  findingSeverity,
  rectificationDueAt,
  scoreAudit,
} from '@anju/domain';
import type { Tx } from '../../db/client.js';
import { assertCompanyId } from '../../db/tenant.js';
import { answerMap, domainAnswer } from './audits.read.js';
import {
  type AuditAnswerRow,
  type AuditFindingRow,
  type AuditRow,
  auditFindings,
  type RectificationRow,
  rectifications,
} from './audits.schema.js';

export interface RaisedFindings {
  findings: AuditFindingRow[];
  rectifications: RectificationRow[];
}

/**
 * Inserts the findings and rectifications of a submitted audit in the submitting transaction.
 * Rerun-safe: a finding per audit and item and a rectification per finding are unique, so a
 * second call inserts nothing and answers only what it inserted.
 */
export async function raiseFindings(
  tx: Tx,
  params: {
    companyId: string;
    audit: Pick<AuditRow, 'id' | 'estateId' | 'kind'>;
    content: AuditTemplateContent;
    answers: readonly AuditAnswerRow[];
    now: Date;
  },
): Promise<RaisedFindings> {
  const { companyId, audit, content, answers, now } = params;
  assertCompanyId(companyId);
  const score = scoreAudit(content, answerMap(answers));
  if (score.total.failedItems.length === 0) return { findings: [], rectifications: [] };
  const byKey = new Map(answers.map((a) => [a.itemKey, a]));
  const items = new Map<string, { item: AuditTemplateItem; section: AuditTemplateSection }>();
  for (const section of content.sections)
    for (const item of section.items) items.set(item.key, { item, section });

  const values = score.total.failedItems.map((key) => {
    const { item, section } = items.get(key)!;
    const answer = byKey.get(key)!;
    return {
      companyId,
      auditId: audit.id,
      estateId: audit.estateId,
      auditKind: audit.kind,
      itemKey: key,
      sectionKey: section.key,
      department: section.department,
      title: item.title,
      standard: item.standard,
      severity: findingSeverity(item, domainAnswer(answer)!),
      critical: item.critical,
      note: answer.note,
      photoFileIds: answer.photoFileIds,
      raisedAt: now,
    };
  });
  const findings = await tx.insert(auditFindings).values(values).onConflictDoNothing().returning();
  if (findings.length === 0) return { findings, rectifications: [] };
  const raised = await tx
    .insert(rectifications)
    .values(
      findings.map((f) => ({
        companyId,
        findingId: f.id,
        auditId: audit.id,
        estateId: audit.estateId,
        auditKind: audit.kind,
        status: 'OPEN' as const,
        dueAt: rectificationDueAt(f.severity, now),
      })),
    )
    .onConflictDoNothing()
    .returning();
  return { findings, rectifications: raised };
}
