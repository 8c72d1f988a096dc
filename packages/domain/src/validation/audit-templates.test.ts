import { describe, expect, it } from 'vitest';
import { defaultTemplateContent } from '../audits/templates/index.js';
import { problemsOf } from './adapter.js';
import {
  auditTemplateContentSchema,
  auditTemplateDraftSchema,
  createAuditTemplateInput,
  templateItemCount,
  templateMaxScore,
} from './schemas/audits.js';

const item = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  title: '大堂',
  standard: '地面无垃圾',
  maxScore: 5,
  critical: false,
  ...extra,
});
const section = (key: string, items: unknown[], extra: Record<string, unknown> = {}) => ({
  key,
  department: 'CLEANING',
  title: '楼内',
  items,
  ...extra,
});

describe('audit template content', () => {
  it('accepts the shipped defaults as they are', () => {
    const all = defaultTemplateContent();
    const parsed = auditTemplateContentSchema.parse(all);
    expect(parsed).toEqual(all);
    expect(templateItemCount(all)).toBe(102);
    expect(templateMaxScore(all)).toBe(78 + 77 + 68 + 85 + 65 + 94);
  });

  it('fills absent English texts and the critical flag', () => {
    const parsed = auditTemplateContentSchema.parse({
      sections: [section('a', [item('a-1', { critical: null })])],
    });
    expect(parsed.sections[0]).toMatchObject({
      titleEn: '',
      items: [{ titleEn: '', standardEn: '', critical: false }],
    });
  });

  it('lets a draft be empty but publishes only sections with items', () => {
    expect(problemsOf(auditTemplateDraftSchema, { sections: [] })).toEqual([]);
    expect(problemsOf(auditTemplateDraftSchema, { sections: [section('a', [])] })).toEqual([]);
    expect(problemsOf(auditTemplateContentSchema, { sections: [] })).toMatchObject([
      { path: ['sections'], reason: 'REQUIRED' },
    ]);
    expect(problemsOf(auditTemplateContentSchema, { sections: [section('a', [])] })).toMatchObject([
      { path: ['sections', 0, 'items'], reason: 'REQUIRED' },
    ]);
  });

  it('refuses duplicate keys across the whole template, and malformed ones', () => {
    const malformed = problemsOf(auditTemplateDraftSchema, {
      sections: [section('a', [item('x-1'), item('X 3')])],
    });
    expect(malformed.map((p) => [p.path.join('.'), p.reason])).toEqual([
      ['sections.0.items.1.key', 'INVALID'],
    ]);
    const problems = problemsOf(auditTemplateDraftSchema, {
      sections: [section('a', [item('x-1'), item('x-2')]), section('a', [item('x-1'), item('x-3')])],
    });
    expect(problems.map((p) => [p.path.join('.'), p.reason])).toEqual([
      ['sections.1.key', 'DUPLICATE'],
      ['sections.1.items.0.key', 'DUPLICATE'],
    ]);
  });

  it('bounds scores: above 0, at most 100, in steps of 0.5', () => {
    const scoreProblems = (maxScore: unknown) =>
      problemsOf(auditTemplateDraftSchema, { sections: [section('a', [item('a-1', { maxScore })])] }).map(
        (p) => [p.reason, p.params],
      );
    expect(scoreProblems(0.5)).toEqual([]);
    expect(scoreProblems(100)).toEqual([]);
    expect(scoreProblems(0)).toEqual([['TOO_SMALL', { min: 0.5 }]]);
    expect(scoreProblems(-2)).toEqual([['TOO_SMALL', { min: 0.5 }]]);
    expect(scoreProblems(100.5)).toEqual([['TOO_LARGE', { max: 100 }]]);
    expect(scoreProblems(2.3)).toEqual([['INVALID', { step: 0.5 }]]);
    expect(scoreProblems('5')).toEqual([['INVALID', undefined]]);
    expect(scoreProblems(null)).toEqual([['REQUIRED', undefined]]);
  });

  it('bounds counts and lengths, and refuses control and bidi characters', () => {
    const many = Array.from({ length: 201 }, (_, i) => item(`k-${i}`));
    expect(problemsOf(auditTemplateDraftSchema, { sections: [section('a', many)] })).toMatchObject([
      { path: ['sections', 0, 'items'], reason: 'TOO_MANY', params: { max: 200 } },
    ]);
    const sections = Array.from({ length: 31 }, (_, i) => section(`s-${i}`, []));
    expect(problemsOf(auditTemplateDraftSchema, { sections })).toMatchObject([
      { path: ['sections'], reason: 'TOO_MANY', params: { max: 30 } },
    ]);
    const hostile = problemsOf(auditTemplateDraftSchema, {
      sections: [
        section('a', [item('a-1', { title: '大\u202E堂', standard: 'x'.repeat(301), titleEn: 'a\u0000b' })], {
          department: 'KITCHEN',
        }),
      ],
    });
    expect(hostile.map((p) => [p.path.join('.'), p.reason])).toEqual([
      ['sections.0.department', 'INVALID'],
      ['sections.0.items.0.title', 'CONTROL_CHARACTERS'],
      ['sections.0.items.0.standard', 'TOO_LONG'],
      ['sections.0.items.0.titleEn', 'CONTROL_CHARACTERS'],
    ]);
  });

  it('checks the create input: name required, departments known', () => {
    expect(problemsOf(createAuditTemplateInput, { name: ' ', departments: ['CLEANING', 'X'] })).toMatchObject(
      [
        { path: ['name'], reason: 'REQUIRED' },
        { path: ['departments', 1], reason: 'INVALID' },
      ],
    );
  });
});
