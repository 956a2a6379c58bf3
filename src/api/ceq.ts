/** Schemas of the CEQ: the organization's licensed copy and scoring with its key. */
import { type Static, Type } from '@sinclair/typebox';
import { CEQ_COPY_LIMITS } from '../domain/instruments/ceq/copy.ts';
import { CEQ_FACTOR_KEYS } from '../domain/instruments/ceq/facts.ts';
import { IsoDateTime } from './common.ts';

const ItemNumbers = Type.Array(Type.Integer({ minimum: 1, maximum: 26 }), { minItems: 1, maxItems: 26 });
const Key = Type.Object(
  Object.fromEntries(CEQ_FACTOR_KEYS.map((k) => [k, ItemNumbers])) as Record<string, typeof ItemNumbers>,
  { additionalProperties: false, description: 'Item numbers (1–26) per factor, from the licensed copy' },
);
const Text = Type.String({ minLength: 1, maxLength: CEQ_COPY_LIMITS.textMaxLength });

export const CeqCopyPutSchema = Type.Object(
  {
    language: Type.String({ pattern: '^[a-z]{2,3}(-[A-Z]{2})?$', description: 'BCP 47 tag of the texts' }),
    instructions: Type.Union([
      Type.String({ maxLength: CEQ_COPY_LIMITS.instructionsMaxLength }),
      Type.Null(),
    ]),
    items: Type.Array(Text, {
      minItems: 26,
      maxItems: 26,
      description: 'The 26 item texts in printed order',
    }),
    options: Type.Array(Text, { minItems: 6, maxItems: 6, description: 'Answer labels for 0…5' }),
    key: Key,
    licence: Type.String({ minLength: 3, maxLength: CEQ_COPY_LIMITS.licenceMaxLength }),
  },
  { additionalProperties: false },
);
export type CeqCopyPut = Static<typeof CeqCopyPutSchema>;

export const CeqCopySchema = Type.Object({
  installed: Type.Boolean(),
  language: Type.Union([Type.String(), Type.Null()]),
  instructions: Type.Union([Type.String(), Type.Null()]),
  items: Type.Array(Type.String()),
  options: Type.Array(Type.String()),
  key: Type.Union([Type.Record(Type.String(), Type.Array(Type.Integer())), Type.Null()]),
  licence: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Type.Union([IsoDateTime, Type.Null()]),
});
export type CeqCopy = Static<typeof CeqCopySchema>;

export const CeqScoreRequestSchema = Type.Object(
  {
    answers: Type.Record(
      Type.String({ pattern: '^q[0-9]{1,2}$' }),
      Type.Union([Type.Integer(), Type.Null()]),
      {
        description: 'Answers 0–5 keyed q1…q26',
      },
    ),
  },
  { additionalProperties: false },
);
export type CeqScoreRequest = Static<typeof CeqScoreRequestSchema>;

export const CeqScoreSchema = Type.Object({
  instrumentId: Type.String(),
  instrumentVersion: Type.String(),
  total: Type.Number(),
  subscales: Type.Record(Type.String(), Type.Number()),
});
