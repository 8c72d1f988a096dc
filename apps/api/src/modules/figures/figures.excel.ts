/**
 * The monthly-figures Excel template (issue 3, item 8), and the .xlsx plumbing the import and the
 * comparison export share: upload checks before any parsing, and the download wrapper.
 */

import { and, asc, eq, isNull } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { accessibleWhere } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { badInput, forbidden } from '../../lib/errors.js';
import { tenantRead } from '../../lib/write.js';
import { checkZipUnpackedSize } from '../../lib/zip-guard.js';
import { estates } from '../estates/estates.schema.js';
import { estateColumns } from '../estates/estates.store.js';
import { assertMonth } from '../indicators/indicators.service.js';
import { type CatalogueEntry, loadCatalogue } from '../indicators/indicators.store.js';
import { isComputed } from '../indicators/sources.js';
import { type MonthlyFigureRow } from './figures.schema.js';
import { latestFiguresOf } from './figures.store.js';
import type { FileDownload } from './figures.types.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/**
 * Real unpacked size an upload may reach: a full template (5,000 rows × 62 columns) unpacks to
 * 10.6 MB (measured), so 32 MB leaves room without letting a small zip expand into a parser that
 * holds everything in memory.
 */
export const MAX_UNZIPPED_BYTES = 32 * 1024 * 1024;

export const DATA_SHEET = '月度指标';
export const HELP_SHEET = '说明';
/** Row 1 (hidden) holds the column keys the import reads; row 2 the headers people read. */
export const KEY_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;
export const ESTATE_CODE_KEY = 'estate_code';
export const ESTATE_NAME_KEY = 'estate_name';
export const MONTH_LABEL = '月份';

export const FILL = {
  header: 'FFDDEBF7',
  locked: 'FFE7E6E6',
  met: 'FFC6EFCE',
  missed: 'FFFFC7CE',
  noData: 'FFEDEDED',
} as const;

export function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

export async function toDownload(filename: string, workbook: ExcelJS.Workbook): Promise<FileDownload> {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { filename, contentType: XLSX_TYPE, base64: buffer.toString('base64') };
}

/** One input column of the template: an indicator's numerator or denominator. */
export interface InputColumn {
  def: CatalogueEntry;
  field: 'numerator' | 'denominator';
  key: string;
  header: string;
}

export const columnKey = (code: string, field: InputColumn['field']) => `${code}.${field}`;

/** The columns of the template: every reportable indicator, one column per input. */
export function inputColumns(indicators: readonly CatalogueEntry[]): InputColumn[] {
  return indicators
    .filter((def) => !def.retired && !isComputed(def.code))
    .flatMap((def) => {
      const cols: InputColumn[] = [
        {
          def,
          field: 'numerator',
          key: columnKey(def.code, 'numerator'),
          header: `${def.nameZh} · ${def.numeratorLabel}`,
        },
      ];
      if (def.unit === 'PERCENT') {
        cols.push({
          def,
          field: 'denominator',
          key: columnKey(def.code, 'denominator'),
          header: `${def.nameZh} · ${def.denominatorLabel ?? '分母'}`,
        });
      }
      return cols;
    });
}

/** Active estates whose figures the caller may report: SQL-filtered by the ability's rules. */
function reportableEstates(tx: Tx, caller: TenantCaller) {
  const canRead = accessibleWhere(caller.ability, 'read', 'Estate', estateColumns);
  const canReport = accessibleWhere(caller.ability, 'update', 'MonthlyFigure', {
    companyId: estates.companyId,
    estateId: estates.id,
  });
  return tx
    .select({ id: estates.id, code: estates.code, name: estates.name })
    .from(estates)
    .where(and(eq(estates.companyId, caller.companyId), isNull(estates.archivedAt), canRead, canReport))
    .orderBy(asc(estates.code));
}

/** Type-level: may the caller report figures of any estate at all (rows are checked later)? */
export function assertCanReport(caller: TenantCaller) {
  if (!caller.ability.can('update', 'MonthlyFigure')) throw forbidden();
}

export async function monthlyFigureTemplate(ctx: Context, month: string): Promise<FileDownload> {
  assertMonth(ctx, month, ['month'], { notFuture: true });
  // Read in the transaction; build the workbook after it (CPU work holds no connection).
  const data = await tenantRead(ctx, async (tx, caller) => {
    assertCanReport(caller);
    const catalogue = await loadCatalogue(tx, caller.companyId);
    const rows = await reportableEstates(tx, caller);
    const latest = await latestFiguresOf(
      tx,
      caller.companyId,
      rows.map((e) => e.id),
      month,
    );
    return { columns: inputColumns(catalogue.indicators), rows, latest };
  });
  return toDownload(`月度指标-${month}.xlsx`, buildTemplate(month, data.columns, data.rows, data.latest));
}

function buildTemplate(
  month: string,
  columns: InputColumn[],
  rows: { id: string; code: string; name: string }[],
  latest: Map<string, MonthlyFigureRow>,
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'anju';
  const ws = wb.addWorksheet(DATA_SHEET, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }],
  });
  ws.columns = [
    { key: ESTATE_CODE_KEY, width: 14 },
    { key: ESTATE_NAME_KEY, width: 22 },
    ...columns.map((c) => ({ key: c.key, width: Math.min(30, Math.max(14, c.header.length * 2)) })),
  ];
  const keys = ws.getRow(KEY_ROW);
  keys.values = [ESTATE_CODE_KEY, ESTATE_NAME_KEY, ...columns.map((c) => c.key)];
  keys.hidden = true;
  const header = ws.getRow(HEADER_ROW);
  header.values = ['小区编号', '小区名称', ...columns.map((c) => c.header)];
  header.height = 48;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = solid(FILL.header);
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });

  rows.forEach((estate, i) => {
    const row = ws.getRow(FIRST_DATA_ROW + i);
    row.getCell(1).value = estate.code;
    row.getCell(2).value = estate.name;
    columns.forEach((c, j) => {
      const cell = row.getCell(3 + j);
      const figure = latest.get(`${estate.id}|${c.def.code}`);
      const value = figure ? (c.field === 'numerator' ? figure.numerator : figure.denominator) : null;
      if (value != null) cell.value = value;
      // Submitted and approved figures are shown but cannot change through the import.
      if (figure && (figure.state === 'SUBMITTED' || figure.state === 'APPROVED'))
        cell.fill = solid(FILL.locked);
      const whole = c.def.unit !== 'PERCENT';
      cell.dataValidation = {
        type: whole ? 'whole' : 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: '输入有误',
        error: whole ? '请填写不小于 0 的整数' : '请填写不小于 0 的数字',
      };
    });
  });

  const help = wb.addWorksheet(HELP_SHEET);
  help.columns = [{ width: 12 }, { width: 36 }, { width: 24 }, { width: 14 }, { width: 40 }];
  help.addRows([
    [MONTH_LABEL, month],
    ['填写说明', '每行一个小区；空白单元格表示本次不填报该项。导入时全部成功或全部不保存。'],
    ['灰色单元格', '已提交或已审核的数据：导入时不能修改，如需更改请在系统中提交更正。'],
    [],
    ['列', '表头', '指标编码', '字段', '计算方式'],
    ...columns.map((c, j) => [
      ws.getColumn(3 + j).letter,
      c.header,
      c.def.code,
      c.field === 'numerator' ? '分子/次数' : '分母',
      c.def.descriptionZh,
    ]),
  ]);
  help.getRow(5).font = { bold: true };
  return wb;
}

/**
 * Size and zip structure are checked, and every entry really unpacked and counted (not the sizes
 * the zip declares), before exceljs sees the bytes.
 */
export async function readUpload(base64: string): Promise<ExcelJS.Workbook> {
  const notXlsx = () =>
    badInput([{ path: ['base64'], reason: 'NOT_XLSX', message: '请上传 .xlsx 格式的模板文件' }]);
  if (base64.length > Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4) throw tooLarge();
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_UPLOAD_BYTES) throw tooLarge();
  const check = await checkZipUnpackedSize(bytes, MAX_UNZIPPED_BYTES);
  if (!check.ok) throw check.reason === 'TOO_LARGE' ? tooLarge() : notXlsx();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw notXlsx();
  }
  return wb;
}

function tooLarge() {
  return badInput([{ path: ['base64'], reason: 'TOO_LARGE', message: '文件不能超过 5 MB' }]);
}
