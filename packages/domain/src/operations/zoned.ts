/**
 * Calendar days in a time zone, for rules that speak of "the same day" (急修不过夜). Pure: the
 * instant is passed in, the zone's rules come from Intl (daylight saving included).
 */
import { addDaysToDate, type IsoDate } from '../audits/dates.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** The wall clock of an instant in a zone: `YYYY-MM-DDTHH:MM:SS`. */
export function zonedWallTime(instant: Date | number, timeZone: string): string {
  const parts = Object.fromEntries(
    formatIn(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The calendar day `YYYY-MM-DD` of an instant in a zone. */
export function zonedDate(instant: Date | number, timeZone: string): IsoDate {
  return zonedWallTime(instant, timeZone).slice(0, 10);
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return Date.parse(`${zonedWallTime(whole, timeZone)}Z`) - whole;
}

/**
 * The first instant of a calendar day in a zone: its local midnight, or, where a daylight-saving
 * jump skips midnight, the moment the clock jumps to.
 */
export function startOfZonedDay(date: IsoDate, timeZone: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const offsets = new Set([-12, 0, 12].map((h) => offsetMs(utcMidnight + h * 3_600_000, timeZone)));
  const candidates = [...offsets].map((o) => utcMidnight - o).sort((a, b) => a - b);
  const exact = candidates.find((t) => zonedWallTime(t, timeZone) === `${date}T00:00:00`);
  if (exact !== undefined) return new Date(exact);
  const inDay = candidates.find((t) => zonedDate(t, timeZone) === date);
  return new Date(inDay ?? candidates[0]!);
}

/** The end of the local day an instant falls in: the first instant of the next day. */
export function endOfZonedDay(instant: Date, timeZone: string): Date {
  return startOfZonedDay(addDaysToDate(zonedDate(instant, timeZone), 1), timeZone);
}
