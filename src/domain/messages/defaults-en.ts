/** The built-in English messages (an organization may replace any of them: src/server/messages). */
import type { MessageKind, MessageTemplate } from './kinds.ts';

const SAFETY =
  'If you feel unsafe or think about harming yourself, do not wait for an appointment: call your therapist or your local emergency number.';

export const EN: Record<MessageKind, MessageTemplate> = {
  enrollment: {
    subject: 'Welcome to {{organization}}',
    preview: 'Your place is confirmed.',
    body: `Dear {{clientName}},

{{organization}} has enrolled you in {{program}}. We will email you when an appointment is booked, moved or cancelled, and the day before each appointment.

All your appointments are in your portal: {{portalLink}}
To sign in, enter your email address there and we send you a sign-in link.

${SAFETY}`,
  },
  'session-booked': {
    subject: 'Your appointment with {{organization}} on {{date}}',
    preview: '{{date}} at {{time}} ({{timezone}})',
    body: `Dear {{clientName}},

{{organization}} has booked an appointment for you:

{{session}}
{{date}} at {{time}} ({{timezone}})
Place: {{place}}

All your appointments are in your portal: {{portalLink}}`,
  },
  'sessions-booked': {
    subject: 'Your appointments with {{organization}} are booked',
    preview: 'Your consent is recorded; these dates are now fixed.',
    body: `Dear {{clientName}},

Your consent is recorded, and {{organization}} has booked these appointments for you:

{{sessions}}

All your appointments are in your portal: {{portalLink}}`,
  },
  'session-moved': {
    subject: 'Your appointment with {{organization}} has moved',
    preview: 'New time: {{date}} at {{time}} ({{timezone}})',
    body: `Dear {{clientName}},

{{organization}} has moved your appointment:

{{session}}
Now: {{date}} at {{time}} ({{timezone}})
Was: {{previousDate}} at {{previousTime}}
Place: {{place}}

All your appointments are in your portal: {{portalLink}}`,
  },
  'session-cancelled': {
    subject: 'Your appointment with {{organization}} on {{date}} is cancelled',
    preview: 'It will not take place. {{organization}} will contact you.',
    body: `Dear {{clientName}},

{{organization}} has cancelled your appointment:

{{session}}
{{date}} at {{time}} ({{timezone}})

It will not take place. If you have questions, please contact {{organization}}.

All your appointments are in your portal: {{portalLink}}`,
  },
  'session-reminder': {
    subject: 'Your appointment with {{organization}} tomorrow',
    preview: 'Tomorrow at {{time}} ({{timezone}})',
    body: `Dear {{clientName}},

A reminder of your appointment tomorrow:

{{session}}
{{date}} at {{time}} ({{timezone}})
Place: {{place}}

If you cannot come, please let {{organization}} know as soon as you can.

${SAFETY}`,
  },
  consent: {
    subject: 'A document from {{organization}} to read',
    preview: 'Please read it before your next appointment.',
    body: `Dear {{clientName}},

Before you take part in {{program}}, {{organization}} asks you to read the consent document below, "{{document}}". Sign it in your portal when you have read it (or with your clinician); ask any questions you have.

{{documentText}}

Read and sign it here: {{consentLink}}`,
  },
  questionnaires: {
    subject: 'Your check-in from {{organization}}',
    preview: 'A few short questions; it takes a few minutes.',
    body: `Dear {{clientName}},

{{organization}} asks you to answer a short check-in. Open each personal link below on your phone or computer (no sign-in needed):

{{questionnaires}}

Do not share these links: whoever has them can answer for you.
${SAFETY}`,
  },
  'questionnaires-reminder': {
    subject: 'Reminder: your check-in from {{organization}}',
    preview: 'You can still answer it.',
    body: `Dear {{clientName}},

{{organization}} sent you a check-in that is still open. You can still answer it with these personal links (no sign-in needed):

{{questionnaires}}

Do not share these links: whoever has them can answer for you.
${SAFETY}`,
  },
  offer: {
    subject: 'A place for you at {{organization}}',
    preview: 'Please answer by {{deadline}}.',
    body: `Dear {{clientName}},

{{organization}} has a place for you in {{program}}, starting {{startDate}}. We hold it for you until {{deadline}}.

Accept or decline the place here:
{{offerLink}}

If we have not heard from you by then, the place passes to the next person on the waitlist.`,
  },
  'application-received': {
    subject: 'Your application to {{organization}} has arrived',
    preview: 'We will be in touch.',
    body: `Dear {{clientName}},

Thank you for applying for {{program}}, starting {{startDate}}. We have received your application.

A clinician at {{organization}} will read what you told us about your health and medicines and will be in touch. Only then will you hear whether there is a place for you; there is nothing to do or pay now.

If you did not apply, you can ignore this message.`,
  },
  'balance-reminder': {
    subject: 'Your balance for {{organization}} is due {{dueDate}}',
    preview: 'A reminder: the balance is due {{dueDate}}.',
    body: `Dear {{clientName}},

The balance of your booking for {{program}} is due on {{dueDate}}: {{amount}}.

{{paymentInstructions}}

Have you paid already? Then please ignore this message.`,
  },
};
