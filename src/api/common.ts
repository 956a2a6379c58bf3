/** Schemas shared by every feature: the problem document, ids, timestamps. */
import { type TSchema, type TUnsafe, Type } from '@sinclair/typebox';

/** A string enum as JSON Schema `enum` (one clear error, "must be one of …", instead of anyOf noise). */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string; default?: T[number] } = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

export const FieldIssueSchema = Type.Object({
  field: Type.String({ description: 'Dotted path of the failing field, e.g. "emergencyContact.phone"' }),
  in: Type.Optional(Type.Union([Type.Literal('body'), Type.Literal('query'), Type.Literal('params')])),
  message: Type.String({ description: 'The problem in English words' }),
  code: Type.Optional(
    Type.String({ description: 'A stable code of the message (e.g. "maxLength"), for translating it' }),
  ),
  params: Type.Optional(
    Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
      description: 'The values the message names (e.g. { "limit": 100 })',
    }),
  ),
});

/** RFC 9457 problem details, with `errors` naming each failing field. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(FieldIssueSchema)),
  },
  { $id: 'Problem', additionalProperties: true },
);

export const Uuid = Type.String({ format: 'uuid' });
/** The largest integer both databases store in an integer column (PostgreSQL int4). */
export const INT_MAX = 2_147_483_647;
export const IsoDateTime = Type.String({ format: 'date-time' });
export const IdParams = Type.Object({ id: Uuid });

export const problemResponses = {
  400: Type.Ref('Problem'),
  401: Type.Ref('Problem'),
  403: Type.Ref('Problem'),
  404: Type.Ref('Problem'),
  409: Type.Ref('Problem'),
  429: Type.Ref('Problem'),
} as const;

/** Helper: a 200 (or other) response plus the problem responses, for route schemas. */
export function responses<R extends Record<number, TSchema>>(ok: R) {
  return { ...problemResponses, ...ok };
}
