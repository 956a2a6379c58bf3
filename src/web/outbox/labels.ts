/** Words for the outbox's message kinds and statuses. */
import type { MESSAGE_KINDS, OUTBOX_STATUSES } from '../../api/outbox.ts';

import { translatedLabels } from '../i18n/labels.ts';

export type MessageKind = (typeof MESSAGE_KINDS)[number];
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = translatedLabels('outbox:kinds', [
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
] satisfies MessageKind[]);

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = translatedLabels('outbox:statuses', [
  'queued',
  'sending',
  'sent',
  'failed',
  'kept',
] satisfies OutboxStatus[]);

export const OUTBOX_STATUS_COLORS: Record<OutboxStatus, string> = {
  queued: 'gray',
  sending: 'blue',
  sent: 'teal',
  failed: 'red',
  kept: 'orange',
};
