/**
 * The few error words a client's portal needs (sign-in links, check-ins, the application form,
 * consent, a questionnaire's answers), so a client reads them in their language without the
 * staff app's `errors` namespace (scripts/portal-budget.mjs). The English lives once, in
 * src/domain/field-codes.ts and problem-codes.ts; the Dutch in ../nl/portalErrors.ts.
 */
import { FIELD_TEXTS, type FieldCode } from '../../../../domain/field-codes.ts';
import { PROBLEM_TEXTS, type ProblemCode } from '../../../../domain/problem-codes.ts';

/** The service field codes a client's own screens can meet. */
export const PORTAL_FIELD_CODES = [
  'applicants-at-least-years-old',
  'at-most-100-characters',
  'at-most-200-characters',
  'below-systolic-pressure',
  'between-unit',
  'blank',
  'blank-empty',
  'date',
  'date-time',
  'email',
  'en-nl',
  'future',
  'in-future',
  'integer',
  'item-integer',
  'item-out-of-range',
  'lower-than-systolic-pressure',
  'max-length',
  'may-list-at-most',
  'not-future',
  'not-future-enter-when-values',
  'not-item-of',
  'not-question-form',
  'not-retreat-organization-offers',
  'one-of',
  'record-at-least-one-blood',
  'required',
  'ticked-sign',
  'too-old',
  'yes-no-unknown',
  'your-full-name-as-clinic',
] as const satisfies readonly FieldCode[];

/** The refusals a client can meet: links that closed, sign-in and too many attempts. */
export const PORTAL_PROBLEM_CODES = [
  'at-home-over',
  'check-in-answered',
  'check-in-link-expired',
  'check-in-not-due',
  'consent-document-changed',
  'consent-given-already',
  'invitation-closed',
  'link-withdrawn',
  'offer-expired',
  'portal-sign-in-needed',
  'questionnaire-answered',
  'questionnaire-closed',
  'questionnaire-window-closed',
  'sign-in-link-expired',
  'sign-in-link-used',
  'too-many-attempts',
] as const satisfies readonly ProblemCode[];

const pick = <T extends Record<string, string>, K extends keyof T>(all: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, all[k]])) as Pick<T, K>;

export const portalErrors = {
  /** The schema's words the portal's forms can meet (by ajv keyword, as errors.ts `fields`). */
  fields: {
    required: 'Is required.',
    type: 'Has the wrong kind of value.',
    enum: 'Must be one of: {{allowedValues}}.',
    maxLength_one: 'Must be at most {{count}} character long.',
    maxLength_other: 'Must be at most {{count}} characters long.',
    minLength_one: 'Must not be empty.',
    minLength_other: 'Must be at least {{count}} characters long.',
    maximum: 'Must be {{limit}} or less.',
    minimum: 'Must be {{limit}} or more.',
    format: 'Is not in the expected form ({{format}}).',
    formats: {
      email: 'Must be an email address (name@example.org).',
      date: 'Must be a date written YYYY-MM-DD.',
    },
  },
  fieldCodes: pick(FIELD_TEXTS, PORTAL_FIELD_CODES),
  codes: pick(PROBLEM_TEXTS, PORTAL_PROBLEM_CODES),
} as const;
