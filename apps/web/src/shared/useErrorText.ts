import type { FieldProblem } from '@anju/domain';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { errorCode, errorReason, retryAfterSeconds } from './errors';

/**
 * Names of a form's fields in the current language, by path: `{ name: '小区名称' }` for a head
 * field, `'memberships.0.estateIds'` or the last segment (`estateIds`) for nested ones, or a
 * function for anything else (the monthly form's numerator labels).
 */
export type FieldLabels =
  | Readonly<Record<string, string>>
  | ((path: readonly (string | number)[]) => string | undefined);

function labelOf(labels: FieldLabels | undefined, path: readonly (string | number)[]): string | undefined {
  if (!labels) return undefined;
  if (typeof labels === 'function') return labels(path);
  const names = path.filter((s): s is string => typeof s === 'string');
  return (
    labels[path.join('.')] ??
    labels[names.join('.')] ??
    labels[names[names.length - 1] ?? ''] ??
    labels[names[0] ?? '']
  );
}

/**
 * The one translation of a field problem: `errors.reasons.<REASON>` with the field's translated
 * name and the reason's params (`{ max }`, `{ min }`, `{ char }`…). A reason this build does not
 * know (a newer API) falls back to the server's Chinese message in Chinese and to INVALID in
 * other languages, so English never shows Chinese.
 */
export function translateProblem(
  i18n: Translator,
  problem: Pick<FieldProblem, 'reason' | 'message' | 'params'>,
  field?: string,
  extra?: Record<string, string | number>,
): string {
  const { t, language } = i18n;
  const known = i18n.exists(`errors.reasons.${problem.reason}`);
  const values = {
    field: field ?? t('errors.field'),
    denominator: t('errors.denominator'),
    ...problem.params,
    ...extra,
  };
  if (!known) {
    if (language.startsWith('zh') && problem.message) return problem.message;
    return t('errors.reasons.INVALID', values);
  }
  const text = t(`errors.reasons.${problem.reason}` as 'errors.reasons.INVALID', values);
  // A reason without the params its text needs (an older API): no `{{max}}` on screen.
  if (!text.includes('{{')) return text;
  if (language.startsWith('zh') && problem.message) return problem.message;
  return t('errors.reasons.INVALID', values);
}

/** What the translators need of i18next (the instance, or a test's stand-in). */
export interface Translator {
  t: TFunction;
  language: string;
  exists(key: string): boolean;
}

/** Turns an API error into a sentence in the current language, by code (and reason). */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: CombinedError | null | undefined): string =>
      errorText({ t, language: i18n.language, exists: (k) => i18n.exists(k) }, error),
    [t, i18n],
  );
}

export function errorText(i18n: Translator, error: CombinedError | null | undefined): string {
  const { t, language } = i18n;
  const code = errorCode(error) ?? 'UNKNOWN';
  const reason = errorReason(error);
  if (reason && (code === 'CONFLICT' || code === 'UNAUTHENTICATED')) {
    const key = `errors.refusals.${reason}`;
    if (i18n.exists(key)) return t(key as 'errors.refusals.TAKEN');
    // An unknown reason: the server's sentence is Chinese, so only Chinese shows it.
    const message = error?.graphQLErrors[0]?.message;
    if (code === 'CONFLICT' && message && language.startsWith('zh')) return message;
  }
  if (code === 'TOO_MANY_REQUESTS') {
    const seconds = retryAfterSeconds(error);
    if (seconds != null) return t('errors.retryAfter', { seconds });
  }
  return t(`errors.${code}`);
}

/**
 * The message of one field problem in the current language; `labels` names the form's fields.
 * A caller may pass the field's name directly (second argument) where it knows it better.
 */
export function useProblemText(labels?: FieldLabels) {
  const { t, i18n } = useTranslation();
  return useCallback(
    (problem: FieldProblem, field?: string, extra?: Record<string, string | number>): string =>
      translateProblem(
        { t, language: i18n.language, exists: (k) => i18n.exists(k) },
        problem,
        field ?? labelOf(labels, problem.path),
        extra,
      ),
    [t, i18n, labels],
  );
}
