import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Picks the current language from the domain's `{ zh, en }` label records. */
export function useLabel() {
  const { i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  return useCallback(
    (label: { zh: string; en: string } | undefined) => (label ? (zh ? label.zh : label.en) : ''),
    [zh],
  );
}
