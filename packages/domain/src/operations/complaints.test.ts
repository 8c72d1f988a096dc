import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_HANDLED,
  COMPLAINT_VALID_RATE,
  complaintCounted,
  complaintFigure,
  complaintNextSteps,
  isOverdue,
  latestFeedbackAt,
  postponementProblem,
  promisedFeedbackAt,
  refusalOf,
} from './complaints.js';
import {
  answerSatisfied,
  formatHouseholdCode,
  householdCodeFrom,
  normalizeHouseholdCode,
  satisfactionFigure,
  surveyMonth,
  surveyResults,
  surveyStatusOn,
} from './surveys.js';

const AT = new Date('2026-02-27T09:00:00Z');
const open = { status: 'OPEN' as const, postponedAt: null };

describe('complaint rules', () => {
  it('promises feedback in two days by default, a week at most', () => {
    expect(promisedFeedbackAt(AT).toISOString()).toBe('2026-03-01T09:00:00.000Z');
    expect(promisedFeedbackAt(AT, 24 * 60).toISOString()).toBe('2026-02-28T09:00:00.000Z');
    expect(latestFeedbackAt(AT).toISOString()).toBe('2026-03-06T09:00:00.000Z');
  });

  it('postpones at most once, never a resolved complaint', () => {
    expect(refusalOf(open, 'POSTPONE')).toBeNull();
    expect(refusalOf({ ...open, postponedAt: AT }, 'POSTPONE')).toBe('ALREADY_POSTPONED');
    expect(refusalOf({ ...open, postponedAt: AT }, 'RESOLVE')).toBeNull();
    expect(refusalOf({ status: 'RESOLVED', postponedAt: null }, 'RULE')).toBe('ALREADY_RESOLVED');
    expect(complaintNextSteps(open)).toEqual(['RULE', 'POSTPONE', 'RESOLVE']);
    expect(complaintNextSteps({ ...open, postponedAt: AT })).toEqual(['RULE', 'RESOLVE']);
    expect(complaintNextSteps({ status: 'RESOLVED', postponedAt: null })).toEqual([]);
  });

  it('a postponement moves the promise later, within a week of receipt', () => {
    const c = { receivedAt: AT, promisedFeedbackAt: promisedFeedbackAt(AT) };
    expect(postponementProblem(c, new Date('2026-03-01T09:00:00Z'))).toBe('NOT_LATER');
    expect(postponementProblem(c, new Date('2026-03-04T09:00:00Z'))).toBeNull();
    expect(postponementProblem(c, new Date('2026-03-06T09:00:00Z'))).toBeNull();
    expect(postponementProblem(c, new Date('2026-03-06T09:00:01Z'))).toBe('TOO_LATE');
  });

  it('is overdue when open past its promise', () => {
    const c = { status: 'OPEN' as const, promisedFeedbackAt: AT };
    expect(isOverdue(c, new Date(AT.getTime() + 1))).toBe(true);
    expect(isOverdue(c, AT)).toBe(false);
    expect(isOverdue({ ...c, status: 'RESOLVED' }, new Date(AT.getTime() + 1))).toBe(false);
  });

  it('counts valid complaints per household and valid ones resolved', () => {
    const rows = [
      { id: 'a', valid: true, status: 'RESOLVED' as const },
      { id: 'b', valid: true, status: 'OPEN' as const },
      { id: 'c', valid: false, status: 'RESOLVED' as const },
      { id: 'd', valid: null, status: 'OPEN' as const },
    ];
    expect(complaintFigure(COMPLAINT_VALID_RATE, rows, 1200)).toEqual({ numerator: 2, denominator: 1200 });
    expect(complaintFigure(COMPLAINT_HANDLED, rows, 1200)).toEqual({ numerator: 1, denominator: 2 });
    expect(complaintFigure(COMPLAINT_VALID_RATE, rows, 0)).toBeNull();
    expect(complaintFigure(COMPLAINT_VALID_RATE, [], 800)).toEqual({ numerator: 0, denominator: 800 });
    expect(complaintFigure(COMPLAINT_HANDLED, rows.slice(2), 800)).toBeNull();
    expect(rows.map((r) => complaintCounted(COMPLAINT_HANDLED, r))).toEqual([true, false, false, false]);
  });
});

describe('survey rules', () => {
  const questions = [
    { key: 'q1', area: 'CLEANING' as const, text: '清洁' },
    { key: 'q2', area: 'SECURITY' as const, text: '秩序' },
  ];

  it('an answer is satisfied when its mean rating is 基本满意 or better', () => {
    expect(answerSatisfied({ q1: 3, q2: 3 })).toBe(true);
    expect(answerSatisfied({ q1: 5, q2: 1 })).toBe(true);
    expect(answerSatisfied({ q1: 2, q2: 3 })).toBe(false);
    expect(answerSatisfied({})).toBeNull();
  });

  it('rates per area and overall', () => {
    const r = surveyResults(questions, [{ q1: 5, q2: 2 }, { q1: 2, q2: 2 }, { q1: 4 }, {}]);
    expect(r.answers).toBe(3);
    expect(r.satisfiedAnswers).toBe(2);
    expect(r.rate).toBe(66.67);
    expect(r.areas).toEqual([
      { area: 'SECURITY', satisfied: 0, rated: 2, rate: 0 },
      { area: 'CLEANING', satisfied: 2, rated: 3, rate: 66.67 },
    ]);
    expect(satisfactionFigure([{ q1: 5 }, { q1: 1 }, {}])).toEqual({ numerator: 1, denominator: 2 });
    expect(satisfactionFigure([])).toBeNull();
  });

  it('is open between its dates and counts in the month it closes', () => {
    const s = { opensOn: '2026-06-01', closesOn: '2026-06-30' };
    expect(surveyStatusOn(s, '2026-05-31')).toBe('SCHEDULED');
    expect(surveyStatusOn(s, '2026-06-30')).toBe('OPEN');
    expect(surveyStatusOn(s, '2026-07-01')).toBe('CLOSED');
    expect(surveyMonth(s)).toBe('2026-06');
  });

  it('household codes: unambiguous, typed loosely, unbiased', () => {
    let i = 0;
    const bytes = [255, 0, 1, 2, 3, 4, 5, 6, 7];
    const code = householdCodeFrom(() => bytes[i++]!);
    expect(code).toBe('ABCDEFGH');
    expect(formatHouseholdCode(code)).toBe('ABCD-EFGH');
    expect(normalizeHouseholdCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normalizeHouseholdCode('ABCD-EFG0')).toBeNull();
    expect(normalizeHouseholdCode('ABC')).toBeNull();
  });
});
