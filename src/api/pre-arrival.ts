/** Schemas of a cohort's pre-arrival message, per language. */
import { type Static, Type } from '@sinclair/typebox';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';

export const PRE_ARRIVAL_LANGUAGES = ['en', 'nl'] as const;

const Text = (max: number) => Type.String({ maxLength: max });

export const PreArrivalBodySchema = Type.Object(
  {
    daysBefore: Type.Integer({
      minimum: 0,
      maximum: 120,
      description: 'Sent this many days before the start',
    }),
    subject: Type.String({ minLength: 1, maxLength: 200 }),
    whatToBring: Text(5000),
    travel: Text(5000),
    arrival: Text(2000),
    reading: Text(5000),
  },
  { additionalProperties: false },
);
export type PreArrivalBody = Static<typeof PreArrivalBodySchema>;

export const PreArrivalSchema = Type.Object({
  language: StringEnum(PRE_ARRIVAL_LANGUAGES),
  ...PreArrivalBodySchema.properties,
  updatedAt: IsoDateTime,
});
export const PreArrivalListSchema = Type.Object({ cohortId: Uuid, items: Type.Array(PreArrivalSchema) });
export type PreArrivalList = Static<typeof PreArrivalListSchema>;

export const CohortLanguageParams = Type.Object({ id: Uuid, language: StringEnum(PRE_ARRIVAL_LANGUAGES) });
