/**
 * Schemas of a program's dose–experience–outcome analysis (GET /api/programs/:id/outcomes/dose-experience,
 * issue 19 part 3): acute experience by dose band, lot and setting, and the later outcome by acute
 * experience (src/domain/experience). Researchers get aggregates over too few clients withheld.
 */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import type { Unsuppressed } from '../domain/outcomes/disclosure.ts';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';
import { OrSuppressed, Proportion, Role, Suppressed } from './outcomes.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Num = Type.Number();
const Count = Type.Integer({ minimum: 0 });
const Interval = Type.Object({ lower: Num, upper: Num });

export const DoseExperienceQuery = Type.Object(
  {
    instrument: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 40,
        description: 'The outcome instrument of the later outcome, e.g. phq-9 (default: the first)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type DoseExperienceQuery = Static<typeof DoseExperienceQuery>;

const Unit = StringEnum(['mg', 'mg/kg', 'g-fresh', 'g-dry'] as const);
const Dimension = StringEnum([
  'doseBand',
  'lot',
  'musicProgram',
  'groupSize',
  'clientsPerSitter',
  'eyeshades',
] as const);

const MeanWithInterval = Type.Object({
  n: Count,
  mean: Nullable(Num),
  sd: Nullable(Num),
  ci: Nullable(Interval),
});

const CellHead = {
  dimension: Dimension,
  value: Type.String({ description: 'A band key (substance:n), a lot code, a music program, a number' }),
  substance: Nullable(Type.String({ description: 'For a dose band: its substance' })),
};
const Cell = Type.Union([
  Type.Object({
    ...CellHead,
    doses: Count,
    clients: Type.Integer({ minimum: 0, description: 'Distinct clients with an MEQ-30 in the cell' }),
    complete: Proportion,
    meqTotal: MeanWithInterval,
    ceqTotal: Nullable(MeanWithInterval),
  }),
  Type.Object({ ...CellHead, ...Suppressed.properties }),
]);

const Banding = Type.Object({
  substance: Type.String(),
  unit: Unit,
  method: StringEnum(['program', 'values', 'tertiles'] as const, {
    description: "'program': the program's own band edges (cuts); else derived from the doses",
  }),
  cuts: Type.Array(Num),
  unbanded: Type.Integer({
    minimum: 0,
    description: "Doses that cannot be put in the program's unit (left out of the dose-band cells)",
  }),
  bands: Type.Array(
    Type.Object({
      key: Type.String(),
      substance: Type.String(),
      unit: Unit,
      lower: Nullable(Num),
      upper: Nullable(Num),
    }),
  ),
});

const GroupPoint = Type.Object({
  expected: Count,
  assessed: Count,
  response: Nullable(OrSuppressed(Proportion)),
  remission: Nullable(OrSuppressed(Proportion)),
});
const Difference = Nullable(OrSuppressed(Type.Object({ estimate: Num, ci: Interval })));

const Model = Type.Object({
  effect: Type.Object({ mean: Num, se: Num, ci: Interval }),
  fit: Type.Object({ tau2: Num, sigma2: Num, subjects: Count, observations: Count, logLik: Num }),
  withClients: Count,
  withoutClients: Count,
});

const Later = Type.Object({
  withClients: Count,
  withoutClients: Count,
  unknownClients: Count,
  timepoints: Type.Array(
    Type.Object({
      key: Type.String(),
      label: Type.String(),
      role: Role,
      with: GroupPoint,
      without: GroupPoint,
      responseDifference: Difference,
      remissionDifference: Difference,
    }),
  ),
  model: Nullable(OrSuppressed(Model)),
});

export const DoseExperienceSchema = Type.Object({
  program: Type.Object({ id: Uuid, name: Type.String() }),
  /** The outcome instrument of the later outcome; null when the program has none. */
  instrument: Nullable(Type.Object({ id: Type.String(), shortName: Type.String() })),
  instruments: Type.Array(Type.Object({ id: Type.String(), shortName: Type.String() })),
  doses: Count,
  rated: Type.Integer({ minimum: 0, description: 'Doses with an MEQ-30 after them' }),
  unjudged: Type.Integer({
    minimum: 0,
    description: 'MEQ-30s after a dose whose stored subscales could not be judged (left out)',
  }),
  hasCeq: Type.Boolean({ description: 'Whether any dose has a CEQ score (the CEQ columns show only then)' }),
  bandings: Type.Array(Banding),
  acute: Type.Object({
    doseBand: Type.Array(Cell),
    lot: Type.Array(Cell),
    musicProgram: Type.Array(Cell),
    groupSize: Type.Array(Cell),
    clientsPerSitter: Type.Array(Cell),
    eyeshades: Type.Array(Cell),
  }),
  later: Nullable(Later),
  /** The MEQ-30 module's own definition of a complete mystical experience, with its source. */
  completeDefinition: Type.Object({
    description: Type.String(),
    status: Type.String(),
    source: Type.String(),
  }),
  deidentified: Type.Boolean(),
  /** The minimum cell size applied (0: nothing withheld). */
  minCellSize: Count,
  generatedAt: IsoDateTime,
});
export type DoseExperience = Static<typeof DoseExperienceSchema>;
export type StaffDoseExperience = Unsuppressed<DoseExperience>;
