/**
 * An alert's title in the UI language, from the code the server derives from it (titleCode);
 * a title without a code is shown as the server wrote it.
 */
import type { Alert } from '../../api/alerts.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { formatDate } from '../ui/format.ts';

export function alertTitle(alert: Pick<Alert, 'title' | 'titleCode'>): string {
  const code = alert.titleCode;
  // English keeps the server's own words.
  if (!code || currentLanguage() === 'en') return alert.title;
  const title = tKey(`alertTitles:${code.code}`, { instrument: code.params.instrument ?? '' });
  return code.params.importedOn
    ? tKey('alertTitles:imported', { title, date: formatDate(code.params.importedOn) })
    : title;
}
