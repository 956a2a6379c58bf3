/** Typed keys: `t('nav:items.today')` is checked against the English resources. */
import 'i18next';
import type { en } from './resources/en/index.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
    returnNull: false;
  }
}
