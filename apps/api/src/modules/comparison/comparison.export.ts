/**
 * The comparison as .xlsx (issue 3, item 8): the heat map (estates × indicators, coloured by
 * met / missed / no data, with region and company rows) or the league table. Built from
 * `comparisonMatrix`, so the permissions and the figures are exactly those of the page.
 */
import { type IndicatorUnit, indicatorText, type Language } from '@anju/domain';
import ExcelJS from 'exceljs';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { type FileRef, type Judgement, LanguageEnum } from '../../graphql/common-types.js';
import type { Context } from '../../graphql/context.js';
import { FILL, solid, storeWorkbook } from '../../lib/xlsx/index.js';
import { comparisonMatrix } from './comparison.service.js';
import { ComparisonFilter, type ComparisonMatrix } from './comparison.types.js';

export const ComparisonExportKindEnum = { MATRIX: 'MATRIX', LEAGUE: 'LEAGUE' } as const;
export type ComparisonExportKind = keyof typeof ComparisonExportKindEnum;
registerEnumType(ComparisonExportKindEnum, {
  name: 'ComparisonExportKind',
  description: 'Which view of the comparison to export.',
  valuesConfig: {
    MATRIX: { description: 'Estates × indicators, coloured by met / missed / no data, with aggregates.' },
    LEAGUE: { description: 'League table: rank, commitments met and missed, then the values.' },
  },
});

// Beside the enum it uses (comparison.types.ts would import this file back).
@InputType({ description: 'Which comparison to export as .xlsx, and in which language.' })
export class ExportComparisonInput {
  @Field(() => ComparisonFilter, { description: 'The same filter as the comparison on screen.' })
  filter!: ComparisonFilter;

  @Field(() => ComparisonExportKindEnum, { description: 'Matrix or league table.' })
  kind!: ComparisonExportKind;

  @Field(() => LanguageEnum, {
    nullable: true,
    defaultValue: 'ZH',
    description: 'Language of the sheet, headers, totals, notes and file name (default ZH).',
  })
  language?: Language | null;
}

type UnitStyle = Record<IndicatorUnit, { label: string; numFmt: string }>;

/** What people read in the export, per language; estate, region and company names are data. */
const TEXT = {
  ZH: {
    file: { MATRIX: '指标对比', LEAGUE: '指标排行' },
    sheet: { MATRIX: '对比', LEAGUE: '排行' },
    title: (company: string, sheet: string, period: string) => `${company} 服务质量指标${sheet} ${period}`,
    legend: (from: string, to: string) =>
      `期间 ${from} 至 ${to}，按期末在用目标评价；绿色 = 达标，红色 = 未达标，灰色 = 无数据。`,
    indicatorHeader: (name: string, unit: string) => `${name}（${unit}）`,
    unit: {
      PERCENT: { label: '%', numFmt: '0.00"%"' },
      COUNT_PER_YEAR: { label: '次/年', numFmt: '0.00" 次/年"' },
      COUNT: { label: '个', numFmt: '0.##' },
    } satisfies UnitStyle,
    companyTarget: '公司目标',
    estateTarget: (target: string) => `本小区目标 ${target}`,
    rank: '排名',
    estateCode: '小区编号',
    estateName: '小区名称',
    region: '区域',
    met: '达标',
    missed: '未达标',
    noData: '无数据',
    metRate: '达标率（%）',
    regionTotal: (name: string) => `区域合计：${name}`,
    companyTotal: (name: string) => `公司合计：${name}`,
  },
  EN: {
    file: { MATRIX: 'indicator-comparison', LEAGUE: 'indicator-league' },
    sheet: { MATRIX: 'Comparison', LEAGUE: 'League' },
    title: (company: string, sheet: string, period: string) =>
      `${company} service quality indicators: ${sheet.toLowerCase()} ${period}`,
    legend: (from: string, to: string) =>
      `Period ${from} to ${to}, judged by the targets in force at its end; ` +
      'green = met, red = missed, grey = no data.',
    indicatorHeader: (name: string, unit: string) => `${name} (${unit})`,
    unit: {
      PERCENT: { label: '%', numFmt: '0.00"%"' },
      COUNT_PER_YEAR: { label: 'per year', numFmt: '0.00" /yr"' },
      COUNT: { label: 'count', numFmt: '0.##' },
    } satisfies UnitStyle,
    companyTarget: 'Company target',
    estateTarget: (target: string) => `Estate target ${target}`,
    rank: 'Rank',
    estateCode: 'Estate code',
    estateName: 'Estate name',
    region: 'Region',
    met: 'Met',
    missed: 'Missed',
    noData: 'No data',
    metRate: 'Met rate (%)',
    regionTotal: (name: string) => `Region total: ${name}`,
    companyTotal: (name: string) => `Company total: ${name}`,
  },
} as const;
type Text = (typeof TEXT)[Language];

const JUDGED: Partial<Record<Judgement, { fill: string; font: string }>> = {
  MET: { fill: FILL.met, font: 'FF006100' },
  MISSED: { fill: FILL.missed, font: 'FF9C0006' },
  NO_DATA: { fill: FILL.noData, font: 'FF7F7F7F' },
};

/** The comparison as a workbook, stored as a file of the caller to download from `GET /files/:id`. */
export async function comparisonExport(
  ctx: Context,
  filter: ComparisonFilter,
  kind: ComparisonExportKind,
  language: Language = 'ZH',
): Promise<FileRef> {
  const matrix = await comparisonMatrix(ctx, filter);
  const text = TEXT[language];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'anju';
  if (kind === 'MATRIX') matrixSheet(wb, matrix, text, language);
  else leagueSheet(wb, matrix, text, language);
  return storeWorkbook(ctx, `${text.file[kind]}-${matrix.period}.xlsx`, wb);
}

/** Title, legend and the header row; returns the sheet with data starting under the target row. */
function startSheet(
  wb: ExcelJS.Workbook,
  kind: ComparisonExportKind,
  matrix: ComparisonMatrix,
  text: Text,
  language: Language,
  leading: { header: string; width: number }[],
  trailing: { header: string; width: number }[] = [],
) {
  const name = text.sheet[kind];
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: leading.length, ySplit: 5 }],
  });
  ws.getCell(1, 1).value = text.title(matrix.company.name, name, matrix.period);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = text.legend(matrix.months[0]!, matrix.months.at(-1)!);
  const indicatorHeaders = matrix.indicators.map((i) => ({
    header: text.indicatorHeader(indicatorText(i, language).name, text.unit[i.unit].label),
    width: 14,
  }));
  const all = [...leading, ...indicatorHeaders, ...trailing];
  all.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  const header = ws.getRow(4);
  header.values = all.map((c) => c.header);
  header.height = 36;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = solid(FILL.header);
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  // The company-wide target of each indicator; an estate's own target differs only by override
  // and then shows as a note on its cell.
  const targets = ws.getRow(5);
  targets.getCell(leading.length).value = text.companyTarget;
  matrix.company.cells.forEach((c, j) => {
    targets.getCell(leading.length + 1 + j).value = c.target?.label ?? '—';
  });
  targets.font = { italic: true };
  return ws;
}

/** Writes one indicator value with its unit format and judgement colour. */
function valueCell(
  cell: ExcelJS.Cell,
  text: Text,
  value: number | null,
  unit: IndicatorUnit,
  judgement: Judgement,
  note?: string,
) {
  cell.value = value;
  cell.numFmt = text.unit[unit].numFmt;
  const style = JUDGED[judgement];
  if (style) {
    cell.fill = solid(style.fill);
    cell.font = { color: { argb: style.font } };
  }
  if (note) cell.note = note;
}

function matrixSheet(wb: ExcelJS.Workbook, matrix: ComparisonMatrix, text: Text, language: Language) {
  const lead = [
    { header: text.estateCode, width: 12 },
    { header: text.estateName, width: 20 },
    { header: text.region, width: 12 },
  ];
  const ws = startSheet(wb, 'MATRIX', matrix, text, language, lead, [
    { header: text.met, width: 8 },
    { header: text.missed, width: 8 },
    { header: text.noData, width: 8 },
  ]);
  const n = matrix.indicators.length;
  let r = 6;
  for (const row of matrix.rows) {
    const line = ws.getRow(r++);
    line.values = [row.estateCode, row.estateName, row.regionName ?? ''];
    row.cells.forEach((c, j) => {
      const companyTarget = matrix.company.cells[j]!.target?.label;
      const own = c.target?.label;
      valueCell(
        line.getCell(4 + j),
        text,
        c.value,
        matrix.indicators[j]!.unit,
        c.judgement,
        own && own !== companyTarget ? text.estateTarget(own) : undefined,
      );
    });
    line.getCell(4 + n).value = row.metCount;
    line.getCell(5 + n).value = row.missedCount;
    line.getCell(6 + n).value = row.noDataCount;
  }
  r++;
  for (const group of [...matrix.regions, matrix.company]) {
    const line = ws.getRow(r++);
    line.values = ['', group.regionId ? text.regionTotal(group.name) : text.companyTotal(group.name), ''];
    line.font = { bold: true };
    group.cells.forEach((c, j) => {
      valueCell(line.getCell(4 + j), text, c.value, matrix.indicators[j]!.unit, c.judgement);
      line.getCell(4 + j).font = { bold: true, color: line.getCell(4 + j).font?.color };
    });
    line.getCell(4 + n).value = group.cells.reduce((a, c) => a + c.metCount, 0);
    line.getCell(5 + n).value = group.cells.reduce((a, c) => a + c.missedCount, 0);
  }
}

function leagueSheet(wb: ExcelJS.Workbook, matrix: ComparisonMatrix, text: Text, language: Language) {
  const lead = [
    { header: text.rank, width: 6 },
    { header: text.estateCode, width: 12 },
    { header: text.estateName, width: 20 },
    { header: text.region, width: 12 },
    { header: text.met, width: 8 },
    { header: text.missed, width: 8 },
    { header: text.noData, width: 8 },
    { header: text.metRate, width: 10 },
  ];
  const ws = startSheet(wb, 'LEAGUE', matrix, text, language, lead);
  const rows = [...matrix.rows].sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.estateName.localeCompare(b.estateName, 'zh-CN'),
  );
  rows.forEach((row, i) => {
    const line = ws.getRow(6 + i);
    line.values = [
      row.rank ?? '—',
      row.estateCode,
      row.estateName,
      row.regionName ?? '',
      row.metCount,
      row.missedCount,
      row.noDataCount,
      row.metRate,
    ];
    line.getCell(8).numFmt = text.unit.PERCENT.numFmt;
    row.cells.forEach((c, j) => {
      valueCell(line.getCell(lead.length + 1 + j), text, c.value, matrix.indicators[j]!.unit, c.judgement);
    });
  });
}
