/**
 * Test helpers of the audits: a published template version inserted directly (until the template
 * module's seedDefaultTemplates is at hand), a small content that tests answer in full, and the
 * GraphQL documents the audit tests share.
 */
import { randomUUID } from 'node:crypto';
import type { AuditTemplateContent } from '@anju/domain';
import sharp from 'sharp';
import { withTenant } from '../src/db/tenant.js';
import { auditTemplates, auditTemplateVersions } from '../src/modules/audits/index.js';
import { uploaded } from './files.js';
import { codeOf, type GqlResult, type TestKit } from './kit.js';
import { unique } from './schema-roles.js';

/** Two sections, four items: one critical (cs-2), one worth 10 points (cl-1). */
export const SMALL_CONTENT: AuditTemplateContent = {
  sections: [
    {
      key: 'cs',
      department: 'CUSTOMER_SERVICE',
      title: '客服',
      titleEn: 'Customer service',
      items: [
        {
          key: 'cs-1',
          title: '前台接待',
          standard: '微笑问候',
          titleEn: 'Reception',
          standardEn: 'Greet',
          maxScore: 5,
          critical: false,
        },
        {
          key: 'cs-2',
          title: '投诉处理',
          standard: '当日回复',
          titleEn: 'Complaints',
          standardEn: 'Same day',
          maxScore: 5,
          critical: true,
        },
      ],
    },
    {
      key: 'cl',
      department: 'CLEANING',
      title: '保洁',
      titleEn: 'Cleaning',
      items: [
        {
          key: 'cl-1',
          title: '大堂地面',
          standard: '无污渍',
          titleEn: 'Lobby floor',
          standardEn: 'No stains',
          maxScore: 10,
          critical: false,
        },
        {
          key: 'cl-2',
          title: '垃圾清运',
          standard: '日产日清',
          titleEn: 'Refuse',
          standardEn: 'Daily',
          maxScore: 5,
          critical: false,
        },
      ],
    },
  ],
};

/** A template of the company with one published version of `content`; answers their ids. */
export async function publishedTemplate(
  kit: TestKit,
  companyId: string,
  content: AuditTemplateContent = SMALL_CONTENT,
): Promise<{ templateId: string; versionId: string }> {
  return withTenant(kit.database, companyId, async (tx) => {
    const [template] = await tx
      .insert(auditTemplates)
      .values({ companyId, name: `测试标准 ${unique()}`, draft: content, publishedVersion: 1 })
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
    return { templateId: template!.id, versionId: version!.id };
  });
}

export async function ok<T = Record<string, unknown>>(
  kit: TestKit,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const res = await kit.gql<T>(token, query, variables);
  if (codeOf(res as GqlResult) !== 'OK') throw new Error(`expected OK: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

export const PLAN = `mutation($input: PlanAuditInput!) { planAudit(input: $input) { id status kind estateId title plannedAt dueAt version auditors { id name } } }`;
export const CAMPAIGN = `mutation($input: CreateAuditCampaignInput!) { createAuditCampaign(input: $input) { id name kind quarter startsOn dueOn counts { total planned } audits { id estateId status title auditors { id } } } }`;
export const SAVE = `mutation($input: SaveAuditItemInput!) { saveAuditItem(input: $input) { auditId itemKey kind score note version answeredBy answeredAt photos { id contentType } } }`;
export const SUBMIT = `mutation($input: AuditIdInput!) { submitAudit(input: $input) { id status submittedAt scorePercent findingCount score { total { earned max percent failed failedItems grade { grade } } } } }`;
export const AUDIT = `query($id: ID!) { audit(id: $id) { id status kind title overdue overdueAt startedAt answers { itemKey kind score version photos { id } } score { total { answered unanswered percent } } findingCount auditors { id } estate { id name } templateVersion { id number content { sections { key items { key maxScore critical } } } } } }`;
export const AUDITS = `query($filter: AuditFilter, $first: Int, $after: String) { audits(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id kind status estateId overdue } } } }`;

/** A spot check of `estateId` planned `hoursAhead` from `now`, due a day after, by `auditor`. */
export function spotCheckInput(
  estateId: string,
  versionId: string,
  auditorIds: string[],
  now: Date,
  kind = 'SPOT_CHECK',
  hoursAhead = 24,
) {
  const plannedAt = new Date(now.getTime() + hoursAhead * 3600_000);
  return {
    estateId,
    kind,
    templateVersionId: versionId,
    plannedAt: plannedAt.toISOString(),
    dueAt: new Date(plannedAt.getTime() + 24 * 3600_000).toISOString(),
    auditorUserIds: auditorIds,
  };
}

/** A fresh client key, as a device generates one per save. */
export const clientKey = () => `k-${randomUUID()}`;

/** A small PNG uploaded by `token`; answers its file id. */
export async function photoOf(kit: TestKit, token: string): Promise<string> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3a7' } })
    .png()
    .toBuffer();
  return uploaded(kit, token, png, `现场-${unique()}.png`);
}
