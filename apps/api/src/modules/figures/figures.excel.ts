/**
 * The monthly-figures Excel template (issue 3, item 8). The .xlsx plumbing it shares with the
 * import and the comparison export lives in lib/xlsx.
 */

import { indicatorText, type Language } from '@anju/domain';
import ExcelJS from 'exceljs';
import { accessibleWhere } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import type { FileRef } from '../../graphql/common-types.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { forbidden } from '../../lib/errors.js';
import { tenantRead } from '../../lib/write.js';
import { FILL, solid, storeWorkbook } from '../../lib/xlsx/index.js';
import { activeEstatesWhere, estateColumns } from '../estates/index.js';
import { type CatalogueEntry, isComputed, loadCatalogue } from '../indicators/index.js';
import type { MonthlyFigureRow } from './figures.schema.js';
import { assertReportableMonth } from './figures.service.js';
import * as store from './figures.store.js';

/**
 * What people read in the template, per language. The import reads none of it but the sheet
 * names and the month label (both languages' alike), so a file downloaded in either imports.
 */
const TEXT = {
  ZH: {
    dataSheet: '月度指标',
    helpSheet: '说明',
    month: '月份',
    file: (month: string) => `月度指标-${month}.xlsx`,
    estateCode: '小区编号',
    estateName: '小区名称',
    denominator: '分母',
    errorTitle: '输入有误',
    wholeError: '请填写不小于 0 的整数',
    decimalError: '请填写不小于 0 的数字',
    howTo: ['填写说明', '每行一个小区；空白单元格表示本次不填报该项。导入时全部成功或全部不保存。'],
    grey: ['灰色单元格', '已提交或已审核的数据：导入时不能修改，如需更改请在系统中提交更正。'],
    columnsHeader: ['列', '表头', '指标编码', '字段', '计算方式'],
    numeratorField: '分子/次数',
    denominatorField: '分母',
  },
  EN: {
    dataSheet: 'Monthly figures',
    helpSheet: 'Notes',
    month: 'Month',
    file: (month: string) => `monthly-figures-${month}.xlsx`,
    estateCode: 'Estate code',
    estateName: 'Estate name',
    denominator: 'Denominator',
    errorTitle: 'Invalid entry',
    wholeError: 'Enter a whole number of 0 or more',
    decimalError: 'Enter a number of 0 or more',
    howTo: [
      'How to fill in',
      'One row per estate; a blank cell means that figure is not reported this time. The import saves everything or nothing.',
    ],
    grey: [
      'Grey cells',
      'Submitted or approved figures: the import cannot change them; to change one, submit a correction in the system.',
    ],
    columnsHeader: ['Column', 'Header', 'Indicator code', 'Field', 'How it is measured'],
    numeratorField: 'Numerator / count',
    denominatorField: 'Denominator',
  },
} as const satisfies Record<Language, unknown>;

/** The data sheet's and the notes sheet's names in every language, for the import. */
export const DATA_SHEETS = [TEXT.ZH.dataSheet, TEXT.EN.dataSheet];
export const HELP_SHEETS = [TEXT.ZH.helpSheet, TEXT.EN.helpSheet];
export const MONTH_LABELS: readonly string[] = [TEXT.ZH.month, TEXT.EN.month];
/** Row 1 (hidden) holds the column keys the import reads; row 2 the headers people read. */
export const KEY_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;
export const ESTATE_CODE_KEY = 'estate_code';
export const ESTATE_NAME_KEY = 'estate_name';

/** One input column of the template: an indicator's numerator or denominator. */
export interface InputColumn {
  def: CatalogueEntry;
  field: 'numerator' | 'denominator';
  key: string;
  header: string;
}

export const columnKey = (code: string, field: InputColumn['field']) => `${code}.${field}`;

/** The columns of the template: every reportable indicator, one column per input. */
export function inputColumns(
  indicators: readonly CatalogueEntry[],
  language: Language = 'ZH',
): InputColumn[] {
  return indicators
    .filter((def) => !def.retired && !isComputed(def.code))
    .flatMap((def) => {
      const t = indicatorText(def, language);
      const cols: InputColumn[] = [
        {
          def,
          field: 'numerator',
          key: columnKey(def.code, 'numerator'),
          header: `${t.name} · ${t.numeratorLabel}`,
        },
      ];
      if (def.unit === 'PERCENT') {
        cols.push({
          def,
          field: 'denominator',
          key: columnKey(def.code, 'denominator'),
          header: `${t.name} · ${t.denominatorLabel ?? TEXT[language].denominator}`,
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

/** The month's template, stored as a file of the caller to download from `GET /files/:id`. */
export async function monthlyFigureTemplate(
  ctx: Context,
  month: string,
  language: Language = 'ZH',
): Promise<FileRef> {
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
    return { columns: inputColumns(catalogue.indicators, language), rows, latest };
  });
  return storeWorkbook(
    ctx,
    TEXT[language].file(month),
    buildTemplate(month, language, data.columns, data.rows, data.latest),
  );
}

function buildTemplate(
  month: string,
  language: Language,
  columns: InputColumn[],
  rows: { id: string; code: string; name: string }[],
  latest: Map<string, MonthlyFigureRow>,
): ExcelJS.Workbook {
  const text = TEXT[language];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'anju';
  const ws = wb.addWorksheet(text.dataSheet, {
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
  header.values = [text.estateCode, text.estateName, ...columns.map((c) => c.header)];
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
        errorTitle: text.errorTitle,
        error: whole ? text.wholeError : text.decimalError,
      };
    });
  });

  const help = wb.addWorksheet(text.helpSheet);
  help.columns = [{ width: 12 }, { width: 36 }, { width: 24 }, { width: 14 }, { width: 40 }];
  help.addRows([
    [text.month, month],
    [...text.howTo],
    [...text.grey],
    [],
    [...text.columnsHeader],
    ...columns.map((c, j) => [
      ws.getColumn(3 + j).letter,
      c.header,
      c.def.code,
      c.field === 'numerator' ? text.numeratorField : text.denominatorField,
      indicatorText(c.def, language).description,
    ]),
  ]);
  help.getRow(5).font = { bold: true };
  return wb;
}
