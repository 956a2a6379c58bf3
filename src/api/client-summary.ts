/**
 * Schema of GET /api/clients/:id/summary: the clinical header of every client page. Parts a role
 * may not read are left out (not null): alerts need alert.read, risk flags and scores
 * response.read, clearance enrollment.read, the next session and facilitators session.read.
 */

import { type Static, Type } from '@sinclair/typebox';
import { ALERT_STATUSES, AlertTitleCodeSchema, AlertTriggerCodeFields } from './alerts.ts';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';
import { ClearanceCodeSchema } from './enrollments.ts';
import { SeverityBandSchema } from './instruments.ts';

const Person = Type.Object({ id: Uuid, name: Type.String() });

export const SummaryAlertSchema = Type.Object({
  id: Uuid,
  kind: Type.String(),
  severity: StringEnum(['high', 'medium', 'low'] as const),
  status: StringEnum(ALERT_STATUSES),
  title: Type.String(),
  titleCode: Type.Union([AlertTitleCodeSchema, Type.Null()]),
  trigger: Type.String(),
  ...AlertTriggerCodeFields,
  createdAt: IsoDateTime,
});

export const SummaryFlagSchema = Type.Object({
  instrumentId: Type.String(),
  shortName: Type.String(),
  flag: Type.String(),
  /** A risk flag (suicide risk): the client may be at risk now. */
  risk: Type.Boolean(),
  reason: Type.String(),
  responseId: Uuid,
  administeredAt: IsoDateTime,
});

export const SummaryScoreSchema = Type.Object({
  instrumentId: Type.String(),
  shortName: Type.String(),
  total: Type.Number(),
  severity: Type.Union([Type.String(), Type.Null()]),
  range: Type.Object({ min: Type.Number(), max: Type.Number() }),
  bands: Type.Array(SeverityBandSchema),
  responseId: Uuid,
  administeredAt: IsoDateTime,
});

export const SummaryClearanceSchema = Type.Object({
  enrollmentId: Uuid,
  program: Type.Object({ id: Uuid, name: Type.String() }),
  status: Type.String(),
  cleared: Type.Boolean(),
  reasons: Type.Array(Type.String()),
  codes: Type.Array(ClearanceCodeSchema),
});

export const SummarySessionSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  programName: Type.String(),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  dosing: Type.Boolean(),
  /** 'booked', or 'held' while the client is not cleared for a dosing session. */
  booking: Type.String(),
});

export const ClientSummarySchema = Type.Object({
  client: Type.Object({ id: Uuid, name: Type.String(), archived: Type.Boolean() }),
  /** Open and acknowledged alerts, high severity first. */
  alerts: Type.Optional(Type.Array(SummaryAlertSchema)),
  /** The safety flags of the latest response on each instrument, risk flags first. */
  flags: Type.Optional(Type.Array(SummaryFlagSchema)),
  /** Dosing clearance of each current enrollment (not completed or withdrawn). */
  clearance: Type.Optional(Type.Array(SummaryClearanceSchema)),
  /** The latest score on each instrument, with its band. */
  scores: Type.Optional(Type.Array(SummaryScoreSchema)),
  /** The client's next scheduled session, or null. */
  nextSession: Type.Optional(Type.Union([SummarySessionSchema, Type.Null()])),
  /** Facilitators of the next session, else of the current enrollment's cohort. */
  facilitators: Type.Optional(Type.Array(Person)),
});
export type ClientSummary = Static<typeof ClientSummarySchema>;
