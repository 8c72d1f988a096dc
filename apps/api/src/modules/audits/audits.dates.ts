/**
 * Calendar dates of the company's time zone and the instants they stand for: a campaign's first day
 * starts at its local midnight, a self-check is planned at 08:00 local time and due by 23:59.
 */
import type { IsoDate } from '@anju/domain';

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant of `date` at `hh:mm` local time in `timeZone`. */
export function zonedInstant(date: IsoDate, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  let at = guess - offsetMs(guess, timeZone);
  // A second pass settles instants near a daylight-saving change.
  at = guess - offsetMs(at, timeZone);
  return new Date(at);
}

/** The local calendar date of an instant in `timeZone`. */
export function localDate(instant: Date, timeZone: string): IsoDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** `YYYY-MM-DD HH:mm` local time, for notification texts. */
export function localDateTime(instant: Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
  return `${localDate(instant, timeZone)} ${time}`;
}
