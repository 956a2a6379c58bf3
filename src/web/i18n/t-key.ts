/**
 * Translate an untyped key (e.g. one built from an API value); prefer the typed `t` in components.
 * On the shared instance only, so the portal can use it for `common:` keys without loading the
 * staff app's words (./instance.ts).
 */
import { i18n } from './instance.ts';

export const tKey = (key: string, values?: Record<string, unknown>): string =>
  (i18n.t.bind(i18n) as unknown as (k: string, v?: Record<string, unknown>) => string)(key, values);
