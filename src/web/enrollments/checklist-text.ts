/**
 * A checklist item's words in the UI language: translations are keyed by checklist version and
 * item id (the stored answer codes never change); without one, the domain's English text shows.
 */
import type { ChecklistItem } from '../../domain/screening/types.ts';
import { i18n } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';

const translated = (key: string, fallback: string): string => (i18n.exists(key) ? tKey(key) : fallback);

export const itemText = (version: string, item: Pick<ChecklistItem, 'id' | 'text'>): string =>
  translated(`screening:checklists.${version}.items.${item.id}.text`, item.text);

export const itemGuidance = (version: string, item: ChecklistItem): string =>
  translated(`screening:checklists.${version}.items.${item.id}.guidance`, item.guidance);

export const checklistTitle = (version: string, title: string): string =>
  translated(`screening:checklists.${version}.title`, title);

export const checklistSource = (source: string): string =>
  source === tKey('screening:source', { lng: 'en' }) ? tKey('screening:source') : source;
