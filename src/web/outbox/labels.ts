/** Words for the outbox's message kinds and statuses. */
import type { MESSAGE_KINDS, OUTBOX_STATUSES } from '../../server/outbox/schema.ts';

export type MessageKind = (typeof MESSAGE_KINDS)[number];
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  invitation: 'Questionnaire invitation',
  reminder: 'Reminder',
  'portal-link': 'Portal link',
  alert: 'Alert',
  enrollment: 'Enrollment confirmation',
  'session-booked': 'Appointment booked',
  'sessions-booked': 'Appointments booked',
  'session-moved': 'Appointment moved',
  'session-cancelled': 'Appointment cancelled',
  'session-reminder': 'Appointment reminder',
  consent: 'Consent to read',
  offer: 'Place offered',
};

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
  kept: 'Kept here (not sent)',
};

export const OUTBOX_STATUS_COLORS: Record<OutboxStatus, string> = {
  queued: 'gray',
  sending: 'blue',
  sent: 'teal',
  failed: 'red',
  kept: 'orange',
};
