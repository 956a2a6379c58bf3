/** Words for the client message kinds in the template editor. */
import { MESSAGE_KINDS, type MessageKind, type MessageLanguage } from '../../domain/messages/kinds.ts';
import { translatedLabels } from '../i18n/labels.ts';

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = translatedLabels(
  'templates:kinds',
  MESSAGE_KINDS,
);

/** Each language in its own words, so a reader finds theirs whatever the UI language. */
export const LANGUAGE_LABELS: Record<MessageLanguage, string> = { en: 'English', nl: 'Nederlands' };
