/**
 * The messages a client receives and the placeholders each may use. A placeholder is written
 * `{{name}}`. Private placeholders (what the session, program, document or questionnaire is, and
 * where) may appear only in the body: a subject and a preview are what a phone shows on its lock
 * screen, so they name the clinic and at most a date, never an instrument, a treatment or a place.
 */

export const MESSAGE_KINDS = [
  'enrollment',
  'session-booked',
  'sessions-booked',
  'session-moved',
  'session-cancelled',
  'session-reminder',
  'consent',
  'questionnaires',
  'questionnaires-reminder',
  'offer',
  'application-received',
  'balance-reminder',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const MESSAGE_LANGUAGES = ['en', 'nl'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export const TEMPLATE_FIELDS = ['subject', 'preview', 'body'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

export interface MessageTemplate {
  subject: string;
  preview: string;
  body: string;
}

const COMMON = ['clientName', 'organization', 'portalLink'] as const;
const WHEN = ['date', 'time', 'timezone'] as const;

interface KindSpec {
  /** Placeholders allowed anywhere (subject, preview, body). */
  open: readonly string[];
  /** Placeholders allowed only in the body. */
  private: readonly string[];
  /** Placeholders the body must contain (without them the message has no purpose). */
  required: readonly string[];
}

export const KIND_SPECS: Record<MessageKind, KindSpec> = {
  enrollment: { open: COMMON, private: ['program'], required: [] },
  'session-booked': { open: [...COMMON, ...WHEN], private: ['session', 'place'], required: ['date'] },
  'sessions-booked': { open: COMMON, private: ['sessions'], required: ['sessions'] },
  'session-moved': {
    open: [...COMMON, ...WHEN],
    private: ['session', 'place', 'previousDate', 'previousTime'],
    required: ['date'],
  },
  'session-cancelled': { open: [...COMMON, ...WHEN], private: ['session', 'place'], required: ['date'] },
  'session-reminder': { open: [...COMMON, ...WHEN], private: ['session', 'place'], required: ['time'] },
  consent: {
    open: [...COMMON, 'consentLink'],
    private: ['program', 'document', 'documentText'],
    required: ['documentText'],
  },
  questionnaires: { open: COMMON, private: ['questionnaires'], required: ['questionnaires'] },
  'questionnaires-reminder': { open: COMMON, private: ['questionnaires'], required: ['questionnaires'] },
  // A place offered until a deadline (src/server/front-office): the link answers it.
  offer: {
    open: [...COMMON, 'deadline'],
    private: ['program', 'startDate', 'offerLink'],
    required: ['offerLink'],
  },
  // An application arrived through the public form (src/server/front-office/public.ts).
  'application-received': { open: COMMON, private: ['program', 'startDate'], required: [] },
  // The balance of a booking falls due (src/server/payments/reminders.ts): the amount and date.
  'balance-reminder': {
    open: [...COMMON, 'dueDate'],
    private: ['program', 'amount', 'paymentInstructions'],
    required: ['amount'],
  },
};

export const isMessageKind = (s: string): s is MessageKind =>
  (MESSAGE_KINDS as readonly string[]).includes(s);
export const isMessageLanguage = (s: string): s is MessageLanguage =>
  (MESSAGE_LANGUAGES as readonly string[]).includes(s);

/** The placeholders a field of a kind's template may use. */
export function allowedPlaceholders(kind: MessageKind, field: TemplateField): readonly string[] {
  const spec = KIND_SPECS[kind];
  return field === 'body' ? [...spec.open, ...spec.private] : spec.open;
}

/** Longest text each field may hold. */
export const FIELD_MAX: Record<TemplateField, number> = { subject: 200, preview: 300, body: 10_000 };
