import { defaultTemplateContent } from '@anju/domain';
import { describe, expect, it } from 'vitest';
import {
  addItem,
  addSection,
  draftProblems,
  fromContent,
  moveItem,
  moveSection,
  problemsByPath,
  removeItem,
  removeSection,
  sameContent,
  toInput,
  totals,
  updateItem,
} from './templateDraft';

const base = () => fromContent(defaultTemplateContent(['CLEANING', 'FIRE_SAFETY']));

describe('template draft', () => {
  it('round-trips the API content, without client uids', () => {
    const content = defaultTemplateContent(['CLEANING']);
    expect(toInput(fromContent(content))).toEqual(content);
    expect(sameContent(fromContent(content), fromContent(content))).toBe(true);
  });

  it('adds items keyed after the highest number of their department, unique in the template', () => {
    const draft = base();
    const cleaning = draft.sections.findIndex((s) => s.department === 'CLEANING');
    const last = draft.sections[cleaning]!.items.length;
    const added = addItem(draft, cleaning);
    const items = added.sections[cleaning]!.items;
    expect(items).toHaveLength(last + 1);
    expect(items.at(-1)).toMatchObject({ key: 'cl-17', title: '', maxScore: 5, critical: false });
    const twice = addItem(added, cleaning);
    expect(twice.sections[cleaning]!.items.at(-1)!.key).toBe('cl-18');
    // The original is unchanged (pure functions).
    expect(draft.sections[cleaning]!.items).toHaveLength(last);
  });

  it('adds sections with a fresh key, and checks new empty items as the API would', () => {
    const draft = addSection({ sections: [] }, 'SECURITY', '门岗');
    expect(draft.sections[0]).toMatchObject({
      key: 'se-part-1',
      department: 'SECURITY',
      title: '门岗',
      items: [],
    });
    expect(addSection(draft, 'SECURITY').sections[1]!.key).toBe('se-part-2');
    // A draft may hold an empty section; publishing may not.
    expect(draftProblems(draft)).toEqual([]);
    expect(draftProblems(draft, true).map((p) => [p.path.join('.'), p.reason])).toEqual([
      ['sections.0.items', 'REQUIRED'],
    ]);
    const withItem = addItem(draft, 0);
    const problems = problemsByPath(draftProblems(withItem));
    expect(problems.get('sections.0.items.0.title')?.reason).toBe('REQUIRED');
    expect(problems.get('sections.0.items.0.standard')?.reason).toBe('REQUIRED');
  });

  it('moves sections and items up and down, and not past either end', () => {
    const draft = base();
    const keys = (d: typeof draft) => d.sections.map((s) => s.key);
    const down = moveSection(draft, 0, 1);
    expect(keys(down)).toEqual([keys(draft)[1], keys(draft)[0], ...keys(draft).slice(2)]);
    expect(keys(moveSection(draft, 0, -1))).toEqual(keys(draft));
    expect(keys(moveSection(draft, draft.sections.length - 1, 1))).toEqual(keys(draft));
    const itemKeys = (d: typeof draft) => d.sections[0]!.items.map((i) => i.key);
    const up = moveItem(draft, 0, 1, -1);
    expect(itemKeys(up).slice(0, 2)).toEqual([itemKeys(draft)[1], itemKeys(draft)[0]]);
    // uids travel with their rows (React keeps inputs with them).
    expect(up.sections[0]!.items[0]!.uid).toBe(draft.sections[0]!.items[1]!.uid);
    expect(sameContent(up, draft)).toBe(false);
  });

  it('removes and edits, and reports bad scores, duplicates and control characters', () => {
    let draft = base();
    draft = removeItem(draft, 0, 0);
    draft = removeSection(draft, draft.sections.length - 1);
    draft = updateItem(draft, 0, 0, { maxScore: 2.3, title: 'a\u202Eb' });
    draft = updateItem(draft, 0, 1, { key: draft.sections[0]!.items[2]!.key });
    const problems = draftProblems(draft).map((p) => [p.path.join('.'), p.reason]);
    expect(problems).toEqual([
      ['sections.0.items.0.title', 'CONTROL_CHARACTERS'],
      ['sections.0.items.0.maxScore', 'INVALID'],
    ]);
    draft = updateItem(draft, 0, 0, { maxScore: 2.5, title: '大堂' });
    expect(draftProblems(draft).map((p) => [p.path.join('.'), p.reason])).toEqual([
      ['sections.0.items.2.key', 'DUPLICATE'],
    ]);
    draft = updateItem(draft, 0, 0, { maxScore: null });
    expect(problemsByPath(draftProblems(draft)).get('sections.0.items.0.maxScore')?.reason).toBe('REQUIRED');
  });

  it('sums sections, items, points and critical items', () => {
    const draft = fromContent(defaultTemplateContent(['FIRE_SAFETY']));
    expect(totals(draft)).toEqual({ sections: draft.sections.length, items: 17, maxScore: 94, critical: 3 });
  });
});
