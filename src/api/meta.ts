/** Schemas of /api/meta: the analysis request (studies as metafor's escalc columns) and result. */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { MEASURES, METHODS, NUMERIC_COLUMNS, TESTS } from '../domain/meta/columns.ts';
import { StringEnum, Uuid } from './common.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const StudyRowSchema = Type.Object(
  {
    study: Type.Optional(Type.String({ maxLength: 200, description: 'Label (default "Study n")' })),
    ...Object.fromEntries(NUMERIC_COLUMNS.map((c) => [c, Type.Optional(Type.Number())])),
  },
  {
    additionalProperties: false,
    description:
      "One study, columns as metafor's escalc: ai,bi,ci,di or ai,n1i,ci,n2i (RR, OR, RD) | xi,ni (PLO, PR) | m1i,sd1i,n1i,m2i,sd2i,n2i (MD, SMD) | yi,vi (GEN)",
  },
);

const analysisFields = {
  measure: StringEnum(MEASURES),
  method: StringEnum(METHODS, { description: 'FE, or a tau² estimator (metafor default REML)' }),
  test: Type.Optional(StringEnum(TESTS, { description: 'z (default) or knha (Knapp–Hartung)' })),
  level: Type.Optional(
    Type.Number({
      exclusiveMinimum: 1,
      exclusiveMaximum: 100,
      description: 'Confidence level in percent (95)',
    }),
  ),
  studies: Type.Array(StudyRowSchema, { minItems: 1, maxItems: 5000 }),
};

export const REAL_WORLD_SOURCES = ['outcomes', 'entered'] as const;

export const RealWorldRequestSchema = Type.Object(
  {
    label: Type.String({ minLength: 1, maxLength: 120, description: 'Shown on the forest plot' }),
    source: StringEnum(REAL_WORLD_SOURCES, {
      description:
        "outcomes: read from this organization's outcome report (needs outcome.read; measures PLO, PR: response events/n; GEN: mean change and its variance); entered: the columns below, as for a study",
    }),
    programId: Type.Optional(Uuid),
    instrumentId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 40, description: 'Instrument id, e.g. phq-9' }),
    ),
    timepointKey: Type.Optional(
      Type.String({ minLength: 1, maxLength: 120, description: 'A timepoint key of the outcome report' }),
    ),
    ...Object.fromEntries(NUMERIC_COLUMNS.map((c) => [c, Type.Optional(Type.Number())])),
  },
  {
    additionalProperties: false,
    description:
      "The organization's own estimate, shown beside the evidence and never pooled: converted with the same effect-size code as a study (so on the same scale). With source 'outcomes' give programId, instrumentId and timepointKey and no columns; with 'entered' give the measure's columns",
  },
);
export type RealWorldRequest = Static<typeof RealWorldRequestSchema>;

export const AnalysisRequestSchema = Type.Object(
  { ...analysisFields, realWorld: Type.Optional(RealWorldRequestSchema) },
  { additionalProperties: false },
);

/** The funnel plot shows the studies only: its body has no real-world entry. */
export const FunnelRequestSchema = Type.Object(analysisFields, { additionalProperties: false });

const RealWorldResultSchema = Type.Object(
  {
    label: Type.String(),
    source: StringEnum(REAL_WORLD_SOURCES),
    note: Type.String({ description: '"Real-world data (not pooled)"' }),
    yi: Type.Number({ description: "Model scale, as the studies' yi" }),
    vi: Type.Number(),
    ciLower: Type.Number({ description: "yi ± z·√vi at the analysis level, as each study's CI" }),
    ciUpper: Type.Number(),
    backTransformed: Nullable(
      Type.Object({
        scale: StringEnum(['RR', 'OR', 'proportion'] as const),
        estimate: Type.Number(),
        ciLower: Type.Number(),
        ciUpper: Type.Number(),
      }),
    ),
    columns: Type.Object(Object.fromEntries(NUMERIC_COLUMNS.map((c) => [c, Type.Optional(Type.Number())])), {
      description: 'The escalc columns converted (for outcomes: as read from the report)',
    }),
    provenance: Nullable(
      Type.Object({
        programId: Type.String(),
        programName: Type.String(),
        instrumentId: Type.String(),
        instrument: Type.String({ description: 'Short name, e.g. PHQ-9' }),
        timepointKey: Type.String(),
        timepointLabel: Type.String(),
        quantity: StringEnum(['response', 'mean change'] as const),
        criterion: Type.String({
          description: 'How the quantity is defined, e.g. "≥ 50% reduction from baseline"',
        }),
        n: Type.Integer({ description: 'Clients assessed at baseline and at the timepoint' }),
        events: Nullable(Type.Integer({ description: 'Responders (quantity response)' })),
        note: Type.String({ description: '"real-world data from this organization"' }),
      }),
    ),
  },
  { description: 'The real-world estimate: not part of the fit above' },
);

export const MetaAnalysisSchema = Type.Object({
  measure: StringEnum(MEASURES),
  method: StringEnum(METHODS),
  test: StringEnum(TESTS),
  level: Type.Number(),
  k: Type.Integer(),
  estimate: Type.Number({ description: 'Model scale (log RR, log OR, logit, or the measure)' }),
  se: Type.Number(),
  statistic: Type.Number({ description: 'z, or t for knha' }),
  df: Nullable(Type.Integer()),
  pval: Type.Number(),
  ciLower: Type.Number(),
  ciUpper: Type.Number(),
  piLower: Nullable(Type.Number()),
  piUpper: Nullable(Type.Number()),
  tau2: Type.Number(),
  tau2Se: Nullable(Type.Number()),
  tau: Type.Number(),
  i2: Type.Number({ description: 'Percent' }),
  h2: Type.Number(),
  q: Type.Number(),
  qDf: Type.Integer(),
  qPval: Type.Number(),
  backTransformed: Nullable(
    Type.Object({
      scale: StringEnum(['RR', 'OR', 'proportion'] as const),
      estimate: Type.Number(),
      ciLower: Type.Number(),
      ciUpper: Type.Number(),
      piLower: Nullable(Type.Number()),
      piUpper: Nullable(Type.Number()),
    }),
  ),
  studies: Type.Array(
    Type.Object({
      study: Type.String(),
      yi: Type.Number(),
      vi: Type.Number(),
      weight: Type.Number({ description: "Percent, as metafor's weights()" }),
      ciLower: Type.Number(),
      ciUpper: Type.Number(),
    }),
  ),
  warnings: Type.Array(Type.String()),
  realWorld: Type.Optional(RealWorldResultSchema),
});
