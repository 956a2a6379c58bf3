/** Request and response schemas of /api/studies. */
import { type Static, Type } from '@sinclair/typebox';
import { EXPORT_FORMATS, IMPORT_FORMATS } from '../domain/evidence/citation-formats.ts';
import { DESIGNS } from '../domain/evidence/types.ts';
import { INT_MAX, IsoDateTime, StringEnum } from './common.ts';
import { FactStatusSchema, StudyIdSchema, StudyRecordSchema } from './evidence-record.ts';

export { StudyRecordSchema } from './evidence-record.ts';

export const STUDY_SOURCES = ['builtin', 'imported', 'curated'] as const;
const Source = StringEnum(STUDY_SOURCES);

export const StudyParams = Type.Object({ id: StudyIdSchema });

export const StudyListQuerySchema = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 200,
        description: 'Words in titles, authors, summaries, conditions and circulated (wrong) citations',
      }),
    ),
    condition: Type.Optional(Type.String({ maxLength: 100 })),
    design: Type.Optional(StringEnum(DESIGNS)),
    year: Type.Optional(Type.Integer({ minimum: 1800, maximum: 2200 })),
    drug: Type.Optional(Type.String({ maxLength: 100 })),
    route: Type.Optional(Type.String({ maxLength: 50, description: 'e.g. IV, IM, sublingual' })),
    measure: Type.Optional(Type.String({ maxLength: 100, description: 'e.g. CAPS-5, PHQ-9' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: INT_MAX, default: 0 })),
  },
  { additionalProperties: false },
);
export type StudyListQuery = Static<typeof StudyListQuerySchema>;

const StatusCounts = Type.Object({
  confirmed: Type.Integer(),
  corrected: Type.Integer(),
  secondary: Type.Integer(),
  unverified: Type.Integer(),
});

export const StudySummarySchema = Type.Object({
  id: Type.String(),
  source: Source,
  label: Type.String({ description: 'Our own one-line description (not the paper title)' }),
  title: Type.Union([Type.String(), Type.Null()]),
  citation: Type.String({ description: 'Short citation, e.g. "Feder et al. 2025"' }),
  year: Type.Union([Type.Integer(), Type.Null()]),
  journal: Type.Union([Type.String(), Type.Null()]),
  doi: Type.Union([Type.String(), Type.Null()]),
  citationStatus: FactStatusSchema,
  design: Type.Union([Type.String(), Type.Null()]),
  conditions: Type.Array(Type.String()),
  n: Type.Union([
    Type.Object({
      value: Type.Integer({ description: 'Participants analysed, else randomised, else started' }),
      status: FactStatusSchema,
    }),
    Type.Null(),
  ]),
  measures: Type.Array(Type.String()),
  drug: Type.Union([Type.String(), Type.Null()]),
  routes: Type.Array(Type.String()),
  keyFindings: Type.Array(Type.Object({ text: Type.String(), status: FactStatusSchema })),
  cautions: Type.Array(Type.Object({ id: Type.String(), text: Type.String() })),
  corrections: Type.Array(Type.Object({ circulated: Type.String(), correction: Type.String() }), {
    description: 'Wrong citations as they circulate, with what is right',
  }),
  doNotUsePooledEstimate: Type.Boolean(),
  statusCounts: StatusCounts,
  matchedIn: Type.Array(Type.String()),
});
export type StudySummary = Static<typeof StudySummarySchema>;

export const StudyListSchema = Type.Object({
  items: Type.Array(StudySummarySchema),
  total: Type.Integer(),
});
export type StudyList = Static<typeof StudyListSchema>;

export const STUDY_SCOPES = ['builtin', 'shared', 'own', 'copy'] as const;
export type StudyScope = (typeof STUDY_SCOPES)[number];

export const StudyDetailSchema = Type.Object({
  id: Type.String(),
  source: Source,
  scope: StringEnum(STUDY_SCOPES, {
    description:
      "builtin: in code, read-only. shared: another organization's import (or installed for all); editing makes this organization's own copy. own: imported by this organization, edited in place. copy: this organization's copy of a shared study",
  }),
  readOnly: Type.Boolean({ description: 'Built-in records change only with a release' }),
  version: Type.Union([Type.Integer(), Type.Null()], {
    description: 'Send it back when editing; null for built-in',
  }),
  createdAt: Type.Union([IsoDateTime, Type.Null()]),
  updatedAt: Type.Union([IsoDateTime, Type.Null()]),
  statusCounts: StatusCounts,
  record: StudyRecordSchema,
});
export type StudyDetail = Static<typeof StudyDetailSchema>;

export const ExportRequestSchema = Type.Object(
  {
    ids: Type.Array(StudyIdSchema, { minItems: 1, maxItems: 1000, uniqueItems: true }),
    format: StringEnum(EXPORT_FORMATS),
  },
  { additionalProperties: false },
);
export type ExportRequest = Static<typeof ExportRequestSchema>;

export const ImportRequestSchema = Type.Object(
  {
    format: StringEnum(IMPORT_FORMATS),
    content: Type.String({ minLength: 1, maxLength: 900_000 }),
  },
  { additionalProperties: false },
);
export type ImportRequest = Static<typeof ImportRequestSchema>;

export const ImportResultSchema = Type.Object({
  added: Type.Array(StudySummarySchema),
  duplicates: Type.Array(
    Type.Object({
      entry: Type.Integer(),
      title: Type.Union([Type.String(), Type.Null()]),
      doi: Type.Union([Type.String(), Type.Null()]),
      duplicateOf: Type.String(),
      by: StringEnum(['doi', 'pmid', 'title', 'citation', 'circulated-citation'] as const),
      note: Type.Optional(Type.String()),
    }),
  ),
});
export type ImportResultBody = Static<typeof ImportResultSchema>;

export const StudyUpdateSchema = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: INT_MAX, description: 'The version you edited' }),
    record: StudyRecordSchema,
  },
  { additionalProperties: false },
);
export type StudyUpdate = Static<typeof StudyUpdateSchema>;
