/** Words for the client message kinds in the template editor. */
import type { MessageKind, MessageLanguage } from '../../domain/messages/kinds.ts';

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  enrollment: 'Enrollment confirmed',
  'session-booked': 'Appointment booked',
  'sessions-booked': 'Appointments booked after consent',
  'session-moved': 'Appointment moved',
  'session-cancelled': 'Appointment cancelled',
  'session-reminder': 'Appointment tomorrow (reminder)',
  consent: 'Consent document to read',
  questionnaires: 'Questionnaire check-in',
  'questionnaires-reminder': 'Questionnaire check-in (reminder)',
  offer: 'A place offered (retreat application)',
  'balance-reminder': 'Balance due (booking payment reminder)',
};

export const LANGUAGE_LABELS: Record<MessageLanguage, string> = { en: 'English', nl: 'Nederlands' };
