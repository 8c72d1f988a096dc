/**
 * A campaign's overview (issue 9, item 8): its estates ranked by score, with findings by
 * department, critical failures, rectification closure and overdue counts; and its .xlsx export.
 * Two SQL statements whatever the number of estates: the campaign, then every row with its
 * aggregates (ranked by the database).
 */
import { type AuditDepartment, type AuditKind, type Language, subject } from '@anju/domain';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { accessibleWhere } from '../../authz/accessible.js';
import { rowsOf, type Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import type { FileRef } from '../../graphql/common-types.js';
import type { Context } from '../../graphql/context.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { tenantRead } from '../../lib/write.js';
import { FILL, solid, storeWorkbook } from '../../lib/xlsx/index.js';
import { estates } from '../estates/index.js';
import { OPEN_STATUSES } from './audits.rectification.store.js';
import type { AuditCampaignOverview, AuditCampaignOverviewRow } from './audits.rectification.types.js';
import { auditCampaigns, audits } from './audits.schema.js';

/** The fields the CASL rules of Audit name. */
const auditColumns = {
  companyId: audits.companyId,
  estateId: audits.estateId,
  kind: audits.kind,
  status: audits.status,
};

interface OverviewSqlRow {
  audit_id: string;
  estate_id: string;
  estate_name: string;
  estate_code: string;
  status: string;
  score_percent: number | null;
  earned: number | null;
  max: number | null;
  grade: string | null;
  grade_label: string | null;
  critical_failed: number;
  rank: number | null;
  departments: { department: AuditDepartment; count: number }[] | string;
  finding_count: number;
  rect_total: number;
  rect_verified: number;
  overdue_count: number;
  submitted_ms: string | null;
}

async function overviewRows(tx: Tx, companyId: string, campaignId: string, access: SQL, now: Date) {
  assertCompanyId(companyId);
  const open = sql.join(
    OPEN_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const rows = rowsOf<OverviewSqlRow>(
    await tx.execute(sql`
      with a as (
        select ${audits.id} as audit_id, ${audits.estateId} as estate_id, ${estates.name} as estate_name,
          ${estates.code} as estate_code, ${audits.status} as status, ${audits.score} as score,
          ${audits.scorePercent} as score_percent, ${audits.submittedAt} as submitted_at
        from ${audits}
        join ${estates} on ${estates.companyId} = ${audits.companyId} and ${estates.id} = ${audits.estateId}
        where ${audits.companyId} = ${companyId} and ${audits.campaignId} = ${campaignId}
          and ${audits.status} <> 'CANCELLED' and ${access}
      ), f as (
        select fi.audit_id, fi.department, count(*)::int as n
        from audit_findings fi join a on a.audit_id = fi.audit_id
        where fi.company_id = ${companyId} and not fi.withdrawn
        group by fi.audit_id, fi.department
      ), r as (
        select re.audit_id,
          count(*) filter (where not re.cancelled)::int as total,
          count(*) filter (where not re.cancelled and re.status = 'VERIFIED')::int as verified,
          count(*) filter (where not re.cancelled and re.status in (${open})
            and (re.overdue_at is not null or re.due_at <= ${now.toISOString()}::timestamptz))::int as overdue
        from rectifications re join a on a.audit_id = re.audit_id
        where re.company_id = ${companyId}
        group by re.audit_id
      )
      select a.audit_id, a.estate_id, a.estate_name, a.estate_code, a.status, a.score_percent,
        (a.score->>'earned')::float8 as earned, (a.score->>'max')::float8 as max,
        a.score->'grade'->>'grade' as grade, a.score->'grade'->>'label' as grade_label,
        coalesce(jsonb_array_length(a.score->'criticalFailed'), 0)::int as critical_failed,
        case when a.score_percent is null then null
          else (rank() over (order by a.score_percent desc nulls last))::int end as rank,
        coalesce((select jsonb_agg(jsonb_build_object('department', f.department, 'count', f.n)
          order by f.n desc, f.department) from f where f.audit_id = a.audit_id), '[]'::jsonb) as departments,
        coalesce((select sum(f.n) from f where f.audit_id = a.audit_id), 0)::int as finding_count,
        coalesce(r.total, 0) as rect_total, coalesce(r.verified, 0) as rect_verified,
        coalesce(r.overdue, 0) as overdue_count,
        (extract(epoch from a.submitted_at) * 1000)::bigint::text as submitted_ms
      from a left join r on r.audit_id = a.audit_id
      order by a.score_percent desc nulls last, a.estate_code, a.audit_id`),
  );
  return rows.map(
    (r): AuditCampaignOverviewRow => ({
      rank: r.rank,
      auditId: r.audit_id,
      estateId: r.estate_id,
      estateName: r.estate_name,
      estateCode: r.estate_code,
      status: r.status,
      scorePercent: r.score_percent == null ? null : Number(r.score_percent),
      earned: r.earned == null ? null : Number(r.earned),
      max: r.max == null ? null : Number(r.max),
      grade: r.grade,
      gradeLabel: r.grade_label,
      criticalFailed: Number(r.critical_failed),
      findingCount: Number(r.finding_count),
      findingsByDepartment: typeof r.departments === 'string' ? JSON.parse(r.departments) : r.departments,
      rectificationsTotal: Number(r.rect_total),
      rectificationsVerified: Number(r.rect_verified),
      closureRate:
        Number(r.rect_total) > 0 ? round2((Number(r.rect_verified) / Number(r.rect_total)) * 100) : null,
      overdueCount: Number(r.overdue_count),
      submittedAt: r.submitted_ms ? new Date(Number(r.submitted_ms)) : null,
    }),
  );
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The overview of one campaign, with the rows the caller may read (NOT_FOUND when none and not HQ). */
export function auditCampaignOverview(ctx: Context, campaignId: string): Promise<AuditCampaignOverview> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!caller.ability.can('read', 'Audit')) throw forbidden();
    if (!isUuid(campaignId)) throw notFound('检查活动');
    const [campaign] = await tx
      .select()
      .from(auditCampaigns)
      .where(and(eq(auditCampaigns.companyId, caller.companyId), eq(auditCampaigns.id, campaignId)));
    if (!campaign) throw notFound('检查活动');
    const rows = await overviewRows(
      tx,
      caller.companyId,
      campaignId,
      accessibleWhere(caller.ability, 'read', 'Audit', auditColumns),
      ctx.services.clock(),
    );
    // A campaign is known to HQ (who read every audit of its kind, planned ones too) and to those
    // who read one of its audits; to anyone else it does not exist (spot-check rounds stay secret).
    const hq = caller.ability.can(
      'read',
      subject('Audit', {
        companyId: caller.companyId,
        estateId: null,
        kind: campaign.kind,
        status: 'PLANNED',
      }),
    );
    if (!rows.length && !hq) throw notFound('检查活动');
    const scored = rows.filter((r) => r.scorePercent != null);
    const total = rows.reduce((s, r) => s + r.rectificationsTotal, 0);
    const verified = rows.reduce((s, r) => s + r.rectificationsVerified, 0);
    return {
      campaignId: campaign.id,
      name: campaign.name,
      kind: campaign.kind as AuditKind,
      quarter: campaign.quarter,
      startsOn: campaign.startsOn,
      dueOn: campaign.dueOn,
      rows,
      averagePercent: scored.length
        ? round2(scored.reduce((s, r) => s + (r.scorePercent ?? 0), 0) / scored.length)
        : null,
      findingCount: rows.reduce((s, r) => s + r.findingCount, 0),
      closureRate: total > 0 ? round2((verified / total) * 100) : null,
      overdueCount: rows.reduce((s, r) => s + r.overdueCount, 0),
    };
  });
}

const DEPARTMENTS: AuditDepartment[] = [
  'CUSTOMER_SERVICE',
  'SECURITY',
  'CLEANING',
  'ENGINEERING',
  'LANDSCAPING',
  'FIRE_SAFETY',
];

const TEXT = {
  ZH: {
    file: '品质检查排名',
    sheet: '排名',
    headers: [
      '排名',
      '小区编号',
      '小区名称',
      '状态',
      '得分率（%）',
      '得分',
      '满分',
      '等级',
      '否决项',
      '发现数',
    ],
    departments: {
      CUSTOMER_SERVICE: '客服',
      SECURITY: '秩序维护',
      CLEANING: '保洁',
      ENGINEERING: '工程',
      LANDSCAPING: '绿化',
      FIRE_SAFETY: '消防',
    } as Record<AuditDepartment, string>,
    tail: ['整改数', '已验证', '关闭率（%）', '逾期数'],
    total: '合计 / 平均',
    status: {
      PLANNED: '计划中',
      IN_PROGRESS: '进行中',
      SUBMITTED: '已提交',
      CLOSED: '已关闭',
      CANCELLED: '已取消',
    } as Record<string, string>,
  },
  EN: {
    file: 'audit-ranking',
    sheet: 'Ranking',
    headers: [
      'Rank',
      'Estate code',
      'Estate',
      'Status',
      'Score (%)',
      'Earned',
      'Max',
      'Grade',
      'Critical',
      'Findings',
    ],
    departments: {
      CUSTOMER_SERVICE: 'Customer service',
      SECURITY: 'Security',
      CLEANING: 'Cleaning',
      ENGINEERING: 'Engineering',
      LANDSCAPING: 'Landscaping',
      FIRE_SAFETY: 'Fire safety',
    } as Record<AuditDepartment, string>,
    tail: ['Rectifications', 'Verified', 'Closure (%)', 'Overdue'],
    total: 'Total / average',
    status: {
      PLANNED: 'Planned',
      IN_PROGRESS: 'In progress',
      SUBMITTED: 'Submitted',
      CLOSED: 'Closed',
      CANCELLED: 'Cancelled',
    } as Record<string, string>,
  },
} as const;

/** The overview as .xlsx, built from `auditCampaignOverview` (same rows, same permissions). */
export async function exportAuditCampaignOverview(
  ctx: Context,
  campaignId: string,
  language: Language = 'ZH',
): Promise<FileRef> {
  const overview = await auditCampaignOverview(ctx, campaignId);
  const text = TEXT[language];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'anju';
  const ws = wb.addWorksheet(text.sheet, { views: [{ state: 'frozen', ySplit: 2, xSplit: 3 }] });
  const headers = [...text.headers, ...DEPARTMENTS.map((d) => text.departments[d]), ...text.tail];
  ws.addRow([`${overview.name}${overview.quarter ? ` ${overview.quarter}` : ''}`]).font = {
    bold: true,
    size: 13,
  };
  const head = ws.addRow(headers);
  head.font = { bold: true };
  head.eachCell((c) => {
    c.fill = solid(FILL.header);
  });
  for (const r of overview.rows) {
    const byDept = new Map(r.findingsByDepartment.map((d) => [d.department, d.count]));
    const row = ws.addRow([
      r.rank,
      r.estateCode,
      r.estateName,
      text.status[r.status] ?? r.status,
      r.scorePercent,
      r.earned,
      r.max,
      r.gradeLabel,
      r.criticalFailed,
      r.findingCount,
      ...DEPARTMENTS.map((d) => byDept.get(d) ?? 0),
      r.rectificationsTotal,
      r.rectificationsVerified,
      r.closureRate,
      r.overdueCount,
    ]);
    if (r.overdueCount > 0) row.getCell(headers.length).fill = solid(FILL.missed);
    if (r.criticalFailed > 0) row.getCell(9).fill = solid(FILL.missed);
  }
  const total = ws.addRow([
    null,
    null,
    text.total,
    null,
    overview.averagePercent,
    null,
    null,
    null,
    overview.rows.reduce((s, r) => s + r.criticalFailed, 0),
    overview.findingCount,
    ...DEPARTMENTS.map((d) =>
      overview.rows.reduce(
        (s, r) => s + (r.findingsByDepartment.find((x) => x.department === d)?.count ?? 0),
        0,
      ),
    ),
    overview.rows.reduce((s, r) => s + r.rectificationsTotal, 0),
    overview.rows.reduce((s, r) => s + r.rectificationsVerified, 0),
    overview.closureRate,
    overview.overdueCount,
  ]);
  total.font = { bold: true };
  ws.getColumn(3).width = 24;
  for (const c of [5, headers.length - 1]) ws.getColumn(c).numFmt = '0.00';
  const safeName = overview.name.replace(/[\\/:*?"<>|]/g, '_');
  return storeWorkbook(ctx, `${text.file}-${safeName}.xlsx`, wb);
}
