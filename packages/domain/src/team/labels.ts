/**
 * Short labels of a roster's cells (排班表: 白 / 夜 / 休 / 病假 …), for the Excel export and the
 * printed page, in Chinese and English.
 */
import type { Language } from '../indicators/catalogue.js';
import type { LeaveKind } from './roster.js';
import type { ShiftCode } from './shifts.js';

export const SHIFT_LABELS: Readonly<Record<ShiftCode, Readonly<Record<Language, string>>>> = {
  OFFICE: { ZH: '常', EN: 'O' },
  SPLIT: { ZH: '两', EN: 'S' },
  DAY: { ZH: '白', EN: 'D' },
  NIGHT: { ZH: '夜', EN: 'N' },
};

export const REST_LABEL: Readonly<Record<Language, string>> = { ZH: '休', EN: '-' };

export const LEAVE_LABELS: Readonly<Record<LeaveKind, Readonly<Record<Language, string>>>> = {
  ANNUAL: { ZH: '年假', EN: 'AL' },
  SICK: { ZH: '病假', EN: 'SL' },
  PERSONAL: { ZH: '事假', EN: 'PL' },
  COMPENSATORY: { ZH: '调休', EN: 'TO' },
  OTHER: { ZH: '假', EN: 'L' },
};

export const LEAVE_KIND_NAMES: Readonly<Record<LeaveKind, Readonly<Record<Language, string>>>> = {
  ANNUAL: { ZH: '年休假', EN: 'Annual leave' },
  SICK: { ZH: '病假', EN: 'Sick leave' },
  PERSONAL: { ZH: '事假', EN: 'Personal leave' },
  COMPENSATORY: { ZH: '调休', EN: 'Time off in lieu' },
  OTHER: { ZH: '其他假', EN: 'Other leave' },
};

/** A day's cell: its shifts' labels joined (白夜 for a 24-hour changeover day), 休, or the leave's. */
export function rosterDayLabel(
  day: { shifts: readonly ShiftCode[]; status: 'WORK' | 'REST' | 'LEAVE'; leaveKind?: LeaveKind | null },
  language: Language = 'ZH',
): string {
  if (day.status === 'LEAVE') return LEAVE_LABELS[day.leaveKind ?? 'OTHER'][language];
  if (day.shifts.length === 0) return REST_LABEL[language];
  return day.shifts.map((s) => SHIFT_LABELS[s][language]).join(language === 'ZH' ? '' : '+');
}
