/** Schemas of a client's questionnaire invitations, as staff see them. */
import { type Static, Type } from '@sinclair/typebox';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';

export const INVITATION_STATUSES = ['pending', 'sent', 'completed', 'expired', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const InvitationSchema = Type.Object({
  id: Uuid,
  clientId: Uuid,
  enrollmentId: Uuid,
  planKey: Type.String(),
  instrumentId: Type.String(),
  label: Type.String(),
  dueAt: IsoDateTime,
  closesAt: IsoDateTime,
  status: StringEnum(INVITATION_STATUSES),
  /** Emails sent: the invitation and each reminder. */
  sends: Type.Integer(),
  lastSentAt: Nullable(IsoDateTime),
  nextSendAt: Nullable(IsoDateTime),
  openedAt: Nullable(IsoDateTime),
  completedAt: Nullable(IsoDateTime),
  responseId: Nullable(Uuid),
});
export type Invitation = Static<typeof InvitationSchema>;
