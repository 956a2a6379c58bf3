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
