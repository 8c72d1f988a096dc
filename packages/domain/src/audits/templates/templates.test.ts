import { describe, expect, it } from 'vitest';
import { AUDIT_DEPARTMENTS, type AuditDepartment, type AuditTemplateItem } from '../types.js';
import { DEFAULT_AUDIT_TEMPLATES, defaultTemplateContent } from './index.js';

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;
const HAN = /[\u4E00-\u9FFF]/;
const KEY_PREFIX: Record<AuditDepartment, string> = {
  CUSTOMER_SERVICE: 'cs',
  SECURITY: 'se',
  CLEANING: 'cl',
  ENGINEERING: 'en',
  LANDSCAPING: 'ls',
  FIRE_SAFETY: 'fs',
};

const itemsOf = (d: AuditDepartment): AuditTemplateItem[] =>
  DEFAULT_AUDIT_TEMPLATES[d].content.sections.flatMap((s) => s.items);
const total = (items: AuditTemplateItem[]) => items.reduce((sum, i) => sum + i.maxScore, 0);

describe('default audit templates', () => {
  it('has one template per department, with names in both languages and 1–3 sections of that department', () => {
    expect(Object.keys(DEFAULT_AUDIT_TEMPLATES).sort()).toEqual([...AUDIT_DEPARTMENTS].sort());
    for (const d of AUDIT_DEPARTMENTS) {
      const t = DEFAULT_AUDIT_TEMPLATES[d];
      expect(t.name).toMatch(HAN);
      expect(t.nameEn).not.toMatch(CJK);
      expect(t.nameEn.trim()).not.toBe('');
      expect(t.content.sections.length).toBeGreaterThanOrEqual(1);
      expect(t.content.sections.length).toBeLessThanOrEqual(3);
      for (const s of t.content.sections) {
        expect(s.department).toBe(d);
        expect(s.key).toMatch(new RegExp(`^${KEY_PREFIX[d]}-[a-z]+(-[a-z]+)*$`));
        expect(s.title).toMatch(HAN);
        expect(s.titleEn.trim()).not.toBe('');
        expect(s.titleEn).not.toMatch(CJK);
        expect(s.items.length).toBeGreaterThan(0);
      }
    }
  });

  it('gives every department at least 15 items', () => {
    const counts = Object.fromEntries(AUDIT_DEPARTMENTS.map((d) => [d, itemsOf(d).length]));
    // The counts, stated so a change to the defaults shows here.
    expect(counts).toEqual({
      CUSTOMER_SERVICE: 17,
      SECURITY: 17,
      CLEANING: 16,
      ENGINEERING: 19,
      LANDSCAPING: 16,
      FIRE_SAFETY: 17,
    });
    for (const d of AUDIT_DEPARTMENTS) expect(counts[d]).toBeGreaterThanOrEqual(15);
  });

  it('numbers item keys by department prefix, unique across all templates, sections unique too', () => {
    const keys = AUDIT_DEPARTMENTS.flatMap((d) => itemsOf(d).map((i) => i.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (const d of AUDIT_DEPARTMENTS) {
      const items = itemsOf(d);
      items.forEach((item, n) => {
        // Numbered in order from 01 without gaps: the key is what answers refer to across versions.
        expect(item.key).toBe(`${KEY_PREFIX[d]}-${String(n + 1).padStart(2, '0')}`);
      });
    }
    const sectionKeys = AUDIT_DEPARTMENTS.flatMap((d) =>
      DEFAULT_AUDIT_TEMPLATES[d].content.sections.map((s) => s.key),
    );
    expect(new Set(sectionKeys).size).toBe(sectionKeys.length);
  });

  it('writes titles and standards in Chinese and English, the English without Chinese characters', () => {
    for (const d of AUDIT_DEPARTMENTS) {
      for (const i of itemsOf(d)) {
        for (const text of [i.title, i.standard, i.titleEn, i.standardEn]) expect(text.trim()).not.toBe('');
        expect(i.title, i.key).toMatch(HAN);
        expect(i.standard, i.key).toMatch(HAN);
        expect(i.titleEn, i.key).not.toMatch(CJK);
        expect(i.standardEn, i.key).not.toMatch(CJK);
        // A standard is a check, not a title repeated.
        expect(i.standard.length, i.key).toBeGreaterThan(i.title.length);
      }
    }
  });

  it('keeps every standard short enough for a phone screen (≤ 200 characters)', () => {
    for (const d of AUDIT_DEPARTMENTS) {
      for (const i of itemsOf(d)) {
        expect(i.standard.length, i.key).toBeLessThanOrEqual(200);
        expect(i.standardEn.length, i.key).toBeLessThanOrEqual(200);
        expect(i.title.length, i.key).toBeLessThanOrEqual(20);
        expect(i.titleEn.length, i.key).toBeLessThanOrEqual(60);
      }
    }
  });

  it('weighs items with positive integers and a sensible total per department', () => {
    const totals = Object.fromEntries(AUDIT_DEPARTMENTS.map((d) => [d, total(itemsOf(d))]));
    // Each department's total max score, stated so a change to the weights shows here.
    expect(totals).toEqual({
      CUSTOMER_SERVICE: 78,
      SECURITY: 77,
      CLEANING: 68,
      ENGINEERING: 85,
      LANDSCAPING: 65,
      FIRE_SAFETY: 94,
    });
    for (const d of AUDIT_DEPARTMENTS) {
      for (const i of itemsOf(d)) {
        expect(Number.isInteger(i.maxScore), i.key).toBe(true);
        expect(i.maxScore, i.key).toBeGreaterThanOrEqual(1);
        expect(i.maxScore, i.key).toBeLessThanOrEqual(10);
      }
      expect(totals[d]).toBeGreaterThanOrEqual(60);
      expect(totals[d]).toBeLessThanOrEqual(200);
    }
  });

  it('flags only a few critical items (一票否决), fire safety among them, each weighing the most', () => {
    const critical = Object.fromEntries(
      AUDIT_DEPARTMENTS.map((d) => [
        d,
        itemsOf(d)
          .filter((i) => i.critical)
          .map((i) => i.key),
      ]),
    );
    expect(critical).toEqual({
      CUSTOMER_SERVICE: [],
      SECURITY: ['se-14'],
      CLEANING: [],
      ENGINEERING: ['en-13'],
      LANDSCAPING: [],
      FIRE_SAFETY: ['fs-01', 'fs-05', 'fs-17'],
    });
    expect(critical.FIRE_SAFETY!.length).toBeGreaterThanOrEqual(2);
    expect(critical.FIRE_SAFETY).toEqual(expect.arrayContaining(['fs-01', 'fs-05']));
    for (const d of AUDIT_DEPARTMENTS) {
      expect(critical[d]!.length).toBeLessThanOrEqual(3);
      const items = itemsOf(d);
      const heaviestNormal = Math.max(...items.filter((i) => !i.critical).map((i) => i.maxScore));
      for (const i of items.filter((i) => i.critical)) {
        expect(i.maxScore, i.key).toBeGreaterThanOrEqual(heaviestNormal);
        // The standard says on its face that failing it fails the audit.
        expect(i.standard, i.key).toContain('一票否决');
        expect(i.standardEn, i.key).toContain('fails the audit');
      }
    }
  });

  it('combines the sections of the chosen departments into fresh content', () => {
    const all = defaultTemplateContent();
    expect(all.sections.map((s) => s.department)).toEqual(
      AUDIT_DEPARTMENTS.flatMap((d) => DEFAULT_AUDIT_TEMPLATES[d].content.sections.map(() => d)),
    );
    const itemCount = AUDIT_DEPARTMENTS.reduce((n, d) => n + itemsOf(d).length, 0);
    expect(all.sections.flatMap((s) => s.items)).toHaveLength(itemCount);

    const two = defaultTemplateContent(['FIRE_SAFETY', 'CLEANING', 'FIRE_SAFETY']);
    expect([...new Set(two.sections.map((s) => s.department))]).toEqual(['FIRE_SAFETY', 'CLEANING']);
    expect(two.sections).toEqual([
      ...DEFAULT_AUDIT_TEMPLATES.FIRE_SAFETY.content.sections,
      ...DEFAULT_AUDIT_TEMPLATES.CLEANING.content.sections,
    ]);
    expect(defaultTemplateContent([])).toEqual({ sections: [] });

    // Editing the copy leaves the shipped defaults alone.
    two.sections[0]!.items[0]!.maxScore = 99;
    two.sections[0]!.items.pop();
    expect(DEFAULT_AUDIT_TEMPLATES.FIRE_SAFETY.content.sections[0]!.items[0]!.maxScore).toBe(10);
    expect(defaultTemplateContent(['FIRE_SAFETY']).sections[0]!.items).toHaveLength(
      DEFAULT_AUDIT_TEMPLATES.FIRE_SAFETY.content.sections[0]!.items.length,
    );
  });
});
