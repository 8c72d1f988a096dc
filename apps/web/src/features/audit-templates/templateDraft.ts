/**
 * The template editor's state and its changes, kept pure so they are tested without a browser:
 * sections and items with a client-side `uid` (stable while keys are edited), adding with fresh
 * keys, moving up and down, removing, and the domain's checks (the same schemas as the API).
 */
import {
  AUDIT_DEPARTMENTS,
  type AuditDepartment,
  auditTemplateContentSchema,
  auditTemplateDraftSchema,
  type FieldProblem,
  problemsOf,
} from '@anju/domain';

export interface DraftItem {
  uid: string;
  key: string;
  title: string;
  standard: string;
  titleEn: string;
  standardEn: string;
  /** null while the field is cleared in the form. */
  maxScore: number | null;
  critical: boolean;
}

export interface DraftSection {
  uid: string;
  key: string;
  department: AuditDepartment;
  title: string;
  titleEn: string;
  items: DraftItem[];
}

export interface Draft {
  sections: DraftSection[];
}

/** The content as the API sends it (extra fields such as __typename are dropped). */
export interface ContentLike {
  sections: readonly {
    key: string;
    department: AuditDepartment;
    title: string;
    titleEn: string;
    items: readonly {
      key: string;
      title: string;
      standard: string;
      titleEn: string;
      standardEn: string;
      maxScore: number;
      critical: boolean;
    }[];
  }[];
}

/** Key prefixes of the departments, as the default templates use them (`cl-01`). */
export const DEPARTMENT_PREFIX: Record<AuditDepartment, string> = {
  CUSTOMER_SERVICE: 'cs',
  SECURITY: 'se',
  CLEANING: 'cl',
  ENGINEERING: 'en',
  LANDSCAPING: 'ls',
  FIRE_SAFETY: 'fs',
};

let uidCounter = 0;
const nextUid = () => `u${++uidCounter}`;

export function fromContent(content: ContentLike): Draft {
  return {
    sections: content.sections.map((s) => ({
      uid: nextUid(),
      key: s.key,
      department: s.department,
      title: s.title,
      titleEn: s.titleEn,
      items: s.items.map((i) => ({
        uid: nextUid(),
        key: i.key,
        title: i.title,
        standard: i.standard,
        titleEn: i.titleEn,
        standardEn: i.standardEn,
        maxScore: i.maxScore,
        critical: i.critical,
      })),
    })),
  };
}

/** What `updateAuditTemplate(input: { draft })` takes. */
export function toInput(draft: Draft) {
  return {
    sections: draft.sections.map((s) => ({
      key: s.key,
      department: s.department,
      title: s.title,
      titleEn: s.titleEn,
      items: s.items.map((i) => ({
        key: i.key,
        title: i.title,
        standard: i.standard,
        titleEn: i.titleEn,
        standardEn: i.standardEn,
        // The schema says REQUIRED for a cleared score.
        maxScore: i.maxScore as number,
        critical: i.critical,
      })),
    })),
  };
}

/** Whether two drafts hold the same content (order included; uids aside). */
export function sameContent(a: Draft, b: Draft): boolean {
  return JSON.stringify(toInput(a)) === JSON.stringify(toInput(b));
}

function freshKey(taken: ReadonlySet<string>, prefix: string, pad: number): string {
  let max = 0;
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  for (const k of taken) {
    const m = pattern.exec(k);
    if (m) max = Math.max(max, Number(m[1]));
  }
  let n = max + 1;
  let key = `${prefix}-${String(n).padStart(pad, '0')}`;
  while (taken.has(key)) key = `${prefix}-${String(++n).padStart(pad, '0')}`;
  return key;
}

const itemKeys = (draft: Draft) => new Set(draft.sections.flatMap((s) => s.items.map((i) => i.key)));
const sectionKeys = (draft: Draft) => new Set(draft.sections.map((s) => s.key));

/** Adds an empty section of `department` at the end; its key is the department's next free one. */
export function addSection(draft: Draft, department: AuditDepartment, title = ''): Draft {
  const key = freshKey(sectionKeys(draft), `${DEPARTMENT_PREFIX[department]}-part`, 1);
  return {
    sections: [...draft.sections, { uid: nextUid(), key, department, title, titleEn: '', items: [] }],
  };
}

/** Adds an item at the end of section `s`, keyed `<prefix>-NN` after the highest number in use. */
export function addItem(draft: Draft, s: number): Draft {
  const section = draft.sections[s];
  if (!section) return draft;
  const key = freshKey(itemKeys(draft), DEPARTMENT_PREFIX[section.department], 2);
  const item: DraftItem = {
    uid: nextUid(),
    key,
    title: '',
    standard: '',
    titleEn: '',
    standardEn: '',
    maxScore: 5,
    critical: false,
  };
  return updateSection(draft, s, { items: [...section.items, item] });
}

function move<T>(list: readonly T[], from: number, delta: number): T[] {
  const to = from + delta;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved!);
  return copy;
}

export function moveSection(draft: Draft, s: number, delta: -1 | 1): Draft {
  return { sections: move(draft.sections, s, delta) };
}

export function moveItem(draft: Draft, s: number, i: number, delta: -1 | 1): Draft {
  const section = draft.sections[s];
  if (!section) return draft;
  return updateSection(draft, s, { items: move(section.items, i, delta) });
}

export function removeSection(draft: Draft, s: number): Draft {
  return { sections: draft.sections.filter((_, n) => n !== s) };
}

export function removeItem(draft: Draft, s: number, i: number): Draft {
  const section = draft.sections[s];
  if (!section) return draft;
  return updateSection(draft, s, { items: section.items.filter((_, n) => n !== i) });
}

export function updateSection(draft: Draft, s: number, patch: Partial<Omit<DraftSection, 'uid'>>): Draft {
  return { sections: draft.sections.map((section, n) => (n === s ? { ...section, ...patch } : section)) };
}

export function updateItem(
  draft: Draft,
  s: number,
  i: number,
  patch: Partial<Omit<DraftItem, 'uid'>>,
): Draft {
  const section = draft.sections[s];
  if (!section) return draft;
  return updateSection(draft, s, {
    items: section.items.map((item, n) => (n === i ? { ...item, ...patch } : item)),
  });
}

export function totals(draft: Draft): {
  sections: number;
  items: number;
  maxScore: number;
  critical: number;
} {
  const items = draft.sections.flatMap((s) => s.items);
  return {
    sections: draft.sections.length,
    items: items.length,
    maxScore: items.reduce((sum, i) => sum + (i.maxScore ?? 0), 0),
    critical: items.filter((i) => i.critical).length,
  };
}

/**
 * The domain's problems of the draft, paths as the API reports them under `draft`
 * (`['sections', 0, 'items', 2, 'title']`). `publish` applies the rules of publishing: at least
 * one section, every section with items.
 */
export function draftProblems(draft: Draft, publish = false): FieldProblem[] {
  return problemsOf(publish ? auditTemplateContentSchema : auditTemplateDraftSchema, toInput(draft));
}

/** Problems by path (`sections.0.items.2.title`), the first of each. */
export function problemsByPath(problems: readonly FieldProblem[]): Map<string, FieldProblem> {
  const map = new Map<string, FieldProblem>();
  for (const p of problems) {
    const path = (p.path[0] === 'draft' ? p.path.slice(1) : p.path).join('.');
    if (!map.has(path)) map.set(path, p);
  }
  return map;
}

export { AUDIT_DEPARTMENTS };
