/** Schemas of /api/instruments: the registry as published to the web app and to other systems. */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { StringEnum } from './common.ts';

export const VerificationStatusSchema = StringEnum(['confirmed', 'secondary', 'unverified'] as const);

const Sourced = <T extends TSchema>(value: T) =>
  Type.Object({ value, status: VerificationStatusSchema, source: Type.String() });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const ItemSchema = Type.Object({
  linkId: Type.String(),
  number: Type.Integer(),
  text: Type.String(),
  options: Type.Array(
    Type.Object({
      value: Type.Integer(),
      label: Type.String(),
      loinc: Type.Optional(Sourced(Type.String())),
    }),
  ),
  required: Type.Boolean(),
  scored: Type.Boolean(),
  loinc: Type.Optional(Sourced(Type.String())),
});

export const SeverityBandSchema = Type.Object({
  min: Type.Number(),
  max: Type.Number(),
  label: Type.String(),
});

export const InstrumentSummarySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  shortName: Type.String(),
  version: Type.String(),
  recallPeriod: Type.String(),
  itemCount: Type.Integer(),
  languages: Type.Array(Type.String()),
  licenceStatus: VerificationStatusSchema,
  textStatus: VerificationStatusSchema,
  totalRange: Type.Object({ min: Type.Number(), max: Type.Number() }),
});
export type InstrumentSummary = Static<typeof InstrumentSummarySchema>;

export const InstrumentSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  shortName: Type.String(),
  version: Type.String(),
  authors: Type.String(),
  citation: Sourced(Type.String()),
  licence: Sourced(Type.String()),
  recallPeriod: Type.String(),
  languages: Type.Array(Type.String()),
  textSource: Sourced(Type.String()),
  instructions: Nullable(Type.String()),
  items: Type.Array(ItemSchema),
  scoringRules: Type.Array(Type.String()),
  missingRule: Type.String(),
  totalRange: Type.Object({ min: Type.Number(), max: Type.Number() }),
  bands: Nullable(Sourced(Type.Array(SeverityBandSchema))),
  change: Type.Object({
    better: StringEnum(['lower', 'higher', 'none'] as const),
    response: Nullable(Sourced(Type.Object({ percent: Type.Number() }))),
    remission: Nullable(Sourced(Type.Object({ maxTotal: Type.Number() }))),
    reliableChange: Nullable(
      Sourced(Type.Object({ points: Type.Number(), on: Type.Optional(Type.String()) })),
    ),
    mcid: Nullable(Sourced(Type.Object({ points: Type.Number(), upTo: Type.Optional(Type.Number()) }))),
    reliability: Type.Array(
      Sourced(
        Type.Object({
          kind: StringEnum(['test-retest', 'internal-consistency'] as const),
          r: Type.Number(),
          sd: Nullable(Type.Number()),
          sample: Type.String(),
        }),
      ),
    ),
  }),
  safety: Type.Array(
    Type.Object({
      flag: Type.String(),
      description: Type.String(),
      status: VerificationStatusSchema,
      source: Type.String(),
    }),
  ),
  loinc: Type.Object({ panel: Nullable(Sourced(Type.String())), total: Nullable(Sourced(Type.String())) }),
  /** What was found when a translation was looked for, installed or not, and why. */
  translationRecords: Type.Array(
    Type.Object({
      language: Type.String(),
      installed: Type.Boolean(),
      status: VerificationStatusSchema,
      licence: Type.String(),
      copies: Type.Array(Type.Object({ source: Type.String(), note: Type.String() })),
      disagreements: Type.Array(Type.String()),
      decision: Type.String(),
    }),
  ),
  /** The language of the texts (items, answer labels, instructions, time period, band labels). */
  textLanguage: Type.String(),
  /** The languages this organization holds the instrument in (English, built-in, its own). */
  installedLanguages: Type.Array(Type.String()),
});
export type Instrument = Static<typeof InstrumentSchema>;

export const InstrumentQuery = Type.Object(
  {
    language: Type.Optional(
      Type.String({
        maxLength: 20,
        description:
          "Texts in this language where this organization holds it (e.g. a client's language); English otherwise",
      }),
    ),
  },
  { additionalProperties: false },
);

export const InstrumentParams = Type.Object({
  instrumentId: Type.String({
    pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
    maxLength: 50,
    description: 'e.g. phq-9',
  }),
});

/** Answers keyed by item linkId; null or absent = unanswered. */
export const AnswersSchema = Type.Record(
  Type.String({ maxLength: 50 }),
  Nullable(Type.Integer({ minimum: -1000, maximum: 1000 })),
  {
    maxProperties: 200,
    description: 'Item linkId → the chosen option value (null = unanswered)',
  },
);

export const ScoreRequestSchema = Type.Object({ answers: AnswersSchema }, { additionalProperties: false });

export const SafetyFlagSchema = Type.Object({ id: Type.String(), reason: Type.String() });

export const ScoreSchema = Type.Object({
  instrumentId: Type.String(),
  instrumentVersion: Type.String(),
  total: Type.Number(),
  severity: Nullable(Type.String()),
  subscales: Type.Record(Type.String(), Type.Number()),
  flags: Type.Array(SafetyFlagSchema),
});
export type ScoreResult = Static<typeof ScoreSchema>;
