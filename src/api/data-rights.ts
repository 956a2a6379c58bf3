/** Request and response schemas of data subject rights (export, erasure, retention). */
import { type Static, Type } from '@sinclair/typebox';
import { LEGAL_BASIS_KEYS, REQUESTERS, SCOPES } from '../domain/data-rights/requests.ts';
import { MAX_RETENTION_YEARS, MIN_RETENTION_YEARS } from '../domain/data-rights/retention.ts';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Counts = Type.Record(Type.String(), Type.Integer({ minimum: 0 }));

export const ErasureRequestBodySchema = Type.Object(
  {
    requestedBy: StringEnum(REQUESTERS, {
      description: 'Who asked: the client or their legal representative',
    }),
    receivedOn: Day,
    scope: StringEnum(SCOPES, {
      description: 'erasure (GDPR Art. 17) or restriction of processing (Art. 18)',
    }),
    legalBasis: StringEnum(LEGAL_BASIS_KEYS, {
      description: 'The ground: art17-1a…e for an erasure, art18-1a…d for a restriction',
    }),
  },
  { additionalProperties: false },
);
export type ErasureRequestBody = Static<typeof ErasureRequestBodySchema>;

export const ErasureOutcomeSchema = Type.Object({
  requestId: Uuid,
  status: StringEnum(['restricted', 'erased'] as const),
  retainedUntil: Type.Union([Day, Type.Null()], {
    description: 'Restricted: the last day of the retention period (null: a restriction without end)',
  }),
  erased: Type.Optional(Counts),
  withdrawn: Type.Optional(Counts),
});
export type ErasureOutcome = Static<typeof ErasureOutcomeSchema>;

export const DataRightsRequestSchema = Type.Object({
  id: Uuid,
  clientId: Uuid,
  clientName: Type.Union([Type.String(), Type.Null()], { description: 'null once erased' }),
  requestedBy: StringEnum(REQUESTERS),
  receivedOn: Day,
  scope: StringEnum(SCOPES),
  legalBasis: StringEnum(LEGAL_BASIS_KEYS),
  recordedAt: IsoDateTime,
  recordedBy: Type.Union([Type.String(), Type.Null()]),
  status: StringEnum(['restricted', 'erased'] as const),
  lastTreatmentOn: Type.Union([Day, Type.Null()]),
  retainedUntil: Type.Union([Day, Type.Null()]),
  due: Type.Boolean({
    description: 'Restricted and its retention period has ended: erased at the next scheduler run',
  }),
  erasedAt: Type.Union([IsoDateTime, Type.Null()]),
  erased: Type.Union([Counts, Type.Null()]),
});

export const DataRightsReportSchema = Type.Object({
  retentionYears: Type.Integer(),
  requests: Type.Array(DataRightsRequestSchema),
});
export type DataRightsReport = Static<typeof DataRightsReportSchema>;

export const RetentionBodySchema = Type.Object(
  {
    retentionYears: Type.Integer({
      minimum: MIN_RETENTION_YEARS,
      maximum: MAX_RETENTION_YEARS,
      description: 'Years a medical record is kept after the last treatment (WGBO, Art. 7:454 BW: 20)',
    }),
  },
  { additionalProperties: false },
);
