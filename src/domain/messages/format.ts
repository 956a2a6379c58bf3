/**
 * Dates and times in messages: in the organization's time zone, in the client's language, 24-hour,
 * with the zone named ("Central European Time", "Midden-Europese tijd") so a client abroad is not
 * misled. The questionnaire list of a check-in email is built here too.
 */
import type { MessageLanguage } from './kinds.ts';

const LOCALES: Record<MessageLanguage, string> = { en: 'en-GB', nl: 'nl-NL' };

/** `{{place}}` of a session without a room. */
export const PLACE_TO_BE_CONFIRMED: Record<MessageLanguage, string> = {
  en: 'to be confirmed',
  nl: 'volgt nog',
};

export interface When {
  date: string;
  time: string;
  timezone: string;
}

export function formatWhen(iso: string, zone: string, lang: MessageLanguage): When {
  const at = new Date(iso);
  const locale = LOCALES[lang];
  const date = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: zone,
  }).format(at);
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(at);
  const timezone =
    new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? zone;
  return { date, time, timezone };
}

export interface QuestionnaireLine {
  /** What the client is asked to answer, e.g. "PHQ-9, baseline" (only in the body). */
  label: string;
  link: string;
  closesAt: string;
}

/**
 * The `{{questionnaires}}` block: each link, then which questionnaire and until when — the link
 * first, so the text before the first link (a plain-text preview) names no questionnaire.
 */
export function questionnaireList(
  lines: readonly QuestionnaireLine[],
  zone: string,
  lang: MessageLanguage,
): string {
  return lines
    .map((l) => {
      const w = formatWhen(l.closesAt, zone, lang);
      const until =
        lang === 'nl'
          ? `open tot ${w.date} ${w.time} (${w.timezone})`
          : `open until ${w.date} ${w.time} (${w.timezone})`;
      return `${l.link}\n${l.label} — ${until}`;
    })
    .join('\n\n');
}

export interface SessionLine {
  name: string;
  startsAt: string;
  place: string | null;
}

/** The `{{sessions}}` block: each appointment's name, date, time with the zone, and place. */
export function sessionList(lines: readonly SessionLine[], zone: string, lang: MessageLanguage): string {
  return lines
    .map((l) => {
      const w = formatWhen(l.startsAt, zone, lang);
      const at = lang === 'nl' ? 'om' : 'at';
      const place = `${lang === 'nl' ? 'Plaats' : 'Place'}: ${l.place ?? PLACE_TO_BE_CONFIRMED[lang]}`;
      return `${l.name}\n${w.date} ${at} ${w.time} (${w.timezone})\n${place}`;
    })
    .join('\n\n');
}
