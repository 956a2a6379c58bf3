/** Schemas of a client's questionnaire responses. */
import { type Static, Type } from '@sinclair/typebox';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';
import { AnswersSchema, SafetyFlagSchema } from './instruments.ts';

export const RESPONSE_SOURCES = ['staff', 'portal', 'import', 'fhir'] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];

export const ResponseSchema = Type.Object({
  id: Uuid,
  clientId: Uuid,
  instrumentId: Type.String(),
  instrumentVersion: Type.String(),
  language: Type.String(),
  answers: Type.Record(Type.String(), Type.Union([Type.Integer(), Type.Null()])),
  total: Type.Number(),
  severity: Type.Union([Type.String(), Type.Null()]),
  subscales: Type.Record(Type.String(), Type.Number()),
  flags: Type.Array(SafetyFlagSchema),
  administeredAt: IsoDateTime,
  source: StringEnum(RESPONSE_SOURCES),
  enteredBy: Type.Union([Type.Object({ userId: Uuid, name: Type.String() }), Type.Null()]),
  createdAt: IsoDateTime,
  scoredAt: IsoDateTime,
});
export type QuestionnaireResponse = Static<typeof ResponseSchema>;

export const ResponseCreateSchema = Type.Object(
  {
    instrumentId: Type.String({ maxLength: 50 }),
    answers: AnswersSchema,
    administeredAt: Type.Optional(
      Type.String({
        format: 'date-time',
        description: 'When the client answered (default: now); not in the future',
      }),
    ),
    language: Type.Optional(
      Type.String({
        maxLength: 20,
        description:
          'The language of the form the client answered (default en): English or a translation this organization holds',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ResponseCreate = Static<typeof ResponseCreateSchema>;

export const ResponseListQuerySchema = Type.Object(
  { instrumentId: Type.Optional(Type.String({ maxLength: 50 })) },
  { additionalProperties: false },
);

export const ResponseListSchema = Type.Object({ items: Type.Array(ResponseSchema) });
export const ClientResponseParams = Type.Object({ id: Uuid, responseId: Uuid });
