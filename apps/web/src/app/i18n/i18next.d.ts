import 'i18next';
import type { Messages } from './zh-CN';

// Typed keys: a misspelt or missing label is a compile error, not a blank on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
