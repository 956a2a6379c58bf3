/**
 * Label maps (value → words) that read the current language on every access, so the many
 * `LABELS[value]` call sites stay as they are: `translatedLabels('common:roleNames', ROLES)`.
 */
import { i18n } from './i18n.ts';
import { tKey } from './t-key.ts';

export { tKey };

const translate = i18n.t.bind(i18n) as unknown as (key: string) => string;

export function translatedLabels<K extends string>(prefix: string, keys: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keys) {
    Object.defineProperty(out, key, { enumerable: true, get: () => translate(`${prefix}.${key}`) });
  }
  return out;
}
