/**
 * The screening checklists as staff read them. English is the domain's own text (one source);
 * other languages translate it item by item, keyed by checklist version, so the stored answers
 * (item ids) never change with the language.
 */
import { GENERIC_CHECKLIST } from '../../../../domain/screening/checklists/generic.ts';
import { KETAMINE_CHECKLIST } from '../../../../domain/screening/checklists/ketamine.ts';
import { PSILOCYBIN_CHECKLIST } from '../../../../domain/screening/checklists/psilocybin.ts';
import { CHECKLIST_SOURCE } from '../../../../domain/screening/checklists/source.ts';
import type { Checklist } from '../../../../domain/screening/types.ts';

export interface ChecklistTexts {
  title: string;
  items: Record<string, { text: string; guidance: string }>;
}

const texts = (c: Checklist): ChecklistTexts => ({
  title: c.title,
  items: Object.fromEntries(c.items.map((i) => [i.id, { text: i.text, guidance: i.guidance }])),
});

export const screening = {
  source: CHECKLIST_SOURCE,
  checklists: {
    [KETAMINE_CHECKLIST.version]: texts(KETAMINE_CHECKLIST),
    [PSILOCYBIN_CHECKLIST.version]: texts(PSILOCYBIN_CHECKLIST),
    [GENERIC_CHECKLIST.version]: texts(GENERIC_CHECKLIST),
  } as Record<string, ChecklistTexts>,
};
