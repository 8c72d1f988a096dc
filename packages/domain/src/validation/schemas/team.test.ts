import { describe, expect, it } from 'vitest';
import { STAFFING_TEMPLATE_16 } from '../../staffing/template.js';
import { check, problemsOf } from '../adapter.js';
import type { FieldProblem } from '../problems.js';
import {
  applyStaffingTemplateInput,
  createPositionInput,
  createStaffingTemplateInput,
  updatePositionInput,
  updateStaffingTemplateInput,
} from './team.js';

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

describe('staffing templates', () => {
  const create = { name: ' 标准住宅编制 ', description: '多层住宅\n16 人', fromEstateId: 'e-1' };

  it('accepts a name, a multi-line description and the estate to copy, trimmed', () => {
    const r = check(createStaffingTemplateInput, create);
    expect(r.ok && r.data).toMatchObject({ name: '标准住宅编制', fromEstateId: 'e-1' });
    expect(problemsOf(createStaffingTemplateInput, { ...create, description: null })).toEqual([]);
  });

  it.each([
    [{ name: '' }, ['name:REQUIRED']],
    [{ name: '模'.repeat(61) }, ['name:TOO_LONG']],
    [{ name: '模板\u0000' }, ['name:CONTROL_CHARACTERS']],
    [{ description: '说明\u202E' }, ['description:CONTROL_CHARACTERS']],
    [{ description: '长'.repeat(501) }, ['description:TOO_LONG']],
    [{ fromEstateId: undefined }, ['fromEstateId:REQUIRED']],
    [{ fromEstateId: 'e\u0007' }, ['fromEstateId:CONTROL_CHARACTERS']],
  ])('%j is refused: %j', (over, problems) => {
    expect(brief(problemsOf(createStaffingTemplateInput, { ...create, ...over }))).toEqual(problems);
  });

  it('an update needs the id and version; null clears the description', () => {
    expect(problemsOf(updateStaffingTemplateInput, { id: 't-1', version: 1 })).toEqual([]);
    const r = check(updateStaffingTemplateInput, { id: 't-1', version: 2, description: null });
    expect(r.ok && r.data).toMatchObject({ description: null });
    expect(brief(problemsOf(updateStaffingTemplateInput, { id: 't-1', version: 1, name: ' ' }))).toEqual([
      'name:REQUIRED',
    ]);
  });

  it('applying names the estate; the template is optional (absent: the built-in one)', () => {
    expect(problemsOf(applyStaffingTemplateInput, { estateId: 'e-1' })).toEqual([]);
    expect(problemsOf(applyStaffingTemplateInput, { estateId: 'e-1', templateId: null })).toEqual([]);
    expect(
      brief(problemsOf(applyStaffingTemplateInput, { estateId: 'e-1', templateId: 'x'.repeat(201) })),
    ).toEqual(['templateId:TOO_LONG']);
  });
});
