/**
 * Imports one month of figures for many estates from the filled template: all or nothing, in one
 * tenant transaction, with every bad cell reported as `['rows', <excel row>, <column letter>]`.
 * The file arrives beforehand through `POST /files`; the mutation names it by id, and a
 * successful import uses the upload up (a refused one leaves it to expire with unattached uploads).
 */
import { ESTATE_CODE_PATTERN, type FieldProblem, subject } from '@anju/domain';
import type ExcelJS from 'exceljs';
import { consumeUpload, deleteConsumedBytes, readOwnUpload } from '../../files/index.js';
import type { Context } from '../../graphql/context.js';
import { requireTenant } from '../../graphql/context.js';
import { badInput, notFound } from '../../lib/errors.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { readWorkbook, XLSX_TYPE } from '../../lib/xlsx/index.js';
import { findEstatesByCodes } from '../estates/index.js';
import { type CatalogueEntry, isComputed, loadCatalogue } from '../indicators/index.js';
import { figureProblems, writeDrafts } from './figures.drafts.js';
import {
  assertCanReport,
  columnKey,
  DATA_SHEETS,
  ESTATE_CODE_KEY,
  FIRST_DATA_ROW,
  HEADER_ROW,
  HELP_SHEETS,
  KEY_ROW,
  MONTH_LABELS,
} from './figures.excel.js';
import { assertReportableMonth } from './figures.service.js';
import { latestFiguresOf, lockEstateMonth } from './figures.store.js';
import type { ImportMonthlyFiguresInput, ImportResult } from './figures.types.js';

const MAX_ROWS = 5000;
/** Enough to fix a file; a wholly wrong file would otherwise answer with megabytes of errors. */
const MAX_REPORTED = 1000;

interface FileColumn {
  col: number;
  letter: string;
  header: string;
  code: string;
  field: 'numerator' | 'denominator';
}

interface FileRow {
  row: number;
  code: string;
  /** By column key: null = empty cell (not reported), NaN = not a number. */
  values: Map<string, number | null>;
}

interface ParsedFile {
  month: string | null;
  codeLetter: string;
  columns: FileColumn[];
  rows: FileRow[];
}

function text(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && 'richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if (typeof v === 'object' && 'result' in v) return text(v.result as ExcelJS.CellValue);
  return '';
}

function numberOf(v: ExcelJS.CellValue): number | null {
  if (v == null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' || (typeof v === 'object' && 'richText' in v)) {
    const t = text(v).replace(/,/g, '');
    if (!t) return null;
    return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : Number.NaN;
  }
  // A formula counts by its cached result; one without a result is not a number we can trust.
  if (typeof v === 'object' && 'formula' in v && typeof v.result === 'number') return v.result;
  return Number.NaN;
}

function parse(wb: ExcelJS.Workbook): ParsedFile {
  const notTemplate = () =>
    badInput([
      {
        path: ['fileId'],
        reason: 'NOT_TEMPLATE',
        message: '文件不是本系统下载的月度指标模板，请重新下载模板',
      },
    ]);
  // A template in either language (or with its sheets renamed: then the first sheet); the
  // columns are found by the hidden key row, never by the headers people read.
  const ws = DATA_SHEETS.map((name) => wb.getWorksheet(name)).find(Boolean) ?? wb.worksheets[0];
  if (!ws) throw notTemplate();
  let codeCol = 0;
  let codeLetter = 'A';
  const columns: FileColumn[] = [];
  ws.getRow(KEY_ROW).eachCell((cell, col) => {
    const key = text(cell.value);
    if (key === ESTATE_CODE_KEY) {
      codeCol = col;
      codeLetter = ws.getColumn(col).letter;
    }
    const m = /^([a-z][a-z0-9_]*)\.(numerator|denominator)$/.exec(key);
    if (m) {
      columns.push({
        col,
        letter: ws.getColumn(col).letter,
        header: text(ws.getRow(HEADER_ROW).getCell(col).value) || key,
        code: m[1]!,
        field: m[2] as FileColumn['field'],
      });
    }
  });
  if (!codeCol || columns.length === 0) throw notTemplate();
  const rows: FileRow[] = [];
  ws.eachRow((row, n) => {
    if (n < FIRST_DATA_ROW) return;
    const values = new Map(
      columns.map((c) => [columnKey(c.code, c.field), numberOf(row.getCell(c.col).value)]),
    );
    const code = text(row.getCell(codeCol).value);
    // A row without figures reports nothing, whatever its estate: it is neither checked nor saved.
    if ([...values.values()].some((v) => v !== null)) rows.push({ row: n, code, values });
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
  let month: string | null = null;
  const named = HELP_SHEETS.map((name) => wb.getWorksheet(name)).filter((h) => h != null);
  for (const help of named.length ? named : wb.worksheets.filter((w) => w !== ws)) {
    help.eachRow((row) => {
      if (MONTH_LABELS.includes(text(row.getCell(1).value))) month = text(row.getCell(2).value) || null;
    });
  }
  return { month, codeLetter, columns, rows };
}

/** A figure read from the file, checked and ready for `writeDrafts`. */
interface Candidate {
  def: CatalogueEntry;
  numerator: number;
  denominator: number | null;
  row: number;
  letters: { numerator: string; denominator?: string };
}

export async function importMonthlyFigures(
  ctx: Context,
  input: ImportMonthlyFiguresInput,
): Promise<ImportResult> {
  // Refuse callers who can report nothing before spending CPU on their file.
  const caller = requireTenant(ctx);
  assertCanReport(caller);
  // The month too: a future month is refused before the file is read.
  await tenantRead(ctx, (tx) => assertReportableMonth(ctx, tx, caller.companyId, input.month));
  const { database, fileStorage, clock } = ctx.services;
  // Only the caller's own unused upload: a colleague's or another company's id is NOT_FOUND alike.
  const upload = await readOwnUpload(database, fileStorage, caller, input.fileId, clock());
  if (!upload) throw notFound('文件');
  if (upload.file.contentType !== XLSX_TYPE)
    throw badInput([{ path: ['fileId'], reason: 'NOT_XLSX', message: '请上传 .xlsx 格式的模板文件' }]);
  const file = parse(await readWorkbook(upload.bytes));
  if (file.month && file.month !== input.month) {
    throw badInput([
      {
        path: ['month'],
        reason: 'MISMATCH',
        message: `文件是 ${file.month} 的模板，与所选月份 ${input.month} 不一致`,
      },
    ]);
  }
  const { result, changed, consumed } = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    // Used up with the import, in its transaction: the same upload cannot be imported twice, and
    // a refused import (rolled back) keeps it until it expires.
    const consumed = await consumeUpload(tx, caller, input.fileId);
    if (!consumed) throw notFound('文件');
    const problems: FieldProblem[] = [];
    // `params` name the column for clients that show it in their own language: the indicator
    // and part of an indicator column, or `column: 'estateCode'`.
    const at = (
      row: number,
      letter: string,
      reason: string,
      message: string,
      header?: string,
      params?: FieldProblem['params'],
    ) =>
      problems.push({
        path: ['rows', row, letter],
        reason,
        message: `第 ${row} 行 ${letter} 列${header ? `（${header}）` : ''}：${message}`,
        ...(params && { params }),
      });
    const ofColumn = (c: FileColumn) => ({ indicatorCode: c.code, part: c.field });
    const ESTATE_COLUMN = { column: 'estateCode' };
    const catalogue = await loadCatalogue(tx, caller.companyId);

    // Columns of indicators that cannot be reported (retired, computed, unknown) are an error
    // only when the file fills them.
    const usable = file.columns.filter((c) => {
      const def = catalogue.byCode.get(c.code);
      const used = file.rows.some((r) => r.values.get(columnKey(c.code, c.field)) != null);
      let problem: [string, string] | null = null;
      if (!def || def.retired) problem = ['NOT_FOUND', '指标不存在或已停用'];
      else if (isComputed(def.code)) problem = ['COMPUTED', `${def.nameZh}由系统计算，不能手工填报`];
      else if (c.field === 'denominator' && def.unit !== 'PERCENT')
        problem = ['NOT_ALLOWED', '计数指标没有分母'];
      if (problem && used) at(HEADER_ROW, c.letter, problem[0], problem[1], c.header, ofColumn(c));
      return !problem;
    });
    const codes = [...new Set(usable.map((c) => c.code))];

    // Only what can be an estate code reaches SQL (a cell may hold anything, NUL included);
    // any other text is an unknown estate below.
    const wanted = [...new Set(file.rows.map((r) => r.code).filter((c) => ESTATE_CODE_PATTERN.test(c)))];
    const found = await findEstatesByCodes(tx, caller.companyId, wanted);
    const byCode = new Map(found.map((e) => [e.code, e]));
    const seen = new Set<string>();
    const perEstate = new Map<string, Candidate[]>();
    for (const r of file.rows) {
      if (!r.code) {
        at(r.row, file.codeLetter, 'REQUIRED', '请填写小区编号', '小区编号', ESTATE_COLUMN);
        continue;
      }
      const estate = byCode.get(r.code);
      const permitted =
        estate &&
        caller.ability.can('read', subject('Estate', estate)) &&
        caller.ability.can(
          'update',
          subject('MonthlyFigure', { companyId: caller.companyId, estateId: estate.id }),
        );
      if (!estate || !permitted) {
        at(
          r.row,
          file.codeLetter,
          'NOT_FOUND',
          `小区编号 ${r.code} 不存在或无权填报`,
          '小区编号',
          ESTATE_COLUMN,
        );
        continue;
      }
      if (estate.archivedAt) {
        at(r.row, file.codeLetter, 'ARCHIVED', `小区 ${estate.name} 已归档`, '小区编号', ESTATE_COLUMN);
        continue;
      }
      if (seen.has(estate.id)) {
        at(r.row, file.codeLetter, 'DUPLICATE', `小区编号 ${r.code} 重复出现`, '小区编号', ESTATE_COLUMN);
        continue;
      }
      seen.add(estate.id);
      const candidates: Candidate[] = [];
      for (const code of codes) {
        const def = catalogue.byCode.get(code)!;
        const num = usable.find((c) => c.code === code && c.field === 'numerator');
        const den = usable.find((c) => c.code === code && c.field === 'denominator');
        const n = r.values.get(columnKey(code, 'numerator')) ?? null;
        const d = r.values.get(columnKey(code, 'denominator')) ?? null;
        if (n === null && d === null) continue;
        const letterOf = (field: unknown) => (field === 'denominator' && den ? den : (num ?? den)!);
        if (n === null) {
          const c = letterOf('numerator');
          at(r.row, c.letter, 'REQUIRED', `请填写${def.numeratorLabel}`, c.header, ofColumn(c));
          continue;
        }
        const issues = figureProblems(def, { indicatorCode: code, numerator: n, denominator: d }, []);
        for (const p of issues) {
          const c = letterOf(p.path[0]);
          at(r.row, c.letter, p.reason, p.message, c.header, { ...p.params, ...ofColumn(c) });
        }
        if (issues.length === 0 && num) {
          candidates.push({
            def,
            numerator: n,
            denominator: d,
            row: r.row,
            letters: { numerator: num.letter, denominator: den?.letter },
          });
        }
      }
      perEstate.set(estate.id, candidates);
    }

    // Submitted and approved figures cannot change here; the same values again are no change.
    // Every estate-month of the file is locked up front, in one order, before anything is read:
    // two imports (or an import and a form) then wait for each other instead of deadlocking.
    for (const estateId of [...perEstate.keys()].sort())
      await lockEstateMonth(tx, caller.companyId, estateId, input.month);
    const latest = await latestFiguresOf(tx, caller.companyId, [...perEstate.keys()], input.month);
    for (const [estateId, candidates] of perEstate) {
      perEstate.set(
        estateId,
        candidates.filter((f) => {
          const current = latest.get(`${estateId}|${f.def.code}`);
          if (!current || (current.state !== 'SUBMITTED' && current.state !== 'APPROVED')) return true;
          const sameNumerator = current.numerator === f.numerator;
          if (sameNumerator && (f.def.unit !== 'PERCENT' || current.denominator === f.denominator))
            return false;
          const letter = sameNumerator ? (f.letters.denominator ?? f.letters.numerator) : f.letters.numerator;
          const column = {
            indicatorCode: f.def.code,
            part: sameNumerator && f.letters.denominator ? 'denominator' : 'numerator',
          };
          if (current.state === 'SUBMITTED')
            at(
              f.row,
              letter,
              'SUBMITTED',
              `${f.def.nameZh}已提交，等待总部审核，不能修改`,
              undefined,
              column,
            );
          else at(f.row, letter, 'LOCKED', `${f.def.nameZh}已审核锁定，请通过更正修改`, undefined, column);
          return false;
        }),
      );
    }

    if (problems.length) {
      const sorted = problems.sort(
        (a, b) =>
          (a.path[1] as number) - (b.path[1] as number) ||
          String(a.path[2]).length - String(b.path[2]).length ||
          String(a.path[2]).localeCompare(String(b.path[2])),
      );
      throw badInput(
        sorted.slice(0, MAX_REPORTED),
        `导入失败：${problems.length} 处错误，没有保存任何数据。${sorted[0]!.message}`,
      );
    }

    const changed: { estateId: string; state: string }[] = [];
    let figureCount = 0;
    const audited: unknown[] = [];
    const previous: unknown[] = [];
    for (const [estateId, candidates] of perEstate) {
      if (candidates.length === 0) continue;
      const before = await writeDrafts(
        tx,
        caller,
        estateId,
        input.month,
        candidates.map((f) => ({
          def: f.def,
          numerator: f.numerator,
          denominator: f.denominator,
          source: 'REPORTED' as const,
          path: ['rows', f.row, f.letters.numerator],
        })),
      );
      figureCount += candidates.length;
      previous.push({ estateId, figures: before });
      const written = new Set(candidates.map((f) => f.def.code));
      changed.push({ estateId, state: formStateAfter(latest, estateId, written) });
      audited.push({
        estateId,
        figures: candidates.map((f) => ({
          indicatorCode: f.def.code,
          numerator: f.numerator,
          denominator: f.denominator,
        })),
      });
    }
    await changeLog(
      'figures.import',
      'MonthlyFigure',
      null,
      { month: input.month, estates: previous },
      { month: input.month, file: upload.file, estates: audited },
    );
    return { result: { estateCount: changed.length, figureCount }, changed, consumed };
  });
  // The figures are saved: a storage hiccup now leaves orphaned bytes, never a failed import.
  await deleteConsumedBytes(fileStorage, consumed).catch((error: unknown) =>
    ctx.services.logger.warn({ err: error, fileId: consumed.id }, 'bytes of an imported file not deleted'),
  );
  for (const c of changed) {
    ctx.services.pubsub.publish('FIGURES_CHANGED', requireTenant(ctx).companyId, {
      estateId: c.estateId,
      month: input.month,
      state: c.state,
    });
  }
  return result;
}

/** The form's state once the written figures are drafts (as `formStateOf` in the service). */
function formStateAfter(
  latest: Map<string, { estateId: string; indicatorCode: string; state: string }>,
  estateId: string,
  written: Set<string>,
): string {
  const states = new Set(['DRAFT']);
  for (const f of latest.values()) {
    if (f.estateId === estateId && !written.has(f.indicatorCode)) states.add(f.state);
  }
  if (states.size > 1) return states.has('REJECTED') ? 'REJECTED' : 'MIXED';
  return 'DRAFT';
}
