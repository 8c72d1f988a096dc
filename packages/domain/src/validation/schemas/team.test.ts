import { describe, expect, it } from 'vitest';
import { STAFFING_TEMPLATE_16 } from '../../staffing/template.js';
import { check, problemsOf } from '../adapter.js';
import type { FieldProblem } from '../problems.js';
import { createPositionInput, updatePositionInput } from './team.js';

const brief = (problems: FieldProblem[]) => problems.map((p) => `${p.path.join('.')}:${p.reason}`);

const base = {
  estateId: 'e-1',
  departmentId: 'd-1',
  code: 'NIGHT_PATROL',
  name: ' 夜间巡逻岗 ',
  plannedHeadcount: 2,
  shiftPattern: 'THREE_CREWS',
};

describe('createPositionInput', () => {
  it('accepts a minimal position, trimmed', () => {
    const r = check(createPositionInput, base);
    expect(r.ok && r.data.name).toBe('夜间巡逻岗');
  });

  it('accepts every position of the 16-person template as the API stores it', () => {
    for (const p of STAFFING_TEMPLATE_16) {
      const input = {
        ...base,
        code: p.code,
        name: p.zh,
        nameEn: p.en,
        plannedHeadcount: p.headcount,
        shiftPattern: p.shiftPattern,
        workingHours: p.hoursText.zh,
        duty: p.duty.zh,
        certificateRequired: p.certificateRequired,
        certificateKinds: p.certificateKinds,
      };
      expect(brief(problemsOf(createPositionInput, input)), p.code).toEqual([]);
    }
  });

  it.each([
    [{ code: 'night-patrol' }, ['code:INVALID']],
    [{ code: 'X'.repeat(41) }, ['code:TOO_LONG']],
    [{ name: '' }, ['name:REQUIRED']],
    [{ name: '岗\u0000位' }, ['name:CONTROL_CHARACTERS']],
    [{ duty: '第一行\n第二行\u202E' }, ['duty:CONTROL_CHARACTERS']],
    [{ plannedHeadcount: 501 }, ['plannedHeadcount:TOO_LARGE']],
    [{ plannedHeadcount: 1.5 }, ['plannedHeadcount:NOT_INTEGER']],
    [{ shiftPattern: 'FOUR_THREE' }, ['shiftPattern:INVALID']],
    [{ ageMin: 15 }, ['ageMin:TOO_SMALL']],
    [{ ageMin: 50, ageMax: 40 }, ['ageMax:BEFORE_START']],
    [{ certificateRequired: true, certificateKinds: [] }, ['certificateKinds:REQUIRED']],
    [{ certificateKinds: ['PILOT'] }, ['certificateKinds.0:INVALID']],
  ])('%j is refused: %j', (over, problems) => {
    expect(brief(problemsOf(createPositionInput, { ...base, ...over }))).toEqual(problems);
  });

  it('allows a multi-line duty text', () => {
    expect(problemsOf(createPositionInput, { ...base, duty: '巡逻\n登记' })).toEqual([]);
  });
});

describe('updatePositionInput', () => {
  it('needs only the id and version; null clears optional fields', () => {
    expect(problemsOf(updatePositionInput, { id: 'p-1', version: 1 })).toEqual([]);
    const r = check(updatePositionInput, { id: 'p-1', version: 1, ageMax: null, workingHours: null });
    expect(r.ok && r.data).toMatchObject({ ageMax: null, workingHours: null });
  });
});
