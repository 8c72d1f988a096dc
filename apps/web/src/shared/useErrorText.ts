import type { FieldProblem } from '@anju/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { errorCode, errorReason } from './errors';

/** Turns an API error into a sentence in the current language, by code. */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: CombinedError | null | undefined): string => {
      const code = errorCode(error) ?? 'UNKNOWN';
      // A CONFLICT that says why (nothing to submit, code taken…) is not a stale version.
      const reason = code === 'CONFLICT' ? errorReason(error) : null;
      if (reason && reason !== 'CONFLICT') {
        const key = `conflictReasons.${reason}`;
        if (i18n.exists(key)) return t(key as 'conflictReasons.TAKEN');
        const message = error?.graphQLErrors[0]?.message;
        if (message && i18n.language.startsWith('zh')) return message;
      }
      return t(`errors.${code}`);
    },
    [t, i18n],
  );
}

/**
 * The message of one field problem. Chinese uses the rule's own message (it names the field);
 * English uses the reason's translation, and the rule's message when the reason is unknown.
 */
export function useProblemText() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (problem: FieldProblem): string => {
      const key = `fieldReasons.${problem.reason}`;
      const translated = i18n.exists(key) ? t(key as 'fieldReasons.REQUIRED') : '';
      if (i18n.language.startsWith('zh')) return problem.message || translated || t('errors.BAD_USER_INPUT');
      return translated || problem.message || t('errors.BAD_USER_INPUT');
    },
    [t, i18n],
  );
}
