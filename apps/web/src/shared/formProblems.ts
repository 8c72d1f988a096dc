import type { FieldProblem } from '@anju/domain';
import type { FormInstance } from 'antd';
import i18next from 'i18next';
import type { CombinedError } from 'urql';
import { fieldProblems } from './errors';

/**
 * Puts each problem on the Form.Item whose name equals the problem's path (forms are named after
 * the GraphQL input, so `['memberships', 0, 'estateIds']` lands on that list row's field).
 * Returns the problems that match no field, for a general message.
 */
export function applyProblems(
  form: FormInstance,
  problems: readonly FieldProblem[],
  fields: readonly string[],
  text: (p: FieldProblem) => string,
): FieldProblem[] {
  const placed = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: FieldProblem[] = [];
  for (const p of problems) {
    const head = p.path[0];
    if (typeof head !== 'string' || !fields.includes(head)) {
      unplaced.push(p);
      continue;
    }
    const key = JSON.stringify(p.path);
    const entry = placed.get(key) ?? { name: p.path, errors: [] };
    entry.errors.push(text(p));
    placed.set(key, entry);
  }
  const entries = [...placed.values()];
  if (entries.length > 0) {
    form.setFields(entries);
    form.scrollToField(entries[0]!.name, { block: 'center' });
  }
  return unplaced;
}

/**
 * Puts an API error's field problems on the form; returns the sentence to show for the rest, or
 * null when every problem found its field.
 */
export function showServerProblems(
  form: FormInstance,
  error: CombinedError | undefined,
  fields: readonly string[],
  problemText: (p: FieldProblem) => string,
  errorText: (e: CombinedError | undefined) => string,
): string | null {
  const problems = fieldProblems(error);
  const unplaced = applyProblems(form, problems, fields, problemText);
  if (problems.length > 0 && unplaced.length === 0) return null;
  return unplaced.length > 0
    ? unplaced.map((p) => problemText(p)).join(i18next.t('common.listSeparator'))
    : errorText(error);
}
