/**
 * Domain errors. Domain and service code throws these; the HTTP layer maps each kind to a status
 * and an RFC 9457 problem document in one place (src/server/errors). Nothing here knows about HTTP.
 */
import { type FieldCode, fieldText } from './field-codes.ts';
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

/** A value of a field message: a number stays one, anything else is said as text. */
const paramValue = (value: unknown): string | number => (typeof value === 'number' ? value : String(value));

/**
 * A field's issue from its code (src/domain/field-codes.ts): the English message for API users,
 * the code and values for a client to say it in its own language.
 */
export function fieldIssue(
  field: string,
  code: FieldCode,
  values: Readonly<Record<string, unknown>> = {},
  where?: FieldIssue['in'],
): FieldIssue {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) params[name] = paramValue(value);
  return {
    field,
    message: fieldText(code, params),
    ...(where ? { in: where } : {}),
    code,
    ...(Object.keys(params).length ? { params } : {}),
  };
}

/** A validation error naming one field, by its code and values. */
export const invalid = (
  field: string,
  code: FieldCode,
  values: Readonly<Record<string, unknown>> = {},
  where?: FieldIssue['in'],
): DomainError => {
  const issue = fieldIssue(field, code, values, where);
  return new DomainError('validation', `${field}: ${issue.message}`, [issue]);
};

/** A caught validation error said again of another field (a header, a nested request member). */
export const reField = (err: DomainError, field: string, where?: FieldIssue['in']): DomainError => {
  const issue = err.fields[0];
  const fields = issue ? [{ ...issue, field, ...(where ? { in: where } : {}) }] : [];
  return new DomainError('validation', `${field}: ${issue?.message ?? err.message}`, fields);
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

/** A refusal of who is asking (not signed in, a wrong password, a code needed), by its code. */
export const refused = (
  kind: 'unauthenticated' | 'invalid-credentials' | 'totp-required' | 'two-factor-required',
  code: ProblemCode,
  params: ProblemParams = {},
): DomainError => coded(kind, code, params);

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
