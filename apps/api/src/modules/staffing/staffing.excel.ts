/**
 * The staffing league table as .xlsx (exportStaffingCompliance): the rows of
 * `staffingComplianceTable` for the same caller and region, stored as the caller's file to download
 * from GET /files/:id, like every other export (lib/xlsx).
 */
import { exportStaffingComplianceInput, type Language } from '@anju/domain';
import ExcelJS from 'exceljs';
import type { FileRef } from '../../graphql/common-types.js';
import type { Context } from '../../graphql/context.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead } from '../../lib/write.js';
import { FILL, solid, storeWorkbook } from '../../lib/xlsx/index.js';
import { assertMayCompare, companyToday, complianceTableRows } from './staffing.service.js';

const TEXT = {
  ZH: {
    sheet: '人员配置达标',
    title: '人员配置达标排名',
    asOf: '统计日',
    file: '人员配置达标',
    headers: [
      '排名',
      '小区编码',
      '小区',
      '区域',
      '编制',
      '在岗',
      '缺编',
      '证书问题',
      '证书过期',
      '证书即将到期',
      '未持证',
      '年龄不符',
      '近12个月离职',
      '流失率 (%)',
      '达标得分',
    ],
  },
  EN: {
    sheet: 'Staffing compliance',
    title: 'Staffing compliance ranking',
    asOf: 'As of',
    file: 'staffing-compliance',
    headers: [
      'Rank',
      'Estate code',
      'Estate',
      'Region',
      'Planned',
      'On the team',
      'Vacancies',
      'Certificate problems',
      'Expired',
      'Expiring',
      'Missing',
      'Outside age limits',
      'Leavers (12 months)',
      'Turnover (%)',
      'Score',
    ],
  },
} as const;

export async function exportStaffingCompliance(
  ctx: Context,
  input: { regionId?: string | null; language?: Language | null },
): Promise<FileRef> {
  const { rows, today } = await tenantRead(ctx, async (tx, caller) => {
    assertMayCompare(caller);
    parseInput(exportStaffingComplianceInput, input);
    const now = ctx.services.clock();
    return {
      rows: await complianceTableRows(tx, caller, input.regionId, now),
      today: await companyToday(tx, caller.companyId, now),
    };
  });
  const text = TEXT[input.language ?? 'ZH'];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'anju';
  const ws = wb.addWorksheet(text.sheet, { views: [{ state: 'frozen', ySplit: 2, xSplit: 3 }] });
  ws.addRow([text.title, null, `${text.asOf} ${today}`]).font = { bold: true, size: 13 };
  const head = ws.addRow([...text.headers]);
  head.font = { bold: true };
  head.eachCell((c) => {
    c.fill = solid(FILL.header);
  });
  for (const r of rows) {
    const row = ws.addRow([
      r.rank,
      r.estateCode,
      r.estateName,
      r.regionName,
      r.planned,
      r.actual,
      r.vacancies,
      r.certificateProblems,
      r.certificatesExpired,
      r.certificatesExpiring,
      r.certificatesMissing,
      r.ageProblems,
      r.leavers,
      r.turnoverPercent,
      r.score,
    ]);
    if (r.vacancies > 0) row.getCell(7).fill = solid(FILL.missed);
    if (r.certificatesExpired + r.certificatesMissing > 0) row.getCell(8).fill = solid(FILL.missed);
    if (r.ageProblems > 0) row.getCell(12).fill = solid(FILL.missed);
  }
  ws.getColumn(3).width = 24;
  ws.getColumn(4).width = 14;
  for (const c of [14, 15]) ws.getColumn(c).numFmt = '0.0';
  return storeWorkbook(ctx, `${text.file}-${today}.xlsx`, wb);
}
