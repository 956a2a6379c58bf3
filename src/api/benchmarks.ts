/** Schemas of published outcome summaries (issue 19, part 7): the staff settings and the public document. */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { MAX_BENCHMARK_STUDIES, PUBLIC_MAX_CELL_SIZE } from '../domain/benchmarks/settings.ts';
import { FACT_STATUSES } from '../domain/evidence/types.ts';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';
import { StudyIdSchema } from './evidence-record.ts';
import { Durability, OrSuppressed, Proportion, Role, Suppressed } from './outcomes.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Count = Type.Integer({ minimum: 0 });

export const BenchmarkBodySchema = Type.Object(
  {
    instrumentId: Type.String({ minLength: 1, maxLength: 40, description: 'Instrument id, e.g. phq-9' }),
    minCellSize: Type.Integer({
      minimum: 1,
      maximum: PUBLIC_MAX_CELL_SIZE,
      description: 'No public number describes fewer clients (at least 10, and the research minimum)',
    }),
    studyIds: Type.Array(StudyIdSchema, { maxItems: MAX_BENCHMARK_STUDIES }),
  },
  { additionalProperties: false },
);
export type BenchmarkBody = Static<typeof BenchmarkBodySchema>;

export const BenchmarkSettingsSchema = Type.Object({
  published: Type.Boolean(),
  instrumentId: Nullable(Type.String()),
  minCellSize: Type.Integer(),
  /** The smallest minimum cell size this organization may publish with. */
  minCellFloor: Type.Integer(),
  studyIds: Type.Array(Type.String()),
  publishedAt: Nullable(IsoDateTime),
  /** The public page and document, relative to the server. */
  links: Nullable(Type.Object({ page: Type.String(), json: Type.String() })),
});
export type BenchmarkSettingsOut = Static<typeof BenchmarkSettingsSchema>;

const Criteria = Type.Object({
  better: StringEnum(['lower', 'higher'] as const),
  responseCriterion: Nullable(Type.String()),
  remissionCriterion: Nullable(Type.String()),
});

const PublicTimepoint = Type.Object({
  key: Type.String(),
  label: Type.String(),
  role: Role,
  expected: Count,
  assessed: Count,
  response: Nullable(OrSuppressed(Proportion)),
  remission: Nullable(OrSuppressed(Proportion)),
});

const Summary = Type.Union([
  Type.Object({
    instrumentId: Type.String(),
    criteria: Criteria,
    missingDataMethod: Type.Literal('observed-cases'),
    minCellSize: Count,
    started: Count,
    timepoints: Type.Array(PublicTimepoint),
    durability: Nullable(OrSuppressed(Durability)),
  }),
  Type.Intersect([
    Type.Object({ instrumentId: Type.String(), criteria: Criteria, minCellSize: Count }),
    Suppressed,
  ]),
]);

const Status = StringEnum(FACT_STATUSES);
const BesideStudy = Type.Object({
  id: Type.String(),
  label: Type.String(),
  title: Nullable(Type.String()),
  year: Nullable(Type.Integer()),
  citationStatus: Status,
  doi: Nullable(Type.String()),
  design: Nullable(Type.String()),
  results: Type.Array(
    Type.Object({
      measure: Type.String(),
      timepoint: Type.String(),
      arm: Type.String(),
      quantity: Type.String(),
      events: Nullable(Type.Integer()),
      total: Nullable(Type.Integer()),
      percent: Nullable(Type.Number()),
      status: Status,
      provenance: Type.String(),
    }),
  ),
});

export const PublicBenchmarkSchema = Type.Object({
  organization: Type.Object({ name: Type.String(), slug: Type.String(), locale: Type.String() }),
  program: Type.Object({ id: Uuid, name: Type.String(), modality: Type.String() }),
  instrument: Type.Object({ id: Type.String(), shortName: Type.String(), name: Type.String() }),
  summary: Summary,
  studies: Type.Array(BesideStudy),
  publishedAt: IsoDateTime,
  generatedAt: IsoDateTime,
  notice: Type.String({ description: 'How to read the numbers: observational, not a trial' }),
});
export type PublicBenchmark = Static<typeof PublicBenchmarkSchema>;

export const PublicBenchmarkListSchema = Type.Object({
  organization: Type.Object({ name: Type.String(), slug: Type.String() }),
  items: Type.Array(
    Type.Object({
      programId: Uuid,
      programName: Type.String(),
      publishedAt: IsoDateTime,
      json: Type.String(),
      page: Type.String(),
    }),
  ),
});
export type PublicBenchmarkList = Static<typeof PublicBenchmarkListSchema>;

export const BenchmarkParams = Type.Object({
  orgSlug: Type.String({ minLength: 1, maxLength: 100 }),
  programId: Uuid,
});
export const BenchmarkPageQuery = Type.Object(
  { lang: Type.Optional(StringEnum(['nl', 'en'] as const)) },
  { additionalProperties: false },
);
