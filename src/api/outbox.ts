/** Schemas of /api/outbox: every message Threshold sends, readable by staff (and kept here when no SMTP server is set). */
import { type Static, Type } from '@sinclair/typebox';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';

export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed', 'kept'] as const;
export const MESSAGE_KINDS = [
  'invitation',
  'reminder',
  'portal-link',
  'alert',
  'enrollment',
  'session-booked',
  'sessions-booked',
  'session-moved',
  'session-cancelled',
  'session-reminder',
  'consent',
  'pre-arrival',
  'offer',
  'application-received',
  'balance-reminder',
] as const;

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const OutboxMessageSchema = Type.Object({
  id: Uuid,
  kind: StringEnum(MESSAGE_KINDS),
  client: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  to: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  preview: Nullable(Type.String()),
  status: StringEnum(OUTBOX_STATUSES),
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  createdAt: IsoDateTime,
  sentAt: Nullable(IsoDateTime),
});
export type OutboxMessage = Static<typeof OutboxMessageSchema>;

export const OutboxQuery = Type.Object({
  status: Type.Optional(StringEnum(OUTBOX_STATUSES)),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
});
