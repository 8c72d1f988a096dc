import { describe, expect, it } from 'vitest';
import { check, problemsOf } from '../adapter.js';
import type { FieldProblem } from '../problems.js';
import { editRosterDayInput, generateRosterInput, myShiftsInput } from './rosters.js';

const brief = (problems: FieldProblem[]) => problems.map((p) => `${p.path.join('.')}:${p.reason}`);
const edit = { departmentId: 'd', staffId: 's', day: '2025-01-31', expectedVersion: 1 };

describe('roster inputs', () => {
  it('takes a month of this century', () => {
    expect(check(generateRosterInput, { departmentId: 'd', month: '2025-01' }).ok).toBe(true);
    for (const month of ['2025-13', '1999-12', '2025-1', ' 2025-01', '2025-01\u0000']) {
      expect(brief(problemsOf(generateRosterInput, { departmentId: 'd', month })), month).toHaveLength(1);
    }
  });

  it('asks each kind of edit for what it takes, and nothing else', () => {
    expect(brief(problemsOf(editRosterDayInput, { ...edit, kind: 'LEAVE' }))).toEqual(['leaveKind:REQUIRED']);
    expect(brief(problemsOf(editRosterDayInput, { ...edit, kind: 'SWAP' }))).toEqual([
      'withStaffId:REQUIRED',
    ]);
    expect(brief(problemsOf(editRosterDayInput, { ...edit, kind: 'ASSIGN' }))).toEqual(['shifts:REQUIRED']);
    expect(brief(problemsOf(editRosterDayInput, { ...edit, kind: 'ASSIGN', shifts: [] }))).toEqual([]);
    expect(brief(problemsOf(editRosterDayInput, { ...edit, kind: 'RESET', leaveKind: 'SICK' }))).toEqual([
      'leaveKind:NOT_ALLOWED',
    ]);
    expect(
      brief(
        problemsOf(editRosterDayInput, {
          ...edit,
          kind: 'ASSIGN',
          shifts: ['DAY', 'DAY'],
          withStaffId: null,
        }),
      ),
    ).toEqual(['shifts:DUPLICATE']);
    expect(brief(problemsOf(editRosterDayInput, { ...edit, kind: 'ASSIGN', shifts: ['LUNCH'] }))).toEqual([
      'shifts.0:INVALID',
    ]);
    expect(brief(problemsOf(editRosterDayInput, { ...edit, day: '2025-02-30', kind: 'RESET' }))).toEqual([
      'day:INVALID',
    ]);
    expect(brief(problemsOf(editRosterDayInput, { ...edit, expectedVersion: 0, kind: 'RESET' }))).toEqual([
      'expectedVersion:TOO_SMALL',
    ]);
  });

  it('answers my shifts over at most 62 days, forwards', () => {
    expect(check(myShiftsInput, { from: '2025-01-01', to: '2025-03-03' }).ok).toBe(true);
    expect(brief(problemsOf(myShiftsInput, { from: '2025-01-01', to: '2025-03-04' }))).toEqual([
      'to:TOO_LARGE',
    ]);
    expect(brief(problemsOf(myShiftsInput, { from: '2025-01-02', to: '2025-01-01' }))).toEqual([
      'to:BEFORE_START',
    ]);
  });
});
