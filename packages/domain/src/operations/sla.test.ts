import { describe, expect, it } from 'vitest';
import {
  isReworkOf,
  locationKey,
  type RepairFacts,
  repairFiguresOf,
  repairIndicatorValue,
  reworkOf,
  sumRepairFigures,
} from './repairs.js';
import {
  breachedSteps,
  commitmentsAt,
  DEFAULT_WORK_ORDER_COMMITMENTS,
  isTimely,
  nextDeadline,
  type SlaTimes,
  stepBreached,
  WORK_ORDER_COMMITMENT_PRESETS,
  workOrderDeadlines,
} from './sla.js';
import { boardColumnOf, nextSteps, transitionOf, WORK_ORDER_STATUSES } from './work-orders.js';
import { endOfZonedDay, startOfZonedDay, zonedDate } from './zoned.js';

const SH = 'Asia/Shanghai';
/** A Shanghai wall time as an instant (UTC+8, no daylight saving). */
const sh = (wall: string) => new Date(`${wall}+08:00`);
const iso = (d: Date) => d.toISOString();
const C = DEFAULT_WORK_ORDER_COMMITMENTS;

describe('deadlines from the seeds’ commitments', () => {
  it('minor repair: dispatch in 3 minutes, arrive in 10, finish within 24 hours of the report', () => {
    const d = workOrderDeadlines('MINOR', sh('2025-06-10T09:00:00'), C, SH);
    expect(iso(d.dispatchDueAt)).toBe(iso(sh('2025-06-10T09:03:00')));
    expect(iso(d.arriveDueAt)).toBe(iso(sh('2025-06-10T09:10:00')));
    expect(iso(d.completeDueAt)).toBe(iso(sh('2025-06-11T09:00:00')));
  });

  it('urgent repair: the same figures to dispatch and arrive, finished by midnight of the day reported', () => {
    const d = workOrderDeadlines('URGENT', sh('2025-06-10T09:00:00'), C, SH);
    expect(iso(d.dispatchDueAt)).toBe(iso(sh('2025-06-10T09:03:00')));
    expect(iso(d.arriveDueAt)).toBe(iso(sh('2025-06-10T09:10:00')));
    expect(iso(d.completeDueAt)).toBe(iso(sh('2025-06-11T00:00:00')));
  });

  it('seed 002 gives an emergency 30 minutes to arrive; minor repairs keep 10', () => {
    const c = WORK_ORDER_COMMITMENT_PRESETS.SEED_002;
    expect(iso(workOrderDeadlines('URGENT', sh('2025-06-10T09:00:00'), c, SH).arriveDueAt)).toBe(
      iso(sh('2025-06-10T09:30:00')),
    );
    expect(iso(workOrderDeadlines('MINOR', sh('2025-06-10T09:00:00'), c, SH).arriveDueAt)).toBe(
      iso(sh('2025-06-10T09:10:00')),
    );
  });

  it('across midnight: a report at 23:55 is due to be dispatched at 23:58 and reached at 00:05 the next day', () => {
    const d = workOrderDeadlines('MINOR', sh('2025-06-10T23:55:00'), C, SH);
    expect(iso(d.dispatchDueAt)).toBe(iso(sh('2025-06-10T23:58:00')));
    expect(iso(d.arriveDueAt)).toBe(iso(sh('2025-06-11T00:05:00')));
    expect(iso(d.completeDueAt)).toBe(iso(sh('2025-06-11T23:55:00')));
  });

  it('an urgent repair reported at 23:50 is due at 24:00 the same night (不过夜, no exception)', () => {
    const d = workOrderDeadlines('URGENT', sh('2025-06-10T23:50:00'), C, SH);
    expect(iso(d.completeDueAt)).toBe(iso(sh('2025-06-11T00:00:00')));
    expect(iso(d.arriveDueAt)).toBe(iso(sh('2025-06-11T00:00:00')));
    // Ten minutes: finished at 00:01 is a breach of the completion deadline.
    const times: SlaTimes = {
      ...d,
      dispatchedAt: sh('2025-06-10T23:51:00'),
      arrivedAt: sh('2025-06-10T23:58:00'),
      completedAt: sh('2025-06-11T00:01:00'),
    };
    expect(breachedSteps(times, sh('2025-06-11T00:01:00'))).toEqual(['COMPLETE']);
    expect(isTimely(times)).toBe(false);
  });

  it('an urgent repair reported at 00:00:00 has the whole day; one at 23:59:59 one second', () => {
    expect(iso(workOrderDeadlines('URGENT', sh('2025-06-10T00:00:00'), C, SH).completeDueAt)).toBe(
      iso(sh('2025-06-11T00:00:00')),
    );
    expect(iso(workOrderDeadlines('URGENT', sh('2025-06-10T23:59:59'), C, SH).completeDueAt)).toBe(
      iso(sh('2025-06-11T00:00:00')),
    );
  });

  it('the local day decides, not the UTC one: 07:30 in Shanghai is still the previous day in UTC', () => {
    const reported = sh('2025-06-10T07:30:00'); // 2025-06-09T23:30Z
    expect(reported.toISOString().slice(0, 10)).toBe('2025-06-09');
    expect(iso(workOrderDeadlines('URGENT', reported, C, SH).completeDueAt)).toBe(
      iso(sh('2025-06-11T00:00:00')),
    );
  });

  it('month ends: 31 January → 1 February, 30 April → 1 May', () => {
    expect(iso(workOrderDeadlines('URGENT', sh('2025-01-31T18:00:00'), C, SH).completeDueAt)).toBe(
      iso(sh('2025-02-01T00:00:00')),
    );
    expect(iso(workOrderDeadlines('URGENT', sh('2025-04-30T22:00:00'), C, SH).completeDueAt)).toBe(
      iso(sh('2025-05-01T00:00:00')),
    );
    const minor = workOrderDeadlines('MINOR', sh('2025-04-30T23:58:00'), C, SH);
    expect(iso(minor.dispatchDueAt)).toBe(iso(sh('2025-05-01T00:01:00')));
    expect(iso(minor.completeDueAt)).toBe(iso(sh('2025-05-01T23:58:00')));
  });

  it('December → January: a report at 23:59 on 31 December is due in the new year', () => {
    const u = workOrderDeadlines('URGENT', sh('2025-12-31T23:59:00'), C, SH);
    expect(iso(u.dispatchDueAt)).toBe(iso(sh('2026-01-01T00:02:00')));
    expect(iso(u.arriveDueAt)).toBe(iso(sh('2026-01-01T00:09:00')));
    expect(iso(u.completeDueAt)).toBe(iso(sh('2026-01-01T00:00:00')));
    expect(iso(workOrderDeadlines('MINOR', sh('2025-12-31T23:59:00'), C, SH).completeDueAt)).toBe(
      iso(sh('2026-01-01T23:59:00')),
    );
  });

  it('a leap day: 28 February → 29 February → 1 March in 2028, 28 February → 1 March in 2027', () => {
    expect(iso(workOrderDeadlines('URGENT', sh('2028-02-28T12:00:00'), C, SH).completeDueAt)).toBe(
      iso(sh('2028-02-29T00:00:00')),
    );
    expect(iso(workOrderDeadlines('URGENT', sh('2028-02-29T23:30:00'), C, SH).completeDueAt)).toBe(
      iso(sh('2028-03-01T00:00:00')),
    );
    expect(iso(workOrderDeadlines('URGENT', sh('2027-02-28T23:30:00'), C, SH).completeDueAt)).toBe(
      iso(sh('2027-03-01T00:00:00')),
    );
    // The last half hour of a leap day (TEST_NOW of the API suite), a minor repair: due 1 March.
    const m = workOrderDeadlines('MINOR', new Date('2028-02-29T15:30:00Z'), C, SH);
    expect(iso(m.arriveDueAt)).toBe('2028-02-29T15:40:00.000Z');
    expect(iso(m.completeDueAt)).toBe(iso(sh('2028-03-01T23:30:00')));
  });

  it('without the same-day rule an urgent repair is due urgentCompleteMinutes after the report', () => {
    const c = { ...C, urgentSameDay: false, completeMinutesUrgent: 240 };
    expect(iso(workOrderDeadlines('URGENT', sh('2025-06-10T23:50:00'), c, SH).completeDueAt)).toBe(
      iso(sh('2025-06-11T03:50:00')),
    );
  });

  it('reads the end of the day in the company’s own zone, daylight saving included', () => {
    // New York, 9 March 2025: clocks jump from 02:00 to 03:00; the day is 23 hours long.
    expect(iso(endOfZonedDay(new Date('2025-03-09T12:00:00Z'), 'America/New_York'))).toBe(
      '2025-03-10T04:00:00.000Z',
    );
    expect(iso(startOfZonedDay('2025-03-09', 'America/New_York'))).toBe('2025-03-09T05:00:00.000Z');
    // Havana skips midnight itself (00:00 → 01:00 on 9 March 2025): the day starts at the jump.
    expect(iso(startOfZonedDay('2025-03-09', 'America/Havana'))).toBe('2025-03-09T05:00:00.000Z');
    expect(zonedDate(startOfZonedDay('2025-03-09', 'America/Havana'), 'America/Havana')).toBe('2025-03-09');
    // UTC and Shanghai.
    expect(iso(endOfZonedDay(new Date('2025-12-31T23:59:59Z'), 'UTC'))).toBe('2026-01-01T00:00:00.000Z');
    expect(iso(startOfZonedDay('2025-01-01', SH))).toBe('2024-12-31T16:00:00.000Z');
  });
});

describe('commitments in force', () => {
  const v = (effectiveFrom: string, arriveMinutesMinor: number) => ({
    ...C,
    arriveMinutesMinor,
    effectiveFrom: new Date(effectiveFrom),
  });

  it('the latest version effective by then, else the defaults', () => {
    const versions = [v('2025-03-01T00:00:00Z', 15), v('2025-01-01T00:00:00Z', 20)];
    expect(commitmentsAt(versions, new Date('2024-12-31T00:00:00Z'))).toBe(DEFAULT_WORK_ORDER_COMMITMENTS);
    expect(commitmentsAt(versions, new Date('2025-02-01T00:00:00Z')).arriveMinutesMinor).toBe(20);
    expect(commitmentsAt(versions, new Date('2025-03-01T00:00:00Z')).arriveMinutesMinor).toBe(15);
    expect(commitmentsAt([], new Date('2028-02-29T23:59:00Z')).dispatchMinutesMinor).toBe(3);
  });
});

describe('breaches', () => {
  const reported = sh('2025-06-10T09:00:00');
  const open: SlaTimes = {
    ...workOrderDeadlines('MINOR', reported, C, SH),
    dispatchedAt: null,
    arrivedAt: null,
    completedAt: null,
  };

  it('a step is breached once its deadline has passed without it, not at the deadline itself', () => {
    expect(stepBreached(open, 'DISPATCH', sh('2025-06-10T09:03:00'))).toBe(false);
    expect(stepBreached(open, 'DISPATCH', sh('2025-06-10T09:03:01'))).toBe(true);
    expect(breachedSteps(open, sh('2025-06-10T09:05:00'))).toEqual(['DISPATCH']);
    expect(breachedSteps(open, sh('2025-06-10T09:11:00'))).toEqual(['DISPATCH', 'ARRIVE']);
  });

  it('a step done by its deadline stays on time whenever it is looked at; one done late stays breached', () => {
    const done = { ...open, dispatchedAt: sh('2025-06-10T09:03:00'), arrivedAt: sh('2025-06-10T09:12:00') };
    expect(breachedSteps(done, sh('2025-06-12T00:00:00'))).toEqual(['ARRIVE', 'COMPLETE']);
  });

  it('the next deadline ahead is the board’s countdown', () => {
    expect(nextDeadline(open, sh('2025-06-10T09:01:00'))).toEqual({
      step: 'DISPATCH',
      dueAt: open.dispatchDueAt,
    });
    expect(nextDeadline(open, sh('2025-06-10T09:05:00'))?.step).toBe('ARRIVE');
    expect(nextDeadline({ ...open, dispatchedAt: reported }, sh('2025-06-10T09:01:00'))?.step).toBe('ARRIVE');
    expect(nextDeadline(open, sh('2025-06-12T09:05:00'))).toBeNull();
  });

  it('on time: completed with every step within its deadline', () => {
    const timely = {
      ...open,
      dispatchedAt: sh('2025-06-10T09:02:00'),
      arrivedAt: sh('2025-06-10T09:10:00'),
      completedAt: sh('2025-06-10T11:00:00'),
    };
    expect(isTimely(timely)).toBe(true);
    expect(isTimely({ ...timely, completedAt: null })).toBe(false);
    expect(isTimely({ ...timely, dispatchedAt: sh('2025-06-10T09:04:00') })).toBe(false);
  });
});

describe('rework', () => {
  const earlier = {
    id: 'wo-1',
    estateId: 'e-1',
    locationKind: 'UNIT' as const,
    locationKey: locationKey('3栋 2单元 801'),
    category: 'PLUMBING_ELECTRICAL' as const,
    completedAt: sh('2025-05-01T10:00:00'),
  };
  const later = { ...earlier, id: 'wo-2', reportedAt: sh('2025-05-31T10:00:00') };

  it('matches the same unit however it is typed', () => {
    expect(locationKey('３栋2单元 801')).toBe(earlier.locationKey);
    expect(locationKey('B座 Lift 2')).toBe(locationKey('b座lift2'));
  });

  it('the same unit and category within 30 days of the completion is rework; day 30 included, later not', () => {
    expect(isReworkOf(earlier, later)).toBe(true);
    expect(isReworkOf(earlier, { ...later, reportedAt: sh('2025-05-31T10:00:01') })).toBe(false);
    expect(isReworkOf(earlier, { ...later, category: 'CIVIL' })).toBe(false);
    expect(isReworkOf(earlier, { ...later, locationKey: locationKey('3栋2单元802') })).toBe(false);
    expect(isReworkOf(earlier, { ...later, locationKind: 'PUBLIC_AREA' })).toBe(false);
    expect(isReworkOf(earlier, { ...later, estateId: 'e-2' })).toBe(false);
    expect(isReworkOf({ ...earlier, completedAt: null }, later)).toBe(false);
    expect(isReworkOf(earlier, { ...later, id: earlier.id })).toBe(false);
    // Reported before the earlier one was completed: not a repeat of a finished repair.
    expect(isReworkOf(earlier, { ...later, reportedAt: sh('2025-05-01T09:00:00') })).toBe(false);
  });

  it('links to the most recently completed earlier repair', () => {
    const older = { ...earlier, id: 'wo-0', completedAt: sh('2025-05-10T10:00:00') };
    expect(reworkOf([earlier, older], later)?.id).toBe('wo-0');
    expect(reworkOf([], later)).toBeNull();
  });
});

describe('repair figures', () => {
  const base = (over: Partial<RepairFacts> = {}): RepairFacts => ({
    ...workOrderDeadlines('URGENT', sh('2025-06-30T20:00:00'), C, SH),
    kind: 'URGENT',
    dispatchedAt: sh('2025-06-30T20:02:00'),
    arrivedAt: sh('2025-06-30T20:09:00'),
    completedAt: sh('2025-06-30T23:00:00'),
    reworkOfId: null,
    qualityPassed: true,
    calledBackAt: sh('2025-07-01T10:00:00'),
    ...over,
  });

  it('count in the month of completion (company time zone), callback included whenever it came', () => {
    expect(repairFiguresOf(base(), SH)).toEqual({
      month: '2025-06',
      finished: 1,
      timely: 1,
      rework: 0,
      qualityPassed: 1,
      calledBack: 1,
    });
    // Completed at 00:30 on 1 July in Shanghai (still 30 June in UTC): July, and past 不过夜.
    expect(repairFiguresOf(base({ completedAt: sh('2025-07-01T00:30:00') }), SH)).toMatchObject({
      month: '2025-07',
      timely: 0,
    });
    expect(repairFiguresOf(base({ completedAt: null }), SH)).toBeNull();
  });

  it('sum into the four repair indicators over the orders completed', () => {
    const sums = sumRepairFigures([
      repairFiguresOf(base(), SH),
      repairFiguresOf(base({ reworkOfId: 'wo-0', qualityPassed: false, calledBackAt: null }), SH),
      repairFiguresOf(base({ qualityPassed: null, arrivedAt: sh('2025-06-30T20:11:00') }), SH),
      repairFiguresOf(base({ completedAt: null }), SH),
    ]);
    expect(sums).toEqual({ finished: 3, timely: 2, rework: 1, qualityPassed: 1, calledBack: 2 });
    expect(repairIndicatorValue('repair_timely', sums)).toEqual({ numerator: 2, denominator: 3 });
    expect(repairIndicatorValue('repair_rework', sums)).toEqual({ numerator: 1, denominator: 3 });
    expect(repairIndicatorValue('repair_quality', sums)).toEqual({ numerator: 1, denominator: 3 });
    expect(repairIndicatorValue('repair_callback', sums)).toEqual({ numerator: 2, denominator: 3 });
    expect(repairIndicatorValue('repair_timely', sumRepairFigures([]))).toBeNull();
  });
});

describe('transitions and the board', () => {
  it('each step from its statuses only', () => {
    expect(transitionOf('NEW', 'DISPATCH')).toBe('DISPATCHED');
    expect(transitionOf('DISPATCHED', 'DISPATCH')).toBe('DISPATCHED');
    expect(transitionOf('NEW', 'ARRIVE')).toBeNull();
    expect(transitionOf('ON_SITE', 'COMPLETE')).toBe('COMPLETED');
    expect(transitionOf('COMPLETED', 'CALLBACK')).toBe('CALLED_BACK');
    expect(transitionOf('CALLED_BACK', 'CALLBACK')).toBeNull();
    expect(transitionOf('COMPLETED', 'CLOSE')).toBe('CLOSED');
    expect(transitionOf('ON_SITE', 'CLOSE')).toBeNull();
    expect(Object.fromEntries(WORK_ORDER_STATUSES.map((s) => [s, nextSteps(s)]))).toEqual({
      NEW: ['DISPATCH'],
      DISPATCHED: ['DISPATCH', 'ARRIVE'],
      ON_SITE: ['COMPLETE'],
      COMPLETED: ['CALLBACK', 'CLOSE'],
      CALLED_BACK: ['CLOSE'],
      CLOSED: [],
    });
  });

  it('completed today is DONE, completed before today waits for its callback', () => {
    const today = startOfZonedDay('2025-06-10', SH);
    expect(boardColumnOf({ status: 'NEW', completedAt: null }, today)).toBe('NEW');
    expect(boardColumnOf({ status: 'COMPLETED', completedAt: sh('2025-06-10T00:00:00') }, today)).toBe(
      'DONE',
    );
    expect(boardColumnOf({ status: 'COMPLETED', completedAt: sh('2025-06-09T23:59:59') }, today)).toBe(
      'AWAITING_CALLBACK',
    );
    expect(boardColumnOf({ status: 'CLOSED', completedAt: sh('2025-06-10T08:00:00') }, today)).toBeNull();
  });
});
