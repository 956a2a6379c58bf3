/** Schemas of a program's outcomes (/api/programs/:id/outcomes…): the report, its filters, the CSV. */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { AGE_BANDS } from '../domain/outcomes/attributes.ts';
import { CONDITIONS } from '../domain/outcomes/conditions.ts';
import type { Unsuppressed } from '../domain/outcomes/disclosure.ts';
import { GROUP_DIMENSIONS } from '../domain/outcomes/types.ts';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Num = Type.Number();
const Count = Type.Integer({ minimum: 0 });

export const OutcomeQuery = Type.Object(
  {
    instrument: Type.Optional(
      Type.String({ minLength: 1, maxLength: 40, description: 'Instrument id, e.g. phq-9' }),
    ),
    cohort: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 40,
        description:
          "Staff: the cohort's id. Researchers: their pseudonymous cohort key (C-…) from the report",
      }),
    ),
    arm: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    condition: Type.Optional(StringEnum(CONDITIONS)),
    ageBand: Type.Optional(StringEnum(AGE_BANDS)),
    sex: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    gender: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    groupBy: Type.Optional(StringEnum(GROUP_DIMENSIONS)),
    reference: Type.Optional(
      Type.String({ minLength: 1, maxLength: 120, description: 'The reference group' }),
    ),
    endpoint: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 120,
        description: 'Timepoint key of the end of treatment (durability)',
      }),
    ),
    compare: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 40,
        description:
          'A cohort to compare with `compareWith` side by side (as `cohort`: staff its id, researchers their C-… key)',
      }),
    ),
    compareWith: Type.Optional(
      Type.String({ minLength: 1, maxLength: 40, description: 'The second cohort of the comparison' }),
    ),
  },
  { additionalProperties: false },
);
export type OutcomeQuery = Static<typeof OutcomeQuery>;

const Interval = Type.Object({ lower: Num, upper: Num });
/** What a researcher gets instead of an aggregate over too few clients (src/domain/outcomes/disclosure.ts). */
const Suppression = Type.Object({
  reason: Type.String({ description: 'e.g. "fewer than 5 clients"' }),
  threshold: Count,
});
export const Suppressed = Type.Object({ suppressed: Suppression });
export const OrSuppressed = <T extends TSchema>(t: T) => Type.Union([t, Suppressed]);
export const Proportion = Type.Object({
  events: Count,
  n: Count,
  percent: Nullable(Num),
  ci: Nullable(Interval),
});
const MeanSummary = Type.Object({ n: Count, mean: Nullable(Num), sd: Nullable(Num) });
export const Role = StringEnum(['baseline', 'treatment', 'end-of-treatment', 'follow-up'] as const);

const TimepointStats = Type.Object({
  key: Type.String(),
  label: Type.String(),
  role: Role,
  expected: Count,
  assessed: Count,
  missing: Count,
  observed: OrSuppressed(MeanSummary),
  change: Nullable(
    OrSuppressed(
      Type.Object({
        n: Count,
        mean: Nullable(Num),
        sd: Nullable(Num),
        ci: Nullable(Interval),
        effectSize: Nullable(Num),
        effectSizeCi: Nullable(Interval),
        nTooSmall: Type.Boolean({
          description: 'Fewer than 10 clients: the effect size is not to be trusted',
        }),
      }),
    ),
  ),
  response: Nullable(OrSuppressed(Proportion)),
  remission: Nullable(OrSuppressed(Proportion)),
  reliable: Nullable(OrSuppressed(Type.Object({ n: Count, improved: Count, deteriorated: Count }))),
});

const Difference = Nullable(Type.Object({ estimate: Num, ci: Interval }));

const OrSuppressedDifference = Nullable(OrSuppressed(Type.Object({ estimate: Num, ci: Interval })));

const Comparison = Type.Object({
  dimension: StringEnum(GROUP_DIMENSIONS),
  a: Type.Object({ group: Type.String(), subjects: Count }),
  b: Type.Object({ group: Type.String(), subjects: Count }),
  timepoints: Type.Array(
    Type.Object({
      key: Type.String(),
      label: Type.String(),
      role: Role,
      a: OrSuppressed(TimepointStats),
      b: OrSuppressed(TimepointStats),
      meanChangeDifference: OrSuppressedDifference,
      responseDifference: OrSuppressedDifference,
      remissionDifference: OrSuppressedDifference,
      nTooSmall: Type.Boolean({
        description: 'Either cohort has fewer than 10 clients with a change here: read with caution',
      }),
    }),
  ),
});

const Rules = Type.Object({
  instrumentId: Type.String(),
  better: StringEnum(['lower', 'higher'] as const),
  responsePercent: Nullable(Num),
  responseCriterion: Nullable(Type.String()),
  remissionMaxTotal: Nullable(Num),
  remissionCriterion: Nullable(Type.String()),
  reliableChangePoints: Nullable(Num),
  reliableChangeMethod: Nullable(Type.String()),
});

/** Durability of response among endpoint responders, as the reader may see it. */
export const Durability = Type.Object({
  endpointKey: Type.String(),
  endpointLabel: Type.String(),
  responders: Count,
  followUps: Type.Array(
    Type.Object({
      key: Type.String(),
      label: Type.String(),
      assessed: Count,
      sustained: OrSuppressed(Proportion),
      notAssessed: Count,
      sustainedOfResponders: OrSuppressed(Proportion),
    }),
  ),
});

const Report = Type.Object({
  instrumentId: Type.String(),
  rules: Rules,
  subjects: Count,
  timepoints: Type.Array(TimepointStats),
  missingData: Type.Array(
    Type.Object({
      key: Type.String(),
      label: Type.String(),
      observed: OrSuppressed(MeanSummary),
      completers: OrSuppressed(MeanSummary),
      locf: OrSuppressed(MeanSummary),
      lmm: Nullable(OrSuppressed(Type.Object({ mean: Num, se: Num, ci: Interval }))),
    }),
  ),
  lmm: Nullable(
    OrSuppressed(Type.Object({ tau2: Num, sigma2: Num, subjects: Count, observations: Count, logLik: Num })),
  ),
  durability: Nullable(OrSuppressed(Durability)),
  subgroups: Nullable(
    Type.Object({
      dimension: StringEnum(GROUP_DIMENSIONS),
      reference: Type.String(),
      groups: Type.Array(
        Type.Union([
          Type.Object({ group: Type.String(), subjects: Count, timepoints: Type.Array(TimepointStats) }),
          Type.Object({ group: Type.String(), suppressed: Suppression }),
        ]),
      ),
      comparisons: Type.Array(
        Type.Union([
          Type.Object({
            timepointKey: Type.String(),
            group: Type.String(),
            reference: Type.String(),
            meanChangeDifference: Difference,
            responseDifference: Difference,
            nTooSmall: Type.Boolean({ description: 'Either group has fewer than 10 clients with a change' }),
          }),
          Type.Object({
            timepointKey: Type.String(),
            group: Type.String(),
            reference: Type.String(),
            suppressed: Suppression,
          }),
        ]),
      ),
    }),
  ),
  /** The two cohorts of `compare` and `compareWith` side by side; null when not asked for. */
  comparison: Nullable(Comparison),
});

const Option = Type.Object({ value: Type.String(), label: Type.String() });

export const OutcomesSchema = Type.Object({
  program: Type.Object({ id: Uuid, name: Type.String() }),
  /** Null when the program assesses no instrument whose change has a direction. */
  instrument: Nullable(Type.Object({ id: Type.String(), shortName: Type.String(), name: Type.String() })),
  /** Instruments the program assesses whose change has a direction (MEQ-30 has none). */
  instruments: Type.Array(Type.Object({ id: Type.String(), shortName: Type.String() })),
  timepoints: Type.Array(
    Type.Object({ key: Type.String(), label: Type.String(), role: Role, nominalDay: Nullable(Num) }),
  ),
  /** The filter values in use, and the choices each filter offers in this program. */
  filters: Type.Object({
    cohort: Type.Array(Option),
    arm: Type.Array(Option),
    condition: Type.Array(Option),
    ageBand: Type.Array(Option),
    sex: Type.Array(Option),
    gender: Type.Array(Option),
  }),
  flow: Type.Array(
    Type.Union([
      Type.Object({
        key: Type.String(),
        label: Type.String(),
        n: Count,
        exits: Type.Array(
          Type.Union([
            Type.Object({ reason: Type.String(), n: Count }),
            Type.Object({ reason: Type.String(), suppressed: Suppression }),
          ]),
        ),
      }),
      Type.Object({ key: Type.String(), label: Type.String(), suppressed: Suppression }),
    ]),
  ),
  /** A researcher gets the report withheld as a whole when fewer clients than the threshold are in it. */
  report: Nullable(
    Type.Union([Report, Type.Object({ instrumentId: Type.String(), rules: Rules, suppressed: Suppression })]),
  ),
  /**
   * True for researchers: no names, ids or real dates anywhere in what they get; cohorts as their own
   * pseudonymous keys, and aggregates over fewer clients than the organization's minimum withheld.
   */
  deidentified: Type.Boolean(),
  generatedAt: IsoDateTime,
});
export type Outcomes = Static<typeof OutcomesSchema>;
/** The report as staff who may read client records get it: every number, none withheld. */
export type StaffOutcomes = Unsuppressed<Outcomes>;
