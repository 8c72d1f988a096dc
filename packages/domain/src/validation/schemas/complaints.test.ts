import { describe, expect, it } from 'vitest';
import { problemsOf } from '../adapter.js';
import type { FieldProblem } from '../problems.js';
import { createComplaintInput, postponeComplaintInput, ruleComplaintInput } from './complaints.js';
import { createSurveyInput, submitSurveyAnswerInput } from './surveys.js';

const brief = (problems: FieldProblem[]) => problems.map((p) => `${p.path.join('.')}:${p.reason}`);

describe('complaint inputs', () => {
  const base = {
    estateId: 'e-1',
    category: 'CLEANING',
    channel: 'PHONE',
    description: '楼道垃圾三天未清运',
    complainantName: '李先生',
    complainantPhone: '139 0000 1234',
  };
  it('accepts a complaint and refuses hostile input with reasons', () => {
    expect(problemsOf(createComplaintInput, base)).toEqual([]);
    expect(
      brief(
        problemsOf(createComplaintInput, {
          ...base,
          category: 'WEATHER',
          description: 'x\u0000',
          complainantPhone: 'nope',
          feedbackMinutes: 60 * 24 * 8,
        }),
      ),
    ).toEqual([
      'category:INVALID',
      'description:CONTROL_CHARACTERS',
      'complainantPhone:INVALID',
      'feedbackMinutes:TOO_LARGE',
    ]);
  });
  it('a ruling and a postponement need their reasons', () => {
    expect(brief(problemsOf(ruleComplaintInput, { id: 'c', version: 1, valid: true, reason: ' ' }))).toEqual([
      'reason:REQUIRED',
    ]);
    expect(
      brief(
        problemsOf(postponeComplaintInput, {
          id: 'c',
          version: 1,
          newFeedbackAt: new Date('x'),
          reason: 'y',
        }),
      ),
    ).toEqual(['newFeedbackAt:INVALID']);
  });
});

describe('survey inputs', () => {
  it('closes no earlier than it opens', () => {
    expect(
      brief(
        problemsOf(createSurveyInput, {
          estateId: 'e',
          title: '上半年满意度调查',
          opensOn: '2026-06-10',
          closesOn: '2026-06-01',
        }),
      ),
    ).toEqual(['closesOn:BEFORE_START']);
  });
  it('ratings are 1 to 5', () => {
    expect(
      brief(
        problemsOf(submitSurveyAnswerInput, {
          token: 't',
          householdCode: 'ABCD-EFGH',
          ratings: [{ key: 'q1', rating: 6 }],
        }),
      ),
    ).toEqual(['ratings.0.rating:TOO_LARGE']);
  });
});
