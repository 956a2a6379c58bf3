/**
 * At-home dosing (e.g. ketamine lozenges taken at home): the safety rules. An at-home session may
 * only be recorded as started once the client has a named support person who attested to the
 * support duties (the current text version); during the session timed check-ins are answered by
 * the client or the support person; a check-in left unanswered past its grace period is missed,
 * and "I need help" is urgent at once. Pure: missing or broken input refuses.
 */
import { conflict, invalid } from '../errors.ts';
import type { AlertDraft } from '../safety/alerts.ts';
import { checkVital } from './vitals.ts';

/** The version of the support duties text a support person attests to (SUPPORT_DUTIES). */
export const SUPPORT_ATTESTATION_VERSION = '2026-12-v1';

/** The support duties, per language, of SUPPORT_ATTESTATION_VERSION. */
export const SUPPORT_DUTIES: Record<'en' | 'nl', readonly string[]> = {
  en: [
    'I stay with the client, in the same home and awake, for the whole session and until the clinic says it has ended.',
    'I answer the timed check-ins by the link I was given when the client cannot.',
    'I call the crisis line or 112 at once when the client is in danger, and then tell the clinic.',
    'I do not let the client drive, cook or leave the house alone until the next day.',
  ],
  nl: [
    'Ik blijf bij de cliënt, in hetzelfde huis en wakker, de hele sessie en tot de kliniek zegt dat die voorbij is.',
    'Ik beantwoord de geplande check-ins via de link die ik kreeg als de cliënt dat niet kan.',
    'Ik bel meteen de crisislijn of 112 als de cliënt in gevaar is, en laat het daarna de kliniek weten.',
    'Ik laat de cliënt tot de volgende dag niet autorijden, koken of alleen de deur uit gaan.',
  ],
};

export const CHECKIN_MINUTES_MAX = 24 * 60;
export const CHECKINS_MAX = 12;
export const GRACE_MINUTES_MAX = 120;

export interface AtHomeSettings {
  /** Minutes after the start at which a check-in is due, ascending, e.g. [30, 60, 120]. */
  checkinMinutes: number[];
  /** Minutes after a due time before an unanswered check-in counts as missed. */
  graceMinutes: number;
  /** Whether a check-in asks for blood pressure and pulse. */
  askVitals: boolean;
}

/** Validates a program's at-home settings: 1–12 distinct whole minutes, ascending; a grace of 1–120. */
export function normalizeAtHomeSettings(input: {
  checkinMinutes: unknown;
  graceMinutes: unknown;
  askVitals: unknown;
}): AtHomeSettings {
  const list = input.checkinMinutes;
  if (!Array.isArray(list) || list.length === 0) throw invalid('checkinMinutes', 'needs-at-least-one-check');
  if (list.length > CHECKINS_MAX)
    throw invalid('checkinMinutes', 'holds-at-most-times', { checkinsMax: CHECKINS_MAX });
  for (const m of list)
    if (typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > CHECKIN_MINUTES_MAX)
      throw invalid('checkinMinutes', 'each-time-whole-number-minutes', {
        checkinMinutesMax: CHECKIN_MINUTES_MAX,
      });
  const sorted = [...(list as number[])].sort((a, b) => a - b);
  if (new Set(sorted).size !== sorted.length) throw invalid('checkinMinutes', 'holds-time-twice');
  const grace = input.graceMinutes;
  if (typeof grace !== 'number' || !Number.isInteger(grace) || grace < 1 || grace > GRACE_MINUTES_MAX)
    throw invalid('graceMinutes', 'minutes-from-one', { graceMinutesMax: GRACE_MINUTES_MAX });
  if (typeof input.askVitals !== 'boolean') throw invalid('askVitals', 'true-false');
  return { checkinMinutes: sorted, graceMinutes: grace, askVitals: input.askVitals };
}

export interface SupportPerson {
  name: string | null;
  phone: string | null;
  relationship: string | null;
  /** The name the support person typed under the duties. */
  attestedName: string | null;
  /** The tick "I have read and agree to the support duties". */
  agreed: boolean | null;
  attestedAt: string | null;
  attestationVersion: string | null;
}

const blank = (v: string | null | undefined) => !v?.trim();
const fold = (v: string) => v.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/** Why an at-home session cannot start for this support person (empty: it can). */
export function supportProblems(support: SupportPerson | null): string[] {
  if (!support) return ['The client has no named support person for at-home dosing.'];
  const out: string[] = [];
  if (blank(support.name)) out.push('The support person has no name.');
  if (blank(support.phone)) out.push('The support person has no phone number.');
  if (blank(support.relationship)) out.push('The support person has no stated relationship to the client.');
  if (support.agreed !== true)
    out.push('The support person did not tick their agreement to the support duties.');
  if (blank(support.attestedName)) out.push('The support person did not type their name under the duties.');
  else if (!blank(support.name) && fold(support.attestedName!) !== fold(support.name!))
    out.push('The name typed under the duties is not the support person’s name.');
  if (blank(support.attestedAt) || Number.isNaN(Date.parse(support.attestedAt!)))
    out.push('The time of the attestation is missing.');
  if (support.attestationVersion !== SUPPORT_ATTESTATION_VERSION)
    out.push(
      `The support person attested to ${support.attestationVersion ? `version ${support.attestationVersion}` : 'no version'} of the duties, not the current ${SUPPORT_ATTESTATION_VERSION}.`,
    );
  return out;
}

/** Refuses (409 with the reasons) to start an at-home session without an attested support person. */
export function assertAtHomeStartAllowed(support: SupportPerson | null): void {
  const reasons = supportProblems(support);
  if (reasons.length) throw conflict('at-home-cannot-start', { reasons: reasons.join(' ') }, { reasons });
}

export interface PlannedCheckin {
  offsetMinutes: number;
  dueAt: string;
}

/** The check-ins of a session that started at `startedAt`. */
export function plannedCheckins(settings: AtHomeSettings, startedAt: string): PlannedCheckin[] {
  const start = Date.parse(startedAt);
  if (Number.isNaN(start)) throw invalid('startedAt', 'date-time-plain');
  return settings.checkinMinutes.map((m) => ({
    offsetMinutes: m,
    dueAt: new Date(start + m * 60_000).toISOString(),
  }));
}

export const CHECKIN_ANSWERS = ['ok', 'help'] as const;
export type CheckinAnswer = (typeof CHECKIN_ANSWERS)[number];

export interface CheckinState {
  id: string;
  dueAt: string;
  answer: CheckinAnswer | null;
}

/** A check-in can be answered from this many minutes before it is due. */
export const OPEN_BEFORE_MINUTES = 10;

/**
 * Which check-in an answer belongs to: the earliest unanswered one that is open (due within
 * OPEN_BEFORE_MINUTES, or overdue: a late answer is still recorded). "I need help" is accepted at
 * any time: without an open check-in it is recorded on its own (null here: a new, unscheduled one).
 * "I'm OK" with no open check-in is refused.
 */
export function checkinFor(
  checkins: readonly CheckinState[],
  answer: CheckinAnswer,
  now: Date,
): CheckinState | null {
  const opensBy = now.getTime() + OPEN_BEFORE_MINUTES * 60_000;
  const open = [...checkins]
    .filter((c) => c.answer === null && Date.parse(c.dueAt) <= opensBy)
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
  if (open) return open;
  if (answer === 'help') return null;
  throw conflict('check-in-not-due');
}

/** Whether an unanswered check-in is missed at `now` (its grace period has passed). */
export function isMissed(c: CheckinState, graceMinutes: number, now: Date): boolean {
  return c.answer === null && Date.parse(c.dueAt) + graceMinutes * 60_000 <= now.getTime();
}

export interface CheckinVitals {
  systolic: number | null;
  diastolic: number | null;
  heartRate: number | null;
}

/**
 * The vitals of an answer: when the program asks for them, "I'm OK" needs blood pressure and pulse
 * (a typo-guarded whole number each); "I need help" never waits for them.
 */
export function checkinVitals(
  answer: CheckinAnswer,
  askVitals: boolean,
  input: { systolic?: unknown; diastolic?: unknown; heartRate?: unknown },
): CheckinVitals {
  const v = {
    systolic: checkVital('systolic', input.systolic),
    diastolic: checkVital('diastolic', input.diastolic),
    heartRate: checkVital('heartRate', input.heartRate),
  };
  if (askVitals && answer === 'ok')
    for (const f of ['systolic', 'diastolic', 'heartRate'] as const)
      if (v[f] === null) throw invalid(f, 'asked-by-program-every-check');
  if (v.systolic !== null && v.diastolic !== null && v.diastolic >= v.systolic)
    throw invalid('diastolic', 'below-systolic-pressure');
  return v;
}

/** The latest moment a support link works: the end of the session or the last grace period. */
export function supportLinkExpiry(sessionEndsAt: string, checkins: readonly PlannedCheckin[], grace: number) {
  const ends = Date.parse(sessionEndsAt);
  if (Number.isNaN(ends)) throw invalid('endsAt', 'date-time-plain');
  const last = Math.max(ends, ...checkins.map((c) => Date.parse(c.dueAt) + grace * 60_000));
  return new Date(last).toISOString();
}

const hhmm = (iso: string) => iso.slice(11, 16);

/** The alert of a check-in left unanswered past its grace period: high, once per check-in. */
export function alertForMissedCheckin(c: {
  id: string;
  dueAt: string;
  offsetMinutes: number | null;
}): AlertDraft {
  return {
    kind: 'at-home',
    severity: 'high',
    title: 'Missed at-home check-in',
    trigger: `The check-in due at ${hhmm(c.dueAt)} UTC${c.offsetMinutes === null ? '' : ` (+${c.offsetMinutes} min)`} was not answered within its grace period.`,
    triggerCode: 'home-missed',
    triggerParams: { dueAt: c.dueAt, offsetMinutes: c.offsetMinutes },
    dedupeKey: `home-checkin:${c.id}:missed`,
  };
}

/** The urgent alert of "I need help", raised at once. */
export function alertForHelp(c: { id: string; answeredBy: 'client' | 'support' }): AlertDraft {
  return {
    kind: 'at-home',
    severity: 'high',
    title: 'At-home session: I need help',
    trigger: `${c.answeredBy === 'client' ? 'The client' : 'The support person'} answered a check-in with "I need help".`,
    triggerCode: 'home-help',
    triggerParams: { answeredBy: c.answeredBy },
    dedupeKey: `home-checkin:${c.id}:help`,
  };
}

/** Shown with the crisis lines to the one who answered "I need help" (the alert is raised already). */
export const HELP_MESSAGE: Readonly<Record<'en' | 'nl', string>> = {
  en: 'The clinic has been alerted and will contact you. If anyone is in danger now, call 112 at once. You can also call one of the numbers below.',
  nl: 'De kliniek is gewaarschuwd en neemt contact met u op. Is er nu iemand in gevaar, bel dan meteen 112. U kunt ook een van de nummers hieronder bellen.',
};
