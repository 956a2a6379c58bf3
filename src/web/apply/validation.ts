/**
 * The application form's checks, all at once per section (the server stops at the first), in the
 * same rules as the server's (src/domain/front-office/application.ts), and the server's refusals
 * (problem+json field names) turned into the same plain words at the same fields.
 */
import { ageOn, MAX_AGE, MAX_MEDICATIONS, MIN_AGE } from '../../domain/front-office/application.ts';
import { ApiError } from '../http/problem.ts';
import type { ApplyT } from './text.ts';

export const STEPS = ['details', 'health', 'medications'] as const;
export type Step = (typeof STEPS)[number];

export interface Details {
  givenName: string;
  familyName: string;
  email: string;
  /** 'YYYY-MM-DD' (a date input's value), or '' when empty or not a date. */
  dateOfBirth: string;
  language: string;
}

export interface MedicationRow {
  name: string;
  dose: string;
  frequency: string;
}

/** Field path (as the server names it: `answers.lithium`, `medications.0.name`) → message. */
export type FieldErrors = Record<string, string>;

const NAME_MAX = 100;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date 'YYYY-MM-DD' in a time zone (the organization's: the server checks ages there). */
export function todayIn(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

function nameError(value: string, missing: string, t: ApplyT): string | null {
  const v = value.trim();
  if (!v) return missing;
  return v.length > NAME_MAX ? t('errors.nameTooLong', { max: NAME_MAX }) : null;
}

function emailError(value: string, t: ApplyT): string | null {
  const v = value.trim();
  if (!v) return t('errors.emailMissing');
  return v.length > 254 || !EMAIL.test(v) ? t('errors.emailInvalid') : null;
}

function dateOfBirthError(value: string, today: string, t: ApplyT): string | null {
  const v = value.trim();
  if (!v) return t('errors.dateOfBirthMissing');
  const at = new Date(`${v}T00:00:00Z`);
  if (!DATE.test(v) || Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== v) {
    return t('errors.dateOfBirthInvalid');
  }
  if (v > today) return t('errors.dateOfBirthFuture');
  const age = ageOn(v, today);
  if (age < MIN_AGE) return t('errors.dateOfBirthTooYoung', { min: MIN_AGE });
  return age > MAX_AGE ? t('errors.dateOfBirthTooOld') : null;
}

const collect = (entries: [string, string | null][]): FieldErrors =>
  Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== null));

export function validateDetails(d: Details, today: string, t: ApplyT): FieldErrors {
  return collect([
    ['givenName', nameError(d.givenName, t('errors.givenName'), t)],
    ['familyName', nameError(d.familyName, t('errors.familyName'), t)],
    ['email', emailError(d.email, t)],
    ['dateOfBirth', dateOfBirthError(d.dateOfBirth, today, t)],
    ['language', d.language === 'nl' || d.language === 'en' ? null : t('errors.language')],
  ]);
}

export function validateAnswers(
  questionIds: readonly string[],
  answers: Readonly<Record<string, string>>,
  t: ApplyT,
): FieldErrors {
  return collect(questionIds.map((id) => [`answers.${id}`, answers[id] ? null : t('errors.answer')]));
}

export function validateMedications(rows: readonly MedicationRow[], t: ApplyT): FieldErrors {
  if (rows.length > MAX_MEDICATIONS) {
    return { medications: t('errors.medicationsTooMany', { max: MAX_MEDICATIONS }) };
  }
  return collect(
    rows.map((r, i) => [`medications.${i}.name`, r.name.trim() ? null : t('errors.medicationName')]),
  );
}

/** The section a field belongs to. */
export function stepOf(field: string): Step {
  if (field.startsWith('answers')) return 'health';
  if (field.startsWith('medications')) return 'medications';
  return 'details';
}

/** A server refusal of one field in the form's own words. */
function plainWords(field: string, message: string, t: ApplyT): string {
  const tooLong = /at most|more than/i.test(message);
  if (field === 'givenName' || field === 'familyName') {
    return tooLong ? t('errors.nameTooLong', { max: NAME_MAX }) : t(`errors.${field}`);
  }
  if (field === 'email') return t('errors.emailInvalid');
  if (field === 'dateOfBirth') {
    if (/future/i.test(message)) return t('errors.dateOfBirthFuture');
    if (/at least/i.test(message)) return t('errors.dateOfBirthTooYoung', { min: MIN_AGE });
    if (/too far/i.test(message)) return t('errors.dateOfBirthTooOld');
    return t('errors.dateOfBirthInvalid');
  }
  if (field === 'language') return t('errors.language');
  if (field === 'cohortId') return t('errors.cohortId');
  if (field.startsWith('answers.')) return t('errors.answer');
  if (field === 'medications') return t('errors.medicationsTooMany', { max: MAX_MEDICATIONS });
  if (/^medications\.\d+\.name$/.test(field)) return t('errors.medicationName');
  return t('errors.other');
}

/** The fields a 400 problem names, in plain words; empty for any other failure. */
export function problemFieldErrors(error: unknown, t: ApplyT): FieldErrors {
  if (!(error instanceof ApiError) || error.status !== 400) return {};
  const out: FieldErrors = {};
  for (const e of error.fieldErrors) out[e.field] ??= plainWords(e.field, e.message, t);
  return out;
}

/** The first section, in order, with an error (null when none). */
export function firstStepWithError(errors: FieldErrors): Step | null {
  const steps = new Set(Object.keys(errors).map(stepOf));
  return STEPS.find((s) => steps.has(s)) ?? null;
}
