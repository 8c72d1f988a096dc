/**
 * A department's roster as .xlsx: people × days with short labels (白 / 夜 / 休 / 病假 …), hours
 * per person, a legend, and the coverage gaps and headcount shortfalls on sheets of their own.
 * Built from the roster as read (`roster`), so the caller's permissions and the data are exactly
 * those of the page; set up to print on A4 landscape, one page wide.
 */
import { type Language, LEAVE_KIND_NAMES, rosterDayLabel, SHIFTS, type ShiftCode } from '@anju/domain';
import ExcelJS from 'exceljs';
import type { FileRef } from '../../graphql/common-types.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../lib/errors.js';
import { FILL, solid, storeWorkbook } from '../../lib/xlsx/index.js';
import { ROSTER } from './rosters.core.js';
import { roster as readRoster } from './rosters.service.js';
import type { Roster } from './rosters.types.js';

const WEEKDAYS: Record<Language, readonly string[]> = {
  ZH: ['日', '一', '二', '三', '四', '五', '六'],
  EN: ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'],
};

const TEXT = {
  ZH: {
    file: (r: Roster) => `排班表-${r.estateName}-${r.departmentName}-${r.month}.xlsx`,
    rosterSheet: '排班表',
    gapsSheet: '覆盖缺口',
    shortfallSheet: '人数不足',
    title: (r: Roster) => `${r.estateName} ${r.departmentName} ${r.month} 排班表`,
    generated: (r: Roster) => `第 ${r.version} 版，生成于 ${r.generatedAt.toISOString().slice(0, 10)}`,
    name: '姓名',
    position: '岗位',
    crew: '班组',
    total: '工时',
    legend: '图例',
    rest: '休 = 休息',
    leave: (kind: keyof typeof LEAVE_KIND_NAMES, label: string) => `${label} = ${LEAVE_KIND_NAMES[kind].ZH}`,
    shift: (code: ShiftCode, label: string) =>
      `${label} = ${SHIFTS[code].nameZh} ${SHIFTS[code].start}–${SHIFTS[code].end}（${SHIFTS[code].hours} 小时）`,
    date: '日期',
    start: '开始',
    end: '结束',
    hours: '小时',
    onDuty: '在岗人数',
    required: '需要人数',
    noGaps: '24 小时岗位全月无缺口',
    noShortfalls: '全月各岗位人数达到编制',
  },
  EN: {
    file: (r: Roster) => `roster-${r.month}.xlsx`,
    rosterSheet: 'Roster',
    gapsSheet: 'Coverage gaps',
    shortfallSheet: 'Shortfalls',
    title: (r: Roster) => `${r.estateName} ${r.departmentName} roster ${r.month}`,
    generated: (r: Roster) => `Version ${r.version}, generated ${r.generatedAt.toISOString().slice(0, 10)}`,
    name: 'Name',
    position: 'Position',
    crew: 'Crew',
    total: 'Hours',
    legend: 'Legend',
    rest: '- = rest',
    leave: (kind: keyof typeof LEAVE_KIND_NAMES, label: string) => `${label} = ${LEAVE_KIND_NAMES[kind].EN}`,
    shift: (code: ShiftCode, label: string) =>
      `${label} = ${SHIFTS[code].nameEn} ${SHIFTS[code].start}–${SHIFTS[code].end} (${SHIFTS[code].hours} h)`,
    date: 'Date',
    start: 'From',
    end: 'To',
    hours: 'Hours',
    onDuty: 'On duty',
    required: 'Required',
    noGaps: 'The 24-hour posts are covered all month',
    noShortfalls: 'Every position at its planned headcount all month',
  },
} as const;
type Text = (typeof TEXT)[Language];

const CELL_FILL = { LEAVE: 'FFFFC7CE', REST: 'FFEDEDED', NIGHT: 'FFDDEBF7', EDITED: 'FFFFEB9C' } as const;

/** The roster of a department and month as a workbook to download from `GET /files/:id`. */
export async function exportRoster(
  ctx: Context,
  departmentId: string,
  month: string,
  language: Language = 'ZH',
): Promise<FileRef> {
  const roster = await readRoster(ctx, departmentId, month);
  if (!roster) throw notFound(ROSTER);
  const text = TEXT[language];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'anju';
  rosterSheet(wb, roster, text, language);
  gapsSheet(wb, roster, text);
  shortfallSheet(wb, roster, text);
  return storeWorkbook(ctx, text.file(roster), wb);
}

function header(row: ExcelJS.Row) {
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = solid(FILL.header);
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });
}

function rosterSheet(wb: ExcelJS.Workbook, roster: Roster, text: Text, language: Language) {
  const days = roster.rows[0]?.days.map((d) => d.day) ?? [];
  const ws = wb.addWorksheet(text.rosterSheet, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 4 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.3, right: 0.3, top: 0.4, bottom: 0.4, header: 0.2, footer: 0.2 },
      printTitlesRow: '3:4',
    },
  });
  ws.getCell(1, 1).value = text.title(roster);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = text.generated(roster);
  const dayNumbers = ws.getRow(3);
  dayNumbers.values = [
    text.name,
    text.position,
    text.crew,
    ...days.map((d) => Number(d.slice(8))),
    text.total,
  ];
  header(dayNumbers);
  const weekdays = ws.getRow(4);
  weekdays.values = [
    '',
    '',
    '',
    ...days.map((d) => WEEKDAYS[language][new Date(`${d}T00:00:00Z`).getUTCDay()]!),
  ];
  header(weekdays);
  ws.getColumn(1).width = 10;
  ws.getColumn(2).width = 12;
  ws.getColumn(3).width = 5;
  days.forEach((_, i) => {
    ws.getColumn(4 + i).width = 4.5;
  });
  ws.getColumn(4 + days.length).width = 7;
  roster.rows.forEach((row, i) => {
    const line = ws.getRow(5 + i);
    line.values = [
      row.staffName,
      row.positionName ?? '',
      row.shiftCrew ?? '',
      ...row.days.map((d) => rosterDayLabel(d, language)),
      row.totalHours,
    ];
    row.days.forEach((d, j) => {
      const cell = line.getCell(4 + j);
      cell.alignment = { horizontal: 'center' };
      const fill =
        d.status === 'LEAVE'
          ? CELL_FILL.LEAVE
          : d.editKind
            ? CELL_FILL.EDITED
            : d.shifts.length === 0
              ? CELL_FILL.REST
              : d.shifts.includes('NIGHT')
                ? CELL_FILL.NIGHT
                : null;
      if (fill) cell.fill = solid(fill);
    });
  });
  // The legend under the grid: what each label means.
  let r = 6 + roster.rows.length;
  ws.getCell(r++, 1).value = text.legend;
  for (const s of roster.shifts)
    ws.getCell(r++, 1).value = text.shift(s.code, language === 'ZH' ? s.labelZh : s.labelEn);
  ws.getCell(r++, 1).value = text.rest;
  for (const kind of Object.keys(LEAVE_KIND_NAMES) as (keyof typeof LEAVE_KIND_NAMES)[]) {
    ws.getCell(r++, 1).value = text.leave(
      kind,
      rosterDayLabel({ shifts: [], status: 'LEAVE', leaveKind: kind }, language),
    );
  }
}

function gapsSheet(wb: ExcelJS.Workbook, roster: Roster, text: Text) {
  const ws = wb.addWorksheet(text.gapsSheet, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const head = ws.getRow(1);
  head.values = [text.position, text.date, text.start, text.end, text.hours, text.onDuty, text.required];
  header(head);
  [14, 12, 8, 8, 8, 10, 10].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  roster.coverage.gaps.forEach((g, i) => {
    ws.getRow(2 + i).values = [g.positionName, g.date, g.start, g.end, g.hours, g.onDuty, g.required];
  });
  if (roster.coverage.gaps.length === 0) ws.getCell(2, 1).value = text.noGaps;
}

function shortfallSheet(wb: ExcelJS.Workbook, roster: Roster, text: Text) {
  const ws = wb.addWorksheet(text.shortfallSheet, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const head = ws.getRow(1);
  head.values = [text.position, text.date, text.onDuty, text.required];
  header(head);
  [14, 12, 10, 10].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  roster.coverage.shortfalls.forEach((s, i) => {
    ws.getRow(2 + i).values = [s.positionName, s.date, s.onDuty, s.required];
  });
  if (roster.coverage.shortfalls.length === 0) ws.getCell(2, 1).value = text.noShortfalls;
}
