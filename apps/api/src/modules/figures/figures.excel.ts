/**
 * The monthly-figures Excel template (issue 3, item 8). The .xlsx plumbing it shares with the
 * import and the comparison export lives in lib/xlsx.
 */

import ExcelJS from 'exceljs';
import { accessibleWhere } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import type { FileDownload } from '../../graphql/common-types.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { forbidden } from '../../lib/errors.js';
import { tenantRead } from '../../lib/write.js';
import { FILL, solid, toDownload } from '../../lib/xlsx/index.js';
import { activeEstatesWhere, estateColumns } from '../estates/index.js';
import { type CatalogueEntry, isComputed, loadCatalogue } from '../indicators/index.js';
import type { MonthlyFigureRow } from './figures.schema.js';
import { assertReportableMonth } from './figures.service.js';
import * as store from './figures.store.js';

export const DATA_SHEET = '月度指标';
export const HELP_SHEET = '说明';
/** Row 1 (hidden) holds the column keys the import reads; row 2 the headers people read. */
export const KEY_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;
export const ESTATE_CODE_KEY = 'estate_code';
export const ESTATE_NAME_KEY = 'estate_name';
export const MONTH_LABEL = '月份';

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
    companyId: estateColumns.companyId,
    estateId: estateColumns.id,
  });
  return activeEstatesWhere(tx, caller.companyId, [canRead, canReport]);
}

/** Type-level: may the caller report figures of any estate at all (rows are checked later)? */
export function assertCanReport(caller: TenantCaller) {
  if (!caller.ability.can('update', 'MonthlyFigure')) throw forbidden();
}

export async function monthlyFigureTemplate(ctx: Context, month: string): Promise<FileDownload> {
  // Read in the transaction; build the workbook after it (CPU work holds no connection).
  const data = await tenantRead(ctx, async (tx, caller) => {
    assertCanReport(caller);
    await assertReportableMonth(ctx, tx, caller.companyId, month);
    const catalogue = await loadCatalogue(tx, caller.companyId);
    const rows = await reportableEstates(tx, caller);
    const latest = await store.latestFiguresOf(
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
