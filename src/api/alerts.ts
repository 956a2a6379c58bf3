/** Schemas of /api/alerts: the clinicians' safety-alert queue. */
import { type Static, Type } from '@sinclair/typebox';
import { ALERT_TITLE_CODES, ALERT_TRIGGER_CODES } from '../domain/safety/alerts.ts';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';

export const ALERT_KINDS = [
  'risk-flag',
  'deterioration',
  'vitals',
  'missed',
  'challenging-experience',
  'integration-missed',
  'at-home',
] as const;
export const ALERT_SEVERITIES = ['high', 'medium', 'low'] as const;
export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Named = Type.Object({ id: Uuid, name: Type.String() });

/** An alert title as a code (src/domain/safety/alerts.ts) with the instrument and import day it names. */
export const AlertTitleCodeSchema = Type.Object({
  code: StringEnum(ALERT_TITLE_CODES),
  params: Type.Object({
    instrument: Type.Optional(Type.String()),
    importedOn: Type.Optional(Type.String()),
  }),
});

/**
 * The trigger as a stable code (src/domain/safety/alerts.ts ALERT_TRIGGER_CODES) and its values
 * (plain JSON: numbers, ISO times, instrument short names, flag ids), for a client to say it in its
 * language; both null for an alert raised before codes were stored, shown by its `trigger` words.
 */
export const AlertTriggerCodeFields = {
  triggerCode: Nullable(StringEnum(ALERT_TRIGGER_CODES)),
  triggerParams: Nullable(Type.Record(Type.String(), Type.Unknown())),
};

export const AlertSchema = Type.Object({
  id: Uuid,
  client: Named,
  kind: StringEnum(ALERT_KINDS),
  severity: StringEnum(ALERT_SEVERITIES),
  /** e.g. "Risk answer on PHQ-9". */
  title: Type.String(),
  /** The title as a stable code and its values, for translating it; null for another title. */
  titleCode: Nullable(AlertTitleCodeSchema),
  /** What triggered it, in words, e.g. "PHQ-9 item 9 answered 2 (More than half the days)". */
  trigger: Type.String(),
  ...AlertTriggerCodeFields,
  responseId: Nullable(Uuid),
  dosingRecordId: Nullable(Uuid),
  status: StringEnum(ALERT_STATUSES),
  createdAt: IsoDateTime,
  acknowledgedAt: Nullable(IsoDateTime),
  acknowledgedBy: Nullable(Named),
  resolvedAt: Nullable(IsoDateTime),
  resolvedBy: Nullable(Named),
  resolutionNote: Nullable(Type.String()),
});
export type Alert = Static<typeof AlertSchema>;

export const AlertListQuery = Type.Object({
  /** "active" (open and acknowledged, the default), or one status. */
  status: Type.Optional(StringEnum(['active', ...ALERT_STATUSES] as const)),
});

export const ResolveSchema = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: 4000, description: 'What was done' }) },
  { additionalProperties: false },
);
