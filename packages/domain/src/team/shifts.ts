/**
 * Shifts (班次) and the named shift patterns (班制) of an estate's service centre (DOMAIN.md,
 * "Team"; seed 000's staffing plan). A pattern is a cycle of days; each day of the cycle lists the
 * shifts a crew works (none: a rest day). A roster places each person on the cycle through a fixed
 * anchor date and their crew's offset, so the rotation never restarts at a month boundary.
 */

/** A time of day `HH:MM` (24 h clock; `24:00` only as the end of a day). */
export type TimeOfDay = string;

export const SHIFT_CODES = ['OFFICE', 'SPLIT', 'DAY', 'NIGHT'] as const;
export type ShiftCode = (typeof SHIFT_CODES)[number];

export interface Shift {
  code: ShiftCode;
  nameZh: string;
  nameEn: string;
  start: TimeOfDay;
  /** Earlier than `start` when the shift ends the next morning. */
  end: TimeOfDay;
  /** Unpaid breaks inside the shift (off duty: they do not cover a post). */
  breaks: readonly { start: TimeOfDay; end: TimeOfDay }[];
  /** Hours worked: from start to end less the breaks. */
  hours: number;
  crossesMidnight: boolean;
}

/** Minutes since midnight of `HH:MM`. */
export function minutesOf(time: TimeOfDay): number {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(time);
  if (!m || (m[1] === '24' && m[2] !== '00')) throw new RangeError(`${time} is not HH:MM`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** `HH:MM` of minutes since midnight (0–1440). */
export function timeOf(minutes: number): TimeOfDay {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A span of minutes counted from midnight of the day the shift starts (a night ends past 1440). */
export interface Segment {
  start: number;
  end: number;
}

function spanOf(start: TimeOfDay, end: TimeOfDay): Segment {
  const s = minutesOf(start);
  const e = minutesOf(end);
  return { start: s, end: e <= s ? e + 1440 : e };
}

/** The on-duty spans of a shift, breaks removed, from midnight of its start day. */
export function shiftSegments(shift: Shift): Segment[] {
  const whole = spanOf(shift.start, shift.end);
  const breaks = shift.breaks
    .map((b) => {
      const span = spanOf(b.start, b.end);
      return span.start < whole.start ? { start: span.start + 1440, end: span.end + 1440 } : span;
    })
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let from = whole.start;
  for (const b of breaks) {
    if (b.start > from) out.push({ start: from, end: b.start });
    from = Math.max(from, b.end);
  }
  if (from < whole.end) out.push({ start: from, end: whole.end });
  return out;
}

function defineShift(s: Omit<Shift, 'hours' | 'crossesMidnight'>): Shift {
  const draft = { ...s, hours: 0, crossesMidnight: minutesOf(s.end) <= minutesOf(s.start) };
  const minutes = shiftSegments(draft).reduce((sum, seg) => sum + seg.end - seg.start, 0);
  return Object.freeze({ ...draft, hours: minutes / 60 });
}

/**
 * The shifts of seed 000's plan. OFFICE: 8:00–17:30 (the lunch break 12:00–13:30 is not in the
 * seed; it makes the usual 8-hour day, 40 h a week). SPLIT: 7:00–11:00 and 13:00–16:00 (cleaners
 * and the electrician; the seed lets the times change with the season). DAY and NIGHT: the guards'
 * 早班 7:00–19:00 and 晚班 19:00–次日7:00.
 */
export const SHIFTS: Readonly<Record<ShiftCode, Shift>> = Object.freeze({
  OFFICE: defineShift({
    code: 'OFFICE',
    nameZh: '常日班',
    nameEn: 'Office hours',
    start: '08:00',
    end: '17:30',
    breaks: [{ start: '12:00', end: '13:30' }],
  }),
  SPLIT: defineShift({
    code: 'SPLIT',
    nameZh: '两头班',
    nameEn: 'Split shift',
    start: '07:00',
    end: '16:00',
    breaks: [{ start: '11:00', end: '13:00' }],
  }),
  DAY: defineShift({
    code: 'DAY',
    nameZh: '早班',
    nameEn: 'Day shift',
    start: '07:00',
    end: '19:00',
    breaks: [],
  }),
  NIGHT: defineShift({
    code: 'NIGHT',
    nameZh: '晚班',
    nameEn: 'Night shift',
    start: '19:00',
    end: '07:00',
    breaks: [],
  }),
});

export const isShiftCode = (value: string): value is ShiftCode =>
  (SHIFT_CODES as readonly string[]).includes(value);

export const SHIFT_PATTERN_CODES = ['FIVE_TWO', 'SIX_ONE', 'TWO_CREWS', 'THREE_CREWS'] as const;
export type ShiftPatternCode = (typeof SHIFT_PATTERN_CODES)[number];

/** Shifts worked on one day of a cycle (empty: rest day). */
export type CycleDay = readonly ShiftCode[];

export interface Crew {
  code: string;
  /** The crew's day of the cycle on the anchor date. */
  offset: number;
}

export interface ShiftPattern {
  code: ShiftPatternCode;
  nameZh: string;
  nameEn: string;
  description: string;
  /** The shifts the pattern uses. */
  shifts: readonly Shift[];
  cycleLength: number;
  /** A crew's days, from day 0 of its cycle. */
  cycle: readonly CycleDay[];
  /** Crews that together man the pattern's post (one for day-work patterns). */
  crews: readonly Crew[];
  /** Average hours a person works in a week over the cycle. */
  weeklyHours: number;
  /** The crews together are on duty every minute of every day. */
  roundTheClock: boolean;
}

function repeat(day: CycleDay, times: number): CycleDay[] {
  return Array.from({ length: times }, () => day);
}

function definePattern(
  p: Omit<ShiftPattern, 'shifts' | 'cycleLength' | 'weeklyHours' | 'roundTheClock'>,
  roundTheClock: boolean,
): ShiftPattern {
  const codes = [...new Set(p.cycle.flat())];
  const hours = p.cycle.flat().reduce((sum, code) => sum + SHIFTS[code].hours, 0);
  return Object.freeze({
    ...p,
    shifts: codes.map((c) => SHIFTS[c]),
    cycleLength: p.cycle.length,
    weeklyHours: Math.round((hours / p.cycle.length) * 7 * 100) / 100,
    roundTheClock,
  });
}

export const SHIFT_PATTERNS: Readonly<Record<ShiftPatternCode, ShiftPattern>> = Object.freeze({
  FIVE_TWO: definePattern(
    {
      code: 'FIVE_TWO',
      nameZh: '做五休二',
      nameEn: 'Five on, two off',
      description: '5 office days then 2 rest days; offsets stagger the rest days (轮休)',
      cycle: [...repeat(['OFFICE'], 5), [], []],
      crews: [{ code: 'A', offset: 0 }],
    },
    false,
  ),
  SIX_ONE: definePattern(
    {
      code: 'SIX_ONE',
      nameZh: '做六休一',
      nameEn: 'Six on, one off',
      description: '6 split-shift days then 1 rest day; offsets stagger the rest day',
      cycle: [...repeat(['SPLIT'], 6), []],
      crews: [{ code: 'A', offset: 0 }],
    },
    false,
  ),
  /**
   * Two crews, 12-hour 早班 and 晚班, each crew on duty every day. Crews change over every 7 days;
   * on the changeover day the crew coming off days works 24 hours (day + night) and the crew
   * coming off nights rests, so nobody goes from a night straight into a day shift.
   */
  TWO_CREWS: definePattern(
    {
      code: 'TWO_CREWS',
      nameZh: '二班二运转',
      nameEn: 'Two crews, two shifts',
      description: '2 crews cover 24 h in 12-hour day and night shifts, changing over weekly',
      cycle: [['DAY', 'NIGHT'], ...repeat(['NIGHT'], 6), [], ...repeat(['DAY'], 6)],
      crews: [
        { code: 'A', offset: 0 },
        { code: 'B', offset: 7 },
      ],
    },
    true,
  ),
  /** Three crews, two 12-hour shifts a day: each crew works a day, then a night, then rests. */
  THREE_CREWS: definePattern(
    {
      code: 'THREE_CREWS',
      nameZh: '三班两运转',
      nameEn: 'Three crews, two shifts',
      description: '3 crews cover 24 h: day shift, night shift, rest day, in turn',
      cycle: [['DAY'], ['NIGHT'], []],
      crews: [
        { code: 'A', offset: 0 },
        { code: 'B', offset: 1 },
        { code: 'C', offset: 2 },
      ],
    },
    true,
  ),
});

export const isShiftPatternCode = (value: string): value is ShiftPatternCode =>
  (SHIFT_PATTERN_CODES as readonly string[]).includes(value);

/** The offset of a pattern's crew; a RangeError for a crew the pattern does not have. */
export function crewOffset(pattern: ShiftPattern, crew: string): number {
  const found = pattern.crews.find((c) => c.code === crew);
  if (!found) throw new RangeError(`${pattern.code} has no crew ${crew}`);
  return found.offset;
}
