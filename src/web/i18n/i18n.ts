/**
 * The staff app's i18n: the shared i18next instance (./instance.ts) bound to React, so components
 * read text with `useT(ns)` and re-render when the language changes.
 */
import { setI18n, useTranslation } from 'react-i18next';
import { i18n, type Namespace } from './instance.ts';
import { en } from './resources/en/index.ts';
import { nl } from './resources/nl/index.ts';

export { currentLanguage, i18n, type Namespace } from './instance.ts';

/** Every namespace in both languages (the portal's instance starts with its own three). */
export const resources = { en, nl } as const;
for (const [language, namespaces] of Object.entries(resources))
  for (const [ns, bundle] of Object.entries(namespaces))
    i18n.addResourceBundle(language, ns, bundle, true, true);

setI18n(i18n);

/** `const { t } = useT('nav')` — typed keys of that namespace (and `common:` ones). */
export const useT = <N extends Namespace>(ns: N) => useTranslation([ns, 'common']);
