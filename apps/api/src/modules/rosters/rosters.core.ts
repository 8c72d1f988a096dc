/**
 * The work behind the roster use cases, without a request: generating a department's month,
 * editing one day, and the roster as read (rows by person and day, coverage). The service calls
 * these after its permission checks; the demo seed calls them directly.
 *
 * Rules (README, "Rosters"):
 * - Everyone's rotation counts from one anchor (ROSTER_ANCHOR, the estate's first stored one if
 *   it ever differed), so a month continues the previous one exactly.
 * - Crews: the crew on the staff record when the pattern has it; else the crew the person's
 *   generated days followed in this month (when generating it again) or in the previous month (so
 *   a colleague joining or leaving does not move anybody); else the crew with the fewest people
 *   of the position (spreadCrews, in hire date order).
 * - Days before the hire date or after the leave date get no entry (shown as rest, not editable);
 *   a day already in another department's roster (a move during the month) stays there.
 * - Generating again (replace) rebuilds every day and then re-applies the old month's edits in
 *   the order they were made; an edit that no longer fits (the day is no longer a working day,
 *   the colleague left) is dropped and counted in the change log.
 */
import {
  addDaysToDate,
  addMonths,
  assignShifts,
  checkCoverage,
  crewShifts,
  datesBetween,
  generateMonthRoster,
  inferCrew,
  type LeaveKind,
  markLeave,
  monthBounds,
  plannedOnDuty,
  ROSTER_ANCHOR,
  type Roster,
  type RosterAssignment,
  type RosterEditProblem,
  type RosterEditResult,
  type RosterEntry,
  SHIFT_LABELS,
  SHIFT_PATTERNS,
  SHIFTS,
  type ShiftCode,
  type ShiftPatternCode,
  spreadCrews,
  swapShifts,
} from '@anju/domain';
import type { Tx } from '../../db/client.js';
import { badInput, conflict, notFound } from '../../lib/errors.js';
import type { DepartmentRow, PositionRow } from '../team/index.js';
import type { RosterEntryRow, RosterMonthRow } from './rosters.schema.js';
import * as store from './rosters.store.js';
import type { RosterDay, RosterRow, Roster as RosterView, ShiftDefinition } from './rosters.types.js';

export const ROSTER = '排班表';

/** Records a change (the service's change log; nothing when seeding). */
export type ChangeLogger = (
  action: string,
  subjectType: string,
  subjectId: string | null,
  before: unknown,
  after: unknown,
) => Promise<void>;

const hoursOf = (shifts: readonly ShiftCode[]) => shifts.reduce((sum, c) => sum + SHIFTS[c].hours, 0);

export function shiftDefinition(code: ShiftCode): ShiftDefinition {
  const s = SHIFTS[code];
  return {
    code,
    nameZh: s.nameZh,
    nameEn: s.nameEn,
    labelZh: SHIFT_LABELS[code].ZH,
    labelEn: SHIFT_LABELS[code].EN,
    start: s.start,
    end: s.end,
    hours: s.hours,
    crossesMidnight: s.crossesMidnight,
  };
}

function toDomain(row: RosterEntryRow): RosterEntry {
  const edit =
    row.editKind === 'LEAVE'
      ? { kind: 'LEAVE' as const, leaveKind: row.leaveKind ?? 'OTHER' }
      : row.editKind === 'SWAP'
        ? { kind: 'SWAP' as const, withStaffId: row.swapWithStaffId ?? '' }
        : row.editKind === 'ASSIGN'
          ? { kind: 'ASSIGN' as const }
          : undefined;
  return {
    staffId: row.staffId,
    date: row.day,
    patternCode: row.patternCode,
    ...(row.positionId ? { positionId: row.positionId } : {}),
    shifts: row.shifts,
    status: row.status,
    ...(edit ? { edit } : {}),
  };
}

/** The columns of a domain entry's edit. */
function editColumns(e: RosterEntry) {
  return {
    editKind: e.edit?.kind ?? null,
    leaveKind: e.edit?.kind === 'LEAVE' ? e.edit.leaveKind : null,
    swapWithStaffId: e.edit?.kind === 'SWAP' ? e.edit.withStaffId : null,
  };
}

const keyOf = (staffId: string, date: string) => `${staffId}|${date}`;

/** The estate's anchor: that of its first stored month, else the domain's. */
async function anchorOf(tx: Tx, companyId: string, estateId: string): Promise<string> {
  return (await store.firstAnchor(tx, companyId, estateId)) ?? ROSTER_ANCHOR;
}

const employedOn = (s: store.RosterStaff, date: string) =>
  s.hireDate <= date && (s.leaveDate === null || s.leaveDate >= date);

export interface GenerateOutcome {
  roster: RosterMonthRow;
  before: RosterMonthRow | null;
  entries: number;
  keptEdits: number;
  droppedEdits: number;
}

/** Generates (or, with `replace`, generates again) a department's month; see the rules above. */
export async function generateMonth(
  tx: Tx,
  args: {
    companyId: string;
    department: DepartmentRow;
    month: string;
    replace: boolean;
    now: Date;
    userId: string | null;
  },
): Promise<GenerateOutcome> {
  const { companyId, department, month, now, userId } = args;
  const estateId = department.estateId!;
  const { from, to } = monthBounds(month);
  const existing = (await store.findRosterMonth(tx, companyId, department.id, month, true)) ?? null;
  if (existing && !args.replace) throw rosterExists();
  const anchor = existing?.anchor ?? (await anchorOf(tx, companyId, estateId));
  const positions = new Map((await store.listPositions(tx, companyId, estateId)).map((p) => [p.id, p]));
  const team = (await store.teamOfMonth(tx, companyId, department.id, from, to)).filter((s) =>
    positions.has(s.positionId),
  );
  const ids = team.map((s) => s.id);
  const previous = monthBounds(addMonths(month, -1));
  const earlier = await store.entriesOfStaff(tx, companyId, ids, previous.from, previous.to);
  // Generating again: the month's own generated days say best which crew each person was in.
  const current = existing ? await store.listEntries(tx, companyId, existing.id) : [];
  const generatedDays = (rows: RosterEntryRow[], staffId: string, pattern: ShiftPatternCode) =>
    rows.filter((e) => e.staffId === staffId && e.patternCode === pattern && !e.editKind).map(asDay);

  const assignments: RosterAssignment[] = [];
  const byPosition = new Map<string, store.RosterStaff[]>();
  for (const s of team) byPosition.set(s.positionId, [...(byPosition.get(s.positionId) ?? []), s]);
  for (const [positionId, people] of byPosition) {
    const pattern = positions.get(positionId)!.shiftPattern;
    const codes = SHIFT_PATTERNS[pattern].crews.map((c) => c.code);
    const crews = spreadCrews(
      pattern,
      people.map((s) => {
        const own = s.shiftCrew && codes.includes(s.shiftCrew) ? s.shiftCrew : null;
        const crew =
          own ??
          inferCrew(pattern, anchor, generatedDays(current, s.id, pattern)) ??
          inferCrew(pattern, anchor, generatedDays(earlier, s.id, pattern));
        return { staffId: s.id, crew };
      }),
    );
    for (const s of people) {
      assignments.push({ staffId: s.id, patternCode: pattern, crew: crews.get(s.id)!, positionId });
    }
  }

  const generated = generateMonthRoster({ month, anchor, staff: assignments });
  const taken = new Set(
    (await store.entriesOfStaff(tx, companyId, ids, from, to, existing?.id)).map((e) =>
      keyOf(e.staffId, e.day),
    ),
  );
  const staffById = new Map(team.map((s) => [s.id, s]));
  const entries = generated.entries.filter(
    (e) => employedOn(staffById.get(e.staffId)!, e.date) && !taken.has(keyOf(e.staffId, e.date)),
  );
  let roster: Roster = { ...generated, entries };

  // Generating again: the old month's edits, re-applied in the order they were made.
  let keptEdits = 0;
  let droppedEdits = 0;
  const editors = new Map<string, { editedBy: string | null; editedAt: Date | null }>();
  if (existing) {
    const old = current.filter((e) => e.editKind);
    old.sort(
      (a, b) => (a.editedAt?.getTime() ?? 0) - (b.editedAt?.getTime() ?? 0) || a.id.localeCompare(b.id),
    );
    const neighbours = await store.entriesOfStaff(
      tx,
      companyId,
      ids,
      addDaysToDate(from, -1),
      addDaysToDate(to, 1),
      existing.id,
    );
    roster = {
      ...roster,
      entries: [...roster.entries, ...neighbours.filter(outside(from, to)).map(toDomain)],
    };
    const swapped = new Set<string>();
    for (const e of old) {
      if (e.editKind === 'SWAP' && swapped.has(keyOf(e.staffId, e.day))) continue;
      const result = reapply(roster, e);
      if (!result.ok) {
        droppedEdits++;
        continue;
      }
      roster = result.roster;
      keptEdits++;
      const who = { editedBy: e.editedBy, editedAt: e.editedAt };
      editors.set(keyOf(e.staffId, e.day), who);
      if (e.editKind === 'SWAP' && e.swapWithStaffId) {
        swapped.add(keyOf(e.swapWithStaffId, e.day));
        editors.set(keyOf(e.swapWithStaffId, e.day), who);
      }
    }
  }

  let row: RosterMonthRow;
  if (existing) {
    await store.deleteEntries(tx, companyId, existing.id);
    const bumped = await store.bumpRosterMonth(tx, companyId, existing.id, existing.version, now, {
      generatedAt: now,
      generatedBy: userId,
      anchor,
    });
    if (!bumped) throw staleVersion();
    row = bumped;
  } else {
    try {
      row = await store.insertRosterMonth(tx, companyId, {
        estateId,
        departmentId: department.id,
        month,
        anchor,
        generatedAt: now,
        generatedBy: userId,
      });
    } catch (error) {
      // Two first generations of one month at once: the unique key lets one through.
      if (isUniqueViolation(error)) throw rosterExists();
      throw error;
    }
  }
  const inMonth = roster.entries.filter((e) => e.date >= from && e.date <= to);
  await insertOrConflict(() =>
    store.insertEntries(
      tx,
      companyId,
      inMonth.map((e) => ({
        estateId,
        rosterMonthId: row.id,
        staffId: e.staffId,
        positionId: e.positionId ?? null,
        day: e.date,
        patternCode: e.patternCode,
        shifts: [...e.shifts],
        status: e.status,
        ...editColumns(e),
        ...(e.edit
          ? (editors.get(keyOf(e.staffId, e.date)) ?? { editedBy: null, editedAt: null })
          : {
              editedBy: null,
              editedAt: null,
            }),
      })),
      now,
    ),
  );
  return { roster: row, before: existing, entries: inMonth.length, keptEdits, droppedEdits };
}

const asDay = (e: RosterEntryRow) => ({ date: e.day, shifts: e.shifts });
const outside = (from: string, to: string) => (e: RosterEntryRow) => e.day < from || e.day > to;

function reapply(roster: Roster, e: RosterEntryRow): RosterEditResult {
  switch (e.editKind) {
    case 'LEAVE':
      return markLeave(roster, { staffId: e.staffId, date: e.day, leaveKind: e.leaveKind ?? 'OTHER' });
    case 'ASSIGN':
      return assignShifts(roster, { staffId: e.staffId, date: e.day, shifts: e.shifts });
    case 'SWAP':
      return swapShifts(roster, { date: e.day, staffId: e.staffId, withStaffId: e.swapWithStaffId ?? '' });
    default:
      return { ok: true, roster };
  }
}

function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let i = 0; i < 5 && current && typeof current === 'object'; i++) {
    if ((current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Another department's roster took one of these people's days at the same moment (a move during
 * the month, generated twice at once): one key per person and day lets one through.
 */
async function insertOrConflict(insert: () => Promise<void>): Promise<void> {
  try {
    await insert();
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('有员工当天已排入其他部门的排班表，请重试', 'STAFF_DAY_TAKEN');
    throw error;
  }
}

export const rosterExists = () => conflict('该部门这个月的排班表已生成', 'ROSTER_EXISTS');
export const staleVersion = () => conflict('排班表已被他人修改，请刷新后重试', 'STALE_VERSION');

// ---------------------------------------------------------------------------------------------
// One day

export interface DayEdit {
  staffId: string;
  day: string;
  kind: 'LEAVE' | 'SWAP' | 'ASSIGN' | 'RESET';
  leaveKind?: LeaveKind | null;
  withStaffId?: string | null;
  shifts?: readonly ShiftCode[] | null;
  expectedVersion: number;
}

const PROBLEMS: Record<
  RosterEditProblem,
  { field: 'staffId' | 'withStaffId' | 'day' | 'shifts'; message: string }
> = {
  NOT_IN_ROSTER: { field: 'staffId', message: '该员工当天不在这张排班表中' },
  NOT_WORKING: { field: 'day', message: '当天不上班，无需请假' },
  ON_LEAVE: { field: 'day', message: '当天已在休假' },
  SAME_STAFF: { field: 'withStaffId', message: '不能与自己换班' },
  DIFFERENT_POSITION: { field: 'withStaffId', message: '只能与同岗位的同事换班' },
  NOTHING_TO_SWAP: { field: 'withStaffId', message: '两人当天的班次相同，无需换班' },
  UNKNOWN_SHIFT: { field: 'shifts', message: '班次无效' },
  OVERLAP: { field: 'shifts', message: '班次与前后两天的班次重叠' },
};

function refused(problem: RosterEditProblem, edit: DayEdit, missing?: 'staffId' | 'withStaffId') {
  const { message } = PROBLEMS[problem];
  let field: string = PROBLEMS[problem].field;
  if (problem === 'NOT_IN_ROSTER' && missing) field = missing;
  if (problem === 'OVERLAP')
    field = edit.kind === 'SWAP' ? 'withStaffId' : edit.kind === 'RESET' ? 'day' : 'shifts';
  const reason = problem === 'NOT_IN_ROSTER' ? 'NOT_FOUND' : 'INVALID';
  return badInput([{ path: [field], reason, message, params: { problem } }]);
}

/**
 * Edits one day of a department's roster with the domain's edits (RESET: back to the generated
 * day; resetting one side of a swap resets the other too), bumps the roster's version and logs
 * every changed day. Answers the roster row after the edit.
 */
export async function editDay(
  tx: Tx,
  args: {
    companyId: string;
    department: DepartmentRow;
    edit: DayEdit;
    now: Date;
    userId: string | null;
    changeLog: ChangeLogger;
  },
): Promise<RosterMonthRow> {
  const { companyId, department, edit, now, userId } = args;
  const month = edit.day.slice(0, 7);
  const roster = await store.findRosterMonth(tx, companyId, department.id, month, true);
  if (!roster) throw notFound(ROSTER);
  if (roster.version !== edit.expectedVersion) throw staleVersion();
  const { from, to } = monthBounds(month);
  const rows = await store.listEntries(tx, companyId, roster.id);
  const people = [edit.staffId, edit.withStaffId].filter((id): id is string => !!id);
  const neighbours = await store.entriesOfStaff(
    tx,
    companyId,
    people.filter((id) => rows.some((r) => r.staffId === id)),
    addDaysToDate(edit.day, -1),
    addDaysToDate(edit.day, 1),
    roster.id,
  );
  const domain: Roster = {
    from,
    to,
    anchor: roster.anchor,
    entries: [...rows.map(toDomain), ...neighbours.map(toDomain)],
  };
  const target = rows.find((r) => r.staffId === edit.staffId && r.day === edit.day);
  if (!target) throw refused('NOT_IN_ROSTER', edit, 'staffId');
  if (edit.kind === 'SWAP' && !rows.some((r) => r.staffId === edit.withStaffId && r.day === edit.day)) {
    throw refused('NOT_IN_ROSTER', edit, 'withStaffId');
  }

  let result: RosterEditResult;
  switch (edit.kind) {
    case 'LEAVE':
      result = markLeave(domain, { staffId: edit.staffId, date: edit.day, leaveKind: edit.leaveKind! });
      break;
    case 'SWAP':
      result = swapShifts(domain, { date: edit.day, staffId: edit.staffId, withStaffId: edit.withStaffId! });
      break;
    case 'ASSIGN':
      result = assignShifts(domain, { staffId: edit.staffId, date: edit.day, shifts: edit.shifts ?? [] });
      break;
    case 'RESET':
      result = reset(domain, rows, target, roster.anchor);
      break;
  }
  if (!result.ok) throw refused(result.problem, edit);

  const after = new Map(result.roster.entries.map((e) => [keyOf(e.staffId, e.date), e]));
  let changed = 0;
  for (const row of rows) {
    const e = after.get(keyOf(row.staffId, row.day))!;
    const cols = editColumns(e);
    const same =
      row.shifts.join() === e.shifts.join() &&
      row.status === e.status &&
      row.editKind === cols.editKind &&
      row.leaveKind === cols.leaveKind &&
      row.swapWithStaffId === cols.swapWithStaffId;
    if (same) continue;
    const updated = await store.updateEntry(
      tx,
      companyId,
      row.id,
      {
        shifts: [...e.shifts],
        status: e.status,
        ...cols,
        editedBy: cols.editKind ? userId : null,
        editedAt: cols.editKind ? now : null,
      },
      now,
    );
    await args.changeLog(`roster.${edit.kind.toLowerCase()}`, 'RosterEntry', row.id, row, updated);
    changed++;
  }
  if (changed === 0) return roster;
  const bumped = await store.bumpRosterMonth(tx, companyId, roster.id, roster.version, now);
  if (!bumped) throw staleVersion();
  return bumped;
}

/** The generated day of `target` (and of its swap partner, when the swap is still mutual). */
function reset(
  domain: Roster,
  rows: RosterEntryRow[],
  target: RosterEntryRow,
  anchor: string,
): RosterEditResult {
  const backTo = (row: RosterEntryRow, roster: Roster): RosterEditResult => {
    const shifts = generatedShifts(rows, row, anchor);
    const r = assignShifts(roster, { staffId: row.staffId, date: row.day, shifts });
    if (!r.ok) return r;
    const entries = r.roster.entries.map((e) =>
      e.staffId === row.staffId && e.date === row.day ? withoutEdit(e) : e,
    );
    return { ok: true, roster: { ...r.roster, entries } };
  };
  if (!target.editKind) return { ok: true, roster: domain };
  let result = backTo(target, domain);
  const partner =
    target.editKind === 'SWAP'
      ? rows.find(
          (r) =>
            r.staffId === target.swapWithStaffId &&
            r.day === target.day &&
            r.editKind === 'SWAP' &&
            r.swapWithStaffId === target.staffId,
        )
      : undefined;
  if (result.ok && partner) result = backTo(partner, result.roster);
  return result;
}

function withoutEdit(e: RosterEntry): RosterEntry {
  const { edit: _edit, ...rest } = e;
  return rest;
}

/** What generation gave `row`'s day: by the crew the person's unedited days follow. */
function generatedShifts(rows: RosterEntryRow[], row: RosterEntryRow, anchor: string): readonly ShiftCode[] {
  const own = rows.filter(
    (r) => r.staffId === row.staffId && r.patternCode === row.patternCode && !r.editKind,
  );
  const crew =
    inferCrew(row.patternCode, anchor, own.map(asDay)) ?? SHIFT_PATTERNS[row.patternCode].crews[0]!.code;
  return crewShifts(row.patternCode, crew, anchor, row.day);
}

// ---------------------------------------------------------------------------------------------
// The roster as read

/** Positions of a department that are 24-hour posts: 秩序维护 on a round-the-clock pattern. */
export function roundTheClockPosts(
  department: DepartmentRow,
  positions: readonly PositionRow[],
): PositionRow[] {
  if (department.code !== 'SECURITY') return [];
  return positions.filter(
    (p) => p.departmentId === department.id && SHIFT_PATTERNS[p.shiftPattern].roundTheClock,
  );
}

/**
 * The roster as the page shows it: every person's every day, hours, and the coverage check —
 * each hour a 24-hour post has nobody (one person needed at a time) and each day a position has
 * fewer people working than its pattern puts on duty at the planned headcount (`plannedOnDuty`).
 * The small hours of the 1st are covered by the previous month's last night: its stored entries
 * when that month was generated, else the days its pattern gives this month's people.
 */
export async function rosterView(
  tx: Tx,
  companyId: string,
  roster: RosterMonthRow,
  department: DepartmentRow,
): Promise<RosterView> {
  const estateId = department.estateId!;
  const { from, to } = monthBounds(roster.month);
  const [rows, positionList, estateName] = [
    await store.listEntries(tx, companyId, roster.id),
    await store.listPositions(tx, companyId, estateId),
    await store.estateName(tx, companyId, estateId),
  ];
  const positions = new Map(positionList.map((p) => [p.id, p]));
  const people = new Map(
    (await store.staffByIds(tx, companyId, [...new Set(rows.map((r) => r.staffId))])).map((s) => [s.id, s]),
  );
  const posts = roundTheClockPosts(department, positionList);
  const leadDay = addDaysToDate(from, -1);
  const previous = await store.findRosterMonth(tx, companyId, department.id, addMonths(roster.month, -1));
  const postIds = posts.map((p) => p.id);
  const lead: RosterEntry[] = previous
    ? (await store.entriesOnDay(tx, companyId, estateId, leadDay, postIds)).map(toDomain)
    : leadInFromPattern(rows, postIds, people, roster.anchor, leadDay);
  const headcounts = positionList
    .filter((p) => p.departmentId === department.id && p.plannedHeadcount > 0)
    .map((p) => ({
      positionId: p.id,
      requiredOnDuty: (date: string) =>
        plannedOnDuty(p.shiftPattern, p.plannedHeadcount, roster.anchor, date),
    }));
  const report = checkCoverage({
    entries: [...lead, ...rows.map(toDomain)],
    from,
    to,
    posts: posts.map((p) => ({ positionId: p.id, required: 1 })),
    headcounts,
  });
  const nameOf = (id: string) => positions.get(id)?.name ?? '';

  const byStaff = new Map<string, RosterEntryRow[]>();
  for (const r of rows) byStaff.set(r.staffId, [...(byStaff.get(r.staffId) ?? []), r]);
  const dates = datesBetween(from, to);
  const out: (RosterRow & { order: string })[] = [];
  for (const [staffId, entries] of byStaff) {
    const person = people.get(staffId);
    const first = entries[0]!;
    const byDay = new Map(entries.map((e) => [e.day, e]));
    const days: RosterDay[] = dates.map((day) => {
      const e = byDay.get(day);
      if (!e) {
        return {
          day,
          shifts: [],
          status: 'REST',
          employed: false,
          editKind: null,
          leaveKind: null,
          swapWithStaffId: null,
          hours: 0,
        };
      }
      return {
        day,
        shifts: e.shifts,
        status: e.status,
        employed: true,
        editKind: e.editKind,
        leaveKind: e.leaveKind,
        swapWithStaffId: e.swapWithStaffId,
        hours: hoursOf(e.shifts),
      };
    });
    const positionId = first.positionId;
    const position = positionId ? positions.get(positionId) : undefined;
    out.push({
      staffId,
      staffName: person?.name ?? '',
      positionId,
      positionName: position?.name ?? null,
      patternCode: first.patternCode,
      shiftCrew: inferCrew(first.patternCode, roster.anchor, entries.filter((e) => !e.editKind).map(asDay)),
      days,
      totalHours: days.reduce((sum, d) => sum + d.hours, 0),
      order: `${position?.code ?? '~'}|${person?.hireDate ?? ''}|${person?.name ?? ''}|${staffId}`,
    });
  }
  out.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  return {
    id: roster.id,
    month: roster.month,
    anchor: roster.anchor,
    generatedAt: roster.generatedAt,
    version: roster.version,
    departmentId: department.id,
    departmentName: department.name,
    estateId,
    estateName,
    rows: out.map(({ order: _order, ...row }) => row),
    coverage: {
      gaps: report.gaps.map((g) => ({ ...g, positionName: nameOf(g.positionId) })),
      shortfalls: report.shortfalls.map((s) => ({ ...s, positionName: nameOf(s.positionId) })),
    },
    shifts: (Object.keys(SHIFTS) as ShiftCode[]).map(shiftDefinition),
  };
}

/** The previous day as the pattern would have generated it for this month's people on the posts. */
function leadInFromPattern(
  rows: RosterEntryRow[],
  postIds: readonly string[],
  people: ReadonlyMap<string, store.RosterStaff>,
  anchor: string,
  leadDay: string,
): RosterEntry[] {
  const out: RosterEntry[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.staffId) || !r.positionId || !postIds.includes(r.positionId)) continue;
    seen.add(r.staffId);
    const person = people.get(r.staffId);
    if (!person || !employedOn(person, leadDay)) continue;
    const own = rows.filter((x) => x.staffId === r.staffId && !x.editKind);
    const crew = inferCrew(r.patternCode, anchor, own.map(asDay));
    if (!crew) continue;
    const shifts = crewShifts(r.patternCode as ShiftPatternCode, crew, anchor, leadDay);
    out.push({
      staffId: r.staffId,
      date: leadDay,
      patternCode: r.patternCode,
      positionId: r.positionId,
      shifts,
      status: shifts.length ? 'WORK' : 'REST',
    });
  }
  return out;
}
