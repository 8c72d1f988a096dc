/**
 * Fees as .xlsx: the export of an estate's months (or, with `template`, the empty file to fill in)
 * and the import — all rows or none, every bad cell reported as `['rows', <excel row>, <column
 * letter>]` like the staff import. A month already on record is overwritten (its version moves on).
 */
import { check, type FieldProblem, feeCollectionFields, formatFen, type Language } from '@anju/domain';
import ExcelJS from 'exceljs';
import { accessibleWhere } from '../../authz/accessible.js';
import { consumeUpload, deleteConsumedBytes, readOwnUpload } from '../../files/index.js';
import type { FileRef } from '../../graphql/common-types.js';
import { type Context, requireTenant } from '../../graphql/context.js';
import { badInput, notFound } from '../../lib/errors.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { FILL, readWorkbook, solid, storeWorkbook, XLSX_TYPE } from '../../lib/xlsx/index.js';
import { currentMonthOf } from '../companies/index.js';
import { recomputeSourceFigures } from '../figures/index.js';
import { FEE_CODES, feeEstate, toFeeCollection } from './fees.service.js';
import * as store from './fees.store.js';
import type { FeeImportResult, ImportFeeCollectionsInput } from './fees.types.js';

const COLUMNS = ['month', 'receivable', 'collected', 'note'] as const;
type ColumnKey = (typeof COLUMNS)[number];
const REQUIRED: readonly ColumnKey[] = ['month', 'receivable', 'collected'];

const TEXT = {
  ZH: {
    dataSheet: '收费',
    helpSheet: '说明',
    file: (estate: string, template: boolean) => `${estate}-${template ? '收费导入模板' : '收费'}.xlsx`,
    headers: { month: '月份', receivable: '应收金额（元）', collected: '实收金额（元）', note: '备注' },
    estate: '项目',
    notes: [
      '每行一个月份：月份（YYYY-MM）、应收金额和实收金额必填，金额以元为单位，最多两位小数；实收不能大于应收。',
      '已有记录的月份将被覆盖；不能填写未来月份。',
      '导入全部成功或全部不保存，错误按行和列列出。',
    ],
  },
  EN: {
    dataSheet: 'Fees',
    helpSheet: 'Notes',
    file: (estate: string, template: boolean) =>
      `${estate}-${template ? 'fees-import-template' : 'fees'}.xlsx`,
    headers: { month: 'Month', receivable: 'Receivable (yuan)', collected: 'Collected (yuan)', note: 'Note' },
    estate: 'Estate',
    notes: [
      'One month per row: month (YYYY-MM), receivable and collected are required, in yuan with at most two decimals; collected may not exceed receivable.',
      'A month already on record is overwritten; future months are refused.',
      'All rows are saved or none; errors are listed by row and column.',
    ],
  },
} as const satisfies Record<Language, unknown>;

const KEY_ROW = 1;
const HEADER_ROW = 2;
const FIRST_DATA_ROW = 3;
const MAX_ROWS = 600;

export async function exportFeeCollections(
  ctx: Context,
  args: { estateId: string; language?: Language | null; template?: boolean | null },
): Promise<FileRef> {
  const language = args.language ?? 'ZH';
  const text = TEXT[language];
  const data = await tenantRead(ctx, async (tx, caller) => {
    const estate = await feeEstate(tx, caller, args.estateId, args.template ? 'create' : 'read');
    if (args.template) return { estate, rows: [] };
    const access = accessibleWhere(caller.ability, 'read', 'FeeCollection', store.feeColumns);
    return { estate, rows: await store.feesOf(tx, caller.companyId, estate.id, access) };
  });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'anju';
  const ws = wb.addWorksheet(text.dataSheet, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  ws.columns = COLUMNS.map((key) => ({ key, width: key === 'note' ? 40 : 18, style: { numFmt: '@' } }));
  const keyRow = ws.getRow(KEY_ROW);
  keyRow.values = [...COLUMNS];
  keyRow.hidden = true;
  const header = ws.getRow(HEADER_ROW);
  header.values = COLUMNS.map((k) => text.headers[k]);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = solid(FILL.header);
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  let n = FIRST_DATA_ROW;
  for (const r of data.rows) {
    const row = ws.getRow(n++);
    row.values = [r.month, formatFen(r.receivableFen), formatFen(r.collectedFen), r.note ?? ''];
  }
  const help = wb.addWorksheet(text.helpSheet);
  help.columns = [{ width: 14 }, { width: 100 }];
  help.addRows([
    [text.estate, `${data.estate.name} (${data.estate.code})`],
    [],
    ...text.notes.map((note, i) => [String(i + 1), note]),
  ]);
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return storeWorkbook(ctx, text.file(data.estate.name, !!args.template), wb);
}

function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 7);
  if (typeof v === 'object' && 'richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text.trim();
  if (typeof v === 'object' && 'result' in v) return cellText(v.result as ExcelJS.CellValue);
  return '';
}

/** A month cell: text `YYYY-MM` (or 2025/3, 2025.03), or a date Excel made of it. */
function monthOf(v: ExcelJS.CellValue): string {
  if (typeof v === 'number' && v > 0 && v < 2958466)
    return new Date(Math.round((v - 25569) * 86_400_000)).toISOString().slice(0, 7);
  const t = cellText(v);
  const m = /^(\d{4})[/.-](\d{1,2})$/.exec(t);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}` : t;
}

interface FileRow {
  n: number;
  get(c: ColumnKey): ExcelJS.CellValue;
}

function parse(wb: ExcelJS.Workbook): { rows: FileRow[]; letters: Record<ColumnKey, string> } {
  const notTemplate = () =>
    badInput([
      {
        path: ['fileId'],
        reason: 'NOT_TEMPLATE',
        message: '文件不是本系统的收费导入模板，请先下载模板再填写',
      },
    ]);
  const ws =
    [TEXT.ZH.dataSheet, TEXT.EN.dataSheet].map((n) => wb.getWorksheet(n)).find(Boolean) ?? wb.worksheets[0];
  if (!ws) throw notTemplate();
  const cols = new Map<ColumnKey, number>();
  ws.getRow(KEY_ROW).eachCell((cell, col) => {
    const key = cellText(cell.value) as ColumnKey;
    if ((COLUMNS as readonly string[]).includes(key) && !cols.has(key)) cols.set(key, col);
  });
  for (const required of REQUIRED) if (!cols.has(required)) throw notTemplate();
  const letters = Object.fromEntries(
    COLUMNS.map((c) => [c, cols.has(c) ? ws.getColumn(cols.get(c)!).letter : '']),
  ) as Record<ColumnKey, string>;
  const rows: FileRow[] = [];
  ws.eachRow((row, n) => {
    if (n < FIRST_DATA_ROW) return;
    const get = (c: ColumnKey) => (cols.has(c) ? row.getCell(cols.get(c)!).value : null);
    if (COLUMNS.some((c) => cellText(get(c)) !== '')) rows.push({ n, get });
  });
  if (rows.length > MAX_ROWS)
    throw badInput([
      {
        path: ['fileId'],
        reason: 'TOO_MANY_ROWS',
        message: `一次最多导入 ${MAX_ROWS} 行`,
        params: { max: MAX_ROWS },
      },
    ]);
  if (rows.length === 0)
    throw badInput([{ path: ['fileId'], reason: 'REQUIRED', message: '文件中没有收费记录' }]);
  return { rows, letters };
}

/** Saves every month of the file, all or nothing, and recomputes those months' figures. */
export async function importFeeCollections(
  ctx: Context,
  input: ImportFeeCollectionsInput,
): Promise<FeeImportResult> {
  const caller = requireTenant(ctx);
  // Refuse callers who may not record fees there before spending CPU on their file.
  await tenantRead(ctx, (tx) => feeEstate(tx, caller, input.estateId, 'create'));
  const { database, fileStorage, clock } = ctx.services;
  const upload = await readOwnUpload(database, fileStorage, caller, String(input.fileId), clock());
  if (!upload) throw notFound('文件');
  if (upload.file.contentType !== XLSX_TYPE)
    throw badInput([{ path: ['fileId'], reason: 'NOT_XLSX', message: '请上传 .xlsx 格式的文件' }]);
  const parsed = parse(await readWorkbook(upload.bytes));
  const { letters } = parsed;

  const { result, consumed } = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await feeEstate(tx, caller, input.estateId, 'create');
    const consumed = await consumeUpload(tx, caller, String(input.fileId));
    if (!consumed) throw notFound('文件');
    const current = await currentMonthOf(tx, caller.companyId, ctx.services.clock);
    const problems: FieldProblem[] = [];
    const at = (row: number, column: ColumnKey, reason: string, message: string, params = {}) =>
      problems.push({
        path: ['rows', row, letters[column]],
        reason,
        message: `第 ${row} 行 ${letters[column]} 列（${TEXT.ZH.headers[column]}）：${message}`,
        params: { ...params, column },
      });
    const FIELD_COLUMN: Record<string, ColumnKey> = {
      month: 'month',
      receivable: 'receivable',
      collected: 'collected',
      note: 'note',
    };
    type Ready = { n: number; month: string; receivable: number; collected: number; note: string | null };
    const ready: Ready[] = [];
    const seen = new Map<string, number>();
    for (const r of parsed.rows) {
      const checked = check(feeCollectionFields, {
        month: monthOf(r.get('month')) || undefined,
        receivable: cellText(r.get('receivable')) || undefined,
        collected: cellText(r.get('collected')) || undefined,
        note: cellText(r.get('note')) || undefined,
      });
      if (!checked.ok) {
        for (const p of checked.problems) {
          const column = FIELD_COLUMN[String(p.path[0])];
          if (column && letters[column]) at(r.n, column, p.reason, p.message, p.params);
          else problems.push({ ...p, path: ['rows', r.n, ...p.path] });
        }
        continue;
      }
      const d = checked.data;
      if (d.month > current) {
        at(r.n, 'month', 'FUTURE', '不能填写未来月份的收费', { max: current });
        continue;
      }
      const first = seen.get(d.month);
      if (first !== undefined) {
        at(r.n, 'month', 'DUPLICATE', `与第 ${first} 行的月份相同`, { row: first });
        continue;
      }
      seen.set(d.month, r.n);
      ready.push({
        n: r.n,
        month: d.month,
        receivable: d.receivable,
        collected: d.collected,
        note: d.note || null,
      });
    }
    if (problems.length) {
      const sorted = problems.sort(
        (a, b) =>
          (Number(a.path[1]) || 0) - (Number(b.path[1]) || 0) ||
          String(a.path[2]).localeCompare(String(b.path[2])),
      );
      throw badInput(sorted, `导入失败：${problems.length} 处错误，没有保存任何记录。${sorted[0]!.message}`);
    }
    const now = ctx.services.clock();
    const existing = new Map(
      (await store.feesOfMonths(tx, caller.companyId, estate.id, [...seen.keys()], true)).map((r) => [
        r.month,
        r,
      ]),
    );
    const saved = [];
    for (const r of ready) {
      const before = existing.get(r.month);
      const values = {
        receivableFen: r.receivable,
        collectedFen: r.collected,
        note: r.note,
        updatedBy: caller.userId,
        updatedAt: now,
      };
      const after = before
        ? await store.updateFee(tx, caller.companyId, before.id, before.version, values)
        : await store.insertFee(tx, {
            companyId: caller.companyId,
            estateId: estate.id,
            month: r.month,
            createdBy: caller.userId,
            createdAt: now,
            ...values,
          });
      saved.push(after!);
    }
    await changeLog('fee_collection.import', 'Estate', estate.id, null, {
      file: upload.file,
      months: saved.map((r) => ({
        month: r.month,
        receivableFen: r.receivableFen,
        collectedFen: r.collectedFen,
      })),
    });
    await recomputeSourceFigures(tx, caller.companyId, estate.id, [...seen.keys()], FEE_CODES, now);
    saved.sort((a, b) => a.month.localeCompare(b.month));
    return {
      result: { estateId: estate.id, saved: saved.length, collections: saved.map(toFeeCollection) },
      consumed,
    };
  });
  await deleteConsumedBytes(fileStorage, consumed).catch((error: unknown) =>
    ctx.services.logger.warn({ err: error, fileId: consumed.id }, 'bytes of an imported file not deleted'),
  );
  return result;
}
