/** Request and response schemas of /api/imports. The web app imports the Static types. */

import { type Static, Type } from '@sinclair/typebox';
import { AlertTitleCodeSchema } from './alerts.ts';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';

/** Largest import file, as text/csv or as `{ "csv": … }` (about 20,000 client rows). */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

export const ImportBodySchema = Type.Object(
  {
    csv: Type.String({
      minLength: 1,
      maxLength: MAX_IMPORT_BYTES,
      description: 'The CSV file as text (or send the file itself as text/csv)',
    }),
  },
  { additionalProperties: false },
);
export type ImportBody = Static<typeof ImportBodySchema>;

export const ClientImportQuerySchema = Type.Object(
  {
    dryRun: Type.Optional(Type.Boolean({ default: false, description: 'Check every row; store nothing' })),
    skipDuplicates: Type.Optional(
      Type.Boolean({
        default: false,
        description: 'Leave out rows that are the same person as an existing client (listed as skipped)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ClientImportQuery = Static<typeof ClientImportQuerySchema>;

export const ResponseImportQuerySchema = Type.Object(
  { dryRun: Type.Optional(Type.Boolean({ default: false, description: 'Check every row; store nothing' })) },
  { additionalProperties: false },
);
export type ResponseImportQuery = Static<typeof ResponseImportQuerySchema>;

export const ImportIssueSchema = Type.Object({
  line: Type.Integer({
    description: 'Line of the file (the header is line 1); for a FHIR Bundle, the entry number',
  }),
  column: Type.Union([Type.String(), Type.Null()], {
    description: 'The column or path; null for the whole row',
  }),
  message: Type.String(),
  code: Type.Optional(
    Type.String({ description: 'A stable code of the message, for a client to translate' }),
  ),
  params: Type.Optional(
    Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
      description: 'The values the message names, by the name its code uses',
    }),
  ),
});
export type ImportIssueDto = Static<typeof ImportIssueSchema>;

export const DuplicateSchema = Type.Object({
  line: Type.Integer(),
  existingClientId: Type.Union([Uuid, Type.Null()], {
    description: 'Null: repeats an earlier row of the file',
  }),
  message: Type.String(),
});

export const ClientImportResultSchema = Type.Object({
  dryRun: Type.Boolean(),
  rows: Type.Integer({ description: 'Rows read (header not counted)' }),
  created: Type.Integer(),
  skipped: Type.Integer({ description: 'Duplicates left out (skipDuplicates)' }),
  issues: Type.Array(ImportIssueSchema),
  duplicates: Type.Array(DuplicateSchema),
  clients: Type.Array(
    Type.Object({
      line: Type.Integer(),
      id: Type.Union([Uuid, Type.Null()], { description: 'Null in a dry run' }),
      givenName: Type.String(),
      familyName: Type.String(),
      dateOfBirth: Type.String(),
    }),
    { description: 'The clients created (or, in a dry run, that would be)' },
  ),
});
export type ClientImportResult = Static<typeof ClientImportResultSchema>;

export const ResponseImportResultSchema = Type.Object({
  dryRun: Type.Boolean(),
  rows: Type.Integer(),
  created: Type.Integer(),
  issues: Type.Array(ImportIssueSchema),
  alerts: Type.Integer({
    description: 'Safety alerts raised (in a dry run: risk alerts the rows will raise)',
  }),
  responses: Type.Array(
    Type.Object({
      line: Type.Integer(),
      id: Type.Union([Uuid, Type.Null()], { description: 'Null in a dry run' }),
      clientId: Uuid,
      instrumentId: Type.String(),
      administeredAt: IsoDateTime,
      total: Type.Union([Type.Number(), Type.Null()]),
      severity: Type.Union([Type.String(), Type.Null()]),
      alerts: Type.Array(
        Type.Object({
          severity: StringEnum(['high', 'medium', 'low'] as const),
          title: Type.String(),
          titleCode: Type.Union([AlertTitleCodeSchema, Type.Null()]),
        }),
      ),
    }),
  ),
});
export type ResponseImportResult = Static<typeof ResponseImportResultSchema>;

export const ResponseTemplateQuerySchema = Type.Object(
  {
    instrument: Type.Optional(
      Type.String({
        maxLength: 200,
        description: 'Comma-separated instrument ids (default: every instrument)',
      }),
    ),
  },
  { additionalProperties: false },
);
