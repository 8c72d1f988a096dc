import { useTranslation } from 'react-i18next';
import type { Language } from '../gql/graphql';

/** The language of files the API builds for this user (Excel templates and exports): the UI's. */
export function useFileLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('zh') ? 'ZH' : 'EN';
}
