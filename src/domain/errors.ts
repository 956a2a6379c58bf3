/**
 * Domain errors. Domain and service code throws these; the HTTP layer maps each kind to a status
 * and an RFC 9457 problem document in one place (src/server/errors). Nothing here knows about HTTP.
 */
import { type ProblemCode, type ProblemParams, problemText } from './problem-codes.ts';

export type DomainErrorKind =
  | 'validation'
  | 'not-found'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'invalid-credentials'
  | 'totp-required'
  | 'two-factor-required'
  | 'rate-limited'
  | 'gone'
  /** A conditional request's condition matched more than one record (HTTP 412). */
  | 'precondition-failed';

export interface FieldIssue {
  /** Dotted path of the failing field, e.g. `emergencyContact.phone`. */
  field: string;
  message: string;
  /** Which part of a request held the field, when the input came from one. */
  in?: 'body' | 'query' | 'params';
  /** A stable code of the message (e.g. `maxLength`) and its values, for a client to translate. */
  code?: string;
  params?: Record<string, string | number>;
}

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  readonly fields: FieldIssue[];
  /** Extra members for the problem document (for a conflict: the current record). */
  readonly extra: Record<string, unknown>;
  /** The message's code and values (src/domain/problem-codes.ts), for a client to say it in its language. */
  readonly code: ProblemCode | undefined;
  readonly params: ProblemParams | undefined;

  constructor(
    kind: DomainErrorKind,
    message: string,
    fields: FieldIssue[] = [],
    extra: Record<string, unknown> = {},
    coded?: { code: ProblemCode; params: ProblemParams },
  ) {
    super(message);
    this.name = 'DomainError';
    this.kind = kind;
    this.fields = fields;
    this.extra = extra;
    this.code = coded?.code;
    this.params = coded?.params;
  }
}

/** A domain error whose message is a code's English text (src/domain/problem-codes.ts). */
const coded = (
  kind: DomainErrorKind,
  code: ProblemCode,
  params: ProblemParams,
  extra: Record<string, unknown> = {},
): DomainError => new DomainError(kind, problemText(code, params), [], extra, { code, params });

/**
 * Codes of the messages services use most, so a client can say them in its own language (as it
 * does the schema's, by keyword); any other message goes without a code, in English only.
 */
const MESSAGE_CODES: Readonly<Record<string, string>> = {
  'is required': 'required',
  'must not be blank': 'blank',
  'must not be empty': 'blank',
  'must be a whole number': 'integer',
  'must be a date YYYY-MM-DD': 'date',
  'is not a calendar date': 'date',
  'must be a date and time (ISO 8601)': 'date-time',
  'is not a point in time': 'date-time',
  'cannot be in the future': 'future',
  'is too far in the past': 'too-old',
  'is not an email address': 'email',
  'is not a member of this organization': 'not-member',
  'does not attend this session': 'not-attendee',
  'is not an IANA time zone (e.g. Europe/Amsterdam)': 'time-zone',
};

export const invalid = (field: string, message: string, where?: FieldIssue['in']): DomainError => {
  const code = MESSAGE_CODES[message];
  return new DomainError('validation', `${field}: ${message}`, [
    { field, message, ...(where ? { in: where } : {}), ...(code ? { code } : {}) },
  ]);
};

export const notFound = (what: string): DomainError => new DomainError('not-found', `${what} not found`);

export const conflict = (
  code: ProblemCode,
  params: ProblemParams = {},
  extra: Record<string, unknown> = {},
): DomainError => coded('conflict', code, params, extra);

/** A thing that existed and is no longer available (a used or expired link); `slug` names why. */
export const gone = (slug: string, code: ProblemCode, params: ProblemParams = {}): DomainError =>
  coded('gone', code, params, { type: `urn:threshold:problem:${slug}`, reason: slug });

export const forbidden = (code: ProblemCode, params: ProblemParams = {}): DomainError =>
  coded('forbidden', code, params);

/**
 * Runs every check and throws one validation error listing each field that failed, so a form
 * learns all its problems at once instead of one per attempt. Other errors pass through.
 */
export function checkAll<T extends Record<string, unknown>>(checks: { [K in keyof T]: () => T[K] }): T {
  const out: Partial<T> = {};
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(checks) as Array<keyof T>) {
    try {
      out[key] = checks[key]();
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'validation') throw error;
      issues.push(...error.fields);
    }
  }
  if (issues.length) {
    throw new DomainError('validation', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
  }
  return out as T;
}
