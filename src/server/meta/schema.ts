/** Schemas of /api/meta: the analysis request (studies as metafor's escalc columns) and result. */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { MEASURES, METHODS, NUMERIC_COLUMNS, TESTS } from '../../domain/meta/columns.ts';
import { StringEnum } from '../http/common-schema.ts';

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

export const AnalysisRequestSchema = Type.Object(analysisFields, { additionalProperties: false });

export const RealWorldSchema = Type.Object(
  {
    label: Type.String({ minLength: 1, maxLength: 120 }),
    estimate: Type.Number(),
    ciLower: Type.Number(),
    ciUpper: Type.Number(),
  },
  {
    additionalProperties: false,
    description:
      "An estimate from outside the evidence (e.g. the clinic's own program), on the model scale (log RR for RR)",
  },
);

export const ForestRequestSchema = Type.Object(
  { ...analysisFields, realWorld: Type.Optional(RealWorldSchema) },
  { additionalProperties: false },
);
export type ForestRequest = Static<typeof ForestRequestSchema>;

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
});
