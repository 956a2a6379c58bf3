/**
 * An application from the public form, checked before anything is stored: names, email, date of
 * birth (an adult), language, and a self-report answer to every item of the program's screening
 * checklist (yes, no or "I don't know"). Each refusal names its field.
 */
import { invalid } from '../errors.ts';
import { type Checklist, SCREENING_ANSWERS, type ScreeningAnswer } from '../screening/types.ts';

export const APPLICATION_LANGUAGES = ['en', 'nl'] as const;
export type ApplicationLanguage = (typeof APPLICATION_LANGUAGES)[number];

export const APPLICATION_STATUSES = ['submitted', 'eligible', 'ineligible', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Retreats take adults only. */
export const MIN_AGE = 18;
export const MAX_AGE = 120;
export const MAX_MEDICATIONS = 30;

export interface ReportedMedication {
  name: string;
  dose: string;
  frequency: string;
}

export interface ApplicationInput {
  givenName: string;
  familyName: string;
  email: string;
  dateOfBirth: string;
  language: string;
  answers: Record<string, string>;
  medications?: readonly { name: string; dose?: string; frequency?: string }[] | undefined;
}

export interface Application {
  givenName: string;
  familyName: string;
  /** Lower case. */
  email: string;
  dateOfBirth: string;
  language: ApplicationLanguage;
  answers: Record<string, ScreeningAnswer>;
  medications: ReportedMedication[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function name(field: string, value: string): string {
  const v = value.trim();
  if (!v) throw invalid(field, 'required');
  if (v.length > 100) throw invalid(field, 'at-most-100-characters');
  return v;
}

/** Age in whole years on `today` of someone born on `dob` (both 'YYYY-MM-DD'). */
export function ageOn(dob: string, today: string): number {
  const [y1, m1, d1] = dob.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = today.split('-').map(Number) as [number, number, number];
  return y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0);
}

function dateOfBirth(value: string, today: string): string {
  const v = value.trim();
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(v) ||
    Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ||
    new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v
  ) {
    throw invalid('dateOfBirth', 'date');
  }
  if (v > today) throw invalid('dateOfBirth', 'in-future');
  const age = ageOn(v, today);
  if (age < MIN_AGE) throw invalid('dateOfBirth', 'applicants-at-least-years-old', { minAge: MIN_AGE });
  if (age > MAX_AGE) throw invalid('dateOfBirth', 'too-old');
  return v;
}

/** Every checklist item answered yes, no or unknown; no answer to an item the checklist lacks. */
export function checkSelfReport(checklist: Checklist, answers: Record<string, string>) {
  const known = new Set(checklist.items.map((i) => i.id));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) throw invalid(`answers.${key}`, 'not-question-form');
  }
  const out: Record<string, ScreeningAnswer> = {};
  for (const item of checklist.items) {
    const a = answers[item.id];
    if (a === undefined) throw invalid(`answers.${item.id}`, 'required');
    if (!(SCREENING_ANSWERS as readonly string[]).includes(a)) {
      throw invalid(`answers.${item.id}`, 'yes-no-unknown');
    }
    out[item.id] = a as ScreeningAnswer;
  }
  return out;
}

export function normalizeApplication(
  input: ApplicationInput,
  checklist: Checklist,
  today: string,
): Application {
  const givenName = name('givenName', input.givenName);
  const familyName = name('familyName', input.familyName);
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) throw invalid('email', 'email');
  const dob = dateOfBirth(input.dateOfBirth, today);
  if (!(APPLICATION_LANGUAGES as readonly string[]).includes(input.language)) {
    throw invalid('language', 'en-nl');
  }
  const answers = checkSelfReport(checklist, input.answers);
  const meds = input.medications ?? [];
  if (meds.length > MAX_MEDICATIONS)
    throw invalid('medications', 'may-list-at-most', { maxMedications: MAX_MEDICATIONS });
  const medications = meds.map((m, i) => {
    const n = m.name.trim();
    if (!n) throw invalid(`medications.${i}.name`, 'required');
    if (n.length > 200) throw invalid(`medications.${i}.name`, 'at-most-200-characters');
    return {
      name: n,
      dose: (m.dose ?? '').trim().slice(0, 100),
      frequency: (m.frequency ?? '').trim().slice(0, 100),
    };
  });
  return {
    givenName,
    familyName,
    email,
    dateOfBirth: dob,
    language: input.language as ApplicationLanguage,
    answers,
    medications,
  };
}

/** What identifies one person across submissions (the server stores its SHA-256). */
export const applicantKeySource = (a: Pick<Application, 'email' | 'dateOfBirth'>): string =>
  `${a.email.trim().toLowerCase()}|${a.dateOfBirth}`;
