import { type FieldProblem, figureValues, problemsOf } from '@anju/domain';
import type { FigureInput, MonthlyFormFieldsFragment } from '../../gql/graphql';

export type MonthlyFormData = MonthlyFormFieldsFragment;
export type FormItem = MonthlyFormData['items'][number];

export interface LineValues {
  numerator?: number | null;
  denominator?: number | null;
  note?: string | null;
}

/** Form state: one line per indicator, keyed by code (`lines.house_intact.numerator`). */
export interface FormValues {
  lines: Record<string, LineValues>;
}

/** A line the estate may type into: reported, active, and not waiting for or locked by HQ. */
export function isEditable(item: FormItem): boolean {
  if (item.indicator.computed || item.indicator.retired) return false;
  const state = item.figure?.state;
  return state == null || state === 'DRAFT' || state === 'REJECTED';
}

/** Approved and in force: changed only through a correction (a new revision with a reason). */
export function isLocked(item: FormItem): boolean {
  return !item.indicator.computed && item.figure?.state === 'APPROVED';
}

export function initialValues(form: MonthlyFormData): FormValues {
  const lines: Record<string, LineValues> = {};
  for (const item of form.items) {
    if (!isEditable(item)) continue;
    lines[item.indicator.code] = {
      numerator: item.figure?.numerator ?? null,
      denominator: item.figure?.denominator ?? null,
      note: item.figure?.note ?? null,
    };
  }
  return { lines };
}

function blank(v: number | null | undefined): boolean {
  return v == null || Number.isNaN(v);
}

/**
 * What Save sends: every editable line with something typed, in form order. `codes[i]` is the
 * indicator of `figures[i]`, so the server's `['figures', i, …]` problems find their line.
 * A line with a denominator but no numerator cannot be sent (the numerator is a required
 * number): it is listed in `missingNumerator` for the form to flag before calling the API.
 */
export function figuresToSave(
  items: readonly FormItem[],
  values: FormValues,
): { figures: FigureInput[]; codes: string[]; missingNumerator: string[] } {
  const figures: FigureInput[] = [];
  const codes: string[] = [];
  const missingNumerator: string[] = [];
  for (const item of items) {
    if (!isEditable(item)) continue;
    const code = item.indicator.code;
    const line = values.lines?.[code];
    if (!line || (blank(line.numerator) && blank(line.denominator))) continue;
    if (blank(line.numerator)) {
      missingNumerator.push(code);
      continue;
    }
    const percent = item.indicator.unit === 'PERCENT';
    figures.push({
      indicatorCode: code,
      numerator: line.numerator!,
      denominator: percent && !blank(line.denominator) ? line.denominator : null,
      note: line.note?.trim() || null,
      // The line as the form read it: a save over someone else's newer one is refused (CONFLICT).
      ...(item.figure && { revision: item.figure.revision, version: item.figure.version }),
    });
    codes.push(code);
  }
  return { figures, codes, missingNumerator };
}

export type LineField = 'numerator' | 'denominator' | 'note';

export interface PlacedProblem {
  name: ['lines', string, LineField];
  problem: FieldProblem;
}

/**
 * Server problems of `saveMonthlyFigures` onto form fields. `['figures', i, 'numerator' |
 * 'denominator' | 'note']` land on that line's input; a whole-line problem (`['figures', i]`,
 * locked or submitted meanwhile, or its `indicatorCode`) lands on its numerator. The rest is
 * returned as unplaced, for a message above the form.
 */
export function placeProblems(
  problems: readonly FieldProblem[],
  codes: readonly string[],
): { placed: PlacedProblem[]; unplaced: FieldProblem[] } {
  const placed: PlacedProblem[] = [];
  const unplaced: FieldProblem[] = [];
  for (const p of problems) {
    const [head, index, field] = p.path;
    const code = typeof index === 'number' ? codes[index] : undefined;
    if (head !== 'figures' || !code) {
      unplaced.push(p);
      continue;
    }
    const target: LineField = field === 'denominator' || field === 'note' ? field : 'numerator';
    placed.push({ name: ['lines', code, target], problem: p });
  }
  return { placed, unplaced };
}

export interface LineProblem {
  field: 'numerator' | 'denominator';
  /** A reason of the domain's REASON_CODES (NEGATIVE, NOT_INTEGER, TOO_LARGE, EXCEEDS_DENOMINATOR…). */
  reason: string;
  params?: FieldProblem['params'];
  /** The domain's Chinese message (shown only when the web has no text for the reason). */
  message: string;
}

/**
 * What the API's `saveMonthlyFigures` would refuse in a typed line, checked as the user types with
 * the same domain schema (`figureValues`): negatives, decimals in a count, absurd sizes, and a
 * numerator above its denominator (every percentage of the monthly form is a share of its
 * denominator, at most 100%: DOMAIN.md's 完好率, 及时率, 合格率 …). A blank input is not a problem
 * here (a line may stay empty; a denominator without numerator is caught on save). The inputs
 * never clamp or round, so what is typed is what is judged.
 */
export function lineProblems(
  indicator: Pick<FormItem['indicator'], 'unit' | 'numeratorLabel' | 'denominatorLabel'>,
  line: LineValues | undefined,
): LineProblem[] {
  const n = line?.numerator;
  const d = line?.denominator;
  const percent = indicator.unit === 'PERCENT';
  if (blank(n) && (!percent || blank(d))) return [];
  const schema = figureValues({
    unit: indicator.unit,
    numeratorLabel: indicator.numeratorLabel,
    denominatorLabel: indicator.denominatorLabel ?? null,
  });
  // A blank side is left out of the check with a stand-in that passes every rule on its own.
  const numerator = blank(n) ? 0 : n;
  const denominator = percent ? (blank(d) ? Math.max(numerator ?? 0, 0) : d) : undefined;
  return problemsOf(schema, { numerator, denominator })
    .filter((p) => p.path[0] === 'numerator' || p.path[0] === 'denominator')
    .filter((p) => !(p.path[0] === 'numerator' ? blank(n) : blank(d)))
    .map((p) => ({
      field: p.path[0] as LineProblem['field'],
      reason: p.reason,
      message: p.message,
      ...(p.params && { params: p.params }),
    }));
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || (blankText(a) && blankText(b));
function blankText(v: unknown) {
  return (
    v == null || (typeof v === 'string' && v.trim() === '') || (typeof v === 'number' && Number.isNaN(v))
  );
}

/** Whether the typed lines differ from what was loaded (unsaved changes). */
export function hasUnsavedChanges(initial: FormValues, values: FormValues | undefined): boolean {
  if (!values?.lines) return false;
  for (const [code, line] of Object.entries(values.lines)) {
    const before = initial.lines[code];
    if (!before) continue;
    if (!same(line?.numerator, before.numerator)) return true;
    if (!same(line?.denominator, before.denominator)) return true;
    if (!same(line?.note?.trim?.() ?? line?.note, before.note)) return true;
  }
  return false;
}

/** Reported lines still open with nothing typed: submitting leaves them without a figure. */
export function blankLines(items: readonly FormItem[], values: FormValues | undefined): FormItem[] {
  return items.filter(
    (item) =>
      isEditable(item) && !item.indicator.computed && blank(values?.lines?.[item.indicator.code]?.numerator),
  );
}

/** A saved line the estate can still submit (a draft, or one HQ sent back). */
export function hasSubmittable(items: readonly FormItem[]): boolean {
  return items.some((i) => i.figure?.state === 'DRAFT' || i.figure?.state === 'REJECTED');
}
