/**
 * A cohort's message before arrival: what to bring, travel, arrival time and preparation reading,
 * written by the organization per language. It falls due `daysBefore` days before the cohort's
 * start (in the organization's time zone) and stays due until the start day; each client gets it
 * once, in their language (else English, else the language the organization wrote).
 */
import { DateTime } from 'luxon';
import type { MessageLanguage } from './kinds.ts';

export interface PreArrivalText {
  language: string;
  daysBefore: number;
  subject: string;
  whatToBring: string;
  travel: string;
  arrival: string;
  reading: string;
}

/** True when the message is due on the day `now` falls on in `zone`. */
export function preArrivalDue(startDate: string, daysBefore: number, now: string, zone: string): boolean {
  const today = DateTime.fromISO(now, { zone: 'utc' }).setZone(zone).toISODate();
  const start = DateTime.fromISO(startDate, { zone });
  if (!today || !start.isValid || !Number.isInteger(daysBefore) || daysBefore < 0) return false;
  const from = start.minus({ days: daysBefore }).toISODate();
  return from !== null && today >= from && today <= startDate;
}

/** The text for a client: their language, else English, else the first written. */
export function textFor<T extends { language: string }>(texts: readonly T[], language: string): T | null {
  return (
    texts.find((t) => t.language === language) ??
    texts.find((t) => t.language === 'en') ??
    [...texts].sort((a, b) => a.language.localeCompare(b.language))[0] ??
    null
  );
}

const HEADINGS: Record<
  MessageLanguage,
  { greeting: (n: string) => string; bring: string; travel: string; arrival: string; reading: string }
> = {
  en: {
    greeting: (n) => `Dear ${n},`,
    bring: 'What to bring',
    travel: 'Travel',
    arrival: 'Arrival',
    reading: 'Preparation reading',
  },
  nl: {
    greeting: (n) => `Beste ${n},`,
    bring: 'Wat neemt u mee',
    travel: 'Reizen',
    arrival: 'Aankomst',
    reading: 'Ter voorbereiding lezen',
  },
};

/** The message body: a greeting and the four parts under their headings (empty parts left out). */
export function preArrivalBody(t: PreArrivalText, clientName: string): string {
  const h = HEADINGS[t.language === 'nl' ? 'nl' : 'en'];
  const parts: [string, string][] = [
    [h.bring, t.whatToBring],
    [h.travel, t.travel],
    [h.arrival, t.arrival],
    [h.reading, t.reading],
  ];
  return [
    h.greeting(clientName),
    ...parts.filter(([, text]) => text.trim()).map(([head, text]) => `${head}\n${text.trim()}`),
  ].join('\n\n');
}
