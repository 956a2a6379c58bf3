/** Schemas of /api/organization/crisis-lines: the numbers a client is offered after a risk answer. */
import { type Static, Type } from '@sinclair/typebox';
import { PHONE_MAX_LENGTH } from '../domain/organizations/phone.ts';
import { CRISIS_LANGUAGES, CRISIS_LINE_TEXT_MAX_LENGTH, CRISIS_LINES_MAX } from '../domain/portal/crisis.ts';
import { StringEnum } from './common.ts';

export const CrisisContactSchema = Type.Object({
  name: Type.String(),
  /** As written (digits, spaces, +, -, parentheses); the web app dials its digits. */
  phone: Type.String(),
  hours: Type.Union([Type.String(), Type.Null()]),
});

export const CrisisLineSchema = Type.Object({
  language: StringEnum(CRISIS_LANGUAGES),
  name: Type.String(),
  phone: Type.String(),
  hours: Type.Union([Type.String(), Type.Null()]),
});
export type CrisisLineOut = Static<typeof CrisisLineSchema>;

export const CrisisLineListSchema = Type.Object({
  /** In the order clients see them (per language). */
  items: Type.Array(CrisisLineSchema),
});
export type CrisisLineList = Static<typeof CrisisLineListSchema>;

const LineInput = Type.Object(
  {
    language: Type.String({ description: `One of ${CRISIS_LANGUAGES.join(', ')}` }),
    name: Type.String({
      maxLength: CRISIS_LINE_TEXT_MAX_LENGTH * 2,
      description: 'e.g. 113 Zelfmoordpreventie',
    }),
    phone: Type.String({
      maxLength: PHONE_MAX_LENGTH * 2,
      description: 'Digits, spaces, +, - and parentheses, e.g. 0800-0113',
    }),
    hours: Type.Optional(
      Type.Union([Type.String({ maxLength: CRISIS_LINE_TEXT_MAX_LENGTH * 2 }), Type.Null()], {
        description: 'When it answers, e.g. "24/7"',
      }),
    ),
  },
  { additionalProperties: false },
);

export const CrisisLinesPutSchema = Type.Object(
  {
    lines: Type.Array(LineInput, {
      maxItems: CRISIS_LINES_MAX,
      description: 'Every line, in the order clients see them; replaces the stored list',
    }),
  },
  { additionalProperties: false },
);
export type CrisisLinesPut = Static<typeof CrisisLinesPutSchema>;
