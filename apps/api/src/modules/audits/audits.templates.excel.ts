/**
 * Audit template items as .xlsx (issue 9, item 1): the export of a draft or a published version,
 * and the import that replaces a draft with a file's items — all or nothing, every bad cell
 * reported as `['rows', <excel row>, <column letter>]`. The file arrives beforehand through
 * `POST /files`; a successful import uses the upload up.
 */
import {
  AUDIT_DEPARTMENTS,
  type AuditDepartment,
  type AuditTemplateContent,
  auditTemplateDraftSchema,
  check,
  type FieldProblem,
  type Language,
} from '@anju/domain';
import ExcelJS from 'exceljs';
import { consumeUpload, deleteConsumedBytes, readOwnUpload } from '../../files/index.js';
import type { FileRef } from '../../graphql/common-types.js';
import { type Context, requireTenant } from '../../graphql/context.js';
import { badInput, conflict, notFound } from '../../lib/errors.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { FILL, readWorkbook, solid, storeWorkbook, XLSX_TYPE } from '../../lib/xlsx/index.js';
import { loadTemplateFor, toTemplate } from './audits.templates.service.js';
import * as store from './audits.templates.store.js';
import type { AuditTemplate, ImportAuditTemplateItemsInput } from './audits.templates.types.js';

/** Department names people read and type, both languages; the import accepts these and the codes. */
export const DEPARTMENT_LABELS: Record<AuditDepartment, { ZH: string; EN: string }> = {
  CUSTOMER_SERVICE: { ZH: '客服', EN: 'Customer service' },
  SECURITY: { ZH: '秩序维护', EN: 'Security' },
  CLEANING: { ZH: '保洁', EN: 'Cleaning' },
  ENGINEERING: { ZH: '工程', EN: 'Engineering' },
  LANDSCAPING: { ZH: '绿化', EN: 'Landscaping' },
  FIRE_SAFETY: { ZH: '消防', EN: 'Fire safety' },
};

const TEXT = {
  ZH: {
    dataSheet: '检查项目',
    helpSheet: '说明',
    file: (name: string, number: number | null) => `${name}${number ? `-v${number}` : '-草稿'}.xlsx`,
    headers: {
      section_key: '分部编号',
      department: '部门',
      section_title: '分部名称',
      section_title_en: '分部英文名称',
      item_key: '项目编号',
      title: '检查项目',
      standard: '检查标准',
      title_en: '英文项目名称',
      standard_en: '英文检查标准',
      max_score: '分值',
      critical: '一票否决',
    },
    yes: '是',
    no: '否',
    template: '模板',
    version: '版本',
    draft: '草稿',
    notes: [
      '每行一个检查项目；同一分部的项目放在相邻的行，分部编号为空的行属于上一行的分部，分部的部门和名称以该分部第一行为准。',
      '编号只能包含小写字母、数字和 -（如 cl-01），在整个模板内唯一；检查记录按项目编号对应，请勿随意更改已有编号。项目编号为空时自动生成。',
      '分值大于 0、不超过 100，以 0.5 为单位；一票否决填“是”或“否”。',
      '导入会替换模板草稿中的全部分部和项目：全部成功或全部不保存。已发布的版本不受影响，导入后需重新发布。',
    ],
    departments: '部门',
  },
  EN: {
    dataSheet: 'Items',
    helpSheet: 'Notes',
    file: (name: string, number: number | null) => `${name}${number ? `-v${number}` : '-draft'}.xlsx`,
    headers: {
      section_key: 'Section key',
      department: 'Department',
      section_title: 'Section title',
      section_title_en: 'Section title (English)',
      item_key: 'Item key',
      title: 'Item',
      standard: 'Standard',
      title_en: 'Item (English)',
      standard_en: 'Standard (English)',
      max_score: 'Points',
      critical: 'Critical',
    },
    yes: 'Yes',
    no: 'No',
    template: 'Template',
    version: 'Version',
    draft: 'Draft',
    notes: [
      'One item per row; items of a section on adjacent rows. A row with an empty section key belongs to the section above; a section’s department and titles are read from its first row.',
      'Keys take lower-case letters, digits and - (e.g. cl-01) and are unique in the template; audit answers refer to item keys, so keep existing ones. An empty item key is generated.',
      'Points are more than 0 and at most 100, in steps of 0.5; Critical is Yes or No.',
      'The import replaces every section and item of the draft: all or nothing. Published versions stay as they are; publish again after importing.',
    ],
    departments: 'Departments',
  },
} as const satisfies Record<Language, unknown>;

const COLUMNS = [
  'section_key',
  'department',
  'section_title',
  'section_title_en',
  'item_key',
  'title',
  'standard',
  'title_en',
  'standard_en',
  'max_score',
  'critical',
] as const;
type ColumnKey = (typeof COLUMNS)[number];
const WIDTHS: Record<ColumnKey, number> = {
  section_key: 14,
  department: 10,
  section_title: 16,
  section_title_en: 20,
  item_key: 10,
  title: 18,
  standard: 50,
  title_en: 24,
  standard_en: 50,
  max_score: 8,
  critical: 10,
};
const DATA_SHEETS = [TEXT.ZH.dataSheet, TEXT.EN.dataSheet];
/** Row 1 (hidden) holds the column keys the import reads; row 2 the headers people read. */
const KEY_ROW = 1;
const HEADER_ROW = 2;
const FIRST_DATA_ROW = 3;
/** 30 sections × 200 items. */
const MAX_ROWS = 6000;
const MAX_REPORTED = 1000;

// ---------------------------------------------------------------------------------------------
// Export

export async function exportAuditTemplate(
  ctx: Context,
  input: { id: string; number?: number | null; language?: Language | null },
): Promise<FileRef> {
  const language = input.language ?? 'ZH';
  const data = await tenantRead(ctx, async (tx, caller) => {
    const template = await loadTemplateFor(tx, caller, input.id, 'read');
    if (input.number == null) return { name: template.name, number: null, content: template.draft };
    const version = Number.isInteger(input.number)
      ? await store.findVersionByNumber(tx, caller.companyId, template.id, input.number)
      : undefined;
    if (!version) throw notFound('模板版本');
    return { name: version.name, number: version.number, content: version.content };
  });
  return storeWorkbook(
    ctx,
    TEXT[language].file(data.name, data.number),
    buildWorkbook(data.name, data.number, data.content, language),
  );
}

export function buildWorkbook(
  name: string,
  number: number | null,
  content: AuditTemplateContent,
  language: Language,
): ExcelJS.Workbook {
  const text = TEXT[language];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'anju';
  const ws = wb.addWorksheet(text.dataSheet, { views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }] });
  ws.columns = COLUMNS.map((key) => ({ key, width: WIDTHS[key] }));
  const keys = ws.getRow(KEY_ROW);
  keys.values = [...COLUMNS];
  keys.hidden = true;
  const header = ws.getRow(HEADER_ROW);
  header.values = COLUMNS.map((c) => text.headers[c]);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = solid(FILL.header);
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  const departments = `"${AUDIT_DEPARTMENTS.map((d) => DEPARTMENT_LABELS[d][language]).join(',')}"`;
  let n = FIRST_DATA_ROW;
  for (const section of content.sections) {
    for (const item of section.items) {
      const row = ws.getRow(n++);
      const values: Record<ColumnKey, string | number> = {
        section_key: section.key,
        department: DEPARTMENT_LABELS[section.department][language],
        section_title: section.title,
        section_title_en: section.titleEn,
        item_key: item.key,
        title: item.title,
        standard: item.standard,
        title_en: item.titleEn,
        standard_en: item.standardEn,
        max_score: item.maxScore,
        critical: item.critical ? text.yes : text.no,
      };
      COLUMNS.forEach((c, i) => {
        // Strings stay strings: exceljs writes them as text, never as formulas.
        row.getCell(i + 1).value = values[c];
      });
      row.getCell(COLUMNS.indexOf('standard') + 1).alignment = { wrapText: true, vertical: 'top' };
      row.getCell(COLUMNS.indexOf('standard_en') + 1).alignment = { wrapText: true, vertical: 'top' };
    }
  }
  // Lists and bounds for the rows people add (the import checks everything again).
  for (let r = FIRST_DATA_ROW; r < Math.max(n, FIRST_DATA_ROW) + 200; r++) {
    const row = ws.getRow(r);
    row.getCell(COLUMNS.indexOf('department') + 1).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [departments],
    };
    row.getCell(COLUMNS.indexOf('critical') + 1).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${text.yes},${text.no}"`],
    };
    row.getCell(COLUMNS.indexOf('max_score') + 1).dataValidation = {
      type: 'decimal',
      operator: 'between',
      formulae: [0.5, 100],
      allowBlank: true,
      showErrorMessage: true,
    };
  }
  const help = wb.addWorksheet(text.helpSheet);
  help.columns = [{ width: 14 }, { width: 100 }];
  help.addRows([
    [text.template, name],
    [text.version, number ?? text.draft],
    [],
    ...text.notes.map((note, i) => [String(i + 1), note]),
    [],
    [text.departments, AUDIT_DEPARTMENTS.map((d) => DEPARTMENT_LABELS[d][language]).join('、')],
  ]);
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return wb;
}

// ---------------------------------------------------------------------------------------------
// Import

function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && 'richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text.trim();
  if (typeof v === 'object' && 'result' in v) return cellText(v.result as ExcelJS.CellValue);
  return '';
}

/** A number, or the cell's text (the schema then says INVALID), or undefined when empty (REQUIRED). */
function scoreOf(v: ExcelJS.CellValue): unknown {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'formula' in v && typeof v.result === 'number') return v.result;
  const t = cellText(v).replace(/,/g, '');
  if (!t) return undefined;
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : t;
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '']);

function criticalOf(v: ExcelJS.CellValue): unknown {
  if (typeof v === 'boolean') return v;
  const t = cellText(v).toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return t;
}

function departmentOf(text: string): string | undefined {
  if (!text) return undefined;
  const lower = text.toLowerCase();
  for (const d of AUDIT_DEPARTMENTS) {
    if (
      d === text.toUpperCase() ||
      DEPARTMENT_LABELS[d].ZH === text ||
      DEPARTMENT_LABELS[d].EN.toLowerCase() === lower
    )
      return d;
  }
  return text;
}

interface Parsed {
  /** Content as read, unchecked (values may be of the wrong type: the schema judges them). */
  content: { sections: Record<string, unknown>[] };
  /** Excel row of each section's first row, and of each item. */
  sectionRows: number[];
  itemRows: number[][];
  letters: Record<ColumnKey, string>;
  problems: FieldProblem[];
}

const FIELD_COLUMN: Record<string, ColumnKey> = {
  key: 'item_key',
  title: 'title',
  standard: 'standard',
  titleEn: 'title_en',
  standardEn: 'standard_en',
  maxScore: 'max_score',
  critical: 'critical',
};
const SECTION_FIELD_COLUMN: Record<string, ColumnKey> = {
  key: 'section_key',
  department: 'department',
  title: 'section_title',
  titleEn: 'section_title_en',
};

function parse(wb: ExcelJS.Workbook): Parsed {
  const notTemplate = () =>
    badInput([
      {
        path: ['fileId'],
        reason: 'NOT_TEMPLATE',
        message: '文件不是本系统导出的检查模板，请先导出模板再填写',
      },
    ]);
  const ws = DATA_SHEETS.map((n) => wb.getWorksheet(n)).find(Boolean) ?? wb.worksheets[0];
  if (!ws) throw notTemplate();
  const cols = new Map<ColumnKey, number>();
  ws.getRow(KEY_ROW).eachCell((cell, col) => {
    const key = cellText(cell.value) as ColumnKey;
    if ((COLUMNS as readonly string[]).includes(key) && !cols.has(key)) cols.set(key, col);
  });
  for (const required of ['section_key', 'item_key', 'title', 'standard', 'max_score'] as const)
    if (!cols.has(required)) throw notTemplate();
  const letters = Object.fromEntries(
    COLUMNS.map((c) => [c, cols.has(c) ? ws.getColumn(cols.get(c)!).letter : '']),
  ) as Record<ColumnKey, string>;
  const problems: FieldProblem[] = [];
  const at = (row: number, column: ColumnKey, reason: string, message: string) =>
    problems.push({
      path: ['rows', row, letters[column]],
      reason,
      message: `第 ${row} 行 ${letters[column]} 列（${TEXT.ZH.headers[column]}）：${message}`,
      params: { column },
    });

  type Row = { n: number; get: (c: ColumnKey) => ExcelJS.CellValue };
  const rows: Row[] = [];
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
    throw badInput([{ path: ['fileId'], reason: 'REQUIRED', message: '文件中没有检查项目' }]);

  // Keys given in the file, so that generated ones never collide with them.
  const taken = new Set(rows.map((r) => cellText(r.get('item_key'))).filter(Boolean));
  const generated = (sectionKey: string) => {
    const prefix = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(sectionKey) ? sectionKey : 'item';
    for (let i = 1; ; i++) {
      const key = `${prefix}-${String(i).padStart(2, '0')}`;
      if (!taken.has(key)) {
        taken.add(key);
        return key;
      }
    }
  };

  const sections: (Record<string, unknown> & { items: Record<string, unknown>[] })[] = [];
  const sectionRows: number[] = [];
  const itemRows: number[][] = [];
  const sectionIndex = new Map<string, number>();
  const itemKeys = new Map<string, number>();
  let current = -1;
  for (const r of rows) {
    const sectionKey = cellText(r.get('section_key'));
    if (sectionKey && (current < 0 || sections[current]!.key !== sectionKey)) {
      if (sectionIndex.has(sectionKey)) {
        at(
          r.n,
          'section_key',
          'DUPLICATE',
          `分部编号 ${sectionKey} 已在第 ${sectionRows[sectionIndex.get(sectionKey)!]} 行出现，同一分部的项目须放在相邻的行`,
        );
        continue;
      }
      sectionIndex.set(sectionKey, sections.length);
      current = sections.length;
      sections.push({
        key: sectionKey,
        department: departmentOf(cellText(r.get('department'))),
        title: cellText(r.get('section_title')) || undefined,
        titleEn: cellText(r.get('section_title_en')),
        items: [],
      });
      sectionRows.push(r.n);
      itemRows.push([]);
    } else if (current < 0) {
      at(r.n, 'section_key', 'REQUIRED', '请填写分部编号');
      continue;
    }
    const section = sections[current]!;
    const key = cellText(r.get('item_key')) || generated(String(section.key));
    if (itemKeys.has(key)) {
      at(r.n, 'item_key', 'DUPLICATE', `项目编号 ${key} 已在第 ${itemKeys.get(key)} 行出现`);
      continue;
    }
    itemKeys.set(key, r.n);
    section.items.push({
      key,
      title: cellText(r.get('title')) || undefined,
      standard: cellText(r.get('standard')) || undefined,
      titleEn: cellText(r.get('title_en')),
      standardEn: cellText(r.get('standard_en')),
      maxScore: scoreOf(r.get('max_score')),
      critical: criticalOf(r.get('critical')),
    });
    itemRows[current]!.push(r.n);
  }
  return { content: { sections }, sectionRows, itemRows, letters, problems };
}

/** The schema's problems, placed on the cells they come from. */
function checkContent(parsed: Parsed): { content: AuditTemplateContent | null; problems: FieldProblem[] } {
  const problems = [...parsed.problems];
  const result = check(auditTemplateDraftSchema, parsed.content);
  if (result.ok) return { content: problems.length ? null : result.data, problems };
  const { letters } = parsed;
  for (const p of result.problems) {
    const [, s, part, i, field] = p.path as [string, number?, string?, number?, string?];
    let row: number | undefined;
    let column: ColumnKey | undefined;
    if (typeof s === 'number' && part === 'items' && typeof i === 'number') {
      row = parsed.itemRows[s]?.[i];
      column = FIELD_COLUMN[String(field)];
    } else if (typeof s === 'number' && part === 'items') {
      row = parsed.itemRows[s]?.[0];
      column = 'section_key';
    } else if (typeof s === 'number') {
      row = parsed.sectionRows[s];
      column = SECTION_FIELD_COLUMN[String(part)];
    }
    if (row == null || !column || !letters[column]) {
      problems.push({ ...p, path: ['fileId'] });
      continue;
    }
    problems.push({
      path: ['rows', row, letters[column]],
      reason: p.reason,
      message: `第 ${row} 行 ${letters[column]} 列（${TEXT.ZH.headers[column]}）：${p.message}`,
      params: { ...p.params, column },
    });
  }
  return { content: null, problems };
}

/** Replaces the template's draft with the file's sections and items, all or nothing. */
export async function importAuditTemplateItems(
  ctx: Context,
  input: ImportAuditTemplateItemsInput,
): Promise<AuditTemplate> {
  const caller = requireTenant(ctx);
  // Refuse callers who may not change the template before spending CPU on their file.
  await tenantRead(ctx, (tx) => loadTemplateFor(tx, caller, input.id, 'update'));
  const { database, fileStorage, clock } = ctx.services;
  // Only the caller's own unused upload: a colleague's or another company's id is NOT_FOUND alike.
  const upload = await readOwnUpload(database, fileStorage, caller, input.fileId, clock());
  if (!upload) throw notFound('文件');
  if (upload.file.contentType !== XLSX_TYPE)
    throw badInput([{ path: ['fileId'], reason: 'NOT_XLSX', message: '请上传 .xlsx 格式的模板文件' }]);
  const parsed = parse(await readWorkbook(upload.bytes));
  const { content, problems } = checkContent(parsed);
  if (!content) {
    const sorted = problems.sort(
      (a, b) =>
        (Number(a.path[1]) || 0) - (Number(b.path[1]) || 0) ||
        String(a.path[2]).length - String(b.path[2]).length ||
        String(a.path[2]).localeCompare(String(b.path[2])),
    );
    throw badInput(
      sorted.slice(0, MAX_REPORTED),
      `导入失败：${problems.length} 处错误，没有保存任何内容。${sorted[0]!.message}`,
    );
  }
  const { after, consumed } = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await loadTemplateFor(tx, caller, input.id, 'update', true);
    if (before.version !== input.version)
      throw conflict('检查模板已被他人修改，请刷新后重试', 'STALE_VERSION');
    if (before.archived)
      throw badInput([{ path: ['id'], reason: 'ARCHIVED', message: '检查模板已归档，不能修改' }]);
    // Used up with the import, in its transaction: a refused import (rolled back) keeps it.
    const consumed = await consumeUpload(tx, caller, input.fileId);
    if (!consumed) throw notFound('文件');
    const after = await store.updateTemplate(
      tx,
      caller.companyId,
      before.id,
      input.version,
      { draft: content },
      ctx.services.clock(),
    );
    if (!after) throw conflict('检查模板已被他人修改，请刷新后重试', 'STALE_VERSION');
    await changeLog('auditTemplate.import', 'AuditTemplate', before.id, before, {
      ...after,
      file: upload.file,
    });
    return { after, consumed };
  });
  await deleteConsumedBytes(fileStorage, consumed).catch((error: unknown) =>
    ctx.services.logger.warn({ err: error, fileId: consumed.id }, 'bytes of an imported file not deleted'),
  );
  return toTemplate(after);
}
