/**
 * The crisis-support message a client sees right after an answer that signals risk. Pure, so the
 * portal service and the web app's organization settings share the same default text.
 */

/** The longest crisis-support message an organization may write (after trimming). */
export const CRISIS_MESSAGE_MAX_LENGTH = 2000;

/** Shown after a risk answer when the organization has not written its own message. */
export const DEFAULT_CRISIS_MESSAGE: Readonly<Record<'en' | 'nl', string>> = {
  en: 'Thank you for telling us. If you are thinking about harming yourself or feel unsafe, please do not wait: contact your therapist now, or call your local emergency number if you are in immediate danger. A clinician from your care team has been notified.',
  nl: 'Dank u dat u dit met ons deelt. Denkt u aan zelfbeschadiging of voelt u zich onveilig, wacht dan niet: neem nu contact op met uw behandelaar, of bel 112 als u in direct gevaar bent. Een behandelaar van uw team is op de hoogte gebracht.',
};

/**
 * Shown with the crisis lines the moment a client gives a risk answer, before the answers are sent
 * (so it does not yet say that anyone was notified), when the organization has not written its own.
 */
export const DEFAULT_CRISIS_MESSAGE_BEFORE_SENDING: Readonly<Record<'en' | 'nl', string>> = {
  en: 'If you are thinking about harming yourself or feel unsafe, please do not wait: call one of the numbers below now, or your local emergency number if you are in immediate danger. Your care team will see your answers as soon as you send them.',
  nl: 'Denkt u aan zelfbeschadiging of voelt u zich onveilig? Wacht dan niet: bel nu een van de nummers hieronder, of 112 als u in direct gevaar bent. Uw behandelaar ziet uw antwoorden zodra u ze verstuurt.',
};

/** The languages an organization writes crisis lines in (the portal's languages). */
export const CRISIS_LANGUAGES = ['en', 'nl'] as const;
export type CrisisLanguage = (typeof CRISIS_LANGUAGES)[number];

export const CRISIS_LINE_TEXT_MAX_LENGTH = 120;
/** At most this many lines in all: a client in crisis needs a short list. */
export const CRISIS_LINES_MAX = 20;

/** A number a client can call, as shown in the portal. */
export interface CrisisContact {
  name: string;
  phone: string;
  /** When it answers, e.g. "24/7"; null when not given. */
  hours: string | null;
}

export interface CrisisLine extends CrisisContact {
  language: CrisisLanguage;
}

/** Shown when the organization has no crisis line: the European emergency number. */
export const EMERGENCY_LINE: Readonly<Record<CrisisLanguage, CrisisContact>> = {
  en: { name: 'Emergency number (immediate danger)', phone: '112', hours: '24/7' },
  nl: { name: 'Alarmnummer (direct gevaar)', phone: '112', hours: '24 uur per dag' },
};

/**
 * What a client sees after a risk answer: the organization's lines in the client's language, in
 * order (or its lines in any language when it wrote none in this one: a number is better than none);
 * the emergency number when it has none at all; then the clinic's own phone, when set and not
 * already listed.
 */
export function crisisContactsFor(
  lines: readonly CrisisLine[],
  language: CrisisLanguage,
  clinic: { name: string; phone: string | null },
): CrisisContact[] {
  const own = lines.filter((l) => l.language === language);
  const chosen: CrisisContact[] = (own.length ? own : lines).map(({ name, phone, hours }) => ({
    name,
    phone,
    hours,
  }));
  const out = chosen.length ? chosen : [EMERGENCY_LINE[language]];
  const digits = (p: string) => p.replace(/\D/g, '');
  if (clinic.phone && !out.some((c) => digits(c.phone) === digits(clinic.phone!))) {
    out.push({ name: clinic.name, phone: clinic.phone, hours: null });
  }
  return out;
}
