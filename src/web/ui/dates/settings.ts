/**
 * What the date fields take from the organization: the formatting locale (nl-NL, en-GB, en-US:
 * the order of day and month, 12- or 24-hour), the dayjs locale of the calendar's month and day
 * names, and the first day of the week.
 */
import 'dayjs/locale/nl';
import type { DatesProviderSettings } from '@mantine/dates';
import { useFormat } from '../../i18n/format.ts';
import { type DatePatterns, datePatterns } from './patterns.ts';

export interface DateFieldSettings {
  locale: string;
  language: 'nl' | 'en';
  patterns: DatePatterns;
  provider: DatesProviderSettings;
}

/** The settings for a formatting locale (pure, for tests). */
export function dateFieldSettings(locale: string): DateFieldSettings {
  const language = locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  // The United States start the week on Sunday; the Netherlands and the United Kingdom on Monday.
  const firstDayOfWeek = locale === 'en-US' ? 0 : 1;
  return { locale, language, patterns: datePatterns(locale), provider: { locale: language, firstDayOfWeek } };
}

/** The settings of the organization's formatter; re-renders when its locale or the language changes. */
export function useDateFieldSettings(): DateFieldSettings {
  return dateFieldSettings(useFormat().locale);
}
