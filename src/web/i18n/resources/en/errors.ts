/**
 * The server's problem documents in words: titles by problem type, field messages by their code
 * (the schema keyword, src/server/http/plain-messages.ts) with the values they name.
 */
import { FIELD_TEXTS } from '../../../../domain/field-codes.ts';
import { PROBLEM_TEXTS } from '../../../../domain/problem-codes.ts';

export const errors = {
  session: {
    signedOut: 'Signed out',
    sessionEnded: 'Your session has ended. Please sign in again.',
  },
  titles: {
    validation: 'Invalid request',
    unauthenticated: 'Not signed in',
    'invalid-credentials': 'Sign-in failed',
    'totp-required': 'Authentication code required',
    forbidden: 'Not allowed',
    'two-factor-required': 'Two-factor sign-in required',
    'not-found': 'Not found',
    conflict: 'Conflict',
    'rate-limited': 'Too many requests',
    gone: 'No longer available',
    'precondition-failed': 'Precondition failed',
    'bad-request': 'Bad request',
    'payload-too-large': 'Too large',
    'unsupported-media-type': 'Bad request',
    csrf: 'Not allowed',
    unavailable: 'Busy, try again',
    internal: 'Internal server error',
  },
  fields: {
    blank: 'Must not be blank.',
    integer: 'Must be a whole number.',
    date: 'Must be a date (YYYY-MM-DD).',
    'date-time': 'Must be a date and time.',
    future: 'Cannot be in the future.',
    'too-old': 'Is too far in the past.',
    email: 'Is not an email address.',
    'not-member': 'Is not a member of this organization.',
    'not-attendee': 'Does not attend this session.',
    'time-zone': 'Is not a time zone (e.g. Europe/Amsterdam).',
    required: 'Is required.',
    additionalProperties: 'Is not a known field.',
    enum: 'Must be one of: {{allowedValues}}.',
    const: 'Must be {{allowedValue}}.',
    type: 'Has the wrong kind of value.',
    maxLength_one: 'Must be at most {{count}} character long.',
    maxLength_other: 'Must be at most {{count}} characters long.',
    minLength_one: 'Must not be empty.',
    minLength_other: 'Must be at least {{count}} characters long.',
    maximum: 'Must be {{limit}} or less.',
    minimum: 'Must be {{limit}} or more.',
    exclusiveMaximum: 'Must be less than {{limit}}.',
    exclusiveMinimum: 'Must be more than {{limit}}.',
    multipleOf: 'Must be a multiple of {{multipleOf}}.',
    maxItems: 'Must have at most {{limit}} items.',
    minItems: 'Must have at least {{limit}} items.',
    maxProperties: 'Must have at most {{limit}} fields.',
    minProperties: 'Must have at least {{limit}} fields.',
    uniqueItems: 'Must not list the same item twice.',
    format: 'Is not in the expected form ({{format}}).',
    formats: {
      email: 'Must be an email address (name@example.org).',
      date: 'Must be a date written YYYY-MM-DD.',
      'date-time': 'Must be a date and time.',
      time: 'Must be a time (HH:MM).',
      uuid: 'Must be an id in the UUID format.',
      uri: 'Must be a web address (https://…).',
    },
    pattern: 'Is not in the expected form.',
  },
  /** A refusal's text by its code (src/domain/problem-codes.ts, where the English lives once). */
  codes: PROBLEM_TEXTS,
  /** Counts a code's words nest, each in its own plural form (Dutch `import-refused`). */
  importCounts: {
    problems_one: '{{count}} problem',
    problems_other: '{{count}} problems',
    rows_one: '{{count}} row',
    rows_other: '{{count}} rows',
  },
  /** A service's field message by its code (src/domain/field-codes.ts, where the English lives once). */
  fieldCodes: FIELD_TEXTS,
} as const;
