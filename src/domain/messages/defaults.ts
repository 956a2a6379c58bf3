/** The built-in template of each message in each language. */
import { EN } from './defaults-en.ts';
import { NL } from './defaults-nl.ts';
import type { MessageKind, MessageLanguage, MessageTemplate } from './kinds.ts';

const DEFAULTS: Record<MessageLanguage, Record<MessageKind, MessageTemplate>> = { en: EN, nl: NL };

export const defaultTemplate = (kind: MessageKind, lang: MessageLanguage): MessageTemplate =>
  DEFAULTS[lang][kind];
