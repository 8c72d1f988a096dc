import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react';
import i18n, { type Language, storedLanguage, storeLanguage } from './i18n';
import { theme } from './theme';
import { useReducedMotion } from './useReducedMotion';

interface LocaleContextValue {
  lang: Language;
  setLang(lang: Language): void;
}

const LocaleContext = createContext<LocaleContextValue>({ lang: 'zh-CN', setLang: () => {} });

export function useLocale(): LocaleContextValue {
  return use(LocaleContext);
}

function applyLanguage(lang: Language) {
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
  document.title = i18n.t('app.name');
}

/** i18next, antd and dayjs switch together, so no component shows a mix of languages. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(() => {
    const initial = storedLanguage();
    applyLanguage(initial);
    return initial;
  });

  const setLang = useCallback((next: Language) => {
    storeLanguage(next);
    applyLanguage(next);
    setLangState(next);
  }, []);

  useEffect(() => applyLanguage(lang), [lang]);

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  // Drawers, popovers and messages appear without animation when the system asks for less motion.
  const reducedMotion = useReducedMotion();
  const themed = useMemo(
    () => (reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme),
    [reducedMotion],
  );
  return (
    <LocaleContext value={value}>
      <ConfigProvider
        locale={lang === 'zh-CN' ? zhCN : enUS}
        theme={themed}
        modal={{ styles: { header: { marginBottom: 20 } } }}
      >
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </LocaleContext>
  );
}
