/**
 * Who works in which crew, and how many people a pattern puts on duty: the rules a month's roster
 * is generated and judged by, shared by the API (generation, coverage) and the web (the roster page).
 */
import type { IsoDate } from '../audits/dates.js';
import { cycleIndex, daysBetween } from './dates.js';
import { SHIFT_PATTERNS, type ShiftCode, type ShiftPatternCode } from './shifts.js';

/**
 * The fixed anchor of every roster: day 0 of each cycle at offset 0. A Monday, so 做五休二 rests on
 * Saturdays and Sundays and 做六休一 on Sundays. One date for every estate and month keeps each
 * rotation continuous across month boundaries; it is stored with each generated month.
 */
export const ROSTER_ANCHOR: IsoDate = '2024-01-01';

/** A person to place in a crew: `crew` is the crew they were given (null: none yet). */
export interface CrewCandidate {
  staffId: string;
  crew?: string | null;
}

/**
 * Crews for the people of one position: a crew the pattern has is kept; everyone else, in the
 * order given (callers pass a stable order: hire date, name, id), joins the crew with the fewest
 * people so far, the earlier crew on a tie. Four guards without crews on 二班二运转 become A, B,
 * A, B; a fifth joins A. A crew the pattern does not have (C on 二班二运转) counts as none.
 */
export function spreadCrews(
  patternCode: ShiftPatternCode,
  people: readonly CrewCandidate[],
): Map<string, string> {
  const pattern = SHIFT_PATTERNS[patternCode];
  const codes = pattern.crews.map((c) => c.code);
  const size = new Map(codes.map((c) => [c, 0]));
  const out = new Map<string, string>();
  for (const p of people) {
    if (p.crew && size.has(p.crew)) {
      out.set(p.staffId, p.crew);
      size.set(p.crew, size.get(p.crew)! + 1);
    }
  }
  for (const p of people) {
    if (out.has(p.staffId)) continue;
    let best = codes[0]!;
    for (const c of codes) if (size.get(c)! < size.get(best)!) best = c;
    out.set(p.staffId, best);
    size.set(best, size.get(best)! + 1);
  }
  return out;
}

/** The shifts crew `crew` of a pattern works on `date`. */
export function crewShifts(
  patternCode: ShiftPatternCode,
  crew: string,
  anchor: IsoDate,
  date: IsoDate,
): readonly ShiftCode[] {
  const pattern = SHIFT_PATTERNS[patternCode];
  const found = pattern.crews.find((c) => c.code === crew);
  if (!found) throw new RangeError(`${patternCode} has no crew ${crew}`);
  return pattern.cycle[cycleIndex(daysBetween(anchor, date) + found.offset, pattern.cycleLength)] ?? [];
}

/**
 * The crew whose schedule gives exactly these days (days as generated, never edited ones), or null
 * when no crew fits or no day is given. On a multi-crew pattern one day is enough: its crews work
 * different shifts on every day of the cycle.
 */
export function inferCrew(
  patternCode: ShiftPatternCode,
  anchor: IsoDate,
  days: readonly { date: IsoDate; shifts: readonly ShiftCode[] }[],
): string | null {
  if (days.length === 0) return null;
  const pattern = SHIFT_PATTERNS[patternCode];
  const fits = pattern.crews.find((c) =>
    days.every((d) => crewShifts(patternCode, c.code, anchor, d.date).join() === d.shifts.join()),
  );
  return fits?.code ?? null;
}

/**
 * People a position's pattern puts on duty on `date` when it is staffed at its planned headcount
 * (编制), spread over the crews as `spreadCrews` does: the daily headcount a roster is judged by.
 * 二班二运转 with 4 planned: 4 (two crews of two, one on days, one on nights), but 2 on a
 * changeover day, when one crew works 24 hours and the other rests; 三班两运转 with 3: 2 (a day
 * and a night crew, the third resting); 做五休二 with 3: 3 on weekdays and 0 at the weekend.
 */
export function plannedOnDuty(
  patternCode: ShiftPatternCode,
  headcount: number,
  anchor: IsoDate,
  date: IsoDate,
): number {
  const pattern = SHIFT_PATTERNS[patternCode];
  const crews = pattern.crews.length;
  let total = 0;
  pattern.crews.forEach((c, i) => {
    const members = Math.floor(headcount / crews) + (i < headcount % crews ? 1 : 0);
    if (members > 0 && crewShifts(patternCode, c.code, anchor, date).length > 0) total += members;
  });
  return total;
}
