/**
 * Staff as .xlsx: the export of an estate's staff (personal columns only for callers who may read
 * them, ID numbers masked even then) and the import of new staff — all or nothing, every bad cell
 * reported as `['rows', <excel row>, <column letter>]` like the figures and audit-template imports.
 * The file arrives beforehand through `POST /files`; a successful import uses the upload up. The
 * export with `template: true` is the empty file to fill in.
 */
import {
  CERTIFICATE_KIND_INFO,
  check,
  createStaffInput,
  type FieldProblem,
  GENDERS,
  identityFromResidentId,
  type Language,
  STAFF_STATUS_NAMES,
  STAFF_STATUSES,
  type CreateStaffInput as StaffInputData,
  subject,
} from '@anju/domain';
import ExcelJS from 'exceljs';
import { accessibleWhere } from '../../authz/accessible.js';
import { consumeUpload, deleteConsumedBytes, readOwnUpload } from '../../files/index.js';
import type { FileRef } from '../../graphql/common-types.js';
import { type Context, requireTenant } from '../../graphql/context.js';
import { badInput, forbidden, notFound } from '../../lib/errors.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { FILL, readWorkbook, solid, storeWorkbook, XLSX_TYPE } from '../../lib/xlsx/index.js';
import { listPositions, type PositionRow } from '../team/index.js';
import { maskIdsIn, toStaffMembers } from './staff.access.js';
import { staffRecordsChanged } from './staff.changes.js';
import {
  crewProblem,
  duplicateIdNumber,
  estateFor,
  idNumberColumns,
  isDuplicateIdNumber,
  logged,
} from './staff.service.js';
import * as store from './staff.store.js';
import type { ImportStaffInput, StaffImportResult } from './staff.types.js';

const COLUMNS = [
  'name',
  'position',
  'status',
  'gender',
  'id_number',
  'birth_date',
  'phone',
  'hire_date',
  'leave_date',
  'shift_crew',
  'note',
] as const;
type ColumnKey = (typeof COLUMNS)[number];
/** Only in the export: read-outs the import ignores. */
const EXPORT_ONLY = ['department', 'certificates', 'certificate_state'] as const;
type ExportKey = ColumnKey | (typeof EXPORT_ONLY)[number];
/** Personal data: these columns are left out of an export for callers who may not read them. */
const PERSONAL: readonly ExportKey[] = ['id_number', 'birth_date', 'phone'];
const REQUIRED: readonly ColumnKey[] = ['name', 'position', 'hire_date'];

const GENDER_NAMES = { MALE: { ZH: '男', EN: 'Male' }, FEMALE: { ZH: '女', EN: 'Female' } } as const;
const STATE_NAMES = {
  VALID: { ZH: '有效', EN: 'Valid' },
  EXPIRING: { ZH: '即将到期', EN: 'Expiring' },
  EXPIRED: { ZH: '已过期', EN: 'Expired' },
} as const;

const TEXT = {
  ZH: {
    dataSheet: '员工',
    helpSheet: '说明',
    file: (estate: string, template: boolean) => `${estate}-${template ? '员工导入模板' : '员工名册'}.xlsx`,
    headers: {
      name: '姓名',
      position: '岗位',
      status: '状态',
      gender: '性别',
      id_number: '身份证号',
      birth_date: '出生日期',
      phone: '手机号',
      hire_date: '入职日期',
      leave_date: '离职日期',
      shift_crew: '班组',
      note: '备注',
      department: '部门',
      certificates: '证书',
      certificate_state: '证书状态',
    } satisfies Record<ExportKey, string>,
    estate: '项目',
    positions: '岗位',
    notes: [
      '每行一名员工；姓名、岗位和入职日期必填。岗位填写本项目的岗位名称或岗位代码（见下方列表），部门由岗位确定。',
      '状态填写 在职、试用 或 离职（默认 在职）；离职的员工须填写离职日期。性别填写 男 或 女，可留空由身份证号确定。',
      '身份证号为 18 位（最后一位可为 X），请将单元格设为文本格式以免被改写；出生日期可留空由身份证号确定。日期格式为 YYYY-MM-DD。',
      '班组填写岗位班制的班组（如二班二运转为 A、B），可留空。',
      '导入只新增员工：全部成功或全部不保存，错误按行和列列出。导出的名册中身份证号已打码，不能直接再导入。',
    ],
  },
  EN: {
    dataSheet: 'Staff',
    helpSheet: 'Notes',
    file: (estate: string, template: boolean) =>
      `${estate}-${template ? 'staff-import-template' : 'staff'}.xlsx`,
    headers: {
      name: 'Name',
      position: 'Position',
      status: 'Status',
      gender: 'Gender',
      id_number: 'ID number',
      birth_date: 'Birth date',
      phone: 'Mobile',
      hire_date: 'Hire date',
      leave_date: 'Leave date',
      shift_crew: 'Crew',
      note: 'Note',
      department: 'Department',
      certificates: 'Certificates',
      certificate_state: 'Certificate state',
    } satisfies Record<ExportKey, string>,
    estate: 'Estate',
    positions: 'Positions',
    notes: [
      'One person per row; name, position and hire date are required. Position is a position name or code of this estate (listed below); the department follows from it.',
      'Status is Active, On probation or Left (default Active); a leaver needs a leave date. Gender is Male or Female, or empty to take it from the ID number.',
      'ID numbers have 18 characters (the last may be X): format the cells as text so Excel keeps them. Birth date may be empty to take it from the ID number. Dates are YYYY-MM-DD.',
      'Crew is a crew of the position’s shift pattern (A, B for two crews), or empty.',
      'The import only adds staff: all rows or none, errors listed by row and column. Exported rosters mask ID numbers and cannot be imported again as they are.',
    ],
  },
} as const satisfies Record<Language, unknown>;

/** Row 1 (hidden) holds the column keys the import reads; row 2 the headers people read. */
const KEY_ROW = 1;
const HEADER_ROW = 2;
const FIRST_DATA_ROW = 3;
const MAX_ROWS = 1000;
const MAX_REPORTED = 1000;

// ---------------------------------------------------------------------------------------------
// Export

/**
 * The estate's staff as .xlsx (or, with `template`, the empty file to fill in): what the caller
 * may read, personal columns only when they may read them, ID numbers masked.
 */
export async function exportStaff(
  ctx: Context,
  args: { estateId: string; language?: Language | null; template?: boolean | null },
): Promise<FileRef> {
  const language = args.language ?? 'ZH';
  const text = TEXT[language];
  const data = await tenantRead(ctx, async (tx, caller) => {
    const estate = await estateFor(tx, caller, args.estateId, args.template ? 'create' : 'read');
    const positions = await listPositions(tx, caller.companyId, estate.id);
    if (args.template) return { estate, positions, members: [], personal: true };
    const access = accessibleWhere(caller.ability, 'read', 'Staff', store.staffColumns);
    const rows = await store.allStaffOfEstate(tx, caller.companyId, estate.id, access);
    const members = await toStaffMembers(tx, caller, rows, ctx.services.clock());
    // The personal columns when the caller may read personal data of the estate's staff in general
    // (manager, admin); each cell is still the field as the caller may see it.
    const personal = caller.ability.can(
      'read',
      subject('Staff', { companyId: caller.companyId, estateId: estate.id, userId: null }),
      'phone',
    );
    return { estate, positions, members, personal };
  });
  const keys: ExportKey[] = [...COLUMNS, ...(args.template ? [] : EXPORT_ONLY)].filter(
    (k) => data.personal || !PERSONAL.includes(k),
  );
  const wb = new ExcelJS.Workbook();
  wb.creator = 'anju';
  const ws = wb.addWorksheet(text.dataSheet, { views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }] });
  ws.columns = keys.map((key) => ({
    key,
    width: key === 'note' || key === 'certificates' ? 40 : key === 'id_number' ? 22 : 14,
    // Text cells: Excel would turn an 18-digit ID number into a rounded number.
    style: { numFmt: '@' },
  }));
  const keyRow = ws.getRow(KEY_ROW);
  keyRow.values = keys;
  keyRow.hidden = true;
  const header = ws.getRow(HEADER_ROW);
  header.values = keys.map((k) => text.headers[k]);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = solid(FILL.header);
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  const positionName = new Map(data.positions.map((p) => [p.id, p.name]));
  let n = FIRST_DATA_ROW;
  for (const m of data.members) {
    const values: Record<ExportKey, string> = {
      name: m.name,
      position: positionName.get(m.positionId) ?? '',
      status: STAFF_STATUS_NAMES[m.status][language === 'ZH' ? 'zh' : 'en'],
      gender: m.gender ? GENDER_NAMES[m.gender][language] : '',
      id_number: m.idNumberMasked ?? '',
      birth_date: m.birthDate ?? '',
      phone: m.phone ?? '',
      hire_date: m.hireDate,
      leave_date: m.leaveDate ?? '',
      shift_crew: m.shiftCrew ?? '',
      note: m.note ?? '',
      department: m.department.name,
      certificates: m.certificates
        .map((c) => {
          const kind = CERTIFICATE_KIND_INFO[c.kind][language === 'ZH' ? 'zh' : 'en'];
          // An ID number inside a licence number is masked in every export, as the ID column is.
          return `${kind} ${maskIdsIn(c.number)}${c.expiresOn ? ` → ${c.expiresOn}` : ''}`;
        })
        .join('\n'),
      certificate_state: m.certificateState ? STATE_NAMES[m.certificateState][language] : '',
    };
    const row = ws.getRow(n++);
    // Strings stay strings: exceljs writes them as text, never as formulas.
    keys.forEach((k, i) => {
      row.getCell(i + 1).value = values[k];
    });
    if (m.certificateState && m.certificateState !== 'VALID') {
      row.getCell(keys.indexOf('certificate_state') + 1).fill = solid(FILL.missed);
    }
  }
  const statuses = `"${STAFF_STATUSES.map((s) => STAFF_STATUS_NAMES[s][language === 'ZH' ? 'zh' : 'en']).join(',')}"`;
  const genders = `"${GENDERS.map((g) => GENDER_NAMES[g][language]).join(',')}"`;
  for (let r = FIRST_DATA_ROW; r < n + 200; r++) {
    const row = ws.getRow(r);
    row.getCell(keys.indexOf('status') + 1).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [statuses],
    };
    row.getCell(keys.indexOf('gender') + 1).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [genders],
    };
  }
  const help = wb.addWorksheet(text.helpSheet);
  help.columns = [{ width: 14 }, { width: 100 }];
  help.addRows([
    [text.estate, `${data.estate.name} (${data.estate.code})`],
    [],
    ...text.notes.map((note, i) => [String(i + 1), note]),
    [],
    [text.positions, data.positions.map((p) => `${p.name} (${p.code})`).join('、')],
  ]);
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return storeWorkbook(ctx, text.file(data.estate.name, !!args.template), wb);
}

// ---------------------------------------------------------------------------------------------
// Import

function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text.trim();
  if (typeof v === 'object' && 'result' in v) return cellText(v.result as ExcelJS.CellValue);
  return '';
}

/** A date cell: an Excel date (a Date, or a serial number) or `YYYY-MM-DD` text (or 2024/3/1). */
function dateOf(v: ExcelJS.CellValue): string {
  if (typeof v === 'number' && v > 0 && v < 2958466) {
    // Excel's serial day 25569 is 1970-01-01 (its 1900 leap-year bug sits before 1 March 1900).
    return new Date(Math.round((v - 25569) * 86_400_000)).toISOString().slice(0, 10);
  }
  const t = cellText(v);
  const m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(t);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : t;
}

/** An ID number cell: text; a number means Excel already rounded it (refused as malformed). */
function idNumberOf(v: ExcelJS.CellValue): string {
  if (typeof v === 'number') return `${v}`.length >= 15 ? 'number' : String(v);
  return cellText(v);
}

function labelled<T extends string>(value: string, labels: Record<T, string[]>): T | string | undefined {
  if (!value) return undefined;
  const lower = value.toLowerCase();
  for (const [code, names] of Object.entries(labels) as [T, string[]][]) {
    if (code.toLowerCase() === lower || names.some((n) => n.toLowerCase() === lower)) return code;
  }
  return value;
}

const STATUS_LABELS = Object.fromEntries(
  STAFF_STATUSES.map((s) => [
    s,
    [
      STAFF_STATUS_NAMES[s].zh,
      STAFF_STATUS_NAMES[s].en,
      ...(s === 'PROBATION' ? ['试用期', 'Probation'] : []),
    ],
  ]),
) as Record<(typeof STAFF_STATUSES)[number], string[]>;
const GENDER_LABELS = { MALE: ['男', 'Male', 'M'], FEMALE: ['女', 'Female', 'F'] };

/** The field of createStaffInput each column fills. */
const FIELD_COLUMN: Record<string, ColumnKey> = {
  name: 'name',
  positionId: 'position',
  status: 'status',
  gender: 'gender',
  idNumber: 'id_number',
  birthDate: 'birth_date',
  phone: 'phone',
  hireDate: 'hire_date',
  leaveDate: 'leave_date',
  shiftCrew: 'shift_crew',
  note: 'note',
};

interface FileRow {
  n: number;
  get(c: ColumnKey): ExcelJS.CellValue;
}

interface Parsed {
  rows: FileRow[];
  letters: Record<ColumnKey, string>;
}

function parse(wb: ExcelJS.Workbook): Parsed {
  const notTemplate = () =>
    badInput([
      {
        path: ['fileId'],
        reason: 'NOT_TEMPLATE',
        message: '文件不是本系统的员工导入模板，请先下载模板再填写',
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
    throw badInput([{ path: ['fileId'], reason: 'REQUIRED', message: '文件中没有员工' }]);
  return { rows, letters };
}

/** The estate's position a cell names, by code or name (case-insensitive code). */
function positionNamed(positions: readonly PositionRow[], value: string): PositionRow | undefined {
  return (
    positions.find((p) => p.code === value.toUpperCase()) ??
    positions.find((p) => p.name === value || p.nameEn?.toLowerCase() === value.toLowerCase())
  );
}

/** Adds every row of the file to the estate's staff, all or nothing. */
export async function importStaff(ctx: Context, input: ImportStaffInput): Promise<StaffImportResult> {
  const caller = requireTenant(ctx);
  // Refuse callers who may not add staff there before spending CPU on their file.
  await tenantRead(ctx, (tx) => estateFor(tx, caller, input.estateId, 'create'));
  const { database, fileStorage, clock } = ctx.services;
  // Only the caller's own unused upload: a colleague's or another company's id is NOT_FOUND alike.
  const upload = await readOwnUpload(database, fileStorage, caller, String(input.fileId), clock());
  if (!upload) throw notFound('文件');
  if (upload.file.contentType !== XLSX_TYPE)
    throw badInput([{ path: ['fileId'], reason: 'NOT_XLSX', message: '请上传 .xlsx 格式的文件' }]);
  const parsed = parse(await readWorkbook(upload.bytes));
  const { letters } = parsed;
  const cipher = ctx.services.personalData;

  const { result, consumed } = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await estateFor(tx, caller, input.estateId, 'create');
    if (
      !caller.ability.can('create', subject('Staff', { companyId: caller.companyId, estateId: estate.id }))
    ) {
      throw forbidden();
    }
    // Used up with the import, in its transaction: a refused import (rolled back) keeps it.
    const consumed = await consumeUpload(tx, caller, String(input.fileId));
    if (!consumed) throw notFound('文件');
    const positions = await listPositions(tx, caller.companyId, estate.id);
    const problems: FieldProblem[] = [];
    const at = (row: number, column: ColumnKey, reason: string, message: string, params = {}) =>
      problems.push({
        path: ['rows', row, letters[column]],
        reason,
        message: `第 ${row} 行 ${letters[column]} 列（${TEXT.ZH.headers[column]}）：${message}`,
        params: { ...params, column },
      });

    type Ready = { n: number; position: PositionRow; data: StaffInputData };
    const ready: Ready[] = [];
    const seen = new Map<string, number>();
    for (const r of parsed.rows) {
      const text = (c: ColumnKey) => cellText(r.get(c)) || undefined;
      const positionText = cellText(r.get('position'));
      const position = positionText ? positionNamed(positions, positionText) : undefined;
      if (positionText && !position) at(r.n, 'position', 'NOT_FOUND', `本项目没有岗位“${positionText}”`);
      const checked = check(createStaffInput, {
        estateId: estate.id,
        name: text('name'),
        // An unknown position is reported above, once: the schema only sees that one was named.
        positionId: position?.id ?? (positionText ? 'unknown' : undefined),
        status: labelled(cellText(r.get('status')), STATUS_LABELS),
        gender: labelled(cellText(r.get('gender')), GENDER_LABELS),
        idNumber: idNumberOf(r.get('id_number')) || undefined,
        birthDate: dateOf(r.get('birth_date')) || undefined,
        phone: text('phone'),
        hireDate: dateOf(r.get('hire_date')) || undefined,
        leaveDate: dateOf(r.get('leave_date')) || undefined,
        shiftCrew: text('shift_crew')?.toUpperCase(),
        note: text('note'),
      });
      if (!checked.ok) {
        for (const p of checked.problems) {
          const column = FIELD_COLUMN[String(p.path[0])];
          if (column && letters[column]) at(r.n, column, p.reason, p.message, p.params);
          else problems.push({ ...p, path: ['rows', r.n, ...p.path] });
        }
        continue;
      }
      if (!position) continue;
      const crew = crewProblem(position.shiftPattern, checked.data.shiftCrew);
      if (crew) {
        at(r.n, 'shift_crew', crew.reason, crew.message, crew.params);
        continue;
      }
      const id = checked.data.idNumber;
      if (id && (checked.data.status ?? 'ACTIVE') !== 'LEFT') {
        const first = seen.get(id);
        if (first !== undefined) {
          at(r.n, 'id_number', 'DUPLICATE', `与第 ${first} 行的身份证号相同`, { row: first });
          continue;
        }
        seen.set(id, r.n);
      }
      ready.push({ n: r.n, position, data: checked.data });
    }
    // The same person already on the company's team (any estate): by the keyed hash, in one query.
    const hashes = new Map(
      ready
        .filter((r) => r.data.idNumber && (r.data.status ?? 'ACTIVE') !== 'LEFT')
        .map((r) => [cipher.hash(caller.companyId, r.data.idNumber!), r.n]),
    );
    for (const found of await store.findOnTeamByIdHash(tx, caller.companyId, [...hashes.keys()])) {
      const n = hashes.get(found.idNumberHash!)!;
      at(n, 'id_number', 'DUPLICATE', duplicateIdNumber().message);
    }
    if (problems.length) {
      const sorted = problems.sort(
        (a, b) =>
          (Number(a.path[1]) || 0) - (Number(b.path[1]) || 0) ||
          String(a.path[2]).length - String(b.path[2]).length ||
          String(a.path[2]).localeCompare(String(b.path[2])),
      );
      throw badInput(
        sorted.slice(0, MAX_REPORTED),
        `导入失败：${problems.length} 处错误，没有保存任何员工。${sorted[0]!.message}`,
      );
    }
    const now = ctx.services.clock();
    const rows = await store.insertStaff(
      tx,
      caller.companyId,
      ready.map(({ data, position }) => {
        const identity = data.idNumber ? identityFromResidentId(data.idNumber) : null;
        return {
          estateId: estate.id,
          departmentId: position.departmentId,
          positionId: position.id,
          userId: null,
          name: data.name!,
          phone: data.phone ?? null,
          ...idNumberColumns(cipher, caller.companyId, data.idNumber ?? null),
          gender: data.gender ?? identity?.gender ?? null,
          birthDate: data.birthDate ?? identity?.birthDate ?? null,
          hireDate: data.hireDate!,
          leaveDate: data.leaveDate ?? null,
          status: data.status ?? 'ACTIVE',
          shiftCrew: data.shiftCrew ?? null,
          note: data.note || null,
          createdBy: caller.userId,
        };
      }),
      now,
    );
    await changeLog('staff.import', 'Estate', estate.id, null, {
      file: upload.file,
      staff: rows.map(logged),
    });
    await staffRecordsChanged(tx, { companyId: caller.companyId, estateId: estate.id, now });
    const staff = await toStaffMembers(tx, caller, rows, now);
    return { result: { estateId: estate.id, created: rows.length, staff }, consumed };
  }).catch((error: unknown) => {
    // Someone added the same person meanwhile (the unique index): nothing of the file was saved.
    if (isDuplicateIdNumber(error)) throw badInput([duplicateIdNumber(['fileId'])]);
    throw error;
  });
  // The staff are saved: a storage hiccup now leaves orphaned bytes, never a failed import.
  await deleteConsumedBytes(fileStorage, consumed).catch((error: unknown) =>
    ctx.services.logger.warn({ err: error, fileId: consumed.id }, 'bytes of an imported file not deleted'),
  );
  return result;
}
